# -*- coding: utf-8 -*-
"""English letters of the grounds-2 blind set. Each entry: name, html, degr, label."""
from common import *  # noqa

LETTERS = []


def add(name, html_text, degr, label):
    LETTERS.append({"name": name, "html": html_text, "degr": degr, "label": label})


# ---------------------------------------------------------------------------------------------
# en-01  TRV, checkbox (glyph boxes), Kingston 2012 -- adapted from a Jamaica Gleaner reader letter
checks = cblist([
    (True, "I am not satisfied that you will leave Canada at the end of the period authorized for your stay. "
           "In reaching this conclusion I have considered the following:",
     cblist(factor_items(FACTORS_EN_A, {"travel-history", "purpose-of-visit", "current-employment",
                                         "assets-finances"}), "glyph")),
    (False, "You have not shown that you have sufficient and available funds, without working in Canada, "
            "to maintain yourself and any family members during the proposed stay."),
    (False, "You did not provide the documents or information requested by this office "
            "(subsection 16(1) of the Act)."),
    (False, "I am not satisfied that you answered all questions put to you truthfully (subsection 16(1) of the Act)."),
    (False, "You are inadmissible to Canada under section ____ of the Act."),
    (False, "Other: ______________________________________________"),
], "glyph")
body = letterhead("cic", ["Immigration Section", "High Commission of Canada", "3 West Kings House Road", "Kingston, Jamaica"]) + \
    "<p>January 9, 2012</p>" + meta([("Client ID:", "3018-4472"), ("File:", "V301847721")]) + \
    "<p>Ms. Althea M. Brown<br>14 Red Hills Road<br>Kingston 10</p><p>Dear Applicant:</p>" + \
    "<p>Thank you for your application for a temporary resident visa. I have reviewed it and regret to inform you " \
    "that it has been refused. Following an examination of your application, I am not satisfied that you meet the " \
    "requirements of the Immigration and Refugee Protection Act and Regulations for the reasons ticked below.</p>" + checks + \
    "<p>You are welcome to submit a new application at any time. Any new application should include information that was not " \
    "presented with this one.</p><div class='sig'>Visa Officer<br>Immigration Section, Kingston</div>" + \
    "<div class='foot'>IMM 5621 (10-2010) E</div>"
add("en-01-trv-checkbox-kingston-2012", page(body, font="serif", size="10.5pt"),
    {"kind": "scan", "dpi": 200, "rot": 1.3, "blur": 0.7, "noise": 0.5, "jpeg": 55},
    lab(lang="en", date="2012-01-09", app="V301847721", uci="30184472", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["travel-history", "purpose-of-visit", "current-employment", "assets-finances"]},
        layout="checkbox", degradation="scan-200dpi",
        source="adapted from https://jamaica-gleaner.com/gleaner/20110125/lead/lead91.html (reader quoting the four factors of a Kingston TRV refusal)",
        notes="Factor wording deliberately paraphrased ('your previous travel', 'your present employment'). Only 4 of 9 factor boxes ticked; the other top-level boxes are empty."))

# ---------------------------------------------------------------------------------------------
# en-02  WP, checkbox ASCII [X] , Abu Dhabi 2014 -- adapted from Sadiq v Canada 2015 FC 955
items = factor_items(FACTORS_EN_B, {"current-employment", "assets-finances"})
ascii_list = "<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;%s%s" % (box(t, "ascii"), x) for t, x in items)
body = letterhead("cic", ["Visa Section", "Embassy of Canada", "Abu Dhabi, United Arab Emirates"]) + \
    "<pre style='font-family:inherit;margin:0'>Date: 2014-11-06\nOur file / Notre r\u00e9f\u00e9rence:  W207733105\nUCI:  81-0042-7719</pre>" + \
    "<p>MUHAMMAD A. SADIR<br>P.O. Box 44120, Al Ain, UAE</p><p>Dear Sir,</p>" + \
    "<p>Your application for a work permit has been reviewed. I am not satisfied that you meet the requirements of the Act " \
    "and the Regulations and your application is refused for the reason(s) marked [X] below:</p>" + \
    "<p>[X]&nbsp;The undersigned is not persuaded that you would depart Canada at the end of an authorized stay " \
    "(R200(1)(b)). Factors considered:<br>" + ascii_list + "</p>" + \
    "<p>[&nbsp;&nbsp;]&nbsp;You have not demonstrated that you could adequately perform the work sought (R200(3)(a)).<br>" \
    "[&nbsp;&nbsp;]&nbsp;The offer of employment has not been shown to be genuine (R200(5)).<br>" \
    "[&nbsp;&nbsp;]&nbsp;Requested documents were not submitted (A16(1)).<br>" \
    "[&nbsp;&nbsp;]&nbsp;Other: </p>" + \
    "<p>Should you decide to reapply, please include any new information you consider relevant.</p>" + \
    "<div class='sig'>Officer D-4410<br>Visa Section</div>"
add("en-02-wp-checkbox-ascii-abudhabi-2014", page(body, font="mono", size="9.8pt"), {"kind": "none"},
    lab(lang="en", date="2014-11-06", app="W207733105", uci="8100427719", permit="work-permit", loc="outside-canada",
        grounds={"will-not-leave": ["current-employment", "assets-finances"]}, layout="checkbox", degradation="none",
        source="adapted from Sadiq v. Canada, 2015 FC 955 (https://taxinterpretations.com/content/432122): work permit refused for 'current employment situation' and 'personal assets and financial status'",
        notes="ASCII boxes in a monospace font. Umbrella phrased 'not persuaded that you would depart Canada'. Name altered."))

# ---------------------------------------------------------------------------------------------
# en-03  WP, checkbox CSS boxes with check marks, New Delhi 2016, Other: line -- FAX
items = [
    (False, "You have not satisfied me that you will leave Canada at the end of your authorized stay. Factors:",
     grid(factor_items(FACTORS_EN_B, set()), "csscheck")),
    (True, "Based on the information provided, you have not shown that you could properly carry out the duties of "
           "the employment you are seeking in Canada (R200(3)(a))."),
    (False, "Insufficient proof of funds to support yourself and accompanying family members."),
    (False, "You have not submitted the documents requested (A16(1) IRPA)."),
    (False, "Inadmissible: &#9633; medical &#9633; criminality &#9633; security"),
    (True, "Other: <i>Passport submitted expires in less than six months; the permit requested could not be issued for the period sought.</i>"),
]
body = letterhead("cic", ["Immigration Section", "High Commission of Canada", "7/8 Shantipath, Chanakyapuri", "New Delhi 110 021"]) + \
    "<p class='right'>18 August 2016</p>" + meta([("UCI:", "1105-8823"), ("Application No.:", "W302219904")]) + \
    "<p>Mr. Harpreet S. Gill<br>VPO Dhilwan, Kapurthala, Punjab</p>" + \
    "<p>Dear Mr. Gill,</p><p>We have reviewed your application for a work permit (LMIA-based, NOC 7511 transport truck driver). " \
    "It has been refused because it does not meet the requirements of the Immigration and Refugee Protection Act and " \
    "its Regulations. The box(es) checked below apply to you:</p>" + cblist(items, "csscheck") + \
    "<p>Any future application should address the concerns identified above.</p><div class='sig'>Officer NDL-218<br>Immigration Section</div>"
add("en-03-wp-checkbox-check-newdelhi-2016-fax", page(body, font="sans", size="10pt"),
    {"kind": "fax", "rot": 0.5, "thr": 58},
    lab(lang="en", date="2016-08-18", app="W302219904", uci="11058823", permit="work-permit", loc="outside-canada",
        grounds={"ability-to-perform-work": [], "other": []},
        unrec=["Passport submitted expires in less than six months; the permit requested could not be issued for the period sought."],
        layout="checkbox", degradation="fax-g4-200dpi",
        notes="CSS-drawn boxes with a check mark; the will-not-leave box and its factor grid are all empty. The inline 'medical/criminality/security' line uses small hollow squares, none ticked."))

