# English documents of the grounds-4 blind set. Wording is our own unless a doc's `source` says otherwise.
from lib import *

DOCS = []
def add(**d):
    DOCS.append(d)

def sig(*lines):
    return '<div class="sig">%s</div>' % "<br>".join(lines)

REAPPLY = ("You may submit a new application if you believe you can address these concerns. "
           "Each application is assessed on its own merits.")

# 01 ---------------------------------------------------------------------------
add(name="en01-trv-checkbox-xglyph", lang="en", degr="none",
    pages=[letterhead(CIC, ["Visa Section", "High Commission of Canada", "7/8 Shantipath, Chanakyapuri, New Delhi 110021"])
           + ids([("Date:", "March 4, 2016"), ("File No.:", "V305118274"), ("UCI:", "89-4410-2736")])
           + paras("Dear Mr. Rajinder Pal Singh:", "Thank you for your interest in visiting Canada.",
                   esc(FORMS["enB"]["intro"]))
           + cbform("enB", "x", ticked={"wnl"}, factors={"travel-history", "family-ties"})
           + paras(REAPPLY) + sig("Visa Officer", "Officer 40217")],
    label=dict(documentKind="refusal-letter", date="2016-03-04", applicationNumber="V305118274", uci="8944102736",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["travel-history", "family-ties"]}, layout="checkbox",
               notes="Whole enB form printed with U+2612/U+2610 glyph boxes; only the umbrella and two factor boxes are ticked. Old CIC letterhead; first-person synonyms ('not convinced you would leave')."))

# 02 ---------------------------------------------------------------------------
add(name="en02-sp-checkbox-drawn-lagos", lang="en", degr="scan-200dpi",
    pages=[letterhead(IRCC, ["Visa Section", "Deputy High Commission of Canada, Lagos"])
           + ids([("Date:", "2017-11-08"), ("Application:", "S304771920"), ("Client ID:", "1103-2289")])
           + paras("Dear Applicant,", "Re: Application for a study permit", esc(FORMS["enA"]["intro"]))
           + cbform("enA", "drawn", ticked={"wnl", "funds"}, factors={"purpose-of-visit", "assets-finances"})
           + paras("Should you decide to apply again, the new application should address the concerns noted above.")
           + sig("Officer", "Visa Section, Lagos")],
    label=dict(documentKind="refusal-letter", date="2017-11-08", applicationNumber="S304771920", uci="11032289",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["purpose-of-visit", "assets-finances"], "insufficient-funds": []},
               layout="checkbox",
               notes="Boxes are drawn SVG squares (no text on the text layer); ticked state is only visible as an X inside the square. Third-person form (enA)."))

# 03 ---------------------------------------------------------------------------
add(name="en03-wp-lmia-checkbox-ascii-manila", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Immigration Section", "Embassy of Canada, Manila", "Levels 6-8 Tower 2, RCBC Plaza, Makati City"])
           + ids([("Date:", "15 May 2018"), ("Application number:", "W301234508"), ("UCI:", "11-2398-4471")])
           + paras("Dear Applicant,",
                   "This refers to your application for a work permit as a foreign worker supported by a Labour Market Impact Assessment.",
                   esc(FORMS["enA"]["intro"]))
           + cbform("enA", "ascii", ticked={"wnl", "work"}, factors={"current-employment"})
           + paras(REAPPLY) + sig("Officer ML-2201")],
    label=dict(documentKind="refusal-letter", date="2018-05-15", applicationNumber="W301234508", uci="1123984471",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["current-employment"], "ability-to-perform-work": []}, layout="checkbox",
               notes="ASCII [X]/[ ] boxes; ability-to-perform-work worded 'could properly carry out the duties of the employment'."))

# 04 ---------------------------------------------------------------------------
add(name="en04-trv-checkbox-umbrella-other-ankara", lang="en", degr="scan-150dpi",
    pages=[letterhead(CIC, ["Visa Section", "Embassy of Canada", "Cinnah Caddesi No. 58, Çankaya, Ankara"])
           + ids([("Date:", "Sept. 21, 2016"), ("Our file:", "V302200417"), ("UCI:", "3318-7720")])
           + paras("Dear Ms. Aylin Demir,", esc(FORMS["enB"]["intro"]))
           + cbform("enB", "sq", ticked={"wnl", "other"}, factors=set(),
                    other_text="Your passport expires before the end of the requested stay.")
           + paras(REAPPLY) + sig("Visa Officer", "Embassy of Canada, Ankara")],
    label=dict(documentKind="refusal-letter", date="2016-09-21", applicationNumber="V302200417", uci="33187720",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": [], "other": []},
               unrecognizedText=["Your passport expires before the end of the requested stay."], layout="checkbox",
               notes="Umbrella box ticked with no factor ticked (will-not-leave with []); the Other line carries a free-text reason (passport validity) that matches no catalogue ground. Filled squares vs hollow squares."))

# 05 ---------------------------------------------------------------------------
add(name="en05-trv-checkbox-2col-emptygrid-accra", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Visa Section", "High Commission of Canada", "42 Independence Avenue, Accra"])
           + ids([("Date:", "12 February 2019"), ("Application No.:", "V306650981"), ("UCI:", "1047-3390")])
           + paras("Dear Kwame Mensah:", esc(FORMS["enB"]["intro"]))
           + cbform("enB", "check", ticked={"docs"}, factors=set(), grid="2col")
           + paras("Not received: proof of current employment; personal bank statements covering the last six months.",
                   REAPPLY) + sig("Officer GH-17")],
    label=dict(documentKind="refusal-letter", date="2019-02-12", applicationNumber="V306650981", uci="10473390",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"documents.not-provided": []}, layout="checkbox",
               notes="Two-column factor grid printed with every factor box empty and the umbrella box unticked; only the documents box (U+2611) is ticked. The follow-up line lists the missing documents (part of the same reason, not a factor)."))

