from common import page, head, ids

D = []
def add(n, html, lab):
    D.append((n, html, lab))

def lab(lang, date, app, uci, permit, loc, grounds, layout, deg, kind="refusal-letter", unrec=None, category=None,
        restoration=None, leave=False, concerns=None, respondBy=None, respondDays=None, source="invented", notes=""):
    jr = [] if kind != "refusal-letter" else ({"inside-canada": [15], "outside-canada": [60]}.get(loc, [15, 60]))
    return {"documentKind": kind, "language": lang,
            "letter": {"date": date, "applicationNumber": app, "uci": uci, "permitType": permit, "decisionLocation": loc},
            "grounds": grounds, "unrecognizedText": unrec or [], "category": category, "judicialReviewDays": jr,
            "restorationAvailable": restoration, "mustLeaveCanada": leave, "concerns": concerns or [],
            "respondBy": respondBy, "respondDays": respondDays, "layout": layout, "degradation": deg,
            "source": source, "notes": notes}

WNL = "will-not-leave."
def g(**kw):
    out = {}
    for k, v in kw.items():
        out[k.replace("__", ".").replace("_", "-")] = [WNL + f for f in v] if k == "will_not_leave" else v
    return out

# ---------------------------------------------------------------- g6-01  EN checkbox WP outside, scan
add(1, page(head("en", "Visa Section<br>High Commission of Canada<br>New Delhi, India") + """
<p>2016-11-04</p>
""" + ids([("UCI:", "11-2048-7736"), ("Application number:", "W301447289")]) + """
<p>Dear Harpreet Sandhu,</p>
<p>Thank you for your interest in working in Canada. I have completed the assessment of your application for a work permit. I am not satisfied that you meet the requirements of the Immigration and Refugee Protection Act and its Regulations, and I am therefore refusing your application.</p>
<p>Paragraph 200(1) of the Immigration and Refugee Protection Regulations provides that a work permit may be issued only when the applicant has satisfied the officer on each point listed below. The boxes checked apply to you:</p>
<ul class='box'>
<li>&#9746; You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident. In reaching this decision, I considered several factors, including:
 <ul class='sub'>
 <li>&#9744; travel history</li>
 <li>&#9746; purpose of visit</li>
 <li>&#9744; employment prospects in your country of residence</li>
 <li>&#9744; length of proposed stay in Canada</li>
 <li>&#9744; family ties in Canada and in country of residence</li>
 <li>&#9744; personal assets and financial status</li>
 <li>&#9746; current employment situation</li>
 <li>&#9744; immigration status in country of residence</li>
 </ul></li>
<li>&#9746; You have not demonstrated that you will be able to adequately perform the work you seek in Canada.</li>
<li>&#9744; You have not submitted all the documentation requested.</li>
<li>&#9744; I am not satisfied that you have answered all questions truthfully.</li>
<li>&#9744; Other: ______________________________</li>
</ul>
<p>You are welcome to reapply if you feel you can respond to these concerns and demonstrate that you meet the requirements. Any new application must be accompanied by a new processing fee.</p>
<p>Yours sincerely,</p><p>Officer P-4471<br>Visa Section</p>
"""), lab("en", "2016-11-04", "W301447289", "1120487736", "work-permit", "outside-canada",
  g(will_not_leave=["purpose-of-visit", "current-employment"], ability_to_perform_work=[]), "checkbox", "scan-200dpi",
  notes="Glyph ballot boxes U+2612 ticked / U+2610 empty; only ticked counted."))

