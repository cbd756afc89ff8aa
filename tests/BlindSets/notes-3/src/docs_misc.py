"""Procedural-fairness letters n3-23..27, other letters n3-28..30, approvals n3-31..32, document requests n3-33..34."""
from templates import esc, page, letterhead, ids_block, notes_text

W = "will-not-leave"
def f(x): return f"will-not-leave.{x}"

DOCS = []
def add(**k): DOCS.append(k)

def para_concerns(segs):
    text, c = notes_text(segs)
    return text, c

def pfl(base, lang, office, date_h, date_iso, app, uci, name, salutation, intro, concern_items, closing, sign, permit, loc,
        respond_by=None, respond_days=None, degradation="none", source="invented", note=""):
    items, concerns = [], []
    for segs in concern_items:
        t, c = notes_text(segs)
        items.append(f"<li>{esc(t)}</li>")
        concerns += c
    title = "Procedural fairness letter" if lang == "en" else "Lettre d'équité procédurale"
    body = (letterhead(lang, office) + ids_block(lang, date_h, app, uci, name)
            + f"<p><b>{esc(title)}</b></p><p>{esc(salutation)}</p><p>{esc(intro)}</p><ul>{''.join(items)}</ul><p>{esc(closing)}</p><p>{sign}</p>")
    add(base=base, kind="procedural-fairness-letter", lang=lang, html=page(body), concerns=concerns,
        letter={"date": date_iso, "applicationNumber": app, "uci": uci.replace("-", ""), "permitType": permit, "decisionLocation": loc},
        grounds={}, layout="unknown", degradation=degradation, respondBy=respond_by, respondDays=respond_days, source=source, note=note)

# n3-23 EN work permit genuineness, 30 days
pfl("n3-23", "en", "Migration Section<br>Embassy of Canada<br>Bogotá, Colombia", "2024-02-12", "2024-02-12", "W311650072", "1137-4420-96", "Mr. Andrés Felipe Rojas",
    "Dear Andrés Felipe Rojas:",
    "I have reviewed your application for a work permit and I have concerns that you may not meet the requirements of the Immigration and Refugee Protection Regulations. Before I make a final decision, I am giving you the opportunity to respond to the following concerns:",
    [[("job.employer-genuineness", "job-offer.genuineness", "Your prospective employer's business address is a residential apartment, and the company's corporate registry shows it was incorporated less than a year ago with no reported employees"), "."],
     [("job.wage-below-prevailing", "job-offer.genuineness", "The wage offered in your contract, $16.00 per hour, is below the median wage published for this occupation in the Okanagan region"), ". This raises doubts that the offer is genuine under R200(5)."]],
    "You have 30 days from the date of this letter to submit any additional information or documents you wish to be considered. If no response is received, a decision will be made on the basis of the information on file.",
    "Officer BGT-301<br>Migration Section", "work-permit", "outside-canada", respond_by="2024-03-13", respond_days=30,
    source="invented; PFL deadline form per https://www.duecounsel.in/examples/immigration-procedural-fairness-letter-deadline-extraction and shorylaw (cited in officer-notes.md)",
    note="respondBy computed = 2024-02-12 + 30 days.")

# n3-24 EN study permit, respond by date, phone photo
pfl("n3-24", "en", "IRCC<br>International Network - Study Permits<br>Ottawa", "October 3, 2023", "2023-10-03", "S310447158", "1166-0715-30", "Ms. Priya Ramanathan",
    "Dear Priya Ramanathan,",
    "This letter concerns your study permit application. Based on the documents on file I have the following concerns, which may lead to the refusal of your application:",
    [[("funds.unexplained-deposit", "insufficient-funds", "Your bank statement from Indian Bank shows a credit of INR 1,850,000 on 14 September 2023 with no document explaining its origin"), "."],
     [("credibility.inconsistency", "documents.truthfulness", "The bank has been unable to confirm that the balance letter dated 15 September 2023 was issued by its branch"), ", which raises concerns about the authenticity of the document."]],
    "Please provide your response, with supporting documents, no later than October 18, 2023. You may submit it through your online account.",
    "Officer ISP-772", "study-permit", "unknown", respond_by="2023-10-18", respond_days=None, degradation="photo-jpeg",
    note="Office is a network office in Ottawa handling an application from abroad: location left unknown. Deadline printed as date: respondDays null.")

