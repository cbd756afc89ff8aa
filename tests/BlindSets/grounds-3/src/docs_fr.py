# French documents of the grounds-4 blind set. Wording is our own unless a doc's `source` says otherwise.
from lib import *

DOCS = []
def add(**d):
    DOCS.append(d)

def sig(*lines):
    return '<div class="sig">%s</div>' % "<br>".join(lines)

REDEPOT = ("Vous pouvez présenter une nouvelle demande si vous estimez être en mesure de répondre à ces préoccupations.")

# 31 ---------------------------------------------------------------------------
add(name="fr31-trv-checkbox-xglyph-dakar-fax", lang="fr", degr="fax-g4-200dpi",
    pages=[letterhead(IRCC_FR, ["Section des visas", "Ambassade du Canada au Sénégal", "Rue Galliéni, Dakar"])
           + ids([("Date :", "le 14 mai 2017"), ("Dossier :", "V304410672"), ("IUC :", "1092-5518")])
           + paras("Madame, Monsieur,", esc(FORMS["frA"]["intro"]))
           + cbform("frA", "x", ticked={"wnl"}, factors={"travel-history", "current-employment"})
           + paras(REDEPOT) + sig("L'agent des visas", "Agent 30911")],
    label=dict(documentKind="refusal-letter", date="2017-05-14", applicationNumber="V304410672", uci="10925518",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["travel-history", "current-employment"]}, layout="checkbox",
               notes="French checkbox form (☒/☐) sent as a bilevel CCITT G4 fax; 'à l'expiration de la période de séjour autorisée'."))

# 32 ---------------------------------------------------------------------------
add(name="fr32-sp-checkbox-drawn-rabat-fax", lang="fr", degr="fax-g4-200dpi",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada au Maroc, Rabat"])
           + ids([("Date :", "3 septembre 2018"), ("Numéro de demande :", "S305588213"), ("IUC :", "11-0312-7764")])
           + paras("Objet : demande de permis d'études", "Madame, Monsieur,", esc(FORMS["frB"]["intro"]))
           + cbform("frB", "drawn", ticked={"wnl", "funds"}, factors={"purpose-of-visit"})
           + paras(REDEPOT) + sig("Agente d'immigration", "Rabat")],
    label=dict(documentKind="refusal-letter", date="2018-09-03", applicationNumber="S305588213", uci="1103127764",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["purpose-of-visit"], "insufficient-funds": []}, layout="checkbox",
               notes="Drawn boxes (no text), third-person French form (frB, 'L'agent(e) n'est pas convaincu(e)... repartirez'); G4 fax."))

# 33 ---------------------------------------------------------------------------
add(name="fr33-wp-checkbox-2col-paris-autre", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada en France", "130, rue du Faubourg Saint-Honoré, Paris"])
           + ids([("Date :", "2019-04-16"), ("Demande :", "W305002977"), ("IUC :", "1060-2241")])
           + paras("Monsieur,", "Objet : votre demande de permis de travail", esc(FORMS["frA"]["intro"]))
           + cbform("frA", "ascii", ticked={"work", "other"}, factors=set(), grid="2col",
                    other_text="Les frais de traitement versés ne correspondent pas au montant exigible.")
           + paras(REDEPOT) + sig("Agent d'immigration", "Paris")],
    label=dict(documentKind="refusal-letter", date="2019-04-16", applicationNumber="W305002977", uci="10602241",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"ability-to-perform-work": [], "other": []},
               unrecognizedText=["Les frais de traitement versés ne correspondent pas au montant exigible."],
               layout="checkbox",
               notes="[X]/[ ] with a two-column factor grid left entirely empty and the umbrella unticked; Autre : line holds a fee reason that matches no ground."))

# 34 ---------------------------------------------------------------------------
add(name="fr34-trv-checkbox-sq-umbrella-abidjan", lang="fr", degr="scan-200dpi",
    pages=[letterhead(CIC[::-1], ["Section des visas", "Ambassade du Canada en Côte d'Ivoire, Abidjan"])
           + ids([("Date :", "le 2 février 2016"), ("N° de dossier :", "V302915530"), ("IUC :", "8820-4416")])
           + paras("Madame,", esc(FORMS["frB"]["intro"]))
           + cbform("frB", "sq", ticked={"wnl"}, factors=set())
           + paras(REDEPOT) + sig("L'agente des visas")],
    label=dict(documentKind="refusal-letter", date="2016-02-02", applicationNumber="V302915530", uci="88204416",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": []}, layout="checkbox",
               notes="Umbrella ticked (■) with no factor ticked: will-not-leave with []."))

