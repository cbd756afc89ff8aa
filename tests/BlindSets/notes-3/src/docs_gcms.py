"""GCMS printouts n3-15 .. n3-22 (ATIP / Privacy Act release style)."""
from templates import esc, page, notes_text

W = "will-not-leave"
def f(x): return f"will-not-leave.{x}"

DOCS = []
def add(**k): DOCS.append(k)

def kv(rows):
    return "<table>" + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows) + "</table>"

def gcms(app, uci, pages_body, release="A-2025-41877", lang="en"):
    n = len(pages_body)
    out = []
    for i, b in enumerate(pages_body, 1):
        pb = ' class="pb"' if i > 1 else ""
        hdr = (f'<div{pb}></div><div class="gc"><div class="small" style="display:flex;justify-content:space-between">'
               f'<span>GCMS - Client Application Details / Détails de la demande</span><span>UCI: {esc(uci)}  Application: {esc(app)}</span></div>')
        ftr = (f'<div class="small" style="margin-top:14px;border-top:1px solid #999;display:flex;justify-content:space-between">'
               f'<span>Release {esc(release)} - Protected B when completed</span><span>Page {i} of {n}</span></div></div>')
        out.append(hdr + b + ftr)
    return page("".join(out))

def notes_entries(entries):
    """entries: (no, date, user, segments)"""
    html, concerns = [], []
    for no, date, user, segs in entries:
        text, c = notes_text(segs)
        concerns += c
        html.append(f'<tr><td>{no}</td><td>{esc(date)}</td><td>{esc(user)}</td><td style="white-space:pre-wrap">{esc(text)}</td></tr>')
    return '<table><tr><td><b>#</b></td><td><b>Created</b></td><td><b>User</b></td><td><b>Note</b></td></tr>' + "".join(html) + "</table>", concerns

def assess(rows):
    return "<h3>Assessments</h3>" + kv(rows)

STD_ASSESS = [("Eligibility:", "Failed"), ("Security:", "Passed"), ("HIRV:", "Passed"), ("Criminality:", "Passed"),
              ("Org Crime:", "Passed"), ("Medical:", "Not Required"), ("Misrepresentation:", "Not Started"),
              ("Info Sharing:", "Not Required"), ("Other Reqs:", "Not Started")]

def build(base, lang, app, uci, category, office, received, decision, ddate, refusal_grounds, entries, client, extra_pages=(), assess_rows=STD_ASSESS, permit=None, source="invented", note="", grounds_for_concern=None, degradation="none"):
    ntab, concerns = notes_entries(entries)
    p1 = ("<h3>Application</h3>" + kv([("Application Number:", app), ("UCI:", uci), ("Category:", category),
          ("Created Date:", received), ("Created By:", "System - Online"), ("Primary Office:", office),
          ("Secondary Office:", "IRCC Centralized Network"), ("App Status:", "Closed"), ("App Status Reason:", decision)])
          + assess(assess_rows) + "<h3>Client</h3>" + kv(client))
    p_fin = ("<h3>Finalize Application</h3>" + kv([("Final Decision:", decision), ("Final Decision Date:", ddate), ("Refusal Grounds:", refusal_grounds)])
             + "<h3>Notes</h3>" + ntab)
    body = gcms(app, uci, [p1, *extra_pages, p_fin])
    add(base=base, kind="gcms-notes", lang=lang, html=body, concerns=concerns,
        letter={"date": ddate, "applicationNumber": app, "uci": uci.replace("-", ""), "permitType": permit, "decisionLocation": "inside-canada" if "Case Processing" in office else "outside-canada"},
        grounds={}, layout="unknown", degradation=degradation, source=source, note=note)

RED = '<span class="red">xxxxxxxxxxxxxxxxxxxxxxxx</span> [s.16(1)(c)]'

