# -*- coding: utf-8 -*-
"""French letters of the grounds-2 blind set."""
from common import *  # noqa

LETTERS = []


def add(name, html_text, degr, label):
    LETTERS.append({"name": name, "html": html_text, "degr": degr, "label": label})


# ---------------------------------------------------------------------------------------------
# fr-01  TRV, cases ☒/☐, Dakar 2013 -- scan 200
items = [
    (True, "Je ne suis pas convaincue que vous quitterez le Canada \u00e0 la fin de la p\u00e9riode de s\u00e9jour autoris\u00e9e. "
           "Pour en arriver \u00e0 cette d\u00e9cision, j'ai tenu compte des \u00e9l\u00e9ments suivants :",
     cblist(factor_items(FACTORS_FR_A, {"travel-history", "current-employment"}), "glyph")),
    (True, "Vous n'avez pas d\u00e9montr\u00e9 que vous disposez de fonds suffisants et disponibles, sans travailler au Canada, "
           "pour subvenir \u00e0 vos besoins et \u00e0 ceux des membres de votre famille pendant le s\u00e9jour envisag\u00e9."),
    (False, "Vous n'avez pas fourni les documents ou renseignements demand\u00e9s par notre bureau (paragraphe 16(1) de la Loi)."),
    (False, "Je ne suis pas convaincue que vous avez r\u00e9pondu v\u00e9ridiquement aux questions qui vous ont \u00e9t\u00e9 pos\u00e9es."),
    (False, "Vous \u00eates interdit(e) de territoire au Canada aux termes de l'article ____ de la Loi."),
    (False, "Autre : ____________________________________"),
]
body = letterhead("cic", ["Section de l'immigration", "Ambassade du Canada", "Route de Ouakam", "Dakar, S\u00e9n\u00e9gal"]) + \
    "<p>Dakar, le 5 mars 2013</p>" + meta([("IUC :", "3310-2287"), ("Num\u00e9ro de demande :", "V302266190")]) + \
    "<p>Monsieur Mamadou DIALLO<br>Sicap Libert\u00e9 6, Dakar</p><p>Monsieur,</p>" + \
    "<p>Nous avons examin\u00e9 votre demande de visa de r\u00e9sident temporaire. Apr\u00e8s \u00e9tude de votre dossier, je ne suis pas " \
    "convaincue que vous satisfaites aux exigences de la Loi sur l'immigration et la protection des r\u00e9fugi\u00e9s et de son " \
    "R\u00e8glement, pour les motifs coch\u00e9s ci-dessous. Votre demande est donc refus\u00e9e.</p>" + cblist(items, "glyph") + \
    "<p>Vous pouvez pr\u00e9senter une nouvelle demande si vous estimez pouvoir r\u00e9pondre \u00e0 ces pr\u00e9occupations.</p>" + \
    "<div class='sig'>Agente des visas<br>Section de l'immigration, Dakar</div>"
add("fr-01-vrt-cases-dakar-2013-scan", page(body, font="serif", size="10.5pt"),
    {"kind": "scan", "dpi": 200, "rot": -1.8, "blur": 0.7, "noise": 0.5, "jpeg": 50},
    lab(lang="fr", date="2013-03-05", app="V302266190", uci="33102287", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["travel-history", "current-employment"], "insufficient-funds": []},
        layout="checkbox", degradation="scan-200dpi",
        notes="Feminine 'convaincue'. Two of nine factor boxes ticked."))

# ---------------------------------------------------------------------------------------------
# fr-02  SP, grille a deux colonnes, cases CSS X, Rabat 2016 -- FAX
items = [
    (True, "L'agent n'est pas convaincu que vous quitterez le Canada \u00e0 la fin de vos \u00e9tudes (alin\u00e9a 216(1)b) du RIPR), "
           "compte tenu des facteurs suivants :", grid(factor_items(FACTORS_FR_B, {"purpose-of-visit", "employment-prospects"}), "css")),
    (False, "Fonds insuffisants pour les droits de scolarit\u00e9 et les frais de subsistance (article 220 du RIPR)."),
    (False, "Documents demand\u00e9s non fournis (paragraphe 16(1) de la LIPR)."),
    (False, "Lettre d'acceptation non v\u00e9rifiable."),
    (False, "Autre :"),
]
body = letterhead("cic", ["Section des visas", "Ambassade du Canada", "66, avenue Mehdi Ben Barka, Souissi", "Rabat, Maroc"]) + \
    meta([("Date :", "le 27 juillet 2016"), ("Demande :", "S304480317"), ("IUC :", "11-0235-8804")]) + \
    "<p>Mademoiselle Salma EL AMRANI<br>F\u00e8s, Maroc</p><p>Madame,</p>" + \
    "<p>Votre demande de permis d'\u00e9tudes a \u00e9t\u00e9 examin\u00e9e et refus\u00e9e. Les motifs qui s'appliquent \u00e0 votre cas sont " \
    "indiqu\u00e9s par une case coch\u00e9e :</p>" + cblist(items, "css") + \
    "<p>Toute nouvelle demande devrait r\u00e9pondre aux motifs indiqu\u00e9s.</p><div class='sig'>Agent RBT-502</div>"
add("fr-02-pe-grille-rabat-2016-fax", page(body, font="sans", size="10pt"), {"kind": "fax", "rot": 0.9, "thr": 56},
    lab(lang="fr", date="2016-07-27", app="S304480317", uci="1102358804", permit="study-permit", loc="outside-canada",
        grounds={"will-not-leave": ["purpose-of-visit", "employment-prospects"]}, layout="checkbox",
        degradation="fax-g4-200dpi", notes="Two-column factor grid; two factors ticked; all other top-level boxes empty."))

