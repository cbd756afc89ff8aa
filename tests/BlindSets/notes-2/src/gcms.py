"""GCMS notes printouts (ATIP / Privacy Act release style), G01-G08."""
from common import *

DOCS = []

def assess(rows, lang="en"):
    title = "ASSESSMENTS" if lang == "en" else "ÉVALUATIONS"
    return kv(title, rows)

# ---------------------------------------------------------------- G01 student EN, 4 pages (adapted from Ocran 2022 FC 175 facts)
A, U, R = "S305667788", "11-1213-1415", "P-2021-07734"
g01 = [
  gcms_page(A, U, 1, 4, kv("APPLICATION", [
      ("Application Number:", A), ("UCI:", U), ("Category:", "Student"), ("Line of Business:", "Temporary Resident"),
      ("Case Type:", "30 - Study Permit (outside Canada)"), ("Created Date:", "2020-10-19"), ("Created by:", "ONLINE"),
      ("Primary Office:", "Accra"), ("Secondary Office:", "Ottawa (Network Support)"), ("Received Date:", "2020-10-19"),
      ("App Status:", "Closed"), ("Status Reason:", "Refused"), ("Final Decision:", "Refused"), ("Final Decision Date:", "2020-12-16")])
    + kv("PRINCIPAL APPLICANT", [("Family Name:", "ADJEI"), ("Given Name:", "ABENA SERWAA"), ("Date of Birth:", "1992-05-03"),
      ("Sex:", "F"), ("Country of Citizenship:", "Ghana"), ("Country of Residence:", "Ghana"), ("Marital Status:", "Never Married"),
      ("Passport:", "G2xxxxxx (Ghana)"), ("Language:", "English")])
    + kv("ASSOCIATIONS", [("Related applications:", "None")]), release=R),
  gcms_page(A, U, 2, 4, assess([("Eligibility:", "Failed"), ("Security:", "Not Started"), ("HIRV:", "Not Started"),
      ("Criminality:", "Not Started"), ("Org Crime:", "Not Started"), ("Medical:", "Not Required"), ("Misrepresentation:", "Not Started"),
      ("Info Sharing:", "Passed"), ("Other Reqs:", "Passed")])
    + kv("STUDY DETAILS", [("DLI:", "O1xxxxxxxxx (Alberta)"), ("Program:", "Business Administration Diploma"), ("Program length:", "2 years"),
      ("Tuition (first year):", "CAD 15,880"), ("Deposit paid:", "CAD 1,500 (paid by relative)"), ("Funds available (declared):", "CAD 24,000"),
      ("Source of funds (declared):", "Uncle (Canada)"), ("Intended start:", "2021-01-11")])
    + kv("FINALIZE APPLICATION", [("Decision:", "Refused"), ("Refusal Grounds:", "R216(1)(b) - Not satisfied applicant will leave Canada at end of stay"),
      ("Reasons selected (letter):", "Purpose of visit; Current employment situation; Personal assets and financial status"),
      ("Decision date:", "2020-12-16")]), release=R),
  gcms_page(A, U, 3, 4, kv("HISTORY", [("2020-10-19", "Application submitted online"), ("2020-10-27", "Biometrics enrolled"),
      ("2020-12-16", "Final decision updated: Refused"), ("2020-12-16", "Correspondence generated: Refusal letter")])
    + kv("eDOCS", [("Letter of acceptance", "2020-10-19"), ("Study plan / letter of explanation", "2020-10-19"),
      ("Proof of means of financial support (bank letter - relative)", "2020-10-19"), ("Employment letter (cashier)", "2020-10-19"),
      ("Passport", "2020-10-19"), ("Digital photo", "2020-10-19")])
    + "<h3>NOTES</h3>"
    + gnote("Created: 2020-12-16 15:02 &nbsp; Created by: SYSTEM &nbsp; Type: Decision", "Final decision updated - Refused. Refusal letter generated.")
    , release=R),
  gcms_page(A, U, 4, 4, "<h3>NOTES (continued)</h3>"
    + gnote("Created: 2020-12-16 14:48 &nbsp; Created by: JAB4402 &nbsp; Type: Eligibility", """
I have reviewed the application. PA is a 28 year old citizen of Ghana, single, residing with her parents and siblings. She applies for a two-year business administration diploma in Alberta.

The study plan explains that PA twice applied to join the police service in Ghana and now wishes to study business. The study plan does not explain how a business diploma relates to the applicant's stated career goal, or why this program in Canada was chosen.

PA's employment is described as part-time cashier work and assisting in her mother's trading activity. Limited evidence of employment history or economic establishment in Ghana.

Funds are held by the applicant's maternal uncle in Calgary. No evidence of the uncle's income or employment was provided, and his relationship to the PA is not documented.

Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay. Application refused.""")
    + gnote("Created: 2020-11-30 09:14 &nbsp; Created by: KNU8813 &nbsp; Type: Routing", "File reviewed for completeness. Ready for assessment. Biometrics on file."), release=R),
]
DOCS.append(dict(name="gcms-01-sp-en-4p", lang="en", pages=g01,
    label=dict(language="en", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="1112131415"), grounds={},
        concerns=[
            dict(concernId="purpose.study-plan-weak", groundId="will-not-leave.purpose-of-visit",
                 quote="does not explain how a business diploma relates to the applicant's stated career goal", page=4),
            dict(concernId="ties.not-established", groundId="will-not-leave.current-employment",
                 quote="Limited evidence of employment history or economic establishment in Ghana", page=4),
            dict(concernId="funds.third-party-support", groundId="will-not-leave.assets-finances",
                 quote="No evidence of the uncle's income or employment was provided", page=4),
        ],
        source="adapted from Ocran v. Canada (Citizenship and Immigration), 2022 FC 175 (https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/520977/index.do) - facts only (Ghana, uncle in Calgary, business diploma, police applications, cashier); names, numbers and all note text are invented",
        notes="4-page printout; decision note on page 4, system/routing notes on page 3. Refusal grounds R216(1)(b) with reasons selected (purpose, current employment, assets) -> concerns take those factor ids. "
              "Statuses (Eligibility Failed, Medical Not Required) are not concerns. letter.date null (printout, no letter date).")))

