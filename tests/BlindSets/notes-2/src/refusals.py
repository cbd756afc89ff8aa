"""Refusal letters with attached officer decision notes (R01-R13) and without notes (N01-N02). All invented."""
from common import *

EN_CLOSE = ("<p>You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that you meet "
            "the requirements. Any new application must include the applicable fee and all the required documentation.</p>")
FR_CLOSE = ("<p>Vous pouvez présenter une nouvelle demande si vous estimez être en mesure de répondre à ces préoccupations et "
            "de démontrer que vous satisfaites aux exigences. Toute nouvelle demande doit être accompagnée des frais applicables "
            "et de tous les documents requis.</p>")
EN_NOTES_PTR = "<p class='small'>The officer's decision notes are attached to this letter. Some information may have been withheld for privacy or security reasons.</p>"
FR_NOTES_PTR = "<p class='small'>Les notes de décision de l'agent sont jointes à la présente lettre. Certains renseignements peuvent avoir été retenus pour des raisons de confidentialité ou de sécurité.</p>"

def en_intro(kind):
    return (f"<p>Thank you for your interest in {kind} in Canada. After a careful review of your application and supporting "
            "documentation, I have determined that your application does not meet the requirements of the Immigration and "
            "Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR). I am refusing your "
            "application for the following reasons:</p>")

def fr_intro(kind):
    return (f"<p>Nous vous remercions de l'intérêt que vous portez à {kind} au Canada. Après un examen attentif de votre demande "
            "et des documents à l'appui, j'ai déterminé que votre demande ne satisfait pas aux exigences de la Loi sur "
            "l'immigration et la protection des réfugiés (LIPR) et du Règlement sur l'immigration et la protection des "
            "réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :</p>")

def letter_page(lang, office_lines, date, id_rows, salut, body, sig):
    return page(letterhead(lang) + office(office_lines) + f"<p>{date}</p>" + ids(id_rows) +
                f"<p>{salut}</p>" + body + f"<div class='sig'>{sig}</div>" + wordmark())

DOCS = []

# ---------------------------------------------------------------- R01 study permit EN, full-sentence Chinook-style notes
DOCS.append(dict(
    name="refusal-notes-01-sp-en", lang="en",
    pages=[
        letter_page("en", ["IRCC - Visa Office", "New Delhi, India"], "September 12, 2025",
                    [("Application number:", "S312458907"), ("UCI:", "11-2233-4455")],
                    "Dear Harpreet Kaur Sandhu:",
                    en_intro("studying") + "<ul>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 216(1)(b) of the IRPR, based on the purpose of your visit.</li>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 216(1)(b) of the IRPR, based on your personal assets and financial status.</li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Sincerely,<br><br>Officer 40217<br>Visa Section"),
        notes_page("Officer decision notes", """
I have reviewed the application. I have considered the following factors in my decision.

The applicant is a 24 year old citizen of India applying for a one-year Post-Graduate Certificate in Supply Chain Management at a college in Brampton, Ontario. The applicant has paid a tuition deposit of CAD 9,800 and the letter of acceptance and provincial attestation letter are on file.

However, I have given less weight to the positive factors, for the following reasons:

The applicant completed a Master of Business Administration (Operations) in 2023. The proposed certificate covers subject matter the applicant has already studied at a higher level, and it is unclear what additional benefit the program would bring.

The study plan states that the program will open doors to global companies but does not describe how it will advance the applicant's career at the current employer or in India.

Funds on file consist of an education loan sanction letter and a fixed deposit receipt of INR 21,40,000 opened in July 2025. No documents show how the savings in the fixed deposit were accumulated.

Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay. For the reasons above, I have refused this application.""", mono=False,
                   ids_rows=[("Application:", "S312458907"), ("Decision:", "Refused")]),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-09-12", applicationNumber="S312458907", uci="1122334455"),
        grounds={"will-not-leave": ["will-not-leave.purpose-of-visit", "will-not-leave.assets-finances"]},
        concerns=[
            dict(concernId="purpose.study-regression", groundId="will-not-leave.purpose-of-visit",
                 quote="covers subject matter the applicant has already studied at a higher level", page=2),
            dict(concernId="purpose.study-plan-weak", groundId="will-not-leave.purpose-of-visit",
                 quote="does not describe how it will advance the applicant's career", page=2),
            dict(concernId="funds.source-unclear", groundId="will-not-leave.assets-finances",
                 quote="No documents show how the savings in the fixed deposit were accumulated", page=2),
        ],
        source="invented",
        notes="Format B letter (two factor sentences). Notes are full sentences in the Chinook frame; tuition deposit, LOA and PAL are positive facts. "
              "The fixed-deposit concern is about origin of savings (source-unclear), not a single lump deposit; funds concern supports assets-finances because the letter relies on that factor.")))