# ---------------------------------------------------------------------------------------------
# fr-03  WP, [X]/[ ], Paris 2014, documents + Autre -- FAX
lines = [
    (False, "Je ne suis pas convaincu que vous quitterez le Canada \u00e0 la fin de votre s\u00e9jour (alin\u00e9a 200(1)b) du RIPR)."),
    (False, "Vous n'avez pas d\u00e9montr\u00e9 que vous seriez en mesure d'exercer ad\u00e9quatement l'emploi offert (al. 200(3)a))."),
    (True, "Les documents demand\u00e9s le 14 ao\u00fbt 2014 (dipl\u00f4mes, attestations d'emploi) ne nous sont pas parvenus "
           "(par. 16(1) LIPR)."),
    (False, "Vous ne disposez pas de fonds suffisants."),
    (False, "Interdiction de territoire (sanitaire / criminalit\u00e9 / s\u00e9curit\u00e9)."),
    (True, "Autre : <i>la dur\u00e9e du permis demand\u00e9e d\u00e9passe celle du contrat de travail soumis; l'offre ne peut \u00eatre retenue telle quelle.</i>"),
]
body = letterhead("cic", ["Service d'immigration", "Ambassade du Canada", "130, rue du Faubourg Saint-Honor\u00e9", "75008 Paris"]) + \
    "<p>Paris, le 2 octobre 2014</p>" + meta([("N/R\u00e9f. :", "W301992547"), ("IUC :", "5538-0061")]) + \
    "<p>Monsieur Karim BENSALAH</p><p>Monsieur,</p><p>J'ai le regret de vous informer que votre demande de permis de " \
    "travail est refus\u00e9e pour le ou les motifs indiqu\u00e9s d'un [X] :</p>" + \
    "<br>".join("%s%s" % (box(t, "ascii"), x) for t, x in lines) + \
    "<p>Veuillez agr\u00e9er, Monsieur, l'expression de nos sentiments distingu\u00e9s.</p><div class='sig'>Agent d'immigration PAR-17</div>"
add("fr-03-pt-ascii-paris-2014-fax", page(body, font="mono", size="9.5pt"), {"kind": "fax", "rot": -0.4, "thr": 54},
    lab(lang="fr", date="2014-10-02", app="W301992547", uci="55380061", permit="work-permit", loc="outside-canada",
        grounds={"documents.not-provided": [], "other": []},
        unrec=["la dur\u00e9e du permis demand\u00e9e d\u00e9passe celle du contrat de travail soumis; l'offre ne peut \u00eatre retenue telle quelle."],
        layout="checkbox", degradation="fax-g4-200dpi", notes="'Autre :' free-text reason -> other."))

# ---------------------------------------------------------------------------------------------
# fr-04  TRV, grille, cases ✓, Port-au-Prince 2018 -- FAX
items = [
    (True, "Il n'a pas \u00e9t\u00e9 d\u00e9montr\u00e9 que vous quitteriez le Canada \u00e0 la fin de votre s\u00e9jour (alin\u00e9a 179b) du RIPR). "
           "Facteurs pris en consid\u00e9ration :",
     grid(factor_items(FACTORS_FR_B, {"family-ties", "assets-finances", "immigration-status"}), "csscheck")),
    (False, "Ressources financi\u00e8res insuffisantes pour le s\u00e9jour."),
    (False, "Documents non fournis."),
    (False, "R\u00e9ponses non v\u00e9ridiques."),
    (False, "Autre :"),
]
body = letterhead("ircc-fr", ["Section de l'immigration", "Ambassade du Canada en Ha\u00efti", "Port-au-Prince"]) + \
    meta([("Date :", "2018-04-16"), ("Num\u00e9ro de demande :", "V307015582"), ("IUC :", "1104-7723")]) + \
    "<p>Madame Roseline PIERRE-LOUIS</p><p>Madame,</p><p>Nous avons d\u00e9termin\u00e9 que votre demande ne satisfait pas aux exigences " \
    "de la Loi sur l'immigration et la protection des r\u00e9fugi\u00e9s et de son R\u00e8glement. Nous refusons votre demande pour les " \
    "motifs coch\u00e9s ci-dessous.</p>" + cblist(items, "csscheck") + \
    "<p>Vous pouvez pr\u00e9senter une nouvelle demande.</p><div class='sig'>Agent PAP-0083</div>"
add("fr-04-vrt-grille-portauprince-2018-fax", page(body, font="sans", size="10pt"), {"kind": "fax", "rot": 0.3, "thr": 57},
    lab(lang="fr", date="2018-04-16", app="V307015582", uci="11047723", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["family-ties", "assets-finances", "immigration-status"]}, layout="checkbox",
        degradation="fax-g4-200dpi", notes="Passive 'Il n'a pas \u00e9t\u00e9 d\u00e9montr\u00e9 que vous quitteriez'; check marks in CSS boxes."))

