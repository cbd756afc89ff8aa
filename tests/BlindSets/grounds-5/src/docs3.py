from docs1 import add, lab, g, page, head, ids

def cc(cid, gid, q):
    return {"concernId": cid, "groundId": gid, "quote": q}

# ---------------------------------------------------------------- g6-29  EN checkbox (X) TRV 2012, fax pdf
add(29, page(head("en", "Visa Section<br>Embassy of Canada<br>Moscow, Russian Federation", old=True) + """
<p>September 5, 2012</p>
""" + ids([("UCI:", "5501-2783"), ("Application:", "V100447326")]) + """
<p>Dear Applicant,</p>
<p>I have reviewed your application for a temporary resident visa. Based on the information provided, I am not satisfied that you meet the requirements of the Act and Regulations. Your application is refused.</p>
<p>(X) You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident, as required by R179(b). In reaching this decision, I considered:</p>
<p style='margin-left:24px'>( ) travel history<br>(X) purpose of visit<br>(X) family ties in Canada and in country of residence<br>( ) length of proposed stay<br>( ) current employment situation<br>(X) your history of having contravened the conditions of admission on a previous stay in Canada</p>
<p>( ) You have not satisfied me that you have sufficient funds for your stay.</p>
<p>( ) Other:</p>
<p>Officer 30418</p>
""", font="'Liberation Mono', monospace", size="10pt"), lab("en", "2012-09-05", "V100447326", "55012783", "visitor-visa", "outside-canada",
  g(will_not_leave=["purpose-of-visit", "family-ties", "previous-contravention"]), "checkbox", "fax-g4-200dpi",
  notes="Fax as PDF (G4 inside PDF). Boxes written '(X)' / '( )'."))

# ---------------------------------------------------------------- g6-30  FR checkbox ●/○ TRV Haiti
add(30, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Port-au-Prince, Haïti") + """
<p>Port-au-Prince, le 21 octobre 2014</p>
""" + ids([("IUC :", "6623-0918"), ("Demande :", "V101883245")]) + """
<p>Madame,</p>
<p>J'ai examiné votre demande de visa de résident temporaire. Je ne suis pas convaincu que vous répondez aux exigences de la Loi et du Règlement. Votre demande est refusée.</p>
<p>&#9679; Vous ne m'avez pas convaincu que vous quitteriez le Canada à la fin de votre séjour à titre de résidente temporaire (alinéa 179b) du RIPR). Facteurs considérés :</p>
<p style='margin-left:24px'>&#9679; antécédents de voyage<br>&#9675; objet de la visite<br>&#9679; situation d'emploi actuelle<br>&#9675; liens familiaux<br>&#9679; biens personnels et situation financière<br>&#9675; statut d'immigrant dans le pays de résidence</p>
<p>&#9675; Vous n'avez pas répondu véridiquement à toutes les questions posées.</p>
<p>&#9675; Autre :</p>
<p>Agent PAP-09</p>
"""), lab("fr", "2014-10-21", "V101883245", "66230918", "visitor-visa", "outside-canada",
  g(will_not_leave=["travel-history", "current-employment", "assets-finances"]), "checkbox", "none",
  notes="Filled circle = selected, hollow circle = not."))

# ---------------------------------------------------------------- g6-31  EN nested TRV outside
add(31, page(head("en", "IRCC<br>Visa Section – Embassy of Canada<br>Bogotá, Colombia") + """
<p>2023-08-29</p>
""" + ids([("UCI:", "1179-3306-45"), ("Application number:", "V336110784")]) + """
<p>Dear Carlos Restrepo,</p>
<p>Thank you for your interest in visiting Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act and the Immigration and Refugee Protection Regulations. I am refusing your application for the following reasons:</p>
<ul>
<li>I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 179(b) of the IRPR.
 <ul>
 <li>You have significant family ties in Canada.</li>
 <li>The purpose of your visit is not consistent with a temporary stay given the details you have provided.</li>
 </ul></li>
<li>Your assets and financial situation are insufficient to support the stated purpose of travel for yourself and your accompanying family members.</li>
</ul>
<p>Officer BOG-2207</p>
"""), lab("en", "2023-08-29", "V336110784", "1179330645", "visitor-visa", "outside-canada",
  g(will_not_leave=["family-ties", "purpose-of-visit"], insufficient_funds=[]), "nested", "none",
  notes="The assets sentence is a separate bullet at top level -> insufficient-funds (not a will-not-leave factor)."))

# ---------------------------------------------------------------- g6-32  FR nested TRV Alger, photo
add(32, page(head("fr", "Ambassade du Canada<br>Section de l'immigration<br>Alger, Algérie") + """
<p>Le 14 mars 2022</p>
""" + ids([("IUC :", "11-5520-7783"), ("Numéro de demande :", "V330927715")]) + """
<p>Monsieur,</p>
<p>Nous vous remercions de l'intérêt que vous portez à une visite au Canada. Après avoir examiné attentivement votre demande, j'ai déterminé qu'elle ne satisfait pas aux exigences applicables et je la refuse pour les motifs suivants :</p>
<ul>
<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 179b) du RIPR.
 <ul>
 <li>Le but de votre visite n'est pas compatible avec un séjour temporaire compte tenu des renseignements fournis.</li>
 <li>La durée du séjour que vous proposez au Canada n'est pas raisonnable au regard de l'objet déclaré.</li>
 </ul></li>