# ---------------------------------------------------------------- G02 worker EN, 5 pages, request + A16
A, U, R = "W307889900", "2233-4455", "P-2025-11962"
g02 = [
  gcms_page(A, U, 1, 5, kv("APPLICATION", [("Application Number:", A), ("UCI:", U), ("Category:", "Worker"),
      ("Case Type:", "20 - Work Permit (outside Canada)"), ("Created Date:", "2025-01-14"), ("Created by:", "PORTAL-CLIENT"),
      ("Primary Office:", "New Delhi"), ("Secondary Office:", "Chandigarh"), ("Received Date:", "2025-01-14"),
      ("App Status:", "Finalized"), ("Status Reason:", "Refused")])
    + kv("CLIENT", [("Family Name:", "SINGH"), ("Given Name:", "GURPREET"), ("Date of Birth:", "1990-11-21"), ("Country of Citizenship:", "India"),
      ("Marital Status:", "Married"), ("Accompanying:", "No")])
    + kv("JOB OFFER / LMIA", [("LMIA number:", "9xxxxxxx"), ("Employer:", "Prairie Fabrication Ltd., Red Deer AB"),
      ("Occupation:", "Welder (NOC 72106, TEER 2)"), ("Wage:", "CAD 33.50 / hour"), ("Duration:", "24 months"),
      ("Requirements (LMIA):", "3 years experience in GMAW/FCAW; trade certificate or CWB ticket; English CLB 5")]), release=R),
  gcms_page(A, U, 2, 5, assess([("Eligibility:", "Failed"), ("Security:", "Passed"), ("HIRV:", "Passed"), ("Criminality:", "Passed"),
      ("Org Crime:", "Passed"), ("Medical:", "Passed"), ("Misrepresentation:", "Not Started"), ("Biometrics:", "Passed"), ("Other Reqs:", "Failed")])
    + kv("ELIGIBILITY", [("Education:", "Secondary school (Grade 12), ITI certificate claimed - not on file"),
      ("Language test:", "IELTS General Training, 2024-11-30: L 4.5  R 4.0  W 4.5  S 5.0"),
      ("Work experience (declared):", "Welder helper / fitter, Ludhiana, 2022-08 to present")])
    + kv("FINALIZE APPLICATION", [("Final Decision:", "Refused"), ("Final Decision Date:", "2025-04-02"),
      ("Refusal Grounds:", "R200(3)(a) - Unable to perform work sought; A16(1) - Requested documents not provided")]), release=R),
  gcms_page(A, U, 3, 5, kv("CORRESPONDENCE", [("Procedural letter - request for documents", "Sent 2025-02-27"),
      ("Client response", "Received 2025-03-20"), ("Refusal letter", "Generated")])
    + kv("eDOCS", [("LMIA confirmation", "2025-01-14"), ("Employment contract", "2025-01-14"), ("IELTS TRF", "2025-01-14"),
      ("Reference letter - Sidhu Engineering Works", "2025-03-20"), ("Reference letter - Bharat Steel Fab", "2025-03-20"),
      ("Passport", "2025-01-14")])
    + kv("FEES", [("Processing fee", "CAD 155 - Paid"), ("Biometrics", "CAD 85 - Paid")])
    + kv("ONLINE ACTIVITY", [("2025-03-20", "Documents uploaded by client (2)"), ("2025-04-02", "Decision letter posted to account")]), release=R),
  gcms_page(A, U, 4, 5, "<h3>NOTES</h3>"
    + gnote("Created: 2025-04-02 11:40 &nbsp; Created by: SYSTEM", "Final decision updated: Refused. Refusal letter generated and sent to client account.")
    + gnote("Created: 2025-04-02 11:31 &nbsp; Created by: XT4412 &nbsp; Type: Decision", """
Reviewed response to request letter of 2025-02-27. Request asked for (1) trade certificate or CWB welding ticket and (2) reference letters listing duties, dates and hours.
Response of 2025-03-20 contains two reference letters only. The trade certificate / CWB ticket was not provided and no explanation given.
LMIA requires 3 years of GMAW/FCAW welding. Reference letters show 2 yrs 7 mths as welder helper and fitter; duties described are mostly cutting, grinding and fit-up, not production welding.
IELTS General on file is below the CLB 5 listed in the LMIA; applicant would need to follow safety instructions and read blueprints in English.
LMIA is valid and matches the job offer.
Based on the documents submitted I am not satisfied the applicant will be able to adequately perform the work sought. Applicant has also not provided documents reasonably required. Refused R200(3)(a) and A16(1)."""), release=R),
  gcms_page(A, U, 5, 5, "<h3>NOTES (continued)</h3>"
    + gnote("Created: 2025-02-27 10:05 &nbsp; Created by: XT4412 &nbsp; Type: Eligibility", """
Initial review. LMIA positive, valid, lists applicant's name. Employer appears active (LMIA recent).
Qualifications: ITI certificate claimed on form but not uploaded. Only one line on experience in IMM 1295. Request letter sent for trade certificate / CWB ticket and detailed reference letters. 30 days to respond.""")
    + gnote("Created: 2025-01-20 08:12 &nbsp; Created by: SYSTEM", "Application auto-triaged. Biometrics instruction letter sent.")
    + "<p style='margin-top:14px'>*** END OF RECORD ***</p>", release=R),
]
DOCS.append(dict(name="gcms-02-wp-lmia-en-5p", lang="en", pages=g02,
    label=dict(language="en", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="22334455"), grounds={},
        concerns=[
            dict(concernId="documents.missing", groundId="documents.not-provided",
                 quote="The trade certificate / CWB ticket was not provided and no explanation given", page=4),
            dict(concernId="job.experience-insufficient", groundId="ability-to-perform-work",
                 quote="duties described are mostly cutting, grinding and fit-up, not production welding", page=4),
            dict(concernId="language.below-requirement", groundId="ability-to-perform-work",
                 quote="IELTS General on file is below the CLB 5 listed in the LMIA", page=4),
        ],
        source="invented",
        notes="5-page printout, decision note page 4, earlier eligibility note page 5 (reverse chronological). Refusal Grounds printed: R200(3)(a) and A16(1). "
              "'LMIA is valid and matches the job offer', 'LMIA positive, valid, lists applicant's name' are positive. The page-5 note records the request (not separate concerns). "
              "Statuses Eligibility Failed / Other Reqs Failed are not concerns. The 3-years requirement vs '2 yrs 7 mths' is part of experience-insufficient.")))

