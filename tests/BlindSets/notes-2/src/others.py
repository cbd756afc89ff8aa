"""Procedural-fairness letters, approval / port-of-entry letters, document requests, ATIP cover letters. All invented."""
from common import *

DOCS = []

def lpage(lang, office_lines, date, id_rows, salut, body, sig, title=None, old=False):
    t = f"<p class='re'>{title}</p>" if title else ""
    return page(letterhead(lang, old) + office(office_lines) + f"<p>{date}</p>" + ids(id_rows) + t +
                f"<p>{salut}</p>" + body + f"<div class='sig'>{sig}</div>" + wordmark())

# ================================================================= procedural fairness letters
DOCS.append(dict(name="pfl-01-sp-en-30days", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "IRCC - Visa Office, Chandigarh", "India"], "October 20, 2025",
    [("Application number:", "S315566778"), ("UCI:", "1133445566")], "Dear Simranjeet Kaur Gill:",
    "<p>This letter concerns your application for a study permit. I have reviewed your application and I have concerns that you may not meet the requirements of the Immigration and Refugee Protection Act and Regulations.</p>"
    "<p>Specifically, I have concerns that you may be inadmissible to Canada under paragraph 40(1)(a) of the Act for misrepresenting or withholding material facts. With your application you submitted a statement from a cooperative bank showing a balance of INR 28,50,000 in your father's name. A verification with the issuing bank found that the account number on the statement is not held at that branch and that the bank did not issue the statement.</p>"
    "<p>I also note that your father is described as a farmer with an annual income of INR 9,00,000, but no land records, crop sale receipts or income tax returns were provided to support this income.</p>"
    "<p>A finding of inadmissibility for misrepresentation would make you inadmissible to Canada for a period of five years.</p>"
    "<p>Before I make a final decision, I am giving you the opportunity to respond to these concerns. You have 30 days from the date of this letter to submit any additional information or documents you wish me to consider. If you do not respond within that time, a decision will be made on the basis of the information on file.</p>"
    "<p>Please upload your response through your online account using the 'Procedural fairness response' upload link.</p>",
    "Sincerely,<br><br>Officer CHD-2318<br>Visa Office, Chandigarh", title="PROCEDURAL FAIRNESS LETTER")],
    label=dict(language="en", documentKind="procedural-fairness-letter",
        letter=dict(date="2025-10-20", applicationNumber="S315566778", uci="1133445566"), grounds={},
        concerns=[
            dict(concernId="credibility.inconsistency", groundId="misrepresentation",
                 quote="found that the account number on the statement is not held at that branch", page=1),
            dict(concernId="funds.income-not-documented", groundId="insufficient-funds",
                 quote="no land records, crop sale receipts or income tax returns were provided", page=1),
        ],
        respondBy="2025-11-19", respondDays=30, source="invented",
        notes="PFL raising A40 misrepresentation: the bank statement authenticity concern supports misrepresentation (also-fits of credibility.inconsistency). "
              "Deadline = letter date + 30 days. Five-year bar mentioned as a consequence, not a finding. Indian digit grouping (28,50,000) deliberate.")))

DOCS.append(dict(name="pfl-02-wp-en-date", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "Migration Section, Embassy of Canada", "Mexico City, Mexico"], "24 November 2025",
    [("File / Application:", "W314667788"), ("Client ID:", "5678-9123")], "Dear Luis Alberto Hernández Ortega,",
    "<p>I am writing to you about your application for a work permit as a construction site supervisor (NOC 72014) with an employer in Surrey, British Columbia.</p>"
    "<p>Based on the information before me, I have the following concerns:</p>"
    "<ul><li>The business address given for your prospective employer corresponds to a single-family residence, and the employer's corporate registration shows no business activity before January 2025. I am not satisfied that the employer is actively operating a business that requires a site supervisor.</li>"
    "<li>The Labour Market Impact Assessment requires two years of experience supervising construction crews. Your reference letters show eight months as a crew lead, the remainder as a general labourer.</li></ul>"
    "<p>You may submit a response, with any supporting documents, addressing these concerns. Your response must be received by <b>December 8, 2025</b>. After that date, a decision will be made based on the information on file, which may result in the refusal of your application.</p>",
    "Yours truly,<br><br>Officer MEX-0774", title="Re: Request for response - concerns with your application")],
    label=dict(language="en", documentKind="procedural-fairness-letter",
        letter=dict(date="2025-11-24", applicationNumber="W314667788", uci="56789123"), grounds={},
        concerns=[
            dict(concernId="job.employer-genuineness", groundId="job-offer.genuineness",
                 quote="corresponds to a single-family residence", page=1),
            dict(concernId="job.experience-insufficient", groundId="ability-to-perform-work",
                 quote="Your reference letters show eight months as a crew lead", page=1),
        ],
        respondBy="2025-12-08", respondDays=None, source="invented",
        notes="PFL not titled 'procedural fairness' (heading 'Request for response'); response date printed (December 8, 2025), so respondDays null (14 days after the letter date if computed).")))