# n3-15 EN study refused, 3 pages, redaction
build("n3-15", "en", "S312047719", "1155-0932-46", "Student", "Embassy of Canada, Manila", "2024-07-02", "Refused", "2024-08-19",
      "R216(1)(b) - purpose of visit; family ties",
      [(3, "2024-08-19", "System", ["Refusal letter generated and sent to client portal."]),
       (2, "2024-08-19", "MNL-4421", [
           "I have reviewed the application. PA 29, applying for a one-year post-graduate certificate in Early Childhood Education in Winnipeg. Tuition paid in full. ",
           ("purpose.study-regression", f("purpose-of-visit"), "PA holds a Bachelor of Elementary Education and has worked as a pre-school teacher for 5 years; the proposed program repeats training already obtained"),
           ". ",
           ("ties.no-dependants", f("family-ties"), "PA is single with no dependants and parents are retired, ties to Philippines appear weak"),
           ". " + "[withheld s.16(1)(c)] ",
           ("funds.insufficient", "insufficient-funds", "Funds shown of PHP 610,000 fall short of the first-year living costs"),
           ". Weighing the factors, I am not satisfied the applicant will depart Canada at the end of the authorized stay. Refused."]),
       (1, "2024-07-02", "System", ["Application received - online. Fees paid."])],
      [("Family Name:", "REYES"), ("Given Name:", "JOANNA MAE"), ("Date of Birth:", "1995-03-11"), ("Country of Citizenship:", "Philippines"), ("Marital Status:", "Single")],
      extra_pages=["<h3>Eligibility</h3>" + kv([("Education:", "Bachelor's degree"), ("Language test:", "IELTS Academic 6.5"), ("DLI:", "O19283746512"), ("Program:", "Early Childhood Education - Post Graduate Certificate")]) + "<h3>Correspondence</h3>" + kv([("2024-08-19", "Refusal letter - IMM 0285"), ("2024-07-02", "Acknowledgement of receipt")]) + "<h3>eDocs</h3>" + kv([("Letter of acceptance", "2024-07-02"), ("Proof of financial support", "2024-07-02"), ("Study plan", "2024-07-02")]) + "<p>" + RED + "</p>"],
      permit="study-permit", source="invented; GCMS field layout per canadavisa thread and getgcms guide (cited in officer-notes.md); entry dating as in Torres Martinez 2016 FC 636 (https://taxinterpretations.com/content/433165)",
      note="funds.insufficient kept with default ground insufficient-funds though printout names only R216(1)(b). 'Tuition paid in full' positive. Date = final decision date.")

# n3-16 EN work permit LMIA refused R200(3)(a), 2 pages
build("n3-16", "en", "W309552803", "1127-6605-19", "Worker", "Embassy of Canada, Mexico City", "2022-01-18", "Refused", "2022-03-04",
      "R200(3)(a)",
      [(2, "2022-03-04", "MXC-0932", [
           "PA applying under R203, LMIA for welder (NOC 72106) in Lethbridge AB. LMIA valid, employer and position match. LMIA requires trade certificate or 3 years welding. ",
           ("job.qualification-not-shown", "ability-to-perform-work", "No welding certificate or technical school diploma submitted"),
           ". ",
           ("job.reference-letters-weak", "ability-to-perform-work", "the single reference letter is a template with no duties, no dates and no contact number"),
           ". ",
           ("language.no-evidence", "ability-to-perform-work", "No proof of English submitted although LMIA lists English as required for safety procedures"),
           ". I am not satisfied PA can adequately perform the work sought. Refused R200(3)(a)."]),
       (1, "2022-01-18", "System", ["Application created. Biometrics enrolled 2022-01-25."])],
      [("Family Name:", "HERNANDEZ LOPEZ"), ("Given Name:", "JOSE LUIS"), ("Date of Birth:", "1988-10-02"), ("Country of Citizenship:", "Mexico")],
      assess_rows=[("Eligibility:", "Failed"), ("Security:", "Passed"), ("Criminality:", "Passed"), ("Medical:", "Passed"), ("Misrepresentation:", "Not Started")],
      permit="work-permit", degradation="scan-150dpi", source="invented; structure after Kumar 2020 FC 935 notes (cited in officer-notes.md)",
      note="LMIA-valid sentence positive.")