# ---------------------------------------------------------------- g6-02  FR checkbox [X] WP outside
add(2, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Dakar (Sénégal)") + """
<p>Dakar, le 9 juin 2015</p>
""" + ids([("IUC :", "4417-2290"), ("Numéro de demande :", "W208830154")]) + """
<p>Monsieur,</p>
<p>La présente fait suite à votre demande de permis de travail. Après examen de votre demande, je ne suis pas convaincu que vous satisfaites aux exigences de la Loi sur l'immigration et la protection des réfugiés et de son Règlement. Par conséquent, votre demande est refusée.</p>
<p>Les motifs cochés ci-dessous s'appliquent à votre dossier :</p>
<ul class='box'>
<li>[X] Vous ne m'avez pas convaincu que vous quitteriez le Canada à la fin de la période de séjour autorisée, comme l'exige l'alinéa 200(1)b) du RIPR. J'ai tenu compte des facteurs suivants :
 <ul class='sub'>
 <li>[ ] vos antécédents de voyage</li>
 <li>[ ] l'objet de votre visite</li>
 <li>[X] vos liens familiaux au Canada et dans votre pays de résidence</li>
 <li>[ ] vos perspectives d'emploi dans votre pays de résidence</li>
 <li>[X] vos biens personnels et votre situation financière</li>
 <li>[ ] votre situation d'emploi actuelle</li>
 <li>[ ] la durée du séjour proposé au Canada</li>
 </ul></li>
<li>[ ] Vous n'avez pas démontré que vous seriez en mesure d'exercer adéquatement l'emploi pour lequel vous demandez un permis.</li>
<li>[X] Je ne suis pas convaincu que l'offre d'emploi qui vous a été présentée est authentique.</li>
<li>[ ] Vous n'avez pas fourni tous les documents demandés.</li>
<li>[ ] Autre :</li>
</ul>
<p>Vous pouvez présenter une nouvelle demande si vous estimez être en mesure de répondre aux préoccupations énoncées ci-dessus.</p>
<p>Veuillez agréer, Monsieur, l'expression de mes sentiments distingués.</p><p>Agent des visas — DKR-07</p>
"""), lab("fr", "2015-06-09", "W208830154", "44172290", "work-permit", "outside-canada",
  g(will_not_leave=["family-ties", "assets-finances"], job_offer__genuineness=[]), "checkbox", "none",
  notes="8-digit UCI printed 4417-2290."))

# ---------------------------------------------------------------- g6-03  EN sentences (B) WP outside, fax
add(3, page(head("en", "Embassy of Canada<br>Immigration Section<br>Manila, Philippines") + """
<p>May 14, 2019</p>
""" + ids([("Client ID:", "1187-3305-62"), ("Application No.:", "W307719402")]) + """
<p>Dear Applicant:</p>
<p>Thank you for your interest in working in Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing your application for the following reasons:</p>
<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on your travel history and your immigration status in your country of residence.</p>
<p>You have not provided a valid positive Labour Market Impact Assessment (LMIA) for the position offered; the LMIA number indicated in your application corresponds to a different occupation and employer location.</p>
<p>If you choose to submit a new application, please ensure it addresses the concerns above. A new fee will be required.</p>
<p>Sincerely,<br>Officer MNL-2219<br>Immigration Section, Manila</p>
""", font="'Liberation Sans', sans-serif", size="10.5pt"), lab("en", "2019-05-14", "W307719402", "1187330562", "work-permit", "outside-canada",
  g(will_not_leave=["travel-history", "immigration-status"], job_offer__lmia=[]), "sentences", "fax-g4-200dpi",
  notes="Two factors share one sentence. LMIA mismatch stated in officer's own words."))

# ---------------------------------------------------------------- g6-04  FR nested (C) WP outside, photo
add(4, page(head("fr", "Section de l'immigration<br>Ambassade du Canada<br>Rabat, Maroc") + """
<p>18 janvier 2023</p>
""" + ids([("IUC :", "11-3390-4172"), ("Demande :", "W313820067")]) + """
<p>Madame, Monsieur,</p>
<p>Nous vous remercions de l'intérêt que vous portez au travail au Canada. Après un examen attentif de votre demande et des pièces justificatives fournies, j'ai déterminé que votre demande ne satisfait pas aux exigences de la Loi sur l'immigration et la protection des réfugiés (LIPR) et du Règlement sur l'immigration et la protection des réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :</p>
<ul>
<li>Je ne suis pas convaincu(e) que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 200(1)b) du RIPR.
 <ul>
 <li>Le but de votre séjour au Canada ne correspond pas à celui d'un séjour temporaire, compte tenu des renseignements fournis dans votre demande.</li>
 <li>Votre situation professionnelle actuelle ne démontre pas que vous êtes établi(e) financièrement dans votre pays de résidence.</li>
 </ul></li>