</ul>
<p>Agent ALG-403</p>
"""), lab("fr", "2022-03-14", "V330927715", "1155207783", "visitor-visa", "outside-canada",
  g(will_not_leave=["purpose-of-visit", "length-of-stay"]), "nested", "photo", notes="JPEG phone photo."))

# ---------------------------------------------------------------- g6-33  EN in-canada visitor extension, restoration
add(33, page(head("en", "IRCC<br>Case Processing Centre Vegreville") + """
<p>April 19, 2022</p>
""" + ids([("UCI:", "1119-8843-66"), ("Application:", "V331706648")]) + """
<p>Dear Nirmala Perera,</p>
<p>This letter refers to your application to extend your stay in Canada as a visitor. Your application has been refused.</p>
<p>I am not satisfied that you will leave Canada at the end of the authorized period, as required by paragraph 179(b) of the Regulations: you have been in Canada as a visitor for over three years, and the additional period requested is not consistent with a temporary purpose.</p>
<p>Your temporary resident status has expired. You may apply for restoration within 90 days of losing status. If you do not do so, you must leave Canada immediately.</p>
<p>CPC Vegreville</p>
"""), lab("en", "2022-04-19", "V331706648", "1119884366", "visitor-visa", "inside-canada",
  g(will_not_leave=["purpose-of-visit", "length-of-stay"]), "in-canada", "none", restoration=True, leave=True,
  notes="Visitor record extension labelled permitType visitor-visa (the only visitor value). Factors read from prose: length of time/period requested and not temporary purpose."))

# ---------------------------------------------------------------- g6-34  FR in-canada visitor, restoration refused, must leave
add(34, page(head("fr", "IRCC<br>Centre de traitement des demandes<br>Edmonton") + """
<p>Le 28 novembre 2023</p>
""" + ids([("IUC :", "1136-2207-91"), ("Demande :", "V334418206")]) + """
<p>Madame,</p>
<p>Nous avons examiné votre demande de rétablissement de votre statut de visiteuse. Votre demande est refusée.</p>
<p>Je ne suis pas convaincu que l'objet de votre séjour prolongé au Canada soit compatible avec un séjour temporaire; je ne suis donc pas convaincu que vous quitterez le Canada à la fin de la période autorisée (alinéa 179b) du RIPR).</p>
<p>La demande refusée étant elle-même une demande de rétablissement, aucune nouvelle demande de rétablissement ne peut être présentée. Vous n'avez plus de statut au Canada et vous devez quitter le Canada sans délai.</p>
<p>Agente CTD-E 118</p>
"""), lab("fr", "2023-11-28", "V334418206", "1136220791", "visitor-visa", "inside-canada",
  g(will_not_leave=["purpose-of-visit"]), "in-canada", "scan-200dpi", restoration=False, leave=True,
  notes="Refused application was a restoration -> restoration not available."))

# ---------------------------------------------------------------- g6-35  EN misrepresentation TRV, no date, scan-150
add(35, page(head("en", "Visa Section<br>High Commission of Canada<br>Nairobi, Kenya") + """
""" + ids([("UCI:", "1129-6607-84"), ("Application:", "V327751093")]) + """
<p>Dear Joseph Mwangi,</p>
<p>I have reviewed your application for a temporary resident visa and regret to inform you that it has been refused.</p>
<p>In your application you answered "No" to the question whether you had ever been refused a visa or permit to any country. Information available to this office shows that you were refused a United States visa in 2019 and a United Kingdom visa in 2021. This is a material fact that could have induced an error in the administration of the Act.</p>
<p>You are therefore inadmissible to Canada under section 40(1)(a) of the Immigration and Refugee Protection Act. Pursuant to section 40(2)(a), this inadmissibility continues for five years.</p>
<p>Officer NBO-1150</p>
""", size="10.5pt"), lab("en", None, "V327751093", "1129660784", "visitor-visa", "outside-canada",
  {"misrepresentation": []}, "sentences", "scan-150dpi", notes="No date printed."))

# ---------------------------------------------------------------- g6-36  EN checkbox criminality + truthfulness
add(36, page(head("en", "Immigration Section<br>Embassy of Canada<br>Rome, Italy") + """
<p>December 1, 2015</p>
""" + ids([("UCI:", "1090-0072-53"), ("Application:", "V203319824")]) + """
<p>Dear Applicant,</p>
<p>Your application for a temporary resident visa has been refused. The boxes marked [x] below apply to your application.</p>
<ul class='box'>
<li>[ ] You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.</li>
<li>[ ] You have not satisfied me that you have sufficient funds.</li>
<li>[x] I am not satisfied that you have answered truthfully all questions asked of you, as required by s. 16(1) IRPA.</li>
<li>[x] You are inadmissible to Canada under paragraph 36(2)(b) of the Act, having been convicted outside Canada of an offence that, if committed in Canada, would constitute an indictable offence.</li>
<li>[ ] You are inadmissible to Canada on health grounds.</li>
<li>[ ] Other:</li>
</ul>
<p>You may wish to consult information on rehabilitation on our website.</p>
<p>Officer ROM-72</p>
"""), lab("en", "2015-12-01", "V203319824", "1090007253", "visitor-visa", "outside-canada",
  {"documents.truthfulness": [], "inadmissibility.criminality": []}, "checkbox", "none"))

# ---------------------------------------------------------------- g6-37  FR sentences TRV, no date & no app number, fax tiff
add(37, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Abidjan") + """
""" + ids([("IUC :", "1108-4461-20")]) + """
<p>Monsieur,</p>
<p>Je vous remercie de votre demande de visa de résident temporaire. Après examen, je la refuse.</p>
<p>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme le prévoit l'alinéa 179b) du RIPR, compte tenu de vos antécédents de voyage et de votre situation d'emploi actuelle.</p>
<p>Rien ne vous empêche de présenter une nouvelle demande accompagnée de renseignements supplémentaires.</p>
<p>Section des visas, Abidjan</p>
""", font="'Liberation Sans', sans-serif"), lab("fr", None, None, "1108446120", "visitor-visa", "outside-canada",
  g(will_not_leave=["travel-history", "current-employment"]), "sentences", "fax-g4-200dpi",
  notes="No date and no application number. Delivered as a single-page G4 TIFF."))

# ---------------------------------------------------------------- g6-38  EN sentences TRV + Other passport, outside
add(38, page(head("en", "Visa Section<br>High Commission of Canada<br>Nairobi") + """
<p>6 June 2019</p>
""" + ids([("UCI:", "1133-0958-17"), ("Application:", "V323406671")]) + """
<p>Dear Grace Achieng,</p>
<p>After a careful review of your application, I have determined that it does not meet the requirements of the Act and the Regulations. I am refusing your application for the following reasons:</p>
<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the IRPR, based on the limited employment prospects in your country of residence.</p>
<p>Other reasons: the travel document you submitted is a temporary emergency passport that is not accepted for the issuance of a multiple-entry visa.</p>
<p>Officer NBO-3321</p>
"""), lab("en", "2019-06-06", "V323406671", "1133095817", "visitor-visa", "outside-canada",
  g(will_not_leave=["employment-prospects"], other=[]), "sentences", "none",
  unrec=["the travel document you submitted is a temporary emergency passport that is not accepted for the issuance of a multiple-entry visa."]))

# ---------------------------------------------------------------- g6-39  EN SP letter + officer decision notes, 2025
add(39, page(head("en", "Visa Section<br>High Commission of Canada<br>New Delhi") + """
<p>September 23, 2025</p>
""" + ids([("UCI:", "1201-4478-39"), ("Application:", "S320087734")]) + """
<p>Dear Ananya Reddy,</p>
<p>Thank you for your interest in studying in Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR). I am refusing your application for the following reasons:</p>
<ul>
<li>I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 216(1)(b) of the IRPR.
 <ul>
 <li>The purpose of your visit to Canada is not consistent with a temporary stay given the details you have provided in your application.</li>
 <li>Your personal assets and financial status do not demonstrate that you are sufficiently established in your country of residence.</li>
 </ul></li>
