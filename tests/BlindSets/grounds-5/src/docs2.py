from docs1 import add, lab, g, page, head, ids

# ---------------------------------------------------------------- g6-12  FR in-canada WP extension, no restoration, must leave
add(12, page(head("fr", "IRCC – Bureau intérieur<br>Montréal (Québec)") + """
<p>Le 4 décembre 2024</p>
""" + ids([("IUC :", "1122-9054-83"), ("No de demande :", "W317702954")]) + """
<p>Monsieur,</p>
<p>La présente fait suite à votre demande de prolongation de permis de travail. Après examen, votre demande est refusée.</p>
<p>Vous avez indiqué une offre d'emploi dispensée d'une étude d'impact sur le marché du travail. Or, aucun numéro d'offre d'emploi n'a été fourni : votre employeur n'a pas soumis l'offre au moyen du Portail des employeurs et n'a pas acquitté les frais liés à la conformité. Vous ne répondez donc pas aux exigences du sous-alinéa 200(1)c)(ii.1) du RIPR.</p>
<p>Votre demande a été présentée plus de 90 jours après l'expiration de votre statut. Le rétablissement de votre statut n'est donc pas possible. Vous êtes sans statut au Canada et devez quitter le pays immédiatement.</p>
<p>Agente d'immigration MTL-3308</p>
"""), lab("fr", "2024-12-04", "W317702954", "1122905483", "work-permit", "inside-canada",
  {"job-offer.offer-of-employment": []}, "in-canada", "none", restoration=False, leave=True,
  notes="Restoration explicitly unavailable (over 90 days)."))

# ---------------------------------------------------------------- g6-13  EN misrepresentation A40 spousal OWP outside
add(13, page(head("en", "High Commission of Canada<br>Visa Section<br>New Delhi") + """
<p>January 21, 2020</p>
""" + ids([("UCI:", "1148-8823-60"), ("Application:", "W306731205")]) + """
<p>Dear Simranjeet Kaur,</p>
<p>I have completed the review of your application for an open work permit as the spouse of a foreign worker in Canada. I have determined that you do not meet the requirements of the Immigration and Refugee Protection Act, and I am refusing your application.</p>
<p>On 2019-12-02 you were sent a letter setting out my concern that your marriage was entered into primarily to obtain status in Canada and that you had provided false wedding photographs and documents. Your response has not dispelled this concern.</p>
<p>I find that you are inadmissible to Canada pursuant to paragraph 40(1)(a) of the Act for directly or indirectly misrepresenting or withholding material facts relating to a relevant matter that induces or could induce an error in the administration of the Act. In accordance with paragraph 40(2)(a), you will remain inadmissible to Canada for a period of five years from the date of this letter.</p>
<p>Yours truly,<br>Officer ND-1207</p>
"""), lab("en", "2020-01-21", "W306731205", "1148882360", "work-permit", "outside-canada",
  {"misrepresentation": []}, "sentences", "none",
  source="pattern of New Delhi spousal OWP misrepresentation refusals described at https://meurrensonimmigration.com/open-spousal-work-permits-and-marriage-genuineness/ and https://staging.jainimmigrationlaw.com/successful-appeal-misrepresentation-in-spousal-work-permit/",
  notes="Mention of earlier fairness letter is background. Category not set: the ground is A40, not category-eligibility."))

# ---------------------------------------------------------------- g6-14  EN checkbox with Other + drawn squares, photo
add(14, page(head("en", "Visa Section<br>Consulate General of Canada<br>São Paulo, Brazil", old=True) + """
<p>17 February 2014</p>
""" + ids([("UCI:", "7720-4418"), ("Application:", "W200651187")]) + """
<p>Dear Applicant:</p>
<p>I have reviewed your application for a temporary work permit. I am not satisfied that you meet the requirements of the Act and the Regulations. I am therefore refusing your application.</p>
<ul class='box'>
<li><span class='sq'></span>You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.</li>
<li><span class='sq'></span>You have not satisfied me that you are able to perform the work you seek.</li>
<li><span class='sq x'></span>You have not submitted all the documents requested by this office: police certificate from Brazil.</li>
<li><span class='sq'></span>You have not satisfied me that you have sufficient funds.</li>
<li><span class='sq x'></span>Other: Your passport expires in less than three months and cannot cover the period of employment requested.</li>
</ul>
<p>You may submit a new application with the missing information.</p>
<p>Officer 21987<br>Visa Section</p>
"""), lab("en", "2014-02-17", "W200651187", "77204418", "work-permit", "outside-canada",
  {"documents.not-provided": [], "other": []}, "checkbox", "photo",
  unrec=["Your passport expires in less than three months and cannot cover the period of employment requested."],
  notes="Boxes are CSS-drawn squares with no text; ticked = X drawn in square (2nd-to-last and last and third). Older CIC letterhead. Passport validity fits no ground -> other."))