# 35 ---------------------------------------------------------------------------
add(name="fr35-trv-checkbox-emptygrid-yaounde-fax", lang="fr", degr="fax-g4-200dpi",
    pages=[letterhead(IRCC_FR, ["Haut-commissariat du Canada", "Yaoundé (Cameroun)"])
           + ids([("Date :", "27 novembre 2018"), ("Demande n° :", "V307731145"), ("IUC :", "1119-0587")])
           + paras("Madame, Monsieur,", esc(FORMS["frA"]["intro"]))
           + cbform("frA", "check", ticked={"docs"}, factors=set(), grid="2col")
           + paras("Pièces non reçues : relevés bancaires des six derniers mois; attestation d'emploi.", REDEPOT)
           + sig("Agent des visas, Yaoundé")],
    label=dict(documentKind="refusal-letter", date="2018-11-27", applicationNumber="V307731145", uci="11190587",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"documents.not-provided": []}, layout="checkbox",
               notes="Two-column factor grid all empty, only the documents box (☑) ticked; G4 fax. Third French fax checkbox form."))

# 36 ---------------------------------------------------------------------------
add(name="fr36-sp-sentences-216-tunis", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada en Tunisie, Tunis"])
           + ids([("Date :", "le 9 août 2019"), ("Numéro de demande :", "S306240018"), ("IUC :", "1135-8879")])
           + paras("Madame,",
                   "Je vous remercie de l'intérêt que vous portez aux études au Canada. J'ai examiné attentivement votre "
                   "demande de permis d'études et je regrette de vous informer qu'elle est refusée, parce qu'elle ne "
                   "satisfait pas aux exigences de la LIPR et du RIPR.",
                   "Je ne suis pas convaincu que vous quitterez le Canada à la fin de votre séjour, ainsi que le prévoit "
                   "l'alinéa 216(1)b) du RIPR, compte tenu de vos liens familiaux au Canada et dans votre pays de "
                   "résidence ainsi que des perspectives d'emploi limitées dans votre pays de résidence.",
                   "Je ne suis pas convaincu que vous disposez, sans qu'il vous soit nécessaire d'exercer un emploi au "
                   "Canada, de ressources financières suffisantes pour acquitter vos frais de scolarité, subvenir à vos "
                   "besoins et à ceux des membres de votre famille qui vous accompagnent, et payer vos frais de transport "
                   "de retour, conformément à l'article 220 du RIPR.", REDEPOT)
           + sig("Agent d'immigration", "Tunis")],
    label=dict(documentKind="refusal-letter", date="2019-08-09", applicationNumber="S306240018", uci="11358879",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["family-ties", "employment-prospects"], "insufficient-funds": []},
               layout="sentences",
               notes="'ainsi que le prévoit l'alinéa 216(1)b) du RIPR, compte tenu de' with two factors in one sentence; article 220 funds sentence."))

# 37 ---------------------------------------------------------------------------
add(name="fr37-trv-sentences-179-portauprince", lang="fr", degr="scan-150dpi",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada en Haïti, Port-au-Prince"])
           + ids([("Date :", "2018-10-30"), ("Demande :", "V308806120"), ("IUC :", "1124-6031")])
           + paras("Monsieur,",
                   "Après examen, votre demande de visa de résident temporaire a été refusée.",
                   "Nous ne sommes pas convaincus que vous quitteriez le Canada à la fin de votre séjour à titre de "
                   "résident temporaire, au sens de l'alinéa 179b) du RIPR, vu vos antécédents de voyage et la durée du "
                   "séjour que vous projetez au Canada.",
                   "Par ailleurs, votre statut d'immigrant dans le pays où vous résidez ne nous permet pas de conclure "
                   "que vous y retournerez à l'issue de votre séjour.", REDEPOT)
           + sig("Section des visas")],
    label=dict(documentKind="refusal-letter", date="2018-10-30", applicationNumber="V308806120", uci="11246031",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["travel-history", "length-of-stay", "immigration-status"]},
               layout="sentences",
               notes="First person plural, conditional 'quitteriez', 'au sens de l'alinéa 179b)'; the immigration-status factor is a separate sentence without 'convaincu'."))

