from helpers import *

D = []
WNL = "will-not-leave"


def build(app, uci_p, lang, bodies, footer_text=None):
    n = len(bodies)
    ft = footer_text or ("Released under the Privacy Act / Communiqué en vertu de la Loi sur la protection des renseignements personnels")
    return ['<div class="g">' + ghead(app, uci_p, i + 1, n, lang) + b + "</div>" + gfoot(ft)
            for i, b in enumerate(bodies)]


def assessments(rows, lang="en"):
    t = "ASSESSMENTS" if lang == "en" else "ÉVALUATIONS"
    return sec(t) + fields(rows)


# ---------------------------------------------------------------- G01 visitor refused, 3 pages
D.append(dict(
    name="g01-gcms-visitor-en-nairobi-3p", kind="gcms-notes", lang="en", date=None,
    app="V316009882", uci="1102774563", grounds={},
    concerns=[
        ("ties.not-established", f"{WNL}.current-employment", "gives no start date, so PA's length of employment cannot be verified", 3),
        ("funds.transaction-history", f"{WNL}.assets-finances", "only the closing balance on a bank letter dated 2025-02-20", 3),
        ("travel.none", f"{WNL}.travel-history", "PA has no travel outside the EAC", 3),
    ],
    source="invented",
    notes="3-page ATIP-style printout. Refusal Grounds list R179(b) with sub-reasons; concerns use those grounds. Assessment statuses and system entries are not concerns. letter.date null: a printout has no letter date (decision date 2025-03-11).",
    pages=build("V316009882", "11-0277-4563", "en", [
        sec("APPLICATION") + fields([
            ("Application Number:", "V316009882"), ("Category:", "Visitor"), ("Line of Business:", "Temporary Resident"),
            ("Created Date:", "2025-02-24"), ("Created by:", "System (online)"), ("Primary Office:", "Nairobi"),
            ("Secondary Office:", "Nairobi"), ("Received Date:", "2025-02-24"), ("App Status:", "Closed"),
            ("Status Reason:", "Final Decision Made")])
        + sec("PRINCIPAL APPLICANT") + fields([
            ("UCI:", "11-0277-4563"), ("Family Name:", "OTIENO"), ("Given Name(s):", "BRIAN OCHIENG"),
            ("Date of Birth:", "1989-07-02"), ("Country of Citizenship:", "Kenya"), ("Marital Status:", "Single"),
            ("Passport Number:", "AK0392271"), ("Intended Purpose:", "Visit friend - Calgary AB"),
            ("Intended Length of Stay:", "4 weeks")]),
        assessments([("Eligibility:", "Failed"), ("Security:", "Passed"), ("HIRV:", "Passed"), ("Criminality:", "Passed"),
                     ("Org Crime:", "Passed"), ("Medical:", "Not Required"), ("Misrepresentation:", "Not Started"),
                     ("Info Sharing:", "Passed"), ("Other Reqs:", "Not Started")])
        + sec("FINALIZE APPLICATION") + fields([
            ("Final Decision:", "Refused"), ("Final Decision Date:", "2025-03-11"),
            ("Refusal Grounds:", "R179(b) - Travel history; Current employment situation; Personal assets and financial status")])
        + sec("CORRESPONDENCE") + fields([("2025-03-11", "Refusal letter (IMM 0276) - sent electronically"),
                                          ("2025-02-25", "Biometric instruction letter - sent")])
        + sec("EDOCS") + fields([("Passport", "2025-02-24"), ("Employment letter", "2025-02-24"),
                                 ("Bank letter", "2025-02-24"), ("Invitation letter", "2025-02-24")]),
        sec("NOTES")
        + note(4, "2025-03-11 14:02", "System", "Decision", ["Refusal letter generated."])
        + note(3, "2025-03-11 14:01", "System", "Decision", ["Final decision updated: Refused."])
        + note(2, "2025-03-11 13:58", "VO17832", "Eligibility", [
            "Application reviewed. PA is a 35 y.o. citizen of Kenya applying to visit a friend in Calgary for 4 weeks.",
            "PA works as a sales agent on commission; the employment letter gives no start date, so PA's length of "
            "employment cannot be verified.",
            "Funds: PA's account shows only the closing balance on a bank letter dated 2025-02-20; no statements of "
            "account submitted.",
            "PA has no travel outside the EAC.",
            "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the "
            "end of the period authorized for their stay. Refused R179(b)."])
        + note(1, "2025-02-25 09:10", "System", "General", ["Application received online. Biometrics on file."]),
    ])))

