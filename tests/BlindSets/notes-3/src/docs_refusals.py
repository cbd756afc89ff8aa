"""Refusal letters n3-01 .. n3-14, each with the officer's decision notes attached."""
from templates import esc, page, letterhead, ids_block, notes_block, notes_text

W = "will-not-leave"
def f(x): return f"will-not-leave.{x}"

def boxes(items):
    """items: (glyph, text) rows; glyph printed as is (ticked or empty)"""
    return "".join(f'<div class="box" style="margin-left:{ind}em">{esc(g)} {esc(t)}</div>' for g, t, ind in items)

def ul(items):
    return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"

DOCS = []
def add(**k): DOCS.append(k)

# ---------------------------------------------------------------- n3-01 EN study, nested, Chinook-style paragraph notes
n = [
    "I have reviewed the application and the documents submitted. I have considered the following factors in my decision. PA is 31, single, citizen of Ghana, applying for a Graduate Certificate in Project Management at a college in Ontario. ",
    "Tuition deposit of CAD 8,200 paid. ",
    ("purpose.study-regression", f("purpose-of-visit"), "PA already holds an MBA from the University of Ghana; the proposed certificate is at a lower academic level than studies already completed"),
    ". ",
    ("purpose.available-at-home", f("purpose-of-visit"), "comparable project management programs are offered in Accra at a fraction of the cost"),
    " and the study plan does not explain why the Canadian program is preferred. ",
    ("funds.unexplained-deposit", f("assets-finances"), "Savings account shows a single credit of GHS 190,000 two weeks before submission with no explanation of where it came from"),
    ". I have given less weight to the positive factors for these reasons. Weighing the factors in this application, I am not satisfied that the applicant will leave Canada at the end of the period authorized for their stay. Application refused.",
]
body = (letterhead("en", "Visa Section<br>High Commission of Canada<br>Accra, Ghana")
 + ids_block("en", "2023-11-14", "S307451186", "1129-446031", "Ms. Abena Owusu-Mensah")
 + "<p>Dear Abena Owusu-Mensah:</p><p>Thank you for your interest in studying in Canada. After a careful review of your study permit application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing your application for the following reasons:</p>"
 + ul(["I am not satisfied that you will leave Canada at the end of your stay as required by paragraph 216(1)(b) of the IRPR.",
       "Your proposed studies are not reasonable in light of your qualifications, previous studies and the documentation provided; the purpose of your visit is not consistent with a temporary stay.",
       "Your assets and financial situation are not sufficient to support the stated purpose of travel for yourself."])
 + "<p>You are welcome to submit a new application if you can address the concerns noted above. Any new application must be accompanied by the processing fee.</p><p>Officer 40117<br>Visa Section</p>"
 + notes_block("en", "Officer decision notes", n, "Application S307451186 - Decision: Refused - 2023-11-14"))
add(base="n3-01", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2023-11-14", "applicationNumber": "S307451186", "uci": "1129446031", "permitType": "study-permit", "decisionLocation": "outside-canada"},
    grounds={W: [f("purpose-of-visit"), f("assets-finances")]}, layout="nested", degradation="none",
    source="invented; notes frame after the GCMS notes quoted in Sani v Canada 2024 FC 396 (https://taxinterpretations.com/content/783225)",
    note="Tuition deposit sentence is a positive finding, not a concern. UCI printed 1129-446031 (odd grouping).")

# ---------------------------------------------------------------- n3-02 EN work permit, 'as stipulated' sentences, CAPITALS notes
n = [
    "PA 36 YO CITIZEN OF INDIA APPLYING FOR LMIA BASED WP AS COOK (NOC 63200, TEER 3). LMIA POSITIVE AND NAME MATCHES. ",
    ("travel.none", f("travel-history"), "NO PREVIOUS TRAVEL OUTSIDE INDIA"),
    ". ",
    ("ties.not-established", f("current-employment"), "EMPLOYMENT LETTER FROM DHABA SHOWS PA EMPLOYED ONLY SINCE 03/2018, NO PAY RECORDS OR BANK CREDITS OF SALARY TO CONFIRM"),
    ". LMIA REQUIRES 2 YRS COMMERCIAL COOKING. ",
    ("job.experience-insufficient", "ability-to-perform-work", "REFERENCE LETTERS DO NOT SHOW 2 YRS AS COOK, DUTIES LISTED ARE HELPER DUTIES"),
    ". ",
    ("language.no-evidence", "ability-to-perform-work", "NO IELTS OR OTHER EVIDENCE OF ENGLISH ABILITY ON FILE"),
    " DESPITE LMIA LISTING ENGLISH AS REQUIRED. GIVEN THE ABOVE QUESTION BF OF PA. ON BALANCE NOT SATISIFED PA WOULD DEPART CDA AT END OF AUTHORIZED STAY OR THAT HE CAN PERFORM THE WORK. R200(1)(B) AND R200(3)(A). REFUSED.",
]
body = (letterhead("en", "Visa Section<br>High Commission of Canada<br>New Delhi, India", old=False)
 + ids_block("en", "June 27, 2019", "W303318847", "11-0587-2294", "Mr. Gurpreet Singh Dhillon")
 + "<p>Dear Applicant:</p><p>This refers to your application for a work permit. I have reviewed your application and I have determined that it does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing your application for the following reasons.</p>"
 + "<p>You have not demonstrated that you will be able to adequately perform the work you seek, as required by paragraph 200(3)(a) of the Immigration and Refugee Protection Regulations.</p>"
 + "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on your travel history.</p>"
 + "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in paragraph 200(1)(b) of the IRPR, based on your current employment situation.</p>"
 + "<p>You are welcome to reapply if you feel that you can respond to these concerns and demonstrate that you meet the requirements.</p><p>Officer RKB<br>Visa Section, New Delhi</p>"
 + notes_block("en", "GCMS notes - decision", n, "W303318847 / 2019-06-27 / RKB"))