# 06 ---------------------------------------------------------------------------
add(name="en06-sp-sentences-216-chandigarh", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Consulate General of Canada", "Chandigarh, India"])
           + ids([("Date:", "2019-07-22"), ("Application:", "S303998101"), ("UCI:", "1122334455")])
           + paras("Dear Harpreet Kaur,",
                   "Thank you for your interest in studying in Canada. Your study permit application has been carefully "
                   "reviewed, and I regret to inform you that it has been refused because it does not meet the "
                   "requirements of the Immigration and Refugee Protection Act and Regulations.",
                   "I am not satisfied that you will leave Canada at the end of your stay, as stipulated in subsection "
                   "216(1) of the IRPR, based on your family ties in Canada and in your country of residence, and the "
                   "purpose of your visit.",
                   "I am not satisfied that you have sufficient and available financial resources, without working in "
                   "Canada, to pay the tuition fees for your program of studies, to maintain yourself and any family "
                   "members accompanying you, and to pay for return transportation, as stipulated in section 220 of the IRPR.",
                   "You are welcome to submit a new application; it should respond to the concerns above.")
           + sig("Officer", "Immigration Section, Chandigarh")],
    label=dict(documentKind="refusal-letter", date="2019-07-22", applicationNumber="S303998101", uci="1122334455",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["family-ties", "purpose-of-visit"], "insufficient-funds": []},
               layout="sentences",
               source="adapted from the publicly reported 'as stipulated in ... based on' sentence form (e.g. https://dfimmigration.ca/find-out-why-your-canadian-visitor-visa-application-was-refused) and the R220 funds sentence as commonly quoted on law-firm pages (from memory); reworded",
               notes="Two factors in one 'based on' sentence, 'subsection 216(1)' citation; R220 funds sentence without the word 'insufficient'."))

# 07 ---------------------------------------------------------------------------
add(name="en07-trv-sentences-179-kingston", lang="en", degr="photo-jpeg",
    pages=[letterhead(IRCC, ["Visa Section", "High Commission of Canada", "3 West Kings House Road, Kingston 10, Jamaica"])
           + ids([("Date:", "August 3, 2021"), ("Application number:", "V321904466"), ("UCI:", "11-0955-2378")])
           + paras("Dear P. Lewis,",
                   "We have reviewed your application for a temporary resident visa. It does not meet the requirements "
                   "of the Act and Regulations and it is refused.",
                   "I am not satisfied that you will leave Canada at the end of your stay as a temporary resident, as "
                   "stipulated in paragraph 179(b) of the IRPR, based on the purpose of your visit, your family ties in "
                   "Canada and in your country of residence.",
                   "In addition, having regard to your travel history, I am not satisfied you would depart at the end of "
                   "an authorized stay as required by R179(b).",
                   "A new application may be submitted at any time with a new fee.")
           + sig("Officer KX-3305")],
    label=dict(documentKind="refusal-letter", date="2021-08-03", applicationNumber="V321904466", uci="1109552378",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["purpose-of-visit", "family-ties", "travel-history"]}, layout="sentences",
               source="adapted from https://ai.blackfacts.com/redirect/NewsSource/67c71d56-1b5e-4e74-be3d-60e780523cdf/fcc915f5-edce-4fb2-be02-8bbf0ec89d92/https%3A%2F%2Fjamaica-gleaner.com%2Farticle%2Fnews%2F20210817%2Fimmigration-corner-my-study-permit-was-refused (reader's letter quoting the 179(b) sentence); rest invented",
               notes="Comma-joined factor list without 'and'; second factor sentence uses 'having regard to' and 'R179(b)'. Phone photo (perspective, uneven light)."))

# 08 ---------------------------------------------------------------------------
N08 = ("PA is a 34 y.o. citizen of Pakistan residing in the UAE since 2016 on an employment visa. Applying under "
       "R203 for a WP as a general farm worker; LMIA on file. PA's UAE residence is tied to his current employment "
       "contract: his status there is temporary and renewable only with that employer, so return to the UAE at the "
       "end of a stay in Canada is not assured. Employer in Canada registered in 2024, corporate address is a "
       "residential unit; no financial statements or payroll records submitted to show the employer can pay the "
       "offered wage.\n\nWeighing the factors in this application, I am not satisfied the applicant will depart "
       "Canada at the end of the period authorized for their stay. Refused.")
add(name="en08-wp-sentences-r200-abudhabi-notes", lang="en", degr="scan-300dpi",
    pages=[letterhead(IRCC, ["Immigration Section", "Embassy of Canada to the United Arab Emirates", "Abu Dhabi"])
           + ids([("Date:", "2025-10-14"), ("Application:", "W312667093"), ("UCI:", "1190-4473")])
           + paras("Dear Applicant,",
                   "After a review of your application for a work permit and the supporting documents, your application "
                   "has been refused. It has been found not to meet the requirements of the IRPA and the IRPR.",
                   "The officer is not satisfied that you will leave Canada at the end of your stay, as required by "
                   "R200(1)(b), based on your immigration status in your country of residence and the limited "
                   "employment prospects in your country of citizenship.",
                   "The officer is not satisfied that the job offer is genuine (R200(5) IRPR).",
                   "The officer's decision notes are attached to this letter.")
           + sig("Officer", "Abu Dhabi Visa Office"),
           notes_page("Officer decision notes", N08, "Application W312667093 &nbsp;|&nbsp; UCI 1190-4473")],
    concerns=[("status.temporary-in-residence-country", "will-not-leave.immigration-status",
               "his status there is temporary and renewable only with that employer, so return to the UAE at the end of a stay in Canada is not assured"),
              ("job.employer-genuineness", "job-offer.genuineness",
               "Employer in Canada registered in 2024, corporate address is a residential unit; no financial statements or payroll records submitted to show the employer can pay the offered wage")],
    label=dict(documentKind="refusal-letter", date="2025-10-14", applicationNumber="W312667093", uci="11904473",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["immigration-status", "employment-prospects"], "job-offer.genuineness": []},
               layout="sentences",
               notes="Third-person 'The officer is not satisfied'; 'R200(1)(b)' and 'R200(5) IRPR' citations; 'country of citizenship' for prospects. Page 2 = decision notes; the closing 'Weighing the factors...' sentence is boilerplate, not a concern."))

# 09 ---------------------------------------------------------------------------
N09 = ("Applicant applying under the LMIA stream as a cook (NOC 63200). LMIA is valid and names the applicant. LMIA "
       "requirements: minimum 2 years experience in a commercial kitchen; oral English.\nApplicant submitted a single "
       "letter from a restaurant in Quezon City; letter lists no duties and no hours of work. No IELTS or other "
       "evidence of English ability on file. Experience claimed cannot be verified against LMIA requirements.\n"
       "Applicant also has an active Express Entry profile; the intent of this application appears to be permanent "
       "settlement rather than a temporary job.\nNot satisfied the applicant can perform the work. Refused under "
       "R200(3)(a) and R200(1)(b).")