DOCS.append(dict(name="pfl-03-trv-fr-15jours-prior-refusal", lang="fr", pages=[lpage("fr",
    ["Immigration, Réfugiés et Citoyenneté Canada", "Section des visas, Ambassade du Canada", "Dakar (Sénégal)"], "Le 29 septembre 2025",
    [("Numéro de demande :", "V326677889"), ("IUC :", "11-4455-6677")], "Monsieur Ousmane Ndiaye,",
    "<p>La présente fait suite à votre demande de visa de résident temporaire. Nous notons que vous avez déclaré une demande de visa antérieure, refusée le 12 mars 2023.</p>"
    "<p>Après examen de votre demande actuelle, j'ai des préoccupations quant à la véracité des renseignements fournis. Vous avez présenté une attestation de travail indiquant que vous occupez un poste de chef comptable auprès d'une société de transport à Thiès depuis 2019. Lors d'une vérification téléphonique effectuée le 22 septembre 2025, un représentant de cette société a déclaré que vous ne faites pas partie de son personnel.</p>"
    "<p>Si ces renseignements sont confirmés, vous pourriez être interdit de territoire au Canada pour fausses déclarations en vertu de l'alinéa 40(1)a) de la Loi sur l'immigration et la protection des réfugiés, ce qui entraînerait une interdiction de territoire de cinq ans.</p>"
    "<p>Avant de rendre une décision définitive, je vous offre la possibilité de répondre à ces préoccupations. Vous disposez d'un délai de 15 jours suivant la date de la présente lettre pour fournir tout renseignement ou document supplémentaire. À défaut de réponse dans ce délai, une décision sera prise en fonction des renseignements au dossier.</p>",
    "Agent DKR-5512<br>Section des visas", title="LETTRE D'ÉQUITÉ PROCÉDURALE")],
    label=dict(language="fr", documentKind="procedural-fairness-letter",
        letter=dict(date="2025-09-29", applicationNumber="V326677889", uci="1144556677"), grounds={},
        concerns=[
            dict(concernId="credibility.inconsistency", groundId="misrepresentation",
                 quote="a déclaré que vous ne faites pas partie de son personnel", page=1),
        ],
        respondBy="2025-10-14", respondDays=15, source="invented",
        notes="French PFL, 'dans un délai de 15 jours suivant la date de la présente lettre' -> 2025-10-14. Mentions an earlier refusal (12 March 2023) that was declared: context, not a concern. "
              "Concern is authenticity of the employment attestation (misrepresentation).")))

DOCS.append(dict(name="pfl-04-sp-en-10days", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "IRCC Ho Chi Minh City", "Viet Nam"], "2025-08-14",
    [("Application:", "S316677889"), ("UCI:", "11-5566-7788")], "Dear Tran Minh Khoa:",
    "<p>Your application for a study permit is being assessed. Before a decision is made, I want to give you the opportunity to respond to the following concerns.</p>"
    "<p>1. The letter of acceptance submitted with your application could not be verified. The designated learning institution informed us that it has no record of a student with your name and date of birth in the program indicated. Subsection 16(1) of the Immigration and Refugee Protection Act requires that you answer truthfully all questions put to you.</p>"
    "<p>2. A provincial attestation letter (PAL) is required for your application, and none was provided.</p>"
    "<p>You have 10 days from the date of this letter to provide a response and any documents that address these concerns. Documents should be uploaded through the IRCC secure account. If no response is received, your application will be assessed on the information available.</p>",
    "Sincerely,<br><br>Officer HCM-3021<br>Immigration Section", title="Procedural fairness - opportunity to respond")],
    label=dict(language="en", documentKind="procedural-fairness-letter",
        letter=dict(date="2025-08-14", applicationNumber="S316677889", uci="1155667788"), grounds={},
        concerns=[
            dict(concernId="credibility.inconsistency", groundId="documents.truthfulness",
                 quote="The letter of acceptance submitted with your application could not be verified", page=1),
            dict(concernId="documents.missing", groundId="documents.not-provided",
                 quote="A provincial attestation letter (PAL) is required for your application, and none was provided", page=1),
        ],
        respondBy="2025-08-24", respondDays=10, source="invented",
        notes="Short PFL with numbered concerns; 10 days from the letter date. LOA verification failure supports documents.truthfulness (A16(1) cited, no A40).")))