# ---------------------------------------------------------------------------------------------
# en-04  SP, checkbox two-column factor grid with drawn boxes (no text in the boxes), Accra 2017
items = [
    (True, "The officer is not satisfied that you will leave Canada at the end of your studies, as required by "
           "paragraph 216(1)(b) of the IRPR. The officer considered:",
     grid(factor_items(FACTORS_EN_B, {"family-ties", "immigration-status"}), "drawn")),
    (True, "You have not demonstrated that you have sufficient funds available to pay your tuition and to support yourself "
           "(and any family members who would accompany you) for the first year of your program (R220)."),
    (False, "Your letter of acceptance could not be verified with the designated learning institution."),
    (False, "Documents requested by the office were not received (A16(1))."),
    (False, "Other:"),
]
body = letterhead("ircc", ["Visa Section", "High Commission of Canada", "No. 42 Independence Avenue", "Accra, Ghana"]) + \
    meta([("Date:", "12 May 2017"), ("Application:", "S305561287"), ("UCI / IUC:", "0042-6618"),
          ("Applicant:", "Kofi ADJEI-MENSAH")]) + \
    "<p>Dear Kofi Adjei-Mensah,</p><p>Thank you for your interest in studying in Canada. After reviewing your study " \
    "permit application I have concluded that it does not meet the requirements of the Act and Regulations, and I am " \
    "refusing it. The grounds that apply are indicated below.</p>" + cblist(items, "drawn") + \
    "<p>If you reapply, include information that responds to the grounds above.</p><div class='sig'>Officer ACC-19<br>Visa Section, Accra</div>"
add("en-04-sp-checkbox-grid-accra-2017", page(body, font="sans", size="10pt"), {"kind": "none"},
    lab(lang="en", date="2017-05-12", app="S305561287", uci="00426618", permit="study-permit", loc="outside-canada",
        grounds={"will-not-leave": ["family-ties", "immigration-status"], "insufficient-funds": []},
        layout="checkbox", degradation="none",
        notes="All boxes are drawn as empty squares; ticked ones contain an SVG-drawn X (no text in the text layer). Two-column factor grid."))

# ---------------------------------------------------------------------------------------------
# en-05  TRV, checkbox, Ho Chi Minh City 2015, umbrella ticked without factors + A16 -- FAX
items = [
    (True, "You have not satisfied the officer that you would leave Canada at the end of your stay as a temporary resident.",
     cblist(factor_items(FACTORS_EN_A, set()), "glyph2")),
    (False, "You have not shown sufficient funds for the proposed stay."),
    (True, "You have not provided all the documents and information requested of you on 2015-02-03, as required by "
           "s. 16(1) IRPA (proof of enrolment of your children; tax certificates 2013-2014)."),
    (False, "You did not answer truthfully all questions put to you."),
    (False, "Other:"),
]
body = letterhead("cic", ["Visa Section", "Consulate General of Canada", "Ho Chi Minh City, Viet Nam"]) + \
    "<p>2015/03/11</p>" + meta([("UCI:", "7733-0912"), ("Application number:", "V305512873")]) + \
    "<p>NGUYEN Thi Lan<br>Quan 3, TP. Ho Chi Minh</p><p>Dear Applicant,</p>" + \
    "<p>Your application for a temporary resident visa has been refused. I am not satisfied that you meet the " \
    "requirements of the Act and the Regulations, for the reasons marked below:</p>" + cblist(items, "glyph2") + \
    "<p>You may reapply if you feel you can respond to these concerns.</p><div class='sig'>Officer 2207<br>Visa Section</div>"
add("en-05-trv-checkbox-hcmc-2015-fax", page(body, font="serif", size="10.5pt"),
    {"kind": "fax", "rot": -0.6, "thr": 55},
    lab(lang="en", date="2015-03-11", app="V305512873", uci="77330912", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": [], "documents.not-provided": []}, layout="checkbox", degradation="fax-g4-200dpi",
        notes="Umbrella will-not-leave box filled (black square) but no factor box filled under it. Boxes are filled/hollow squares (■/□)."))

# ---------------------------------------------------------------------------------------------
# en-06  WP sentences, Manila 2018, R. citation, several factors in one sentence
body = letterhead("ircc", ["Embassy of Canada", "Immigration Section", "Manila, Philippines"]) + \
    "<p>June 21, 2018</p>" + meta([("Application:", "W306609218"), ("UCI:", "1121-7740"), ("Name:", "Maria Cristina REYES")]) + \
    "<p>Dear Maria Cristina Reyes:</p>" + \
    "<p>I have reviewed your application for a work permit for employment as a food counter attendant. I have determined " \
    "that your application does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. " \
    "Your application is refused.</p>" + \
    "<p>The officer is not satisfied that you would depart Canada at the end of your stay, as stipulated in R. 200(1)(b), " \
    "based on your travel history and on the length of your proposed stay in Canada.</p>" + \
    "<p>The officer is not satisfied that you would depart Canada at the end of your stay, as stipulated in R. 200(1)(b), " \
    "having regard to your family connections in Canada and in the Philippines.</p>" + \
    "<p>You may reapply if you feel you can address these concerns; a new application should include any information " \
    "not submitted with this one.</p><div class='sig'>Officer MNL-0417</div>"
add("en-06-wp-sentences-manila-2018", page(body, font="dserif", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2018-06-21", app="W306609218", uci="11217740", permit="work-permit", loc="outside-canada",
        grounds={"will-not-leave": ["travel-history", "length-of-stay", "family-ties"]}, layout="sentences", degradation="none",
        notes="Third person 'The officer is not satisfied ... depart'. Two factors in one sentence; 'family connections' for family ties."))

# ---------------------------------------------------------------------------------------------
# en-07  SP sentences, Chandigarh 2019, s. 216(1)(b) of the Regulations, synonyms, hard line breaks -- scan 150
body = letterhead("ircc", ["Consulate General of Canada", "Visa Section", "Chandigarh, India"]) + \
    meta([("Date", ": 2019-08-02"), ("Application no.", ": S307781443"), ("Client ID", ": 11-3388-2207")]) + \
    "<p>Dear Navjot Kaur,</p>" + \
    "<p>After a careful review of your study permit application, I am not satisfied that you meet the requirements of the<br>" \
    "Act and the Regulations. I am therefore refusing your application for the following reasons:</p>" + \
    "<p>I am not convinced that you will exit Canada at the end of your stay, as set out in s. 216(1)(b) of the<br>" \
    "Regulations, in view of the purpose of your visit.</p>" + \
    "<p>I am not convinced that you will exit Canada at the end of your stay, as set out in s. 216(1)(b) of the Regulations,<br>" \
    "in view of the limited job prospects in your home country.</p>" + \
    "<p>I am not convinced that you will exit Canada at the end of your stay, as set out in s. 216(1)(b) of the Regulations, in<br>" \
    "view of your personal assets and financial status.</p>" + \
    "<p>You are welcome to reapply if you feel you can respond to these concerns.</p><div class='sig'>Officer CDG-31</div>"
add("en-07-sp-sentences-chandigarh-2019-scan", page(body, font="serif", size="11pt"),
    {"kind": "scan", "dpi": 150, "rot": -0.8, "blur": 0.5, "noise": 0.5, "jpeg": 50},
    lab(lang="en", date="2019-08-02", app="S307781443", uci="1133882207", permit="study-permit", loc="outside-canada",
        grounds={"will-not-leave": ["purpose-of-visit", "employment-prospects", "assets-finances"]}, layout="sentences",
        degradation="scan-150dpi", notes="'exit Canada'; 'limited job prospects in your home country'; hard line breaks mid-sentence."))