# ---------------------------------------------------------------- G03 FR printout, FR notes, visitor, 3 pages
A, U, R = "V318990011", "11-1315-1719", "P-2025-20418"
g03 = [
  gcms_page(A, U, 1, 3, kv("DEMANDE", [("Numéro de demande :", A), ("IUC :", U), ("Catégorie :", "Visiteur"),
      ("Type de cas :", "VRT - Visa de résident temporaire"), ("Date de création :", "2025-01-08"), ("Bureau principal :", "Paris"),
      ("Bureau secondaire :", "Alger (CRDV)"), ("Date de réception :", "2025-01-08"), ("Statut :", "Fermée"), ("Motif du statut :", "Refusée")])
    + kv("DEMANDEUR PRINCIPAL", [("Nom :", "BENALI"), ("Prénom :", "KARIM"), ("Date de naissance :", "1995-08-17"), ("Citoyenneté :", "Algérie"),
      ("Pays de résidence :", "Algérie"), ("État matrimonial :", "Célibataire")])
    + assess([("Admissibilité :", "Échec"), ("Sécurité :", "Réussi"), ("Criminalité :", "Réussi"), ("Crime organisé :", "Réussi"),
      ("Médical :", "Non requis"), ("Fausses déclarations :", "Non commencé"), ("Données biométriques :", "Réussi")], lang="fr"), lang="fr", release=R),
  gcms_page(A, U, 2, 3, kv("FINALISATION DE LA DEMANDE", [("Décision finale :", "Refusée"), ("Date de la décision :", "2025-02-19"),
      ("Motifs de refus :", "R179b) - Antécédents de voyage; Situation d'emploi actuelle; Biens personnels et situation financière")])
    + kv("CORRESPONDANCE", [("Lettre de refus", "Générée"), ("Lettre d'instructions - biométrie", "Envoyée")])
    + kv("DOCUMENTS ÉLECTRONIQUES", [("Passeport", "2025-01-08"), ("Lettre d'invitation - frère", "2025-01-08"),
      ("Relevés bancaires - frère (Canada)", "2025-01-08"), ("Attestation de diplôme", "2025-01-08")])
    + "<h3>NOTES</h3>"
    + gnote("Créée le : 2025-02-19 16:20 &nbsp; Créée par : SYSTÈME", "Décision finale mise à jour : refusée. Lettre de refus générée."), lang="fr", release=R),
  gcms_page(A, U, 3, 3, "<h3>NOTES (suite)</h3>"
    + gnote("Créée le : 2025-02-19 16:11 &nbsp; Créée par : PAR7731 &nbsp; Type : Admissibilité", """
Demande examinée. Dem. 29 ans, célibataire, citoyen algérien. Objet : visite de son frère (RP) à Montréal pendant 3 mois.
Diplôme de master en génie civil (2023) au dossier.
Le demandeur est sans emploi depuis la fin de ses études en 2023 et ne démontre aucune activité économique en Algérie.
Aucun bien immobilier ni épargne personnelle déclarés.
Les fonds présentés appartiennent au frère, sans preuve de ses revenus ni de son engagement à prendre en charge le séjour.
Aucun voyage antérieur à l'extérieur de l'Algérie.
Après avoir soupesé ces facteurs, je ne suis pas convaincu que le demandeur quittera le Canada à la fin de son séjour. Refusé R179b).""")
    + gnote("Créée le : 2025-01-15 09:02 &nbsp; Créée par : SYSTÈME", "Données biométriques reçues et vérifiées."), lang="fr", release=R),
]
DOCS.append(dict(name="gcms-03-trv-fr-3p", lang="fr", pages=g03,
    label=dict(language="fr", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="1113151719"), grounds={},
        concerns=[
            dict(concernId="employment.unemployed", groundId="will-not-leave.current-employment",
                 quote="sans emploi depuis la fin de ses études en 2023", page=3),
            dict(concernId="ties.limited-assets", groundId="will-not-leave.assets-finances",
                 quote="Aucun bien immobilier ni épargne personnelle déclarés", page=3),
            dict(concernId="funds.third-party-support", groundId="will-not-leave.assets-finances",
                 quote="sans preuve de ses revenus ni de son engagement à prendre en charge le séjour", page=3),
            dict(concernId="travel.none", groundId="will-not-leave.travel-history",
                 quote="Aucun voyage antérieur à l'extérieur de l'Algérie", page=3),
        ],
        source="invented",
        notes="French printout, French notes. 'Motifs de refus' names R179b) with three factors; concerns take those factor ids. "
              "Brother PR in Montreal is stated as purpose (neutral), not weighed as a pull factor -> no ties.family-in-canada. Statuses (Admissibilité : Échec, etc.) are not concerns. "
              "'ne démontre aucune activité économique' is part of the unemployed concern (ties.not-established acceptable as alternative reading of that sentence).")))