# n3-17 FR visitor refused, French notes, 2 pages
build("n3-17", "fr", "V310882247", "1163-7742-05", "Visitor / Visiteur", "Embassy of Canada, Dakar", "2023-05-09", "Refused / Refusée", "2023-06-01",
      "R179(b) - liens familiaux; situation d'emploi",
      [(2, "2023-06-01", "DKR-7102", [
           "DP 34 ans, demande de VRT pour visiter sa sœur à Gatineau pendant 4 mois. ",
           ("ties.family-in-canada", f("family-ties"), "Le conjoint et la sœur de la DP résident tous deux au Canada"),
           ". ",
           ("employment.unemployed", f("current-employment"), "La DP déclare être sans emploi depuis 2022"),
           ". ",
           ("funds.source-unclear", "insufficient-funds", "L'origine des fonds déposés sur le compte n'est pas établie"),
           ". Compte tenu de l'ensemble des facteurs, je ne suis pas convaincue que la DP quittera le Canada. Refus."]),
       (1, "2023-05-09", "Système", ["Demande reçue en ligne."])],
      [("Nom :", "DIALLO"), ("Prénom :", "FATOU"), ("Date de naissance :", "1989-01-20"), ("Citoyenneté :", "Sénégal"), ("État matrimonial :", "Mariée")],
      permit="visitor-visa", source="invented; 'notes de l'agent au SMGC' per Akomolafe 2016 CF 472 (cited in officer-notes.md)",
      note="Field labels bilingual, notes French: language fr.")

# n3-18 EN visitor, CAIPS-style capitals, fax
build("n3-18", "en", "V301774490", "6621-4408", "Visitor", "High Commission of Canada, Islamabad", "2013-04-22", "Refused", "2013-05-07",
      "R179(b)",
      [(2, "2013-05-07", "ISB-LK", [
           "PA 26 YO MALE, SINGLE, WANTS TO ATTEND COUSIN WEDDING IN MISSISSAUGA. ",
           ("travel.none", f("travel-history"), "NIL TRAVEL"),
           ". ",
           ("ties.not-established", f("current-employment"), "CLAIMS SELF EMPLOYED IN FAMILY SHOP, NO BUSINESS REG OR TAX DOCS, NOT WELL ESTABLISHED"),
           ". ",
           ("purpose.not-temporary", f("purpose-of-visit"), "HAS REQUESTED 6 MTHS FOR A 3 DAY EVENT, PURPOSE NOT CREDIBLE AS A SHORT VISIT"),
           ". ON BALANCE NOT SATISFIED PA IS BF VISITOR. REFUSED."]),
       (1, "2013-04-22", "SYSTEM", ["FILE CREATED - PAPER APPLICATION VAC ISLAMABAD."])],
      [("Family Name:", "KHAN"), ("Given Name:", "IMRAN"), ("Date of Birth:", "1987-06-30"), ("Country of Citizenship:", "Pakistan")],
      permit="visitor-visa", degradation="fax-g4-200x100dpi", source="invented; capitals style after Rudder 2009 FC 689 and Sadiq 2015 FC 955 (cited in officer-notes.md)",
      note="")

# n3-19 EN spouse + PA, two applications, rotated 90
build("n3-19", "en", "W314006318", "1142-2207-88", "Worker", "High Commission of Canada, Accra", "2025-02-10", "Refused", "2025-04-02",
      "R200(1)(b) - family ties; personal assets and financial status",
      [(4, "2025-04-02", "ACC-2290", [
           "[W314006318] PA applies for OWP to accompany spouse (S314006301, refused same day). ",
           ("ties.accompanying-family", f("family-ties"), "PA intends to travel with the spouse and their only child, no immediate family would remain in Ghana"),
           ". ",
           ("funds.insufficient", f("assets-finances"), "Available funds of CAD 19,400 do not cover tuition of the spouse and living costs for a family of three"),
           ". Refused R200(1)(b)."]),
       (3, "2025-04-02", "ACC-2290", ["[S314006301] Spouse's SP refused R216(1)(b) - see notes on that application."]),
       (2, "2025-02-12", "System", ["Application linked to family member application S314006301."]),
       (1, "2025-02-10", "System", ["Application received."])],
      [("Family Name:", "ASANTE"), ("Given Name:", "KWAME"), ("Date of Birth:", "1990-09-14"), ("Country of Citizenship:", "Ghana"), ("Associated application:", "S314006301 (spouse)")],
      extra_pages=["<h3>Associations</h3>" + kv([("S314006301", "Spouse - Student - Refused 2025-04-02"), ("V313118842", "Child - Visitor - Refused 2025-04-02")]) + "<h3>Fees</h3>" + kv([("Work permit (open)", "$255.00 paid"), ("Biometrics", "$85.00 paid")]) + "<h3>History</h3>" + kv([("2025-04-02", "Final decision updated"), ("2025-03-01", "Eligibility review started")])],
      permit="work-permit", degradation="scan-200dpi-rot90", source="invented",
      note="Concerns from note #4 only (filed under the PA's application W314006318); note #3 belongs to the spouse's file and states only a conclusion. funds.insufficient mapped to will-not-leave.assets-finances because the printout names that factor.")