# 38 ---------------------------------------------------------------------------
N38 = ("PA, 39, citizen of Romania, unemployed since March 2024 per IMM 5645 and CV. Applying for LMIA-based WP as a "
       "welder. Employer is a numbered company incorporated in 2023 with two employees; no T4 summary or financial "
       "statements to show capacity to pay the offered wage. Contract on file lists the position as metal fabricator "
       "helper; LMIA issued for welder.\nWeighing the factors, application refused.")
add(name="fr38-wp-sentences-eimt-agente-bucarest-notes", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Bureau des visas", "Ambassade du Canada en Roumanie, Bucarest"])
           + ids([("Date :", "1er octobre 2025"), ("Demande :", "W313360948"), ("IUC :", "12-0044-5519")])
           + paras("Madame, Monsieur,",
                   "Votre demande de permis de travail a été étudiée. Je suis arrivée à la conclusion qu'elle ne remplit "
                   "pas les exigences de la LIPR et du RIPR et je la refuse pour les motifs suivants.",
                   "Je ne suis pas convaincue que l'offre d'emploi qui vous a été présentée soit authentique, au sens du "
                   "paragraphe 200(5) du RIPR.",
                   "De plus, l'étude d'impact sur le marché du travail (EIMT) jointe à la demande vise un autre poste que "
                   "celui qui est décrit dans votre contrat de travail; l'exigence du sous-alinéa 200(1)c)(iii) du RIPR "
                   "n'est donc pas remplie.",
                   "Enfin, je ne suis pas convaincue que vous quitteriez le Canada à la fin de la période autorisée "
                   "(alinéa 200(1)b) du RIPR), eu égard à votre situation d'emploi actuelle.",
                   "Les notes de décision de l'agente sont jointes à la présente lettre.")
           + sig("L'agente d'immigration", "Bucarest"),
           notes_page("Officer decision notes", N38)],
    concerns=[("employment.unemployed", "will-not-leave.current-employment", "unemployed since March 2024 per IMM 5645 and CV"),
              ("job.employer-genuineness", "job-offer.genuineness",
               "Employer is a numbered company incorporated in 2023 with two employees; no T4 summary or financial statements to show capacity to pay the offered wage")],
    label=dict(documentKind="refusal-letter", date="2025-10-01", applicationNumber="W313360948", uci="1200445519",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"job-offer.genuineness": [], "job-offer.lmia": [], "will-not-leave": ["current-employment"]},
               layout="sentences",
               notes="Feminine agent ('convaincue', 'arrivée'), subjunctive 'soit authentique'; EIMT mismatch = job-offer.lmia. Notes in English for a French letter (language stays fr). The occupation mismatch line in the notes is the LMIA ground itself, no catalogue concern."))

# 39 ---------------------------------------------------------------------------
N39 = ("Demandeur de 24 ans, célibataire, sans enfant. Programme proposé : DEC en techniques de comptabilité, Montréal. "
       "Le plan d'études est vague : il ne précise pas en quoi ce programme servira la carrière envisagée au Sénégal. "
       "Les fonds proviennent d'un oncle résidant en France ; aucune preuve de revenu de l'oncle ni de lien de "
       "parenté. L'origine des économies du père (6 000 000 FCFA) n'est pas documentée.\nTout bien pesé, demande refusée.")