# ---------------------------------------------------------------- G04 FR printout, EN notes, student, 3 pages
A, U, R = "S306778899", "1121314151", "A-2025-05531"
g04 = [
  gcms_page(A, U, 1, 3, kv("DEMANDE", [("Numéro de demande :", A), ("IUC :", "1121314151"), ("Catégorie :", "Étudiant"),
      ("Type de cas :", "30 - Permis d'études"), ("Bureau principal :", "Rabat"), ("Date de réception :", "2024-07-25"),
      ("Statut :", "Finalisée"), ("Motif du statut :", "Refusée"), ("Décision finale :", "Refusée - 2024-08-30")])
    + kv("DEMANDEUR PRINCIPAL", [("Nom :", "TAZI"), ("Prénom :", "SALMA"), ("Date de naissance :", "2000-02-09"), ("Citoyenneté :", "Maroc"),
      ("État matrimonial :", "Célibataire")])
    + kv("ÉTUDES", [("EED :", "O1xxxxxxxxxx (Ontario)"), ("Programme :", "Master of Data Science (anglais)"), ("Durée :", "2 ans"),
      ("Frais de scolarité (1re année) :", "CAD 38,500"), ("Fonds déclarés :", "MAD 420,000")])
    + assess([("Admissibilité :", "Échec"), ("Sécurité :", "Non commencé"), ("Criminalité :", "Non commencé"), ("Médical :", "Réussi"),
      ("Fausses déclarations :", "Non commencé")], lang="fr"), lang="fr", release=R),
  gcms_page(A, U, 2, 3, kv("FINALISATION DE LA DEMANDE", [("Motifs de refus :", "R216(1)b) - Objet de la visite; Biens personnels et situation financière")])
    + kv("DOCUMENTS ÉLECTRONIQUES", [("Lettre d'acceptation", "2024-07-25"), ("Relevé bancaire (juin-juillet 2024)", "2024-07-25"),
      ("Plan d'études", "2024-07-25"), ("Relevés de notes - licence", "2024-07-25")])
    + "<h3>NOTES</h3>"
    + gnote("Créée le : 2024-08-30 10:44 &nbsp; Créée par : SYSTÈME", "Final decision updated: Refused.")
    + gnote("Créée le : 2024-08-30 10:39 &nbsp; Créée par : RBA2207 &nbsp; Type : Eligibility", """
Application reviewed. PA is 24, holds a Licence in mathematics and computer science (2022). LOA verified with the DLI.
PA's bank statement covers only June and July 2024; no account history before June was provided.
A lump sum of MAD 250,000 was deposited on 2024-07-15, ten days before the application was submitted, with no documents showing where it came from.
Similar master's programs in data science are offered in Rabat and Casablanca at much lower cost; the study plan does not say why they are not suitable.
Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end of the period authorized for their stay. Refused."""), lang="fr", release=R),
  gcms_page(A, U, 3, 3, "<h3>NOTES (suite)</h3>"
    + gnote("Créée le : 2024-08-02 13:15 &nbsp; Créée par : SYSTÈME", "Biometrics enrolled at VAC Rabat. Application ready for review.")
    + gnote("Créée le : 2024-07-26 08:00 &nbsp; Créée par : SYSTÈME", "Application received - online. Fee paid.")
    + kv("HISTORIQUE", [("2024-07-25", "Demande soumise en ligne"), ("2024-08-02", "Données biométriques reçues"), ("2024-08-30", "Décision finale : refusée")])
    + "<p style='margin-top:14px'>*** FIN DU DOSSIER ***</p>", lang="fr", release=R),
]
DOCS.append(dict(name="gcms-04-sp-fr-en-notes-3p", lang="fr", pages=g04,
    label=dict(language="fr", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="1121314151"), grounds={},
        concerns=[
            dict(concernId="funds.transaction-history", groundId="will-not-leave.assets-finances",
                 quote="bank statement covers only June and July 2024", page=2),
            dict(concernId="funds.unexplained-deposit", groundId="will-not-leave.assets-finances",
                 quote="with no documents showing where it came from", page=2),
            dict(concernId="purpose.available-at-home", groundId="will-not-leave.purpose-of-visit",
                 quote="Similar master's programs in data science are offered in Rabat and Casablanca", page=2),
        ],
        source="invented",
        notes="French printout frame (field labels in French) with the officer's note in English; language labelled fr (the printout's language); the notes must still be read. "
              "LOA verified is positive. Funds concerns support assets-finances as named in 'Motifs de refus'. Note page 2; page 3 holds only system notes.")))