add(name="en09-wp-nested-lmia-manila-notes", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Immigration Section", "Embassy of Canada, Manila"])
           + ids([("Date:", "22 September 2025"), ("Application number:", "W313004517"), ("UCI:", "11-4472-0913")])
           + paras("Dear Applicant,",
                   "Thank you for your interest in working in Canada. Your application and the documentation submitted "
                   "in support of it have been carefully reviewed. Your application does not meet the requirements of "
                   "the Immigration and Refugee Protection Act (IRPA) and its Regulations (IRPR), and it is refused for "
                   "the reasons set out below:")
           + "<ul><li>You have not demonstrated that you can adequately perform the work you are seeking in Canada.</li>"
             "<li>I am not satisfied that you will leave Canada at the end of your stay as a temporary resident."
             "<ul><li>The purpose of your trip to Canada does not appear consistent with a temporary stay, given the "
             "details provided in your application.</li></ul></li></ul>"
           + paras("The officer's decision notes follow this letter.") + sig("Officer", "Manila"),
           notes_page("Officer decision notes", N09)],
    concerns=[("job.reference-letters-weak", "ability-to-perform-work",
               "Applicant submitted a single letter from a restaurant in Quezon City; letter lists no duties and no hours of work"),
              ("language.no-evidence", "ability-to-perform-work", "No IELTS or other evidence of English ability on file"),
              ("job.experience-insufficient", "ability-to-perform-work",
               "Experience claimed cannot be verified against LMIA requirements"),
              ("purpose.not-temporary", "will-not-leave.purpose-of-visit",
               "the intent of this application appears to be permanent settlement rather than a temporary job")],
    label=dict(documentKind="refusal-letter", date="2025-09-22", applicationNumber="W313004517", uci="1144720913",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"ability-to-perform-work": [], "will-not-leave": ["purpose-of-visit"]}, layout="nested",
               notes="Nested bullets with the factor under the umbrella. Notes: 'LMIA is valid and names the applicant' is a positive fact, not a concern; the LMIA requirements line is context."))

# 10 ---------------------------------------------------------------------------
N10 = ("PA, 31, holds a Master of Engineering (2019) and works as a project engineer. Proposed program: one-year "
       "college certificate in project management at a private DLI in Ontario. The proposed studies are at a lower "
       "academic level than the degree already held and the benefit is not explained. Comparable project management "
       "certificates are offered by universities in Bogota at a lower cost. Bank statement shows a deposit of "
       "COP 95,000,000 made three weeks before the application; origin of the deposit is not documented.\nOn "
       "balance, I am not satisfied the applicant is a genuine student who will depart at the end of the authorized "
       "stay. Application refused.")
add(name="en10-sp-nested-bogota-notes", lang="en", degr="scan-200dpi",
    pages=[letterhead(IRCC, ["Visa Section", "Embassy of Canada, Bogotá", "Carrera 7 No. 114-33"])
           + ids([("Date:", "November 5, 2025"), ("Application:", "S314220786"), ("UCI:", "1203-3871")])
           + paras("Dear Andrés Felipe Rojas,",
                   "Your application for a study permit has been assessed. Having carefully considered the information "
                   "provided, I find that your application does not meet the requirements of the IRPA and IRPR. I am "
                   "refusing your application on the following grounds:")
           + "<ul><li>I am not satisfied that you will leave Canada at the end of your stay as required by paragraph "
             "216(1)(b) of the IRPR:<ul><li>Your reasons for studying in Canada are not consistent with a temporary "
             "stay considering the details in your application.</li><li>Your personal assets and financial situation "
             "do not establish that you are settled in your country of residence.</li></ul></li></ul>"
           + paras(REAPPLY) + sig("Officer BOG-118"),
           notes_page("Officer's decision notes", N10, "S314220786 / UCI 1203-3871")],
    concerns=[("purpose.study-regression", "will-not-leave.purpose-of-visit",
               "The proposed studies are at a lower academic level than the degree already held and the benefit is not explained"),
              ("purpose.available-at-home", "will-not-leave.purpose-of-visit",
               "Comparable project management certificates are offered by universities in Bogota at a lower cost"),
              ("funds.unexplained-deposit", "will-not-leave.assets-finances",
               "Bank statement shows a deposit of COP 95,000,000 made three weeks before the application; origin of the deposit is not documented")],
    label=dict(documentKind="refusal-letter", date="2025-11-05", applicationNumber="S314220786", uci="12033871",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["purpose-of-visit", "assets-finances"]}, layout="nested",
               notes="'Reasons for studying' = purpose of visit; assets sentence is about ties (assets-finances), not insufficient-funds. The deposit concern is linked to will-not-leave.assets-finances (the also-fits ground the letter relies on)."))

# 11 ---------------------------------------------------------------------------
add(name="en11-trv-nested-preamble-saopaulo", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Visa Section", "Consulate General of Canada, São Paulo"])
           + ids([("Date:", "2023-04-27"), ("Application:", "V318876402"), ("UCI:", "1166-0245")])
           + paras("Dear Mrs. Oliveira,",
                   "Under the Immigration and Refugee Protection Act, a person who wishes to visit Canada must satisfy an "
                   "officer that they will leave Canada by the end of the period authorized for their stay. In reaching a "
                   "decision, officers look at many factors, which may include the applicant's travel history, the reason "
                   "for the trip and contacts in Canada, the financial means for the trip, and ties to the country of "
                   "residence, including immigration status, employment, family and property.",
                   "In your case, your application is refused for the following reasons:")
           + "<ol><li>I am not satisfied that you will leave Canada at the end of your stay.<ol type=\"a\"><li>The "
             "six-month length of your proposed stay is not reasonable for the tourism itinerary you described.</li>"
             "</ol></li><li>Your funds are insufficient to cover the cost of the trip you have planned.</li></ol>"
           + paras(REAPPLY) + sig("Officer", "Visa Section, São Paulo")],
    label=dict(documentKind="refusal-letter", date="2023-04-27", applicationNumber="V318876402", uci="11660245",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["length-of-stay"], "insufficient-funds": []}, layout="nested",
               source="preamble adapted from https://canadavisa.com/canada-immigration-discussion-board/threads/study-permit-refused-need-help.80106/post-943381 (office's general explanation); reasons invented",
               notes="Preamble names travel history, family, immigration status, employment, financial means in general terms: NOT findings. Only the numbered reasons count; lettered sub-item a. is the length-of-stay factor."))