add(name="fr39-sp-nested-dakar-notes", lang="fr", degr="scan-200dpi",
    pages=[letterhead(IRCC_FR, ["Section des visas", "Ambassade du Canada au Sénégal, Dakar"])
           + ids([("Date :", "17 décembre 2025"), ("Numéro de demande :", "S315530069"), ("IUC :", "1208-8843")])
           + paras("Monsieur,",
                   "Nous vous remercions de l'intérêt que vous portez aux études au Canada. Après un examen attentif de "
                   "votre demande et des pièces justificatives, nous avons déterminé que votre demande ne satisfait pas "
                   "aux exigences de la LIPR et du RIPR. Votre demande est refusée pour les raisons suivantes :")
           + "<ul><li>L'agent n'est pas convaincu que vous quitterez le Canada à la fin de votre séjour, conformément "
             "au paragraphe 216(1) du RIPR :<ul><li>Le but de votre séjour au Canada ne concorde pas avec un séjour "
             "temporaire, compte tenu des renseignements fournis dans votre demande.</li><li>Vos attaches familiales "
             "à l'extérieur du Canada sont peu importantes.</li></ul></li><li>Les ressources financières présentées "
             "sont insuffisantes pour couvrir les frais du programme d'études et votre subsistance.</li></ul>"
           + paras(REDEPOT) + sig("Agent DKR-204"),
           notes_page("Notes de décision de l'agent", N39, "S315530069 — IUC 1208-8843")],
    concerns=[("ties.no-dependants", "will-not-leave.family-ties", "célibataire, sans enfant"),
              ("purpose.study-plan-weak", "will-not-leave.purpose-of-visit",
               "Le plan d'études est vague : il ne précise pas en quoi ce programme servira la carrière envisagée au Sénégal"),
              ("funds.third-party-support", "insufficient-funds",
               "Les fonds proviennent d'un oncle résidant en France ; aucune preuve de revenu de l'oncle ni de lien de parenté"),
              ("funds.source-unclear", "insufficient-funds", "L'origine des économies du père (6 000 000 FCFA) n'est pas documentée")],
    label=dict(documentKind="refusal-letter", date="2025-12-17", applicationNumber="S315530069", uci="12088843",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["purpose-of-visit", "family-ties"], "insufficient-funds": []},
               layout="nested",
               notes="Nested French bullets; notes in French under 'Notes de décision de l'agent'."))

# 40 ---------------------------------------------------------------------------
add(name="fr40-trv-nested-preamble-rabat", lang="fr", degr="photo-jpeg",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada au Maroc, Rabat"])
           + ids([("Date :", "25 juin 2023"), ("Demande :", "V318230774"), ("IUC :", "1163-0958")])
           + paras("Madame,",
                   "Pour délivrer un visa de résident temporaire, l'agent doit être convaincu que la personne quittera le "
                   "Canada à la fin de la période de séjour autorisée. De manière générale, les agents tiennent compte "
                   "notamment des voyages antérieurs, du but du séjour, des liens familiaux et professionnels, du statut "
                   "dans le pays de résidence et des moyens financiers.",
                   "Dans votre cas, votre demande est rejetée pour les raisons suivantes :")
           + "<ol type=\"a\"><li>Je ne suis pas convaincu que vous quitterez le Canada au terme de votre séjour, compte "
             "tenu de vos liens familiaux au Canada et dans votre pays de résidence.</li><li>Vous n'avez pas démontré "
             "que vous disposez de moyens financiers suffisants pour le séjour envisagé.</li></ol>"
           + paras(REDEPOT) + sig("Agent des visas")],
    label=dict(documentKind="refusal-letter", date="2023-06-25", applicationNumber="V318230774", uci="11630958",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["family-ties"], "insufficient-funds": []}, layout="nested",
               notes="General preamble lists travel, purpose, family, status, means: NOT findings. Only a) and b) count. Phone photo (JPEG)."))

# 41 ---------------------------------------------------------------------------
add(name="fr41-pgwp-edmonton-restoration-open", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Centre de traitement des demandes d'Edmonton", "Edmonton (Alberta)"])
           + ids([("Date :", "le 3 mars 2025"), ("Demande :", "W311995402"), ("IUC :", "1184-2217")])
           + paras("Madame,", "<b>Objet : Demande de permis de travail postdiplôme</b>",
                   "La présente concerne votre demande de permis de travail postdiplôme. Votre demande, telle qu'elle a "
                   "été présentée, est refusée.",
                   "Pour être admissible à un permis de travail postdiplôme, l'étudiant doit :")
           + "<ul><li>avoir terminé, dans un établissement d'enseignement désigné admissible, un programme d'études à "
             "temps plein d'au moins huit mois menant à un diplôme, un grade ou un certificat;</li><li>avoir conservé "
             "son statut d'étudiant à temps plein pendant chaque session;</li><li>présenter sa demande dans les 180 "
             "jours suivant la confirmation de la fin du programme.</li></ul>"
           + paras("Le programme que vous avez suivi à l'Institut Cartier (formation non créditée) ne mène pas à un "
                   "permis de travail postdiplôme. Vous ne remplissez donc pas les conditions de cette catégorie.",
                   "Votre statut de résidente temporaire a pris fin. Vous pouvez demander le rétablissement de votre "
                   "statut dans les 90 jours suivant la date de la présente lettre (article 182 du RIPR). À défaut, vous "
                   "devez quitter le Canada.")
           + sig("Agente EDM-31")],
    label=dict(documentKind="refusal-letter", date="2025-03-03", applicationNumber="W311995402", uci="11842217",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"category-eligibility": []}, category="post-graduation work permit (C43)",
               restorationAvailable=True, mustLeaveCanada=True, layout="in-canada",
               notes="Lists the PGWP conditions (definition, not reasons); failed condition = ineligible program. Restoration open, must leave otherwise."))