add(base="n3-02", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2019-06-27", "applicationNumber": "W303318847", "uci": "1105872294", "permitType": "work-permit", "decisionLocation": "outside-canada"},
    grounds={W: [f("travel-history"), f("current-employment")], "ability-to-perform-work": []}, layout="sentences", degradation="scan-200dpi",
    source="invented; CAPITALS style after CAIPS notes in Sadiq 2015 FC 955 (as cited in officer-notes.md), structure after Kumar 2020 FC 935",
    note="'LMIA POSITIVE AND NAME MATCHES' positive. 'QUESTION BF OF PA' and the ON BALANCE sentence are conclusion, not concerns. Typo SATISIFED intentional.")

# ---------------------------------------------------------------- n3-03 FR study, nested FR, French notes
n = [
    "Demande de permis d'études - programme de maîtrise en gestion, université au Québec. DP 27 ans, célibataire, citoyenne du Sénégal. CAQ au dossier. ",
    ("purpose.study-plan-weak", f("purpose-of-visit"), "La lettre de motivation reste générale et n'explique pas comment ce programme s'inscrit dans le parcours professionnel de la DP au Sénégal"),
    ". Financement assuré par un oncle résidant à Montréal ; ",
    ("funds.third-party-support", "insufficient-funds", "aucune preuve du lien de parenté ni des revenus de l'oncle n'a été fournie"),
    ". ",
    ("funds.transaction-history", "insufficient-funds", "Seule une attestation de solde bancaire a été produite, sans relevés permettant de voir les mouvements du compte"),
    ". ",
    ("ties.family-in-canada", f("family-ties"), "La mère et deux frères de la DP vivent déjà au Canada, ce qui constitue un facteur d'attraction important"),
    ". Après avoir pesé l'ensemble des éléments, je ne suis pas convaincue que la DP quittera le Canada à la fin de son séjour. Demande refusée.",
]
body = (letterhead("fr", "Section des visas<br>Ambassade du Canada<br>Dakar, Sénégal")
 + ids_block("fr", "le 9 août 2022", "S309920471", "1187-3360-42", "Madame Aminata Ndiaye")
 + "<p>Madame,</p><p>Nous vous remercions de l'intérêt que vous portez aux études au Canada. Après un examen attentif de votre demande et des documents à l'appui, j'ai déterminé que votre demande ne satisfait pas aux exigences de la Loi sur l'immigration et la protection des réfugiés et de son règlement. Je refuse votre demande pour les raisons suivantes :</p>"
 + ul(["Je ne suis pas convaincue que vous quitterez le Canada à la fin de votre séjour, comme l'exige l'alinéa 216(1)b) du RIPR.",
       "Vous avez des liens familiaux importants au Canada.",
       "L'objet de votre visite n'est pas compatible avec un séjour temporaire compte tenu des renseignements fournis dans votre demande.",
       "Vous n'avez pas démontré que vous disposez de ressources financières suffisantes pour acquitter vos frais de scolarité et subvenir à vos besoins pendant vos études, comme l'exige l'article 220 du RIPR."])
 + "<p>Vous pouvez présenter une nouvelle demande si vous êtes en mesure de répondre aux préoccupations mentionnées ci-dessus.</p><p>Agente 0873<br>Section des visas</p>"
 + notes_block("fr", "Notes de décision de l'agent", n, "S309920471 - Refusée - 2022-08-09"))