# ---------------------------------------------------------------- R02 visitor EN, terse CAPITALS notes
DOCS.append(dict(
    name="refusal-notes-02-trv-en-caps", lang="en",
    pages=[
        letter_page("en", ["IRCC", "Visa Section, High Commission of Canada", "Accra, Ghana"], "2025-10-03",
                    [("Application No.:", "V321004578"), ("Client ID:", "1098-7654")],
                    "Dear Applicant,",
                    en_intro("visiting") + "<ul>"
                    "<li>You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident, as required by paragraph 179(b) of the IRPR.<ul>"
                    "<li>You do not have significant family ties outside Canada.</li>"
                    "<li>Your current employment situation does not show that you are financially established in your country of residence.</li></ul></li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Yours truly,<br><br>Officer KDM<br>High Commission of Canada, Accra"),
        notes_page("DECISION NOTES", """
APPL V321004578 / TRV - VISITOR

PA 31 Y.O. SINGLE, NO DEPENDANTS. CITIZEN + RESIDENT OF GHANA.
PURPOSE: ATTEND SISTER'S CONVOCATION IN TORONTO, 3 WKS, DEC 2025.
SISTER IS PR IN CDA. MOTHER ALSO IN CDA ON SUPER VISA - STRONG PULL FACTOR TO CDA.
PA STATES SELF EMPLOYED TAILOR SINCE 2024. NO BUSINESS REGISTRATION, NO TAX RECORDS, NO BUSINESS BANK STMT ON FILE.
PERSONAL ACCT GHS 48,000 - FUNDS OK FOR 3 WK TRIP, SISTER TO HOST.
PREV TRAVEL: NONE OUTSIDE ECOWAS REGION, NO HISTORY OF COMPLIANCE WITH VISAS OF OTHER COUNTRIES.
ON BALANCE NOT SATISFIED PA IS A BF VISITOR WHO WILL DEPART CDA AT END OF AUTHORIZED STAY.
REFUSED R179(B).""", mono=True),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-10-03", applicationNumber="V321004578", uci="10987654"),
        grounds={"will-not-leave": ["will-not-leave.family-ties", "will-not-leave.current-employment"]},
        concerns=[
            dict(concernId="ties.no-dependants", groundId="will-not-leave.family-ties",
                 quote="PA 31 Y.O. SINGLE, NO DEPENDANTS", page=2),
            dict(concernId="ties.family-in-canada", groundId="will-not-leave.family-ties",
                 quote="MOTHER ALSO IN CDA ON SUPER VISA - STRONG PULL FACTOR TO CDA", page=2),
            dict(concernId="ties.not-established", groundId="will-not-leave.current-employment",
                 quote="NO BUSINESS REGISTRATION, NO TAX RECORDS, NO BUSINESS BANK STMT ON FILE", page=2),
            dict(concernId="travel.none", groundId="will-not-leave.travel-history",
                 quote="NONE OUTSIDE ECOWAS REGION, NO HISTORY OF COMPLIANCE", page=2),
        ],
        source="invented",
        notes="Format C letter with two nested factors. All-caps shorthand notes (PA, Y.O., CDA, BF, WKS, STMT). "
              "'FUNDS OK' is a positive finding. The self-employment concern is read as ties.not-established (undocumented self-employment, supports current-employment); "
              "funds.income-not-documented is a defensible secondary reading. travel.none supports travel-history, which the letter does not rely on (no finding).")))

# ---------------------------------------------------------------- R03 work permit LMIA EN, notes with typos
DOCS.append(dict(
    name="refusal-notes-03-wp-lmia-en-typos", lang="en",
    pages=[
        letter_page("en", ["Immigration, Refugees and Citizenship Canada", "Manila Processing Office", "Philippines"], "August 21, 2025",
                    [("Application:", "W309112233"), ("UCI:", "2345-6789")],
                    "Dear Rodel Bautista Macaraeg:",
                    en_intro("working") + "<ul>"
                    "<li>You were not able to demonstrate that you will be able to adequately perform the work you seek.</li>"
                    "<li>You have not satisfied me that you will leave Canada at the end of your stay as a temporary resident, as required by paragraph 200(1)(b) of the IRPR.</li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Sincerely,<br><br>Officer MN0381<br>Immigration Section"),
        notes_page("Officer's Decision Notes", """
Applicant is applying under R203 for a work permit as a Transport truck driver (NOC 73300, TEER 3) for a trucking company in Winnipeg, MB. LMIA is positive and the offer of employment matches the LMIA. Job offer is for 24 months.

Per the LMIA, the employer requires a valid Class 1 licence or equivelant and 2 years of experiance driving tractor-trailers. Applicant submited a single employment letter from a logistics company in Cavite stating he has worked as a "driver" since 2021; the letter does not list duties, vehicle type or hours worked. Based on the letter provided I cannot determine that the applicant has the 2 years of tractor-trailer experiance required.

No copy of a professional driver's licence for articulated vehicles was provided, only a non-professional licence for light vehicles. English is required by the LMIA; no language test results on file and no other evidence of English ability.

PA is married with two children aged 6 and 9. Spouse and both children have submitted applications to accompany the applicant, leaving no immediate family in the Philippines.

Weighing the factors, I am not satisfied the applicant will be able to perform the work sought or that the applicant will leave Canada at the end of the authorized period. Application refused R200(3)(a) and R200(1)(b).""", mono=False),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-08-21", applicationNumber="W309112233", uci="23456789"),
        grounds={"ability-to-perform-work": [], "will-not-leave": []},
        concerns=[
            dict(concernId="job.reference-letters-weak", groundId="ability-to-perform-work",
                 quote="the letter does not list duties, vehicle type or hours worked", page=2),
            dict(concernId="job.experience-insufficient", groundId="ability-to-perform-work",
                 quote="cannot determine that the applicant has the 2 years of tractor-trailer experiance required", page=2),
            dict(concernId="job.qualification-not-shown", groundId="ability-to-perform-work",
                 quote="No copy of a professional driver's licence for articulated vehicles was provided", page=2),
            dict(concernId="language.no-evidence", groundId="ability-to-perform-work",
                 quote="no language test results on file and no other evidence of English ability", page=2),
            dict(concernId="ties.accompanying-family", groundId="will-not-leave.family-ties",
                 quote="Spouse and both children have submitted applications to accompany the applicant", page=2),
        ],
        source="invented",
        notes="Typos are deliberate and kept in quotes (equivelant, experiance, submited). 'LMIA is positive and the offer of employment matches the LMIA' is a positive finding. "
              "Letter relies on will-not-leave without a factor: the accompanying-family concern keeps its default ground will-not-leave.family-ties (no factor finding). "
              "Reference-letter weakness and experience shortfall are separate concerns from the same paragraph.")))