# 42 ---------------------------------------------------------------------------
add(name="fr42-spousal-owp-c41-vegreville-keeps-status", lang="fr", degr="scan-300dpi",
    pages=[letterhead(IRCC_FR, ["Centre de traitement des demandes de Vegreville", "Vegreville (Alberta)"])
           + ids([("Date :", "2024-06-20"), ("Numéro de demande :", "W310651177"), ("IUC :", "1196-3380")])
           + paras("Monsieur,",
                   "Votre demande de permis de travail ouvert à titre d'époux ou de conjoint de fait d'un travailleur "
                   "étranger (code de dispense C41) a été refusée.",
                   "Selon les renseignements au dossier, l'emploi de votre conjointe (préposée à l'entretien ménager, "
                   "FEER 5) ne fait pas partie des professions admissibles. Vous n'êtes donc pas admissible à un permis "
                   "de travail dans cette catégorie.",
                   "Vous détenez actuellement le statut de visiteur, valide jusqu'au 2024-11-30; la présente décision ne "
                   "modifie pas ce statut.")
           + sig("Agent d'immigration", "CTD Vegreville")],
    label=dict(documentKind="refusal-letter", date="2024-06-20", applicationNumber="W310651177", uci="11963380",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"category-eligibility": []}, category="spousal open work permit (C41)",
               restorationAvailable=None, mustLeaveCanada=False, layout="in-canada",
               notes="Person keeps visitor status: no leave-Canada, restoration not mentioned."))

# 43 ---------------------------------------------------------------------------
add(name="fr43-bowp-restoration-refused-sydney", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Centre de traitement de Sydney", "Sydney (Nouvelle-Écosse)"])
           + ids([("Date :", "12 janvier 2024"), ("Demande :", "W310118836"), ("IUC :", "1177-4402")])
           + paras("Madame,",
                   "<b>Objet : Demande de rétablissement du statut et de permis de travail ouvert transitoire</b>",
                   "Vous avez demandé le rétablissement de votre statut de travailleuse ainsi qu'un permis de travail "
                   "ouvert transitoire (PTOT). Pour obtenir un PTOT, il faut avoir présenté une demande de résidence "
                   "permanente au titre d'un programme admissible ayant franchi l'examen de la complétude, et détenir un "
                   "statut valide (ou maintenu) au moment de la demande de permis.",
                   "Votre demande de résidence permanente au titre du Programme des travailleurs de métiers spécialisés "
                   "(fédéral) n'avait pas franchi l'examen de la complétude à la date de votre demande. Votre demande de "
                   "permis est refusée et, par conséquent, votre demande de rétablissement l'est également.",
                   "Comme la demande refusée était elle-même une demande de rétablissement, vous ne pouvez pas présenter "
                   "une nouvelle demande de rétablissement. Vous êtes sans statut au Canada et devez quitter le pays "
                   "immédiatement.")
           + sig("Agente d'immigration SYD-09")],
    label=dict(documentKind="refusal-letter", date="2024-01-12", applicationNumber="W310118836", uci="11774402",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"category-eligibility": []}, category="bridging open work permit",
               restorationAvailable=False, mustLeaveCanada=True, layout="in-canada",
               notes="Refused application was itself a restoration, so no restoration; must leave immediately. The restoration refusal follows from the category refusal (not a separate ground)."))

