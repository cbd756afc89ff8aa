"""The letters of grounds-1: text (HTML fragments) and label facts. Rendered by ../make.py."""
from common import F, header, checklist, page, item, box

LETTERS = []
SERIF, SANS, TIMES = '"DejaVu Serif", serif', '"Nimbus Sans", "DejaVu Sans", sans-serif', '"Nimbus Roman", "DejaVu Serif", serif'


def E(name, lang, body, degrade, *, date, app, uci, permit, loc, grounds, kind="refusal-letter", unrec=(), category=None,
      restoration=None, leave=False, degr="none", source="invented", notes="", font=SERIF, size="10.5pt", jr=None):
    LETTERS.append(dict(name=name, lang=lang, body=body, degrade=degrade, font=font, size=size, label=dict(
        documentKind=kind, language=lang,
        letter=dict(date=date, applicationNumber=app, uci=uci, permitType=permit, decisionLocation=loc),
        grounds=grounds, unrecognizedText=list(unrec), category=category,
        judicialReviewDays=jr or {"inside-canada": [15], "outside-canada": [60]}.get(loc, [15, 60]),
        restorationAvailable=restoration, mustLeaveCanada=leave, degradation=degr, source=source, notes=notes)))


def render_html(e):
    return page(font=e["font"], size=e["size"], body=e["body"], title=e["name"])


def make_label(e, relpath):
    d = {"file": relpath}
    d.update(e["label"])
    return d


def wnl(*keys):
    return {"will-not-leave": [F[k] for k in keys]}


NONE = {"kind": "none"}
FAXHDR = '<div class="faxhdr">%s</div>'

SIG_EN = '<div class="sig">%s<br>%s</div>'

