from helpers import *

D = []
WNL = "will-not-leave"


def sig(code, office):
    return f'<div class="sig">Sincerely,<br><br>{code}<br>{office}</div>'


def sig_fr(code, office):
    return f'<div class="sig">Veuillez agréer l\'expression de nos sentiments distingués.<br><br>{code}<br>{office}</div>'


# ================================================================ PROCEDURAL FAIRNESS
D.append(dict(
    name="p01-pfl-study-en-date-given", kind="procedural-fairness-letter", lang="en", date="2025-07-14",
    app="S307001256", uci="1161349920", grounds={},
    respondBy="2025-07-28", respondDays=None,
    concerns=[
        ("credibility.inconsistency", "misrepresentation", "has informed us that it did not issue this letter", 1),
        ("funds.unexplained-deposit", "insufficient-funds", "the source of this deposit is not explained", 1),
    ],
    source="invented",
    notes="Deadline printed as a date (July 28, 2025). The LOA concern is raised explicitly under A40 (misrepresentation), hence that ground; documents.truthfulness is the default and an acceptable alternative.",
    pages=[
        lh("Visa Section<br>High Commission of Canada<br>New Delhi, India")
        + ids(["July 14, 2025", "", "Application number: S307001256", "UCI: 1161-3499-20", "", "Ms. Simranjeet Kaur Gill"])
        + paras("Dear Simranjeet Kaur Gill,",
                "<b>Re: Procedural fairness - your application for a study permit</b>",
                "I have reviewed your application for a study permit and I have concerns that you may not meet the "
                "requirements of the Immigration and Refugee Protection Act (IRPA). Before a final decision is made, I "
                "am giving you the opportunity to respond to the following concerns.",
                "You submitted a letter of acceptance from a designated learning institution in Brampton, Ontario. The "
                "institution has informed us that it did not issue this letter and that you are not registered with it.",
                "In addition, your bank statement from State Bank of India shows a deposit of INR 18,00,000 on "
                "2025-05-30; the source of this deposit is not explained.",
                "Section 40(1)(a) of the IRPA provides that a foreign national is inadmissible for misrepresenting or "
                "withholding material facts that induce or could induce an error in the administration of the Act. A "
                "finding of inadmissibility under section 40 results in a five-year bar on applying for status in Canada.",
                "You may submit any information or documents you wish in response. Your response must be received on or "
                "before <b>July 28, 2025</b>, through your online account. If no response is received by that date, a "
                "decision will be made on the basis of the information on file.")
        + sig("Officer ND3381", "Visa Section, New Delhi") + foot("", "Page 1 of 1"),
    ]))

D.append(dict(
    name="p02-pfl-work-en-30-days", kind="procedural-fairness-letter", lang="en", date="2025-09-08",
    app="W311022543", uci="1173309182", grounds={},
    respondBy="2025-10-08", respondDays=30,
    concerns=[
        ("job.employer-genuineness", "job-offer.genuineness", "the business address listed on the job offer is a residential unit", 1),
        ("job.wage-below-prevailing", "job-offer.genuineness", "$17.20 per hour is below the prevailing wage", 1),
    ],
    source="invented",
    notes="'within 30 days of the date of this letter' -> 2025-10-08.",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Visa Section, Embassy of Canada<br>Manila, Philippines")
        + ids(["September 8, 2025", "", "Application No.: W311022543", "UCI: 11-7330-9182", "", "Mr. Jomar Villanueva Santos"])
        + paras("Dear Jomar Villanueva Santos:",
                "<b>Procedural Fairness Letter</b>",
                "This letter concerns your application for a work permit as a food service supervisor with an employer in "
                "Red Deer, Alberta. I have concerns about whether the offer of employment is genuine, as required by "
                "subsection 200(5) of the Immigration and Refugee Protection Regulations.",
                "Our verification shows that the business address listed on the job offer is a residential unit and that "
                "the employer's corporate registration was dissolved in 2024. I also note that the offered wage of $17.20 "
                "per hour is below the prevailing wage for this occupation in the Red Deer region.",
                "You are invited to provide any additional information or documents that address these concerns, such as "
                "the employer's current registration, financial statements and a lease for the place of work. Please "
                "submit your response within 30 days of the date of this letter. If you do not respond, your application "
                "will be assessed on the information available.")
        + sig("Officer MN-6612", "Temporary Resident Program, Manila") + foot("", "1 of 1"),
    ]))