# ---------------------------------------------------------------- G05 in-Canada SP extension 2015, unauthorized work (adapted from Torres Martinez 2016 FC 636)
A, U, R = "S301122334", "3344-5566", "P-2015-15870"
g05 = [
  gcms_page(A, U, 1, 3, kv("APPLICATION", [("Application Number:", A), ("UCI:", U), ("Category:", "Student"),
      ("Case Type:", "31 - Study Permit Extension (in Canada)"), ("Created Date:", "2015-08-11"), ("Primary Office:", "CPC Vegreville"),
      ("Received Date:", "2015-08-11"), ("App Status:", "Closed"), ("Status Reason:", "Refused")])
    + kv("CLIENT", [("Family Name:", "OSPINA RESTREPO"), ("Given Name:", "LAURA CAMILA"), ("Date of Birth:", "1996-03-02"),
      ("Country of Citizenship:", "Colombia"), ("Current status in Canada:", "Student - valid to 2015-09-15"),
      ("Conditions on current permit:", "Unless authorized, prohibited from engaging in employment in Canada")])
    + kv("ASSESSMENTS", [("Eligibility:", "Failed"), ("Security:", "Not Required"), ("Criminality:", "Passed"), ("Medical:", "Not Required")]), release=R),
  gcms_page(A, U, 2, 3, kv("FINALIZE APPLICATION", [("Final Decision:", "Refused"), ("Final Decision Date:", "2015-09-19"),
      ("Refusal Grounds:", "R183(1) - Failure to comply with conditions imposed on current permit")])
    + kv("eDOCS", [("Letter of acceptance - university, Halifax", "2015-08-11"), ("Secondary school diploma", "2015-08-11"),
      ("Parents' bank statements", "2015-08-11"), ("Reference letter - after-school program", "2015-08-11")])
    + "<h3>NOTES</h3>"
    + gnote("Created: 2015-09-20 09:31 &nbsp; Created by: VEG0442 &nbsp; Type: Decision", """
Client completed grade 12 at a private secondary school in Halifax and has been accepted to an undergraduate program in Halifax starting Sept 2015. Funds from parents sufficient.
Reference letter submitted by client shows she worked as a supervisor in the school's after-school care program from January to June 2015, approx. 10 hrs/week.
Client's study permit prohibits employment unless authorized. As a secondary school student she was not eligible to work on or off campus without a work permit, and no work permit is on file.
Client has engaged in unauthorized work in Canada and has not complied with the conditions of her permit. Refused.""")
    + gnote("Created: 2015-09-19 16:02 &nbsp; Created by: SYSTEM", "Final decision updated - Refused. Refusal letter printed."), release=R),
  gcms_page(A, U, 3, 3, kv("CORRESPONDENCE", [("Refusal letter", "Printed 2015-09-19"), ("Acknowledgement of receipt", "Sent 2015-08-12")])
    + kv("HISTORY", [("2015-08-11", "Application received (paper, CPC Vegreville)"), ("2015-08-12", "AOR sent"),
      ("2015-09-19", "Decision: Refused"), ("2015-09-20", "Decision note added")])
    + "<p style='margin-top:14px'>*** END OF REPORT ***</p>", release=R),
]
DOCS.append(dict(name="gcms-05-sp-ext-unauthorized-work-en", lang="en", pages=g05,
    label=dict(language="en", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="33445566"), grounds={},
        concerns=[
            dict(concernId="other", groundId="other",
                 quote="Client has engaged in unauthorized work in Canada and has not complied with the conditions", page=2),
        ],
        source="adapted from Torres Martinez v. Canada (Citizenship and Immigration), 2016 FC 636 (https://taxinterpretations.com/content/433165) - facts only (Colombian secondary-school graduate in Halifax, after-school care supervisor, extension refused September 2015, note dated the day after the decision); names, numbers and note text invented",
        notes="Printout; refusal ground R183(1) non-compliance with conditions matches no catalogue ground -> concern 'other' with groundId 'other'. "
              "will-not-leave.previous-contravention is related but the ground here is the current permit's conditions, not a will-not-leave finding. "
              "Acceptance to university and sufficient funds are positive. 2015 decision; letter.date null.")))