</ul>
<p>The officer's decision notes are attached to this letter.</p>
<p>Officer ND-8812</p>
<div class='pb'></div>
<h3>Officer decision notes</h3>
<div class='notes'>Application S320087734 – decision notes
I have reviewed the application. PA is a 24 y.o. citizen of India. PA holds a Master of Commerce (2023) and now seeks admission to a one-year Business Administration diploma at a college in Ontario. The proposed program is at a lower level than studies already completed and the study plan does not explain how it would advance her career. Tuition deposit paid. Bank statement of father shows a deposit of INR 1,800,000 on 2025-06-30, two weeks before filing; origin of this deposit not explained. Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay. For the reasons above, I have refused this application.</div>
"""), lab("en", "2025-09-23", "S320087734", "1201447839", "study-permit", "outside-canada",
  g(will_not_leave=["purpose-of-visit", "assets-finances"]), "nested", "none",
  concerns=[cc("purpose.study-regression", "will-not-leave.purpose-of-visit", "The proposed program is at a lower level than studies already completed"),
            cc("purpose.study-plan-weak", "will-not-leave.purpose-of-visit", "the study plan does not explain how it would advance her career"),
            cc("funds.unexplained-deposit", "will-not-leave.assets-finances", "origin of this deposit not explained")],
  source="note frame after Tabrizi Nouri 2023 FC 1240 as quoted in officer-notes.md (https://decisions.fca-caf.ca/fc-cf/decisions/fr/item/524127/index.do)",
  notes="Two pages: letter, then decision notes. 'Tuition deposit paid' is positive, not a concern. Funds concern linked to assets-finances because the letter relies on that factor."))

# ---------------------------------------------------------------- g6-40  FR WP letter + EN notes, scan-200
add(40, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Rabat") + """
<p>Le 7 octobre 2025</p>
""" + ids([("IUC :", "1203-5517-62"), ("Numéro de demande :", "W320661408")]) + """
<p>Monsieur,</p>
<p>Après un examen attentif de votre demande de permis de travail et des documents fournis, j'ai déterminé que votre demande ne satisfait pas aux exigences de la LIPR et du RIPR. Je refuse votre demande pour les motifs suivants :</p>
<ul>
<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 200(1)b) du RIPR.
 <ul><li>Votre situation d'emploi actuelle ne démontre pas que vous êtes établi financièrement dans votre pays de résidence.</li></ul></li>