# ---------------------------------------------------------------------------------------------
# fr-05  SP phrases, Ankara 2022 -- adapted from Hassanpour c Canada 2022 CF 1738
body = letterhead("ircc-fr", ["Ambassade du Canada", "Section des visas", "Ankara, T\u00fcrkiye"]) + \
    "<p>Le 7 f\u00e9vrier 2022</p>" + meta([("Num\u00e9ro de demande :", "S313306621"), ("IUC :", "1180-6635")]) + \
    "<p>Monsieur Mohammad M. HASSANI</p><p>Monsieur,</p>" + \
    "<p>Apr\u00e8s examen de votre demande de permis d'\u00e9tudes, j'ai conclu qu'elle ne r\u00e9pond pas aux exigences de la LIPR et du RIPR. " \
    "Je refuse votre demande pour les motifs suivants :</p>" + \
    "<p>L'agent n'est pas convaincu que vous quitterez le Canada au terme de votre s\u00e9jour, comme le pr\u00e9voit l'alin\u00e9a 216(1)b) " \
    "du RIPR, en raison de vos liens familiaux au Canada et dans votre pays de r\u00e9sidence.</p>" + \
    "<p>L'agent n'est pas convaincu que vous quitterez le Canada au terme de votre s\u00e9jour, comme le pr\u00e9voit l'alin\u00e9a 216(1)b) " \
    "du RIPR, en raison du but de votre visite.</p>" + \
    "<p>Vous pouvez pr\u00e9senter une nouvelle demande.</p><div class='sig'>Agent ANK-2210</div>"
add("fr-05-pe-phrases-ankara-2022", page(body, font="dserif", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date="2022-02-07", app="S313306621", uci="11806635", permit="study-permit", loc="outside-canada",
        grounds={"will-not-leave": ["family-ties", "purpose-of-visit"]}, layout="sentences", degradation="none",
        source="adapted from Hassanpour c. Canada, 2022 CF 1738 (https://decisions.fca-caf.gc.ca/fc-cf/decisions/fr/item/522662/index.do): study permit refused 7 Feb 2022 for a) family ties in Canada and country of residence and b) purpose of visit",
        notes="Office (Ankara) assumed; French letter reconstructed from the Court's French summary."))

# ---------------------------------------------------------------------------------------------
# fr-06  SP phrases, 2021 -- adapted from Ahmadnejad c Canada 2022 CF 558 -- scan 150
body = letterhead("ircc-fr", ["Section des visas", "Ambassade du Canada", "Ankara"]) + \
    meta([("Date", ": 1er avril 2021"), ("Demande", ": S310884520"), ("IUC", ": 11-0916-4428")]) + \
    "<p>Madame Anita AHMADI</p><p>Madame,</p>" + \
    "<p>Votre demande de permis d'\u00e9tudes a \u00e9t\u00e9 examin\u00e9e. Je ne suis pas convaincu que vous r\u00e9pondez aux exigences de la Loi<br>" \
    "et du R\u00e8glement, et je refuse votre demande pour le motif suivant :</p>" + \
    "<p>Je ne suis pas convaincu que vous quitteriez le Canada \u00e0 la fin de votre s\u00e9jour, tel que l'exige le paragraphe<br>" \
    "216(1) du R\u00e8glement sur l'immigration et la protection des r\u00e9fugi\u00e9s, compte tenu du but de votre s\u00e9jour.</p>" + \
    "<p>Vous pouvez pr\u00e9senter une nouvelle demande si vous estimez \u00eatre en mesure de r\u00e9pondre \u00e0 cette pr\u00e9occupation.</p>" + \
    "<div class='sig'>Agent des visas</div>"
add("fr-06-pe-phrases-2021-scan", page(body, font="serif", size="11pt"),
    {"kind": "scan", "dpi": 150, "rot": 2.2, "blur": 0.6, "noise": 0.5, "jpeg": 45},
    lab(lang="fr", date="2021-04-01", app="S310884520", uci="1109164428", permit="study-permit", loc="outside-canada",
        grounds={"will-not-leave": ["purpose-of-visit"]}, layout="sentences", degradation="scan-150dpi",
        source="adapted from Ahmadnejad c. Canada, 2022 CF 558 (https://decisions.fca-caf.gc.ca/fc-cf/decisions/fr/item/522311/index.do): study permit refused 1 April 2021 under 216(1), purpose of visit",
        notes="Conditional 'quitteriez'; 'le but de votre s\u00e9jour'; hard line breaks; 2.2 degree tilt."))

# ---------------------------------------------------------------------------------------------
# fr-07  WP ICT C12 + will-not-leave without factor -- adapted from Koshteh c Canada 2023 CF 1518
body = letterhead("ircc-fr", ["Ambassade du Canada", "Section de l'immigration", "Ankara, T\u00fcrkiye"]) + \
    "<p>2022-03-09</p>" + meta([("Demande :", "W314470962"), ("IUC :", "1166-3029"), ("Demandeur :", "Mahdi KARIMI KOSHAN")]) + \
    "<p>Monsieur,</p><p>Je vous remercie de l'int\u00e9r\u00eat que vous portez au Canada. Apr\u00e8s un examen attentif de votre demande de " \
    "permis de travail et des documents \u00e0 l'appui, j'ai d\u00e9termin\u00e9 qu'elle ne satisfait pas aux exigences de la LIPR et du " \
    "RIPR. Je refuse votre demande pour les raisons suivantes :</p><ul class='reasons'>" + \
    "<li>Vous n'avez pas \u00e9tabli que vous satisfaites aux conditions applicables aux personnes mut\u00e9es \u00e0 l'int\u00e9rieur d'une " \
    "soci\u00e9t\u00e9 (cadre de direction, code C12) au titre de l'alin\u00e9a 205a) du RIPR : la preuve ne d\u00e9montre pas que " \
    "l'entreprise canadienne est en mesure de commencer ses activit\u00e9s ni qu'elle justifiera un poste de direction.</li>" + \
    "<li>Je ne suis pas convaincu que vous quitterez le Canada \u00e0 la fin de la p\u00e9riode de s\u00e9jour autoris\u00e9e, comme " \
    "l'exige le paragraphe 200(1) du RIPR.</li></ul>" + \
    "<p>Toute demande future devrait r\u00e9pondre \u00e0 ces pr\u00e9occupations.</p><div class='sig'>Agent ANK-0391</div>"