# ---------------------------------------------------------------------------------------------
# en-08  TRV sentences with a preamble of what officers weigh (NOT grounds), Mexico City 2017
body = letterhead("ircc", ["Embassy of Canada", "Immigration Section", "Calle Schiller 529, Col. Polanco", "Mexico City, Mexico"]) + \
    "<p>October 30, 2017</p>" + meta([("Application number:", "V306124470"), ("UCI:", "5510-2243"), ("Applicant:", "Jorge Luis MEDINA OROZCO")]) + \
    "<p>Dear Jorge Luis Medina Orozco,</p>" + \
    "<p>Under subsection 11(1) of the Immigration and Refugee Protection Act (IRPA), a foreign national must, before entering " \
    "Canada, apply to an officer for a visa, and the visa is issued only if the officer is satisfied that the foreign national " \
    "is not inadmissible and meets the requirements of the Act. This includes satisfying the officer that the applicant will " \
    "respect the conditions of admission and will leave Canada by the end of the period authorized for the stay.</p>" + \
    "<p>In reaching a decision, an officer weighs several factors, which may include the applicant's travel and identity " \
    "documents, the reason for travel, contacts in Canada, the financial means for the trip, and ties to the country of " \
    "residence, including immigration status, employment and family ties.</p>" + \
    "<p>Following an examination of your application, I am not satisfied that you meet the requirements of the Act and " \
    "the Regulations, for the reason explained below, and I am refusing your application.</p>" + \
    "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the " \
    "IRPR, based on the reason you have given for travelling to Canada.</p>" + \
    "<p>You may submit a new application at any time.</p><div class='sig'>Officer MEX-552</div>"
add("en-08-trv-preamble-mexico-2017", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2017-10-30", app="V306124470", uci="55102243", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["purpose-of-visit"]}, layout="sentences", degradation="none",
        source="adapted from the template preamble quoted by Shory Law (https://solatatech.com/article/what-to-do-if-your-work-permit-has-been-refused-shory-law/2835)",
        notes="The preamble names financial means, immigration status, employment and family ties only as what officers weigh in general: NOT grounds. The one finding is the purpose of visit ('the reason you have given for travelling')."))

# ---------------------------------------------------------------------------------------------
# en-09  WP nested, LMIA-based, Abu Dhabi 2018: LMIA mismatch + ability to perform
body = letterhead("ircc", ["Visa Section", "Embassy of Canada", "Abu Dhabi, United Arab Emirates"]) + \
    "<p>13 November 2018</p>" + meta([("UCI:", "10-7732-5519"), ("Application:", "W307915530")]) + \
    "<p>Mohammad H. WARDI</p><p>Dear Mohammad Wardi,</p>" + \
    "<p>Thank you for your interest in working in Canada. After a careful review of your application and supporting " \
    "documentation I find that it does not meet the requirements of the IRPA and the IRPR. Your application is refused " \
    "for the following reasons:</p><ul class='reasons'>" + \
    "<li>The Labour Market Impact Assessment presented with your application was issued for the position of cook at a " \
    "different work location and at a lower wage than the offer of employment you submitted; you therefore do not hold " \
    "a positive LMIA that corresponds to the job you would perform (R203).</li>" + \
    "<li>Based on the evidence of your training and work experience, it has not been demonstrated that you would be able " \
    "to perform the duties of the position adequately (R200(3)(a)).</li></ul>" + \
    "<p>Any future application should address these concerns.</p><div class='sig'>Officer 31088<br>Visa Section</div>"
add("en-09-wp-nested-lmia-abudhabi-2018", page(body, font="dsans", size="10pt"), {"kind": "none"},
    lab(lang="en", date="2018-11-13", app="W307915530", uci="1077325519", permit="work-permit", loc="outside-canada",
        grounds={"job-offer.lmia": [], "ability-to-perform-work": []}, layout="nested", degradation="none",
        notes="Office and date taken from Wardak 2020 FC 582 (Abu Dhabi, 13 Nov 2018, LMIA chef) but the reasons are invented; counted as invented."))

# ---------------------------------------------------------------------------------------------
# en-10  WP nested + page 2 officer decision notes (2025): notes mention factors that are NOT grounds
body = letterhead("ircc", ["IRCC \u2013 International Network", "Visa Office Manila"]) + \
    meta([("Date:", "2025-09-22"), ("Application number:", "W316402278"), ("UCI:", "1188-4031"),
          ("Name:", "Ramon DELA CRUZ")]) + \
    "<p>Dear Ramon Dela Cruz,</p>" + \
    "<p>Thank you for your interest in working in Canada. After a careful review of your application and supporting " \
    "documentation, I have determined that it does not meet the requirements of the Immigration and Refugee Protection " \
    "Act and Regulations. I am refusing your application for the following reasons:</p><ul class='reasons'>" + \
    "<li>I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 200(1)(b) of the IRPR.<ul>" + \
    "<li>Your present job does not demonstrate that you are financially established in your country of residence.</li></ul></li>" + \
    "<li>The funds you have shown are not sufficient to support your stay in Canada and that of any accompanying family members.</li></ul>" + \
    "<p>The officer's decision notes are attached to this letter.</p><div class='sig'>Officer MNL-2291</div>" + \
    "<div class='pb'></div><h3>Officer decision notes</h3><p class='tiny'>Application W316402278 \u2013 UCI 11884031</p>" + \
    "<div class='notes'>I have reviewed the application. PA is a 34 y.o. citizen of the Philippines applying for an LMIA-based " \
    "WP as a meat cutter. PA has limited travel history; previous travel to Singapore only. PA is married; spouse and two " \
    "children remain in the Philippines, which is a positive factor. Current employment: PA works as a butcher in a " \
    "public market; payslips show a modest monthly salary and no other source of income. Bank statements show a balance " \
    "of PHP 61,000 with a lump sum deposit one week before submission, source not explained. Funds insufficient for " \
    "initial settlement. Weighing the factors, I am not satisfied PA will depart Canada at the end of the authorized " \
    "period. Refused R200(1)(b).</div>"
add("en-10-wp-nested-notes-manila-2025", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2025-09-22", app="W316402278", uci="11884031", permit="work-permit", loc="outside-canada",
        grounds={"will-not-leave": ["current-employment"], "insufficient-funds": []}, layout="nested", degradation="none",
        notes="Page 2 = officer decision notes. The notes mention travel history and family ties (as positive/neutral); they are NOT grounds. Only the two letter bullets count."))

# ---------------------------------------------------------------------------------------------
# en-11  TRV nested + notes, Nairobi 2025
body = letterhead("ircc", ["High Commission of Canada", "Immigration Section", "Limuru Road, Gigiri", "Nairobi, Kenya"]) + \
    "<p>November 4, 2025</p>" + meta([("Application No.:", "V352178064"), ("UCI:", "3301-5527"),
                                      ("Applicant:", "Grace WANJIKU KAMAU")]) + \
    "<p>Dear Grace Wanjiku Kamau,</p>" + \
    "<p>After a careful review of your application for a visitor visa and of the supporting documentation, I have " \
    "determined that your application does not meet the requirements of the IRPA and the IRPR. I am refusing your " \
    "application for the following reasons:</p><ol class='reasons'>" + \
    "<li>I am not satisfied that you will depart Canada at the end of your stay, as required by R179(b):<ol type='a'>" + \
    "<li>Your ties to your country of residence are weak compared with your family connections in Canada.</li>" + \
    "<li>The reason given for your trip is not consistent with a temporary stay, in light of the details in your application.</li>" + \
    "</ol></li></ol>" + \
    "<p>You are welcome to reapply. The officer's decision notes follow.</p><div class='sig'>Officer NRB-0944</div>" + \
    "<div class='pb'></div><h3>Decision notes / Notes de d\u00e9cision</h3>" + \
    "<div class='notes'>Application reviewed. Applicant intends to visit her son in Calgary for 6 months. Son is a PR; two " \
    "siblings also in Canada. Applicant is widowed; no dependants in Kenya. Employment letter states she is a self-employed " \
    "tailor; no business registration provided. Bank statements show low balance; son to fund trip. Travel history: UAE " \
    "2019. Length of stay (6 months) not explained given self-employment. On balance, family ties in Canada outweigh ties " \
    "to Kenya and purpose of visit not consistent with a temporary stay. Refused.</div>"