# n3-20 FR study refused, French notes, other concern
build("n3-20", "fr", "S311760294", "1171-3905-62", "Student / Étudiant", "Embassy of Canada, Rabat", "2024-03-04", "Refused / Refusée", "2024-04-11",
      "R216(1)(b); R220",
      [(2, "2024-04-11", "RBT-0388", [
           "Programme : DEC en techniques de l'informatique, cégep à Trois-Rivières. ",
           ("purpose.available-at-home", f("purpose-of-visit"), "Des formations équivalentes sont offertes au Maroc pour une fraction du coût"),
           ". ",
           ("funds.transaction-history", "insufficient-funds", "Attestation de solde seulement, aucun historique des transactions"),
           ". ",
           ("other", None, "L'attestation d'admission indique une date de début déjà passée et aucun report n'a été présenté"),
           ". Refus."]),
       (1, "2024-03-04", "Système", ["Demande reçue."])],
      [("Nom :", "TAZI"), ("Prénom :", "OMAR"), ("Date de naissance :", "2003-12-05"), ("Citoyenneté :", "Maroc")],
      permit="study-permit", source="invented", note="Start-date/LOA validity concern has no id -> other.")

# n3-21 EN approved study permit
build("n3-21", "en", "S315118830", "1199-2046-37", "Student", "Case Processing Centre Edmonton", "2025-06-16", "Approved", "2025-07-22",
      "N/A",
      [(3, "2025-07-22", "System", ["Port of entry letter of introduction generated."]),
       (2, "2025-07-22", "CPE-6615", ["PA holds a valid SP and applies for an extension at the same DLI. PAL not required (extension). Enrolment letter and transcripts on file, good standing. Funds of CAD 38,900 documented through 12 months of statements, consistent with tuition and living costs. Eligibility passed. Approved."]),
       (1, "2025-06-16", "System", ["Application received online."])],
      [("Family Name:", "NGUYEN"), ("Given Name:", "THI THU"), ("Date of Birth:", "2001-02-27"), ("Country of Citizenship:", "Viet Nam")],
      assess_rows=[("Eligibility:", "Passed"), ("Security:", "Passed"), ("Criminality:", "Passed"), ("Medical:", "Passed"), ("Misrepresentation:", "Not Required")],
      permit="study-permit", source="invented", note="Approved: all statements are positive findings; concerns []. Location inside-canada (CPC Edmonton, extension).")

# n3-22 EN work permit, A16 + wage, previous refusal not declared
build("n3-22", "en", "W312880541", "1130-7781-54", "Worker", "Embassy of Canada, Manila", "2024-09-03", "Refused", "2024-11-15",
      "A16(1); R200(5) - offer of employment not genuine",
      [(2, "2024-11-15", "MNL-7730", [
           "PA applies for LMIA-based WP as a caregiver (NOC 44101). ",
           ("travel.previous-refusal", "documents.truthfulness", "PA did not declare the 2022 US visa refusal and the 2023 Canadian TRV refusal found in the system"),
           ". ",
           ("credibility.inconsistency", "documents.truthfulness", "employment history in the application differs from the dates on the NBI clearance and SSS contribution record"),
           ". ",
           ("job.wage-below-prevailing", "job-offer.genuineness", "Offered wage of $15.10/h is below the prevailing wage for this occupation in Alberta"),
           ". ",
           ("job.employer-genuineness", "job-offer.genuineness", "employer has hired three caregivers in 2 years for one household"),
           ". Not satisfied PA answered truthfully; offer not genuine. Refused."]),
       (1, "2024-09-03", "System", ["Application received."])],
      [("Family Name:", "SANTOS"), ("Given Name:", "ROWENA"), ("Date of Birth:", "1984-08-08"), ("Country of Citizenship:", "Philippines")],
      assess_rows=[("Eligibility:", "Failed"), ("Security:", "Passed"), ("Criminality:", "Passed"), ("Medical:", "Passed"), ("Misrepresentation:", "Review Required")],
      permit="work-permit", source="invented; wage concern after guidance cited in officer-notes.md (no public note exists)",
      note="previous-refusal mapped to documents.truthfulness (not declared). Misrepresentation: Review Required is a status, not a concern.")