# ---------------------------------------------------------------- R04 study permit FR letter, FR notes
DOCS.append(dict(
    name="refusal-notes-04-sp-fr", lang="fr",
    pages=[
        letter_page("fr", ["Immigration, Réfugiés et Citoyenneté Canada", "Bureau des visas, Dakar (Sénégal)"], "Le 14 octobre 2025",
                    [("Numéro de demande :", "S309887766"), ("IUC :", "11-0099-8877")],
                    "Madame, Monsieur,",
                    fr_intro("des études") + "<ul>"
                    "<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 216(1)b) du RIPR, compte tenu de l'objet de votre visite.</li>"
                    "<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 216(1)b) du RIPR, compte tenu de vos biens personnels et de votre situation financière.</li>"
                    "</ul>" + FR_CLOSE + FR_NOTES_PTR,
                    "Veuillez agréer l'expression de nos sentiments distingués.<br><br>Agent 22871<br>Section des visas"),
        notes_page("Notes de l'agent", """
J'ai examiné la demande et les documents à l'appui.

Le demandeur, 27 ans, citoyen du Cameroun, souhaite suivre un DEP en soutien informatique dans un centre de formation professionnelle de la ville de Québec. Le CAQ a été délivré et les frais de scolarité du premier trimestre ont été payés.

Le demandeur détient une licence en informatique (2021) et travaille comme technicien réseau depuis 2022. Le programme proposé est de niveau inférieur à ses études antérieures et recoupe largement sa formation actuelle.

Une formation comparable est offerte à Douala, à une fraction du coût, et le demandeur n'explique pas pourquoi il choisit le Canada.

Les fonds proviennent du compte de l'oncle du demandeur, commerçant à Yaoundé. Aucune preuve des revenus de l'oncle ni de son lien de parenté avec le demandeur n'a été fournie. Un dépôt important effectué le 2 septembre 2025 n'est pas expliqué.

Après avoir soupesé les facteurs de cette demande, je ne suis pas convaincu que le demandeur quittera le Canada à la fin de la période de séjour autorisée. Demande refusée.""", lang="fr", mono=False),
    ],
    label=dict(language="fr", documentKind="refusal-letter",
        letter=dict(date="2025-10-14", applicationNumber="S309887766", uci="1100998877"),
        grounds={"will-not-leave": ["will-not-leave.purpose-of-visit", "will-not-leave.assets-finances"]},
        concerns=[
            dict(concernId="purpose.study-regression", groundId="will-not-leave.purpose-of-visit",
                 quote="Le programme proposé est de niveau inférieur à ses études antérieures", page=2),
            dict(concernId="purpose.available-at-home", groundId="will-not-leave.purpose-of-visit",
                 quote="Une formation comparable est offerte à Douala, à une fraction du coût", page=2),
            dict(concernId="funds.third-party-support", groundId="will-not-leave.assets-finances",
                 quote="Aucune preuve des revenus de l'oncle ni de son lien de parenté", page=2),
            dict(concernId="funds.unexplained-deposit", groundId="will-not-leave.assets-finances",
                 quote="Un dépôt important effectué le 2 septembre 2025 n'est pas expliqué", page=2),
        ],
        source="invented",
        notes="French letter, French notes. CAQ issued and first-term fees paid are positive facts. Funds concerns support will-not-leave.assets-finances because the letter relies on that factor. "
              "'n'explique pas pourquoi il choisit le Canada' is part of the available-at-home concern (could also be read as study-plan-weak; not labelled separately).")))

# ---------------------------------------------------------------- R05 visitor FR letter, EN notes
DOCS.append(dict(
    name="refusal-notes-05-trv-fr-en-notes", lang="fr",
    pages=[
        letter_page("fr", ["Immigration, Réfugiés et Citoyenneté Canada", "Section des visas, Ambassade du Canada", "Paris (France)"], "3 novembre 2025",
                    [("Demande :", "V330442211"), ("IUC :", "5566-7788")],
                    "Madame Aminata Diallo,",
                    fr_intro("une visite") + "<ul>"
                    "<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 179b) du RIPR, compte tenu de votre statut d'immigrant dans votre pays de résidence.</li>"
                    "<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 179b) du RIPR, compte tenu de vos antécédents de voyage.</li>"
                    "</ul>" + FR_CLOSE + FR_NOTES_PTR,
                    "Agent FRL-7<br>Section des visas, Paris"),
        notes_page("Notes de décision de l'agent", """
Application reviewed. PA is a 26 y.o. citizen of Senegal residing in France since 2022 on a student residence permit (titre de séjour étudiant) valid to 2026-01-31. Enrolled in 2nd year of a master's program in Lyon, attestation and transcript on file.

Purpose: visit cousin in Montreal for 4 weeks over the holiday period. Host's invitation letter unsigned and host's status in Cda not documented.

Funds: EUR 4,120 in French account with regular monthly transfers from father; sufficient for the trip.

Previous travel limited to Schengen area and Senegal; no travel to countries requiring a visa.

PA's residence permit in France expires shortly after the intended return date and no evidence of a renewal application was provided.

Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay. Refused.""", lang="fr", mono=False),
    ],
    label=dict(language="fr", documentKind="refusal-letter",
        letter=dict(date="2025-11-03", applicationNumber="V330442211", uci="55667788"),
        grounds={"will-not-leave": ["will-not-leave.immigration-status", "will-not-leave.travel-history"]},
        concerns=[
            dict(concernId="status.temporary-in-residence-country", groundId="will-not-leave.immigration-status",
                 quote="residence permit in France expires shortly after the intended return date", page=2),
            dict(concernId="travel.none", groundId="will-not-leave.travel-history",
                 quote="Previous travel limited to Schengen area and Senegal", page=2),
            dict(concernId="other", groundId=None,
                 quote="Host's invitation letter unsigned and host's status in Cda not documented", page=2),
        ],
        source="invented",
        notes="French letter with English notes under a French heading. Letter language is fr. Enrolment, transcript and funds ('sufficient for the trip') are positive. "
              "The unsigned invitation letter / host status is a concern that fits none of the 29 ids (groundId null); documents.missing is not right because nothing was requested.")))