add("en-11-trv-nested-notes-nairobi-2025", page(body, font="serif", size="11pt"), {"kind": "none"},
    lab(lang="en", date="2025-11-04", app="V352178064", uci="33015527", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["family-ties", "purpose-of-visit"]}, layout="nested", degradation="none",
        notes="Numbered list with lettered sub-items. Notes (page 2) also discuss funds, travel history, length of stay and employment: NOT grounds."))

# ---------------------------------------------------------------------------------------------
# en-12  SP nested, Ankara 2022 -- adapted from Tabrizi Nouri v Canada 2023 FC 1240
body = letterhead("ircc", ["Embassy of Canada", "Visa Section", "Cinnah Caddesi No. 58, \u00c7ankaya", "Ankara, T\u00fcrkiye"]) + \
    "<p>September 14, 2022</p>" + meta([("Application:", "S312845509"), ("UCI:", "1109-2734"), ("Name:", "Hasti T. NOURI")]) + \
    "<p>Dear Hasti Nouri,</p>" + \
    "<p>Thank you for your interest in studying in Canada. After a careful review of your application and supporting " \
    "documentation, I have determined that your application does not meet the requirements of the Immigration and " \
    "Refugee Protection Act and Immigration and Refugee Protection Regulations. I am refusing your application for the " \
    "following reasons:</p><ul class='reasons'><li>I am not satisfied that you will leave Canada at the end of your stay " \
    "as required by paragraph 216(1)(b) of the IRPR.<ul><li>Given the details you provided in your application, the " \
    "reason you wish to come to Canada does not appear consistent with a temporary stay.</li></ul></li></ul>" + \
    "<p>If you choose to reapply, address these concerns with new information.</p><div class='sig'>Officer ANK-1207</div>"
add("en-12-sp-nested-ankara-2022", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2022-09-14", app="S312845509", uci="11092734", permit="study-permit", loc="outside-canada",
        grounds={"will-not-leave": ["purpose-of-visit"]}, layout="nested", degradation="none",
        source="adapted from Tabrizi Nouri v. Canada, 2023 FC 1240 (https://decisions.fca-caf.ca/fc-cf/decisions/fr/item/524127/index.do): letter of 14 Sept 2022, single factor 'not consistent with a temporary stay'",
        notes="Office assumed (Iranian applicants are commonly processed in Ankara); name shortened."))

# ---------------------------------------------------------------------------------------------
# en-13  in-Canada PGWP, late application, without status, must leave, restoration not possible -- scan 300 tilted
body = letterhead("ircc", ["Case Processing Centre", "Edmonton, AB  T5J 2V3"]) + \
    "<p>March 21, 2019</p>" + meta([("UCI:", "1099-6621"), ("Application:", "W308830125")]) + \
    "<p>Kamalpreet K. SAGAR<br>13780 72 Ave, Surrey BC</p>" + \
    "<p>This letter refers to your application for a work permit and for restoration of your temporary resident status. " \
    "Your application as requested is refused.</p>" + \
    "<p>Foreign students in Canada may be eligible for a work permit for post-graduation employment if they apply within " \
    "90 days of receiving written confirmation from their institution that they have met the requirements for completing " \
    "their program of study. As your application was not submitted within the prescribed period, it has been determined " \
    "that you are not eligible for a work permit in this category.</p>" + \
    "<p>As your application for restoration has been refused, you are without status in Canada and you are required to " \
    "leave Canada immediately. Failure to do so may result in enforcement action being taken against you.</p>" + \
    "<div class='sig'>Migration Officer<br>CPC Edmonton</div>"
add("en-13-pgwp-incanada-edmonton-2019-scan", page(body, font="serif", size="11pt"),
    {"kind": "scan", "dpi": 300, "rot": 1.6, "blur": 0.8, "noise": 0.4, "jpeg": 60},
    lab(lang="en", date="2019-03-21", app="W308830125", uci="10996621", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="post-graduation work permit (PGWP)", restoration=False, leave=True,
        layout="in-canada", degradation="scan-300dpi",
        source="adapted from Saggu v. Canada, 2020 FC 31 (https://taxinterpretations.com/node/536636): PGWP refused because not applied within the prescribed period; 'without status ... required to leave Canada immediately'",
        notes="Failed condition: application not made within the allowed period after completion. The refused application was itself a restoration application, so no restoration is available."))

# ---------------------------------------------------------------------------------------------
# en-14  in-Canada PGWP, conditions listed, failed = full-time status; restoration available
body = letterhead("ircc", ["Immigration, Refugees and Citizenship Canada", "Operations \u2013 Domestic Network"]) + \
    meta([("Date:", "2022-12-13"), ("UCI:", "11-0387-2264"), ("Application:", "W311927748")]) + \
    "<p>Pardeep KAUR</p><p>Dear Applicant,</p>" + \
    "<p>This letter is in reference to your application for a post-graduation work permit (PGWP). I have reviewed your " \
    "application and I am refusing it.</p>" + \
    "<p>To be eligible for a PGWP, an applicant must, among other things:</p><ul>" + \
    "<li>have completed a program of study of at least eight months at an eligible designated learning institution;</li>" + \
    "<li>have maintained full-time student status in Canada during each academic session of the program, other than the final session;</li>" + \
    "<li>have applied within 180 days of obtaining written confirmation that the program has been completed.</li></ul>" + \
    "<p>Insufficient evidence was provided that you maintained full-time status during each academic session: your " \
    "transcript shows that you were enrolled part-time in the Winter 2018 session, which was not your final session. " \
    "You therefore do not meet the requirements of this category.</p>" + \
    "<p>Our records indicate that your temporary resident status has expired. You may apply to restore your status within " \
    "90 days of the date of this letter, under section 182 of the Regulations. If you do not apply for restoration, you " \
    "must leave Canada.</p><div class='sig'>Officer BK7013</div>"
add("en-14-pgwp-conditions-fulltime-2022", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2022-12-13", app="W311927748", uci="1103872264", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="post-graduation work permit (PGWP)", restoration=True, leave=True,
        layout="in-canada", degradation="none",
        source="adapted from Kaur v. Canada, 2024 FC 1311 (https://decisions.fca-caf.ca/fc-cf/decisions/en/item/526294/index.do): PGWP refused because full-time studies not demonstrated",
        notes="Lists the category's conditions; only the full-time status condition failed ('insufficient evidence' phrasing = category-eligibility, not a missing document). Restoration offered; must leave otherwise (mustLeaveCanada true, conditional)."))