# 12 ---------------------------------------------------------------------------
add(name="en12-wp-ict-c12-newdelhi", lang="en", degr="none",
    pages=[letterhead(IRCC, ["High Commission of Canada", "New Delhi"])
           + ids([("Date:", "6 June 2022"), ("Application number:", "W308812334"), ("UCI:", "1129-5540")])
           + paras("Dear Sir/Madam,",
                   "You applied for a work permit as an intra-company transferee. Having considered your submissions, I "
                   "find that you have not shown that you possess specialized knowledge of the company's products, "
                   "services or processes within the meaning of paragraph 205(a) of the IRPR (exemption code C12). The "
                   "duties you describe are those of a general software developer, and no proprietary knowledge was "
                   "demonstrated.",
                   "Moreover, I am not satisfied that you will leave Canada at the end of the authorized period, as "
                   "stipulated in R200(1)(b), given your family ties in Canada.",
                   "For these reasons your application is refused.")
           + sig("Officer", "New Delhi")],
    label=dict(documentKind="refusal-letter", date="2022-06-06", applicationNumber="W308812334", uci="11295540",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"category-eligibility": [], "will-not-leave": ["family-ties"]},
               category="intra-company transferee (C12)", layout="sentences",
               notes="Category reason reworded ('have not shown that you possess specialized knowledge ... 205(a) ... C12') without the word 'eligibility'."))

# 13 ---------------------------------------------------------------------------
add(name="en13-wp-cusma-t36-mexico", lang="en", degr="scan-150dpi-rotated-90",
    pages=[letterhead(IRCC, ["Immigration Section", "Embassy of Canada, Mexico City", "Calle Schiller No. 529, Col. Polanco"])
           + ids([("Date:", "January 9, 2024"), ("Application:", "W310055621"), ("UCI:", "11-8830-2149")])
           + paras("Dear Mr. Hernández Ruiz,",
                   "You applied for a work permit as a professional under the Canada–United States–Mexico Agreement "
                   "(CUSMA), Chapter 16, Appendix 2 (exemption code T36), in the occupation of management consultant.",
                   "The information on file does not establish that you qualify as a CUSMA professional: the duties "
                   "described in the contract are those of a sales representative, which is not a listed profession, and "
                   "you hold neither a baccalaureate degree nor equivalent professional experience.",
                   "In addition, the documents requested from you on 2023-12-04 (the detailed contract with the Canadian "
                   "client and proof of your degree) were not received.",
                   "Your application is therefore refused.")
           + sig("Officer MEX-0412")],
    label=dict(documentKind="refusal-letter", date="2024-01-09", applicationNumber="W310055621", uci="1188302149",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"category-eligibility": [], "documents.not-provided": []},
               category="CUSMA professional (T36)", layout="sentences",
               notes="Scanned at 150 dpi and the page turned 90 degrees (landscape image of a portrait page)."))

# 14 ---------------------------------------------------------------------------
add(name="en14-pgwp-cpc-edmonton-norestoration", lang="en", degr="scan-200dpi",
    pages=[letterhead(IRCC, ["Case Processing Centre Edmonton", "9700 Jasper Avenue, Edmonton AB"])
           + ids([("Date:", "January 24, 2025"), ("Application:", "W311908265"), ("UCI:", "1180-9923")])
           + paras("Dear Ms. Li Na Zhou,", "This is in reference to your application for a post-graduation work permit.",
                   "I have carefully considered the information and documents you provided, and I am not satisfied that "
                   "you meet the requirements of the Immigration and Refugee Protection Act and Regulations. Your "
                   "application as submitted is therefore refused.",
                   "A person may apply for restoration within 90 days after losing temporary resident status. You are "
                   "not eligible for restoration because your application was received after that 90-day period had "
                   "ended. As you no longer hold temporary resident status in Canada, your application for a "
                   "post-graduation work permit is also refused.",
                   "A foreign student in Canada qualifies for a post-graduation work permit only if he or she:")
           + "<ul><li>kept full-time student status in Canada during each academic session of the program;</li>"
             "<li>completed a program of at least eight months at an eligible institution (a university, college or "
             "CEGEP, a publicly funded trade or technical school, or a private institution authorized by provincial "
             "statute to confer degrees); and</li><li>applied within the period allowed after completing the "
             "program.</li></ul>"
           + paras("Your transcript shows part-time enrolment in two academic sessions. As you do not meet this "
                   "requirement, it has been determined that you are not eligible for a work permit in this category.",
                   "You are a person in Canada without legal status and must leave Canada immediately. If you do not "
                   "leave voluntarily, enforcement action may be taken.")
           + sig("Officer EDM-55", "Case Processing Centre Edmonton")],
    label=dict(documentKind="refusal-letter", date="2025-01-24", applicationNumber="W311908265", uci="11809923",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"category-eligibility": []}, category="post-graduation work permit (C43)",
               restorationAvailable=False, mustLeaveCanada=True, layout="in-canada",
               source="adapted from https://icnclub.ca/forums/topic/pgwp-refusal-and-what-to-do-next/ (decision letter quoted by a consultant); reworded, names and numbers invented",
               notes="Lists all PGWP conditions, then the failed one (full-time status); the lapsed status / late restoration is part of the same category refusal (status and timing are PGWP conditions), not a separate ground. Restoration explicitly unavailable; must leave."))

# 15 ---------------------------------------------------------------------------
add(name="en15-spousal-owp-c41-vegreville", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Case Processing Centre – Vegreville", "6212 55th Avenue, Vegreville AB T9C 1X9"])
           + ids([("Date:", "August 12, 2024"), ("Application no.:", "W310774390"), ("UCI:", "1199-0036")])
           + paras("Dear Applicant:",
                   "This letter concerns your application for an open work permit as the spouse or common-law partner "
                   "of a foreign worker (exemption code C41). Your application as requested has been refused.",
                   "To qualify, the principal foreign worker must hold a valid work permit for an occupation in TEER 0, "
                   "1, 2 or 3, and you must be in a genuine relationship with that worker. According to our records, "
                   "your spouse's employment as a food counter attendant is classified in TEER 5 and is not an eligible "
                   "occupation. You are therefore not eligible for a work permit in this category.",
                   "Your temporary resident status has expired. You may apply to restore your status within 90 days of "
                   "the date of this letter under section 182 of the IRPR by submitting an application with the "
                   "restoration fee. If you do not restore your status, you must leave Canada.")
           + sig("Officer", "CPC Vegreville")],
    label=dict(documentKind="refusal-letter", date="2024-08-12", applicationNumber="W310774390", uci="11990036",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"category-eligibility": []}, category="spousal open work permit (C41)",
               restorationAvailable=True, mustLeaveCanada=True, layout="in-canada",
               notes="Conditions of the category listed (TEER level, genuine relationship); only the TEER condition failed. The genuine-relationship condition is part of the definition, not a reason. Restoration open; must leave if not restored (labelled mustLeaveCanada=true)."))