# ---------------------------------------------------------------- G02 worker LMIA refused, 2 pages
D.append(dict(
    name="g02-gcms-worker-lmia-en-truck-2p", kind="gcms-notes", lang="en", date=None,
    app="W308551402", uci="1140662291", grounds={},
    concerns=[
        ("job.experience-insufficient", "ability-to-perform-work", "PA drove light delivery vans, not tractor-trailers", 2),
        ("job.qualification-not-shown", "ability-to-perform-work", "Heavy vehicle licence (Class HTV) not submitted", 2),
        ("language.below-requirement", "ability-to-perform-work", "too low to deal with dispatch, logs, and roadside inspections", 2),
    ],
    source="invented",
    notes="2-page printout. Refused R200(3)(a). 'LMIA valid, name matches' is positive.",
    pages=build("W308551402", "11-4066-2291", "en", [
        sec("APPLICATION") + fields([
            ("Application Number:", "W308551402"), ("Category:", "Worker"), ("Sub-category:", "LMIA required - high wage"),
            ("Created Date:", "2025-04-03"), ("Primary Office:", "Chandigarh"), ("App Status:", "Finalized"),
            ("Status Reason:", "Refused")])
        + sec("CLIENT") + fields([
            ("UCI:", "11-4066-2291"), ("Name:", "RANDHAWA, MANPREET"), ("Date of Birth:", "1991-11-19"),
            ("Citizenship:", "India"), ("Marital Status:", "Married"),
            ("Intended Occupation:", "Transport truck driver (NOC 73300, TEER 3)"), ("Employer:", "Prairie Line Freight Ltd., Winnipeg MB"),
            ("LMIA Number:", "9004417732")])
        + assessments([("Eligibility:", "Failed"), ("Security:", "Passed"), ("Criminality:", "Passed"), ("Medical:", "Passed"),
                       ("Biometrics:", "Passed"), ("Misrepresentation:", "Not Started")])
        + sec("FINALIZE APPLICATION") + fields([("Final Decision:", "Refused"), ("Decision Date:", "2025-06-17"),
                                                ("Refusal Grounds:", "R200(3)(a) - ability to perform the work")]),
        sec("NOTES")
        + note(3, "2025-06-17", "System", "Decision", ["Refusal letter generated and sent to applicant."])
        + note(2, "2025-06-17", "CHD0417", "Eligibility", [
            "PA applying for LMIA WP as long-haul truck driver (NOC 73300, TEER 3) for a carrier in Winnipeg. LMIA "
            "valid, name matches. LMIA requires 2 yrs of heavy truck experience and Class 1 or equivalent licence.",
            "Ref letter shows PA drove light delivery vans, not tractor-trailers.",
            "Heavy vehicle licence (Class HTV) not submitted; only light motor vehicle licence on file.",
            "IELTS General L4.5 R4.0 W4.5 S5.0 - too low to deal with dispatch, logs, and roadside inspections in English.",
            "Not satisfied PA can perform work. Refused R200(3)(a)."])
        + note(1, "2025-04-05", "System", "General", ["Biometrics enrolled - VAC New Delhi."]),
    ])))