<li>Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exécuter adéquatement les tâches de l'emploi que vous cherchez.</li>
</ul>
<p>Les notes de décision de l'agent sont jointes à la présente lettre.</p>
<p>Agent RBT-207</p>
<div class='pb'></div>
<h3>Notes de décision de l'agent / Officer decision notes</h3>
<div class='notes'>Applicant is applying under R203 for a work permit as a butcher (NOC 63201) in Alberta. LMIA is valid and names the applicant. PA declares self-employment in a family shop since 2024; no business registration, tax records or income documents on file. The two employment reference letters submitted are nearly identical, undated and list no duties. LMIA requires basic English; no language test results or other evidence of English ability provided. On balance, I am not satisfied the applicant meets R200(1)(b) and R200(3)(a). Refused.</div>
"""), lab("fr", "2025-10-07", "W320661408", "1203551762", "work-permit", "outside-canada",
  g(will_not_leave=["current-employment"], ability_to_perform_work=[]), "nested", "scan-200dpi",
  concerns=[cc("funds.income-not-documented", "will-not-leave.current-employment", "no business registration, tax records or income documents on file"),
            cc("job.reference-letters-weak", "ability-to-perform-work", "nearly identical, undated and list no duties"),
            cc("language.no-evidence", "ability-to-perform-work", "no language test results or other evidence of English ability provided")],
  source="notes pattern after Kumar 2020 FC 935, https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/487081/index.do",
  notes="Letter French, notes English. Self-employment undocumented could also be ties.not-established; chosen funds.income-not-documented (documents missing for income) — scorer may accept ties.not-established."))

# ---------------------------------------------------------------- g6-41  EN TRV letter + notes, photo
add(41, page(head("en", "IRCC<br>Visa Section – Embassy of Canada<br>Manila") + """
<p>November 3, 2025</p>
""" + ids([("UCI:", "1205-9930-14"), ("Application:", "V342276650")]) + """
<p>Dear Maria Santos,</p>
<p>Thank you for your interest in visiting Canada. I have carefully reviewed your application and have determined that it does not meet the requirements of the IRPA and IRPR. I am refusing your application for the following reasons:</p>
<ul>
<li>I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 179(b) of the IRPR.
 <ul>
 <li>You have significant family ties in Canada.</li>
 <li>Your previous travel history is not sufficient to count as a positive factor in my assessment.</li>
 <li>Your personal assets and financial status are insufficient to support the stated purpose of travel.</li>
 </ul></li>