# ---------------------------------------------------------------- g6-15  FR sentences, no app number, scan-150
add(15, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Abidjan, Côte d'Ivoire") + """
<p>Le 3 octobre 2017</p>
""" + ids([("IUC :", "1077-5523-41")]) + """
<p>Monsieur,</p>
<p>J'ai examiné votre demande de permis de travail. Je ne suis pas convaincu que vous répondez aux exigences de la Loi et du Règlement; votre demande est donc refusée.</p>
<p>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme le prévoit l'alinéa 200(1)b) du RIPR, compte tenu de vos perspectives d'emploi limitées dans votre pays de résidence et de la durée du séjour que vous proposez.</p>
<p>De plus, vous n'avez pas fourni de preuve satisfaisante de votre compétence en anglais, langue requise pour l'emploi offert; je ne suis donc pas convaincu que vous seriez en mesure d'exercer adéquatement les fonctions de cet emploi (alinéa 200(3)a) du RIPR).</p>
<p>Agent des visas ABJ-19</p>
""", size="10.5pt"), lab("fr", "2017-10-03", None, "1077552341", "work-permit", "outside-canada",
  g(will_not_leave=["employment-prospects", "length-of-stay"], ability_to_perform_work=[]), "sentences", "scan-150dpi",
  notes="No application number printed. Language proof missing phrased as ability ground."))

# ---------------------------------------------------------------- g6-16  EN prose sentences, 2 pages, multipage TIFF
add(16, page(head("en", "High Commission of Canada<br>Immigration Section<br>Accra, Ghana") + """
<p>Accra, 28 April 2016</p>
""" + ids([("UCI:", "1098-3346-25"), ("File:", "W302285571")]) + """
<p>Dear Kwame Asante,</p>
<p>I have now completed the assessment of your application for a work permit to take up employment as a farm supervisor in Leamington, Ontario.</p>
<p>I have reviewed the employment letter you provided from your current employer in Kumasi. It describes your position only in general terms and indicates that you have held it for four months. On the information before me, I am not satisfied that your present employment in Ghana is of a nature that would encourage you to return at the end of an authorized stay in Canada, and I am not satisfied that you would leave Canada at the end of the period authorized.</p>
<p>I am also not satisfied that you have sufficient funds to support yourself and meet the costs of your travel and settlement until your first salary is paid; the only financial document on file is a bank letter stating a balance, without any history of the account.</p>
<p>For these reasons your application is refused under subsection 200(1) of the Immigration and Refugee Protection Regulations.</p>
<div class='pb'></div>
<p class='small'>UCI 1098-3346-25 — page 2</p>
<p>Should you decide to submit a new application, it should include any additional information that you believe would address the concerns set out in this letter. Previous refusals must be declared on every future application.</p>
<p>Yours sincerely,</p><p>Officer ACC-6620<br>Immigration Section</p>
"""), lab("en", "2016-04-28", "W302285571", "1098334625", "work-permit", "outside-canada",
  g(will_not_leave=["current-employment"], insufficient_funds=[]), "sentences", "tiff-multipage-200dpi",
  notes="Reasons written as prose paragraphs, no boxes and no stock factor list. Bank-letter remark is in the letter itself, not notes -> no concern."))

# ---------------------------------------------------------------- g6-17  FR in-canada PGWP part-time, restoration available
add(17, page(head("fr", "Centre de traitement des demandes<br>Edmonton (Alberta)") + """
<p>Le 11 août 2022</p>
""" + ids([("IUC :", "1131-6620-94"), ("Demande :", "W312276630")]) + """
<p>Madame,</p>
<p>Nous avons examiné votre demande de permis de travail postdiplôme (PTPD). Après avoir étudié attentivement les renseignements et documents fournis, je ne suis pas convaincu que vous satisfaites aux exigences de la LIPR et du RIPR. Votre demande est refusée.</p>
<p>Pour être admissible au PTPD, l'étudiant doit avoir étudié à temps plein au Canada pendant chaque session du programme, à l'exception de la dernière session. Votre relevé de notes indique que vous étiez inscrite à temps partiel aux sessions d'automne 2020 et d'hiver 2021. Vous n'êtes donc pas admissible à un permis de travail de cette catégorie.</p>
<p>Votre statut de résidente temporaire a pris fin. Vous pouvez présenter une demande de rétablissement de statut dans les 90 jours suivant la perte de ce statut. À défaut, vous devez quitter le Canada.</p>
<p>Agent CTD-E 52</p>
"""), lab("fr", "2022-08-11", "W312276630", "1131662094", "work-permit", "inside-canada",
  {"category-eligibility": []}, "in-canada", "none", category="post-graduation work permit", restoration=True, leave=True,
  notes="Failed condition: full-time status in each session."))

# ---------------------------------------------------------------- g6-18  EN nested LMIA mismatch + medical, scan-300
add(18, page(head("en", "Visa Section<br>Consulate General of Canada<br>Chandigarh, India") + """
<p>2024-06-10</p>
""" + ids([("UCI:", "1187-4490-12"), ("Application:", "W315508843")]) + """
<p>Dear Gurpreet Singh,</p>
<p>Thank you for your interest in working in Canada. After careful review of your application and supporting documentation, I have determined that it does not meet the requirements of the IRPA and the IRPR. I am refusing your application for the following reasons:</p>
<ul>
<li>The job offer you submitted does not match the Labour Market Impact Assessment issued to your employer: the LMIA was approved for a long-haul truck driver in Brampton, while your offer is for a warehouse supervisor in Mississauga (R203(1)(a)).</li>
<li>You did not undergo the immigration medical examination as instructed; I therefore cannot be satisfied that you are not inadmissible on health grounds under section 38 of the Act.</li>
</ul>
<p>Officer CHD-7314</p>
"""), lab("en", "2024-06-10", "W315508843", "1187449012", "work-permit", "outside-canada",
  {"job-offer.lmia": [], "inadmissibility.medical": []}, "nested", "scan-300dpi",
  notes="Medical exam not done is labelled inadmissibility.medical per catalogue ('medical exam not passed or not done')."))

# ---------------------------------------------------------------- g6-19  EN checkbox ■/□ SP outside, scan-200
add(19, page(head("en", "Visa Section<br>Embassy of Canada<br>Beijing, China") + """
<p>July 25, 2017</p>
""" + ids([("UCI:", "1101-9930-48"), ("Application:", "S303318820")]) + """
<p>Dear Li Na,</p>
<p>I have reviewed your application for a study permit. I am not satisfied that you meet the requirements of the Act and the Regulations. Your application is refused.</p>
<ul class='box'>
<li>&#9632; You have not satisfied me that you will leave Canada at the end of your stay as a temporary resident, pursuant to subsection 216(1) of the Regulations. I considered several factors, including:
 <ul class='sub'>
 <li>&#9632; travel history</li>
 <li>&#9633; family ties in Canada and in your country of residence</li>
 <li>&#9632; purpose of visit</li>
 <li>&#9633; current employment situation</li>
 <li>&#9633; employment prospects in your country of residence</li>
 <li>&#9632; personal assets and financial status</li>
 </ul></li>
<li>&#9632; You have not satisfied me that you have sufficient and available financial resources, without working in Canada, to pay tuition fees and maintain yourself during your proposed period of study (section 220 of the Regulations).</li>
<li>&#9633; You have not submitted an acceptable letter of acceptance from a designated learning institution.</li>
<li>&#9633; Other:</li>
</ul>
<p>You are welcome to reapply if you can address these concerns.</p>
<p>Officer BJ-0418</p>
"""), lab("en", "2017-07-25", "S303318820", "1101993048", "study-permit", "outside-canada",
  g(will_not_leave=["travel-history", "purpose-of-visit", "assets-finances"], insufficient_funds=[]), "checkbox", "scan-200dpi",
  notes="Filled square = ticked, hollow square = empty."))

# ---------------------------------------------------------------- g6-20  FR sentences SP outside
add(20, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Dakar") + """
<p>Le 16 septembre 2020</p>
""" + ids([("IUC :", "1150-2219-87"), ("Numéro de demande :", "S308840193")]) + """
<p>Madame,</p>
<p>Nous vous remercions de l'intérêt que vous portez aux études au Canada. Après examen de votre demande, j'ai déterminé qu'elle ne satisfait pas aux exigences de la LIPR et du RIPR, et je la refuse pour les motifs qui suivent.</p>
<p>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige le paragraphe 216(1) du RIPR, compte tenu de l'objet de votre visite.</p>
<p>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige le paragraphe 216(1) du RIPR, compte tenu de vos liens familiaux au Canada et dans votre pays de résidence.</p>
<p>Vous pouvez présenter une nouvelle demande si vous croyez pouvoir répondre à ces préoccupations.</p>
<p>Agent des visas DKR-31</p>
"""), lab("fr", "2020-09-16", "S308840193", "1150221987", "study-permit", "outside-canada",
  g(will_not_leave=["purpose-of-visit", "family-ties"]), "sentences", "none",
  source="sentence form as translated in Hassanpour 2022 CF 1738, https://decisions.fca-caf.gc.ca/fc-cf/decisions/fr/item/522662/index.do",
  notes="One sentence per factor (format B)."))

# ---------------------------------------------------------------- g6-21  FR nested SP outside, fax
add(21, page(head("fr", "Haut-commissariat du Canada<br>Section de l'immigration<br>Yaoundé, Cameroun") + """
<p>05/03/2024</p>
""" + ids([("IUC :", "11-8860-2235"), ("Numéro de demande :", "S316620459")]) + """
<p>Bonjour,</p>
<p>Après un examen attentif de votre demande de permis d'études et des documents qui l'accompagnent, j'ai conclu que votre demande ne répond pas aux exigences de la Loi sur l'immigration et la protection des réfugiés et de son règlement. Je refuse votre demande pour les raisons suivantes :</p>
<ul>
<li>Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, conformément au paragraphe 216(1) du RIPR.
 <ul>
 <li>Vos liens familiaux à l'extérieur du Canada ne sont pas importants.</li>
 <li>L'objet de votre visite n'est pas compatible avec un séjour temporaire compte tenu des détails fournis dans votre demande.</li>
 </ul></li>
<li>Vous n'avez pas démontré que vous disposez de ressources financières suffisantes et disponibles pour acquitter vos frais de scolarité et subvenir à vos besoins pendant vos études (article 220 du RIPR).</li>
</ul>
<p>Agent(e) YDE-88</p>
""", font="'Liberation Sans', sans-serif"), lab("fr", "2024-03-05", "S316620459", "1188602235", "study-permit", "outside-canada",
  g(will_not_leave=["family-ties", "purpose-of-visit"], insufficient_funds=[]), "nested", "fax-g4-200dpi",
  notes="Date printed 05/03/2024, read day/month per French convention = 5 March 2024."))

# ---------------------------------------------------------------- g6-22  EN nested SP outside, photo png
add(22, page(head("en", "Deputy High Commission of Canada<br>Visa Section<br>Lagos, Nigeria") + """
<p>November 8, 2022</p>
""" + ids([("UCI:", "1170-5582-31"), ("Application:", "S313304472")]) + """
<p>Dear Chiamaka Okafor,</p>
<p>Thank you for your interest in studying in Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the IRPA and IRPR. I am refusing your application for the following reasons:</p>
<ul>
<li>I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 216(1)(b) of the IRPR.
 <ul><li>Your proposed studies are not reasonable in light of your qualifications, previous studies, employment and the documentation provided; the purpose of your visit is therefore not consistent with a temporary stay.</li></ul></li>
<li>Your financial situation does not show that you have enough money to pay for your tuition and your living expenses in Canada.</li>
</ul>
<p>Officer LOS-5015</p>
"""), lab("en", "2022-11-08", "S313304472", "1170558231", "study-permit", "outside-canada",
  g(will_not_leave=["purpose-of-visit"], insufficient_funds=[]), "nested", "photo",
  notes="Phone photo saved as PNG."))

# ---------------------------------------------------------------- g6-23  EN in-canada SP extension, Other text, scan-150
add(23, page(head("en", "IRCC<br>Case Processing Centre – Edmonton") + """
<p>June 2, 2023</p>
""" + ids([("UCI:", "1158-0047-26"), ("Application:", "S314457702")]) + """
<p>Dear Arjun Mehta:</p>
<p>This letter refers to your application to extend your study permit. Your application as requested is refused.</p>
<p>You have not provided a current letter of enrolment from your designated learning institution, although it was requested on 2023-04-11 under subsection 16(1) of the Act.</p>
<p>Other: Your transcripts show that you withdrew from all courses in two consecutive terms; you have not demonstrated that you have been actively pursuing your studies.</p>
<p>Your study permit expired on 2023-03-31 and you are no longer on maintained status. You may apply for restoration of your status within 90 days. Otherwise, you are required to leave Canada.</p>
<p>CPC-E Officer 0712</p>
""", size="10.5pt"), lab("en", "2023-06-02", "S314457702", "1158004726", "study-permit", "inside-canada",
  {"documents.not-provided": [], "other": []}, "in-canada", "scan-150dpi", restoration=True, leave=True,
  unrec=["Your transcripts show that you withdrew from all courses in two consecutive terms; you have not demonstrated that you have been actively pursuing your studies."],
  notes="'Actively pursuing studies' (R220.1 condition) has no ground id -> other."))

# ---------------------------------------------------------------- g6-24  FR in-canada SP extension funds, maintained status ends
add(24, page(head("fr", "IRCC<br>Centre de traitement des demandes de Vegreville") + """
<p>Le 19 janvier 2024</p>
""" + ids([("IUC :", "1144-3190-58"), ("Numéro de demande :", "S315006671")]) + """
<p>Monsieur,</p>
<p>La présente concerne votre demande de prolongation de permis d'études. Votre demande, telle que présentée, est refusée.</p>
<p>Je ne suis pas convaincu que vous disposez de ressources financières suffisantes pour acquitter vos frais de scolarité et subvenir à vos besoins pendant la durée de vos études, sans travailler au Canada, comme l'exige l'article 220 du RIPR.</p>
<p>Vous bénéficiiez du maintien de votre statut pendant le traitement de votre demande. Ce statut prend fin à la date de la présente lettre. Vous pouvez demander le rétablissement de votre statut de résident temporaire dans les 90 jours suivant cette date; sinon, vous devez quitter le Canada.</p>
<p>Agent d'immigration<br>CTD Vegreville</p>
"""), lab("fr", "2024-01-19", "S315006671", "1144319058", "study-permit", "inside-canada",
  {"insufficient-funds": []}, "in-canada", "none", restoration=True, leave=True,
  notes="Typo 'bénéficiiez' deliberate. Maintained status ends on refusal."))

# ---------------------------------------------------------------- g6-25  EN misrepresentation SP outside, scan-200 rot
add(25, page(head("en", "High Commission of Canada<br>Immigration Section<br>Islamabad, Pakistan") + """
<p>September 12, 2019</p>
""" + ids([("UCI:", "1126-7781-03"), ("Application:", "S307765120")]) + """
<p>Dear Ali Raza,</p>
<p>Your application for a study permit has been refused.</p>
<p>The bank statement you submitted from Allied Commerce Bank could not be verified; the bank confirmed that the account number shown does not exist. You were given an opportunity to respond to this concern and did not provide a satisfactory explanation.</p>
<p>As a result, you have been found inadmissible to Canada under paragraph 40(1)(a) of the Immigration and Refugee Protection Act for misrepresenting a material fact. Under paragraph 40(2)(a), you remain inadmissible for five years from the date of this letter, and any application for temporary or permanent residence you submit during that period will be refused.</p>
<p>Officer ISB-4402</p>
"""), lab("en", "2019-09-12", "S307765120", "1126778103", "study-permit", "outside-canada",
  {"misrepresentation": []}, "sentences", "scan-200dpi",
  notes="The unverifiable statement is part of the letter's reason, not officer notes -> concerns empty."))

# ---------------------------------------------------------------- g6-26  FR checkbox ✓ + Autre, photo
add(26, page(head("fr", "Section des visas<br>Ambassade du Canada<br>Tunis, Tunisie") + """
<p>Le 30 juillet 2018</p>
""" + ids([("IUC :", "1113-2206-74"), ("Numéro de demande :", "S305512038")]) + """
<p>Madame,</p>
<p>J'ai examiné votre demande de permis d'études. Je ne suis pas convaincue que vous satisfaites aux exigences de la Loi et du Règlement, et je refuse par conséquent votre demande.</p>
<ul class='box'>
<li>&#10003; Vous ne m'avez pas convaincue que vous quitteriez le Canada à la fin de votre séjour à titre de résidente temporaire. J'ai tenu compte de plusieurs facteurs, dont :
 <ul class='sub'>
 <li>&#10003; vos liens familiaux au Canada et dans votre pays de résidence</li>
 <li>&nbsp;&nbsp;&nbsp; vos antécédents de voyage</li>
 <li>&nbsp;&nbsp;&nbsp; l'objet de votre visite</li>
 <li>&nbsp;&nbsp;&nbsp; votre statut d'immigrant dans votre pays de résidence</li>
 </ul></li>
<li>&nbsp;&nbsp;&nbsp; Vous n'avez pas démontré que vous disposez de fonds suffisants.</li>
<li>&#10003; Autre : Le certificat d'acceptation du Québec (CAQ) présenté était expiré au moment de la décision.</li>
</ul>
<p>Agente des visas TUN-12</p>
"""), lab("fr", "2018-07-30", "S305512038", "1113220674", "study-permit", "outside-canada",
  g(will_not_leave=["family-ties"], other=[]), "checkbox", "photo",
  unrec=["Le certificat d'acceptation du Québec (CAQ) présenté était expiré au moment de la décision."],
  notes="Tick = check mark; unticked reasons have no box at all (blank space)."))

# ---------------------------------------------------------------- g6-27  EN sentences SP inside, no app number, status valid
add(27, page(head("en", "IRCC<br>Operations Centre – Sydney NS") + """
<p>February 14, 2018</p>
""" + ids([("UCI:", "1095-5527-30")]) + """
<p>Dear Fatima Al-Mansoori,</p>
<p>This refers to your application for a study permit made from within Canada. I am refusing your application.</p>
<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in subsection 216(1) of the IRPR, based on your travel history and your immigration status in your country of residence, the United Arab Emirates, where you hold a residence permit tied to your father's employment.</p>
<p>Your visitor record remains valid until 2018-05-30. This decision does not affect that status.</p>
<p>Officer SYD-218</p>
"""), lab("en", "2018-02-14", None, "1095552730", "study-permit", "inside-canada",
  g(will_not_leave=["travel-history", "immigration-status"]), "sentences", "none",
  notes="Inside Canada (Sydney operations centre, application from within Canada). No application number. Status still valid."))

# ---------------------------------------------------------------- g6-28  FR nested SP unknown location, rotated 180
add(28, page(head("fr", "Immigration, Réfugiés et Citoyenneté Canada") + """
<p>2 mai 2023</p>
""" + ids([("IUC :", "1167-4093-15"), ("Numéro de demande :", "S314980026")]) + """
<p>Madame, Monsieur,</p>
<p>Merci de l'intérêt que vous portez aux études au Canada. Après un examen attentif de votre demande, je conclus qu'elle ne satisfait pas aux exigences de la LIPR et du RIPR. Je refuse votre demande pour les motifs suivants :</p>
<ul>
<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, tel que prévu au paragraphe 216(1) du RIPR.
 <ul>
 <li>L'objet de votre visite au Canada n'est pas compatible avec un séjour temporaire, vu les renseignements fournis.</li>
 <li>Votre situation d'emploi actuelle ne démontre pas que vous êtes bien établi(e) financièrement dans votre pays de résidence.</li>
 </ul></li>
</ul>
<p>Agent(e) d'immigration</p>
"""), lab("fr", "2023-05-02", "S314980026", "1167409315", "study-permit", "unknown",
  g(will_not_leave=["purpose-of-visit", "current-employment"]), "nested", "rotated-180-scan-200dpi",
  notes="No office named anywhere -> location unknown. Page upside down."))