add("fr-07-pt-mutation-c12-ankara-2022", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date="2022-03-09", app="W314470962", uci="11663029", permit="work-permit", loc="outside-canada",
        grounds={"category-eligibility": [], "will-not-leave": []}, category="intra-company transferee, executive/manager (C12)",
        layout="nested", degradation="none",
        source="adapted from Koshteh c. Canada, 2023 CF 1518 (https://decisia.lexum.com/fc-cf/decisions/fr/item/524421/index.do): C12 ICT refused for 205(a) and 200(1) (start-up of a Canadian subsidiary)",
        notes="will-not-leave stated with no factor. Date invented."))

# ---------------------------------------------------------------------------------------------
# fr-08  WP C11 entrepreneur, insufficient evidence -- adapted from Shahbazian c Canada 2023 CF 1556
body = letterhead("ircc-fr", ["Ambassade du Canada \u00e0 Ankara", "Programme d'immigration"]) + \
    "<p>Ankara, le 17 novembre 2022</p>" + meta([("N\u00b0 de demande :", "W315028847"), ("IUC :", "1172-4406")]) + \
    "<p>Monsieur Arman SHAHBAZI</p><p>Monsieur,</p>" + \
    "<p>Vous avez demand\u00e9 un permis de travail dispens\u00e9 d'une \u00e9tude d'impact sur le march\u00e9 du travail au titre de la " \
    "cat\u00e9gorie des entrepreneurs et travailleurs autonomes (code C11, alin\u00e9a 205a) du RIPR). Cette cat\u00e9gorie exige que " \
    "l'entreprise propos\u00e9e cr\u00e9e ou conserve des d\u00e9bouch\u00e9s ou des avantages sociaux, culturels ou \u00e9conomiques " \
    "importants pour les citoyens canadiens ou les r\u00e9sidents permanents.</p>" + \
    "<p>Les \u00e9l\u00e9ments de preuve pr\u00e9sent\u00e9s sont insuffisants pour \u00e9tablir que votre projet d'entreprise procurerait de tels " \
    "avantages : le plan d'affaires ne contient aucune pr\u00e9vision d'embauche ni \u00e9tude de march\u00e9 v\u00e9rifiable. Vous n'avez donc " \
    "pas d\u00e9montr\u00e9 que vous satisfaites aux exigences de cette cat\u00e9gorie, et votre demande est refus\u00e9e.</p>" + \
    "<div class='sig'>L'agente d'immigration<br>ANK-7730</div>"
add("fr-08-pt-entrepreneur-c11-ankara-2022", page(body, font="dserif", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date="2022-11-17", app="W315028847", uci="11724406", permit="work-permit", loc="outside-canada",
        grounds={"category-eligibility": []}, category="entrepreneur / self-employed (C11)", layout="sentences",
        degradation="none",
        source="adapted from Shahbazian c. Canada, 2023 CF 1556 (https://decisions.fca-caf.ca/fc-cf/decisions/fr/item/524462/index.do): C11 work permit refused in Ankara on 17 November 2022",
        notes="'\u00c9l\u00e9ments de preuve insuffisants' on a condition of the category = category-eligibility, not documents.not-provided."))

# ---------------------------------------------------------------------------------------------
# fr-09  PGWP (PTPD) in Canada, ineligible school; without status + restoration available
body = letterhead("ircc-fr", ["Centre de traitement des demandes", "Vegreville (Alberta)"]) + \
    "<p>Le 3 octobre 2023</p>" + meta([("IUC :", "1145-0982"), ("Demande :", "W329915406")]) + \
    "<p>Madame Ana\u00efs TCHOUMI</p><p>Madame,</p>" + \
    "<p>La pr\u00e9sente fait suite \u00e0 votre demande de permis de travail postdipl\u00f4me (PTPD). Votre demande est refus\u00e9e.</p>" + \
    "<p>Pour \u00eatre admissible, la personne doit avoir termin\u00e9 un programme d'\u00e9tudes d'au moins huit mois menant \u00e0 un " \
    "dipl\u00f4me dans un \u00e9tablissement d'enseignement d\u00e9sign\u00e9 admissible, avoir \u00e9tudi\u00e9 \u00e0 temps plein et avoir pr\u00e9sent\u00e9 sa " \
    "demande dans les 180 jours suivant la confirmation de la r\u00e9ussite du programme.</p>" + \
    "<p>Le programme que vous avez suivi au Coll\u00e8ge priv\u00e9 Boisjoli est offert dans le cadre d'une entente de " \
    "partenariat public-priv\u00e9 qui ne donne pas droit au PTPD. L'\u00e9tablissement fr\u00e9quent\u00e9 n'\u00e9tant pas admissible, vous ne " \
    "r\u00e9pondez pas aux exigences de cette cat\u00e9gorie.</p>" + \
    "<p>Votre statut de r\u00e9sident temporaire a pris fin. Vous n'avez plus de statut au Canada et vous devez quitter le pays, " \
    "\u00e0 moins de pr\u00e9senter une demande de r\u00e9tablissement dans les 90 jours suivant la perte de votre statut (article 182 " \
    "du RIPR).</p><div class='sig'>Agent CTD-V 2214</div>"
add("fr-09-ptpd-incanada-vegreville-2023", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date="2023-10-03", app="W329915406", uci="11450982", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="post-graduation work permit (PGWP)", restoration=True, leave=True,
        layout="in-canada", degradation="none",
        notes="Conditions of the PGWP listed; failed condition = eligible institution. Without status, must leave unless restoration is applied for."))