# 16 ---------------------------------------------------------------------------
add(name="en16-bowp-cpc-sydney-short", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Case Processing Centre – Sydney", "P.O. Box 7000, Sydney NS"])
           + ids([("Date:", "2023-10-02"), ("Application:", "W309441278"), ("UCI:", "1170-6612")])
           + paras("Dear Applicant,",
                   "Your application for a bridging open work permit is refused.",
                   "An applicant must have a pending application for permanent residence under an eligible program that "
                   "has passed the completeness check, and must hold valid status in Canada when applying. Our records "
                   "show no permanent residence application in your name that has passed the completeness check.",
                   "Your current work permit remains valid until 2024-01-15; this decision does not change it.")
           + sig("IRCC Officer SYD-20")],
    label=dict(documentKind="refusal-letter", date="2023-10-02", applicationNumber="W309441278", uci="11706612",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"category-eligibility": []}, category="bridging open work permit",
               restorationAvailable=None, mustLeaveCanada=False, layout="in-canada",
               notes="Short in-Canada letter; person keeps valid status, so no leave-Canada step and restoration not mentioned (null)."))

# 17 ---------------------------------------------------------------------------
add(name="en17-iec-nodate-unknown-office", lang="en", degr="none",
    pages=[letterhead(IRCC, ["International Experience Canada"])
           + ids([("Application:", "W312339870"), ("UCI:", "1210-4458")])
           + paras("Dear Applicant,",
                   "Your application for a work permit under International Experience Canada (Working Holiday) is refused "
                   "for the following reasons:")
           + "<ol><li>The police certificate from each country where you have lived for six months or more since the "
             "age of 18 was requested in our letter and was not submitted. Section 16(1) of the IRPA obliges you to "
             "provide all relevant evidence the officer reasonably requires.</li>"
             "<li>You did not undergo the immigration medical examination requested; without it the officer cannot "
             "conclude that you are not inadmissible on health grounds.</li></ol>"
           + paras("You may submit a new profile in a future season if you remain eligible.") + sig("IEC Officer")],
    label=dict(documentKind="refusal-letter", date=None, applicationNumber="W312339870", uci="12104458",
               permitType="work-permit", decisionLocation="unknown",
               grounds={"documents.not-provided": [], "inadmissibility.medical": []}, layout="nested",
               notes="No date printed; no office location (IEC unit only) so location unknown and both JR deadlines apply. Medical exam not done = inadmissibility.medical per catalogue. IEC is named but no category-eligibility reason, so category null."))

# 18 ---------------------------------------------------------------------------
N18 = ("Application for WP extension, R203. LMIA number withheld (s.16(1)(c)). LMIA position: long-haul truck driver, "
       "NOC 73300, Red Deer AB, $28.00/hr. Offer of employment and contract on file: warehouse supervisor, Calgary AB, "
       "$19.50/hr. Wage on contract is below the median wage reported for the LMIA occupation and region. Job offer "
       "does not match LMIA in occupation, location or wage. Refused.")
add(name="en18-wp-extension-lmia-cpc-edmonton-notes", lang="en", degr="tiff-multipage-200dpi",
    pages=[letterhead(IRCC, ["IRCC – CPC Edmonton", "Edmonton, Alberta"])
           + ids([("Date:", "2025-11-18"), ("Application:", "W314870052"), ("UCI:", "1101-7784")])
           + paras("Dear Applicant,", "<b>Re: Application to extend your stay in Canada as a worker</b>",
                   "Your application has been refused.",
                   "The Labour Market Impact Assessment submitted with your application does not correspond to the "
                   "position described: it was issued for a truck driver position in Red Deer, Alberta, while your "
                   "employment contract is for a warehouse supervisor in Calgary. A work permit cannot be issued under "
                   "section 203 of the IRPR where the job offer does not match the positive LMIA.",
                   "Your temporary resident status has ended. You may apply to restore your status within 90 days of "
                   "the date of this letter under section 182 of the IRPR. Otherwise you must leave Canada.",
                   "The officer's decision notes are enclosed.")
           + sig("Officer", "CPC Edmonton"),
           notes_page("Decision notes", N18, "W314870052 &middot; UCI 1101-7784")],
    concerns=[("job.wage-below-prevailing", "job-offer.lmia",
               "Wage on contract is below the median wage reported for the LMIA occupation and region")],
    label=dict(documentKind="refusal-letter", date="2025-11-18", applicationNumber="W314870052", uci="11017784",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"job-offer.lmia": []}, restorationAvailable=True, mustLeaveCanada=True, layout="in-canada",
               notes="Two-page multipage TIFF (letter + notes). The mismatch itself is the ground; the wage sentence is the catalogue concern (linked to job-offer.lmia, its also-fits ground)."))

# 19 ---------------------------------------------------------------------------
add(name="en19-wp-offer-portal-london", lang="en", degr="none",
    pages=[letterhead(IRCC, ["High Commission of Canada in the United Kingdom", "Canada House, Trafalgar Square, London"])
           + ids([("Date:", "18 March 2024"), ("Application number:", "W310390811"), ("UCI:", "00-1195-3360")])
           + paras("Dear Ms. Okafor,",
                   "Your work permit application has been reviewed and is refused, as it does not meet the requirements "
                   "of the IRPA and the IRPR.",
                   "You applied for an employer-specific work permit exempt from the Labour Market Impact Assessment. "
                   "Under subparagraph 200(1)(c)(ii.1) of the IRPR, your employer must submit the offer of employment "
                   "through the IRCC Employer Portal and pay the employer compliance fee before you apply. No offer of "
                   "employment number linked to your application was found, and the employer compliance fee has not been "
                   "paid.",
                   "Any future application should include a valid offer of employment number.")
           + sig("Officer LON-2288")],
    label=dict(documentKind="refusal-letter", date="2024-03-18", applicationNumber="W310390811", uci="0011953360",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"job-offer.offer-of-employment": []}, layout="sentences",
               notes="UCI printed 00-1195-3360 (10 digits with leading zeros; digits only = 0011953360)."))