# ---------------------------------------------------------------- G03 student refused, redaction
D.append(dict(
    name="g03-gcms-student-en-tehran-funds-3p", kind="gcms-notes", lang="en", date=None,
    app="S304120987", uci="1119455023", grounds={},
    concerns=[
        ("funds.transaction-history", f"{WNL}.assets-finances", "the certificates show balances only and give no history of the accounts", 3),
        ("funds.third-party-support", f"{WNL}.assets-finances", "no evidence of his income or pension, and no letter from him committing the funds", 3),
        ("ties.family-in-canada", f"{WNL}.family-ties", "PA's brother lives in Toronto and PA would live with him", 3),
        ("purpose.available-at-home", f"{WNL}.purpose-of-visit", "Similar business diplomas are available in Tehran at a fraction of the cost", 3),
    ],
    source="adapted from Mostofi v Canada 2024 FC 1496 (fact pattern: study permit, certificates of deposit without transaction history, father's account); all note wording invented",
    notes="3-page printout with s.16(1)(c) exemption margins and a blank withheld passage in the decision note. Refusal Grounds R216(1)(b) with sub-reasons; funds concerns therefore use will-not-leave.assets-finances.",
    pages=build("S304120987", "11-1945-5023", "en", [
        sec("APPLICATION") + fields([
            ("Application Number:", "S304120987"), ("Category:", "Student"), ("Created Date:", "2025-05-12"),
            ("Primary Office:", "Ankara"), ("Secondary Office:", "IRCC Sydney (CPC)"), ("Received Date:", "2025-05-12"),
            ("App Status:", "Closed"), ("Status Reason:", "Final Decision Made")])
        + sec("PRINCIPAL APPLICANT") + fields([
            ("UCI:", "11-1945-5023"), ("Name:", "KARIMI, NEGAR"), ("Date of Birth:", "1995-01-28"),
            ("Country of Citizenship:", "Iran"), ("Marital Status:", "Single"),
            ("Program:", "Business - Diploma (2 yrs), Toronto ON"), ("DLI:", "O19395535012")])
        + sec("EDUCATION") + fields([("Bachelor of Arts, English Literature", "2013-2017, Iran")]),
        assessments([("Eligibility:", "Failed"), ("Security:", "Passed"), ("HIRV:", "Passed"), ("Criminality:", "Passed"),
                     ("Medical:", "Passed"), ("Biometrics:", "Passed"), ("Misrepresentation:", "Not Started"),
                     ("Info Sharing:", "Review Required")])
        + sec("FINALIZE APPLICATION") + fields([
            ("Final Decision:", "Refused"), ("Final Decision Date:", "2025-07-08"),
            ("Refusal Grounds:", "R216(1)(b) - Personal assets and financial status; Family ties in Canada and in country of residence; Purpose of visit")])
        + sec("CORRESPONDENCE") + fields([("2025-07-08", "Refusal letter - sent to applicant portal")])
        + ex("s.16(1)(c)", 4.5) + sec("INFO SHARING") + fields([("Result:", redact())]),
        sec("NOTES")
        + note(2, "2025-07-08", "AK90213", "Eligibility", [
            "I have reviewed the application. PA is a 30 y.o. citizen of Iran applying for a 2-year Business diploma "
            "in Toronto. PA holds a BA in English Literature (2017).",
            "Funds consist of two certificates of deposit, one in PA's name and one in the father's name; the "
            "certificates show balances only and give no history of the accounts. Father is stated to be a retired "
            "teacher; no evidence of his income or pension, and no letter from him committing the funds.",
            "PA's brother lives in Toronto and PA would live with him; this is a pull factor to Cda.",
            "Similar business diplomas are available in Tehran at a fraction of the cost.",
            redact(),
            "Weighing the factors in this application. I am not satisfied that the applicant will depart Canada at the "
            "end of the period authorized for their stay. For the reasons above, I have refused this application."])
        + ex("s.16(1)(c)", 3.0)
        + note(1, "2025-05-13", "System", "General", ["Application submitted online. Fees paid."]),
    ])))