# ---------------------------------------------------------------------------------------------
# fr-10  spousal OWP in Canada, partner's program not eligible, insufficient evidence -- photo JPEG
body = letterhead("ircc-fr", ["IRCC \u2013 R\u00e9seau national", "Montr\u00e9al (Qu\u00e9bec)"]) + \
    meta([("Date :", "12 juin 2024"), ("IUC :", "11-4420-7713"), ("N\u00b0 de demande :", "W333140268")]) + \
    "<p>Monsieur Youssef BENNANI</p><p>Monsieur,</p>" + \
    "<p>Nous avons examin\u00e9 votre demande de permis de travail ouvert \u00e0 titre d'\u00e9poux d'une \u00e9tudiante \u00e9trang\u00e8re (code C42). " \
    "Depuis le 19 mars 2024, seuls les \u00e9poux ou conjoints de fait d'\u00e9tudiants inscrits \u00e0 un programme de ma\u00eetrise, de " \
    "doctorat ou \u00e0 certains programmes professionnels sont admissibles.</p>" + \
    "<p>Il n'a pas \u00e9t\u00e9 d\u00e9montr\u00e9 que votre \u00e9pouse est inscrite \u00e0 temps plein \u00e0 un programme admissible : l'attestation " \
    "d'inscription fournie vise un dipl\u00f4me d'\u00e9tudes coll\u00e9giales. Votre demande est donc refus\u00e9e, car vous ne " \
    "satisfaites pas aux crit\u00e8res de la cat\u00e9gorie.</p>" + \
    "<p>Vous conservez votre statut de visiteur jusqu'au 2024-11-30.</p><div class='sig'>Agent MTL-3307</div>"
add("fr-10-potc-conjoint-montreal-2024-photo", page(body, font="serif", size="11.5pt"),
    {"kind": "photo", "fmt": "jpg", "dpi": 110, "skew": 1.3, "rot": -2.0, "jpeg": 62},
    lab(lang="fr", date="2024-06-12", app="W333140268", uci="1144207713", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="spousal open work permit (C42, spouse of student)",
        restoration=None, leave=False, layout="in-canada", degradation="photo",
        notes="Passive 'Il n'a pas \u00e9t\u00e9 d\u00e9montr\u00e9'. Status maintained: no restoration, no duty to leave."))

# ---------------------------------------------------------------------------------------------
# fr-11  BOWP (PTOP) in Canada, no valid status; restoration impossible; must leave -- scan, page rotated 90
body = letterhead("ircc-fr", ["Centre de traitement des demandes d'Edmonton"]) + \
    "<p>Le 28 f\u00e9vrier 2020</p>" + meta([("IUC :", "1097-2248"), ("Demande :", "W309402731")]) + \
    "<p>Madame Thi Hoa PHAM</p>" + \
    "<p>La pr\u00e9sente concerne votre demande de permis de travail ouvert transitoire (PTOT). Votre demande est refus\u00e9e.</p>" + \
    "<p>Un PTOT peut \u00eatre d\u00e9livr\u00e9 \u00e0 la personne qui se trouve au Canada, qui a pr\u00e9sent\u00e9 une demande de r\u00e9sidence permanente " \
    "admissible dans la cat\u00e9gorie de l'exp\u00e9rience canadienne, du Programme des travailleurs qualifi\u00e9s ou du Programme des " \
    "candidats des provinces, et qui d\u00e9tient un permis de travail valide, ou un statut maintenu, au moment de la demande.</p>" + \
    "<p>Votre permis de travail postdipl\u00f4me a expir\u00e9 le 2019-10-31 et votre demande a \u00e9t\u00e9 re\u00e7ue le 2019-11-22. Vous n'aviez " \
    "donc pas de statut valide au moment de pr\u00e9senter votre demande, et vous n'\u00eates pas admissible au PTOT.</p>" + \
    "<p>Plus de 90 jours se sont \u00e9coul\u00e9s depuis la perte de votre statut : le r\u00e9tablissement n'est plus possible. Vous \u00eates " \
    "sans statut au Canada et devez quitter le Canada sans d\u00e9lai.</p><div class='sig'>Agente CTD-E 4451</div>"
add("fr-11-ptot-incanada-edmonton-2020-scan-rot90", page(body, font="sans", size="10.5pt"),
    {"kind": "scan", "dpi": 200, "rot": 0.6, "blur": 0.5, "noise": 0.4, "jpeg": 55, "pagerot": {1: 90}},
    lab(lang="fr", date="2020-02-28", app="W309402731", uci="10972248", permit="work-permit", loc="inside-canada",
        grounds={"category-eligibility": []}, category="bridging open work permit (BOWP)", restoration=False, leave=True,
        layout="in-canada", degradation="scan-200dpi-rotated-90",
        notes="Page image rotated 90 degrees (landscape). Failed condition: no valid status when applying. Restoration explicitly not possible."))

# ---------------------------------------------------------------------------------------------
# fr-12  SP extension in Canada, documents not provided; NO DATE; restoration available
body = letterhead("ircc-fr", ["Immigration, R\u00e9fugi\u00e9s et Citoyennet\u00e9 Canada", "Centre de traitement des demandes \u2013 Sydney (N.-\u00c9.)"]) + \
    meta([("IUC :", "00-9918-7742"), ("Num\u00e9ro de demande :", "S319022674")]) + \
    "<p>Objet : Demande de prolongation de permis d'\u00e9tudes</p><p>Madame, Monsieur,</p>" + \
    "<p>Votre demande de prolongation de permis d'\u00e9tudes a \u00e9t\u00e9 refus\u00e9e.</p>" + \
    "<p>Le paragraphe 16(1) de la LIPR oblige l'auteur d'une demande \u00e0 produire tous les \u00e9l\u00e9ments de preuve pertinents que " \
    "l'agent peut raisonnablement exiger. Une lettre vous a \u00e9t\u00e9 envoy\u00e9e vous demandant de fournir une attestation " \
    "d'inscription \u00e0 jour et votre relev\u00e9 de notes dans un d\u00e9lai de 30 jours. \u00c0 ce jour, vous n'avez pas fourni ces " \
    "documents; je ne suis donc pas en mesure de conclure que vous satisfaites aux exigences.</p>" + \
    "<p>Si votre statut a expir\u00e9, vous pouvez demander le r\u00e9tablissement de votre statut dans les 90 jours qui suivent " \
    "la perte de celui-ci. Sinon, vous devez quitter le Canada.</p><div class='sig'>Agent 77210</div>"