D.append(dict(
    name="p03-equite-procedurale-fr-30-jours", kind="procedural-fairness-letter", lang="fr", date="2025-10-15",
    app="S309876104", uci="1158302217", grounds={},
    respondBy="2025-11-14", respondDays=30,
    concerns=[
        ("funds.unexplained-deposit", "insufficient-funds", "un dépôt de 6 500 000 FCFA effectué le 2 septembre 2025", 1),
        ("funds.source-unclear", "insufficient-funds", "l'origine des économies de votre répondant n'est pas démontrée", 1),
    ],
    source="invented",
    notes="French PFL, 'dans les 30 jours suivant la date de la présente lettre' -> 2025-11-14.",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Yaoundé, Cameroun", "fr")
        + ids(["Le 15 octobre 2025", "", "Numéro de demande : S309876104", "IUC : 11-5830-2217", "", "M. Brice Nkoulou Essomba"])
        + paras("Monsieur,",
                "<b>Objet : Lettre d'équité procédurale</b>",
                "J'ai examiné votre demande de permis d'études et j'ai des préoccupations quant à votre capacité à "
                "démontrer que vous disposez de ressources financières suffisantes, comme l'exige l'article 220 du RIPR.",
                "Le relevé bancaire de votre répondant montre un dépôt de 6 500 000 FCFA effectué le 2 septembre 2025, "
                "quelques jours avant le dépôt de votre demande, sans explication. De plus, l'origine des économies de "
                "votre répondant n'est pas démontrée : aucun document sur ses revenus ou son entreprise n'a été fourni.",
                "Vous pouvez répondre à ces préoccupations en fournissant tout renseignement ou document pertinent dans "
                "les 30 jours suivant la date de la présente lettre. À défaut de réponse, une décision sera rendue en "
                "fonction des renseignements au dossier.")
        + sig_fr("Agent YA-2093", "Section des visas, Yaoundé") + foot("", "Page 1 de 1"),
    ]))

D.append(dict(
    name="p04-pfl-visitor-en-15-days-earlier-refusal", kind="procedural-fairness-letter", lang="en", date="2025-06-30",
    app="V317450036", uci="1104495528", grounds={},
    respondBy="2025-07-15", respondDays=15,
    concerns=[
        ("travel.previous-refusal", "documents.truthfulness", "you answered \"No\" to the question whether you had ever been refused", 1),
        ("travel.long-stays-abroad", f"{WNL}.travel-history", "you remained in the United Kingdom for 14 months", 1),
    ],
    source="invented",
    notes="Mentions an earlier refusal (study permit refused 2023-02-14) that was not declared; labelled travel.previous-refusal with documents.truthfulness (its also-fits ground, since the letter raises truthfulness/A40); credibility.inconsistency is an acceptable alternative. 15 days -> 2025-07-15.",
    pages=[
        lh("Visa Section<br>Consulate General of Canada<br>São Paulo, Brazil")
        + ids(["June 30, 2025", "", "Application: V317450036", "UCI: 1104-4955-28", "", "Mr. Lucas Oliveira Ferreira"])
        + paras("Dear Mr. Oliveira Ferreira,",
                "<b>Subject: Request for information - procedural fairness</b>",
                "I am writing regarding your application for a temporary resident visa. On the basis of the information "
                "before me, I have concerns that I would like to give you the opportunity to address.",
                "Our records show that your application for a study permit (S301877450) was refused on February 14, 2023. "
                "In your current application, you answered \"No\" to the question whether you had ever been refused a visa "
                "or permit to Canada or any other country. Under subsection 16(1) of the IRPA, you must answer truthfully "
                "all questions put to you, and a misrepresentation may lead to inadmissibility under section 40.",
                "Information available to us also indicates that you remained in the United Kingdom for 14 months on a "
                "six-month visitor visa in 2019-2020.",
                "You have 15 days from the date of this letter to provide a response with any supporting documents. After "
                "that time, a decision will be made on the information on file.")
        + sig("Officer SP2240", "Visa Section, São Paulo") + foot("", "Page 1 of 1"),
    ]))

