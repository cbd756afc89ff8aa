from helpers import *

D = []

WNL = "will-not-leave"
CLOSE_EN = paras(
    "You are welcome to reapply if you feel that you can respond to these concerns and demonstrate "
    "that you meet the requirements of the IRPA and the IRPR. Any new application must include the "
    "applicable processing fee and all required supporting documents.",
    "The decision notes entered by the officer who assessed your application are attached to this "
    "letter. Some information may have been withheld for privacy or security reasons.")
CLOSE_FR = paras(
    "Vous pouvez présenter une nouvelle demande si vous estimez être en mesure de répondre à ces "
    "préoccupations et de démontrer que vous satisfaites aux exigences de la LIPR et du RIPR. Toute "
    "nouvelle demande doit être accompagnée des frais exigibles.",
    "Les notes de décision saisies par l'agent qui a évalué votre demande sont jointes à la présente "
    "lettre. Certains renseignements peuvent avoir été retenus pour des raisons de confidentialité ou "
    "de sécurité.")

OPEN_EN = ("Thank you for your interest in {what} in Canada. After a careful review of your application "
           "and supporting documentation, I have determined that your application does not meet the "
           "requirements of the Immigration and Refugee Protection Act (IRPA) and the Immigration and "
           "Refugee Protection Regulations (IRPR). I am refusing your application for the following reasons:")
OPEN_FR = ("Nous vous remercions de l'intérêt que vous portez {what} au Canada. Après un examen attentif de "
           "votre demande et des documents à l'appui, j'ai conclu que votre demande ne satisfait pas aux "
           "exigences de la Loi sur l'immigration et la protection des réfugiés (LIPR) et du Règlement sur "
           "l'immigration et la protection des réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :")

def sig(code, office="Visa Section"):
    return f'<div class="sig">Sincerely,<br><br>Officer {code}<br>{office}</div>'

def sig_fr(code, office="Section des visas"):
    return f'<div class="sig">Veuillez agréer l\'expression de nos sentiments distingués.<br><br>Agent {code}<br>{office}</div>'