# ---------------------------------------------------------------- G06 approved visitor EN, 2 pages, no concerns
A, U, R = "V320011223", "11-3141-5161", "P-2025-33305"
g06 = [
  gcms_page(A, U, 1, 2, kv("APPLICATION", [("Application Number:", A), ("UCI:", U), ("Category:", "Visitor"), ("Case Type:", "TRV - Multiple entry"),
      ("Primary Office:", "Manila"), ("Received Date:", "2025-05-02"), ("App Status:", "Finalized"), ("Status Reason:", "Approved")])
    + kv("CLIENT", [("Family Name:", "DELA CRUZ"), ("Given Name:", "MARIA LOURDES"), ("Date of Birth:", "1967-01-30"), ("Country of Citizenship:", "Philippines"),
      ("Marital Status:", "Married")])
    + assess([("Eligibility:", "Passed"), ("Security:", "Passed"), ("HIRV:", "Passed"), ("Criminality:", "Passed"), ("Org Crime:", "Passed"),
      ("Medical:", "Not Required"), ("Misrepresentation:", "Passed"), ("Biometrics:", "Passed")])
    + kv("FINALIZE APPLICATION", [("Final Decision:", "Approved"), ("Final Decision Date:", "2025-06-11"),
      ("Document issued:", "TRV counterfoil, multiple entry, valid to 2030-01-14"), ("Passport request:", "Sent 2025-06-11")]), release=R),
  gcms_page(A, U, 2, 2, "<h3>NOTES</h3>"
    + gnote("Created: 2025-06-11 10:22 &nbsp; Created by: MNL3390 &nbsp; Type: Eligibility", """
PA 58 y.o. retired public school teacher, pension statements on file showing regular monthly income. Owns family home (title on file). Spouse remains in the Philippines and is employed.
Purpose: visit son (PR) and grandchildren in Calgary for 6 weeks. Return ticket booking on file.
Travel history: UK 2019, Schengen 2022 and 2024, Japan 2023 - all with return.
Funds sufficient for the stay. Bona fides established. I am satisfied PA will leave Canada at the end of the authorized stay. Approved, MV to passport expiry.""")
    + gnote("Created: 2025-06-11 10:25 &nbsp; Created by: SYSTEM", "Final decision updated: Approved. Passport request letter sent.")
    + gnote("Created: 2025-05-09 14:40 &nbsp; Created by: SYSTEM", "Biometrics enrolled."), release=R),
]
DOCS.append(dict(name="gcms-06-trv-approved-en", lang="en", pages=g06,
    label=dict(language="en", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="1131415161"), grounds={}, concerns=[],
        source="invented",
        notes="GCMS printout of an APPROVED application: every note is positive, no concerns. Son (PR) in Canada is neutral purpose, not weighed against. Status values all Passed. A false-positive trap.")))