# ---------------------------------------------------------------- G04 FR visitor, FR labels and notes
D.append(dict(
    name="g04-smgc-visiteur-fr-abidjan-2p", kind="gcms-notes", lang="fr", date=None,
    app="V315502291", uci="1127684409", grounds={},
    concerns=[
        ("ties.no-dependants", f"{WNL}.family-ties", "peu d'attaches familiales en Côte d'Ivoire qui l'inciteraient à y retourner", 2),
        ("employment.unemployed", f"{WNL}.current-employment", "être sans emploi depuis la fin de ses études en 2024", 2),
        ("funds.insufficient", f"{WNL}.assets-finances", "ce qui est insuffisant pour couvrir le billet d'avion", 2),
    ],
    source="invented",
    notes="French printout (French field names, 'Page x de y'), French notes. Motifs de refus R179b) with sub-reasons.",
    pages=build("V315502291", "11-2768-4409", "fr", [
        sec("DEMANDE") + fields([
            ("Numéro de la demande :", "V315502291"), ("Catégorie :", "Visiteur"), ("Date de création :", "2025-01-14"),
            ("Bureau principal :", "Dakar"), ("Statut de la demande :", "Fermée"), ("Motif du statut :", "Décision finale rendue")])
        + sec("DEMANDEUR PRINCIPAL") + fields([
            ("IUC :", "11-2768-4409"), ("Nom :", "KOUASSI, AMENAN PRISCA"), ("Date de naissance :", "1999-04-30"),
            ("Citoyenneté :", "Côte d'Ivoire"), ("État matrimonial :", "Célibataire"), ("But du séjour :", "Visite - Montréal (Québec)")])
        + assessments([("Admissibilité :", "Échec"), ("Sécurité :", "Réussi"), ("Criminalité :", "Réussi"),
                       ("Médical :", "Non requis"), ("Fausses déclarations :", "Non commencé")], "fr")
        + sec("FINALISATION") + fields([
            ("Décision finale :", "Refusée"), ("Date de la décision :", "2025-02-06"),
            ("Motifs de refus :", "R179b) - Liens familiaux; Situation d'emploi actuelle; Biens personnels et situation financière")]),
        sec("NOTES")
        + note(3, "2025-02-06", "Système", "Décision", ["Lettre de refus générée."])
        + note(2, "2025-02-06", "DKR2207", "Admissibilité", [
            "Demande examinée. DP de 26 ans, citoyenne de Côte d'Ivoire, célibataire et sans enfant, souhaite visiter une "
            "amie à Montréal pendant 3 semaines.",
            "La DP déclare être sans emploi depuis la fin de ses études en 2024.",
            "Le relevé bancaire montre un solde de 420 000 FCFA, ce qui est insuffisant pour couvrir le billet d'avion et "
            "un séjour de trois semaines.",
            "La DP a peu d'attaches familiales en Côte d'Ivoire qui l'inciteraient à y retourner.",
            "Compte tenu de l'ensemble des facteurs, je ne suis pas convaincu que la DP quittera le Canada à la fin de son "
            "séjour. Refusée - R179b)."])
        + note(1, "2025-01-15", "Système", "Général", ["Données biométriques reçues."]),
    ])))

# ---------------------------------------------------------------- G05 FR labels, EN notes, credibility
D.append(dict(
    name="g05-smgc-travailleur-fr-notes-en-3p", kind="gcms-notes", lang="fr", date=None,
    app="W309930115", uci="1150220874", grounds={},
    concerns=[
        ("credibility.inconsistency", "documents.truthfulness", "but the CV submitted with the same application shows PA", 3),
        ("travel.previous-refusal", "documents.truthfulness", "PA answered no to previous refusals; UK visitor visa refused 2023-05", 3),
        ("job.employer-genuineness", "job-offer.genuineness", "registered at a residential address in Longueuil and reports 2 employees", 3),
    ],
    source="invented",
    notes="French-language printout template with notes written in English. Motifs de refus A16(1) and R200(5). The undeclared UK refusal is labelled travel.previous-refusal with its also-fits ground documents.truthfulness (credibility.inconsistency is an acceptable alternative reading).",
    pages=build("W309930115", "11-5022-0874", "fr", [
        sec("DEMANDE") + fields([
            ("Numéro de la demande :", "W309930115"), ("Catégorie :", "Travailleur"), ("Sous-catégorie :", "EIMT requise"),
            ("Date de création :", "2025-03-02"), ("Bureau principal :", "Rabat"), ("Bureau secondaire :", "Paris"),
            ("Statut de la demande :", "Finalisée"), ("Motif du statut :", "Refusée")])
        + sec("DEMANDEUR PRINCIPAL") + fields([
            ("IUC :", "11-5022-0874"), ("Nom :", "BENNANI, KARIM"), ("Date de naissance :", "1987-09-12"),
            ("Citoyenneté :", "Maroc"), ("Profession prévue :", "Boucher industriel (CNP 94141)"),
            ("Employeur :", "Viandes Rive-Sud inc., Longueuil (Québec)")]),
        assessments([("Admissibilité :", "Échec"), ("Sécurité :", "Réussi"), ("Criminalité :", "Réussi"),
                     ("Médical :", "Réussi"), ("Fausses déclarations :", "Révision requise"), ("Partage d'info :", "Réussi")], "fr")
        + sec("FINALISATION") + fields([
            ("Décision finale :", "Refusée"), ("Date de la décision :", "2025-05-21"),
            ("Motifs de refus :", "A16(1) - véracité des réponses; R200(5) - authenticité de l'offre d'emploi")])
        + sec("CORRESPONDANCE") + fields([("2025-04-22", "Lettre d'équité procédurale - envoyée"),
                                          ("2025-05-21", "Lettre de refus - envoyée")]),
        sec("NOTES")
        + note(4, "2025-05-21", "RBT3051", "Admissibilité", [
            "PFL response reviewed; applicant's letter does not explain the discrepancy in dates. Concerns not "
            "dispelled. Refused A16(1) and R200(5)."])
        + note(3, "2025-04-22", "RBT3051", "Admissibilité", [
            "Employment letter from Boucherie Atlas states PA worked there from 2018 to present, but the CV submitted "
            "with the same application shows PA employed in Italy from 2019 to 2022.",
            "PA answered no to previous refusals; UK visitor visa refused 2023-05 per info sharing.",
            "Employer Viandes Rive-Sud inc. is registered at a residential address in Longueuil and reports 2 employees; "
            "unclear how it can need and pay an industrial butcher.",
            "PFL to be sent."])
        + note(2, "2025-03-04", "System", "Général", ["Biometrics on file."])
        + note(1, "2025-03-02", "System", "Général", ["Application received."]),
    ])))