add("fr-12-pe-prolongation-a16-sansdate", page(body, font="dserif", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date=None, app="S319022674", uci="0099187742", permit="study-permit", loc="inside-canada",
        grounds={"documents.not-provided": []}, restoration=True, leave=True, layout="in-canada", degradation="none",
        notes="No date printed. UCI printed with dashes (10 digits). Restoration offered conditionally ('Si votre statut a expir\u00e9')."))

# ---------------------------------------------------------------------------------------------
# fr-13  TRV nested + notes page (2025): family ties + funds; notes mention travel history
body = letterhead("ircc-fr", ["Ambassade du Canada", "Section des visas", "Abidjan, C\u00f4te d'Ivoire"]) + \
    "<p>Le 26 ao\u00fbt 2025</p>" + meta([("Num\u00e9ro de demande :", "V351904236"), ("IUC :", "3319-0046")]) + \
    "<p>Madame A\u00efcha KON\u00c9</p><p>Madame,</p>" + \
    "<p>Apr\u00e8s un examen attentif de votre demande et des documents \u00e0 l'appui, j'ai d\u00e9termin\u00e9 que votre demande ne " \
    "satisfait pas aux exigences de la Loi sur l'immigration et la protection des r\u00e9fugi\u00e9s (LIPR) et de son R\u00e8glement " \
    "(RIPR). Je refuse votre demande pour les raisons suivantes :</p><ul class='reasons'>" + \
    "<li>Je ne suis pas convaincue que vous retournerez dans votre pays \u00e0 la fin de votre s\u00e9jour, comme l'exige l'alin\u00e9a 179b) du RIPR.<ul>" + \
    "<li>Vos attaches familiales hors du Canada ne sont pas importantes.</li></ul></li>" + \
    "<li>Vos ressources ne suffisent pas \u00e0 couvrir le s\u00e9jour pr\u00e9vu, pour vous-m\u00eame et, le cas \u00e9ch\u00e9ant, les membres de votre " \
    "famille qui vous accompagnent.</li></ul>" + \
    "<p>Les notes de d\u00e9cision de l'agente sont jointes \u00e0 la pr\u00e9sente.</p><div class='sig'>Agente ABJ-1902</div>" + \
    "<div class='pb'></div><h3>Notes de d\u00e9cision de l'agent</h3>" + \
    "<div class='notes'>Demande examin\u00e9e. La DP souhaite rendre visite \u00e0 sa s\u0153ur \u00e0 Gatineau pendant 3 mois. Peu d'ant\u00e9c\u00e9dents " \
    "de voyage (Ghana 2021). C\u00e9libataire, sans enfant; parents d\u00e9c\u00e9d\u00e9s; deux s\u0153urs au Canada. Relev\u00e9s bancaires : solde " \
    "modeste, d\u00e9p\u00f4t important non expliqu\u00e9 en juillet. Emploi : commer\u00e7ante, registre de commerce fourni. Apr\u00e8s " \
    "pond\u00e9ration, liens familiaux au Canada plus forts que dans le pays de r\u00e9sidence; fonds insuffisants. Refus\u00e9.</div>"
add("fr-13-vrt-imbriquee-notes-abidjan-2025", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date="2025-08-26", app="V351904236", uci="33190046", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["family-ties"], "insufficient-funds": []}, layout="nested", degradation="none",
        notes="'retournerez dans votre pays' for leave; 'attaches familiales' for family ties; 'ressources' for funds. Notes page mentions travel history and employment: NOT grounds."))

# ---------------------------------------------------------------------------------------------
# fr-14  WP nested: truthfulness + ability to perform, Dakar 2021
body = letterhead("ircc-fr", ["Ambassade du Canada au S\u00e9n\u00e9gal", "Section de l'immigration", "Dakar"]) + \
    meta([("Date :", "2021-11-08"), ("N\u00b0 de demande :", "W312201957"), ("IUC :", "1151-3304"),
          ("Nom :", "Ousmane NDIAYE")]) + \
    "<p>Monsieur,</p><p>Votre demande de permis de travail (EIMT, soudeur, Qu\u00e9bec) ne satisfait pas aux exigences de la " \
    "LIPR et du RIPR. Je la refuse pour les raisons suivantes :</p><ol class='reasons'>" + \
    "<li>Vous n'avez pas \u00e9t\u00e9 en mesure de d\u00e9montrer que vous pourriez exercer convenablement les fonctions de l'emploi " \
    "vis\u00e9 : aucun certificat de comp\u00e9tence en soudage ni preuve d'exp\u00e9rience v\u00e9rifiable n'a \u00e9t\u00e9 pr\u00e9sent\u00e9.</li>" + \
    "<li>Je ne suis pas convaincu que vous avez r\u00e9pondu avec sinc\u00e9rit\u00e9 \u00e0 toutes les questions qui vous ont \u00e9t\u00e9 pos\u00e9es, " \
    "comme l'exige le paragraphe 16(1) de la LIPR. Plus pr\u00e9cis\u00e9ment, je ne suis pas convaincu que les dates d'emploi " \
    "d\u00e9clar\u00e9es au formulaire IMM 1295 sont exactes.</li></ol>" + \
    "<p>Toute demande future devra r\u00e9pondre \u00e0 ces pr\u00e9occupations.</p><div class='sig'>Agent DKR-118</div>"