# ---------------------------------------------------------------- G07 2014 CAIPS-style caps, scanned, 3 pages
A, U, R = "V300998877", "4455-6677", "A-2014-08812"
g07 = [
  gcms_page(A, U, 1, 3, kv("APPLICATION", [("Application Number:", A), ("UCI:", U), ("Category:", "Visitor"), ("Primary Office:", "Hong Kong"),
      ("Received Date:", "2014-03-04"), ("App Status:", "Closed"), ("Status Reason:", "Refused"), ("Final Decision Date:", "2014-03-21")])
    + kv("CLIENT", [("Family Name:", "VILLANUEVA"), ("Given Name:", "JOCELYN"), ("Date of Birth:", "1984-07-12"), ("Country of Citizenship:", "Philippines"),
      ("Country of Residence:", "Hong Kong SAR"), ("Residence status:", "Foreign domestic helper - employment visa to 2015-01-20"),
      ("Marital Status:", "Single")])
    + kv("ASSESSMENTS", [("Eligibility:", "Failed"), ("Criminality:", "Not Started"), ("Security:", "Not Started"), ("Medical:", "Not Required")]), release=R),
  gcms_page(A, U, 2, 3, kv("REFUSAL", [("Refusal grounds:", "R179(B) - BONA FIDES NOT ESTABLISHED; R179(B) - INSUFFICIENT FUNDS")])
    + "<h3>NOTES</h3>"
    + gnote("Created: 2014-03-21 11:05 &nbsp; Created by: HKG0127", """
TRV APPL FOR 3 MTHS TO VISIT SISTER IN WINNIPEG. SISTER CAME TO CDA AS LIVE-IN CAREGIVER, NOW PR. PA 29 Y.O., SINGLE, NO CHILDREN.
PA IN HK SINCE 2009 AS DOMESTIC HELPER, CONTRACT ENDS JAN 2015. STATUS IN HK TIED TO EMPLOYER, NO RIGHT TO REMAIN IF CONTRACT NOT RENEWED.
EMPLOYER LTR DOES NOT CONFIRM CONTRACT WILL BE RENEWED OR THAT LEAVE IS APPROVED FOR 3 MTHS.
HKD 18,000 IN ACCT, NOT SUFFICIENT FOR 3 MTH STAY PLUS AIRFARE.
SISTER IN CDA FOLLOWED SAME PATH PA IS NOW ON - STRONG PULL TO CDA.
ON BALANCE NOT SATISFIED PA IS A GENUINE VISITOR WHO WILL LEAVE CDA AT END OF STAY. REFUSED."""), release=R),
  gcms_page(A, U, 3, 3, "<h3>NOTES (CONT'D)</h3>"
    + gnote("Created: 2014-03-11 15:30 &nbsp; Created by: HKG0093", "FILE RECD. PPT + PHOTOS OK. FEE PAID. TO VO FOR REVIEW.")
    + kv("CORRESPONDENCE", [("Refusal letter", "Issued"), ("Passport returned", "Courier")])
    + "<p style='margin-top:14px'>*** END ***</p>", release=R),
]
DOCS.append(dict(name="gcms-07-trv-2014-caps-scan", lang="en", degrade="scan", pages=g07,
    label=dict(language="en", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="44556677"), grounds={},
        concerns=[
            dict(concernId="ties.no-dependants", groundId="will-not-leave.family-ties",
                 quote="PA 29 Y.O., SINGLE, NO CHILDREN", page=2),
            dict(concernId="status.temporary-in-residence-country", groundId="will-not-leave.immigration-status",
                 quote="STATUS IN HK TIED TO EMPLOYER, NO RIGHT TO REMAIN IF CONTRACT NOT RENEWED", page=2),
            dict(concernId="ties.not-established", groundId="will-not-leave.current-employment",
                 quote="EMPLOYER LTR DOES NOT CONFIRM CONTRACT WILL BE RENEWED OR THAT LEAVE IS APPROVED", page=2),
            dict(concernId="funds.insufficient", groundId="insufficient-funds",
                 quote="NOT SUFFICIENT FOR 3 MTH STAY PLUS AIRFARE", page=2),
            dict(concernId="ties.family-in-canada", groundId="will-not-leave.family-ties",
                 quote="SISTER IN CDA FOLLOWED SAME PATH PA IS NOW ON - STRONG PULL TO CDA", page=2),
        ],
        source="invented",
        notes="Scanned 2014 printout, all-caps terse note. Refusal grounds name bona fides (will-not-leave) and insufficient funds -> funds.insufficient supports insufficient-funds. "
              "The employer-letter concern (no confirmation of renewal / leave) is labelled ties.not-established; it also touches status.temporary. "
              "Page 3 holds only an intake note (not a concern).")))