add(base="n3-03", kind="refusal-letter", lang="fr", html=page(body), notes=n,
    letter={"date": "2022-08-09", "applicationNumber": "S309920471", "uci": "1187336042", "permitType": "study-permit", "decisionLocation": "outside-canada"},
    grounds={W: [f("family-ties"), f("purpose-of-visit")], "insufficient-funds": []}, layout="nested", degradation="none",
    source="invented; French court rendering 'notes de l'agent au SMGC' per Akomolafe 2016 CF 472 (https://decisions.fct-cf.gc.ca/fc-cf/decisions/fr/item/144204/index.do)",
    note="R220 funds sentence is a separate insufficient-funds ground; funds concerns mapped to it (default).")

# ---------------------------------------------------------------- n3-04 EN visitor, checkbox [X], bullet shorthand notes
n = [
    "- TRV to visit daughter (PR) in Brampton, 6 mths\n",
    "- ", ("travel.previous-refusal", f("travel-history"), "prev TRV refused 2014 and 2015, UK visa refused 2015"), "\n",
    "- ", ("ties.family-in-canada", f("family-ties"), "2 of 3 children in Cda, 3rd in USA"), "\n",
    "- ", ("employment.unemployed", f("current-employment"), "PA retired, no pension docs"), "\n",
    "- ", ("ties.limited-assets", f("assets-finances"), "no property in own name, bank bal Rs 41,000"), "\n",
    "- ", ("other", None, "Invitation letter from host unsigned and undated"), "\n",
    "- on balance not satisfied PA bf TR. Refused R179(b).",
]
it = [("[X]", "You have not satisfied me that you would leave Canada at the end of your stay as a temporary resident. In reaching this decision, I considered several factors, including:", 0),
      ("[X]", "travel history", 2), ("[ ]", "purpose of visit", 2), ("[ ]", "employment prospects in country of residence", 2),
      ("[ ]", "length of proposed stay in Canada", 2), ("[X]", "family ties in Canada and in country of residence", 2),
      ("[X]", "personal assets and financial status", 2), ("[ ]", "current employment situation", 2),
      ("[ ]", "immigration status in country of residence", 2),
      ("[ ]", "your history of having contravened the conditions of admission on a previous stay in Canada", 2),
      ("[ ]", "You have not satisfied me that you have sufficient and available funds to carry out the purpose of your visit.", 0),
      ("[ ]", "You have not provided all the documents requested.", 0),
      ("[ ]", "Other:", 0)]
body = (letterhead("en", "Visa Section<br>High Commission of Canada<br>Colombo, Sri Lanka", old=True)
 + ids_block("en", "March 3, 2016", "V302115903", "7732-9018", "Mrs. Kamala Perera")
 + "<p>Dear Kamala Perera,</p><p>I have reviewed your application for a temporary resident visa. I am not satisfied that you meet the requirements of the Act and the Regulations. I am therefore refusing your application.</p><p>The following box(es) indicate the reason(s):</p>"
 + boxes(it) + "<p>You may reapply if you can address the concerns noted above.</p><p>Visa Officer (C.M.)</p>"
 + notes_block("en", "Decision notes", n, "V302115903  2016/03/03  CM2"))
add(base="n3-04", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2016-03-03", "applicationNumber": "V302115903", "uci": "77329018", "permitType": "visitor-visa", "decisionLocation": "outside-canada"},
    grounds={W: [f("travel-history"), f("family-ties"), f("assets-finances")]}, layout="checkbox", degradation="fax-g4-200x100dpi",
    source="invented; checklist letter form as described in Puida 2014 FC 781 (https://taxinterpretations.com/node/431407)",
    note="employment.unemployed supports current-employment which is NOT ticked: concern kept, no finding. 'other' concern groundId null. 'Other:' box empty.")

# ---------------------------------------------------------------- n3-05 EN inside Canada, spousal OWP category
n = [
    "Applicant applied in Canada for an open work permit as the spouse of a worker (C41). Spouse holds a work permit valid to 2026-02-11 as a retail store supervisor. ",
    ("other", None, "Spouse's occupation (NOC 62010) is TEER 2 but the LMIA exempt job offer letter and pay stubs show duties of a cashier, TEER 5"),
    ". ",
    ("credibility.inconsistency", "category-eligibility", "Marriage certificate dated 2023-04-02 while the IMM 5645 declares the couple married since 2021"),
    "; no explanation on file. Not satisfied applicant meets R205(c)(ii) / C41 requirements. Refused.",
]
body = (letterhead("en", "IRCC<br>Case Processing Centre<br>Edmonton, AB  T5J 4C3")
 + ids_block("en", "2024-10-21", "W310774520", "1121-884-903".replace("-", ""), "Ms. Yasmin Haddad")
 + "<p>Dear Yasmin Haddad,</p><p>This letter refers to your application for a work permit. Your application as requested is refused.</p>"
 + "<p>You have applied for an open work permit as the spouse or common-law partner of a foreign worker under paragraph 205(c)(ii) of the Immigration and Refugee Protection Regulations (exemption code C41). To qualify, the principal foreign worker must hold a valid work permit in an occupation in TEER category 0, 1, 2 or 3 and the relationship must be genuine. You have not established that you meet the eligibility requirements of this category, as the principal foreign worker's employment does not fall within an eligible TEER category.</p>"
 + "<p>Your temporary resident status has expired. You may apply to restore your status within 90 days of losing it, as set out in section 182 of the Regulations, by submitting the appropriate application and fees. If you do not apply for restoration, you must leave Canada immediately.</p><p>Sincerely,<br>Officer 5PX<br>Case Processing Centre Edmonton</p>"
 + notes_block("en", "Officer's decision notes", n, "W310774520 - Refused"))