# ---------------------------------------------------------------- R06 study permit extension, in Canada, actively pursuing studies
DOCS.append(dict(
    name="refusal-notes-06-sp-ext-incanada-en", lang="en",
    pages=[
        letter_page("en", ["Immigration, Refugees and Citizenship Canada", "Case Processing Centre Edmonton", "Edmonton AB  T5J 4C3"], "September 30, 2025",
                    [("UCI:", "1133557799"), ("Application number:", "S310556677")],
                    "Dear Thi Thu Ha Nguyen:",
                    "<p>This letter refers to your application for an extension of your study permit. After careful review, your application as requested is refused.</p>"
                    "<p>You have not demonstrated that you have complied with the conditions of your study permit. Under paragraph 220.1(1)(b) of the Immigration and Refugee Protection Regulations, a study permit holder must actively pursue their course or program of study. The information on file does not show that you did so.</p>"
                    "<p>Your temporary resident status has expired. You may apply to restore your status within 90 days of the date of this letter. If you do not apply for restoration, you must leave Canada immediately.</p>"
                    + EN_NOTES_PTR,
                    "Sincerely,<br><br>Officer E-5528<br>CPC Edmonton"),
        notes_page("Officer notes - decision", """
SP extension. PA in Cda since Sep 2022, Diploma in Business Administration (2 yr) at DLI O19xxxxxxxx2.
Enrolment letter for the January 2026 intake submitted - ok.
Transcript shows PA was not registered for the Winter 2024 and Fall 2024 terms; no authorized leave letter from the DLI.
PA's explanation (family emergency in Vietnam) is not supported by any documents.
Bank stmt on file shows balance of CAD 2,310, insufficient to cover next term tuition of CAD 8,450.
Not satisfied PA has actively pursued studies as required by R220.1(1)(b).
Refused. Restoration info included in letter.""", mono=True),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-09-30", applicationNumber="S310556677", uci="1133557799"),
        grounds={"other": []},
        concerns=[
            dict(concernId="other", groundId="other",
                 quote="not registered for the Winter 2024 and Fall 2024 terms", page=2),
            dict(concernId="funds.insufficient", groundId="insufficient-funds",
                 quote="insufficient to cover next term tuition of CAD 8,450", page=2),
        ],
        source="invented",
        notes="In-Canada CPC letter; the only reason is R220.1(1)(b) actively pursuing studies, which matches no catalogue ground -> grounds {'other': []} (reason text unrecognized). "
              "Unexplained absence (not registered two terms, explanation unsupported) is one 'other' concern. The funds concern supports insufficient-funds, which the letter does not rely on (no finding). "
              "Restoration paragraph present (90 days).")))

# ---------------------------------------------------------------- R07 ICT C12 category eligibility EN
DOCS.append(dict(
    name="refusal-notes-07-wp-ict-en", lang="en",
    pages=[
        letter_page("en", ["IRCC - International Network", "London, United Kingdom"], "28 August 2025",
                    [("Application:", "W311223344"), ("UCI:", "1144668800")],
                    "Dear Mr. Arjun Mehta,",
                    en_intro("working") + "<ul>"
                    "<li>You have not established that you meet the eligibility requirements as an intra-company transferee in the C12 Specialized Knowledge category under R205(a).</li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Regards,<br><br>Officer LON-2291<br>Migration Section"),
        notes_page("Decision notes", """
Applicant seeks a work permit under the ICT C12 (specialized knowledge) category to work as a Senior Software Developer for the Canadian subsidiary of a UK fintech company in Toronto.

Qualifying relationship between the UK and Canadian entities is established: parent and wholly owned subsidiary, corporate documents on file. Both entities are actively doing business.

Applicant joined the UK entity in March 2025 and therefore has less than one year of continuous full-time employment with the company in the three years before the application.

The description of the applicant's knowledge refers to widely used tools (React, AWS, Kubernetes) and does not identify proprietary knowledge of the company's products or processes.

The offered salary of CAD 78,000 is below the median wage for NOC 21232 in Toronto, which the specialized knowledge category expects at this level.

I am not satisfied the applicant meets the requirements of R205(a) under the C12 category. Refused.""", mono=False),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-08-28", applicationNumber="W311223344", uci="1144668800"),
        grounds={"category-eligibility": []},
        concerns=[
            dict(concernId="other", groundId="category-eligibility",
                 quote="less than one year of continuous full-time employment with the company", page=2),
            dict(concernId="other", groundId="category-eligibility",
                 quote="does not identify proprietary knowledge of the company's products or processes", page=2),
            dict(concernId="job.wage-below-prevailing", groundId="category-eligibility",
                 quote="The offered salary of CAD 78,000 is below the median wage", page=2),
        ],
        source="invented",
        notes="Category named: intra-company transferee, C12 specialized knowledge, R205(a). Qualifying relationship and active business are positive findings. "
              "One-year employment requirement and generic (non-proprietary) knowledge fit none of the 29 ids -> 'other' linked to category-eligibility. "
              "Wage concern uses the also-fits ground category-eligibility because that is the ground relied on.")))