add("fr-14-pt-veracite-dakar-2021", page(body, font="serif", size="11pt"), {"kind": "none"},
    lab(lang="fr", date="2021-11-08", app="W312201957", uci="11513304", permit="work-permit", loc="outside-canada",
        grounds={"ability-to-perform-work": [], "documents.truthfulness": []}, layout="nested", degradation="none",
        notes="'avec sinc\u00e9rit\u00e9' instead of 'v\u00e9ridiquement'; 'exercer convenablement les fonctions' for ability to perform."))

# ---------------------------------------------------------------------------------------------
# fr-15  WP misrepresentation, Rabat 2019 -- photo PNG
body = letterhead("ircc-fr", ["Ambassade du Canada", "Section de l'immigration", "Rabat, Maroc"]) + \
    "<p>Rabat, le 14 mai 2019</p>" + meta([("Demande :", "W308817265"), ("IUC :", "11-0731-5526")]) + \
    "<p>Monsieur Hicham OUAZZANI</p><p>Monsieur,</p>" + \
    "<p>Le 2019-03-20, nous vous avons fait part de nos doutes quant \u00e0 l'authenticit\u00e9 du dipl\u00f4me de technicien sp\u00e9cialis\u00e9 " \
    "soumis \u00e0 l'appui de votre demande de permis de travail, et vous avez eu l'occasion d'y r\u00e9pondre.</p>" + \
    "<p>Apr\u00e8s examen de votre r\u00e9ponse, j'ai conclu que ce dipl\u00f4me est frauduleux. Vous \u00eates interdit de territoire au Canada " \
    "pour fausses d\u00e9clarations au titre de l'alin\u00e9a 40(1)a) de la LIPR, pour avoir fait une pr\u00e9sentation erron\u00e9e sur un fait " \
    "important quant \u00e0 un objet pertinent. Conform\u00e9ment \u00e0 l'alin\u00e9a 40(2)a), cette interdiction de territoire s'applique " \
    "pour une p\u00e9riode de cinq ans.</p><p>Votre demande est refus\u00e9e.</p><div class='sig'>Agente RBT-0660</div>"
add("fr-15-pt-fausses-declarations-rabat-2019-photo", page(body, font="sans", size="11.5pt"),
    {"kind": "photo", "fmt": "png", "dpi": 100, "skew": 0.8, "rot": 1.6},
    lab(lang="fr", date="2019-05-14", app="W308817265", uci="1107315526", permit="work-permit", loc="outside-canada",
        grounds={"misrepresentation": []}, layout="sentences", degradation="photo"))

# ---------------------------------------------------------------------------------------------
# fr-16  SP nested: funds + current employment, Dakar 2023
body = letterhead("ircc-fr", ["Ambassade du Canada", "Section des visas", "Dakar, S\u00e9n\u00e9gal"]) + \
    "<p>Le 19 juillet 2023</p>" + meta([("Num\u00e9ro de demande :", "S325513089"), ("IUC :", "1168-2250"), ("Nom :", "Fatou SARR")]) + \
    "<p>Madame,</p><p>Merci de l'int\u00e9r\u00eat que vous portez aux \u00e9tudes au Canada. Apr\u00e8s un examen attentif de votre demande, " \
    "j'ai d\u00e9termin\u00e9 qu'elle ne r\u00e9pond pas aux exigences de la LIPR et du RIPR. Je refuse votre demande pour les raisons " \
    "suivantes :</p><ul class='reasons'>" + \
    "<li>Il n'a pas \u00e9t\u00e9 d\u00e9montr\u00e9 que vous disposez de fonds suffisants pour payer vos frais de scolarit\u00e9 et subvenir \u00e0 vos " \
    "besoins pendant vos \u00e9tudes (article 220 du RIPR).</li>" + \
    "<li>Je ne suis pas convaincu que vous quitterez le Canada \u00e0 la fin de votre s\u00e9jour (alin\u00e9a 216(1)b) du RIPR) :<ul>" + \
    "<li>votre situation professionnelle actuelle ne d\u00e9montre pas que vous \u00eates \u00e9tablie financi\u00e8rement dans votre pays de r\u00e9sidence.</li>" + \
    "</ul></li></ul><p>Vous pouvez pr\u00e9senter une nouvelle demande.</p><div class='sig'>Agent DKR-2291</div>"
add("fr-16-pe-imbriquee-dakar-2023", page(body, font="dsans", size="10pt"), {"kind": "none"},
    lab(lang="fr", date="2023-07-19", app="S325513089", uci="11682250", permit="study-permit", loc="outside-canada",
        grounds={"insufficient-funds": [], "will-not-leave": ["current-employment"]}, layout="nested", degradation="none",
        notes="'situation professionnelle actuelle' for current employment."))