# ---------------------------------------------------------------- G06 approved student, positive notes only
D.append(dict(
    name="g06-gcms-student-en-approved-2p", kind="gcms-notes", lang="en", date=None,
    app="S306004413", uci="1176120034", grounds={},
    concerns=[], source="invented",
    notes="Approved application: notes state only positive findings; no concerns.",
    pages=build("S306004413", "11-7612-0034", "en", [
        sec("APPLICATION") + fields([
            ("Application Number:", "S306004413"), ("Category:", "Student"), ("Created Date:", "2025-06-02"),
            ("Primary Office:", "Manila"), ("App Status:", "Finalized"), ("Status Reason:", "Approved")])
        + sec("PRINCIPAL APPLICANT") + fields([
            ("UCI:", "11-7612-0034"), ("Name:", "REYES, MARIA ISABEL"), ("Date of Birth:", "2006-03-11"),
            ("Citizenship:", "Philippines"), ("Program:", "Bachelor of Science in Nursing, Halifax NS")])
        + assessments([("Eligibility:", "Passed"), ("Security:", "Passed"), ("Criminality:", "Passed"),
                       ("Medical:", "Passed"), ("Biometrics:", "Passed"), ("Misrepresentation:", "Passed")])
        + sec("FINALIZE APPLICATION") + fields([("Final Decision:", "Approved"), ("Decision Date:", "2025-07-15"),
                                                ("Document Issued:", "Port of entry letter of introduction; TRV counterfoil")]),
        sec("NOTES")
        + note(2, "2025-07-15", "MNL2044", "Eligibility", [
            "PA is an 19 y.o. high school graduate admitted to a 4-yr nursing degree. Program is a logical progression "
            "from her STEM strand studies. Tuition for first year paid in full. Parents' business registration, ITR "
            "and 6 months of bank statements on file; funds sufficient for tuition and living costs. PAL on file. "
            "Satisfied PA is a bona fide student. Approved."])
        + note(1, "2025-06-04", "System", "General", ["Biometrics enrolled - VAC Manila."]),
    ])))