<li>Vous n'avez pas démontré que vous seriez capable d'accomplir de façon adéquate le travail que vous souhaitez exercer au Canada.</li>
</ul>
<p>Toute nouvelle demande devrait être accompagnée de renseignements permettant de répondre à ces préoccupations.</p>
<p>Cordialement,</p><p>Agent(e) RBT-114<br>Immigration, Réfugiés et Citoyenneté Canada</p>
"""), lab("fr", "2023-01-18", "W313820067", "1133904172", "work-permit", "outside-canada",
  g(will_not_leave=["purpose-of-visit", "current-employment"], ability_to_perform_work=[]), "nested", "photo",
  source="structure after the nested template as described by Federal Court decisions, e.g. https://decisions.fca-caf.ca/fc-cf/decisions/fr/item/524127/index.do",
  notes="Factor sentences reworded ('ne correspond pas à celui d'un séjour temporaire', 'situation professionnelle actuelle')."))

# ---------------------------------------------------------------- g6-05  EN in-canada PGWP, restoration available
add(5, page(head("en", "Case Processing Centre<br>Edmonton AB  T5J 4C3") + """
<p>March 3, 2021</p>
""" + ids([("UCI:", "1092-6674-18"), ("Application:", "W305561920")]) + """
<p>Dear Wei Zhang:</p>
<p>This letter refers to your application for a post-graduation work permit. After reviewing the information you provided, I am not satisfied that you meet the requirements of the Immigration and Refugee Protection Act and Regulations. Your application as requested is refused.</p>
<p>A graduate may be issued an open work permit under the Post-Graduation Work Permit Program only if the program completed was offered by an eligible designated learning institution, was at least eight months long, led to a degree, diploma or certificate, and was studied on a full-time basis in each academic session, and only if the application was received within 180 days of the written confirmation that the program was completed.</p>
<p>Your transcript shows that the program you completed at Westbridge Career Academy is a private career college program not eligible for a post-graduation work permit. As a result, you are not eligible for a work permit in this category.</p>
<p>Our records indicate that your temporary resident status expired on 2021-01-31. You may apply to restore your status as a temporary resident within 90 days after losing that status, under section 182 of the Regulations. If you do not apply for restoration, you must leave Canada immediately.</p>
<p>CPC Edmonton</p>
"""), lab("en", "2021-03-03", "W305561920", "1092667418", "work-permit", "inside-canada",
  {"category-eligibility": []}, "in-canada", "none", category="post-graduation work permit", restoration=True, leave=True,
  source="structure adapted from a PGWP refusal quoted at https://icnclub.ca/forums/topic/pgwp-refusal-and-what-to-do-next/",
  notes="Full list of PGWP conditions is definition only; the failed condition is the ineligible school. Restoration offered; leave only if no restoration -> mustLeaveCanada true."))

# ---------------------------------------------------------------- g6-06  FR in-canada spousal OWP, status still valid, scan-300
add(6, page(head("fr", "Centre de traitement des demandes<br>Vegreville (Alberta)") + """
<p>Le 27 septembre 2023</p>
""" + ids([("IUC :", "1140-7725-39"), ("Numéro de demande :", "W314402281")]) + """
<p>Madame,</p>
<p>La présente concerne votre demande de permis de travail ouvert à titre d'époux ou de conjointe de fait d'un travailleur étranger. Votre demande, telle que présentée, est refusée.</p>
<p>Un permis de travail ouvert peut être délivré au conjoint d'un travailleur étranger en vertu du sous-alinéa 205c)(ii) du RIPR lorsque ce travailleur détient lui-même un permis de travail valide, occupe un emploi de catégorie FEER 0, 1, 2 ou 3, et que la relation est authentique.</p>
<p>Selon les documents versés au dossier, votre époux occupe le poste de préposé à l'entretien ménager (CNP 65310), un emploi de catégorie FEER 5. Vous ne satisfaites donc pas aux conditions de cette catégorie.</p>
<p>Votre statut de résidente temporaire actuel demeure valide jusqu'au 15 février 2024 et n'est pas touché par la présente décision.</p>
<p>Agent d'immigration<br>CTD Vegreville</p>
"""), lab("fr", "2023-09-27", "W314402281", "1140772539", "work-permit", "inside-canada",
  {"category-eligibility": []}, "in-canada", "scan-300dpi", category="spousal open work permit", restoration=None, leave=False,
  notes="Failed condition: spouse's occupation TEER 5. Status still valid, no restoration or departure wording."))

# ---------------------------------------------------------------- g6-07  EN nested ICT C12 outside
add(7, page(head("en", "Visa Section<br>Embassy of Canada<br>Ankara, Türkiye") + """
<p>12 July 2022</p>
""" + ids([("UCI:", "1161-0482-77"), ("Application:", "W311903548")]) + """
<p>Dear Mr. Demir,</p>
<p>Thank you for your interest in working in Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR). I am refusing your application for the following reasons:</p>
<ul>
<li>You have not established that you qualify as an intra-company transferee with specialized knowledge under paragraph R205(a) (exemption code C12). The evidence does not show that your knowledge of the company's proprietary products and processes is uncommon within the organization and the industry, or that you have held a qualifying position with the foreign enterprise for at least one year of full-time work in the last three years.</li>
</ul>
<p>Any future application should address the concern stated above.</p>
<p>Sincerely,<br>Officer AK-318</p>
"""), lab("en", "2022-07-12", "W311903548", "1161048277", "work-permit", "outside-canada",
  {"category-eligibility": []}, "nested", "none", category="intra-company transferee",
  source="wording modelled on the C12 refusal sentence quoted in refusal-letters.md and FC decisions on R205(a)",
  notes="Failed conditions: specialized knowledge not shown, one year of qualifying employment not shown."))

# ---------------------------------------------------------------- g6-08  EN CUSMA, no date, scan-150
add(8, page(head("en", "Immigration Section<br>Embassy of Canada<br>Mexico City, Mexico") + """
""" + ids([("UCI:", "1175-2296-04"), ("Application:", "W309984412")]) + """
<p>Dear Applicant,</p>
<p>This refers to your application for a work permit as a professional under the Canada–United States–Mexico Agreement (CUSMA). I have reviewed your application and I am not satisfied that you meet the requirements of the Act and the Regulations. Your application is refused.</p>
<p>To qualify as a CUSMA professional (exemption code T36 under R204(a)), an applicant must be a citizen of the United States or Mexico, be engaged in one of the professions listed in Appendix 1603.D.1, hold the educational credentials that the listed profession requires, and have pre-arranged employment with a Canadian enterprise in that profession.</p>
<p>The duties described in your offer of employment correspond to those of a sales representative, which is not a listed profession, and you did not submit evidence of the baccalaureate degree required for the position of management consultant that you declared. You have therefore not shown that you are eligible in this category.</p>
<p>You may submit a new application should your circumstances change.</p>
<p>Officer MX-0931</p>
""", size="10.5pt"), lab("en", None, "W309984412", "1175229604", "work-permit", "outside-canada",
  {"category-eligibility": []}, "sentences", "scan-150dpi", category="CUSMA professional",
  notes="Letter has no date. Two failed conditions (occupation not listed, degree not evidenced) within one category ground."))

# ---------------------------------------------------------------- g6-09  FR francophone mobility nested, rotated 90
add(9, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Paris, France") + """
<p>2024-04-22</p>
""" + ids([("IUC :", "1190-3381-56"), ("Numéro de demande :", "W316605718")]) + """
<p>Madame,</p>
<p>Nous vous remercions de votre intérêt à travailler au Canada. À la suite d'un examen attentif de votre demande et des documents à l'appui, j'ai conclu que votre demande ne répond pas aux exigences de la LIPR et du RIPR. Votre demande est refusée pour le motif suivant :</p>
<ul>
<li>Vous n'avez pas démontré que vous satisfaites aux exigences d'admissibilité du volet Mobilité francophone (code de dispense C16, alinéa 205b) du RIPR).
 <ul><li>L'offre d'emploi présentée vise un poste situé dans la province de Québec, alors que ce volet ne s'applique qu'aux emplois offerts à l'extérieur du Québec.</li></ul></li>