add(base="n3-05", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2024-10-21", "applicationNumber": "W310774520", "uci": "1121884903", "permitType": "work-permit", "decisionLocation": "inside-canada"},
    grounds={"category-eligibility": []}, category="spousal open work permit (C41)", layout="in-canada", degradation="none",
    restoration=True, mustLeave=True,
    source="invented; in-Canada short form 'Your application as requested is refused' per refusal-letters.md",
    note="Category named in letter = spouse of foreign worker, C41. Listed eligibility conditions (valid permit, genuine relationship) are definition, not extra reasons. credibility concern mapped to category-eligibility (the ground the letter relies on); relationship genuineness not a stated reason of the letter.")

# ---------------------------------------------------------------- n3-06 FR work permit, ability + genuineness, French notes with CNP/FEER
n = [
    "Demande de PT fondée sur une EIMT favorable - poste de mécanicien de véhicules lourds (CNP 72410, FEER 2) à Saint-Hyacinthe. EIMT valide, nom du DP conforme. ",
    ("job.employer-genuineness", "job-offer.genuineness", "L'entreprise a été immatriculée il y a huit mois, l'adresse du lieu de travail correspond à une résidence et aucun état financier n'a été fourni"),
    ". ",
    ("job.reference-letters-weak", "ability-to-perform-work", "Les attestations d'emploi ne précisent ni les tâches ni les heures travaillées et ne portent aucune signature"),
    ". ",
    ("language.below-requirement", "ability-to-perform-work", "Résultat TEF Canada : NCLC 4 en compréhension orale, alors que l'EIMT exige un français fonctionnel pour lire les manuels d'entretien"),
    ". Tout bien considéré, je ne suis pas convaincu que le DP pourra exercer adéquatement l'emploi ni que l'offre est authentique. Refus R200(3)a) et R200(5).",
]
body = (letterhead("fr", "Section de l'immigration<br>Ambassade du Canada<br>Rabat, Maroc")
 + ids_block("fr", "17 janvier 2025", "W311204968", "11-2239-4817", "Monsieur Youssef El Amrani")
 + "<p>Monsieur,</p><p>Nous vous remercions de l'intérêt que vous portez au travail au Canada. Après avoir examiné attentivement votre demande et les documents présentés, j'ai conclu que votre demande ne satisfait pas aux exigences de la Loi sur l'immigration et la protection des réfugiés (LIPR) et du Règlement sur l'immigration et la protection des réfugiés (RIPR). Je refuse votre demande pour les motifs suivants :</p>"
 + ul(["Vous n'avez pas été en mesure de démontrer que vous serez en mesure d'exécuter adéquatement le travail que vous cherchez à exercer (alinéa 200(3)a) du RIPR).",
       "Je ne suis pas convaincu que l'offre d'emploi est authentique, au sens du paragraphe 200(5) du RIPR."])
 + "<p>Toute nouvelle demande devrait répondre aux préoccupations énoncées ci-dessus.</p><p>Agent AF-22<br>Section de l'immigration</p>"
 + notes_block("fr", "Notes de l'agent", n, "W311204968 / 2025-01-17"))
add(base="n3-06", kind="refusal-letter", lang="fr", html=page(body), notes=n,
    letter={"date": "2025-01-17", "applicationNumber": "W311204968", "uci": "1122394817", "permitType": "work-permit", "decisionLocation": "outside-canada"},
    grounds={"ability-to-perform-work": [], "job-offer.genuineness": []}, layout="nested", degradation="scan-300dpi",
    source="invented; genuineness factors after IRCC genuineness instructions (as cited in officer-notes.md) and Brar 2025 FC 130",
    note="'EIMT valide, nom du DP conforme' positive.")