# ---------------------------------------------------------------- R08 visitor family EN, dash bullets, heading 'GCMS notes'
DOCS.append(dict(
    name="refusal-notes-08-trv-family-en", lang="en",
    pages=[
        letter_page("en", ["Immigration, Refugees and Citizenship Canada", "Visa Section, Embassy of Canada", "Bogotá, Colombia"], "22 October 2025",
                    [("Application #:", "V324455667"), ("UCI:", "3456-7891")],
                    "Dear Andrés Felipe Rojas Castaño:",
                    en_intro("visiting") + "<ul>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the IRPR, based on your family ties in Canada and in your country of residence.</li>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the IRPR, based on your personal assets and financial status.</li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Officer BOG-14<br>Visa Section"),
        notes_page("GCMS notes", """
- PA (42 y.o.) applying w/ spouse and 2 minor children (8, 11), tourism 3 wks Toronto / Niagara Falls, July 2026.
- PA employed as accountant since 2015, employer letter on file confirming approved leave.
- Entire immediate family travelling together; no close family members who would remain in Colombia.
- Bank: approx. CAD 6,900 equivalent for a family of 4 for 21 days, insufficient once airfare and accommodation are considered.
- US B1/B2 refusal in 2023 declared on the form; no travel outside Colombia since.
- Weighing factors: not satisfied PA and family will depart Cda at end of authorized stay. Refused R179(b).""", mono=False),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-10-22", applicationNumber="V324455667", uci="34567891"),
        grounds={"will-not-leave": ["will-not-leave.family-ties", "will-not-leave.assets-finances"]},
        concerns=[
            dict(concernId="ties.accompanying-family", groundId="will-not-leave.family-ties",
                 quote="Entire immediate family travelling together; no close family members who would remain", page=2),
            dict(concernId="funds.insufficient", groundId="will-not-leave.assets-finances",
                 quote="insufficient once airfare and accommodation are considered", page=2),
            dict(concernId="travel.previous-refusal", groundId="will-not-leave.travel-history",
                 quote="US B1/B2 refusal in 2023 declared on the form", page=2),
        ],
        source="invented",
        notes="Notes under the heading 'GCMS notes' attached to the letter (still decision notes, document is a refusal letter). Stable employment with approved leave is a positive finding. "
              "Funds concern supports will-not-leave.assets-finances (the letter's factor). The previous US refusal was declared, so it is travel.previous-refusal (travel-history, not relied on), not an inconsistency. "
              "'no travel outside Colombia since' may also be read as travel.none; scorers may accept it as an extra concern.")))

# ---------------------------------------------------------------- R09 study permit EN, mixed-case shorthand with typos
DOCS.append(dict(
    name="refusal-notes-09-sp-en-shorthand", lang="en",
    pages=[
        letter_page("en", ["IRCC", "Visa Application Processing - Lagos, Nigeria"], "5 September 2025",
                    [("Application No:", "S313344556"), ("UCI:", "11-7788-9900")],
                    "Dear Chukwuemeka Obinna Eze:",
                    en_intro("studying") + "<ul>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 216(1)(b) of the IRPR, based on your current employment situation.</li>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 216(1)(b) of the IRPR, based on your personal assets and financial status.</li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Sincerely,<br><br>Officer 55103"),
        notes_page("Officer Decision Note", """
PA 35 y.o., Nigerian, applying for 1 yr Graduate Certificate in Project Management, Ontario DLI. LOA + PAL on file.
Spouse and 1 child remain in Lagos - noted.
PA left employment at a commercial bank in Feb 2024; not currently employed, no job offer or business to return to.
POF: 1-page balance certificate dated 3 days before submision; no transaction history to show movement of funds.
PA states funds are savings from previous salary - no payslips, no tax clearance cert. provided to support this.
No property or other assets declared in Nigeria.
On balance not satisfied PA will leave Cda at end of stay. Refused R216(1)(b).""", mono=True),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-09-05", applicationNumber="S313344556", uci="1177889900"),
        grounds={"will-not-leave": ["will-not-leave.current-employment", "will-not-leave.assets-finances"]},
        concerns=[
            dict(concernId="employment.unemployed", groundId="will-not-leave.current-employment",
                 quote="not currently employed, no job offer or business to return to", page=2),
            dict(concernId="funds.transaction-history", groundId="will-not-leave.assets-finances",
                 quote="no transaction history to show movement of funds", page=2),
            dict(concernId="funds.income-not-documented", groundId="will-not-leave.assets-finances",
                 quote="no payslips, no tax clearance cert. provided to support this", page=2),
            dict(concernId="ties.limited-assets", groundId="will-not-leave.assets-finances",
                 quote="No property or other assets declared in Nigeria", page=2),
        ],
        source="invented",
        notes="Spouse and child remaining in Lagos is a positive fact ('noted'), not a concern. Typo 'submision' kept. Funds concerns map to the assets-finances factor relied on by the letter.")))