# ---------------------------------------------------------------------------------------------
# en-15  in-Canada spousal open WP (C41), TEER of principal, status maintained
body = letterhead("ircc", ["Case Processing Centre \u2013 Vegreville", "6212 55 Avenue", "Vegreville AB  T9C 1X9"]) + \
    "<p>18 April 2024</p>" + meta([("Client ID:", "1140-2291"), ("Application number:", "W331184406")]) + \
    "<p>Dear Sofia Gabriela RAM\u00cdREZ,</p>" + \
    "<p>We have completed the review of your application for an open work permit as the spouse of a foreign worker " \
    "(exemption code C41, R205(c)(ii)). Your application is refused.</p>" + \
    "<p>Open work permits under this public policy may be issued to the spouse or common-law partner of a foreign " \
    "national who holds a valid work permit, who is employed in an occupation in TEER category 0, 1, 2 or 3 of the " \
    "National Occupational Classification, and who resides or will reside in Canada. The relationship must be genuine.</p>" + \
    "<p>The documents on file show that your spouse is employed as a retail salesperson (NOC 64100, TEER 4). As your " \
    "spouse's occupation is not in an eligible TEER category, you do not qualify for an open work permit under this " \
    "category.</p>" + \
    "<p>Your visitor record remains valid until 2024-09-30. This refusal does not affect that status.</p>" + \
    "<div class='sig'>Officer 44187<br>IRCC</div>"
add("en-15-sowp-incanada-teer-2024", page(body, font="dserif", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2024-04-18", app="W331184406", uci="11402291", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="spousal open work permit (C41)", restoration=None, leave=False,
        layout="in-canada", degradation="none",
        notes="Conditions of the category listed (valid permit, TEER 0-3, residence, genuine relationship); only the TEER condition failed. Person keeps visitor status: no restoration paragraph, no duty to leave."))

# ---------------------------------------------------------------------------------------------
# en-16  in-Canada BOWP, adapted from a canadavisa forum letter (2014) -- scan 200
body = "<p class='small'>Citizenship and Immigration Canada<br>Case Processing Centre Vegreville</p>" + \
    "<p>September 2, 2014</p><p>UCI: 9917-3342<br>Application: W301187240</p>" + \
    "<p>This letter refers to your application for work permit.</p><p>Your application as requested is refused.</p>" + \
    "<p>Foreign nationals currently in Canada who have submitted an application for permanent residence (PR) under the " \
    "Federal Skilled Worker Program (FSWP), the Canadian Experience Class (CEC), the Provincial Nominee Program (PNP) or " \
    "the Federal Skilled Trades Program (FSTP) and who meet program eligibility requirements may be considered for a " \
    "bridging open work permit (WP) if their current WP will soon expire.</p>" + \
    "<p>To be eligible for a bridging open WP, the following parameters must be met:<br>" \
    "- The foreign national is currently in Canada;<br>- They have valid status on a work permit that is due to expire " \
    "within four months;<br>- They are the principal applicant on an application for PR under one of the above programs " \
    "that has passed the completeness check;<br>- They have applied for an open work permit.</p>" + \
    "<p>At the time your work permit application was received, your application for permanent residence had not passed " \
    "the completeness check. You therefore do not meet the parameters of the bridging open work permit.</p>" + \
    "<p>You may be eligible to apply for restoration of your temporary resident status within 90 days of losing it. " \
    "If you do not apply for restoration, you must leave Canada.</p>" + \
    "<p>Officer<br>CPC-V</p>"
add("en-16-bowp-incanada-vegreville-2014-scan", page(body, font="serif", size="11pt"),
    {"kind": "scan", "dpi": 200, "rot": -1.1, "blur": 0.6, "noise": 0.5, "jpeg": 50},
    lab(lang="en", date="2014-09-02", app="W301187240", uci="99173342", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="bridging open work permit (BOWP)", restoration=True, leave=True,
        layout="in-canada", degradation="scan-200dpi",
        source="adapted from a refusal letter posted on canadavisa.com (https://canadavisa.com/canada-immigration-discussion-board/threads/please-help-bowp-refused-without-reason-next-steps.238865/post-3480706), dated September 2, 2014",
        notes="The original letter listed the parameters without saying which failed; this version adds the failed condition (PR application not past completeness check). The listed parameters are the category's definition, not separate reasons. No letterhead graphics, plain layout."))

# ---------------------------------------------------------------------------------------------
# en-17  IEC Working Holiday, prior participation -- photo PNG, location unclear
body = letterhead("ircc", ["International Experience Canada"]) + \
    meta([("Date:", "July 15, 2023"), ("Application #:", "W327701944"), ("UCI:", "1160-9958")]) + \
    "<p>Dear Thomas O'BRIEN,</p><p>Your application for a work permit under International Experience Canada (IEC), " \
    "Working Holiday category, has been refused.</p>" + \
    "<p>Participants must be citizens of a country that has a youth mobility arrangement with Canada, be within the age " \
    "range set for their country, and must not exceed the number of participations allowed for their country and " \
    "category.</p>" + \
    "<p>Our records show that you already participated in the Working Holiday category in 2019-2020. The arrangement " \
    "with Ireland allows one participation in that category. You have not established that you are eligible for a second " \
    "participation, and your application does not meet the requirements of the IEC category (R205(b)).</p>" + \
    "<p>The participation fee will be refunded. The IEC fee is not refundable.</p><div class='sig'>IEC Unit</div>"
add("en-17-iec-participation-2023-photo", page(body, font="sans", size="11pt"),
    {"kind": "photo", "fmt": "png", "dpi": 100, "skew": 1.2, "rot": -1.5},
    lab(lang="en", date="2023-07-15", app="W327701944", uci="11609958", permit="work-permit", loc="unknown",
        grounds={"category-eligibility": []}, category="International Experience Canada (Working Holiday)",
        layout="in-canada", degradation="photo",
        notes="Phone photo (PNG). The letter does not say where the decision was made: both judicial-review deadlines. Failed condition: number of participations. The fee lines are not grounds."))

# ---------------------------------------------------------------------------------------------
# en-18  in-Canada WP extension, job offer not genuine, without status, must leave (Edmonton 2016)
body = letterhead("ircc", ["Immigration, Refugees and Citizenship Canada", "Edmonton, Alberta"]) + \
    "<p>May 9, 2016</p>" + meta([("UCI:", "1082-4457"), ("Application No.:", "W304472219")]) + \
    "<p>Poonam BAJAJ<br>Saskatoon SK</p>" + \
    "<p>This letter refers to your application to extend your work permit. I have completed the assessment of your " \
    "application and it is refused.</p>" + \
    "<p>The undersigned is not satisfied that the employment offered by the Sri Guru Society of Saskatoon is genuine, " \
    "having regard to the organization's capacity to pay the wages offered and to the duties described, which do not " \
    "correspond to those of the position advertised (R200(5)).</p>" + \
    "<p>You are now without status in Canada. You must leave Canada immediately. As more than 90 days have passed since " \
    "your status expired, restoration under section 182 of the Regulations is not available to you.</p>" + \
    "<div class='sig'>Officer EDM-1543</div>"
add("en-18-wp-extension-genuineness-edmonton-2016", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2016-05-09", app="W304472219", uci="10824457", permit="work-permit", loc="inside-canada",
        grounds={"job-offer.genuineness": []}, restoration=False, leave=True, layout="in-canada", degradation="none",
        source="adapted from Bajwa v. Canada, 2017 FC 202 (http://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/218913/index.do): work permit extension refused in Edmonton on May 9, 2016; applicant advised to leave Canada",
        notes="Reasons wording invented (the decision's reasons are not quoted in the excerpt available); office, date and outcome from the case."))