# ---------------------------------------------------------------- G08 worker EN, 4 pages, redactions, job-offer genuineness
A, U, R = "W306667788", "11-4151-6171", "A-2025-17720"
g08 = [
  gcms_page(A, U, 1, 4, kv("APPLICATION", [("Application Number:", A), ("UCI:", U), ("Category:", "Worker"),
      ("Case Type:", "20 - Work Permit - LMIA required"), ("Primary Office:", "Ankara"), ("Received Date:", "2024-09-16"),
      ("App Status:", "Closed"), ("Status Reason:", "Refused"), ("Final Decision Date:", "2024-11-27")])
    + kv("CLIENT", [("Family Name:", "YILMAZ"), ("Given Name:", "EMRE"), ("Date of Birth:", "1988-04-04"), ("Country of Citizenship:", "Türkiye"),
      ("Marital Status:", "Married")])
    + kv("JOB OFFER", [("Employer:", "[withheld]"), ("Position:", "Operations Manager (NOC 70012)"), ("Location:", "Mississauga ON"),
      ("Wage:", "CAD 41.00 / hour")]), release=R, margin_codes=[(3.55, "s.19(1)")]),
  gcms_page(A, U, 2, 4, kv("ASSESSMENTS", [("Eligibility:", "Failed"), ("Security:", "Passed"), ("Criminality:", "Passed"),
      ("Medical:", "Passed"), ("Misrepresentation:", "Not Started"), ("Other Reqs:", "Passed")])
    + kv("FINALIZE APPLICATION", [("Final Decision:", "Refused"), ("Refusal Grounds:", "R200(5) - Offer of employment not genuine")])
    + kv("eDOCS", [("LMIA", "2024-09-16"), ("Employment contract", "2024-09-16"), ("Employer T4 Summary 2023", "2024-10-30"),
      ("Pay stubs (applicant, previous employment)", "2024-09-16"), ("Corporate registration", "2024-10-30")]), release=R),
  gcms_page(A, U, 3, 4, "<h3>NOTES</h3>"
    + gnote("Created: 2024-11-27 13:12 &nbsp; Created by: ANK2290 &nbsp; Type: Decision", """
Applicant applies for a WP on the basis of an LMIA for an operations manager position. Applicant has 10 yrs of logistics management experience in Istanbul, reference letters detailed - ok.
Employer's 2023 T4 summary shows two employees and total payroll of CAD 61,400. The employer's business is a small freight brokerage operating from a shared office. It is unclear why a full-time operations manager at CAD 41/hr is needed.
""" + "<span class='rline'></span><span class='rline'></span>" + """
Pay stubs submitted for the applicant's current job are issued by a company whose name differs from the employer named in his reference letter and on the IMM 1295; no explanation provided.
Not satisfied the offer of employment is genuine. Refused R200(5).""")
    + gnote("Created: 2024-11-27 13:15 &nbsp; Created by: SYSTEM", "Final decision updated: Refused."), release=R,
    margin_codes=[(3.05, "s.16(1)(c)")]),
  gcms_page(A, U, 4, 4, "<h3>NOTES (continued)</h3>"
    + gnote("Created: 2024-10-30 09:40 &nbsp; Created by: ANK2290 &nbsp; Type: Eligibility", """
Employer documents requested via email to representative; received same day: T4 summary 2023, corporate registration.
""" + "<span class='rline'></span>")
    + gnote("Created: 2024-09-24 12:00 &nbsp; Created by: SYSTEM", "Biometrics enrolled - VAC Istanbul.")
    + "<p style='margin-top:14px'>*** END OF RECORD ***</p>", release=R, margin_codes=[(1.75, "s.15(1)")]),
]
DOCS.append(dict(name="gcms-08-wp-genuineness-redacted-en", lang="en", pages=g08,
    label=dict(language="en", documentKind="gcms-notes",
        letter=dict(date=None, applicationNumber=A, uci="1141516171"), grounds={},
        concerns=[
            dict(concernId="job.employer-genuineness", groundId="job-offer.genuineness",
                 quote="shows two employees and total payroll of CAD 61,400", page=3),
            dict(concernId="credibility.inconsistency", groundId="documents.truthfulness",
                 quote="issued by a company whose name differs from the employer named in his reference letter", page=3),
        ],
        source="invented",
        notes="Printout with redacted lines and exemption codes in the margin (s.19(1), s.16(1)(c), s.15(1)). Refusal ground R200(5). "
              "Experience/reference letters 'ok' is positive. The pay-stub discrepancy keeps its default ground documents.truthfulness (the printout does not name it). "
              "Employer size/payroll/need are one employer-genuineness concern.")))