DOCS.append(dict(name="pfl-05-wp-fr-date-scan", lang="fr", ext="png", degrade="scan", pages=[lpage("fr",
    ["Immigration, Réfugiés et Citoyenneté Canada", "Bureau des visas - Tunis (Tunisie)"], "1er décembre 2025",
    [("Demande :", "W315778899"), ("IUC :", "6789-1234")], "Monsieur Mehdi Ben Salah,",
    "<p>Objet : Équité procédurale - demande de permis de travail (mécanicien de véhicules automobiles, CNP 72410)</p>"
    "<p>L'examen de votre demande soulève les préoccupations suivantes :</p>"
    "<ul><li>L'étude d'impact sur le marché du travail exige une bonne connaissance du français. Votre dossier ne contient aucune preuve de votre compétence en français, ni résultat de test linguistique.</li>"
    "<li>L'offre d'emploi exige un diplôme d'études professionnelles (DEP) en mécanique automobile ou l'équivalent. Aucun diplôme ni certificat de formation professionnelle n'a été soumis.</li></ul>"
    "<p>Vous pouvez présenter des observations et des documents en réponse à ces préoccupations au plus tard le 5 janvier 2026. Passé ce délai, une décision sera rendue en fonction des renseignements au dossier.</p>",
    "Agent TUN-0418")],
    label=dict(language="fr", documentKind="procedural-fairness-letter",
        letter=dict(date="2025-12-01", applicationNumber="W315778899", uci="67891234"), grounds={},
        concerns=[
            dict(concernId="language.no-evidence", groundId="ability-to-perform-work",
                 quote="aucune preuve de votre compétence en français, ni résultat de test linguistique", page=1),
            dict(concernId="job.qualification-not-shown", groundId="ability-to-perform-work",
                 quote="Aucun diplôme ni certificat de formation professionnelle n'a été soumis", page=1),
        ],
        respondBy="2026-01-05", respondDays=None, source="invented",
        notes="PNG scan (OCR needed). French PFL with a printed date ('au plus tard le 5 janvier 2026'); respondDays null. Date '1er décembre 2025' uses the ordinal 1er.")))

# ================================================================= approvals / port-of-entry letters
DOCS.append(dict(name="approval-01-wp-poe-loi-en", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "IRCC - International Network, Manila"], "July 9, 2025",
    [("Application number:", "W316889900"), ("UCI:", "11-6677-8899")], "Dear Jonathan Reyes Aquino:",
    "<p class='re'>PORT OF ENTRY LETTER OF INTRODUCTION</p>"
    "<p>This letter confirms that your application for a work permit has been approved. <b>This letter is not a work permit.</b> You must show this letter to the border services officer when you arrive in Canada. The officer will issue your work permit if you continue to meet the requirements.</p>"
    "<p>Conditions that will be placed on your permit:</p>"
    "<ul><li>Employer: Northern Greenhouse Produce Inc., Leamington, Ontario</li><li>Occupation: Greenhouse worker (NOC 85101)</li><li>Not authorized to attend school in Canada, other than a short-term course</li></ul>"
    "<p>Please travel with your valid passport, this letter, and copies of the documents you submitted with your application. You must enter Canada before August 31, 2025.</p>",
    "Sincerely,<br><br>Visa Section, Manila")],
    label=dict(language="en", documentKind="approval-letter",
        letter=dict(date="2025-07-09", applicationNumber="W316889900", uci="1166778899"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented",
        notes="Port of entry letter of introduction (work permit approved). Conditions and the entry deadline are not concerns or response deadlines.")))