# ---------------------------------------------------------------------------------------------
# en-19  in-Canada study permit extension, transcript not provided (A16), Vegreville 2015
body = letterhead("cic", ["Case Processing Centre", "Vegreville, Alberta  T9C 1X5"]) + \
    "<p>April 8, 2015</p>" + meta([("UCI:", "8823-1174"), ("Application:", "S302744901")]) + \
    "<p>Muhammad U. ARIF<br>Winnipeg MB</p>" + \
    "<p>This letter refers to your application for an extension of your study permit. Your application as requested " \
    "is refused.</p>" + \
    "<p>Under s. 16(1) IRPA, a person who makes an application must answer truthfully all questions put to them and must " \
    "produce all relevant evidence and documents that the officer reasonably requires. On 2015-03-23 you were asked to " \
    "submit your official education transcript from the International College of Manitoba by 2015-03-30. As of today " \
    "this document has not been received. As a result, I am unable to determine that you meet the requirements for the " \
    "issuance of a study permit.</p>" + \
    "<p>Your temporary resident status in Canada has expired. You may apply for restoration of your status within 90 days " \
    "of losing it, provided you meet the initial requirements for your stay. Otherwise you must leave Canada.</p>" + \
    "<div class='sig'>Officer 50331</div>"
add("en-19-sp-extension-a16-vegreville-2015", page(body, font="serif", size="11pt"), {"kind": "none"},
    lab(lang="en", date="2015-04-08", app="S302744901", uci="88231174", permit="study-permit", loc="inside-canada",
        grounds={"documents.not-provided": []}, restoration=True, leave=True, layout="in-canada", degradation="none",
        source="adapted from Arif v. Canada, 2016 FC 1149 (https://taxinterpretations.com/content/432814): study permit extension refused 8 April 2015 for failure to submit a transcript requested on 23 March 2015",
        notes="The A16(1) paragraph mentions 'answer truthfully' only as the general rule: NOT a truthfulness finding."))

# ---------------------------------------------------------------------------------------------
# en-20  WP misrepresentation, Accra 2018 -- adapted from Appiah v Canada 2018 FC 1043 -- scan 150 heavy JPEG
body = letterhead("ircc", ["High Commission of Canada", "Immigration Section", "Accra, Ghana"]) + \
    "<p>January 31, 2018</p>" + meta([("Application number:", "W306110873"), ("UCI:", "1122-6489")]) + \
    "<p>Eric APPIAH-KUBI</p><p>Dear Applicant:</p>" + \
    "<p>This refers to your application for a temporary work permit as a cook in Qu\u00e9bec. On 2017-12-05 we wrote to you " \
    "setting out our concerns about the employment attestation you submitted and gave you an opportunity to respond.</p>" + \
    "<p>After reviewing your reply, I have found that the attestation of employment from the restaurant in Kumasi is not " \
    "genuine. By submitting it you have directly misrepresented a material fact relating to a relevant matter that could " \
    "have induced an error in the administration of the Act. Consequently, you are inadmissible to Canada under " \
    "paragraph 40(1)(a) of the Immigration and Refugee Protection Act.</p>" + \
    "<p>Pursuant to paragraph 40(2)(a), you remain inadmissible for misrepresentation for a period of five years from " \
    "the date of this letter. Your application is refused.</p><div class='sig'>Officer ACC-077</div>"
add("en-20-wp-misrep-accra-2018-scan", page(body, font="sans", size="10.5pt"),
    {"kind": "scan", "dpi": 150, "rot": 0.9, "blur": 0.9, "noise": 0.6, "jpeg": 35},
    lab(lang="en", date="2018-01-31", app="W306110873", uci="11226489", permit="work-permit", loc="outside-canada",
        grounds={"misrepresentation": []}, layout="sentences", degradation="scan-150dpi",
        source="adapted from Appiah v. Canada, 2018 FC 1043 (https://taxinterpretations.com/node/505824): Accra work permit for a Quebec cook, work attestation found not genuine, five-year inadmissibility",
        notes="Heavy JPEG artefacts (quality 35). Date invented."))

# ---------------------------------------------------------------------------------------------
# en-21  TRV nested: truthfulness + travel history, Colombo 2021, NO DATE
body = letterhead("ircc", ["High Commission of Canada", "Colombo, Sri Lanka"]) + \
    meta([("Application:", "V318820475"), ("Client ID:", "77-1043-2280"), ("Name:", "Suresh PERERA")]) + \
    "<p>Dear Suresh Perera,</p>" + \
    "<p>After a careful review of your application and the documents you submitted, I have determined that your " \
    "application does not meet the requirements of the Act and Regulations. I am refusing your application for the " \
    "following reasons:</p><ul class='reasons'>" + \
    "<li>I am not convinced that you have truthfully answered all questions asked of you, as required by subsection 16(1) " \
    "of the IRPA. Specifically, you declared no previous refusals, whereas you were refused a visa to the United Kingdom in 2019.</li>" + \
    "<li>I am not convinced that you will return home at the end of your stay in Canada, as required by paragraph 179(b) " \
    "of the IRPR.<ul><li>Your past travel does not show that you have complied with the immigration laws of other countries.</li></ul></li></ul>" + \
    "<p>Any future application should address these concerns.</p><div class='sig'>Officer CMB-338</div>"
add("en-21-trv-truthfulness-colombo-nodate", page(body, font="dsans", size="10pt"), {"kind": "none"},
    lab(lang="en", date=None, app="V318820475", uci="7710432280", permit="visitor-visa", loc="outside-canada",
        grounds={"documents.truthfulness": [], "will-not-leave": ["travel-history"]}, layout="nested", degradation="none",
        notes="No date printed anywhere. Truthfulness finding (A16(1)) without a misrepresentation finding. 'return home' for leave; 'past travel' for travel history."))

# ---------------------------------------------------------------------------------------------
# en-22  CUSMA professional (T36), insufficient evidence, Los Angeles 2020
body = letterhead("ircc", ["Consulate General of Canada", "Immigration Program", "Los Angeles, California"]) + \
    "<p>July 7, 2020</p>" + meta([("UCI", "1132-9907"), ("Application", "W310058362"), ("Name", "Luis A. HERN\u00c1NDEZ")]) + \
    "<p>Dear Luis Hern\u00e1ndez,</p>" + \
    "<p>I have reviewed your application for a work permit as a professional under the Canada-United States-Mexico " \
    "Agreement (CUSMA), exemption code T36. I am refusing your application.</p>" + \
    "<p>A CUSMA professional must be a citizen of the United States or Mexico, be qualified to work in a profession " \
    "listed in Appendix 2 of Chapter 16, hold prearranged employment with a Canadian enterprise in that profession, and " \
    "meet the minimum education requirements or hold the alternative credentials specified.</p>" + \
    "<p>Insufficient evidence has been provided to establish that the duties of the position offered, as described in " \
    "your employer's letter, are those of an Engineer. The duties described correspond to those of a construction site " \
    "supervisor, which is not a listed profession. You have therefore not established that you meet the requirements " \
    "of the CUSMA professional category under R204(a).</p>" + \
    "<p>You may reapply with additional information.</p><div class='sig'>Officer LA-1812</div>"
add("en-22-wp-cusma-losangeles-2020", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2020-07-07", app="W310058362", uci="11329907", permit="work-permit", loc="outside-canada",
        grounds={"category-eligibility": []}, category="CUSMA professional (T36)", layout="sentences", degradation="none",
        notes="'Insufficient evidence' on a condition of the category: category-eligibility, not a documents ground. The list of CUSMA conditions is definition only."))