# ---------------------------------------------------------------- n3-07 EN study extension inside Canada, lowercase run-on notes
n = [
    "spe application to extend SP at college in surrey BC, PA in cda since 2021. ",
    ("other", None, "transcript shows PA failed 4 of 6 courses in last two terms and was placed on academic probation"),
    ", ",
    ("funds.insufficient", "insufficient-funds", "bank stmt balance $3,410 does not cover remaining tution of $14,800 plus living costs"),
    ", ",
    ("purpose.not-temporary", f("purpose-of-visit"), "PA has an active EE profile and the study plan says the goal is to 'settle in BC'"),
    " - not satisfied the stay is for studies and temporary. refused R216(1)(b), R220.",
]
body = (letterhead("en", "Immigration, Refugees and Citizenship Canada<br>Operations Support Centre<br>Ottawa ON  K1A 1L1")
 + ids_block("en", "5 May 2025", "S313906642", "1118207759", "Mr. Harjot Sandhu")
 + "<p>Dear Harjot Sandhu,</p><p>Thank you for your application to extend your study permit. After a careful review of your application and supporting documentation, I have determined that it does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing your application for the following reasons:</p>"
 + ul(["You have not established that you have sufficient and available financial resources, without working in Canada, to pay the tuition fees for your course and to maintain yourself during your studies (section 220 of the Regulations).",
       "I am not satisfied that you will leave Canada at the end of your stay, as required by paragraph 216(1)(b); the purpose of your stay is not consistent with a temporary stay given the details provided in your application."])
 + "<p>As your status has expired, you are no longer authorized to study in Canada. You may be eligible to apply for restoration of your temporary resident status within 90 days of losing it (R182). If you do not, you must leave Canada.</p><p>Officer BT-0419</p>"
 + notes_block("en", "Decision notes", n, "Application S313906642"))
add(base="n3-07", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2025-05-05", "applicationNumber": "S313906642", "uci": "1118207759", "permitType": "study-permit", "decisionLocation": "inside-canada"},
    grounds={"insufficient-funds": [], W: [f("purpose-of-visit")]}, layout="nested", degradation="none",
    restoration=True, mustLeave=True,
    source="invented",
    note="Typo 'tution' intentional (quote includes it). Academic progress has no concern id -> other.")

# ---------------------------------------------------------------- n3-08 EN visitor, sentences B, bullet notes
n = [
    "* PA 24 yo, single, student, applying to visit cousin in Calgary for 5 months\n",
    "* ", ("ties.no-dependants", f("family-ties"), "single, no children, no dependants in Philippines"), "\n",
    "* ", ("purpose.not-temporary", f("purpose-of-visit"), "a 5 month visit during the academic year is not consistent with the stated studies at home"), "\n",
    "* ", ("travel.long-stays-abroad", f("travel-history"), "previous stay in UAE for 14 months on visit visa converted to employment"), "\n",
    "* weighed the factors, not satisfied PA will depart at end of authorized stay. Refused.",
]
body = (letterhead("en", "Immigration Section<br>Embassy of Canada<br>Manila, Philippines")
 + ids_block("en", "2018-09-12", "V306488102", "1107773215", "Ms. Maria Cristina Dela Cruz")
 + "<p>Dear Maria Cristina Dela Cruz:</p><p>I have reviewed your application for a Temporary Resident Visa. After careful review of your application and the supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act and Regulations.</p>"
 + "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in R179(b), based on your family ties in Canada and in your country of residence and the purpose of your visit.</p>"
 + "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in R179(b), based on the length of your proposed stay in Canada.</p>"
 + "<p>You may submit a new application if you feel that you can respond to these concerns.</p><p>Officer JL<br>Manila</p>"
 + notes_block("en", "Officer notes", n, "V306488102"))
add(base="n3-08", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2018-09-12", "applicationNumber": "V306488102", "uci": "1107773215", "permitType": "visitor-visa", "decisionLocation": "outside-canada"},
    grounds={W: [f("family-ties"), f("purpose-of-visit"), f("length-of-stay")]}, layout="sentences", degradation="scan-200dpi-rot180",
    source="invented; 'as stipulated in' form per paxlaw (https://www.paxlaw.ca/2021/03/28/study-permit-refusal-rejection-judicial-review/)",
    note="Two factors in one sentence. travel.long-stays-abroad supports travel-history which the letter does not cite: concern only. Whole document rotated 180 deg.")