# 20 ---------------------------------------------------------------------------
add(name="en20-trv-misrep-colombo-fax", lang="en", degr="fax-g4-200dpi",
    pages=[letterhead(IRCC, ["Visa Section", "High Commission of Canada, Colombo"])
           + ids([("Date:", "2020-02-11"), ("Application:", "V317702284"), ("UCI:", "1150-8817")])
           + paras("Dear Mr. Perera,",
                   "A review of your application for a temporary resident visa found that the bank letter you submitted "
                   "was not issued by the bank named on it. Your response to our letter of 2019-12-20 did not dispel "
                   "this concern.",
                   "Consequently, you are inadmissible to Canada under paragraph 40(1)(a) of the IRPA for directly or "
                   "indirectly misrepresenting or withholding material facts relating to a relevant matter that induces "
                   "or could induce an error in the administration of the Act. Pursuant to paragraph 40(2)(a), you "
                   "remain inadmissible for a period of five years from the date of this letter.",
                   "Your application is refused.")
           + sig("Officer", "Visa Section, Colombo")],
    label=dict(documentKind="refusal-letter", date="2020-02-11", applicationNumber="V317702284", uci="11508817",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"misrepresentation": []}, layout="sentences",
               notes="Misrepresentation (A40) after a fairness letter; bilevel CCITT G4 fax at 200 dpi."))

# 21 ---------------------------------------------------------------------------
add(name="en21-sp-truth-contravention-beijing", lang="en", degr="photo-png",
    pages=[letterhead(IRCC, ["Visa Section", "Embassy of Canada, Beijing"])
           + ids([("Date:", "14 Oct 2019"), ("Application:", "S306613390"), ("UCI:", "1157-2046")])
           + paras("Dear Applicant,",
                   "Following a review of your application for a study permit, I have determined that it does not meet "
                   "the requirements of the Act and the Regulations, for these reasons:")
           + "<ul><li>Section 16(1) of IRPA requires a person who makes an application to answer truthfully all "
             "questions put to them. I am not satisfied that your answers were truthful: you stated that you had never "
             "been refused a visa, but our records show that a United States student visa was refused to you in "
             "2018.</li><li>I am not satisfied that you will leave Canada at the end of your stay. You previously "
             "remained in Canada beyond the period authorized for your stay as a visitor in 2016–2017.</li></ul>"
           + paras("Your application is refused.") + sig("Officer BJ-7731")],
    label=dict(documentKind="refusal-letter", date="2019-10-14", applicationNumber="S306613390", uci="11572046",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"documents.truthfulness": [], "will-not-leave": ["previous-contravention"]}, layout="nested",
               notes="Truthfulness (not misrepresentation). Overstay described in own words ('remained in Canada beyond the period authorized') = previous-contravention. PNG phone photo."))

# 22 ---------------------------------------------------------------------------
add(name="en22-trv-criminality-checkbox-warsaw", lang="en", degr="none",
    pages=[letterhead(CIC, ["Visa Section", "Embassy of Canada to Poland, Warsaw"])
           + ids([("Date:", "2015-06-30"), ("File number:", "V300418826"), ("UCI:", "8711-0394")])
           + paras("Dear Mr. Kowalski,", esc(FORMS["enB"]["intro"]))
           + cbform("enB", "ascii", ticked={"crim"}, factors=set())
           + paras("A person who is inadmissible on grounds of criminality may, in some cases, apply for rehabilitation "
                   "or a temporary resident permit.") + sig("Visa Officer")],
    label=dict(documentKind="refusal-letter", date="2015-06-30", applicationNumber="V300418826", uci="87110394",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"inadmissibility.criminality": []}, layout="checkbox",
               notes="Only the criminality box ticked; all other boxes (including health and security) unticked."))

# 23 ---------------------------------------------------------------------------
add(name="en23-pfl-wp-hongkong", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Immigration Section", "Consulate General of Canada, Hong Kong"])
           + ids([("Date:", "2026-02-09"), ("Application:", "W315502217"), ("UCI:", "1221-0068")])
           + paras("Dear Mr. Chan,", "<b>PROCEDURAL FAIRNESS LETTER</b>",
                   "I am writing regarding your application for a work permit. After reviewing your file, I have concerns "
                   "that you may not meet the requirements for the issuance of a work permit.",
                   "Specifically, the employment reference letter from Harbourline Logistics Ltd. could not be verified. "
                   "When contacted, the company stated it has no record of your employment. If you have misrepresented "
                   "material facts, you could be found inadmissible under paragraph 40(1)(a) of the IRPA.",
                   "Before a final decision is made, you are given the opportunity to respond. You have 30 days from the "
                   "date of this letter to submit any additional information. If no response is received, a decision "
                   "will be made on the information on file.")
           + sig("Officer HK-0920")],
    label=dict(documentKind="procedural-fairness-letter", date="2026-02-09", applicationNumber="W315502217",
               uci="12210068", permitType="work-permit", decisionLocation="outside-canada", grounds={},
               respondDays=30, layout="unknown",
               notes="Procedural-fairness letter: no refusal, no grounds; 30 days from the letter date. Concerns in a PFL are not labelled (concerns come from officer notes)."))

# 24 ---------------------------------------------------------------------------
add(name="en24-approval-sp-poe-letter", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Visa Office", "High Commission of Canada, New Delhi"])
           + ids([("Date:", "July 17, 2024"), ("Application:", "S311560042"), ("UCI:", "11-9004-7751")])
           + paras("<b>PORT OF ENTRY LETTER OF INTRODUCTION</b>", "Dear Ms. Sharma,",
                   "We are pleased to inform you that your application for a study permit has been approved. This letter "
                   "is not your study permit. Please present it, with your passport, to the border services officer when "
                   "you arrive in Canada.",
                   "Conditions: must leave Canada by the expiry of the permit; not authorized to work unless the "
                   "Regulations allow it.")
           + sig("Visa Officer")],
    label=dict(documentKind="approval-letter", date="2024-07-17", applicationNumber="S311560042", uci="1190047751",
               permitType="study-permit", decisionLocation="outside-canada", grounds={}, layout="unknown",
               notes="Approval (port of entry letter); the conditions line ('must leave Canada by the expiry of the permit') is a permit condition, not a refusal or a leave-Canada order."))

# 25 ---------------------------------------------------------------------------
def gc_foot(n, tot, app):
    return '<div class="foot">%s &nbsp; Page %d of %d</div>' % (app, n, tot)
N25 = ("2024-05-14 13:02  System\n  Refusal letter generated.\n\n"
       "2024-05-14 12:58  XN41207\n  Applicant is a 27 y.o. single citizen of Kenya, no dependants, intends to visit "
       "brother in Calgary for 3 months. No previous travel outside East Africa. PA states self-employed as a tailor "
       "but no business registration or income records provided. Bank statement shows balance of KES 180,000, "
       "insufficient for a 3-month stay including airfare. Brother in Canada is a PR; strong pull factor to Cda. "
       "Weighing the factors in this application, I am not satisfied that the applicant will depart Canada at the end "
       "of the period authorized for their stay. Refused R179(b).\n\n"
       "2024-04-29 09:15  System\n  Biometrics enrolled.\n\n"
       "2024-04-22 10:40  System\n  Application received - e-application.")