# ---------------------------------------------------------------- R10 work permit FR letter, FR terse notes
DOCS.append(dict(
    name="refusal-notes-10-wp-fr-terse", lang="fr",
    pages=[
        letter_page("fr", ["Immigration, Réfugiés et Citoyenneté Canada", "Bureau des visas - Rabat (Maroc)"], "12 novembre 2025",
                    [("N° de demande :", "W312334455"), ("IUC :", "11-8899-0011")],
                    "Monsieur Youssef El Amrani,",
                    fr_intro("un emploi") + "<ul>"
                    "<li>Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exécuter adéquatement les tâches de l'emploi que vous cherchez.</li>"
                    "<li>Je ne suis pas convaincu que l'offre d'emploi est authentique.</li>"
                    "</ul>" + FR_CLOSE + FR_NOTES_PTR,
                    "Agent RBT-09<br>Section de l'immigration"),
        notes_page("Notes de l'agent - décision", """
DEM. 38 ANS, CITOYEN DU MAROC. POSTE OFFERT : BOUCHER INDUSTRIEL (CNP 94141, FEER 4), ABATTOIR À SAINT-HYACINTHE, QC.
EIMT FAVORABLE ET CAQ AU DOSSIER. EXPÉRIENCE DE 9 ANS EN BOUCHERIE DOCUMENTÉE.
L'EIMT EXIGE LE FRANÇAIS PARLÉ; TEF CANADA : NCLC 3 EN COMPRÉHENSION ORALE, NCLC 4 EN EXPRESSION ORALE - INSUFFISANT POUR LES CONSIGNES DE SÉCURITÉ DU POSTE.
EMPLOYEUR IMMATRICULÉ DEPUIS FÉVRIER 2025; ADRESSE DE L'ENTREPRISE = IMMEUBLE RÉSIDENTIEL. AUCUN ÉTAT FINANCIER NI RELEVÉ DE PAIE SOUMIS.
PAS CONVAINCU QUE L'EMPLOYEUR EST EN MESURE DE VERSER LE SALAIRE OFFERT.
REFUSÉ - R200(3)A) ET R200(5).""", lang="fr", mono=True),
    ],
    label=dict(language="fr", documentKind="refusal-letter",
        letter=dict(date="2025-11-12", applicationNumber="W312334455", uci="1188990011"),
        grounds={"ability-to-perform-work": [], "job-offer.genuineness": []},
        concerns=[
            dict(concernId="language.below-requirement", groundId="ability-to-perform-work",
                 quote="INSUFFISANT POUR LES CONSIGNES DE SÉCURITÉ DU POSTE", page=2),
            dict(concernId="job.employer-genuineness", groundId="job-offer.genuineness",
                 quote="ADRESSE DE L'ENTREPRISE = IMMEUBLE RÉSIDENTIEL", page=2),
        ],
        source="invented",
        notes="French capitals shorthand (DEM., CNP, FEER, EIMT, NCLC). Positive facts: LMIA favourable, CAQ, 9 years documented experience. "
              "Employer concerns (new registration, residential address, no financials, ability to pay) are one concern job.employer-genuineness; any of those sentences is an acceptable quote.")))

# ---------------------------------------------------------------- R11 visitor EN, narrative first-person notes
DOCS.append(dict(
    name="refusal-notes-11-trv-en-truthfulness", lang="en",
    pages=[
        letter_page("en", ["Immigration, Refugees and Citizenship Canada", "Port of Spain Visa Office", "Trinidad and Tobago"], "August 7, 2025",
                    [("Application number:", "V325566778"), ("UCI:", "4567-8912")],
                    "Dear Marcia Antoinette Campbell:",
                    en_intro("visiting") + "<ul>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the IRPR, based on your travel history.</li>"
                    "<li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the IRPR, based on the purpose of your visit.</li>"
                    "<li>I am not satisfied that you have answered truthfully all questions asked of you, as required by subsection 16(1) of the IRPA.</li>"
                    "</ul>" + EN_CLOSE + EN_NOTES_PTR,
                    "Sincerely,<br><br>Officer POS-031"),
        notes_page("Officer's decision notes", """
I have reviewed the application and the documents submitted. The applicant is a 45 year old citizen of Jamaica who wishes to visit a friend in Mississauga for six weeks.

I note that the applicant spent approximately 11 months in the United States in 2022-2023 on a B2 visa, per the I-94 history she submitted. This is well beyond the length of a typical visit.

The applicant has an active Express Entry profile and wrote on the application form that she will look into job opportunities while in Canada. I am not satisfied the stated purpose is a temporary visit.

The employment letter states the applicant has worked at a Montego Bay hotel since 2016, but the employment history on the application form lists her as a sales clerk at a pharmacy until 2019. No explanation was given for this discrepancy.

The applicant was refused a visitor visa in 2021 and her circumstances have not materially changed since then.

For the reasons above, I have refused this application.""", mono=False),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-08-07", applicationNumber="V325566778", uci="45678912"),
        grounds={"will-not-leave": ["will-not-leave.travel-history", "will-not-leave.purpose-of-visit"], "documents.truthfulness": []},
        concerns=[
            dict(concernId="travel.long-stays-abroad", groundId="will-not-leave.travel-history",
                 quote="spent approximately 11 months in the United States in 2022-2023", page=2),
            dict(concernId="purpose.not-temporary", groundId="will-not-leave.purpose-of-visit",
                 quote="she will look into job opportunities while in Canada", page=2),
            dict(concernId="credibility.inconsistency", groundId="documents.truthfulness",
                 quote="lists her as a sales clerk at a pharmacy until 2019", page=2),
            dict(concernId="travel.previous-refusal", groundId="will-not-leave.travel-history",
                 quote="refused a visitor visa in 2021 and her circumstances have not materially changed", page=2),
        ],
        source="invented",
        notes="First-person narrative notes. 'visit a friend in Mississauga for six weeks' is a neutral fact. The Express Entry profile and job-search remark are one purpose.not-temporary concern. "
              "The 2021 refusal is not said to be undeclared: travel.previous-refusal, not an inconsistency.")))