# ---------------------------------------------------------------- n3-09 FR visitor, checkbox with ballot glyphs, notes in English
n = [
    "Applicant is a citizen of Haiti residing in Santiago, Chile, applying for TRV to attend a conference in Montreal (7 days). ",
    ("status.temporary-in-residence-country", f("immigration-status"), "PA holds a temporary residence permit in Chile valid only until 2021-12-30"),
    ". ",
    ("ties.not-established", f("current-employment"), "Employment as warehouse clerk since 2020 is not supported by contracts or salary records"),
    ". ",
    ("travel.none", f("travel-history"), "No travel apart from the move from Haiti to Chile"),
    ". On balance not satisfied PA is a bona fide visitor. Refused.",
]
it = [("☒", "Vous ne m'avez pas convaincu que vous quitteriez le Canada à la fin de votre séjour à titre de résident temporaire. Pour prendre cette décision, j'ai tenu compte de plusieurs facteurs, notamment :", 0),
      ("☒", "vos antécédents de voyage", 2), ("☐", "l'objet de votre visite", 2), ("☐", "vos perspectives d'emploi dans votre pays de résidence", 2),
      ("☐", "la durée du séjour proposé au Canada", 2), ("☐", "vos liens familiaux au Canada et dans votre pays de résidence", 2),
      ("☐", "vos biens personnels et votre situation financière", 2), ("☒", "votre situation d'emploi actuelle", 2),
      ("☒", "votre statut d'immigrant dans votre pays de résidence", 2),
      ("☐", "Vous ne m'avez pas convaincu que vous disposez de fonds suffisants pour votre séjour.", 0),
      ("☐", "Autre :", 0)]
body = (letterhead("fr", "Section des visas<br>Ambassade du Canada<br>Santiago, Chili")
 + ids_block("fr", "2021-06-08", "V309117254", "1160-2284-71", "Monsieur Jean-Robert Pierre")
 + "<p>Monsieur,</p><p>J'ai étudié votre demande de visa de résident temporaire. Je ne suis pas convaincu que vous satisfaites aux exigences de la Loi et du Règlement. Par conséquent, je refuse votre demande.</p><p>Le(s) motif(s) coché(s) ci-dessous s'applique(nt) :</p>"
 + boxes(it) + "<p>Vous pouvez présenter une nouvelle demande.</p><p>Agent des visas - ST3</p>"
 + notes_block("fr", "Notes de l'agent (SMGC)", n, "V309117254"))
add(base="n3-09", kind="refusal-letter", lang="fr", html=page(body), notes=n,
    letter={"date": "2021-06-08", "applicationNumber": "V309117254", "uci": "1160228471", "permitType": "visitor-visa", "decisionLocation": "outside-canada"},
    grounds={W: [f("travel-history"), f("current-employment"), f("immigration-status")]}, layout="checkbox", degradation="none",
    source="invented; English notes behind a French letter as in Kaji 2025 CF 1576 (cited in officer-notes.md)",
    note="Letter French, notes English; language fr (the letter's). Glyphs U+2612/U+2610.")

# ---------------------------------------------------------------- n3-10 FR ICT category, French notes
n = [
    "Demande de PT à titre de personne mutée à l'intérieur d'une société, connaissances spécialisées (C12). ",
    ("job.employer-genuineness", "category-eligibility", "L'entité canadienne a été constituée il y a sept mois et rien ne montre qu'elle exerce des activités à l'adresse déclarée"),
    ". ",
    ("credibility.inconsistency", "category-eligibility", "Le CV indique que le DP occupe le poste d'analyste depuis 2023, alors que l'organigramme le place comme stagiaire"),
    ". ",
    ("other", None, "Aucune preuve que le DP a travaillé à temps plein pour la société mère pendant au moins un an au cours des trois dernières années"),
    ". Exigences de R205a) non démontrées. Refus.",
]
body = (letterhead("fr", "Section des visas<br>Ambassade du Canada<br>Paris, France")
 + ids_block("fr", "le 3 mars 2025", "W312558019", "1134-5567-20", "Monsieur Karim Benali")
 + "<p>Monsieur,</p><p>Après un examen approfondi de votre demande de permis de travail et des pièces justificatives, je conclus que votre demande ne répond pas aux exigences de la LIPR et du RIPR, et je la refuse pour le motif suivant :</p>"
 + ul(["Vous n'avez pas démontré que vous satisfaites aux exigences d'admissibilité à titre de personne mutée à l'intérieur d'une société dans la catégorie des connaissances spécialisées (C12), aux termes de l'alinéa 205a) du RIPR."])
 + "<p>Vous pouvez présenter une nouvelle demande si votre situation change.</p><p>Agente des visas</p>"
 + notes_block("fr", "Notes de décision de l'agent", n, "W312558019"))
add(base="n3-10", kind="refusal-letter", lang="fr", html=page(body), notes=n,
    letter={"date": "2025-03-03", "applicationNumber": "W312558019", "uci": "1134556720", "permitType": "work-permit", "decisionLocation": "outside-canada"},
    grounds={"category-eligibility": []}, category="intra-company transferee, specialized knowledge (C12)", layout="nested", degradation="none",
    source="invented; C12 letter form after refusal-letters.md category row (wording recast in French)",
    note="Employer and CV concerns mapped to category-eligibility (the ground relied on, 'also fits' logic). One-year-employment concern has no id -> other.")