APP25 = "V319905338 / UCI 1139-6620"
add(name="en25-gcms-printout-trv-nairobi", lang="en", degr="none",
    pages=['<div class="gch">APPLICATION</div>' + gcms_fields([
                ("Application #:", "V319905338"), ("UCI:", "1139-6620"), ("Category:", "Visitor"),
                ("Line of business:", "Temporary Resident"), ("Created Date:", "2024-04-22"),
                ("Primary Office:", "Nairobi"), ("Secondary Office:", "-"), ("App Status:", "Finalized"),
                ("Status Reason:", "Refused")])
           + '<div class="gch">CLIENT</div>' + gcms_fields([
                ("Family name:", "Otieno"), ("Given name:", "Brian"), ("Date of birth:", "1996-10-03"),
                ("Citizenship:", "Kenya"), ("Marital status:", "Single"), ("Passport:", "AK0 (s.19(1))")])
           + gc_foot(1, 3, APP25),
           '<div class="gch">ASSESSMENTS</div>' + gcms_fields([
                ("Eligibility:", "Failed"), ("Security:", "Passed"), ("HIRV:", "Passed"), ("Criminality:", "Passed"),
                ("Org Crime:", "Passed"), ("Medical:", "Not Required"), ("Misrepresentation:", "Not Started"),
                ("Biometrics:", "Passed")])
           + '<div class="gch">FINALIZE APPLICATION</div>' + gcms_fields([
                ("Final Decision:", "Refused"), ("Final Decision Date:", "2024-05-14"),
                ("Refusal Grounds:", "R179(b) - travel history; family ties in Canada and country of residence; personal assets and financial status")])
           + '<div class="gch">CORRESPONDENCE</div>' + gcms_fields([("2024-05-14", "Refusal letter (TRV) - sent by e-mail")])
           + gc_foot(2, 3, APP25),
           '<div class="gch">NOTES</div><pre class="notes">%s</pre>' % esc(N25) + gc_foot(3, 3, APP25)],
    concerns=[("ties.no-dependants", "will-not-leave.family-ties", "27 y.o. single citizen of Kenya, no dependants"),
              ("travel.none", "will-not-leave.travel-history", "No previous travel outside East Africa"),
              ("funds.income-not-documented", "will-not-leave.assets-finances",
               "PA states self-employed as a tailor but no business registration or income records provided"),
              ("funds.insufficient", "will-not-leave.assets-finances",
               "Bank statement shows balance of KES 180,000, insufficient for a 3-month stay including airfare"),
              ("ties.family-in-canada", "will-not-leave.family-ties",
               "Brother in Canada is a PR; strong pull factor to Cda")],
    label=dict(documentKind="gcms-notes", date=None, applicationNumber="V319905338", uci="11396620",
               permitType="visitor-visa", decisionLocation="outside-canada", grounds={}, layout="unknown",
               notes="Three-page GCMS printout. No findings (not a refusal letter); concerns linked to the factors named in 'Refusal Grounds'. letter.date left null: a printout has no letter date (final decision date 2024-05-14 is shown). Assessment statuses and system entries are not concerns."))

# 26 ---------------------------------------------------------------------------
N26 = ("PA is applying for a study permit for a 2-year diploma in business administration at a college in Surrey BC. "
       "PA completed secondary school in 2015 and has worked since then as a sales clerk; study plan does not explain "
       "why this program is needed after nine years in sales, or how it relates to future work at home. Tuition "
       "deposit paid. Funds come from an uncle in Dubai; no evidence of the uncle's income or of the relationship "
       "provided.\nI am not satisfied the applicant will leave Canada at the end of the stay, R216(1)(b). Refused.")
add(name="en26-notes-only-sp-lostletter", lang="en", degr="scan-150dpi",
    pages=[notes_page("Officer decision notes", N26, "Application: S315118804 &nbsp;&nbsp; UCI: 1204-9957") +
           '<div class="foot">2 / 2</div>'],
    concerns=[("purpose.study-plan-weak", "will-not-leave.purpose-of-visit",
               "study plan does not explain why this program is needed after nine years in sales, or how it relates to future work at home"),
              ("funds.third-party-support", "will-not-leave.assets-finances",
               "Funds come from an uncle in Dubai; no evidence of the uncle's income or of the relationship provided")],
    label=dict(documentKind="gcms-notes", date=None, applicationNumber="S315118804", uci="12049957",
               permitType="study-permit", decisionLocation="unknown", grounds={}, layout="unknown",
               notes="Only the notes page of a letter+notes upload (footer '2 / 2'; letter page lost). Kind = gcms-notes (officer notes without a letter). No office, no date. 'Tuition deposit paid' is positive. Funds concern linked to will-not-leave.assets-finances because the notes refuse under R216(1)(b) only (judgement; default would be insufficient-funds)."))

# 27 ---------------------------------------------------------------------------
add(name="en27-trv-nodate-typos-thirdperson", lang="en", degr="none",
    pages=[letterhead(IRCC, [])
           + ids([("Application #", "V320117593"), ("Client ID", "1148 3302")])
           + paras("<b>Re: Temporary Resident Visa applicaton</b>",
                   "The application for a temporary resident visa has been reviewed and has been refused as it does not "
                   "meet the requirments of the Immigration and Refugee Protection Act and Regulations.",
                   "The officer is not satisfied that the applicant has sufficent funds to cover the cost of the proposed "
                   "trip and stay in Canada.",
                   "The officer is not satisfied that the applicant will leave Canada at the end of the stay as stipulated "
                   "in s. 179(b) IRPR, based on the applicant's personal assets and finacial status and current "
                   "employement situation.")
           + sig("Officer")],
    label=dict(documentKind="refusal-letter", date=None, applicationNumber="V320117593", uci="11483302",
               permitType="visitor-visa", decisionLocation="unknown",
               grounds={"insufficient-funds": [], "will-not-leave": ["assets-finances", "current-employment"]},
               layout="sentences",
               notes="No date, no office (unknown location, both JR deadlines). Third person throughout; typos in key words (sufficent, finacial, employement); 's. 179(b) IRPR'. UCI printed with a space."))