# n3-25 FR visitor, 15 jours, undeclared refusal (not degraded)
pfl("n3-25", "fr", "Section des visas<br>Ambassade du Canada<br>Tunis, Tunisie", "le 11 juillet 2022", "2022-07-11", "V311093385", "1182-6670-14", "Monsieur Sami Trabelsi",
    "Monsieur,",
    "L'examen de votre demande de visa de résident temporaire soulève des préoccupations quant au respect du paragraphe 16(1) de la LIPR. Avant de rendre une décision, je vous donne la possibilité d'y répondre :",
    [[("travel.previous-refusal", "documents.truthfulness", "Vous avez répondu « non » à la question sur les refus antérieurs, alors que nos dossiers indiquent un refus de permis d'études en 2020"), "."],
     [("credibility.inconsistency", "documents.truthfulness", "L'employeur indiqué dans votre formulaire ne correspond pas à celui qui figure sur vos fiches de paie"), "."]],
    "Vous disposez de 15 jours à compter de la date de la présente lettre pour nous faire parvenir vos observations. Faute de réponse, une décision sera prise en fonction des renseignements au dossier, et une conclusion de fausses déclarations pourrait entraîner une interdiction de territoire de cinq ans.",
    "Agent TN-18<br>Section des visas", "visitor-visa", "outside-canada", respond_by="2022-07-26", respond_days=15,
    note="Mention of a possible 5-year bar is a warning, not a finding.")

# n3-26 EN misrepresentation PFL, 15 days
pfl("n3-26", "en", "Visa Section<br>High Commission of Canada<br>Chandigarh, India", "2025-01-28", "2025-01-28", "W313377610", "1158-2209-44", "Mr. Manpreet Gill",
    "Dear Manpreet Gill:",
    "Your application for a work permit is being assessed. I have concerns that you may be inadmissible to Canada under paragraph 40(1)(a) of the Immigration and Refugee Protection Act for directly or indirectly misrepresenting or withholding material facts. Specifically:",
    [[("credibility.inconsistency", "misrepresentation", "Verification with the issuing institute indicates that the Diploma in Mechanical Engineering submitted with your application was not issued to you"), "."],
     [("documents.missing", "documents.not-provided", "You have not provided the provincial employment records we requested on 2024-12-10"), "."]],
    "You are invited to respond within 15 days of the date of this letter. If found inadmissible under A40, you will be unable to apply for permanent or temporary residence for five years.",
    "Officer CHD-52", "work-permit", "outside-canada", respond_by="2025-02-12", respond_days=15)

# n3-27 EN visitor (parent), date, phone photo PNG
pfl("n3-27", "en", "Visa Section<br>Embassy of Canada<br>Beijing, China", "2019-11-20", "2019-11-20", "V307702251", "1109-5561-08", "Mr. Wei Zhang",
    "Dear Wei Zhang,",
    "I am writing regarding your application for a temporary resident visa (parent and grandparent super visa). I have concerns with the following elements of your application:",
    [[("funds.third-party-support", "insufficient-funds", "Your son's letter of invitation does not include his notice of assessment or any other proof that his income meets the required threshold"), "."],
     [("documents.missing", "documents.not-provided", "Proof of private medical insurance from a Canadian insurer for at least one year has not been submitted"), "."]],
    "You must respond to this letter by December 5, 2019. Failure to do so may result in the refusal of your application.",
    "Officer BJ-409", "visitor-visa", "outside-canada", respond_by="2019-12-05", respond_days=None, degradation="photo-png")

# ------------------------------------------------------------------ other letters mentioning an earlier refusal
def other(base, lang, office, date_h, date_iso, app, uci, name, paras, permit, loc, degradation="none", note="", source="invented"):
    body = letterhead(lang, office) + ids_block(lang, date_h, app, uci, name) + "".join(f"<p>{p}</p>" for p in paras)
    add(base=base, kind="other", lang=lang, html=page(body), concerns=[],
        letter={"date": date_iso, "applicationNumber": app, "uci": uci.replace("-", "") if uci else None, "permitType": permit, "decisionLocation": loc},
        grounds={}, layout="unknown", degradation=degradation, source=source, note=note)