# ---------------------------------------------------------------- n3-11 EN study, sentences, one paragraph notes
n = [
    "Reviewed application for a Diploma in Business Administration. Parents are sponsoring; father is said to own a trading business. ",
    ("funds.income-not-documented", f("assets-finances"), "No business registration, tax returns or financial statements were provided for the father's business"),
    ", and ",
    ("funds.source-unclear", f("assets-finances"), "the origin of the fixed deposits totalling NGN 22,000,000 is not documented"),
    ". ",
    ("purpose.available-at-home", f("purpose-of-visit"), "Similar business diplomas are widely available in Lagos at a much lower cost"),
    ". Limited employment prospects after the program were also weighed. Not satisfied PA will depart Canada at the end of the authorized period. Refused.",
]
body = (letterhead("en", "Visa Office<br>High Commission of Canada<br>Lagos / Accra")
 + ids_block("en", "December 2, 2020", "S308805531", "1149903318", "Mr. Chinedu Okafor")
 + "<p>Dear Chinedu Okafor,</p><p>I have reviewed your application for a study permit and I have determined that it does not meet the requirements of the Immigration and Refugee Protection Act and Regulations. I am refusing your application.</p>"
 + "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in s. 216(1)(b) IRPR, based on the limited employment prospects in your country of residence.</p>"
 + "<p>I am not satisfied that you will leave Canada at the end of your stay, as stipulated in s. 216(1)(b) IRPR, based on your personal assets and financial status.</p>"
 + "<p>You are welcome to reapply.</p><p>Officer 31877</p>"
 + notes_block("en", "Officer decision note", n, "S308805531"))
add(base="n3-11", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2020-12-02", "applicationNumber": "S308805531", "uci": "1149903318", "permitType": "study-permit", "decisionLocation": "outside-canada"},
    grounds={W: [f("employment-prospects"), f("assets-finances")]}, layout="sentences", degradation="tiff-multipage-200dpi",
    source="invented",
    note="Funds concerns mapped to will-not-leave.assets-finances (ticked factor). 'Limited employment prospects ... were also weighed' restates a ground: no specific concern. purpose.available-at-home ground not relied on by letter.")

# ---------------------------------------------------------------- n3-12 FR inside Canada study extension, A16 documents
n = [
    "Demande de prolongation de PE (établissement d'enseignement à Montréal). Lettre du 2025-02-03 demandant le CAQ valide et les relevés de notes ; délai de 30 jours. ",
    ("documents.missing", "documents.not-provided", "Aucune réponse reçue : le CAQ renouvelé et les relevés de notes n'ont pas été fournis"),
    ". ",
    ("other", None, "Le CAQ au dossier est expiré depuis le 2025-01-31"),
    ". Refus en vertu du par. 16(1) LIPR.",
]
body = (letterhead("fr", "IRCC<br>Centre de traitement des demandes<br>Sydney (N.-É.)")
 + ids_block("fr", "2025-04-14", "S314220087", "11-4902-6675", "Madame Lina Ouédraogo")
 + "<p>Madame,</p><p>La présente concerne votre demande de permis d'études. Votre demande, telle que présentée, est refusée.</p>"
 + "<p>Le paragraphe 16(1) de la Loi sur l'immigration et la protection des réfugiés exige que l'auteur d'une demande réponde véridiquement aux questions qui lui sont posées et produise tous les éléments de preuve pertinents et documents que l'agent exige. Or, à ce jour, les documents demandés dans notre lettre du 3 février 2025 n'ont pas été fournis.</p>"
 + "<p>Vous n'êtes plus autorisée à étudier au Canada. Vous pouvez demander le rétablissement de votre statut dans les 90 jours suivant la perte de celui-ci (article 182 du RIPR). À défaut, vous devez quitter le Canada.</p><p>Agent(e) AR-57<br>CTD Sydney</p>"
 + notes_block("fr", "Notes de l'agent", n, "S314220087"))
add(base="n3-12", kind="refusal-letter", lang="fr", html=page(body), notes=n,
    letter={"date": "2025-04-14", "applicationNumber": "S314220087", "uci": "1149026675", "permitType": "study-permit", "decisionLocation": "inside-canada"},
    grounds={"documents.not-provided": []}, layout="in-canada", degradation="fax-pdf-200x100dpi",
    restoration=True, mustLeave=True, source="invented; A16(1) in-Canada paragraph form per refusal-letters.md, recast",
    note="Expired CAQ: an eligibility fact with no id -> other.")