# ---------------------------------------------------------------- R12 study permit FR letter, FR notes, scanned
DOCS.append(dict(
    name="refusal-notes-12-sp-fr-scan", lang="fr", degrade="scan",
    pages=[
        letter_page("fr", ["Immigration, Réfugiés et Citoyenneté Canada", "Section des visas, Ambassade du Canada", "Abidjan (Côte d'Ivoire)"], "27 octobre 2025",
                    [("Demande n° :", "S314455667"), ("IUC :", "1199001122")],
                    "Madame Koffi Adjoua Mireille,",
                    fr_intro("des études") + "<ul>"
                    "<li>Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 216(1)b) du RIPR, compte tenu de l'objet de votre visite.</li>"
                    "<li>Je ne suis pas convaincu que vous disposez de ressources financières suffisantes pour acquitter les frais de scolarité et subvenir à vos besoins et à ceux des membres de votre famille qui vous accompagnent, comme l'exige l'article 220 du RIPR.</li>"
                    "</ul>" + FR_CLOSE + FR_NOTES_PTR,
                    "Agent ABJ-112<br>Section des visas"),
        notes_page("Notes de l'agent", """
Demande examinée. Demanderesse principale, 33 ans, ressortissante de la Côte d'Ivoire, admise à une maîtrise en gestion de projet dans une université du Québec (CAQ au dossier). Emploi stable de comptable depuis 2017, attestation d'employeur au dossier.

L'époux et les deux enfants mineurs de la demanderesse l'accompagneraient (demandes liées). Toute la famille immédiate serait au Canada; peu d'attaches restantes en Côte d'Ivoire.

Fonds déclarés : environ 18 400 $ CA, alors que les frais de scolarité de la première année et les frais de subsistance exigés pour quatre personnes dépassent 45 000 $.

La lettre de motivation reprend en termes généraux la description du programme et n'explique pas le lien avec son poste actuel ni ses perspectives au retour.

Tout bien considéré, je ne suis pas convaincu que la demanderesse quittera le Canada à la fin de la période de séjour autorisée ni qu'elle dispose de fonds suffisants. Refus.""", lang="fr", mono=False),
    ],
    label=dict(language="fr", documentKind="refusal-letter",
        letter=dict(date="2025-10-27", applicationNumber="S314455667", uci="1199001122"),
        grounds={"will-not-leave": ["will-not-leave.purpose-of-visit"], "insufficient-funds": []},
        concerns=[
            dict(concernId="ties.accompanying-family", groundId="will-not-leave.family-ties",
                 quote="Toute la famille immédiate serait au Canada; peu d'attaches restantes", page=2),
            dict(concernId="funds.insufficient", groundId="insufficient-funds",
                 quote="frais de subsistance exigés pour quatre personnes dépassent 45 000 $", page=2),
            dict(concernId="purpose.study-plan-weak", groundId="will-not-leave.purpose-of-visit",
                 quote="reprend en termes généraux la description du programme", page=2),
        ],
        source="invented",
        notes="Scanned (rasterised, noise, slight skew), no text layer: OCR needed. Stable employment since 2017 is positive. "
              "Accompanying-family concern keeps its default ground will-not-leave.family-ties although the letter cites only purpose of visit (no factor finding for family ties). "
              "Numbers with spaces ('45 000 $') may OCR with odd spacing.")))

# ---------------------------------------------------------------- R13 PGWP in Canada, EN, notes
DOCS.append(dict(
    name="refusal-notes-13-pgwp-incanada-en", lang="en",
    pages=[
        letter_page("en", ["Immigration, Refugees and Citizenship Canada", "Case Processing Centre Edmonton"], "2025-11-18",
                    [("UCI / IUC:", "11-0022-3344"), ("Application:", "W313556677")],
                    "Dear Mohammad Rezaei:",
                    "<p>This letter refers to your application for a post-graduation work permit. Your application as requested is refused.</p>"
                    "<p>To be eligible for a post-graduation work permit, an applicant must, among other requirements, have completed a program of study of at least eight months at an eligible designated learning institution and apply within 180 days of receiving written confirmation that they have met the requirements of their program. You have not established that you applied within 180 days of completing your program; you therefore do not meet the eligibility requirements of the post-graduation work permit category (C43).</p>"
                    "<p>You may be eligible to apply to restore your status within 90 days of the date of this letter. If you do not have valid status, you must leave Canada.</p>" + EN_NOTES_PTR,
                    "Officer 7A42<br>CPC Edmonton"),
        notes_page("Officer's decision notes", """
PGWP application received 2025-09-02. PA completed a 2-year Diploma in Culinary Management; final transcript and completion letter issued 2025-02-10.
Application submitted 204 days after the completion letter, outside the 180-day window.
PA indicates in LOE that she was waiting for her final grades to be posted online; grades were posted on the DLI portal on 2025-02-10 per the document submitted.
Full-time status maintained throughout program - confirmed by DLI letter.
PA does not meet R205(c)(ii) PGWP requirements - C43. Refused.""", mono=True),
    ],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2025-11-18", applicationNumber="W313556677", uci="1100223344"),
        grounds={"category-eligibility": []},
        concerns=[
            dict(concernId="other", groundId="category-eligibility",
                 quote="Application submitted 204 days after the completion letter, outside the 180-day window", page=2),
        ],
        source="invented",
        notes="In-Canada PGWP refusal (category C43; failed condition: application made outside 180 days). The 8-month program requirement listed in the letter is part of the definition, not a reason. "
              "Full-time status confirmed is a positive note. The LOE explanation rebutted by the grades date is part of the same concern.")))