</ul>
<p>Officer decision notes follow on the next page.</p>
<p>Officer MNL-0573</p>
<div class='pb'></div>
<h3>Officer's decision notes</h3>
<div class='notes'>PA 58 y.o. widow, citizen of Philippines, seeks to visit two daughters and a son, all PRs in Winnipeg, for 6 mths. All of PA's children reside in Canada. No previous travel outside the Philippines. PA was refused a TRV in 2023. Only a bank certificate showing a balance was provided; no statements to check movement of funds. Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay.</div>
"""), lab("en", "2025-11-03", "V342276650", "1205993014", "visitor-visa", "outside-canada",
  g(will_not_leave=["family-ties", "travel-history", "assets-finances"]), "nested", "photo",
  concerns=[cc("ties.family-in-canada", "will-not-leave.family-ties", "All of PA's children reside in Canada."),
            cc("travel.none", "will-not-leave.travel-history", "No previous travel outside the Philippines."),
            cc("travel.previous-refusal", "will-not-leave.travel-history", "PA was refused a TRV in 2023."),
            cc("funds.transaction-history", "will-not-leave.assets-finances", "no statements to check movement of funds")],
  notes="Two phone photos (letter page, notes page) delivered as a 2-page PDF of JPEGs. Letter and notes agree on grounds; notes add no new ground."))

# ---------------------------------------------------------------- g6-42  FR approval (letter of introduction)
add(42, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Paris") + """
<p>Le 12 juillet 2024</p>
""" + ids([("IUC :", "1197-2038-40"), ("Numéro de demande :", "S318830277")]) + """
<p>Madame,</p>
<p><b>Lettre d'introduction au point d'entrée</b></p>
<p>Nous avons le plaisir de vous informer que votre demande de permis d'études a été approuvée. La présente lettre n'est pas un permis d'études. Présentez-la à l'agent des services frontaliers à votre arrivée au Canada, avec votre passeport, votre lettre d'acceptation et une preuve de vos ressources financières.</p>
<p>Votre permis sera délivré au point d'entrée. L'agent peut vous poser des questions afin de vérifier que vous remplissez toujours les conditions d'entrée.</p>
<p>Immigration, Réfugiés et Citoyenneté Canada</p>
"""), lab("fr", "2024-07-12", "S318830277", "1197203840", "study-permit", "outside-canada",
  {}, "unknown", "none", kind="approval-letter", notes="Approval: no grounds, no deadlines."))

# ---------------------------------------------------------------- g6-43  EN request for documents, scan-200
add(43, page(head("en", "IRCC<br>Case Processing Centre – Ottawa") + """
<p>2025-02-18</p>
""" + ids([("UCI:", "1186-3325-07"), ("Application:", "W318845120")]) + """
<p>Dear Tomasz Nowak,</p>
<p><b>Request for additional documents</b></p>
<p>We are processing your application for a work permit. To continue, we need the following within 30 days of the date of this letter:</p>
<ul><li>a copy of your valid passport (biographic page);</li><li>your most recent pay stubs from your current employer;</li><li>proof of your immigration status in Canada.</li></ul>
<p>Upload the documents through your online account. If you do not provide them, we may make a decision on the information we already have.</p>
<p>CPC Ottawa</p>
"""), lab("en", "2025-02-18", "W318845120", "1186332507", "work-permit", "inside-canada",
  {}, "unknown", "scan-200dpi", kind="other",
  notes="Document request, not a refusal and not a PFL: no grounds, no concerns. 'proof of your immigration status' in a request is not a finding. respondBy/respondDays left null (field defined for PFLs) although it gives 30 days."))

# ---------------------------------------------------------------- g6-44  EN PFL WP, 30 days
add(44, page(head("en", "Visa Section<br>Embassy of Canada<br>Abu Dhabi, UAE") + """
<p>March 11, 2024</p>
""" + ids([("UCI:", "1180-6652-91"), ("Application:", "W315092266")]) + """
<p>Dear Mohammed Iqbal,</p>
<p><b>Procedural fairness letter</b></p>
<p>I have reviewed your application for a work permit and I have concerns that you may not meet the requirements. Before I make a decision, I am giving you the opportunity to respond.</p>
<p>Your offer of employment is from a landscaping company in Surrey, BC. The business address provided is a residential apartment and the company was registered in November 2023; I am not satisfied that the employer is actively operating and able to pay the wages offered.</p>
<p>In addition, your application states you worked for Al Noor Gardens from 2018 to 2023, while your resume lists employment in Qatar during 2020 and 2021. These dates are inconsistent.</p>
<p>You have 30 days from the date of this letter to respond. If you do not respond, a decision will be made on the information on file.</p>
<p>Officer AUH-4419</p>
"""), lab("en", "2024-03-11", "W315092266", "1180665291", "work-permit", "outside-canada",
  {}, "unknown", "none", kind="procedural-fairness-letter",
  concerns=[cc("job.employer-genuineness", "job-offer.genuineness", "The business address provided is a residential apartment"),
            cc("credibility.inconsistency", "documents.truthfulness", "These dates are inconsistent.")],
  respondBy="2024-04-10", respondDays=30,
  notes="Employer-genuineness quote: residential address; the 'registered in November 2023' (new business) is the same concern."))

# ---------------------------------------------------------------- g6-45  FR PFL SP, date given, fax
add(45, page(head("fr", "Section de l'immigration<br>Ambassade du Canada<br>Dakar") + """
<p>Le 15 octobre 2024</p>
""" + ids([("IUC :", "1192-7713-08"), ("Numéro de demande :", "S317704415")]) + """
<p>Madame,</p>
<p><b>Lettre d'équité procédurale</b></p>
<p>Votre demande de permis d'études est en cours d'examen. Avant de rendre une décision, je souhaite vous faire part des préoccupations suivantes.</p>
<p>Le relevé bancaire de votre oncle, qui doit financer vos études, montre un dépôt de 9 500 000 FCFA le 2 septembre 2024, sans aucune explication de sa provenance.</p>
<p>De plus, l'établissement d'enseignement a indiqué ne pas avoir délivré la lettre d'acceptation portant le numéro figurant dans votre demande. Si je conclus que vous avez présenté un faux document, vous pourriez être interdite de territoire pour fausses déclarations pour une période de cinq ans (alinéa 40(1)a) de la LIPR).</p>
<p>Vous pouvez répondre à ces préoccupations au plus tard le 14 novembre 2024. Passé ce délai, une décision sera rendue d'après les renseignements au dossier.</p>
<p>Agente DKR-76</p>
"""), lab("fr", "2024-10-15", "S317704415", "1192771308", "study-permit", "outside-canada",
  {}, "unknown", "fax-g4-200dpi", kind="procedural-fairness-letter",
  concerns=[cc("funds.unexplained-deposit", "insufficient-funds", "sans aucune explication de sa provenance"),
            cc("credibility.inconsistency", "misrepresentation", "ne pas avoir délivré la lettre d'acceptation portant le numéro figurant dans votre demande")],
  respondBy="2024-11-14", respondDays=None,
  notes="Response date printed; respondDays null. LOA authenticity concern linked to misrepresentation (letter raises A40)."))