# ---------------------------------------------------------------- n3-13 EN OWP spouse abroad, 2025 decision notes, typos
n = [
    "Application reviewed. PA applies for OWP to accompany spouse who holds a SP for a master's program in Halifax. ",
    ("ties.accompanying-family", f("family-ties"), "PA and both children would join the spouse in Canada, leaving no immediate family in Nepal"),
    ". ",
    ("funds.unexplained-deposit", "insufficient-funds", "Bank statment shows deposit of NPR 3,500,000 on 2025-08-20, one week before the application, no provenance on file"),
    ". ",
    ("credibility.inconsistency", "documents.truthfulness", "Marriage date on certificate (2019) differs from the date given in the application form (2017)"),
    ". Not satisfied funds are sufficient for the family of four. Application refused as per R200(1)(b).",
]
body = (letterhead("en", "Visa Section<br>High Commission of Canada<br>New Delhi, India (Nepal applications)")
 + ids_block("en", "October 6, 2025", "W315309926", "1190-4471-28", "Mr. Bikash Shrestha")
 + "<p>Dear Bikash Shrestha,</p><p>Thank you for your interest in working in Canada. After a careful review of your application and supporting documentation, I have determined that your application does not meet the requirements of the Immigration and Refugee Protection Act (IRPA) and the Immigration and Refugee Protection Regulations (IRPR). I am refusing your application for the following reasons:</p>"
 + ul(["I am not satisfied that you will leave Canada at the end of your stay as a temporary resident, as stipulated in paragraph 200(1)(b) of the IRPR.",
       "You do not have significant family ties outside Canada.",
       "Your assets and financial situation are insufficient to support the stated purpose of travel for yourself and the family members accompanying you."])
 + "<p>The officer decision notes are attached. Parts may have been withheld.</p><p>Officer NDH-114</p>"
 + notes_block("en", "Officer decision notes", n, "W315309926 - Refused 2025-10-06"))
add(base="n3-13", kind="refusal-letter", lang="en", html=page(body), notes=n,
    letter={"date": "2025-10-06", "applicationNumber": "W315309926", "uci": "1190447128", "permitType": "work-permit", "decisionLocation": "outside-canada"},
    grounds={W: [f("family-ties")], "insufficient-funds": []}, layout="nested", degradation="scan-150dpi-rot1.5",
    source="invented; sentence shapes after Ugorji 2025 FC 571 notes (as cited in officer-notes.md), not copied",
    note="Typo 'statment' intentional. credibility.inconsistency -> documents.truthfulness (default), letter does not rely on it. The 'Not satisfied funds are sufficient' sentence is the conclusion restating the funds ground.")

# ---------------------------------------------------------------- n3-14 FR visitor, 'compte tenu de' sentences, French notes with typos
n = [
    "DP 41 ans, commerçant, visite touristique de 3 mois. ",
    ("travel.previous-refusal", f("travel-history"), "Deux refus de visa Schengen en 2022 et 2023"),
    " ; aucun voyage réussi hors de la région. ",
    ("funds.transaction-history", f("assets-finances"), "Relevé bancaire d'un seul mois, insufisant pour évaluer la situation financière"),
    ". ",
    ("funds.unexplained-deposit", f("assets-finances"), "dépôt de 2 800 000 FCFA le 2024-05-02 dont l'origine n'est pas expliquée"),
    ". ",
    ("other", None, "Le billet d'avion réservé est un aller simple"),
    ". Tout bien pesé, demande refusée - R179b).",
]
body = (letterhead("fr", "Section des visas<br>Ambassade du Canada<br>Abidjan, Côte d'Ivoire")
 + ids_block("fr", "24 mai 2024", "V313640075", "1176-0029-83", "Monsieur Koffi Yao")
 + "<p>Monsieur,</p><p>Après un examen attentif de votre demande de visa de résident temporaire, j'ai établi qu'elle ne satisfait pas aux exigences de la LIPR et du RIPR.</p>"
 + "<p>Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, comme l'exige l'article 179b) du RIPR, compte tenu de vos antécédents de voyage.</p>"
 + "<p>Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, comme l'exige l'article 179b) du RIPR, compte tenu de vos biens personnels et de votre situation financière ainsi que de la durée du séjour proposé.</p>"
 + "<p>Vous pouvez présenter une nouvelle demande.</p><p>Agent KY-3</p>"
 + notes_block("fr", "Notes de l'agent", n, "V313640075"))
add(base="n3-14", kind="refusal-letter", lang="fr", html=page(body), notes=n,
    letter={"date": "2024-05-24", "applicationNumber": "V313640075", "uci": "1176002983", "permitType": "visitor-visa", "decisionLocation": "outside-canada"},
    grounds={W: [f("travel-history"), f("assets-finances"), f("length-of-stay")]}, layout="sentences", degradation="photo-jpeg-pdf",
    source="invented; court FR form 'compte tenu de' per refusal-letters.md, recast",
    note="Typo 'insufisant' intentional. One-way ticket has no concern id -> other (arguably length of stay). Two pages photographed, bundled as a PDF of JPEGs.")