D.append(dict(
    name="p05-pfl-work-extension-en-7-days-scan", kind="procedural-fairness-letter", lang="en", date="2025-10-27",
    app="W312550981", uci="1126600437", grounds={}, degradation="scan", ext="png",
    respondBy="2025-11-03", respondDays=7,
    concerns=[
        ("job.wage-below-prevailing", "job-offer.lmia", "your pay stubs show an hourly wage of $16.00", 1),
        ("other", "job-offer.lmia", "the duties described are those of a cashier, not a food service supervisor", 1),
    ],
    source="invented",
    notes="PNG scan (single page). In-Canada LMIA work-permit extension. Wage below the LMIA wage -> job.wage-below-prevailing with its also-fits ground job-offer.lmia (the letter's concern is LMIA compliance). Job-duty mismatch fits no id -> other. 'within seven (7) days' -> 2025-11-03.",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Case Processing Centre Edmonton<br>Edmonton AB  T5J 0E5")
        + ids(["October 27, 2025", "", "Application number: W312550981", "Client ID: 1126-6004-37", "", "Ms. Priya Nair", "1509 - 10020 100 Street, Edmonton AB  T5J 0N5"])
        + paras("Dear Priya Nair:",
                "This letter concerns your application to extend your work permit based on Labour Market Impact "
                "Assessment 9112044578 for the position of food service supervisor (NOC 62020).",
                "The LMIA sets the wage at $24.50 per hour. However, your pay stubs show an hourly wage of $16.00. In "
                "addition, your employer's letter of 2025-09-30 lists tasks such as operating the till and serving "
                "customers; the duties described are those of a cashier, not a food service supervisor.",
                "These facts raise concerns that you may not meet the requirements of paragraph 200(1)(c)(iii) of the "
                "IRPR. You may respond in writing, with any documents you consider relevant, within seven (7) days of the "
                "date of this letter. If we do not receive your response, your application will be decided on the "
                "information on file.")
        + sig("Officer E-52219", "Case Processing Centre Edmonton") + foot("", "Page 1 of 1"),
    ]))

D.append(dict(
    name="p06-equite-procedurale-fr-date-donnee", kind="procedural-fairness-letter", lang="fr", date="2025-11-20",
    app="W313004752", uci="1169021145", grounds={},
    respondBy="2025-12-05", respondDays=None,
    concerns=[
        ("credibility.inconsistency", "documents.truthfulness", "le numéro de téléphone indiqué n'est plus en service", 1),
        ("job.reference-letters-weak", "ability-to-perform-work", "reproduisent mot pour mot la description de la CNP", 1),
    ],
    source="invented",
    notes="French PFL with a printed deadline ('au plus tard le 5 décembre 2025'). The employment attestation could not be verified (credibility) and copies the NOC description (reference letter weak).",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Rabat, Maroc", "fr")
        + ids(["Rabat, le 20 novembre 2025", "", "Numéro de demande : W313004752", "IUC : 11-6902-1145", "", "M. Hamza Alaoui"])
        + paras("Monsieur,",
                "<b>Objet : Demande de permis de travail - possibilité de répondre</b>",
                "Après examen de votre demande, j'ai des doutes quant à l'authenticité de l'attestation d'emploi délivrée "
                "par la société Transports Atlas Nord. Nos tentatives pour joindre l'employeur ont échoué : le numéro de "
                "téléphone indiqué n'est plus en service et aucun courriel n'a reçu de réponse.",
                "Par ailleurs, les fonctions décrites dans cette attestation reproduisent mot pour mot la description de "
                "la CNP 73300 et ne permettent pas d'établir votre expérience réelle.",
                "Vous pouvez présenter des observations et des documents en réponse au plus tard le <b>5 décembre 2025</b>. "
                "Passé ce délai, une décision sera prise en fonction des renseignements dont je dispose.")
        + sig_fr("Agent RB-7719", "Section des visas, Rabat") + foot("", "Page 1 de 1"),
    ]))

# ================================================================ APPROVALS
D.append(dict(
    name="a01-poe-letter-study-en", kind="approval-letter", lang="en", date="2025-07-15",
    app="S306004413", uci="1176120034", grounds={}, concerns=[], source="invented",
    notes="Port of entry letter of introduction (study permit approved). Same applicant as g06.",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Visa Section, Embassy of Canada<br>Manila, Philippines")
        + ids(["2025-07-15", "", "Application number: S306004413", "UCI: 1176-1200-34", "", "Maria Isabel Reyes"])
        + paras("<b>PORT OF ENTRY LETTER OF INTRODUCTION</b>",
                "This is not a study permit. Present this letter to the border services officer when you arrive in Canada.",
                "Your application for a study permit has been approved. You will need to show this letter, your valid "
                "passport, your letter of acceptance and proof of funds to the officer at the port of entry, who will "
                "make the final decision and issue your study permit.",
                "Conditions that may be imposed: must leave Canada by the expiry date of the permit; must remain enrolled "
                "at a designated learning institution; may work off campus if eligible.",
                "You must enter Canada before 2026-04-30. A temporary resident visa counterfoil has been placed in your "
                "passport.",
                "We wish you success in your studies.")
        + sig("Officer MNL2044", "Visa Section, Manila") + foot("IMM 1312", "Page 1 of 1"),
    ]))