other("n3-28", "en", "Access to Information and Privacy Division<br>Immigration, Refugees and Citizenship Canada<br>Ottawa ON K1A 1L1",
      "2025-03-17", "2025-03-17", "W312880541", "1130-7781-54", "Ms. Rowena Santos",
      ["Our file: P-2025-118204", "Dear Ms. Santos:",
       "This is in response to your request under the <i>Privacy Act</i>, received on February 12, 2025, for a copy of the Global Case Management System (GCMS) notes relating to your work permit application W312880541, which was refused on November 15, 2024.",
       "Please find enclosed the records, 14 pages in total. Some information has been withheld under section 26 and paragraph 22(1)(b) of the Act; the applicable exemptions are noted in the margins of the pages.",
       "Please be advised that you are entitled to file a complaint with the Privacy Commissioner of Canada within 60 days of receiving this notice.",
       "Yours sincerely,<br>ATIP Analyst<br>ATIP Operations"],
      "work-permit", "unknown", note="Privacy Act cover letter; mentions the earlier refusal but is not one. The 60 days are a complaint window, not judicial review. Location unknown (letter is not the decision).")

other("n3-29", "fr", "Division de l'accès à l'information et de la protection des renseignements personnels<br>IRCC<br>Ottawa (Ontario) K1A 1L1",
      "le 2 octobre 2024", "2024-10-02", "S311760294", "1171-3905-62", "Monsieur Omar Tazi",
      ["Notre référence : P-2024-87730", "Monsieur,",
       "La présente fait suite à votre demande présentée en vertu de la <i>Loi sur la protection des renseignements personnels</i> visant les notes du SMGC concernant votre demande de permis d'études S311760294, refusée le 11 avril 2024.",
       "Vous trouverez ci-joint les documents demandés (9 pages). Certains renseignements ont été soustraits en vertu de l'alinéa 16(1)c) de la Loi sur l'accès à l'information et de l'article 22 de la Loi sur la protection des renseignements personnels.",
       "Vous avez le droit de déposer une plainte auprès du Commissaire à la protection de la vie privée du Canada dans les 60 jours suivant la réception du présent avis.",
       "Veuillez agréer, Monsieur, nos salutations distinguées.<br>Analyste AIPRP"],
      "study-permit", "unknown", note="Lettre d'envoi AIPRP; mentionne le refus antérieur, n'est pas un refus.")

other("n3-30", "en", "Immigration, Refugees and Citizenship Canada<br>Client Support Centre", "January 9, 2026", "2026-01-09", "V315772006", "1176-0029-83", "Mr. Koffi Yao",
      ["Dear Koffi Yao,", "Acknowledgement of receipt",
       "We acknowledge receipt of your new application for a temporary resident visa, received on January 7, 2026. We note that a previous application (V313640075) was refused on May 24, 2024. Your new application will be assessed on its own merits, on the information you have provided.",
       "Please do not submit duplicate applications. Processing times are posted on our website. You will be contacted if additional information or biometrics are required.",
       "This is an automated message; please do not reply."],
      "visitor-visa", "unknown", note="Acknowledgement of a new application, mentions the previous refusal (same person as n3-14).")

# ------------------------------------------------------------------ approvals
def approval(base, lang, office, date_h, date_iso, app, uci, name, paras, permit, loc, degradation="none", note=""):
    body = letterhead(lang, office) + ids_block(lang, date_h, app, uci, name) + "".join(f"<p>{p}</p>" for p in paras)
    add(base=base, kind="approval-letter", lang=lang, html=page(body), concerns=[],
        letter={"date": date_iso, "applicationNumber": app, "uci": uci.replace("-", ""), "permitType": permit, "decisionLocation": loc},
        grounds={}, layout="unknown", degradation=degradation, source="invented", note=note)