</ul>
<p>Vous pouvez présenter une nouvelle demande si votre situation change.</p>
<p>Agente PAR-562</p>
"""), lab("fr", "2024-04-22", "W316605718", "1190338156", "work-permit", "outside-canada",
  {"category-eligibility": []}, "nested", "rotated-90-scan-200dpi", category="francophone mobility",
  notes="Page turned 90 degrees. Failed condition: job located in Quebec."))

# ---------------------------------------------------------------- g6-10  EN IEC sentences outside
add(10, page(head("en", "International Experience Canada<br>IRCC – International Network") + """
<p>August 30, 2018</p>
""" + ids([("UCI:", "1102-7745-90"), ("Application number:", "W304418876")]) + """
<p>Dear Sophie Marchetti,</p>
<p>Thank you for your interest in International Experience Canada (IEC). I have reviewed your work permit application under the Working Holiday category and regret to inform you that it is refused.</p>
<p>Participants must hold health insurance covering hospitalization and repatriation for the entire duration of their stay in Canada, must be within the age range set out in the agreement with their country of citizenship, and must not have previously participated in the same category more times than the agreement permits.</p>
<p>Our records show that you already held an IEC Working Holiday work permit from 2015 to 2016, and the youth mobility arrangement for Italy allows only one participation in this category. You are therefore not eligible for a work permit under the IEC program.</p>
<p>Sincerely,<br>IEC Processing Officer IEC-27</p>
"""), lab("en", "2018-08-30", "W304418876", "1102774590", "work-permit", "outside-canada",
  {"category-eligibility": []}, "sentences", "none", category="International Experience Canada",
  notes="Insurance and age conditions are only the definition; failed condition is prior participation. Office is the IRCC international network (decided abroad)."))

# ---------------------------------------------------------------- g6-11  EN in-canada WP extension A16 docs, restoration, fax
add(11, page(head("en", "IRCC<br>Case Processing Centre – Edmonton") + """
<p>October 6, 2020</p>
""" + ids([("UCI:", "1089-4412-07"), ("Application:", "W306290113")]) + """
<p>Dear Rajesh Pillai,</p>
<p>This letter refers to your application for a work permit. Your application as requested is refused.</p>
<p>Subsection 16(1) of the Immigration and Refugee Protection Act requires a person who makes an application to answer truthfully all questions put to them and to produce all relevant evidence and documents that the officer reasonably requires. On 2020-08-19 we asked you to provide your most recent pay stubs and the T4 slips issued by your employer. To date, you have not provided the requested documents.</p>
<p>Because your previous work permit expired while your application was in process, your status ends with this decision. You may apply to restore your status within 90 days of the date of this letter. If you do not apply for restoration, you must leave Canada.</p>
<p>Officer BD-44<br>CPC Edmonton</p>
""", font="'Liberation Sans', sans-serif"), lab("en", "2020-10-06", "W306290113", "1089441207", "work-permit", "inside-canada",
  {"documents.not-provided": []}, "in-canada", "fax-g4-200dpi", restoration=True, leave=True,
  source="A16(1) paragraph structure as in the CPC letter described in refusal-letters.md; compare https://canadavisa.com/canada-immigration-discussion-board/threads/please-help-bowp-refused-without-reason-next-steps.238865/post-3480706",
  notes="Maintained status ended with the refusal; restoration offered."))