# 44 ---------------------------------------------------------------------------
add(name="fr44-iec-jp-nodate-portail", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Expérience internationale Canada"])
           + ids([("Demande :", "W313772150"), ("IUC :", "12-1377-0086")])
           + paras("Madame, Monsieur,",
                   "Votre demande de permis de travail présentée au titre d'Expérience internationale Canada (catégorie "
                   "Jeunes professionnels) est refusée pour les raisons suivantes :")
           + "<ol><li>L'offre d'emploi n'a pas été soumise par l'employeur au moyen du Portail des employeurs d'IRCC, "
             "et les frais relatifs à la conformité de l'employeur n'ont pas été acquittés; aucun numéro d'offre "
             "d'emploi valide n'est lié à votre demande.</li><li>L'emploi offert (serveur en restauration) ne "
             "contribue pas à votre perfectionnement professionnel, comme l'exige la catégorie Jeunes "
             "professionnels.</li></ol>"
           + sig("Agent, EIC")],
    label=dict(documentKind="refusal-letter", date=None, applicationNumber="W313772150", uci="1213770086",
               permitType="work-permit", decisionLocation="unknown",
               grounds={"job-offer.offer-of-employment": [], "category-eligibility": []},
               category="International Experience Canada (Young Professionals)", layout="nested",
               notes="No date printed and no office location: both JR deadlines. Portal/compliance-fee = offer-of-employment; professional-development requirement = IEC category condition."))

# 45 ---------------------------------------------------------------------------
add(name="fr45-wp-ict-c12-paris", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada en France, Paris"])
           + ids([("Date :", "le 28 avril 2022"), ("Demande :", "W308420663"), ("IUC :", "1128-7015")])
           + paras("Monsieur,",
                   "Vous avez demandé un permis de travail à titre de personne mutée à l'intérieur d'une société, "
                   "catégorie des connaissances spécialisées (code C12), en vertu de l'alinéa 205a) du RIPR.",
                   "Après examen, je conclus que vous n'avez pas établi posséder des connaissances spécialisées : vos "
                   "fonctions actuelles relèvent de la gestion de projet générale et aucune connaissance exclusive des "
                   "produits ou des procédés de l'entreprise n'a été démontrée. En outre, vous n'avez pas démontré avoir "
                   "occupé un emploi à temps plein au sein de l'entreprise pendant au moins un an au cours des trois "
                   "dernières années.",
                   "Votre demande est par conséquent refusée.")
           + sig("Agent d'immigration", "Paris")],
    label=dict(documentKind="refusal-letter", date="2022-04-28", applicationNumber="W308420663", uci="11287015",
               permitType="work-permit", decisionLocation="outside-canada",
               grounds={"category-eligibility": []}, category="intra-company transferee (C12)", layout="sentences",
               notes="Two failed conditions of the same ICT category = one category-eligibility ground."))

# 46 ---------------------------------------------------------------------------
add(name="fr46-trv-misrep-truth-alger", lang="fr", degr="scan-200dpi",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada en Algérie, Alger"])
           + ids([("Date :", "18 février 2020"), ("Demande :", "V317440891"), ("IUC :", "1148-9023")])
           + paras("Monsieur,",
                   "Je ne suis pas convaincu que vous avez répondu de façon véridique aux questions qui vous ont été "
                   "posées, comme l'exige le paragraphe 16(1) de la LIPR : vous avez déclaré n'avoir jamais fait l'objet "
                   "d'un refus de visa, alors qu'un visa Schengen vous a été refusé en 2019.",
                   "Par ailleurs, l'attestation de travail et les bulletins de salaire présentés ont été jugés "
                   "frauduleux après vérification auprès de l'employeur. Vous êtes donc interdit de territoire au Canada "
                   "pour fausses déclarations, en application de l'alinéa 40(1)a) de la LIPR. Conformément à l'alinéa "
                   "40(2)a), cette interdiction de territoire s'applique pendant une période de cinq ans.",
                   "Votre demande de visa de résident temporaire est refusée.")
           + sig("Agent d'immigration", "Alger")],
    label=dict(documentKind="refusal-letter", date="2020-02-18", applicationNumber="V317440891", uci="11489023",
               permitType="visitor-visa", decisionLocation="outside-canada",
               grounds={"documents.truthfulness": [], "misrepresentation": []}, layout="sentences",
               notes="Both a truthfulness finding (A16(1)) and an A40 misrepresentation finding with the five-year bar."))

# 47 ---------------------------------------------------------------------------
def gc_foot(n, tot, app):
    return '<div class="foot">%s &nbsp; Page %d de %d</div>' % (app, n, tot)