D.append(dict(
    name="a02-lettre-introduction-pt-fr", kind="approval-letter", lang="fr", date="2025-10-02",
    app="W310887456", uci="1151203378", grounds={}, concerns=[], source="invented",
    notes="French port-of-entry letter of introduction (work permit approved).",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Paris, France", "fr")
        + ids(["Le 2 octobre 2025", "", "Numéro de demande : W310887456", "IUC : 11-5120-3378", "", "Mme Camille Lefèvre"])
        + paras("<b>LETTRE D'INTRODUCTION AU POINT D'ENTRÉE</b>",
                "La présente lettre n'est pas un permis de travail.",
                "Nous avons le plaisir de vous informer que votre demande de permis de travail a été approuvée. Veuillez "
                "présenter cette lettre, votre passeport valide et votre offre d'emploi à l'agent des services "
                "frontaliers à votre arrivée au Canada. L'agent vous délivrera votre permis de travail.",
                "Employeur : Clinique vétérinaire des Laurentides, Saint-Jérôme (Québec). Durée prévue : 24 mois.",
                "Vous devez entrer au Canada au plus tard le 1er octobre 2026.",
                "Nous vous souhaitons un excellent séjour au Canada.")
        + sig_fr("Agent PR-3012", "Section des visas, Paris") + foot("", "Page 1 de 1"),
    ]))

D.append(dict(
    name="a03-trv-approved-passport-request-en-scan", kind="approval-letter", lang="en", date="2025-09-29",
    app="V319887201", uci="1139904412", grounds={}, concerns=[], degradation="scan", ext="png",
    source="invented",
    notes="PNG scan. Visitor visa approved, passport request.",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Visa Section, High Commission of Canada<br>Lagos, Nigeria")
        + ids(["September 29, 2025", "", "Application number: V319887201", "UCI: 11-3990-4412", "", "Mrs. Folake Adebayo-Okonkwo"])
        + paras("Dear Folake Adebayo-Okonkwo,",
                "<b>Request for passport</b>",
                "We are pleased to inform you that a decision has been made to approve your application for a temporary "
                "resident visa. To finalize your application, please submit your original passport to the visa "
                "application centre within 30 days, together with a copy of this letter.",
                "Your visa will be placed in your passport and returned to you. A visa does not guarantee entry to "
                "Canada; a border services officer will confirm at the port of entry that you meet the requirements.")
        + sig("Officer LG5519", "Visa Section, Lagos") + foot("", "Page 1 of 1"),
    ]))

# ================================================================ REQUESTS
D.append(dict(
    name="o01-biometrics-instruction-en", kind="other", lang="en", date="2025-04-05",
    app="W310904417", uci="1181122963", grounds={}, concerns=[], source="invented",
    notes="Biometric instruction letter (request), not a PFL: no concerns, no response deadline label (the 30-day biometrics window is an instruction, not a PFL deadline).",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Operations Support Centre<br>Ottawa ON  K1A 1L1")
        + ids(["April 5, 2025", "", "Application number: W310904417", "UCI: 1181-1229-63", "", "Nguyen Van Minh"])
        + paras("Dear Nguyen Van Minh,",
                "<b>Biometric Instruction Letter</b>",
                "This letter confirms that you must give your biometrics (fingerprints and photo) for your application "
                "for a work permit. Biometric fees have been received.",
                "You must give your biometrics in person at a biometric collection service point within 30 days from the "
                "date of this letter. Bring this letter and your valid passport.",
                "If you do not give your biometrics within the time required, your application may be refused. If you "
                "need more time, contact us through the IRCC web form.")
        + sig("Immigration, Refugees and Citizenship Canada", "") + foot("BIL", "Page 1 of 1"),
    ]))