# ---------------------------------------------------------------------------------------------
# fr-17  WP LMIA-based (EIMT): LMIA mismatch + job offer not genuine, Mexico 2019 -- scan 150 JPEG
body = letterhead("ircc-fr", ["Ambassade du Canada au Mexique", "Section de l'immigration", "Mexico"]) + \
    "<p>Mexico, le 9 septembre 2019</p>" + meta([("IUC :", "1118-6602"), ("Demande :", "W309210584")]) + \
    "<p>Monsieur Javier RAM\u00cdREZ SOTO</p><p>Monsieur,</p>" + \
    "<p>J'ai examin\u00e9 votre demande de permis de travail pour un emploi d'ouvrier agricole au Qu\u00e9bec. Je refuse votre demande " \
    "pour les motifs suivants :</p>" + \
    "<p>\u2013 L'\u00e9tude d'impact sur le march\u00e9 du travail (EIMT) jointe \u00e0 votre demande vise un autre employeur que celui qui " \
    "figure sur votre contrat de travail; vous ne d\u00e9tenez donc pas d'EIMT favorable correspondant \u00e0 l'emploi offert (art. 203 " \
    "du RIPR).</p>" + \
    "<p>\u2013 Je ne suis pas convaincue de l'authenticit\u00e9 de l'offre d'emploi, compte tenu des incoh\u00e9rences entre le contrat, " \
    "l'adresse de l'exploitation et les renseignements fournis par l'employeur (paragraphe 200(5) du RIPR).</p>" + \
    "<p>Vous pouvez pr\u00e9senter une nouvelle demande.</p><div class='sig'>Agente MEX-4408</div>"
add("fr-17-pt-eimt-mexico-2019-scan", page(body, font="serif", size="11pt"),
    {"kind": "scan", "dpi": 150, "rot": -1.2, "blur": 0.8, "noise": 0.6, "jpeg": 35},
    lab(lang="fr", date="2019-09-09", app="W309210584", uci="11186602", permit="work-permit", loc="outside-canada",
        grounds={"job-offer.lmia": [], "job-offer.genuineness": []}, layout="sentences", degradation="scan-150dpi",
        notes="Dash-led paragraphs. Heavy JPEG artefacts."))

# ---------------------------------------------------------------------------------------------
# fr-18  TRV phrases with a preamble (NOT grounds), Rabat 2018: length of stay only
body = letterhead("ircc-fr", ["Section des visas", "Ambassade du Canada", "Rabat"]) + \
    "<p>Le 22 janvier 2018</p>" + meta([("Demande :", "V306684311"), ("IUC :", "1112-8830")]) + \
    "<p>Madame Khadija ALAOUI</p><p>Madame,</p>" + \
    "<p>Aux termes du paragraphe 11(1) de la LIPR, l'\u00e9tranger doit convaincre l'agent qu'il n'est pas interdit de territoire " \
    "et qu'il se conforme \u00e0 la Loi, notamment qu'il quittera le Canada \u00e0 la fin de la p\u00e9riode de s\u00e9jour autoris\u00e9e. L'agent " \
    "peut tenir compte de divers facteurs, dont les documents de voyage, le but du voyage, les moyens financiers et les liens " \
    "avec le pays de r\u00e9sidence (statut d'immigrant, emploi, famille).</p>" + \
    "<p>Apr\u00e8s examen de votre demande, je ne suis pas convaincu que vous satisfaites aux exigences de la Loi et du R\u00e8glement. " \
    "Je ne suis pas convaincu que vous quitterez le Canada \u00e0 la fin de votre s\u00e9jour, comme le pr\u00e9voit l'alin\u00e9a 179b) du RIPR, " \
    "compte tenu de la dur\u00e9e du s\u00e9jour que vous envisagez au Canada.</p>" + \
    "<p>Votre demande est refus\u00e9e.</p><div class='sig'>Agent RBT-231</div>"
add("fr-18-vrt-preambule-rabat-2018", page(body, font="bookman", size="10pt"), {"kind": "none"},
    lab(lang="fr", date="2018-01-22", app="V306684311", uci="11128830", permit="visitor-visa", loc="outside-canada",
        grounds={"will-not-leave": ["length-of-stay"]}, layout="sentences", degradation="none",
        notes="Preamble names purpose, finances, immigration status, employment and family only as what officers may weigh: NOT grounds."))

# ---------------------------------------------------------------------------------------------
# fr-19  IEC (EIC) Jeunes professionnels: job offer not in the required occupation -- location unknown
body = letterhead("ircc-fr", ["Exp\u00e9rience internationale Canada (EIC)"]) + \
    meta([("Date :", "2024-02-29"), ("Demande :", "W330478215"), ("IUC :", "1157-7740")]) + \
    "<p>Bonjour Camille LEFEBVRE,</p>" + \
    "<p>Votre demande de permis de travail dans la cat\u00e9gorie Jeunes professionnels d'Exp\u00e9rience internationale Canada a " \
    "\u00e9t\u00e9 refus\u00e9e.</p>" + \
    "<p>Dans cette cat\u00e9gorie, le participant doit d\u00e9tenir une offre d'emploi sign\u00e9e qui contribue \u00e0 son perfectionnement " \
    "professionnel. L'emploi offert (serveur, FEER 5) ne correspond pas \u00e0 ce crit\u00e8re pour un participant fran\u00e7ais, et vous " \
    "n'avez pas d\u00e9montr\u00e9 que vous satisfaites aux exigences de la cat\u00e9gorie (alin\u00e9a 205b) du RIPR).</p>" + \
    "<p>Vous pourrez soumettre un nouveau profil si vous recevez une nouvelle invitation.</p><div class='sig'>Unit\u00e9 EIC</div>"
add("fr-19-eic-jeunes-pro-2024", page(body, font="sans", size="10.5pt"), {"kind": "none"},
    lab(lang="fr", date="2024-02-29", app="W330478215", uci="11577740", permit="work-permit", loc="unknown",
        grounds={"category-eligibility": []}, category="International Experience Canada (Young Professionals)",
        layout="in-canada", degradation="none",
        notes="Decision location not stated: both judicial-review deadlines. Failed condition: the job offer must contribute to professional development (occupation level)."))