# ---------------------------------------------------------------- G07 worker in progress, PFL sent
D.append(dict(
    name="g07-gcms-iec-en-in-progress-2p", kind="gcms-notes", lang="en", date=None,
    app="W310778812", uci="1188304551", grounds={},
    concerns=[
        ("credibility.inconsistency", "documents.truthfulness", "shows a 2021 conviction for driving without a licence", 2),
        ("documents.missing", "documents.not-provided", "Court documents for the 2021 conviction requested on 2025-05-02 and not received", 2),
    ],
    source="invented",
    notes="No decision yet (App Status: In Progress, Misrepresentation: Review Required); the notes record a PFL being sent. Concerns default grounds (no refusal grounds named).",
    pages=build("W310778812", "11-8830-4551", "en", [
        sec("APPLICATION") + fields([
            ("Application Number:", "W310778812"), ("Category:", "Worker"), ("Sub-category:", "IEC - Working Holiday"),
            ("Created Date:", "2025-03-18"), ("Primary Office:", "Vienna"), ("App Status:", "In Progress"),
            ("Status Reason:", "Awaiting applicant response")])
        + sec("PRINCIPAL APPLICANT") + fields([
            ("UCI:", "11-8830-4551"), ("Name:", "POPESCU, ANDREI MIHAI"), ("Date of Birth:", "1998-12-05"),
            ("Citizenship:", "Romania")])
        + assessments([("Eligibility:", "In Progress"), ("Security:", "Passed"), ("Criminality:", "Review Required"),
                       ("Medical:", "Not Required"), ("Biometrics:", "Passed"), ("Misrepresentation:", "Review Required")])
        + sec("CORRESPONDENCE") + fields([("2025-05-02", "Request for additional documents - sent"),
                                          ("2025-06-10", "Procedural fairness letter - sent")]),
        sec("NOTES")
        + note(3, "2025-06-10", "VIE1190", "Admissibility", [
            "Applicant declared no criminal charges or convictions, but the police certificate from Romania submitted "
            "2025-04 shows a 2021 conviction for driving without a licence.",
            "Court documents for the 2021 conviction requested on 2025-05-02 and not received.",
            "PFL sent, 30 days to respond. BF up."])
        + note(2, "2025-05-02", "VIE1190", "Eligibility", ["IEC quota and age requirements met. Request for court documents sent."])
        + note(1, "2025-03-18", "System", "General", ["Application received."]),
    ])))

# ---------------------------------------------------------------- G08 CAIPS-style caps, scan
D.append(dict(
    name="g08-gcms-visitor-en-caps-scan", kind="gcms-notes", lang="en", date=None,
    app="V314233809", uci="1112870346", grounds={}, degradation="scan",
    concerns=[
        ("status.temporary-in-residence-country", f"{WNL}.immigration-status", "PA'S STAY IN MALAYSIA DEPENDS ON CONTRACT RENEWAL, NO RIGHT TO REMAIN", 2),
        ("ties.not-established", f"{WNL}.current-employment", "HAS NOT SHOWN ANY ESTABLISHMENT IN NEPAL", 2),
        ("purpose.not-temporary", f"{WNL}.purpose-of-visit", "OFFERING JOB PLACEMENT IN CDA AFTER ARRIVAL", 2),
    ],
    source="invented",
    notes="Scanned (rasterised + noise) 2-page printout, all-capitals notes. Refusal Grounds R179(b) with sub-reasons.",
    pages=build("V314233809", "11-1287-0346", "en", [
        sec("APPLICATION") + fields([
            ("Application Number:", "V314233809"), ("Category:", "Visitor"), ("Created Date:", "2024-11-20"),
            ("Primary Office:", "Singapore"), ("App Status:", "Closed"), ("Status Reason:", "Final Decision Made")])
        + sec("PRINCIPAL APPLICANT") + fields([
            ("UCI:", "11-1287-0346"), ("Name:", "GURUNG, BIKASH"), ("Date of Birth:", "1984-08-16"),
            ("Citizenship:", "Nepal"), ("Country of Residence:", "Malaysia"), ("Residence status:", "Temporary employment pass")])
        + assessments([("Eligibility:", "Failed"), ("Security:", "Passed"), ("Criminality:", "Passed"), ("Medical:", "Not Required")])
        + sec("FINALIZE APPLICATION") + fields([
            ("Final Decision:", "Refused"), ("Decision Date:", "2024-12-09"),
            ("Refusal Grounds:", "R179(b) - Immigration status; Current employment situation; Purpose of visit")]),
        sec("NOTES")
        + note(2, "2024-12-09", "SGP0338", "Eligibility", [
            "PA 40 Y.O. NEPALESE CITIZEN WORKING IN KUALA LUMPUR AS SECURITY GUARD ON TEMP WORK PASS EXP 2026. PA'S STAY "
            "IN MALAYSIA DEPENDS ON CONTRACT RENEWAL, NO RIGHT TO REMAIN.",
            "PA HAS BEEN ABROAD SINCE 2014 AND HAS NOT SHOWN ANY ESTABLISHMENT IN NEPAL.",
            "EMAIL FROM RECRUITMENT AGENT ON FILE OFFERING JOB PLACEMENT IN CDA AFTER ARRIVAL.",
            "ON BALANCE NOT SATISFIED PA IS A BF VISITOR. REFUSED R179(B)."])
        + note(1, "2024-12-09", "System", "Decision", ["Final decision updated: Refused. Refusal letter generated."]),
    ])))