DOCS.append(dict(name="approval-02-sp-loi-fr", lang="fr", pages=[lpage("fr",
    ["Immigration, Réfugiés et Citoyenneté Canada", "Bureau des visas, Rabat (Maroc)"], "1er août 2025",
    [("Numéro de demande :", "S317990011"), ("IUC :", "1177665544")], "Mademoiselle Imane Berrada,",
    "<p class='re'>LETTRE D'INTRODUCTION AU POINT D'ENTRÉE</p>"
    "<p>Nous avons le plaisir de vous informer que votre demande de permis d'études a été approuvée. <b>La présente lettre n'est pas un permis d'études.</b> Veuillez la présenter à l'agent des services frontaliers à votre arrivée au Canada, qui vous délivrera votre permis d'études.</p>"
    "<p>Un visa de résident temporaire a également été apposé dans votre passeport. Lors de votre arrivée, ayez en main votre passeport, votre lettre d'acceptation de l'établissement d'enseignement désigné (Cégep, Montréal), votre Certificat d'acceptation du Québec (CAQ) et la preuve de vos ressources financières.</p>"
    "<p>Nous vous souhaitons un excellent séjour d'études au Canada.</p>",
    "Section des visas, Rabat")],
    label=dict(language="fr", documentKind="approval-letter",
        letter=dict(date="2025-08-01", applicationNumber="S317990011", uci="1177665544"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented", notes="French study-permit approval / port-of-entry letter.")))

DOCS.append(dict(name="approval-03-trv-passport-request-en", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "IRCC - Visa Office, Nairobi", "Kenya"], "September 18, 2025",
    [("Application:", "V327788990"), ("UCI:", "7891-2345")], "Dear Grace Wanjiru Mwangi:",
    "<p>We are pleased to inform you that a decision has been made to approve your application for a temporary resident visa.</p>"
    "<p>To finalize your application, please submit your passport, together with a copy of this letter, to the visa application centre within 30 days. The visa will be placed in your passport. Do not make final travel arrangements until you have received your passport with the visa.</p>"
    "<p>At the port of entry, a border services officer will decide how long you may stay in Canada.</p>",
    "Sincerely,<br><br>Visa Section, Nairobi", title="Request for passport - approval in principle")],
    label=dict(language="en", documentKind="approval-letter",
        letter=dict(date="2025-09-18", applicationNumber="V327788990", uci="78912345"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented",
        notes="Approval / passport request. The '30 days' to submit the passport is not a procedural-fairness response deadline.")))

# ================================================================= requests for documents (other)
DOCS.append(dict(name="other-01-request-docs-sp-en", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "IRCC - Visa Office, Lagos", "Nigeria"], "June 26, 2025",
    [("Application number:", "S318001122"), ("UCI:", "11-8877-6655")], "Dear Oluwaseun Adebayo:",
    "<p>We are processing your application for a study permit. To continue processing, we need the following documents:</p>"
    "<ul><li>Bank statements for the last six months for every account used to show funds</li><li>Proof of payment of tuition fees, if any</li><li>Your provincial attestation letter (PAL)</li><li>Copies of your academic transcripts from your secondary school</li></ul>"
    "<p>Please upload the documents to your online account within 30 days of the date of this letter. If you cannot provide a document, explain why. If we do not receive the documents, we may make a decision on your application based on the information we have.</p>",
    "Sincerely,<br><br>Visa Office, Lagos", title="Request for additional documents")],
    label=dict(language="en", documentKind="other",
        letter=dict(date="2025-06-26", applicationNumber="S318001122", uci="1188776655"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented",
        notes="Routine request for documents (not a procedural-fairness letter: states no concern). It has a 30-day deadline (2025-07-26) but respondBy is reserved for PFLs; a product that reports it should not count it as a PFL.")))