# 28 ---------------------------------------------------------------------------
N28 = ("Client applied for SP extension, new program at a different DLI. Request letter sent 2025-10-02 for LOA and "
       "proof of funds, 30 days. No response received as of 2025-11-28. Refused A16(1).")
add(name="en28-sp-extension-docs-cpc-notes", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Case Processing Centre Edmonton"])
           + ids([("Date:", "December 1, 2025"), ("Application:", "S315007731"), ("UCI:", "1187-2260")])
           + paras("Dear Applicant:",
                   "This refers to your application to extend your study permit. Your application as requested is refused.",
                   "Subsection 16(1) of the IRPA provides that a person who makes an application must answer truthfully "
                   "all questions put to them and must produce all relevant evidence and documents that the officer "
                   "reasonably requires. On 2025-10-02 you were asked to submit a letter of acceptance for your new "
                   "program and proof of funds. To date, neither document has been received.",
                   "Your temporary resident status has expired. You may apply for restoration within 90 days of this "
                   "letter; if you do not, you must leave Canada.",
                   "The officer's decision notes are attached.")
           + sig("Officer", "CPC Edmonton"),
           notes_page("Officer decision notes", N28)],
    concerns=[("documents.missing", "documents.not-provided",
               "Request letter sent 2025-10-02 for LOA and proof of funds, 30 days. No response received as of 2025-11-28")],
    label=dict(documentKind="refusal-letter", date="2025-12-01", applicationNumber="S315007731", uci="11872260",
               permitType="study-permit", decisionLocation="inside-canada",
               grounds={"documents.not-provided": []}, restorationAvailable=True, mustLeaveCanada=True,
               layout="in-canada",
               notes="The A16(1) paragraph quotes the 'answer truthfully' duty in general: not a truthfulness finding. Only documents.not-provided."))

# 29 ---------------------------------------------------------------------------
add(name="en29-wp-lmia-hardbreaks-chandigarh", lang="en", degr="photo-jpeg",
    pages=[letterhead(IRCC, ["Consulate General of Canada", "Chandigarh"])
           + ids([("Date:", "2018-03-05"), ("Application:", "W302877140"), ("UCI:", "1109-6645")])
           + paras("Dear Gurpreet Singh,",
                   "Your application for a work permit has been refused. It does not meet the<br>requirements of the "
                   "Immigration and Refugee Protection Act and Regulations.",
                   "I am not satisfied that you will be able to adequatly perform the work<br>you seek in Canada. "
                   "Satisfactory evidence of your English language<br>ability, as required by the LMIA, was not provided.",
                   "I am also not satisfied that you will leave Canada at the end of the<br>authorized period, as "
                   "stipulated in paragraph 200(1)(b) of the IRPR, given the<br>limited employment prospects in your "
                   "country of residence and your family<br>ties in Canada and in your country of residence.")
           + sig("Officer CHD-66")],
    label=dict(documentKind="refusal-letter", date="2018-03-05", applicationNumber="W302877140", uci="11096645",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"ability-to-perform-work": [], "will-not-leave": ["employment-prospects", "family-ties"]},
               layout="sentences",
               notes="Hard line breaks inside sentences and factor phrases ('family / ties'); typo 'adequatly'. JPEG phone photo."))

# 30 ---------------------------------------------------------------------------
N30 = ("I have reviewed the application. PA is a 45 y.o. citizen of Trinidad and Tobago seeking a 6 month visit to her "
       "daughter and grandchildren in Brampton. Daughter and both grandchildren are Canadian citizens. PA's only prior "
       "travel was a 2-week trip to Barbados in 2019. Bank statements provided are single-month printouts with no "
       "transaction history. Stated purpose is to assist daughter after childbirth; duration and open-ended care role "
       "are not consistent with a short visit.\nWeighing the factors in this application, I am not satisfied that the "
       "applicant will depart Canada at the end of the period authorized for their stay. For the reasons above, I have "
       "refused this application.")
add(name="en30-trv-checkbox-paren-notes-portofspain", lang="en", degr="scan-200dpi-rotated-90",
    pages=[letterhead(IRCC, ["Visa Section", "High Commission of Canada, Port of Spain"])
           + ids([("Date:", "2025-08-19"), ("Application:", "V322480016"), ("UCI:", "1215-7390")])
           + paras("Dear Mrs. Ramdial,", esc(FORMS["enA"]["intro"]))
           + cbform("enA", "paren", ticked={"wnl"}, factors={"travel-history", "assets-finances", "purpose-of-visit"})
           + paras(REAPPLY) + sig("Officer", "Port of Spain"),
           notes_page("Officer decision notes", N30)],
    concerns=[("ties.family-in-canada", "will-not-leave.family-ties", "Daughter and both grandchildren are Canadian citizens"),
              ("travel.none", "will-not-leave.travel-history", "PA's only prior travel was a 2-week trip to Barbados in 2019"),
              ("funds.transaction-history", "will-not-leave.assets-finances",
               "Bank statements provided are single-month printouts with no transaction history"),
              ("purpose.not-temporary", "will-not-leave.purpose-of-visit",
               "duration and open-ended care role are not consistent with a short visit")],
    label=dict(documentKind="refusal-letter", date="2025-08-19", applicationNumber="V322480016", uci="12157390",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["travel-history", "assets-finances", "purpose-of-visit"]}, layout="checkbox",
               notes="(x)/( ) boxes. Page 1 (letter) scanned turned 90 degrees, page 2 (notes) upright. The family-in-Canada concern has no matching ticked factor: it is reported with its ground id but adds no finding."))

# 31 ---------------------------------------------------------------------------
add(name="en31-wp-security-a34-beirut", lang="en", degr="none",
    pages=[letterhead(IRCC, ["Immigration Section", "Embassy of Canada, Beirut"])
           + ids([("Date:", "30 April 2021"), ("Application:", "W306118472"), ("UCI:", "1131-4475")])
           + paras("Dear Applicant,",
                   "Your application for a work permit has been examined. Having reviewed the information on file, "
                   "including the results of background checks, it has been determined that there are reasonable "
                   "grounds to believe that you are a member of an organization described in paragraph 34(1)(f) of the "
                   "Immigration and Refugee Protection Act. You are therefore inadmissible to Canada on security "
                   "grounds, and your application is refused.",
                   "This decision is final with respect to this application.")
           + sig("Officer", "Beirut")],
    label=dict(documentKind="refusal-letter", date="2021-04-30", applicationNumber="W306118472", uci="11314475",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"inadmissibility.security": []}, layout="sentences",
               notes="Security inadmissibility (A34(1)(f)); no reapply sentence; 'reasonable grounds to believe'."))