N47 = ("2024-09-03 14:21  Système\n  Lettre de refus générée.\n\n"
       "2024-09-03 14:17  QZ08812\n  Demandeur de 28 ans, marié, deux enfants; l'épouse et les enfants accompagneraient "
       "le demandeur au Canada. Programme proposé : maîtrise en administration, Québec. Programmes comparables offerts "
       "à Dakar pour une fraction du coût. Relevé bancaire d'un seul mois, sans historique des transactions. Tout bien "
       "pesé, je ne suis pas convaincu que le demandeur quittera le Canada à la fin de son séjour. Refusé.\n\n"
       "2024-07-30 11:02  Système\n  Données biométriques reçues.\n\n"
       "2024-07-18 08:47  Système\n  Demande reçue (demande électronique).")
APP47 = "S312904417 / IUC 1172-3354"
add(name="fr47-gcms-printout-sp-dakar", lang="fr", degr="scan-150dpi",
    pages=['<div class="gch">DEMANDE</div>' + gcms_fields([
                ("Numéro de demande :", "S312904417"), ("IUC :", "1172-3354"), ("Catégorie :", "Étudiant"),
                ("Date de création :", "2024-07-18"), ("Bureau principal :", "Dakar"),
                ("Statut de la demande :", "Finalisée"), ("Motif du statut :", "Refusée")])
           + '<div class="gch">CLIENT</div>' + gcms_fields([
                ("Nom :", "Diop"), ("Prénom :", "Mamadou"), ("Date de naissance :", "1996-02-11"),
                ("Citoyenneté :", "Sénégal"), ("État matrimonial :", "Marié"), ("Passeport :", "(al. 19(1))")])
           + gc_foot(1, 3, APP47),
           '<div class="gch">ÉVALUATIONS</div>' + gcms_fields([
                ("Admissibilité :", "Échec"), ("Sécurité :", "Réussi"), ("Criminalité :", "Réussi"),
                ("Médical :", "Réussi"), ("Fausses déclarations :", "Non commencé")])
           + '<div class="gch">FINALISER LA DEMANDE</div>' + gcms_fields([
                ("Décision finale :", "Refusée"), ("Date de la décision finale :", "2024-09-03"),
                ("Motifs de refus :", "R216(1)(b) — liens familiaux; but de la visite; biens personnels et situation financière")])
           + gc_foot(2, 3, APP47),
           '<div class="gch">NOTES</div><pre class="notes">%s</pre>' % esc(N47) + gc_foot(3, 3, APP47)],
    concerns=[("ties.accompanying-family", "will-not-leave.family-ties",
               "l'épouse et les enfants accompagneraient le demandeur au Canada"),
              ("purpose.available-at-home", "will-not-leave.purpose-of-visit",
               "Programmes comparables offerts à Dakar pour une fraction du coût"),
              ("funds.transaction-history", "will-not-leave.assets-finances",
               "Relevé bancaire d'un seul mois, sans historique des transactions")],
    label=dict(documentKind="gcms-notes", date=None, applicationNumber="S312904417", uci="11723354",
               permitType="study-permit", decisionLocation="outside-canada", grounds={}, layout="unknown",
               notes="French GCMS (SMGC) printout, three pages. No findings; concerns linked to the factors in 'Motifs de refus'. letter.date null (decision date 2024-09-03 shown in the record)."))

# 48 ---------------------------------------------------------------------------
add(name="fr48-pfl-sp-yaounde-date", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Haut-commissariat du Canada", "Yaoundé (Cameroun)"])
           + ids([("Date :", "le 10 novembre 2025"), ("Demande :", "S315206633"), ("IUC :", "1209-4471")])
           + paras("Madame,", "<b>Lettre d'équité procédurale</b>",
                   "Votre demande de permis d'études est en cours d'examen. Avant de rendre une décision, je souhaite "
                   "vous faire part d'une préoccupation : la lettre d'acceptation de l'établissement présentée à l'appui "
                   "de votre demande ne semble pas authentique, l'établissement n'ayant aucune trace de votre admission.",
                   "Si cette préoccupation est confirmée, vous pourriez être interdite de territoire pour fausses "
                   "déclarations en vertu de l'alinéa 40(1)a) de la LIPR.",
                   "Vous pouvez répondre à la présente lettre et fournir tout renseignement ou document supplémentaire. "
                   "Votre réponse doit nous parvenir au plus tard le 25 novembre 2025. À défaut, une décision sera prise "
                   "en fonction des renseignements au dossier.")
           + sig("Agente d'immigration")],
    label=dict(documentKind="procedural-fairness-letter", date="2025-11-10", applicationNumber="S315206633",
               uci="12094471", permitType="study-permit", decisionLocation="outside-canada", grounds={},
               respondBy="2025-11-25", layout="unknown",
               notes="French procedural-fairness letter with a response date printed (no number of days, so respondDays null)."))