# ---------------------------------------------------------------------------------------------
# en-23  ICT C12 specialized knowledge, London 2021 -- scan, page upside down
body = letterhead("ircc", ["High Commission of Canada", "Migration Section", "Canada House, Trafalgar Square", "London, United Kingdom"]) + \
    "<p>03 Feb 2021</p>" + meta([("Application:", "W313329081"), ("UCI:", "1170-0345"), ("Applicant:", "Priya NAIR")]) + \
    "<p>Dear Priya Nair,</p>" + \
    "<p>Thank you for your interest in working in Canada. Your application for a work permit as an intra-company " \
    "transferee (specialized knowledge, C12) has been reviewed and is refused.</p>" + \
    "<p>Specialized knowledge requires both proprietary knowledge of the company's products or services and an advanced " \
    "level of expertise acquired through significant and recent experience with the organization. The evidence on file " \
    "describes general skills in software testing that are widely available in the Canadian labour market; it does not " \
    "show knowledge that is proprietary to the company or uncommon within it.</p>" + \
    "<p>Accordingly, the undersigned is not satisfied that you qualify as an intra-company transferee with specialized " \
    "knowledge under paragraph 205(a) of the Regulations.</p><div class='sig'>Officer LDN-55</div>"
add("en-23-wp-ict-london-2021-scan-upsidedown", page(body, font="serif", size="11pt"),
    {"kind": "scan", "dpi": 300, "rot": 0.7, "blur": 0.6, "noise": 0.3, "jpeg": 60, "pagerot": {1: 180}},
    lab(lang="en", date="2021-02-03", app="W313329081", uci="11700345", permit="work-permit", loc="outside-canada",
        grounds={"category-eligibility": []}, category="intra-company transferee, specialized knowledge (C12)",
        layout="sentences", degradation="scan-300dpi-rotated-180",
        notes="The page image is upside down (rotated 180 degrees)."))

# ---------------------------------------------------------------------------------------------
# en-24  LMIA-exempt offer not submitted through the Employer Portal, Seoul 2023
body = letterhead("ircc", ["Embassy of Canada", "Immigration Section", "Seoul, Republic of Korea"]) + \
    "<p>2023-05-30</p>" + meta([("Application number:", "W325570913"), ("UCI:", "11-8864-0217")]) + \
    "<p>Dear KIM Ji-ho,</p><p>After a careful review of your application and supporting documentation, I have " \
    "determined that your application does not meet the requirements of the IRPA and IRPR. I am refusing your " \
    "application for the following reason:</p><ul class='reasons'>" + \
    "<li>Your employer has not submitted an offer of employment for you through the IRCC Employer Portal and has not paid " \
    "the employer compliance fee, as required for LMIA-exempt positions under subparagraph 200(1)(c)(ii.1) of the IRPR. " \
    "The offer number you provided (A0928471) does not correspond to your name.</li></ul>" + \
    "<p>You may reapply once your employer has completed this step.</p><div class='sig'>Officer SEL-2180</div>"
add("en-24-wp-employer-portal-seoul-2023", page(body, font="dsans", size="10pt"), {"kind": "none"},
    lab(lang="en", date="2023-05-30", app="W325570913", uci="1188640217", permit="work-permit", loc="outside-canada",
        grounds={"job-offer.offer-of-employment": []}, layout="nested", degradation="none"))

# ---------------------------------------------------------------------------------------------
# en-25  TRV checkbox ASCII, medical exam not done -- FAX, Lima 2016
lines = [
    (False, "I am not satisfied that you will leave Canada at the end of your authorized stay (R179(b))."),
    (False, "You have not demonstrated sufficient funds for the duration of the stay."),
    (False, "You have not provided the documents requested."),
    (False, "You have not answered all questions truthfully."),
    (True, "You are inadmissible on health grounds / you have not completed the immigration medical examination "
           "required of you (A38, R30)."),
    (False, "You are inadmissible on criminality grounds (A36)."),
    (False, "You are inadmissible on security grounds (A34)."),
    (False, "Other: ______________________________"),
]
body = letterhead("cic", ["Embassy of Canada", "Visa Section", "Calle Bolognesi 228, Miraflores", "Lima, Peru"]) + \
    "<p>Lima, 22 February 2016</p>" + meta([("File No.:", "V304018826"), ("UCI:", "1071-8850")]) + \
    "<p>Sr. Carlos Alberto QUISPE MAMANI</p><p>Dear Sir:</p>" + \
    "<p>Your application for a temporary resident visa has been carefully considered and refused. The reasons that " \
    "apply are marked with an X:</p>" + "<br>".join("%s%s" % (box(t, "ascii"), x) for t, x in lines) + \
    "<p>Please note you may reapply at any time.</p><div class='sig'>Officer 0661, Visa Section Lima</div>"
add("en-25-trv-checkbox-medical-lima-2016-fax", page(body, font="mono", size="9.5pt"),
    {"kind": "fax", "rot": 0.8, "thr": 52},
    lab(lang="en", date="2016-02-22", app="V304018826", uci="10718850", permit="visitor-visa", loc="outside-canada",
        grounds={"inadmissibility.medical": []}, layout="checkbox", degradation="fax-g4-200dpi",
        notes="Only one of eight boxes ticked."))

# ---------------------------------------------------------------------------------------------
# en-26  WP checkbox, criminality, Warsaw 2013 -- phone photo JPEG
items = [
    (False, "You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident.",
     grid(factor_items(FACTORS_EN_B, set()), "glyph")),
    (False, "You have not demonstrated that you will be able to adequately perform the work you seek."),
    (False, "Funds insufficient."),
    (True, "You are a person described in paragraph 36(1)(b) of the Act (serious criminality): conviction outside "
           "Canada for an offence that would be punishable in Canada by a maximum term of at least 10 years."),
    (False, "Other:"),
]
body = letterhead("cic", ["Embassy of Canada", "Immigration Section", "ul. Jana Matejki 1/5", "Warsaw, Poland"]) + \
    "<p>Warsaw, 4 December 2013</p>" + meta([("UCI:", "6652-0119"), ("Application:", "W300871234")]) + \
    "<p>Mr. Andrzej KOWALCZYK</p><p>Dear Sir,</p><p>I have reviewed your application for a work permit. I am not satisfied " \
    "that you meet the requirements of the Act and Regulations, for the reasons checked below, and your application is refused.</p>" + \
    cblist(items, "glyph") + "<p>You may wish to seek information on rehabilitation.</p><div class='sig'>Officer WSW-12</div>"
add("en-26-wp-checkbox-criminality-warsaw-2013-photo", page(body, font="serif", size="11pt"),
    {"kind": "photo", "fmt": "jpg", "dpi": 105, "skew": 0.9, "rot": 1.0, "jpeg": 68},
    lab(lang="en", date="2013-12-04", app="W300871234", uci="66520119", permit="work-permit", loc="outside-canada",
        grounds={"inadmissibility.criminality": []}, layout="checkbox", degradation="photo",
        notes="Phone photo (JPEG) with perspective and shadow. Factor grid present but empty."))

# ---------------------------------------------------------------------------------------------
# en-27  first page lost: only page 2, the officer's notes -- scan
notes_page = "<p class='tiny'>Page 2 of 2</p><h3>Officer's decision notes</h3>" + \
    "<p class='tiny'>Application W340019652</p>" + \
    "<div class='notes'>PA applying for LMIA-exempt WP (C10 significant benefit) as a film colourist. PA is 29, single, " \
    "resides in Lagos. Employment letter from current employer is generic, no payslips. Travel: UK 2022, returned. " \
    "Funds: statements show NGN balance equivalent to CAD 3,900. Not satisfied funds sufficient for 12-month stay. " \
    "Not satisfied PA meets C10 requirements: no evidence that PA's work would bring significant benefit to Canada; " \
    "letters of support are from the employer only. PA's ties to Nigeria are limited. Weighing all factors, I am not " \
    "satisfied the PA would depart Canada at the end of the period authorized. Refused.</div>"