# ---------------------------------------------------------------- N01 checkbox refusal, no notes, 2017, scanned
def cb(on):
    return "<span class='cb'>" + ("&#9746;" if on else "&#9744;") + "</span>"

N01_BODY = ("<p>I have reviewed your application for a temporary resident visa. I am not satisfied that you meet the requirements of the Act and the Regulations. I am therefore refusing your application.</p>"
    "<p>" + cb(True) + "You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident. In reaching this decision, I considered several factors, including:</p>"
    "<div style='margin-left:26px'>"
    + "".join(f"<div>{cb(on)}{t}</div>" for on, t in [
        (True, "travel history"), (True, "purpose of visit"), (False, "employment prospects in country of residence"),
        (False, "length of proposed stay in Canada"), (False, "family ties in Canada and country of residence"),
        (False, "personal assets and financial status"), (False, "current employment situation"),
        (False, "immigration status in country of residence"),
        (False, "your history of having contravened the conditions of admission on a previous stay in Canada")]) +
    "</div><p style='margin-top:10px'>" + cb(False) + "You have not satisfied me that you have sufficient and available funds for your stay in Canada.</p>"
    "<p>" + cb(False) + "You have not submitted all required documentation.</p>"
    "<p>" + cb(False) + "Other: ______________________________________________</p>"
    "<p>You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that you meet the requirements.</p>")

DOCS.append(dict(
    name="refusal-nonotes-01-trv-checkbox-scan", lang="en", degrade="scan",
    pages=[page(letterhead("en") + office(["Visa Section", "High Commission of Canada", "Islamabad, Pakistan"]) +
                "<p>June 15, 2017</p>" + ids([("Application:", "V301234567"), ("UCI:", "7890-1234")]) +
                "<p>Dear Applicant:</p>" + N01_BODY + "<div class='sig'>Yours sincerely,<br><br>Visa Officer<br>Officer 12874</div>" + wordmark())],
    label=dict(language="en", documentKind="refusal-letter",
        letter=dict(date="2017-06-15", applicationNumber="V301234567", uci="78901234"),
        grounds={"will-not-leave": ["will-not-leave.travel-history", "will-not-leave.purpose-of-visit"]},
        concerns=[],
        source="invented",
        notes="Older checkbox format (☒ ticked, ☐ unticked), scanned. Only travel history and purpose of visit are ticked; funds, documents and Other boxes are empty. No notes attached (pre-2025) -> concerns [].")))

# ---------------------------------------------------------------- N02 FR in-Canada A16(1), no notes
DOCS.append(dict(
    name="refusal-nonotes-02-wp-fr-a16", lang="fr",
    pages=[page(letterhead("fr") + office(["Immigration, Réfugiés et Citoyenneté Canada", "Centre de traitement des demandes de Vegreville", "Vegreville (Alberta)  T9C 1X5"]) +
                "<p>Le 20 mai 2025</p>" + ids([("IUC :", "1122-4466-88"), ("Numéro de demande :", "W308776655")]) +
                "<p>Madame Valentina Petrova,</p>"
                "<p>La présente concerne votre demande de permis de travail. Votre demande, telle que présentée, est refusée.</p>"
                "<p>Le paragraphe 16(1) de la Loi sur l'immigration et la protection des réfugiés exige que l'auteur d'une demande réponde véridiquement aux questions qui lui sont posées et produise tous les éléments de preuve pertinents et les documents que l'agent exige, dans la mesure où il les juge raisonnablement nécessaires. Le 3 mars 2025, nous vous avons demandé de fournir une copie de votre certificat de mariage et la preuve du statut de votre époux au Canada. À ce jour, ces documents n'ont pas été fournis.</p>"
                "<p>Par conséquent, je ne suis pas en mesure de conclure que vous satisfaites aux exigences de la Loi et du Règlement.</p>"
                "<p>Si votre statut de résidente temporaire a expiré, vous pouvez présenter une demande de rétablissement de statut dans les 90 jours suivant la date de la présente lettre. Sinon, vous devez quitter le Canada.</p>"
                "<div class='sig'>Agent 3K19<br>CTD Vegreville</div>" + wordmark())],
    label=dict(language="fr", documentKind="refusal-letter",
        letter=dict(date="2025-05-20", applicationNumber="W308776655", uci="1122446688"),
        grounds={"documents.not-provided": []},
        concerns=[],
        source="invented",
        notes="In-Canada French refusal under A16(1) (documents requested not provided). Dated before 29 July 2025, no notes attached -> concerns []. UCI printed in 10-digit grouped form 1122-4466-88.")))