# 49 ---------------------------------------------------------------------------
N49 = ("Demande de prolongation de PT fermé. Lettre de demande de documents envoyée le 2025-07-21 (T4, talons de "
       "paie); délai de 30 jours. Aucun document reçu. Refusé en vertu du par. 16(1) de la LIPR.")
add(name="fr49-wp-extension-docs-vegreville-notes", lang="fr", degr="none",
    pages=[letterhead(IRCC_FR, ["Centre de traitement des demandes de Vegreville"])
           + ids([("Date :", "2025-09-09"), ("Demande :", "W313150284"), ("IUC :", "1191-6620")])
           + paras("Monsieur,",
                   "Votre demande de prolongation de votre permis de travail est refusée.",
                   "Le paragraphe 16(1) de la LIPR exige que toute personne qui fait une demande produise tous les "
                   "éléments de preuve pertinents et les documents que l'agent exige. Le 2025-07-21, nous vous avons "
                   "demandé de fournir vos feuillets T4 et vos talons de paie récents; ces documents n'ont pas été reçus.",
                   "Votre statut a pris fin. Vous pouvez demander le rétablissement de votre statut dans les 90 jours "
                   "suivant la date de la présente lettre; sinon, vous devez quitter le Canada.",
                   "Les notes de l'agent sont jointes.")
           + sig("Agent d'immigration", "CTD Vegreville"),
           notes_page("Notes de l'agent", N49)],
    concerns=[("documents.missing", "documents.not-provided",
               "Lettre de demande de documents envoyée le 2025-07-21 (T4, talons de paie); délai de 30 jours. Aucun document reçu")],
    label=dict(documentKind="refusal-letter", date="2025-09-09", applicationNumber="W313150284", uci="11916620",
               permitType="work-permit", decisionLocation="inside-canada",
               grounds={"documents.not-provided": []}, restorationAvailable=True, mustLeaveCanada=True,
               layout="in-canada", notes="French in-Canada extension refusal (A16(1) documents) with French notes page."))

# 50 ---------------------------------------------------------------------------
N50 = ("PA 26 y.o., holds a master's degree in finance (2023); proposed program is a one-year AEC in accounting in "
       "Montreal, a lower level than studies already completed. Parents are the sponsors; father's salary slips not "
       "provided and bank balance is not backed by tax records.\nWeighing the factors in this application, I am not "
       "satisfied that the applicant will depart Canada at the end of the period authorized for their stay.")
add(name="fr50-sp-checkbox-paren-rabat-notes", lang="fr", degr="scan-200dpi",
    pages=[letterhead(IRCC_FR, ["Section de l'immigration", "Ambassade du Canada au Maroc, Rabat"])
           + ids([("Date :", "2025-10-22"), ("Demande :", "S314470915"), ("IUC :", "12-0779-3046")])
           + paras("Madame,", esc(FORMS["frA"]["intro"]))
           + cbform("frA", "paren", ticked={"wnl", "funds"}, factors={"assets-finances", "purpose-of-visit"})
           + paras("Les notes de décision de l'agent figurent en annexe.") + sig("Agent d'immigration", "Rabat"),
           notes_page("Officer's decision notes", N50)],
    concerns=[("purpose.study-regression", "will-not-leave.purpose-of-visit", "a lower level than studies already completed"),
              ("funds.income-not-documented", "insufficient-funds",
               "father's salary slips not provided and bank balance is not backed by tax records")],
    label=dict(documentKind="refusal-letter", date="2025-10-22", applicationNumber="S314470915", uci="1207793046",
               permitType="study-permit", decisionLocation="outside-canada",
               grounds={"will-not-leave": ["assets-finances", "purpose-of-visit"], "insufficient-funds": []},
               layout="checkbox",
               notes="French (x)/( ) form with English notes. Funds concern linked to insufficient-funds (default; the letter ticks both funds and assets)."))