body_first = "<p>(page 1 of the letter - lost)</p>"
body = body_first + "<div class='pb'></div>" + notes_page
add("en-27-notes-only-page2-scan", page(body, font="sans", size="10.5pt"),
    {"kind": "scan", "dpi": 200, "rot": -1.4, "blur": 0.6, "noise": 0.4, "jpeg": 55, "pages": [2]},
    lab(doc="other", lang="en", date=None, app="W340019652", uci=None, permit="work-permit", loc="unknown",
        grounds={}, layout="unknown", degradation="scan-200dpi",
        notes="Only page 2 (the officer's decision notes) of a refusal was uploaded; the letter page is lost. Grounds {} and documentKind 'other' per the brief, although the notes discuss funds, C10 eligibility and departure. Layout 'unknown' (the contract's value) because the letter page is missing."))

# ---------------------------------------------------------------------------------------------
# en-28  SP nested with preamble; funds + Other; NO DATE
body = letterhead("ircc", ["Visa Section", "High Commission of Canada", "Lagos, Nigeria"]) + \
    meta([("Application:", "S320017745"), ("UCI:", "1150-7392")]) + \
    "<p>Dear Chiamaka OKAFOR,</p>" + \
    "<p>When assessing a study permit application, officers consider, among other things, the applicant's academic " \
    "history, the coherence of the study plan, the applicant's ties to the country of residence, and the funds " \
    "available for tuition and living expenses. All of these factors were considered in your case.</p>" + \
    "<p>I am refusing your application for the following reasons:</p><ul class='reasons'>" + \
    "<li>You have not shown that you have enough money to pay the tuition fees of your program and to support yourself " \
    "during your studies in Canada (R220).</li>" + \
    "<li>The letter of acceptance submitted is for a program intake (January 2023) that had already begun when your " \
    "application was assessed, and no deferral letter was provided.</li></ul>" + \
    "<p>You may reapply if you can address these concerns.</p><div class='sig'>Officer LOS-914</div>"
add("en-28-sp-preamble-funds-other-lagos-nodate", page(body, font="serif", size="11pt"), {"kind": "none"},
    lab(lang="en", date=None, app="S320017745", uci="11507392", permit="study-permit", loc="outside-canada",
        grounds={"insufficient-funds": [], "other": []},
        unrec=["The letter of acceptance submitted is for a program intake (January 2023) that had already begun when your application was assessed, and no deferral letter was provided."],
        layout="nested", degradation="none",
        notes="No date printed. The preamble (ties, study plan, funds) is a general description, not findings. Second bullet fits no catalogue ground -> other."))

# ---------------------------------------------------------------------------------------------
# en-29  WP checkbox + notes page, multi-page TIFF, Istanbul 2025
items = [
    (True, "The officer is not satisfied that you will leave Canada at the end of your stay (R200(1)(b)), having "
           "considered the following factors:", grid(factor_items(FACTORS_EN_B,
                                                    {"employment-prospects", "length-of-stay", "previous-contravention"}), "css")),
    (False, "You have not demonstrated that you would be able to perform the work sought."),
    (False, "You do not have sufficient funds."),
    (False, "Requested documents were not provided."),
    (False, "Other:"),
]
body = letterhead("ircc", ["Consulate General of Canada", "Immigration Section", "Istanbul, T\u00fcrkiye"]) + \
    meta([("Date:", "2025-08-19"), ("Application No.:", "W350662190"), ("UCI:", "10-4418-3377"),
          ("Applicant:", "Emre YILDIZ")]) + \
    "<p>Dear Emre Yildiz,</p><p>Your application for a work permit has been refused. I am not satisfied that you meet " \
    "the requirements of the Act and Regulations for the reasons marked below.</p>" + cblist(items, "css") + \
    "<p>You may reapply. The officer decision notes are attached.</p><div class='sig'>Officer IST-4021</div>" + \
    "<div class='pb'></div><h3>Officer decision notes</h3><div class='notes'>PA seeks LMIA-based WP as a welder in " \
    "Alberta, 24 months. PA previously held a visitor record in 2018 and remained 7 months beyond authorized period " \
    "before departing. Limited employment prospects in PA's field in his region per submissions. Proposed duration long " \
    "relative to ties. Funds on file appear adequate. Family: spouse in Turkiye. Not satisfied PA will depart. Refused.</div>"
add("en-29-wp-checkbox-notes-istanbul-2025-tiff", page(body, font="sans", size="10.5pt"),
    {"kind": "tiff", "dpi": 200},
    lab(lang="en", date="2025-08-19", app="W350662190", uci="1044183377", permit="work-permit", loc="outside-canada",
        grounds={"will-not-leave": ["employment-prospects", "length-of-stay", "previous-contravention"]},
        layout="checkbox", degradation="tiff-multipage-200dpi",
        notes="Two-page TIFF: page 1 checkbox letter (CSS boxes with X), page 2 officer decision notes (mention funds, family: not grounds)."))

# ---------------------------------------------------------------------------------------------
# en-30  TRV sentences, Port of Spain 2019 -- photo PNG
body = letterhead("ircc", ["High Commission of Canada", "Immigration Section", "Port of Spain, Trinidad and Tobago"]) + \
    "<p>18 June 2019</p>" + meta([("Application:", "V309931548"), ("UCI:", "1101-4470")]) + \
    "<p>Dear Keisha Marie JOSEPH,</p><p>Your application for a temporary resident visa has been refused. The undersigned " \
    "is not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 179(b) of the IRPR, " \
    "based on your immigration status in your country of residence and on your family ties in Canada and in your country " \
    "of residence.</p><p>You may reapply if you can respond to these concerns.</p><div class='sig'>Officer POS-33</div>"
add("en-30-trv-sentences-portofspain-2019-photo", page(body, font="dserif", size="11.5pt"),
    {"kind": "photo", "fmt": "png", "dpi": 95, "skew": 1.4, "rot": 2.0},
    lab(lang="en", date="2019-06-18", app="V309931548", uci="11014470", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["immigration-status", "family-ties"]}, layout="sentences", degradation="photo",
        notes="Two factors in one sentence, third person 'The undersigned'."))

# ---------------------------------------------------------------------------------------------
# en-31  in-Canada restoration refused: more than 90 days -> 'other'; without status, must leave
body = letterhead("ircc", ["IRCC", "Case Processing Centre \u2013 Edmonton"]) + \
    meta([("Date:", "November 27, 2020"), ("UCI:", "1093-5512"), ("Application:", "W309978003")]) + \
    "<p>Dear Ravi SHANKAR,</p>" + \
    "<p>This letter refers to your application for restoration of temporary resident status and for a work permit " \
    "supported by a Labour Market Impact Assessment. Your application is refused.</p>" + \
    "<p>Your application for restoration was received on 2020-10-14, more than 90 days after you lost your temporary " \
    "resident status on 2020-06-30. As the application was not made within the period set out in section 182 of the " \
    "Regulations, your status cannot be restored, and the work permit cannot be issued.</p>" + \
    "<p>You do not have legal status in Canada. You must leave Canada immediately.</p><div class='sig'>Officer 61902</div>"
add("en-31-restoration-late-edmonton-2020", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="en", date="2020-11-27", app="W309978003", uci="10935512", permit="work-permit", loc="inside-canada",
        grounds={"other": []},
        unrec=["Your application for restoration was received on 2020-10-14, more than 90 days after you lost your temporary resident status on 2020-06-30. As the application was not made within the period set out in section 182 of the Regulations, your status cannot be restored, and the work permit cannot be issued."],
        restoration=False, leave=True, layout="in-canada", degradation="none",
        notes="The only reason is the late restoration application: no catalogue ground fits -> other. Restoration not available (90 days passed; the refused application was itself a restoration)."))