D.append(dict(
    name="o02-demande-documents-fr", kind="other", lang="fr", date="2025-08-18",
    app="S308440312", uci="1144550987", grounds={}, concerns=[], source="invented",
    notes="French request for additional documents (list of documents to send). It names documents and a deadline but states no officer concern and is not a PFL: concerns [].",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Tunis, Tunisie", "fr")
        + ids(["Le 18 août 2025", "", "Numéro de demande : S308440312", "IUC : 1144-5509-87", "", "Mlle Yasmine Trabelsi"])
        + paras("Madame,",
                "<b>Objet : Demande de documents supplémentaires</b>",
                "Afin de poursuivre le traitement de votre demande de permis d'études, nous avons besoin des documents "
                "suivants :")
        + bullets(["relevés bancaires des six derniers mois de vos parents;",
                   "attestation de travail et bulletins de paie récents de votre père;",
                   "certificat d'acceptation du Québec (CAQ) valide;",
                   "résultats d'un examen médical effectué par un médecin désigné."])
        + paras("Veuillez téléverser ces documents dans votre compte en ligne dans les 30 jours suivant la date de la "
                "présente lettre. Si vous ne pouvez pas les fournir dans ce délai, veuillez nous en expliquer la raison.")
        + sig_fr("Section des visas", "Ambassade du Canada à Tunis") + foot("", "Page 1 de 1"),
    ]))

# ================================================================ ATIP / PRIVACY ACT COVER LETTERS
D.append(dict(
    name="t01-atip-privacy-cover-en", kind="other", lang="en", date="2025-08-19",
    app="W308551402", uci="1140662291", grounds={}, concerns=[], source="invented",
    notes="Privacy Act release cover letter mentioning the earlier refusal ('your application was refused on June 17, 2025'). Same file as g02. The enclosed records are not part of this file: concerns [].",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Access to Information and Privacy Division<br>Ottawa ON  K1A 1L1")
        + ids(["August 19, 2025", "", "Our file: P-2025-41877", "Application number: W308551402", "UCI: 1140-6622-91", "", "Manpreet Randhawa", "c/o Maple Path Immigration Services, Brampton ON"])
        + paras("Dear Requester:",
                "This is in response to your request under the <i>Privacy Act</i>, received on July 22, 2025, for "
                "records relating to your work permit application W308551402. Our records indicate that your "
                "application was refused on June 17, 2025.",
                "Please find enclosed a copy of the records (14 pages). Some information has been withheld under "
                "sections 16 and 26 of the <i>Privacy Act</i>; the relevant sections are noted in the margins of the pages.",
                "You are entitled to complain to the Privacy Commissioner of Canada about the processing of your request "
                "within 60 days of the date of this letter.")
        + sig("Analyst, ATIP Operations", "Access to Information and Privacy Division") + foot("", "Page 1 of 1"),
    ]))

D.append(dict(
    name="t02-aiprp-lettre-envoi-fr", kind="other", lang="fr", date="2025-04-03",
    app="V315502291", uci="1127684409", grounds={}, concerns=[], source="invented",
    notes="French Privacy Act release cover letter; mentions the earlier refusal ('votre demande a été refusée le 6 février 2025'). Same file as g04. concerns [].",
    pages=[
        lh("Immigration, Réfugiés et Citoyenneté Canada<br>Division de l'accès à l'information et de la protection des renseignements personnels<br>Ottawa (Ontario)  K1A 1L1", "fr")
        + ids(["Le 3 avril 2025", "", "Notre dossier : P-2025-10922", "Numéro de demande : V315502291", "IUC : 11-2768-4409", "", "Mme Amenan Prisca Kouassi", "a/s de M. Jean-Marc Koffi, Gatineau (Québec)"])
        + paras("Madame,",
                "La présente fait suite à votre demande présentée en vertu de la <i>Loi sur la protection des "
                "renseignements personnels</i>, reçue le 4 mars 2025, visant les documents relatifs à votre demande de "
                "visa de résident temporaire V315502291. Selon nos dossiers, votre demande a été refusée le 6 février 2025.",
                "Vous trouverez ci-joint une copie des documents demandés (9 pages). Certains renseignements ont été "
                "soustraits en vertu des articles 16 et 26 de la Loi; les dispositions invoquées figurent en marge.",
                "Vous avez le droit de déposer une plainte auprès du Commissariat à la protection de la vie privée du "
                "Canada dans les 60 jours suivant la date de la présente lettre.")
        + sig_fr("Analyste, Opérations AIPRP", "Division de l'AIPRP") + foot("", "Page 1 de 1"),
    ]))