# =====================================================================================  ENGLISH
E("en01_trv_checkbox_glyph", "en",
  header(["Visa Section", "Embassy of Canada", "RCBC Plaza, Tower 2, Makati City, Manila, Philippines"], "March 4, 2025",
         [("Application No.:", "V312458807"), ("UCI:", "1102-4587")], "Ms. Maria Lourdes SANTOS", ["Quezon City, Philippines"]) +
  '<p class="re">RE: Application for a Temporary Resident Visa (visitor)</p><p>Dear Maria Lourdes Santos:</p>' +
  checklist("en-a", "glyph", "trv", ticked={"wnl"}, factors={"th", "pv", "ft"}, items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  '<p>Should you decide to apply again, any new application should address the concerns noted above. A new processing fee will be required.</p>' +
  SIG_EN % ("Officer 40317", "Visa Section — Manila"),
  NONE, date="2025-03-04", app="V312458807", uci="11024587", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("th", "pv", "ft"), notes="Checkbox form with ☒/☐ glyphs; funds box printed but not ticked.")

E("en02_wp_lmia_checkbox_cssx", "en",
  header(["High Commission of Canada", "Immigration Section", "7/8 Shantipath, Chanakyapuri, New Delhi 110021"], "2024-11-18",
         [("Application number:", "W309412276"), ("Client ID:", "11-2233-4455")], "Gurpreet Singh DHILLON", ["Ludhiana, Punjab"]) +
  '<p class="re">Subject: Work permit application (LMIA-based) — Decision</p><p>Dear Applicant,</p>' +
  checklist("en-b", "cssx", "wp", ticked={"wnl", "ability"}, factors={"ce", "af"}) +
  '<p class="small">Officer\'s remark (ability to perform the work): <span class="hand">no language test results; position requires English at CLB 5</span></p>' +
  '<p>You may submit a new application at any time. Please make sure it responds to the reasons above.</p>' +
  SIG_EN % ("Officer AKR", "Immigration Section, New Delhi"),
  NONE, date="2024-11-18", app="W309412276", uci="1122334455", permit="work-permit", loc="outside-canada",
  grounds={"will-not-leave": [F["ce"], F["af"]], "ability-to-perform-work": []},
  notes="CSS-drawn boxes with X (no glyph in the text layer: the X is a letter inside a bordered span). LMIA box unticked.",
  font=SANS, size="10pt")

E("en03_sp_checkbox_ascii_other", "en",
  header(["Visa Section", "High Commission of Canada", "42 Independence Avenue, Accra, Ghana"], "18 June 2024",
         [("Our file / Application:", "S308811452"), ("UCI:", "89237741")], "Mr. Kofi ASANTE-DARKO") +
  '<p class="re">Study permit application — refusal</p><p>Dear Kofi Asante-Darko,</p>' +
  checklist("en-a", "ascii", "sp", ticked={"wnl", "funds", "other"}, factors={"pv", "ls"},
            other="Your passport is valid for less than the length of the program requested; it expires 2025-02-10.",
            items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  '<p>Any future application should be accompanied by documents responding to these concerns.</p>' +
  SIG_EN % ("Officer #6620", "Visa Section, Accra"),
  {"kind": "scan", "dpi": 200, "angle": 1.1}, date="2024-06-18", app="S308811452", uci="89237741", permit="study-permit",
  loc="outside-canada", grounds={"will-not-leave": [F["pv"], F["ls"]], "insufficient-funds": [], "other": []},
  unrec=["Your passport is valid for less than the length of the program requested; it expires 2025-02-10."],
  degr="scan-200dpi", notes="ASCII [X]/[ ] boxes; free-text 'Other:' line fits no catalogue ground.", font=TIMES, size="11pt")

E("en04_sp_sentences_paxlaw", "en",
  header(["Immigration Section", "Consulate General of Canada", "Elante Offices, Industrial Area Phase I, Chandigarh"], "September 2, 2020",
         [("Application:", "S305512983"), ("UCI:", "1090-3377")], "Harjot KAUR") +
  '<p>Dear Harjot Kaur:</p><p>Thank you for your interest in studying in Canada. After a review of your application, I regret to inform you that '
  'it has been refused because it does not meet the requirements of the Immigration and Refugee Protection Act and Regulations.</p>'
  '<p>The undersigned is not satisfied that you would depart from Canada by the end of the period authorized for your stay, as set out in '
  's. 216(1)(b) of the Regulations, having regard to the limited job prospects in your country of residence.</p>'
  '<p>Having regard to your family connections in Canada and in your home country, I am likewise not satisfied that you would leave '
  'Canada at the end of your stay.</p>'
  '<p>You are welcome to reapply if you feel you can respond to these concerns and demonstrate that you meet the requirements.</p>' +
  SIG_EN % ("Officer JT-14", "Consulate General of Canada, Chandigarh"),
  NONE, date="2020-09-02", app="S305512983", uci="10903377", permit="study-permit", loc="outside-canada",
  grounds=wnl("ep", "ft"), source="adapted from https://www.paxlaw.ca/2021/03/28/study-permit-refusal-rejection-judicial-review/ (216(1) sentence form; reworded)",
  notes="Sentence format, third person, citation 's. 216(1)(b) of the Regulations'; second factor placed before the finding clause.")

E("en05_wp_nested_preamble", "en",
  header(["Visa Section", "Embassy of Canada", "ul. Jana Matejki 1/5, 00-481 Warsaw, Poland"], "2023-05-30",
         [("Application number:", "W311209874"), ("UCI:", "77610423")], "Oksana HRYTSENKO", ["Lviv, Ukraine"]) +
  '<p>Dear Oksana Hrytsenko,</p><p>Your application for a work permit supported by a labour market impact assessment has now been assessed. '
  'In reaching my decision I considered factors such as your ties to your country of residence, your immigration status there, your '
  'employment and family situation, and your travel history, together with the documents you submitted.</p>'
  '<p>I have concluded that your application does not meet the requirements of the IRPA and the IRPR. I am refusing it for the following reasons:</p>'
  '<ul><li>It has not been demonstrated that you will leave Canada at the end of your authorized stay, as required by paragraph 200(1)(b) of the IRPR.'
  '<ul><li>Given the information you provided, the officer is not convinced that the intended purpose of your trip is consistent with a temporary stay.</li>'
  '<li>Your present job does not establish that you are financially settled in your country of residence.</li></ul></li>'
  '<li>The officer is not satisfied that you would be able to adequately perform the work you seek (R200(3)(a)); the experience described in '
  'your reference letters does not correspond to the main duties of the position offered.</li></ul>'
  '<p>If you reapply, please include evidence addressing each of these points.</p>' + SIG_EN % ("Officer 2207", "Visa Section, Warsaw"),
  NONE, date="2023-05-30", app="W311209874", uci="77610423", permit="work-permit", loc="outside-canada",
  grounds={"will-not-leave": [F["pv"], F["ce"]], "ability-to-perform-work": []},
  notes="Preamble lists ties, immigration status, employment, family, travel history in general terms: NOT grounds. Only the bullets are findings.",
  font=SANS)

E("en06_sp_a11_preamble_photo", "en",
  header(["Visa Section", "High Commission of Canada", "33A 5th Lane, Colombo 03, Sri Lanka"], "January 15, 2022",
         [("Application No:", "S307743210"), ("UCI:", "11-2345-8890")], "Nimali PERERA") +
  '<p>Dear Nimali Perera:</p><p>Thank you for your application for a study permit.</p>'
  '<p>Under subsection 11(1) of the Immigration and Refugee Protection Act (IRPA), a foreign national who wishes to become a temporary resident '
  'must satisfy an officer that they are not inadmissible and that they meet the requirements of the Act, which includes showing that they will '
  'comply with the conditions imposed and leave Canada by the end of the authorized period. In making a decision, an officer may look at, among '
  'other things, travel and identity documents, the reasons for travel, contacts in Canada, the financial means available for the trip, and ties '
  'to the country of residence (immigration status, employment, family), as well as the likelihood of departure at the end of the stay.</p>'
  '<p>After reviewing your application, I am not satisfied that you meet the requirements of the Act and the Regulations, for the reason set out below, '
  'and I am therefore refusing your application:</p>'
  '<ul><li>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in subsection 216(1) of the IRPR, based on the purpose of your visit.</li></ul>'
  '<p>You may reapply if you are able to address this concern.</p>' + SIG_EN % ("Officer 5518", "Visa Section, Colombo"),
  {"kind": "photo", "ext": "jpg", "dpi": 110, "quality": 55, "shadow_angle": 40}, date="2022-01-15", app="S307743210", uci="1123458890",
  permit="study-permit", loc="outside-canada", grounds=wnl("pv"), degr="photo-jpeg",
  source="adapted from https://shorylaw.com/study-permit-refusals-2/ (A11(1) preamble and 216(1) sentence quoted there)",
  notes="A11(1) preamble names financial means, immigration status, employment and family in general terms: NOT grounds; only purpose of visit is a finding.")

E("en07_pgwp_conditions_no_restoration", "en",
  header(["Immigration, Refugees and Citizenship Canada", "Case Processing Centre Edmonton", "9700 Jasper Avenue, Suite 55, Edmonton AB  T5J 4C3"], "2025-02-11",
         [("Application:", "W310987650"), ("UCI:", "10-9876-5432")], "Lakshmi NARAYANAN", ["Unit 1204 – 88 Queens Quay W", "Toronto ON  M5J 0B8"]) +
  '<p class="re">Re: Application for a post-graduation work permit</p><p>Dear Lakshmi Narayanan,</p>'
  '<p>This letter concerns your application for a post-graduation work permit (PGWP) received on 2024-12-20. Your application has been refused.</p>'
  '<p>To be issued a PGWP under subparagraph 205(c)(ii) of the Regulations (exemption code C43), an applicant must:</p>'
  '<ol type="a"><li>have completed, at an eligible designated learning institution, a full-time program of study of at least eight months leading to a degree, diploma or certificate;</li>'
  '<li>have maintained full-time student status in Canada during each academic session of the program, except the final session;</li>'
  '<li>apply within 180 days after receiving written confirmation from the institution that the requirements of the program were met; and</li>'
  '<li>have held a valid study permit at some point during those 180 days.</li></ol>'
  '<p>Your institution confirmed on 2024-05-03 that you had completed your program. Your application was received 231 days later. '
  'Because it was not made within the 180-day period, requirement (c) is not met, and the undersigned is not satisfied that you are eligible for a post-graduation work permit.</p>'
  '<p>Your study permit expired on 2024-08-31. As more than 90 days have passed since you lost your temporary resident status, you cannot apply to have it '
  'restored under section 182 of the Regulations. You are now in Canada without status and you must leave Canada immediately. Failure to do so may lead to '
  'enforcement action under the Act.</p>' + SIG_EN % ("Officer 0E4419", "CPC Edmonton"),
  NONE, date="2025-02-11", app="W310987650", uci="1098765432", permit="work-permit", loc="inside-canada",
  grounds={"category-eligibility": []}, category="post-graduation work permit", restoration=False, leave=True,
  source="adapted from Nookala v. Canada 2016 FC 1019 as summarized at https://jrlawoffice.com/consider-your-post-graduate-work-permit-carefully (late PGWP, restoration window missed); wording invented",
  notes="Lists all four PGWP conditions (a)-(d); only (c) failed. Conditions (a),(b),(d) are definitional, not separate reasons. One ground: category-eligibility (PGWP, failed condition: applied outside the 180-day window).")

E("en08_sowp_teer_reddit", "en",
  header(["IRCC — Case Processing Centre Vegreville", "6212 55 Avenue, Vegreville AB  T9C 1X1"], "January 31, 2025",
         [("Application number:", "W313355678"), ("UCI:", "1188-2299")], "Priya Ramesh PATEL", ["Brampton, Ontario"]) +
  '<p>Dear Priya Ramesh Patel,</p><p>Your application for an open work permit as the spouse of a foreign worker in Canada (exemption code C41, '
  'paragraph 205(c) of the IRPR) has been refused.</p>'
  '<p>I am not satisfied that you meet the eligibility requirements of this category. You have not provided sufficient evidence that your spouse is employed '
  'in an occupation that falls within TEER category 0, 1, 2 or 3 of the National Occupational Classification, as required for a spousal open work permit.</p>'
  '<p>Your temporary resident status has ended, and you are now without status. You must stop working immediately. You may apply to restore your status '
  'within 90 days of the date of this letter; if you do not, you must leave Canada.</p>'
  '<p>Sincerely,</p>' + SIG_EN % ("Officer VG-311", "Case Processing Centre Vegreville"),
  NONE, date="2025-01-31", app="W313355678", uci="11882299", permit="work-permit", loc="inside-canada",
  grounds={"category-eligibility": []}, category="spousal open work permit", restoration=True, leave=True,
  source="adapted from https://reddit.adminforge.de/r/ImmigrationCanada/comments/1igxmrv/spouse_open_work_permit_application_extension (refusal reason quoted by poster)",
  notes="'Insufficient evidence' on the spouse's TEER level is category-eligibility (condition: spouse's occupation TEER 0-3), not documents.not-provided. Says without status / must leave, and restoration still open.",
  font=SANS)

E("en09_bowp_ineligible_program_scan", "en",
  header(["Immigration, Refugees and Citizenship Canada", "CPC Edmonton"], "2024-07-09",
         [("File / Application no.:", "W312004511"), ("UCI:", "54328816")], "Emeka OBI", ["Winnipeg MB"]) +
  '<p class="re">Application for a bridging open work permit</p><p>Dear Emeka Obi:</p>'
  '<p>This refers to your application for a bridging open work permit (BOWP) received on 2024-05-14. After review, your application as submitted is refused.</p>'
  '<p>A bridging open work permit may be issued to a foreign national in Canada who (1) holds a valid work permit or is on maintained status; (2) has applied for '
  'permanent residence under an eligible program — the Canadian Experience Class, the Federal Skilled Worker or Federal Skilled Trades Program, a Provincial '
  'Nominee Program, or certain economic pilots; and (3) has received a positive completeness check or acknowledgement for that application.</p>'
  '<p>Your permanent residence application was submitted on humanitarian and compassionate grounds. This is not an eligible program for a BOWP, and you therefore '
  'do not meet the requirements of the bridging open work permit category.</p>'
  '<p>This decision does not affect your current work permit, which remains valid until 2024-10-31 under its existing conditions.</p>' +
  SIG_EN % ("Officer 77Q", "Case Processing Centre Edmonton"),
  {"kind": "scan", "dpi": 150, "angle": -0.8, "noise": 0.55, "quality": 40}, date="2024-07-09", app="W312004511", uci="54328816",
  permit="work-permit", loc="inside-canada", grounds={"category-eligibility": []}, category="bridging open work permit",
  restoration=None, leave=False, degr="scan-150dpi", font=TIMES, size="11pt",
  notes="Lists BOWP conditions (1)-(3); failed: PR application not in an eligible program. Current permit still valid: no must-leave, restoration not discussed.")

E("en10_iec_age_location_unclear", "en",
  header(["International Experience Canada (IEC)", "Immigration, Refugees and Citizenship Canada"], "15 April 2024",
         [("Application:", "W311776543"), ("UCI:", "11-3400-9876")], "Aoife BYRNE") +
  '<p>Dear Aoife Byrne,</p><p>We have completed the assessment of your work permit application under the International Experience Canada (IEC) '
  'Working Holiday category. Unfortunately, your application has been refused.</p>'
  '<p>Under the youth mobility arrangement between Canada and Ireland, a participant must be between 18 and 35 years of age, inclusive, on the date the '
  'complete work permit application is submitted. Our records show that you reached the age of 36 on 2024-02-02 and that your application was submitted on '
  '2024-02-19. The officer is therefore not satisfied that you meet the age requirement of the Working Holiday category, and a work permit cannot be issued.</p>'
  '<p>Your participation fee will not be refunded. Your IEC profile is now closed.</p>' + SIG_EN % ("IEC Processing", "IRCC"),
  NONE, date="2024-04-15", app="W311776543", uci="1134009876", permit="work-permit", loc="unknown",
  grounds={"category-eligibility": []}, category="International Experience Canada (Working Holiday)", font=SANS,
  notes="Letter does not say where the decision was made (no office city, no in-Canada/abroad wording): location unknown, both JR deadlines. Failed condition: age 18-35 on submission.")

E("en11_ict_c12_numbered", "en",
  header(["Visa Section", "Embassy of Canada", "Calle Schiller 529, Col. Polanco, Mexico City"], "October 7, 2024",
         [("Application number:", "W310556712"), ("UCI:", "1187-3366")], "Alejandro RUIZ CONTRERAS") +
  '<p>Dear Alejandro Ruiz Contreras:</p><p>I have reviewed your application for a work permit as an intra-company transferee with specialized knowledge '
  '(exemption code C12, paragraph 205(a) of the Immigration and Refugee Protection Regulations). I have determined that you do not meet the requirements '
  'of this category, and your application is refused for these reasons:</p>'
  '<ol><li>It has not been established that you possess knowledge at an advanced level of expertise together with proprietary knowledge of the company\'s '
  'products, services, processes or procedures.</li>'
  '<li>The evidence submitted does not show that you have been employed continuously and full time by the enterprise outside Canada for at least one year '
  'in the three years preceding the application.</li></ol>'
  '<p>A new application may be submitted with evidence responding to these points.</p>' + SIG_EN % ("Officer MX-208", "Visa Section, Mexico City"),
  NONE, date="2024-10-07", app="W310556712", uci="11873366", permit="work-permit", loc="outside-canada",
  grounds={"category-eligibility": []}, category="intra-company transferee", font=SERIF,
  notes="Two failed conditions of the same ICT (C12) category in a numbered list: one ground, category-eligibility.")

E("en12_cusma_professional", "en",
  header(["Immigration Section", "Consulate General of Canada", "550 South Hope Street, 9th Floor, Los Angeles CA 90071"], "2024-03-22",
         [("Application No.:", "W309887001"), ("UCI:", "60218877")], "Daniela ÁLVAREZ MORENO", ["Guadalajara, Jalisco, Mexico"]) +
  '<p>Dear Applicant:</p><p>Your application for a work permit as a CUSMA Professional (exemption code T36, paragraph 204(a) of the IRPR) has been refused.</p>'
  '<p>The officer is not convinced that the position offered to you, described as "Marketing Coordinator", corresponds to one of the professions listed in '
  'Appendix 16-A of the Canada–United States–Mexico Agreement; the duties set out in the offer correspond more closely to a sales support role. Furthermore, '
  'it has not been shown that you hold the educational credentials required for the profession claimed (Management Consultant). Accordingly, you do not qualify '
  'for entry under the CUSMA Professional category.</p>'
  '<p>You may reapply should your circumstances change.</p>' + SIG_EN % ("Officer LA-61", "Consulate General of Canada, Los Angeles"),
  NONE, date="2024-03-22", app="W309887001", uci="60218877", permit="work-permit", loc="outside-canada",
  grounds={"category-eligibility": []}, category="CUSMA professional", font=SANS,
  notes="Two failed conditions of the CUSMA professional (T36) category: one ground.")

E("en13_sp_misrepresentation_photo", "en",
  header(["High Commission of Canada", "Immigration Section", "7/8 Shantipath, Chanakyapuri, New Delhi 110021"], "August 19, 2023",
         [("Application:", "S306677123"), ("UCI:", "1122-9087")], "Arshdeep KAUR") +
  '<p>Dear Arshdeep Kaur,</p><p>On 2023-06-14 a procedural fairness letter was sent to you setting out the concern that the bank statements from '
  'Punjab National Bank submitted with your study permit application were not genuine. Your response of 2023-07-02 has been reviewed and does not dispel this concern.</p>'
  '<p>It has been determined that you are inadmissible to Canada pursuant to paragraph 40(1)(a) of the Immigration and Refugee Protection Act for directly '
  'misrepresenting or withholding material facts relating to a relevant matter that induces or could induce an error in the administration of the Act.</p>'
  '<p>In accordance with paragraph 40(2)(a), you will remain inadmissible to Canada for a period of five years from the date of this letter. Your application is refused.</p>' +
  SIG_EN % ("Officer 30S", "Immigration Section, New Delhi"),
  {"kind": "photo", "ext": "png", "dpi": 105, "shadow_angle": 120, "table": "#3c3f44", "scale": 80}, date="2023-08-19", app="S306677123", uci="11229087",
  permit="study-permit", loc="outside-canada", grounds={"misrepresentation": []}, degr="photo-png", font=SERIF,
  notes="Misrepresentation A40(1)(a) with five-year bar; the funds concern is the basis of the misrepresentation, not a separate insufficient-funds finding.")

E("en14_pgwp_docs_not_provided_canadavisa", "en",
  header(["Citizenship and Immigration Canada", "Case Processing Centre Edmonton"], "January 7, 2016",
         [("Application:", "W304567890"), ("UCI:", "3322-1908")], "CHEN Xiaoyu", ["North York, Ontario"], lh="cic_en") +
  '<p>Dear CHEN Xiaoyu:</p><p>This letter refers to your application for a post-graduation work permit. Your application as requested is refused.</p>'
  '<p>Subsection 16(1) of the Immigration and Refugee Protection Act requires a person who makes an application to produce all relevant evidence and documents '
  'that the officer reasonably requires. On December 22, 2015, you were asked to provide, within 7 days, a letter from your institution confirming that you '
  'completed your program of study. As of today, that letter has not been received, and the officer cannot determine whether you are eligible.</p>'
  '<p>Our records show that your study permit expired on September 30, 2015. You may apply to restore your status within 90 days of the date of this letter. '
  'You must not work while a restoration application is being processed.</p>' + SIG_EN % ("Officer 1KL", "CPC Edmonton"),
  NONE, date="2016-01-07", app="W304567890", uci="33221908", permit="work-permit", loc="inside-canada",
  grounds={"documents.not-provided": []}, restoration=True, leave=False,
  source="adapted from https://canadavisa.com/canada-immigration-discussion-board/threads/post-graduation-work-permit-pgwp-refusal-due-to-confusing-deadline.394576 (PGWP refused for school letter not uploaded within 7 days)",
  notes="A16(1) documents not provided (school completion letter). Not category-eligibility: the officer says eligibility could not be determined. Restoration open; no explicit must-leave.")

E("en15_trv_truthfulness", "en",
  header(["Visa Section", "High Commission of Canada", "42 Independence Avenue, Accra"], "2024-10-02",
         [("Application number:", "V313098765"), ("UCI:", "92811045")], "Kwame Mensah BOATENG") +
  '<p>Dear Kwame Mensah Boateng:</p><p>Thank you for your interest in visiting Canada. After a careful review of your application, I have determined that it '
  'does not meet the requirements of the IRPA and IRPR, and I am refusing it for the following reason:</p>'
  '<ul><li>Under subsection 16(1) of the IRPA, a person making an application must answer truthfully all questions put to them. The undersigned is not satisfied '
  'that you have done so. In particular, the employment letter from Volta Agro Exports Ltd. could not be verified, and the employer advised that you are not on its staff list.</li></ul>'
  '<p>Please note that this refusal is not a finding of inadmissibility under section 40 of the Act.</p>' + SIG_EN % ("Officer GH-17", "Visa Section, Accra"),
  NONE, date="2024-10-02", app="V313098765", uci="92811045", permit="visitor-visa", loc="outside-canada",
  grounds={"documents.truthfulness": []}, font=SANS,
  notes="Truthfulness (A16(1)); explicitly not a section 40 misrepresentation finding.")

FAX1 = FAXHDR % "SEP-14-2017 10:42&nbsp;&nbsp;&nbsp;FROM: EMBASSY OF CANADA BOGOTA VISA&nbsp;&nbsp;&nbsp;TO: 5716012244&nbsp;&nbsp;&nbsp;P.001/001"
E("en16_wp_checkbox_fax", "en",
  FAX1 + header(["Visa Section", "Embassy of Canada", "Cra. 7 No. 114-33, Piso 14, Bogotá, Colombia"], "2017-09-14",
                [("Application:", "W302233445"), ("UCI:", "3321-0987")], "Juan Pablo RESTREPO MÁRQUEZ", ["Bogotá"]) +
  checklist("en-a", "glyph", "wp", ticked={"wnl", "ability"}, factors={"is"}) +
  '<p class="small">Note: <span class="hand">IELTS not provided</span></p>' + SIG_EN % ("Officer BG-09", "Visa Section, Bogotá"),
  {"kind": "fax", "angle": 0.35}, date="2017-09-14", app="W302233445", uci="33210987", permit="work-permit", loc="outside-canada",
  grounds={"will-not-leave": [F["is"]], "ability-to-perform-work": []}, degr="fax-g4-200dpi", font=TIMES, size="11pt",
  notes="Bilevel fax, CCITT G4 in PDF. Two main boxes + one factor ticked; the rest unticked.")

FAX2 = FAXHDR % "03/11/2016 16:05&nbsp;&nbsp;&nbsp;+90 312 409 2712&nbsp;&nbsp;&nbsp;CANADA VISA ANKARA&nbsp;&nbsp;&nbsp;#0815 P.1"
E("en17_trv_checkbox_fax_nofactor", "en",
  FAX2 + header(["Visa Section", "Embassy of Canada", "Cinnah Caddesi No. 58, Çankaya 06690, Ankara"], "November 3, 2016",
                [("Application:", "V301122338"), ("UCI:", "88001234")], "Mehmet YILMAZ", lh="cic_en") +
  checklist("en-b", "ascii", "trv", ticked={"wnl", "docs"}, factors=set(), items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  '<p>You may reapply. Please include the documents listed in the request letter of 2016-10-06.</p>' + SIG_EN % ("Officer 114", "Visa Section, Ankara"),
  {"kind": "fax", "angle": -0.5, "threshold": 55}, date="2016-11-03", app="V301122338", uci="88001234", permit="visitor-visa", loc="outside-canada",
  grounds={"will-not-leave": [], "documents.not-provided": []}, degr="fax-g4-200dpi", font=SANS, size="10.5pt",
  notes="Will-not-leave box ticked with no factor ticked (umbrella alone) + documents box. Fax G4.")

E("en18_trv_nested_with_notes", "en",
  header(["Visa Section", "High Commission of Canada", "Limuru Road, Gigiri, Nairobi, Kenya"], "2025-09-12",
         [("Application number:", "V314455667"), ("UCI:", "1100-2233-44")], "Wanjiru KAMAU") +
  '<p>Dear Wanjiru Kamau,</p><p>Thank you for your interest in visiting Canada. After a careful review of your application and supporting documents, I have '
  'determined that your application does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing it for the following reasons:</p>'
  '<ul><li>I am not satisfied that you will depart Canada at the end of the period authorized for your stay, as required by R179(b):'
  '<ul><li>Your previous travel does not provide enough evidence that you have complied with the immigration conditions of other countries.</li>'
  '<li>Your relatives in Canada (your mother and two siblings) represent stronger ties than those you have demonstrated in Kenya.</li></ul></li></ul>'
  '<p>The officer\'s decision notes are attached. You may reapply if you can address these concerns.</p>' + SIG_EN % ("Officer NRB-4410", "Visa Section, Nairobi") +
  '<div class="pb"></div><p class="re">Officer decision notes</p><p class="small">Application V314455667 — page 2 of 2</p>'
  '<div class="notes">PA 29 y.o. single, applying to visit mother and two siblings in Toronto for 6 mths. No previous travel outside Kenya. '
  'Bank statement shows balance KES 410,000 incl. lump sum deposit 2025-08-20, source not explained. Employment letter states PA employed as '
  'sales associate since 2025-06 only. Given no travel history, family in Cda and limited establishment in Kenya, I am not satisfied the applicant '
  'will depart Canada at the end of the period authorized for their stay. Refused R179(b).</div>',
  NONE, date="2025-09-12", app="V314455667", uci="1100223344", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("th", "ft"), font=SANS,
  notes="Page 2 = officer decision notes. Notes mention funds (lump sum) and short employment: NOT grounds. Letter grounds: travel history, family ties (phrased without the catalogue words).")

E("en19_notes_only_page2", "en",
  '<p class="small" style="text-align:right">Page 2 of 2</p><p class="re">Officer\'s decision notes</p>'
  '<table class="meta"><tr><td>Application:</td><td>W312998877</td></tr><tr><td>UCI:</td><td>1190-4455</td></tr><tr><td>Office:</td><td>Visa Section, Manila</td></tr></table>'
  '<div class="notes">Applicant applying for LMIA-based WP as cook (NOC 63200) in Red Deer, AB. LMIA confirmed, valid and lists PA\'s name. '
  'PA submitted one employment reference from a canteen, no payslips, no training certificates. No evidence of English language proficiency '
  'submitted; LMIA requires basic English for safety. PA 24 y.o., single, resides with parents. Limited ties noted. Based on the documents submitted, '
  'I am not satisfied that the applicant will be able to adequately perform the work sought. Application refused pursuant to R200(3)(a).</div>'
  '<p class="small" style="margin-top:30px">(Notes may have been edited to remove personal or protected information.)</p>',
  {"kind": "scan", "dpi": 200, "angle": 0.7}, date=None, app="W312998877", uci="11904455", permit="work-permit", loc="outside-canada",
  grounds={}, kind="gcms-notes", degr="scan-200dpi", font=SANS,
  notes="First page of the letter is lost: only page 2 (officer decision notes) is present. No refusal grounds can be read from a letter (grounds {}); "
        "the notes' R200(3)(a) conclusion and 'limited ties' are concerns, not findings. documentKind set to gcms-notes as the closest kind; no letter date.")

E("en20_sp_restoration_refused_funds", "en",
  header(["Immigration, Refugees and Citizenship Canada", "Domestic Processing Office — Sydney, Nova Scotia", "PO Box 7000, Sydney NS  B1P 6V6"], "2024-12-03",
         [("Application:", "S310443322"), ("UCI:", "1055-6677")], "Ifeoma CHUKWU", ["Halifax, Nova Scotia"]) +
  '<p>Dear Ifeoma Chukwu,</p><p>Your application to restore your temporary resident status as a student and to obtain a new study permit has been refused.</p>'
  '<p>Under section 220 of the Regulations, a study permit may not be issued unless the applicant has sufficient and available financial resources, without working '
  'in Canada, to pay tuition and to maintain themselves during the proposed period of study. The undersigned is not satisfied that the money available to you is '
  'adequate: tuition of CAD 16,800 for the winter and summer terms remains unpaid, and your bank statements show an average balance of CAD 1,950.</p>'
  '<p>Because the application refused today was itself an application for restoration, no further restoration is possible. You are without status in Canada '
  'and must leave Canada immediately.</p>' + SIG_EN % ("Officer SYD-52", "IRCC Sydney"),
  NONE, date="2024-12-03", app="S310443322", uci="10556677", permit="study-permit", loc="inside-canada",
  grounds={"insufficient-funds": []}, restoration=False, leave=True, font=SERIF,
  notes="In-Canada study permit refusal on R220 funds; restoration not available because the refused application was itself a restoration.")

E("en21_visitor_extension_quraishi_photo", "en",
  header(["Immigration, Refugees and Citizenship Canada", "Case Processing Centre Edmonton"], "March 16, 2020",
         [("Application:", "V308899001"), ("UCI:", "72044518")], "Imran SAEED", ["Mississauga ON"]) +
  '<p>Dear Imran Saeed:</p><p>Your application to extend your stay in Canada as a visitor for a further six months, in order to care for your ill mother-in-law, '
  'is refused.</p><p>I am not convinced that you would leave Canada at the end of the extended period, having regard to the purpose of your visit and the length '
  'of the stay you propose. You have already been in Canada for fourteen months and have had sufficient time to complete the purpose of your visit.</p>'
  '<p>Your authorized stay expired on 2020-02-29. You are now without status and must leave Canada immediately. If you wish, you may apply for restoration of your '
  'status within 90 days of losing it.</p>' + SIG_EN % ("Officer E-208", "CPC Edmonton"),
  {"kind": "photo", "ext": "jpg", "dpi": 100, "quality": 50, "shadow_angle": 210, "table": "#6e6a5f"}, date="2020-03-16", app="V308899001", uci="72044518",
  permit="visitor-visa", loc="inside-canada", grounds=wnl("pv", "ls"), restoration=True, leave=True, degr="photo-jpeg", font=TIMES, size="11.5pt",
  source="adapted from Quraishi v. Canada 2021 FC 1145 (https://decisions.fct-cf.gc.ca/fc-cf/decisions/fr/item/515047/index.do): visitor extension to care for mother-in-law, 'sufficient time' reasoning",
  notes="Visitor record extension (permitType visitor-visa is the closest enum value). Factors: purpose of visit and length of stay in one sentence.")

E("en22_wp_lmia_genuineness_scan300", "en",
  header(["Immigration Section", "Consulate General of Canada", "Jumeirah Emirates Towers, Dubai, UAE"], "2022-08-25",
         [("Application number:", "W307788990"), ("UCI:", "1144-5566-77")], "Ahmed Raza KHAN") +
  '<p>Dear Ahmed Raza Khan:</p><p>I have completed the review of your work permit application and regret to inform you that it is refused.</p>'
  '<p>The officer is not satisfied that the job offer from Northern Maple Logistics Ltd. is genuine, as set out in paragraph 200(5)(a) of the IRPR: the employer '
  'has operated for less than one year and has not shown that it is able to pay the wage offered.</p>'
  '<p>In addition, the Labour Market Impact Assessment provided was issued for a long-haul truck driver position in Brampton, Ontario, whereas your application and '
  'offer of employment describe a dispatcher position in Calgary, Alberta. The LMIA therefore does not support the job you intend to perform, as R203 requires.</p>'
  '<p>You may submit a new application.</p>' + SIG_EN % ("Officer DXB-3", "Consulate General of Canada, Dubai"),
  {"kind": "scan", "dpi": 300, "angle": -2.2, "noise": 0.35, "blur": 0.9}, date="2022-08-25", app="W307788990", uci="1144556677", permit="work-permit",
  loc="outside-canada", grounds={"job-offer.genuineness": [], "job-offer.lmia": []}, degr="scan-300dpi-rotated-2deg", font=SERIF,
  notes="Two job-offer grounds: genuineness R200(5)(a) and LMIA mismatch R203.")

E("en23_wp_employer_portal_inside", "en",
  header(["Immigration, Refugees and Citizenship Canada", "Case Processing Centre Edmonton"], "2023-11-28",
         [("Application:", "W312100099"), ("UCI:", "60551234")], "Sofia MARCHETTI", ["Montréal QC"]) +
  '<p>Dear Sofia Marchetti,</p><p>This letter concerns your application for an employer-specific work permit exempt from the labour market impact assessment requirement. '
  'The application cannot be approved.</p>'
  '<p>Paragraph 200(1)(c)(ii.1) of the Regulations requires that, before you apply, your employer submit the offer of employment through the IRCC Employer Portal and pay '
  'the employer compliance fee. No offer of employment number matching your employer was found, and the compliance fee has not been paid.</p>'
  '<p>Your previous work permit expired on 2023-10-15 and you remained in Canada on maintained status; that status ends with this decision. You may apply to restore '
  'your status within 90 days of the date of this letter, but you may not work while that application is processed.</p>' + SIG_EN % ("Officer 9TT", "CPC Edmonton"),
  NONE, date="2023-11-28", app="W312100099", uci="60551234", permit="work-permit", loc="inside-canada",
  grounds={"job-offer.offer-of-employment": []}, restoration=True, leave=False, font=SANS,
  notes="LMIA-exempt offer not submitted via the Employer Portal / fee unpaid. Restoration open; no explicit must-leave statement.")

E("en24_sp_medical_checkbox_check_scan", "en",
  header(["Visa Section", "Embassy of Canada", "Levels 6-8, Tower 2, RCBC Plaza, Makati City, Manila"], "2019-06-20",
         [("Application:", "S303344556"), ("UCI:", "33217788")], "Joselito REYES") +
  checklist("en-b", "csscheck", "sp", ticked={"inadm"}, inadm="38(1)(a) (health grounds — danger to public health)",
            items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  '<p>You may contact the visa office if you have questions about your medical results.</p>' + SIG_EN % ("Officer MNL-77", "Visa Section, Manila"),
  {"kind": "scan", "dpi": 200, "angle": 1.6, "noise": 0.5}, date="2019-06-20", app="S303344556", uci="33217788", permit="study-permit",
  loc="outside-canada", grounds={"inadmissibility.medical": []}, degr="scan-200dpi", font=SANS,
  notes="Checkbox with ✓ in CSS-drawn boxes; only the inadmissibility box is ticked, section filled in by hand (A38(1)(a) health).")

E("en25_trv_criminality", "en",
  header(["Visa Section", "Embassy of Canada", "19 Dongzhimenwai Dajie, Chaoyang District, Beijing"], "2023-02-14",
         [("Application number:", "V309001122"), ("UCI:", "1160-7788")], "WANG Lei") +
  '<p>Dear WANG Lei:</p><p>Your application for a temporary resident visa has been refused.</p>'
  '<p>You are inadmissible to Canada pursuant to paragraph 36(1)(b) of the Immigration and Refugee Protection Act on grounds of serious criminality, having been '
  'convicted outside Canada of an offence (dangerous driving causing bodily harm, 2017) that, if committed in Canada, would be punishable by a maximum term of '
  'imprisonment of at least ten years.</p><p>Information on criminal rehabilitation and temporary resident permits is available on our website.</p>' +
  SIG_EN % ("Officer BJ-0192", "Visa Section, Beijing"),
  NONE, date="2023-02-14", app="V309001122", uci="11607788", permit="visitor-visa", loc="outside-canada",
  grounds={"inadmissibility.criminality": []}, font=SERIF, notes="Serious criminality A36(1)(b).")

E("en26_sp_nested_2pages_tiff", "en",
  header(["Visa Section", "Embassy of Canada", "Rue Galliéni, Dakar, Senegal"], "12 August 2021",
         [("Application:", "S306655443"), ("UCI:", "10-5566-7788")], "Chinedu OKAFOR", ["Enugu, Nigeria"]) +
  '<p>Dear Chinedu Okafor,</p><p>Thank you for your interest in studying in Canada. After a careful review of your application and supporting documentation, '
  'I have determined that your application does not meet the requirements of the IRPA and the IRPR. I am refusing your application for the following reasons:</p>'
  '<ul><li>It has not been demonstrated that you would exit Canada at the end of the authorized stay (R216(1)(b)).'
  '<ul><li>Your connections to family members outside Canada are not significant enough to motivate your return.</li>'
  '<li>The program you propose (Diploma in Business Administration) is not reasonable in light of your completed master\'s degree; the purpose of your stay does '
  'not appear to be a temporary period of study.</li>'
  '<li>Limited job prospects in your country of residence after completion of the program.</li></ul></li></ul>'
  '<p style="margin-top:220px">&nbsp;</p>'
  '<div class="pb"></div><p class="small">S306655443 — page 2</p>'
  '<ul><li>Your financial resources are not sufficient to pay your tuition and maintain yourself in Canada during the proposed period of study (R220).</li></ul>'
  '<p>You are welcome to reapply if you can respond to these concerns.</p>' + SIG_EN % ("Officer DKR-218", "Visa Section, Dakar"),
  {"kind": "tiff", "dpi": 150}, date="2021-08-12", app="S306655443", uci="1055667788", permit="study-permit", loc="outside-canada",
  grounds={"will-not-leave": [F["ft"], F["pv"], F["ep"]], "insufficient-funds": []}, degr="tiff-multipage-150dpi-gray", font=SANS,
  notes="Two-page TIFF (LZW, grayscale). The funds reason is on page 2.")

E("en27_trv_sentences_nodate", "en",
  header(["Visa Section", "Embassy of Canada", "Abu Dhabi Trade Towers (Abu Dhabi Mall), West Tower, 9th floor, Abu Dhabi"], None,
         [("Application No.:", "V312777001"), ("UCI:", "43219876")], "Rahul MENON", ["Dubai, UAE"]) +
  '<p>Dear Rahul Menon:</p><p>I have reviewed your application for a temporary resident visa and am refusing it.</p>'
  '<p>The undersigned is not satisfied that you will leave Canada at the end of your stay, as required by R179(b), having regard to your residence status in the '
  'United Arab Emirates, which is temporary and tied to your employment. Nor does your present job show that you are financially established in your country of '
  'residence: your employment letter describes a probationary contract.</p>'
  '<p>You may reapply with additional information.</p>' + SIG_EN % ("Officer AD-5", "Visa Section, Abu Dhabi"),
  NONE, date=None, app="V312777001", uci="43219876", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("is", "ce"), font=SERIF, notes="No letter date printed. Factors: immigration status in the UAE, current employment (negative sentence 'Nor does...').")

E("en28_sp_checkbox_paren_khodchenko_photo", "en",
  header(["Visa Section", "Embassy of Canada", "13A Kostelna Street, Kyiv 01901, Ukraine"], "April 30, 2014",
         [("File / Application:", "S302020202"), ("UCI:", "21093344")], "Maryna KOVALENKO", lh="cic_en") +
  '<p>Dear Maryna Kovalenko,</p><p>I have now completed the assessment of your application for a study permit. Subsection 11(1) of the Act provides that a foreign '
  'national must apply for a visa or other document before entering Canada; the officer must be satisfied that the applicant meets the requirements of the Act.</p>' +
  checklist("en-b", "paren", "sp", ticked={"wnl", "funds"}, factors={"pv", "af"}, items=["wnl", "funds", "docs", "truth", "other"], fam=False) +
  SIG_EN % ("Officer 0731", "Visa Section, Kyiv"),
  {"kind": "photo", "ext": "png", "dpi": 110, "shadow_angle": 300, "table": "#7a6650", "scale": 78}, date="2014-04-30", app="S302020202", uci="21093344",
  permit="study-permit", loc="outside-canada", grounds={"will-not-leave": [F["pv"], F["af"]], "insufficient-funds": []}, degr="photo-png", font=TIMES, size="11pt",
  source="adapted from Khodchenko v. Canada 2015 FC 819 (https://taxinterpretations.com/content/432024): Kyiv study-permit form letter of April 30, 2014 with 'purpose of visit' and 'personal assets and financial status' checked plus funds",
  notes="(x)/( ) boxes. Funds box ticked as well as the assets factor: two distinct findings.")

E("en29_sp_typos_linebreaks_cervjakova", "en",
  header(["Immigration Section", "Consulate General of Canada", "550 South Hope Street, Los Angeles, California"], "January 4, 2018",
         [("Application:", "S304455667"), ("UCI:", "1099-8877")], "Tatiana CERNOVA", ["Toronto, Ontario"], lh="en") +
  '<p>Dear Tatiana Cernova:</p><div class="raw">I have reviewed your application for a study permit. Your application is refused.\n\n'
  'I am not satisifed that you wil leave Canada at the end of\nyour stay as stipulated in paragraph 216(1)(b) of the IRPR, based on your family ties\n'
  'in Canada and in your country of residense.\n\n'
  'I am not satisfied that you have sufficent and available financial\nresources, without working in Canada, to pay the tuition fees for the\n'
  'course and maintain yourself and your family memebers during the proposed\nperiod of study (R220).\n\nYou may re-apply.</div>' +
  SIG_EN % ("Officer LA-17", "Los Angeles"),
  {"kind": "scan", "dpi": 150, "angle": 2.4, "noise": 0.6, "quality": 35, "blur": 0.8}, date="2018-01-04", app="S304455667", uci="10998877",
  permit="study-permit", loc="outside-canada", grounds={"will-not-leave": [F["ft"]], "insufficient-funds": []}, degr="scan-150dpi-rotated-2.4deg",
  font='"Nimbus Mono PS", monospace', size="10.5pt",
  source="adapted from Cervjakova v. Canada 2018 FC 1052 (https://taxinterpretations.com/content/505891): study permit refused by the Los Angeles visa office on January 4, 2018 (will not leave + financial means; applicant and family in Canada)",
  notes="Typos (satisifed, wil, residense, sufficent, memebers) and hard line breaks mid-sentence. Applicant was in Canada but the decision was made by a visa office abroad: labelled outside-canada (60 days).")

# =====================================================================================  FRENCH
SIG_FR = '<div class="sig">%s<br>%s</div>'

E("fr01_trv_checkbox_glyph", "fr",
  header(["Section des visas", "Ambassade du Canada", "Rue Galliéni, B.P. 3373, Dakar, Sénégal"], "4 mars 2025",
         [("Numéro de demande :", "V313456789"), ("IUC :", "1106-2244")], "Madame Aminata DIALLO", ["Thiès, Sénégal"], lh="fr") +
  '<p class="re">Objet : Demande de visa de résident temporaire (visiteur)</p><p>Madame,</p>' +
  checklist("fr-a", "glyph", "trv", ticked={"wnl", "funds"}, factors={"th", "af"}, items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  '<p>Vous pouvez présenter une nouvelle demande si vous êtes en mesure de répondre à ces préoccupations.</p>' + SIG_FR % ("Agent 31190", "Section des visas, Dakar"),
  NONE, date="2025-03-04", app="V313456789", uci="11062244", permit="visitor-visa", loc="outside-canada",
  grounds={"will-not-leave": [F["th"], F["af"]], "insufficient-funds": []}, notes="Cases ☒/☐, formulation française paraphrasée.")

FAX3 = FAXHDR % "12-07-2018 11:17&nbsp;&nbsp;&nbsp;DE : AMBASSADE DU CANADA RABAT&nbsp;&nbsp;&nbsp;+212 537 54 49 00&nbsp;&nbsp;&nbsp;P. 1/1"
E("fr02_sp_checkbox_ascii_autre_fax", "fr",
  FAX3 + header(["Section des visas", "Ambassade du Canada", "66, avenue Mehdi Ben Barka, Souissi, Rabat"], "le 12 juillet 2018",
                [("N° de demande :", "S304567123"), ("IUC :", "77123409")], "M. Youssef EL AMRANI", lh="fr") +
  checklist("fr-a", "ascii", "sp", ticked={"wnl", "other"}, factors={"pv", "ep"},
            other="le programme choisi n'est offert qu'à temps partiel.", items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  SIG_FR % ("Agent RB-12", "Section des visas, Rabat"),
  {"kind": "fax", "angle": 0.6}, date="2018-07-12", app="S304567123", uci="77123409", permit="study-permit", loc="outside-canada",
  grounds={"will-not-leave": [F["pv"], F["ep"]], "other": []}, unrec=["le programme choisi n'est offert qu'à temps partiel."],
  degr="fax-g4-200dpi", font=TIMES, size="11pt", notes="Fax G4, cases [X]/[ ], ligne « Autre : » manuscrite sans motif du catalogue.")

FAX4 = FAXHDR % "2017/10/03 09:02&nbsp;&nbsp;&nbsp;AMB CANADA TUNIS VISAS&nbsp;&nbsp;&nbsp;No.4471&nbsp;&nbsp;&nbsp;P. 1"
E("fr03_wp_checkbox_cssx_fax", "fr",
  FAX4 + header(["Section des visas", "Ambassade du Canada", "Lot 24, rue de la Feuille d'Érable, Les Berges du Lac II, Tunis"], "2017-10-03",
                [("Demande :", "W303456781"), ("IUC :", "5521-8843")], "M. Sami BEN SALAH", lh="fr") +
  checklist("fr-b", "cssx", "wp", ticked={"ability", "lmia"}) +
  '<p>Vous pouvez présenter une nouvelle demande.</p>' + SIG_FR % ("Agent TN-3", "Section des visas, Tunis"),
  {"kind": "fax", "angle": -0.3, "threshold": 60}, date="2017-10-03", app="W303456781", uci="55218843", permit="work-permit", loc="outside-canada",
  grounds={"ability-to-perform-work": [], "job-offer.lmia": []}, degr="fax-g4-200dpi", font=SANS,
  notes="Cases dessinées en CSS avec X, fax G4. La case « ne quittera pas » n'est PAS cochée (ses sous-facteurs non plus).")

FAX5 = FAXHDR % "21/11/2016 14:30&nbsp;&nbsp;&nbsp;CANADA PAP IMM&nbsp;&nbsp;&nbsp;509 2812 2000&nbsp;&nbsp;&nbsp;P 01"
E("fr04_trv_checkbox_glyph_fax", "fr",
  FAX5 + header(["Section de l'immigration", "Ambassade du Canada", "Delmas 18, Port-au-Prince, Haïti"], "le 21 novembre 2016",
                [("Demande n° :", "V301234987"), ("IUC :", "66554433")], "M. Jean-Robert PIERRE-LOUIS", lh="cic_fr") +
  checklist("fr-b", "glyph", "trv", ticked={"wnl"}, factors={"ft"}, items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  SIG_FR % ("Agente 0442", "Port-au-Prince"),
  {"kind": "fax", "angle": 0.9}, date="2016-11-21", app="V301234987", uci="66554433", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("ft"), degr="fax-g4-200dpi", font=TIMES, size="11pt", notes="Fax G4; une seule case principale et un seul facteur cochés.")

E("fr05_sp_sentences", "fr",
  header(["Section des visas", "Ambassade du Canada", "Dakar, Sénégal"], "le 2 septembre 2020",
         [("Numéro de demande :", "S305678901"), ("IUC :", "11-0099-8877")], "Mme Fatou NDIAYE", lh="fr") +
  '<p>Madame,</p><p>J\'ai examiné votre demande de permis d\'études. Je regrette de vous informer qu\'elle ne satisfait pas aux exigences de la Loi sur '
  'l\'immigration et la protection des réfugiés et de son règlement, et qu\'elle est refusée.</p>'
  '<p>Je ne suis pas convaincue que vous quitterez le Canada à l\'issue de votre séjour, comme le prévoit l\'alinéa 216(1)b) du RIPR, eu égard à vos attaches '
  'familiales au Canada et dans votre pays de résidence ainsi qu\'au but de votre séjour.</p>'
  '<p>Compte tenu de votre situation professionnelle actuelle, l\'agente n\'est pas non plus convaincue que vous retournerez dans votre pays à la fin de vos études.</p>'
  '<p>Toute nouvelle demande devra répondre à ces préoccupations.</p>' + SIG_FR % ("Agente DK-71", "Section des visas"),
  NONE, date="2020-09-02", app="S305678901", uci="1100998877", permit="study-permit", loc="outside-canada",
  grounds=wnl("ft", "pv", "ce"), notes="Phrases; « but de votre séjour » pour l'objet de la visite; 3e facteur dans une phrase séparée, à la 3e personne.")

E("fr06_wp_nested_third_person", "fr",
  header(["Section des visas", "Ambassade du Canada", "130, rue du Faubourg Saint-Honoré, 75008 Paris"], "2023-04-17",
         [("Demande :", "W310001234"), ("IUC :", "1177-0033")], "M. Karim HADDAD", ["Casablanca, Maroc"], lh="fr") +
  '<p>Monsieur,</p><p>Après examen attentif de la demande et des documents à l\'appui, l\'agent a déterminé que la demande ne satisfait pas aux exigences de la LIPR '
  'et du RIPR. La demande est refusée pour les motifs suivants :</p>'
  '<ul><li>L\'agent n\'est pas convaincu que le demandeur quittera le Canada à la fin de la période de séjour autorisée (al. 200(1)b) du RIPR) :'
  '<ul><li>Le but du séjour ne correspond pas à un séjour temporaire, vu les renseignements fournis dans la demande.</li>'
  '<li>L\'emploi qu\'occupe actuellement le demandeur ne démontre pas qu\'il est établi financièrement dans son pays de résidence.</li></ul></li>'
  '<li>Les ressources financières du demandeur ne suffisent pas à couvrir les frais du séjour proposé pour lui-même et les membres de sa famille qui l\'accompagnent.</li></ul>' +
  SIG_FR % ("Agent PAR-1150", "Section des visas, Paris"),
  NONE, date="2023-04-17", app="W310001234", uci="11770033", permit="work-permit", loc="outside-canada",
  grounds={"will-not-leave": [F["pv"], F["ce"]], "insufficient-funds": []}, font=SANS,
  notes="Puces imbriquées à la troisième personne (« l'agent n'est pas convaincu », « le demandeur »).")

E("fr07_pgwp_duree_programme", "fr",
  header(["Immigration, Réfugiés et Citoyenneté Canada", "Centre de traitement des demandes de Sydney", "C.P. 7000, Sydney (N.-É.)  B1P 6V6"], "le 14 janvier 2025",
         [("Numéro de demande :", "W313201987"), ("IUC :", "1133-4477-88")], "Mme NGUYEN Thi Lan", ["Québec (Québec)"], lh="fr") +
  '<p class="re">Objet : Demande de permis de travail postdiplôme (PTPD)</p><p>Madame,</p>'
  '<p>Votre demande de permis de travail postdiplôme est refusée.</p>'
  '<p>Pour être admissible au PTPD, vous devez notamment avoir terminé, dans un établissement d\'enseignement désigné admissible, un programme d\'études à temps plein '
  'd\'une durée d\'au moins huit mois menant à un diplôme, un grade ou un certificat. Les documents fournis ne démontrent pas de façon suffisante que la durée de votre '
  'programme (attestation d\'études collégiales en gestion) était d\'au moins huit mois : le relevé de notes indique des sessions du 2024-01-08 au 2024-07-26. '
  'Vous n\'avez donc pas démontré que vous satisfaites aux exigences d\'admissibilité du programme de permis de travail postdiplôme.</p>'
  '<p>Votre permis d\'études a expiré le 2024-11-30. Vous êtes maintenant sans statut au Canada et devez quitter le pays, à moins de présenter une demande de '
  'rétablissement de statut dans les 90 jours suivant la date de la présente lettre (article 182 du RIPR).</p>' + SIG_FR % ("Agent SYD-204", "Sydney"),
  NONE, date="2025-01-14", app="W313201987", uci="1133447788", permit="work-permit", loc="inside-canada",
  grounds={"category-eligibility": []}, category="post-graduation work permit", restoration=True, leave=True,
  notes="« Preuve insuffisante » sur une condition du PTPD (durée du programme ≥ 8 mois) = category-eligibility, pas documents manquants. Sans statut, doit quitter, rétablissement encore possible.")

E("fr08_sowp_etudiant_scan", "fr",
  header(["Immigration, Réfugiés et Citoyenneté Canada", "Centre de traitement des cas de Vegreville"], "le 3 octobre 2024",
         [("Demande n° :", "W312556677"), ("IUC :", "90887766")], "Mme Mariana SOUZA LIMA", ["Montréal (Québec)"], lh="fr") +
  '<p class="re">Objet : Permis de travail ouvert — époux ou conjoint de fait d\'un étudiant étranger</p><p>Madame,</p>'
  '<p>Votre demande de permis de travail ouvert est refusée. Depuis le 19 mars 2024, seuls les époux et conjoints de fait d\'étudiants inscrits à certains programmes '
  '(maîtrise, doctorat ou programmes professionnels admissibles) peuvent obtenir ce permis. La preuve fournie est insuffisante pour établir que votre époux est inscrit '
  'à un programme de maîtrise ou de doctorat : la lettre de l\'établissement mentionne un diplôme d\'études supérieures spécialisées (DESS). En conséquence, l\'agente '
  'n\'est pas convaincue que vous répondez aux critères d\'admissibilité de cette catégorie.</p>'
  '<p>Votre statut de visiteuse a pris fin le 2024-05-31. Plus de 90 jours s\'étant écoulés depuis la perte de votre statut, vous ne pouvez pas demander le '
  'rétablissement. Vous n\'avez aucun statut au Canada et devez quitter le Canada immédiatement.</p>' + SIG_FR % ("Agente VG-58", "CTC Vegreville"),
  {"kind": "scan", "dpi": 200, "angle": -1.3}, date="2024-10-03", app="W312556677", uci="90887766", permit="work-permit", loc="inside-canada",
  grounds={"category-eligibility": []}, category="spousal open work permit", restoration=False, leave=True, degr="scan-200dpi", font=SERIF,
  notes="Condition de la catégorie (programme d'études de l'époux) formulée en « preuve insuffisante » = category-eligibility. Rétablissement impossible (90 jours écoulés), doit quitter.")

E("fr09_bowp_statut_expire", "fr",
  header(["Immigration, Réfugiés et Citoyenneté Canada", "Centre de traitement des cas d'Edmonton"], "le 25 février 2025",
         [("Numéro de demande :", "W313700112"), ("IUC :", "1188-0022")], "M. Rachid BENALI", ["Gatineau (Québec)"], lh="fr") +
  '<p class="re">Objet : Permis de travail ouvert transitoire (PTOT)</p><p>Monsieur,</p>'
  '<p>Votre demande de permis de travail ouvert transitoire est refusée. Pour obtenir ce permis, le demandeur doit :</p>'
  '<ol><li>se trouver au Canada;</li><li>être titulaire d\'un permis de travail valide, ou bénéficier du maintien de statut, au moment où la demande est présentée;</li>'
  '<li>avoir présenté une demande de résidence permanente au titre d\'un programme admissible et avoir reçu un accusé de réception ou une vérification d\'intégralité favorable.</li></ol>'
  '<p>Votre permis de travail a expiré le 2024-10-31 et votre demande de PTOT n\'a été reçue que le 2024-12-09. Vous n\'aviez donc pas de statut valide au moment de la demande '
  '(condition 2), et vous ne satisfaites pas aux conditions d\'admissibilité du permis de travail ouvert transitoire.</p>'
  '<p>Plus de 90 jours se sont écoulés depuis l\'expiration de votre statut; le rétablissement n\'est plus possible. Vous devez quitter le Canada.</p>' +
  SIG_FR % ("Agent ED-331", "CTC Edmonton"),
  NONE, date="2025-02-25", app="W313700112", uci="11880022", permit="work-permit", loc="inside-canada",
  grounds={"category-eligibility": []}, category="bridging open work permit", restoration=False, leave=True, font=SANS,
  notes="Conditions énumérées 1-3; seule la condition 2 (statut valide au moment de la demande) n'est pas remplie.")

E("fr10_eic_jeunes_pros_photo", "fr",
  header(["Expérience internationale Canada (EIC)", "Immigration, Réfugiés et Citoyenneté Canada"], "2024-06-05",
         [("Demande :", "W311998877"), ("IUC :", "1166-2299")], "Mme Camille LEFÈVRE", ["Lyon, France"], lh="fr") +
  '<p>Madame,</p><p>Nous avons examiné votre demande de permis de travail présentée au titre de la catégorie Jeunes professionnels d\'Expérience internationale Canada. '
  'Votre demande est refusée.</p>'
  '<p>Dans cette catégorie, l\'offre d\'emploi doit contribuer à votre perfectionnement professionnel : l\'emploi doit être de niveau FEER 0, 1, 2 ou 3, ou de niveau '
  'FEER 4 ou 5 si vous détenez un diplôme postsecondaire dans ce domaine. L\'emploi offert (préposée à l\'accueil, FEER 4) est sans lien avec votre domaine d\'études '
  '(génie civil). Vous n\'avez donc pas établi que vous satisfaites aux exigences de la catégorie Jeunes professionnels.</p>' + SIG_FR % ("Traitement EIC", "IRCC"),
  {"kind": "photo", "ext": "png", "dpi": 110, "shadow_angle": 70, "table": "#4a5a4a", "scale": 82}, date="2024-06-05", app="W311998877", uci="11662299",
  permit="work-permit", loc="unknown", grounds={"category-eligibility": []}, category="International Experience Canada (Young Professionals)",
  degr="photo-png", font=SANS, notes="Lieu de décision non indiqué: unknown, deux délais. Condition: perfectionnement professionnel (FEER / domaine d'études).")

E("fr11_ict_cadre", "fr",
  header(["Section des visas", "Ambassade du Canada", "130, rue du Faubourg Saint-Honoré, 75008 Paris"], "le 9 mai 2024",
         [("Numéro de demande :", "W312333444"), ("IUC :", "1144-7788")], "M. Thomas GIRARD", lh="fr") +
  '<p>Monsieur,</p><p>Vous avez demandé un permis de travail à titre de personne mutée à l\'intérieur d\'une société, en qualité de cadre de direction ou de cadre supérieur '
  '(code C12, alinéa 205a) du RIPR). Votre demande est refusée.</p>'
  '<p>Il n\'a pas été démontré que le poste offert au Canada est un poste de cadre de direction ou de cadre supérieur : l\'organigramme fourni indique que vous ne dirigerez '
  'ni l\'organisation ni l\'une de ses fonctions essentielles. De plus, il n\'a pas été établi qu\'il existe une relation admissible (société mère, filiale, succursale ou société '
  'affiliée) entre l\'entreprise française qui vous emploie et l\'entreprise canadienne.</p>'
  '<p>Vous n\'avez donc pas démontré que vous satisfaites aux exigences d\'admissibilité de cette catégorie.</p>' + SIG_FR % ("Agente PAR-88", "Section des visas, Paris"),
  NONE, date="2024-05-09", app="W312333444", uci="11447788", permit="work-permit", loc="outside-canada",
  grounds={"category-eligibility": []}, category="intra-company transferee", font=SERIF,
  notes="Mutation intra-entreprise (cadre), deux conditions non remplies dans la même catégorie: un seul motif.")

E("fr12_wp_fausses_declarations_scan", "fr",
  header(["Section des visas", "Ambassade du Canada", "Dakar, Sénégal"], "2023-09-28",
         [("Demande :", "W309876501"), ("IUC :", "10-0987-6543")], "M. Moussa TRAORÉ", ["Bamako, Mali"], lh="fr") +
  '<p>Monsieur,</p><p>À la suite de l\'examen de votre demande de permis de travail et de votre réponse à la lettre d\'équité procédurale du 2023-08-10, j\'ai conclu '
  'que vous avez fait une présentation erronée sur un fait important : le diplôme de technicien supérieur présenté à l\'appui de votre demande n\'a pas été délivré par '
  'l\'établissement indiqué.</p>'
  '<p>En application de l\'alinéa 40(1)a) de la LIPR, vous êtes interdit de territoire au Canada pour fausses déclarations. Conformément à l\'alinéa 40(2)a), cette '
  'interdiction de territoire s\'applique pendant une période de cinq ans à compter de la date de la présente lettre. Votre demande est refusée.</p>' +
  SIG_FR % ("Agent DK-19", "Section des visas, Dakar"),
  {"kind": "scan", "dpi": 200, "angle": 0.9, "gray": False, "noise": 0.4}, date="2023-09-28", app="W309876501", uci="1009876543", permit="work-permit",
  loc="outside-canada", grounds={"misrepresentation": []}, degr="scan-200dpi-color", font=TIMES, size="11pt",
  notes="Fausses déclarations A40(1)a), interdiction de cinq ans.")

E("fr13_wp_documents_non_fournis", "fr",
  header(["Immigration, Réfugiés et Citoyenneté Canada", "Centre de traitement des cas de Vegreville"], "le 18 avril 2024",
         [("Demande n° :", "W311445566"), ("IUC :", "1155-8833")], "Mme Awa KONÉ", ["Sherbrooke (Québec)"], lh="fr") +
  '<p class="re">Objet : Demande de prolongation de permis de travail</p><p>Madame,</p>'
  '<p>Le 2024-02-27, nous vous avons demandé de fournir, dans un délai de 30 jours, une copie de votre passeport en cours de validité et une lettre de votre employeur '
  'confirmant votre emploi. À ce jour, ces documents n\'ont pas été reçus.</p>'
  '<p>Le paragraphe 16(1) de la LIPR exige que l\'auteur d\'une demande produise tous les éléments de preuve pertinents et les documents que l\'agent exige '
  'raisonnablement. Faute de ces documents, votre demande est refusée.</p>'
  '<p>Vous pouvez présenter une demande de rétablissement de votre statut dans les 90 jours suivant la date de la présente lettre. Vous ne devez pas travailler pendant ce temps.</p>' +
  SIG_FR % ("Agent VG-12", "CTC Vegreville"),
  NONE, date="2024-04-18", app="W311445566", uci="11558833", permit="work-permit", loc="inside-canada",
  grounds={"documents.not-provided": []}, restoration=True, leave=False, font=SANS,
  notes="A16(1) documents non fournis; rétablissement possible; pas de phrase « doit quitter ».")

E("fr14_trv_nested_notes_en", "fr",
  header(["Section des visas", "Ambassade du Canada", "66, avenue Mehdi Ben Barka, Rabat"], "le 10 octobre 2025",
         [("Numéro de demande :", "V314556677"), ("IUC :", "1199-2288-11")], "Mme Nadia BENJELLOUN", ["Doha, Qatar"], lh="fr") +
  '<p>Madame,</p><p>Après un examen attentif de votre demande et des documents à l\'appui, j\'ai déterminé que votre demande ne satisfait pas aux exigences de la LIPR '
  'et du RIPR. Je refuse votre demande pour les motifs suivants :</p>'
  '<ul><li>Vous n\'avez pas démontré que vous quitteriez le Canada à la fin de votre séjour (alinéa 179b) du RIPR) :'
  '<ul><li>Votre statut au Qatar, votre pays de résidence, est temporaire et lié à votre contrat de travail.</li>'
  '<li>Vos biens personnels et votre situation financière ne démontrent pas un établissement suffisant.</li></ul></li></ul>'
  '<p>Les notes de décision de l\'agent sont jointes.</p>' + SIG_FR % ("Agent RB-40", "Section des visas, Rabat") +
  '<div class="pb"></div><p class="re">Notes de décision de l\'agent</p><p class="small">V314556677 — page 2/2</p>'
  '<div class="notes">PA Moroccan citizen residing in Qatar on work visa valid to 2026-03. Travel limited to GCC countries. Spouse and child reside in Morocco. '
  'Bank balance QAR 12,000, no property documents. Purpose: tourism 3 weeks. Weighing the factors, I am not satisfied the applicant will depart Canada at '
  'the end of the period authorized for their stay. Refused.</div>',
  NONE, date="2025-10-10", app="V314556677", uci="1199228811", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("is", "af"), font=SANS,
  notes="Page 2: notes de l'agent rédigées en anglais. Les notes mentionnent voyages et famille: PAS des motifs. Motifs de la lettre: statut dans le pays de résidence, biens/situation financière.")

E("fr15_trv_nested_sans_date", "fr",
  header(["Haut-commissariat du Canada", "Section des visas", "Immeuble Stamatiades, Avenue de l'Indépendance, Yaoundé, Cameroun"], None,
         [("Demande :", "V312876543"), ("IUC :", "55443322")], "M. Brice MBARGA", lh="fr") +
  '<p>Monsieur,</p><p>Votre demande de visa de résident temporaire a été refusée pour les motifs ci-dessous.</p>'
  '<ul><li>Il n\'a pas été démontré que vous quitteriez le Canada à la fin du séjour autorisé, comme l\'exige l\'article 179 du RIPR :'
  '<ul><li>vos antécédents de voyage sont insuffisants (aucun voyage hors de la zone CEMAC);</li>'
  '<li>la durée du séjour que vous envisagez (six mois) est disproportionnée pour une conférence de trois jours.</li></ul></li></ul>'
  '<p>Vous pouvez présenter une nouvelle demande.</p>' + SIG_FR % ("Agent YDE-9", "Yaoundé"),
  NONE, date=None, app="V312876543", uci="55443322", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("th", "ls"), font=SERIF,
  notes="Aucune date de lettre imprimée. Facteur 2 = durée du séjour (mentionne l'événement, mais le constat porte sur la durée).")

E("fr16_sp_veracite_photo", "fr",
  header(["Section des visas", "Ambassade du Canada", "Immeuble Trade Center, Cocody, Abidjan, Côte d'Ivoire"], "2024-11-20",
         [("N° de demande :", "S311223344"), ("IUC :", "1177-6655")], "M. Koffi Yao KOUASSI", lh="fr") +
  '<p>Monsieur,</p><p>Je vous informe que votre demande de permis d\'études est refusée.</p>'
  '<p>Je ne suis pas convaincu que vous ayez répondu de façon véridique à toutes les questions qui vous ont été posées, comme l\'exige le paragraphe 16(1) de la LIPR. '
  'Plus précisément, les renseignements relatifs à vos études antérieures (relevé de notes du BTS) ne concordent pas avec les vérifications effectuées auprès de l\'établissement.</p>'
  '<p>La présente décision ne constitue pas une conclusion d\'interdiction de territoire pour fausses déclarations.</p>' + SIG_FR % ("Agent ABJ-6", "Abidjan"),
  {"kind": "photo", "ext": "jpg", "dpi": 105, "quality": 48, "shadow_angle": 160, "table": "#50463c"}, date="2024-11-20", app="S311223344", uci="11776655",
  permit="study-permit", loc="outside-canada", grounds={"documents.truthfulness": []}, degr="photo-jpeg", font=TIMES, size="11.5pt",
  notes="Véracité A16(1) au subjonctif (« que vous ayez répondu »); pas une conclusion A40.")

E("fr17_restauration_visiteur_udodong_scan", "fr",
  header(["Citoyenneté et Immigration Canada", "Centre de traitement des demandes de Vegreville"], "le 17 février 2017",
         [("Demande :", "V305544332"), ("IUC :", "81122334")], "Mme Grace EDIMA", ["Calgary (Alberta)"], lh="cic_fr") +
  '<p>Madame,</p><p>Votre demande de rétablissement de votre statut de résidente temporaire à titre de visiteuse a été examinée et est refusée.</p>'
  '<p>Le but de votre séjour au Canada, tel que vous l\'avez décrit, comprend l\'intention d\'étudier, ce qui ne correspond pas au statut de visiteur dont vous demandez le rétablissement.</p>'
  '<p>La demande refusée étant elle-même une demande de rétablissement, aucun autre rétablissement n\'est possible. Vous n\'avez pas de statut au Canada et devez quitter le Canada immédiatement.</p>' +
  SIG_FR % ("Agente SCK", "CTD Vegreville"),
  {"kind": "scan", "dpi": 150, "angle": -1.9, "noise": 0.55, "quality": 38}, date="2017-02-17", app="V305544332", uci="81122334", permit="visitor-visa",
  loc="inside-canada", grounds={"other": []},
  unrec=["Le but de votre séjour au Canada, tel que vous l'avez décrit, comprend l'intention d'étudier, ce qui ne correspond pas au statut de visiteur dont vous demandez le rétablissement."],
  restoration=False, leave=True, degr="scan-150dpi", font=SERIF,
  source="adapted from Udodong c. Canada 2018 CF 234 (https://decisia.lexum.com/fc-cf/decisions/fr/item/306852/index.do): restoration of visitor status refused on 2017-02-17 because the stated reason included an intention to study",
  notes="Judgement call: the reason is a restoration-eligibility finding (visitor status sought for a study purpose), not a will-not-leave finding; fits no catalogue ground -> other. It mentions 'but de votre séjour' but is not a finding that she will not leave.")

E("fr18_sp_phrase_unique_rot180_scan", "fr",
  header(["Section des visas", "Ambassade du Canada", "Les Berges du Lac II, Tunis"], "le 23 août 2019",
         [("Demande :", "S303998877"), ("IUC :", "1012-3456-78")], "Mme Ines TRABELSI", lh="fr") +
  '<p>Madame,</p><div class="raw">Votre demande de permis d\'études est refusée.\n\n'
  'L\'agente n\'est pas convaincue que vous quitterez le Canada au terme de votre séjour, tel que prévu au\npar. 216(1) du RIPR, compte tenu de vos antécédants de voyage, '
  'de votre situation d\'emploi\nactuelle et de la durée du séjour proposé.\n\n'
  'Je ne suis pas convaincue que vous disposez de ressources financières suffisantes et disponibles,\nsans qu\'il vous soit nécessaire de travailler au Canada, pour '
  'acquitter les frais de scolarité\net subvenir à vos besoins (article 220 du RIPR).\n\nVous pouvez soumettre une nouvelle demande.</div>' +
  SIG_FR % ("Agente TN-07", "Tunis"),
  {"kind": "scan", "dpi": 200, "angle": 0.6, "rotate180_page": 1}, date="2019-08-23", app="S303998877", uci="1012345678", permit="study-permit",
  loc="outside-canada", grounds={"will-not-leave": [F["th"], F["ce"], F["ls"]], "insufficient-funds": []}, degr="scan-200dpi-rotated-180",
  font=TIMES, size="11pt", notes="Page numérisée à l'envers (180°). Trois facteurs dans une phrase, coquille « antécédants », sauts de ligne en milieu de phrase.")

E("fr19_trv_checkbox_preambule", "fr",
  header(["Section des visas", "Ambassade du Canada", "Strada Tuberozelor nr. 1-3, Bucarest, Roumanie"], "2018-05-09",
         [("Numéro de demande :", "V304112233"), ("IUC :", "34567812")], "M. Ion RUSU", ["Chișinău, Moldavie"], lh="fr") +
  '<p>Monsieur,</p><p>Pour rendre ma décision, j\'ai tenu compte de l\'ensemble des facteurs pertinents, notamment vos attaches dans votre pays de résidence, votre statut '
  'd\'immigration, votre emploi, vos liens familiaux et vos antécédents de voyage.</p>' +
  checklist("fr-a", "csscheck", "trv", ticked={"wnl"}, factors={"pc"}, items=["wnl", "funds", "docs", "truth", "inadm", "other"]) +
  SIG_FR % ("Agent BUC-2", "Section des visas, Bucarest"),
  NONE, date="2018-05-09", app="V304112233", uci="34567812", permit="visitor-visa", loc="outside-canada",
  grounds=wnl("pc"), font=SANS,
  notes="Préambule général (attaches, statut, emploi, liens familiaux, voyages): PAS des motifs. Seul le facteur « non-respect des conditions lors d'un séjour antérieur » est coché (cases CSS avec ✓).")