approval("n3-31", "en", "Visa Section<br>Embassy of Canada<br>Manila, Philippines", "2025-07-30", "2025-07-30", "S315240019", "1155-0932-46", "Ms. Joanna Mae Reyes",
         ["<b>Port of Entry Letter of Introduction</b>", "Dear Joanna Mae Reyes,",
          "We are pleased to inform you that your application for a study permit has been approved. This letter is not your study permit. Please present it, together with your passport and the documents listed below, to the border services officer when you arrive in Canada.",
          "Your earlier application (S312047719) was refused in 2024; this decision concerns your new application only.",
          "Conditions: must attend the designated learning institution listed. Valid for entry until 2026-07-30.",
          "Visa Section, Manila"], "study-permit", "outside-canada", degradation="photo-jpeg",
         note="Approval that mentions an earlier refusal; no concerns.")

approval("n3-32", "fr", "IRCC<br>Centre de traitement des demandes<br>Vegreville (Alberta)", "le 14 novembre 2025", "2025-11-14", "W315901274", "1134-5567-20", "Monsieur Karim Benali",
         ["<b>Lettre de confirmation - permis de travail</b>", "Monsieur,",
          "Nous avons le plaisir de vous informer que votre demande de permis de travail a été approuvée. Votre permis de travail est joint à la présente lettre. Veuillez vérifier que les renseignements qui y figurent sont exacts.",
          "Conditions : employeur et profession précisés sur le permis. Valide jusqu'au 2027-11-13.",
          "Agent(e) CTD Vegreville"], "work-permit", "inside-canada")

# ------------------------------------------------------------------ requests for documents
def rfd(base, lang, office, date_h, date_iso, app, uci, name, paras, items, after, permit, loc, degradation="none", note=""):
    body = (letterhead(lang, office) + ids_block(lang, date_h, app, uci, name) + "".join(f"<p>{p}</p>" for p in paras)
            + "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>" + "".join(f"<p>{p}</p>" for p in after))
    add(base=base, kind="other", lang=lang, html=page(body), concerns=[],
        letter={"date": date_iso, "applicationNumber": app, "uci": uci.replace("-", ""), "permitType": permit, "decisionLocation": loc},
        grounds={}, layout="unknown", degradation=degradation, source="invented; document list after the request letter in Tirgovetu 2025 FC 155 (cited in officer-notes.md)", note=note)

rfd("n3-33", "en", "Visa Section<br>Embassy of Canada<br>Bucharest, Romania", "2025-05-06", "2025-05-06", "W314470993", "1183-0452-67", "Mr. Ionut Popescu",
    ["Dear Ionut Popescu,", "Request for additional documents",
     "We are processing your application for a work permit. In order to continue, please provide the following documents:"],
    ["Results of an IELTS General Training test taken within the last two years",
     "Your employer's most recent T4 Summary filed with the Canada Revenue Agency",
     "Pay slips for the last six months from your current employer",
     "Bank statements covering the last six months"],
    ["Upload the documents within 30 days of the date of this letter. If you do not provide them, your application may be refused on the basis of the information on file.",
     "Officer BUC-27"], "work-permit", "outside-canada",
    note="Request for documents: documentKind other, no concerns (a request is not a finding). The 30 days are not a PFL deadline: respondBy/respondDays null.")

rfd("n3-34", "fr", "IRCC<br>Centre de traitement des demandes<br>Sydney (N.-É.)", "le 3 février 2025", "2025-02-03", "S314220087", "11-4902-6675", "Madame Lina Ouédraogo",
    ["Madame,", "Demande de documents supplémentaires",
     "Nous traitons votre demande de prolongation de permis d'études. Afin de poursuivre l'examen, veuillez nous faire parvenir les documents suivants :"],
    ["Un Certificat d'acceptation du Québec (CAQ) valide pour la période d'études visée",
     "Vos relevés de notes officiels des deux dernières sessions"],
    ["Vous disposez de 30 jours à compter de la date de la présente lettre. À défaut, votre demande pourrait être refusée.",
     "Agent(e) CTD Sydney"], "study-permit", "inside-canada",
    note="Demande de documents (précède le refus n3-12). Pas une LEP : respondBy/respondDays null.")