DOCS.append(dict(name="other-02-request-info-wp-fr-scan", lang="fr", ext="png", degrade="scan", pages=[lpage("fr",
    ["Immigration, Réfugiés et Citoyenneté Canada", "Centre de traitement des demandes - Edmonton"], "8 octobre 2025",
    [("Demande :", "W317112233"), ("IUC :", "8912-3456")], "Madame Olena Kovalenko,",
    "<p>Nous traitons votre demande de permis de travail présentée au Canada. Afin de poursuivre le traitement, veuillez nous faire parvenir les renseignements et documents suivants :</p>"
    "<ul><li>les résultats de votre examen médical aux fins de l'immigration (formulaire IMM 1017) auprès d'un médecin désigné;</li><li>une copie lisible de toutes les pages de votre passeport;</li><li>votre contrat de travail signé par l'employeur.</li></ul>"
    "<p>Veuillez transmettre ces documents dans les 30 jours suivant la date de la présente lettre au moyen de votre compte en ligne. Si vous ne les transmettez pas, votre demande pourrait être refusée.</p>",
    "CTD Edmonton", title="Demande de renseignements supplémentaires")],
    label=dict(language="fr", documentKind="other",
        letter=dict(date="2025-10-08", applicationNumber="W317112233", uci="89123456"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented",
        notes="PNG scan. French request for documents/medical; not a PFL (no concern stated). 30-day deadline (2025-11-07) noted here only.")))

# ================================================================= ATIP / Privacy Act cover letters (other)
DOCS.append(dict(name="other-03-atip-cover-privacy-en", lang="en", pages=[lpage("en",
    ["Immigration, Refugees and Citizenship Canada", "Access to Information and Privacy (ATIP) Division", "Ottawa ON  K1A 1L1"], "November 5, 2025",
    [("Our file:", "P-2025-48213"), ("Re application:", "S311998877"), ("UCI:", "1199-8877-66")], "Dear Ms. Fatima Zahra Ouedraogo:",
    "<p>This is in response to your request under the <i>Privacy Act</i>, received on September 22, 2025, for a copy of the Global Case Management System (GCMS) notes relating to your study permit application S311998877, which was refused on June 3, 2025.</p>"
    "<p>Please find enclosed 12 pages of records. Some information has been withheld under sections 19(1) and 26 of the Privacy Act, as indicated in the margin of the released pages. Copies of these sections are enclosed.</p>"
    "<p>Please note that the release of these records does not reopen your application or extend any deadline related to the decision.</p>"
    "<p>You are entitled to file a complaint with the Privacy Commissioner of Canada concerning the processing of your request within 60 days of receiving this notice.</p>",
    "Yours sincerely,<br><br>ATIP Officer<br>Privacy Operations", title="Your request under the Privacy Act")],
    label=dict(language="en", documentKind="other",
        letter=dict(date="2025-11-05", applicationNumber="S311998877", uci="1199887766"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented",
        notes="ATIP cover letter only (the enclosed notes are not part of the file). Mentions an earlier refusal (June 3, 2025) but is not a refusal letter. applicationNumber = the IRCC application referred to; the ATIP file number P-2025-48213 is not an application number. "
              "The 60-day complaint period is not a response deadline.")))

DOCS.append(dict(name="other-04-atip-cover-fr", lang="fr", pages=[lpage("fr",
    ["Immigration, Réfugiés et Citoyenneté Canada", "Division de l'accès à l'information et de la protection des renseignements personnels", "Ottawa (Ontario)  K1A 1L1"], "Le 15 juillet 2025",
    [("Notre dossier :", "A-2025-31177"), ("Demande visée :", "V319887766"), ("IUC :", "9123-4567")], "Madame, Monsieur,",
    "<p>La présente fait suite à votre demande présentée en vertu de la <i>Loi sur l'accès à l'information</i>, reçue le 2 juin 2025, visant les notes du Système mondial de gestion des cas (SMGC) relatives à la demande de visa de résident temporaire V319887766, refusée le 12 février 2025, présentée par votre cliente avec son consentement (IMM 5744).</p>"
    "<p>Vous trouverez ci-joint 9 pages. Certains renseignements ont été soustraits à la communication en vertu des articles 15(1) et 19(1) de la Loi, comme l'indiquent les mentions en marge.</p>"
    "<p>Vous avez le droit de déposer une plainte auprès du Commissaire à l'information du Canada dans les 60 jours suivant la date de la présente lettre.</p>",
    "Veuillez agréer nos salutations distinguées.<br><br>Agente de l'AIPRP", title="Objet : Votre demande d'accès à l'information")],
    label=dict(language="fr", documentKind="other",
        letter=dict(date="2025-07-15", applicationNumber="V319887766", uci="91234567"), grounds={}, concerns=[],
        respondBy=None, respondDays=None, source="invented",
        notes="French ATIP (Access to Information Act) cover letter mentioning an earlier refusal (12 février 2025). 'dans les 60 jours' here is a complaint window, not a PFL deadline.")))