# ---------------------------------------------------------------- R01
D.append(dict(
    name="r01-study-en-accra-notes", kind="refusal-letter", lang="en", date="2025-09-16",
    app="S307845192", uci="1148203377",
    grounds={WNL: [f"{WNL}.purpose-of-visit", f"{WNL}.assets-finances"]},
    concerns=[
        ("purpose.study-regression", f"{WNL}.purpose-of-visit", "appears to repeat studies the applicant has already completed at a higher level", 2),
        ("purpose.available-at-home", f"{WNL}.purpose-of-visit", "Comparable accounting diplomas are offered in Accra at a much lower cost", 2),
        ("funds.unexplained-deposit", f"{WNL}.assets-finances", "the origin of this deposit is not documented", 2),
    ],
    source="invented",
    notes="Nested-format letter (2 factor bullets) + page 2 'Officer decision notes'. Positive findings (tuition paid, PAL on file, employment since 2021) are not concerns. Funds concern uses the also-fits ground because the letter relies on assets/finances, not R220 funds.",
    pages=[
        lh("Visa Section<br>High Commission of Canada<br>Accra, Ghana")
        + ids(["September 16, 2025", "", "Application number: S307845192", "UCI: 11-4820-3377", "", "Kwabena Asante-Mensah", "P.O. Box KN 1182, Kaneshie, Accra"])
        + paras("Dear Kwabena Asante-Mensah:", OPEN_EN.format(what="studying"))
        + bullets(["I am not satisfied that you will leave Canada at the end of your stay as set out in paragraph 216(1)(b) of the IRPR.",
                   "The purpose of your visit to Canada is not consistent with a temporary stay given the details you have provided in your application.",
                   "Your assets and financial situation are insufficient to support the stated purpose of travel for yourself (and any accompanying family member(s), if applicable)."])
        + CLOSE_EN + sig("GX4127") + foot("IMM 0276 (09-2025)", "Page 1 of 2"),
        notes_page("Officer decision notes", [
            "Application S307845192 - Student - Decision: Refused",
            "I have reviewed the application. PA is a 27 year old citizen of Ghana applying for a two-year "
            "Diploma in Business Administration - Accounting at a college in Sudbury, Ontario. The applicant "
            "has paid the first semester's tuition to the DLI and a valid PAL is on file. PA holds a Bachelor of "
            "Commerce (Accounting) from the University of Cape Coast and has worked as an audit assistant since 2021.",
            "The proposed program appears to repeat studies the applicant has already completed at a higher level. "
            "Comparable accounting diplomas are offered in Accra at a much lower cost and no reason is given for "
            "choosing this program over them.",
            "Bank statement from GCB Bank shows a deposit of GHS 310,000 made on 2025-06-30, two weeks before the "
            "application; the origin of this deposit is not documented.",
            "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at "
            "the end of the period authorized for their stay. For the reasons above, I have refused this application."],
            footer=("S307845192", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- R02
D.append(dict(
    name="r02-work-lmia-cook-en-caps-notes", kind="refusal-letter", lang="en", date="2025-08-21",
    app="W309114562", uci="1122398457",
    grounds={"ability-to-perform-work": []},
    concerns=[
        ("job.experience-insufficient", "ability-to-perform-work", "14 MTHS AS HELPER, DOES NOT MEET 3 YRS REQUIRED", 2),
        ("job.reference-letters-weak", "ability-to-perform-work", "LETTER HAS NO DUTIES, NO HOURS, NO CONTACT INFO OF EMPLOYER", 2),
        ("language.no-evidence", "ability-to-perform-work", "NO IELTS OR CELPIP ON FILE", 2),
    ],
    source="invented",
    notes="Terse all-capitals notes with a typo (SATISFEID). 'LMIA POSITIVE AND VALID, NAME MATCHES' is a positive finding.",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>International Network - Chandigarh Processing")
        + ids(["2025-08-21", "", "Application No.: W309114562", "Client ID: 11-2239-8457", "", "Gurpreet Singh Sandhu"])
        + paras("Dear Applicant,", OPEN_EN.format(what="working"))
        + bullets(["You were not able to demonstrate that you will be able to adequately perform the work you seek, as required by paragraph 200(3)(a) of the IRPR."])
        + CLOSE_EN + sig("CH-2291", "Temporary Resident Program") + foot("", "1/2"),
        notes_page("DECISION NOTES", [
            "APP REVIEWED. PA 34 Y.O. CITIZEN OF INDIA APPLYING FOR LMIA-BASED WP AS COOK (NOC 63200, TEER 3) "
            "W/ RESTAURANT IN BRAMPTON ON. LMIA POSITIVE AND VALID, NAME MATCHES. LMIA REQ: MIN 3 YRS COMMERCIAL "
            "COOKING EXP AND MODERATE ENGLISH.",
            "PA SUBMITTED ONE REF LETTER FROM DHABA IN LUDHIANA SHOWING 14 MTHS AS HELPER, DOES NOT MEET 3 YRS "
            "REQUIRED. LETTER HAS NO DUTIES, NO HOURS, NO CONTACT INFO OF EMPLOYER.",
            "NO IELTS OR CELPIP ON FILE AND NOTHING ELSE TO SHOW PA CAN COMMUNICATE IN ENGLISH AT WORK.",
            "ON BALANCE NOT SATISFEID PA ABLE TO PERFORM THE WORK SOUGHT. REFUSED R200(3)(A)."],
            footer=("W309114562", "2/2")),
    ]))

# ---------------------------------------------------------------- R03 (scan)
D.append(dict(
    name="r03-visitor-en-manila-shorthand-scan", kind="refusal-letter", lang="en", date="2025-10-03",
    app="V318890211", uci="23901145",
    grounds={WNL: [f"{WNL}.family-ties", f"{WNL}.travel-history"]},
    concerns=[
        ("ties.family-in-canada", f"{WNL}.family-ties", "All 3 children of PA reside in Cda", 2),
        ("ties.no-dependants", f"{WNL}.family-ties", "no spouse or dependants in Phil", 2),
        ("travel.none", f"{WNL}.travel-history", "No prev travel outside Phil, passport issued 2025", 2),
        ("funds.income-not-documented", "insufficient-funds", "states pension income but no pension statements on file", 2),
    ],
    degradation="scan",
    source="invented",
    notes="Rasterised, rotated, noisy scan wrapped in PDF (no text layer). 'Strong pull factor to Cda' restates the family-in-Canada concern. The pension concern supports insufficient-funds by default: the letter does not rely on a funds/assets ground, so there is no finding for it. 'no spouse or dependants' (ties.no-dependants) is quoted as 'no spouse or dependants in Phil' (6 words).",
    pages=[
        lh("Visa Section<br>Embassy of Canada<br>Manila, Philippines")
        + ids(["3 October 2025", "", "Application: V318890211", "UCI: 2390-1145", "", "Ms. Remedios Dela Cruz Bautista"])
        + paras("Dear Remedios Dela Cruz Bautista,", OPEN_EN.format(what="visiting"))
        + bullets(["I am not satisfied that you will leave Canada at the end of your stay as set out in paragraph 179(b) of the IRPR.",
                   "You have significant family ties in Canada.",
                   "Your travel history does not show that you have travelled and returned to your country of residence or citizenship."])
        + CLOSE_EN + sig("MN7740") + foot("", "Page 1 of 2"),
        notes_page("Decision Notes", [
            "PA 68 y.o. widow, citizen of Philippines, applying for 6 mths visit to daughter in Winnipeg. "
            "Invitation letter from daughter (Cdn PR) on file.",
            "All 3 children of PA reside in Cda; no spouse or dependants in Phil. Strong pull factor to Cda.",
            "No prev travel outside Phil, passport issued 2025.",
            "PA retired, states pension income but no pension statements on file.",
            "On balance not satisfied PA is a bf visitor who will depart Cda at end of auth stay. Refused R179(b)."],
            footer=("V318890211", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- R04 FR
D.append(dict(
    name="r04-etudes-fr-dakar-notes-fr", kind="refusal-letter", lang="fr", date="2025-08-27",
    app="S306612874", uci="1109883322",
    grounds={WNL: [f"{WNL}.purpose-of-visit"], "insufficient-funds": []},
    concerns=[
        ("purpose.study-plan-weak", f"{WNL}.purpose-of-visit", "il ne précise ni les débouchés visés au Sénégal", 2),
        ("funds.third-party-support", "insufficient-funds", "le lien de parenté n'est pas établi et aucune preuve des revenus de l'oncle", 2),
        ("funds.transaction-history", "insufficient-funds", "Seule une attestation de solde bancaire a été présentée", 2),
    ],
    source="invented",
    notes="French letter in 'compte tenu de' sentence format (B) plus an R220 funds sentence; French notes under 'Notes de l'agent'. Letter of acceptance and CAQ on file are positive facts.",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Dakar, Sénégal", "fr")
        + ids(["Le 27 août 2025", "", "Numéro de demande : S306612874", "IUC : 11-0988-3322", "", "Mme Awa Ndiaye", "Sicap Liberté 6, Dakar"])
        + paras("Madame,", OPEN_FR.format(what="aux études"),
                "Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige le "
                "paragraphe 216(1) du RIPR, compte tenu de l'objet de votre visite.",
                "Je ne suis pas convaincu que vous disposez de ressources financières suffisantes et disponibles, sans "
                "qu'il vous soit nécessaire d'exercer un emploi au Canada, pour acquitter vos frais de scolarité et "
                "subvenir à vos besoins pendant vos études, comme l'exige l'article 220 du RIPR.")
        + CLOSE_FR + sig_fr("DK3318") + foot("", "Page 1 de 2"),
        notes_page("Notes de l'agent", [
            "J'ai examiné la demande. La DP, 22 ans, citoyenne du Sénégal, souhaite suivre un DEC en techniques de "
            "l'informatique au Cégep de Rimouski. Lettre d'acceptation et CAQ au dossier.",
            "Le plan d'études est très général, il ne précise ni les débouchés visés au Sénégal ni la raison de "
            "choisir ce programme au Québec.",
            "Les études seraient financées par un oncle résidant à Thiès; le lien de parenté n'est pas établi et "
            "aucune preuve des revenus de l'oncle n'a été fournie. Seule une attestation de solde bancaire a été "
            "présentée, sans relevés permettant de suivre les mouvements du compte.",
            "Après avoir pesé l'ensemble des facteurs, je ne suis pas convaincue que la demanderesse quittera le "
            "Canada à la fin de son séjour autorisé. Demande refusée."],
            footer=("S306612874", "Page 2 de 2")),
    ]))

# ---------------------------------------------------------------- R05 FR letter, EN notes
D.append(dict(
    name="r05-visiteur-fr-abudhabi-notes-en", kind="refusal-letter", lang="fr", date="2025-10-09",
    app="V319004417", uci="09876612",
    grounds={WNL: [f"{WNL}.immigration-status", f"{WNL}.family-ties", f"{WNL}.assets-finances"]},
    concerns=[
        ("status.temporary-in-residence-country", f"{WNL}.immigration-status", "PA's status in UAE is tied to current employer and is temporary", 2),
        ("ties.accompanying-family", f"{WNL}.family-ties", "Whole family unit travelling together, leaving few ties outside Cda", 2),
        ("funds.source-unclear", f"{WNL}.assets-finances", "the source of these funds is not clear given declared salary", 2),
    ],
    source="invented",
    notes="French letter, notes in English (heading 'Notes de décision de l'agent'). The brother in Laval is stated as the purpose of the visit and is not weighed against the applicant (not a concern). Employment letter/salary are positive/neutral facts.",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Abou Dhabi, Émirats arabes unis", "fr")
        + ids(["Le 9 octobre 2025", "", "Numéro de demande : V319004417", "IUC : 0987-6612", "", "M. Youssef El Amrani"])
        + paras("Monsieur,", OPEN_FR.format(what="à une visite"))
        + bullets(["Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 179b) du RIPR.",
                   "Compte tenu de votre statut d'immigrant dans votre pays de résidence, je ne suis pas convaincu que vous y retournerez.",
                   "Vous n'avez pas de liens familiaux importants à l'extérieur du Canada.",
                   "Vos biens personnels et votre situation financière ne suffisent pas à appuyer le but déclaré du voyage pour vous-même (et pour tout membre de la famille qui vous accompagne, le cas échéant)."])
        + CLOSE_FR + sig_fr("AD-5120") + foot("", "1 / 2"),
        notes_page("Notes de décision de l'agent", [
            "Application reviewed. PA is a citizen of Morocco residing in Dubai, UAE, on an employment residence "
            "visa valid until 2026-02. PA, spouse and two minor children all applying to visit PA's brother in Laval "
            "for 3 weeks. Employment letter from logistics company in Jebel Ali on file, salary AED 9,500/month.",
            "PA's status in UAE is tied to current employer and is temporary.",
            "Whole family unit travelling together, leaving few ties outside Cda.",
            "Funds of AED 84,000 in Emirates NBD account; the source of these funds is not clear given declared salary.",
            "Weighing the factors in this application. I am not satisfied that the applicant will depart Canada at "
            "the end of the period authorized for their stay. Refused."],
            footer=("V319004417", "2 / 2")),
    ]))

# ---------------------------------------------------------------- R06 spousal OWP, typos
D.append(dict(
    name="r06-owp-spouse-en-mexico-typos", kind="refusal-letter", lang="en", date="2025-11-04",
    app="W311457780", uci="1167004391",
    grounds={"category-eligibility": [], "insufficient-funds": []},
    concerns=[
        ("other", "category-eligibility", "food counter attendant, TEER 6, which is not an eligible occupation", 2),
        ("funds.insufficient", "insufficient-funds", "MXN 38,000 is insufficent for a family of four", 2),
    ],
    source="invented",
    notes="Spousal open work permit (C41, R205(c)(ii)). Notes have typos (Applicatn, certficate, insufficent). The spouse's TEER 6 occupation is a category-eligibility concern that fits none of the 29 ids -> other. 'relationship appears genuine' is positive. The two children are mentioned only as part of the funds arithmetic, not weighed as a ties concern.",
    pages=[
        lh("Visa Section<br>Embassy of Canada<br>Mexico City, Mexico")
        + ids(["November 4, 2025", "", "Application number: W311457780", "UCI: 1167-0043-91", "", "Daniela Hernández Ruiz"])
        + paras("Dear Daniela Hernández Ruiz:", OPEN_EN.format(what="working"))
        + bullets(["You have not established that you meet the eligibility requirements for an open work permit as the spouse or common-law partner of a foreign worker under subparagraph 205(c)(ii) of the IRPR (exemption code C41).",
                   "I am not satisfied that you have sufficient funds to support yourself and any accompanying family members during your stay in Canada."])
        + CLOSE_EN + sig("MX0934") + foot("", "Page 1 of 2"),
        notes_page("Officer's decision notes", [
            "Applicatn reviewed. PA is applying for an OWP under C41 to join spouse who holds a closed WP in "
            "Kelowna BC. Marriage certficate and photos on file, relationship appears genuine.",
            "Spouse's WP is for NOC 65201 food counter attendant, TEER 6, which is not an eligible occupation for "
            "spousal OWP.",
            "PA intends to travel w/ 2 children aged 4 and 7. Spouses pay stubs show $2,150 biweekly; proof of "
            "funds on file of MXN 38,000 is insufficent for a family of four for the stay.",
            "Not satisfied PA meets requirements of R205(c)(ii). Refused."],
            footer=("W311457780", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- R07 in-Canada restoration + SP
D.append(dict(
    name="r07-study-restoration-en-incanada-notes", kind="refusal-letter", lang="en", date="2025-09-02",
    app="S308233015", uci="10987345",
    grounds={"other": [], "insufficient-funds": []},
    concerns=[
        ("other", "other", "No enrollment or studies between 05/2024 and 08/2025", 2),
        ("documents.missing", "documents.not-provided", "Transcripts from previous program requested on 2025-07-10 and not received", 2),
        ("funds.insufficient", "insufficient-funds", "GIC of $10,000 only; tuition for first year $16,800 not paid", 2),
    ],
    source="adapted from Singh v Canada 2023 FC 1315 (fact pattern: study-permit restoration refused for a study gap after a late PGWP application and for insufficient funds); all wording invented",
    notes="In-Canada letter; 'actively pursuing studies' (R220.1) reason fits no ground id -> grounds.other, and the gap concern -> other. The documents concern supports documents.not-provided but the letter does not rely on A16 (no finding). The earlier PGWP refusal is background, not weighed as a concern. Letter says restoration is not available.",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Case Processing Centre<br>Edmonton AB  T5J 0E5")
        + ids(["September 2, 2025", "", "Application number: S308233015", "Client ID: 1098-7345", "", "Harjot Kaur", "88 Rexway Drive, Mississauga ON  L5R 2N4"])
        + paras("Dear Harjot Kaur,",
                "This letter refers to your application to restore your status as a temporary resident and for a study "
                "permit. Your application as requested is refused.",
                "You have not demonstrated that you have actively pursued your course or program of study, as required "
                "by paragraph 220.1(1)(b) of the IRPR. In addition, I am not satisfied that you have sufficient and "
                "available financial resources, without working in Canada, to pay the tuition fees for your program and "
                "to maintain yourself during your studies, as required by section 220 of the IRPR.",
                "Restoration of status is not available to you. You are now without status in Canada and must leave "
                "Canada immediately. Failure to do so may result in enforcement action.",
                "The officer's decision notes are enclosed.")
        + sig("E-47102", "Case Processing Centre Edmonton") + foot("", "Page 1 of 2"),
        notes_page("Decision notes - officer", [
            "PA is a citizen of India who completed a diploma at a college in Hamilton in 04/2024. PA's PGWP "
            "application was refused in 11/2024. PA now seeks restoration and SP for a 2-yr program in supply chain "
            "mgmt at a DLI in Mississauga.",
            "No enrollment or studies between 05/2024 and 08/2025; PA has not explained this gap of more than a year.",
            "Transcripts from previous program requested on 2025-07-10 and not received.",
            "Funds: GIC of $10,000 only; tuition for first year $16,800 not paid, and no other funds shown.",
            "Not satisfied PA actively pursuing studies, or that PA has sufficient funds. Refused. Restoration not "
            "available as this application was itself for restoration."],
            footer=("S308233015", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- R08 ICT C12
D.append(dict(
    name="r08-work-ict-c12-en-london-notes", kind="refusal-letter", lang="en", date="2025-08-12",
    app="W310056219", uci="1124558809",
    grounds={"category-eligibility": []},
    concerns=[
        ("other", "category-eligibility", "does not identify any proprietary knowledge of the company's products or processes", 2),
        ("job.employer-genuineness", "job-offer.genuineness", "its address is a virtual office; no evidence it is actively doing business", 2),
    ],
    source="invented",
    notes="Intra-company transferee (C12, R205(a)) refusal. Specialized-knowledge concern fits none of the 29 ids -> other (supports category-eligibility). Employer concern supports job-offer.genuineness by default; the letter does not rely on that ground, so no finding. Heading 'Officer Decision Note'. Payroll confirmation and salary are positive/neutral.",
    pages=[
        lh("Visa Section<br>High Commission of Canada<br>London, United Kingdom")
        + ids(["12 August 2025", "", "Application: W310056219", "UCI: 11-2455-8809", "", "Mr. Aniket Deshpande"])
        + paras("Dear Mr. Deshpande,", OPEN_EN.format(what="working"))
        + bullets(["You have not demonstrated that you meet the requirements of an intra-company transferee with specialized knowledge (exemption code C12) under paragraph 205(a) of the IRPR."])
        + CLOSE_EN + sig("LN2210") + foot("", "Page 1 of 2"),
        notes_page("Officer Decision Note", [
            "Applicant is applying for a WP under R205(a), C12, as a specialized knowledge worker (software QA lead) "
            "transferring from parent company in Pune, India to Canadian subsidiary in Toronto. Employment with the "
            "parent since 2019 is confirmed by payroll records.",
            "The support letter describes duties in generic terms and does not identify any proprietary knowledge of "
            "the company's products or processes that is specific to the applicant.",
            "Proposed salary of $68,000 is noted.",
            "The Canadian entity was incorporated in 03/2025, has no employees, and its address is a virtual office; "
            "no evidence it is actively doing business or can support the position.",
            "On the basis of the information provided, not satisfied applicant qualifies as ICT under C12. Refused."],
            footer=("W310056219", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- R09 Chinook frame, format B
D.append(dict(
    name="r09-visitor-en-istanbul-chinook-frame", kind="refusal-letter", lang="en", date="2025-10-21",
    app="V320118845", uci="1187239044",
    grounds={WNL: [f"{WNL}.purpose-of-visit", f"{WNL}.travel-history", f"{WNL}.assets-finances"]},
    concerns=[
        ("purpose.not-temporary", f"{WNL}.purpose-of-visit", "suggests the trip is intended to pursue employment rather than tourism", 2),
        ("travel.previous-refusal", f"{WNL}.travel-history", "PA was refused a US B1/B2 visa in 2024", 2),
        ("funds.unexplained-deposit", f"{WNL}.assets-finances", "with no explanation of where it came from", 2),
    ],
    source="invented",
    notes="Sentence format (B): three factors in one sentence. Notes use the standard 'considered the following factors / given less weight to the positive factors' frame; employment since 2019 and apartment ownership are positive factors, not concerns. Heading 'GCMS notes'.",
    pages=[
        lh("Visa Section<br>Embassy of Canada<br>Ankara, Türkiye")
        + ids(["October 21, 2025", "", "Application No: V320118845", "UCI: 1187-2390-44", "", "Mr. Emre Yıldırım"])
        + paras("Dear Applicant:",
                "I have reviewed your application for a temporary resident visa. After careful consideration, I am not "
                "satisfied that you meet the requirements of the Immigration and Refugee Protection Act and Regulations. "
                "I am therefore refusing your application.",
                "I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph "
                "179(b) of the IRPR, based on the purpose of your visit, your travel history and your personal assets "
                "and financial status.")
        + CLOSE_EN + sig("AK5561") + foot("", "Page 1 of 2"),
        notes_page("GCMS notes", [
            "I have reviewed the application. I have considered the following factors in my decision. PA is employed "
            "as a senior accountant with a firm in Izmir since 2019; employment letter and SGK records on file. PA "
            "owns an apartment in Izmir, title deed submitted.",
            "However, I have given less weight to the positive factors, for the following reasons: PA has an active "
            "Express Entry profile and a job offer letter from a Toronto firm is included with the application, which "
            "suggests the trip is intended to pursue employment rather than tourism. PA was refused a US B1/B2 visa "
            "in 2024. Bank statement shows TRY 1,450,000 credited on 2025-09-15 with no explanation of where it came from.",
            "Weighing the factors in this application. I am not satisfied that the applicant will depart Canada at "
            "the end of the period authorized for their stay. For the reasons above, I have refused this application."],
            footer=("V320118845", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- R10 FR work Québec, FR notes
D.append(dict(
    name="r10-travail-fr-paris-soudeur-notes-fr", kind="refusal-letter", lang="fr", date="2025-11-03",
    app="W312004876", uci="1155073318",
    grounds={"ability-to-perform-work": []},
    concerns=[
        ("job.qualification-not-shown", "ability-to-perform-work", "le DP n'a fourni aucun diplôme ni relevé de notes en soudage", 2),
        ("language.below-requirement", "ability-to-perform-work", "Le DP a obtenu NCLC 4 au TEF Canada en expression orale", 2),
        ("job.wage-below-prevailing", "job-offer.genuineness", "le salaire offert de 19,00 $/h est inférieur au salaire médian", 2),
    ],
    source="invented",
    notes="French work-permit refusal (R200(3)(a)) with French notes. The wage concern supports job-offer.genuineness by default; the letter does not rely on it (no finding). Valid CAQ is positive.",
    pages=[
        lh("Section des visas<br>Ambassade du Canada<br>Paris, France", "fr")
        + ids(["3 novembre 2025", "", "Numéro de demande : W312004876", "IUC : 11-5507-3318", "", "M. Skander Ben Salah"])
        + paras("Monsieur,", OPEN_FR.format(what="au travail"))
        + bullets(["Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exercer adéquatement les fonctions de l'emploi que vous cherchez à occuper, comme l'exige l'alinéa 200(3)a) du RIPR."])
        + CLOSE_FR + sig_fr("PR-8805") + foot("", "Page 1 de 2"),
        notes_page("Notes de décision de l'agent", [
            "Demande examinée. Le DP, 29 ans, citoyen de Tunisie, présente une demande de PT fondée sur une EIMT "
            "positive pour un poste de soudeur (CNP 72106, FEER 2) à Saint-Georges (Québec). CAQ valide au dossier.",
            "L'EIMT exige un DEP en soudage-montage ou l'équivalent; le DP n'a fourni aucun diplôme ni relevé de notes "
            "en soudage.",
            "Le DP a obtenu NCLC 4 au TEF Canada en expression orale, alors que l'offre exige une bonne maîtrise du "
            "français pour lire les plans et les consignes de sécurité.",
            "Je note aussi que le salaire offert de 19,00 $/h est inférieur au salaire médian de 27,50 $/h pour cette "
            "profession dans la région.",
            "Compte tenu de ce qui précède, je ne suis pas convaincu que le demandeur pourra exercer adéquatement "
            "l'emploi. Demande refusée en vertu de l'alinéa 200(3)a) du RIPR."],
            footer=("W312004876", "Page 2 de 2")),
    ]))

# ---------------------------------------------------------------- R11 notes on two pages
D.append(dict(
    name="r11-study-en-newdelhi-notes-2pages", kind="refusal-letter", lang="en", date="2025-08-05",
    app="S305547731", uci="11459012",
    grounds={WNL: [f"{WNL}.family-ties", f"{WNL}.current-employment", f"{WNL}.purpose-of-visit"]},
    concerns=[
        ("ties.no-dependants", f"{WNL}.family-ties", "PA 31 y.o. citizen of Nepal, single, no dependants", 2),
        ("ties.not-established", f"{WNL}.current-employment", "no business registration, no tax records, nothing to verify", 2),
        ("employment.unemployed", f"{WNL}.current-employment", "PA unemployed since 01/2025 per own SOP", 2),
        ("purpose.study-plan-weak", f"{WNL}.purpose-of-visit", "does not say how PM cert will help career in Nepal", 2),
    ],
    source="invented",
    notes="Notes span pages 2-3 (page 3 has an s.16(1)(c) redaction and only neutral facts + conclusion). Tuition deposit, LOA/PAL, IELTS 6.5 and parents' land are positive/neutral. Single/no dependants is weighed in the conclusion ('weak ties to Nepal').",
    pages=[
        lh("Visa Section<br>High Commission of Canada<br>New Delhi, India")
        + ids(["August 5, 2025", "", "Application number: S305547731", "UCI: 1145-9012", "", "Sujan Shrestha", "Ward 4, Bharatpur, Chitwan, Nepal"])
        + paras("Dear Sujan Shrestha:", OPEN_EN.format(what="studying"))
        + bullets(["I am not satisfied that you will leave Canada at the end of your stay as set out in paragraph 216(1)(b) of the IRPR.",
                   "You do not have significant family ties outside Canada.",
                   "Your current employment situation does not show that you are financially established in your country of residence.",
                   "The purpose of your visit to Canada is not consistent with a temporary stay given the details you have provided in your application."])
        + CLOSE_EN + sig("ND40219") + foot("", "Page 1 of 3"),
        notes_page("Officer's Decision Notes", [
            "File reviewed. PA 31 y.o. citizen of Nepal, single, no dependants. Applying for PG certificate in "
            "Project Management at a college in Surrey BC, 1 yr. LOA and PAL on file. Tuition deposit of $8,000 paid - noted.",
            "Education: BBS Tribhuvan Univ 2016. IELTS 6.5 overall.",
            "Employment: PA states self-employed in family shop since 2018 - no business registration, no tax "
            "records, nothing to verify. PA unemployed since 01/2025 per own SOP.",
            "Study plan: SOP is generic, copy-paste style, does not say how PM cert will help career in Nepal or why "
            "now after 9 yrs out of school."],
            footer=("S305547731", "Page 2 of 3")),
        notes_page("Officer's Decision Notes (continued)", [
            "PA parents own land in Chitwan - land docs on file.",
            redact() + " &nbsp;<b>s.16(1)(c)</b>",
            "Sponsor: father, farmer, income cert from ward office.",
            "On balance, PA has weak ties to Nepal, is not established, and the study plan does not support a "
            "temporary stay. Not satisfied PA will leave Cda at end of authorized stay. Refused R216(1)(b)."],
            footer=("S305547731", "Page 3 of 3")),
    ]))

# ---------------------------------------------------------------- R12 visitor record extension, in Canada
D.append(dict(
    name="r12-visitor-record-en-vegreville-notes", kind="refusal-letter", lang="en", date="2025-09-25",
    app="V317762109", uci="1133087612",
    grounds={WNL: [f"{WNL}.length-of-stay", f"{WNL}.assets-finances"]},
    concerns=[
        ("travel.long-stays-abroad", f"{WNL}.travel-history", "Client has now spent most of the past two years in Cda", 2),
        ("other", f"{WNL}.purpose-of-visit", "resembles unpaid caregiving employment rather than a visit", 2),
        ("ties.limited-assets", f"{WNL}.assets-finances", "no property, savings or income of her own in Jamaica", 2),
    ],
    source="invented",
    notes="In-Canada visitor-record extension refusal, restoration paragraph (90 days). The long-stay concern keeps its default ground (travel-history) since the letter's factor is length-of-stay, not in its also-fits list; a scorer may accept will-not-leave.length-of-stay. The caregiving concern is labelled other (purpose.not-temporary is an arguable alternative).",
    pages=[
        lh("Immigration, Refugees and Citizenship Canada<br>Case Processing Centre Vegreville<br>Vegreville AB  T9C 1X5")
        + ids(["September 25, 2025", "", "Application: V317762109", "UCI: 11-3308-7612", "", "Ms. Marcia Elaine Campbell", "2 Lady Stewart Avenue, Brampton ON  L6R 1Z9"])
        + paras("Dear Marcia Elaine Campbell:",
                "This letter refers to your application to extend your stay in Canada as a visitor. Your application "
                "as requested is refused.",
                "I am not satisfied that you will leave Canada by the end of the period authorized for your stay, as "
                "required by paragraph 179(b) and section 181 of the IRPR. In reaching this decision I considered the "
                "length of your proposed stay in Canada and your personal assets and financial status.",
                "Your temporary resident status has expired. You may apply to restore your status within 90 days of "
                "losing it, under section 182 of the IRPR. If you do not, you must leave Canada immediately.",
                "The officer's decision notes are attached.")
        + sig("VG-1184", "Case Processing Centre Vegreville") + foot("", "Page 1 of 2"),
        notes_page("Officer decision notes", [
            "Client is a 59 y.o. citizen of Jamaica who entered Cda as a visitor in 08/2023 and has received two "
            "extensions; this is a third request, for another 12 months, to help care for daughter's children in Brampton.",
            "Client has now spent most of the past two years in Cda.",
            "Minding grandchildren full time while the parents work resembles unpaid caregiving employment rather than a visit.",
            "Client has no property, savings or income of her own in Jamaica.",
            "Not satisfied client will leave at end of authorized period. Refused."],
            footer=("V317762109", "Page 2 of 2"), mono=False),
    ]))

# ---------------------------------------------------------------- R13 notes say only the conclusion
D.append(dict(
    name="r13-visitor-en-bogota-notes-conclusion-only", kind="refusal-letter", lang="en", date="2025-11-12",
    app="V321556093", uci="1190447128",
    grounds={WNL: [f"{WNL}.travel-history", f"{WNL}.current-employment"]},
    concerns=[],
    source="invented",
    notes="Attached notes contain only frame/conclusion sentences and a neutral description: no concerns. Grounds come from the letter only.",
    pages=[
        lh("Visa Section<br>Embassy of Canada<br>Bogotá, Colombia")
        + ids(["12 November 2025", "", "Application number: V321556093", "UCI: 1190-4471-28", "", "Sr. Andrés Felipe Moreno Gil"])
        + paras("Dear Andrés Felipe Moreno Gil,", OPEN_EN.format(what="visiting"))
        + bullets(["I am not satisfied that you will leave Canada at the end of your stay as set out in paragraph 179(b) of the IRPR.",
                   "Your travel history does not show that you have travelled and returned to your country of residence or citizenship.",
                   "Your current employment situation does not show that you are financially established in your country of residence."])
        + CLOSE_EN + sig("BG0671") + foot("", "Page 1 of 2"),
        notes_page("Notes - decision", [
            "Application reviewed. Applicant requests a TRV to attend a trade fair in Toronto for 10 days.",
            "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at "
            "the end of the period authorized for their stay. Application refused as per R179(b)."],
            footer=("V321556093", "Page 2 of 2")),
    ]))

# ---------------------------------------------------------------- N01 checkbox, no notes
N01_FACT = [("travel history", True), ("purpose of visit", False), ("employment prospects in country of residence", False),
            ("length of proposed stay in Canada", False), ("family ties in Canada and country of residence", True),
            ("personal assets and financial status", False), ("current employment situation", True),
            ("immigration status in country of residence", False),
            ("your history of having contravened the conditions of admission on a previous stay in Canada", False)]
D.append(dict(
    name="n01-visitor-en-nairobi-checkbox-nonotes", kind="refusal-letter", lang="en", date="2016-05-17",
    app="V300412278", uci="77123098",
    grounds={WNL: [f"{WNL}.travel-history", f"{WNL}.family-ties", f"{WNL}.current-employment"]},
    concerns=[], source="invented",
    notes="2016 checkbox letter (☒ ticked / ☐ unticked glyphs), no notes attached: concerns []. Only the will-not-leave box and three factor boxes are ticked.",
    pages=[
        lh("Visa Section<br>High Commission of Canada<br>Nairobi, Kenya")
        + ids(["May 17, 2016", "", "File: V300412278", "UCI: 7712-3098", "", "Mr. Peter Kamau Njoroge"])
        + paras("Dear Peter Kamau Njoroge:",
                "Thank you for your interest in visiting Canada. I have reviewed your application for a temporary "
                "resident visa. I am not satisfied that you meet the requirements of the Act and the Regulations. I am "
                "therefore refusing your application.",
                "The following reasons apply:")
        + cb(False, "You have not shown that you have sufficient and available financial resources to carry out the purpose of your visit.")
        + cb(True, "You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident. In reaching this decision, I considered several factors, including:")
        + "".join(cb(c, t, True) for t, c in N01_FACT)
        + cb(False, "You have not submitted all required documentation.")
        + cb(False, "I am not satisfied that you have answered truthfully all questions asked of you.")
        + cb(False, "Other: ______________________________________________")
        + paras("You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that you meet the requirements.")
        + sig("NB14", "Visa Section, Nairobi") + foot("IMM 5621 (05-2014)", ""),
    ]))

# ---------------------------------------------------------------- N02 FR PGWP in Canada, no notes
D.append(dict(
    name="n02-pgtp-fr-incanada-nonotes", kind="refusal-letter", lang="fr", date="2024-06-18",
    app="W307788120", uci="1133017765",
    grounds={"category-eligibility": []},
    concerns=[], source="invented",
    notes="French in-Canada PGWP (C43) refusal, no notes: concerns []. Failed condition: program shorter than eight months. Restoration paragraph (90 days).",
    pages=[
        lh("Immigration, Réfugiés et Citoyenneté Canada<br>Centre de traitement des demandes<br>Edmonton (Alberta)  T5J 0E5", "fr")
        + ids(["Le 18 juin 2024", "", "Numéro de demande : W307788120", "IUC : 11-3301-7765", "", "Mme Linh Tran Thi", "4120, rue Saint-Denis, app. 6, Montréal (Québec)  H2W 2M5"])
        + paras("Madame,",
                "La présente fait suite à votre demande de permis de travail postdiplôme. Votre demande, telle que "
                "présentée, est refusée.",
                "Vous n'avez pas démontré que vous satisfaites aux exigences d'admissibilité du permis de travail "
                "postdiplôme (code de dispense C43) prévues au sous-alinéa 205c)(ii) du RIPR. Plus précisément, le "
                "programme d'études que vous avez terminé avait une durée inférieure à huit mois.",
                "Si votre statut de résident temporaire a expiré, vous pouvez demander le rétablissement de votre statut "
                "dans les 90 jours suivant la perte de celui-ci, conformément à l'article 182 du RIPR. Sinon, vous devez "
                "quitter le Canada immédiatement.")
        + sig_fr("CTD-E 3307", "Centre de traitement des demandes d'Edmonton") + foot("", "Page 1 de 1"),
    ]))
