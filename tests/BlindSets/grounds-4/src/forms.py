"""Checkbox forms: the whole list is printed, only the keys in `on` are ticked."""
from helpers import box

# factor keys -> wording per form (own wording, not the catalogue's)
EN_A_F = [
    ('travel-history', 'your previous travel'),
    ('purpose-of-visit', 'the reason for your trip'),
    ('employment-prospects', 'job prospects in your country of residence'),
    ('length-of-stay', 'the duration of your intended stay in Canada'),
    ('family-ties', 'family connections in Canada and in your country of residence'),
    ('assets-finances', 'your personal assets and financial standing'),
    ('current-employment', 'your present employment situation'),
    ('immigration-status', 'your residency status in the country where you live'),
    ('previous-contravention', 'your record of having breached the conditions of admission during an earlier stay in Canada'),
]
EN_B_F = [
    ('travel-history', 'Travel history'), ('family-ties', 'Family ties in Canada and in country of residence'),
    ('purpose-of-visit', 'Purpose of visit'), ('assets-finances', 'Personal assets and financial situation'),
    ('employment-prospects', 'Employment prospects in country of residence'), ('current-employment', 'Current employment'),
    ('length-of-stay', 'Length of proposed stay'), ('immigration-status', 'Immigration status in country of residence'),
    ('previous-contravention', 'Previous non-compliance with conditions of admission in Canada'), (None, ''),
]
FR_A_F = [
    ('travel-history', 'vos voyages antérieurs'),
    ('purpose-of-visit', 'le but de votre séjour'),
    ('employment-prospects', 'les possibilités d\u2019emploi dans votre pays de résidence'),
    ('length-of-stay', 'la durée prévue de votre séjour au Canada'),
    ('family-ties', 'vos attaches familiales au Canada et dans votre pays de résidence'),
    ('assets-finances', 'vos biens personnels et votre situation financière'),
    ('current-employment', 'votre emploi actuel'),
    ('immigration-status', 'votre statut au regard de l\u2019immigration dans votre pays de résidence'),
    ('previous-contravention', 'le fait que vous ayez déjà enfreint les conditions d\u2019admission lors d\u2019un séjour précédent au Canada'),
]
FR_B_F = [
    ('travel-history', 'Antécédents de voyage'), ('family-ties', 'Liens familiaux au Canada et dans le pays de résidence'),
    ('purpose-of-visit', 'Objet de la visite'), ('assets-finances', 'Biens personnels et situation financière'),
    ('employment-prospects', 'Perspectives d\u2019emploi dans le pays de résidence'), ('current-employment', 'Situation d\u2019emploi actuelle'),
    ('length-of-stay', 'Durée du séjour envisagé'), ('immigration-status', 'Statut d\u2019immigrant dans le pays de résidence'),
    ('previous-contravention', 'Non-respect antérieur des conditions d\u2019admission au Canada'), (None, ''),
]


def _list(facs, on, style):
    return ''.join('<div class="fac">%s%s</div>' % (box(k in on, style), t) for k, t in facs)


def _grid(facs, on, style):
    rows = []
    for i in range(0, len(facs), 2):
        cells = []
        for k, t in facs[i:i + 2]:
            cells.append('<td>%s</td>' % ((box(k in on, style) + t) if k else ''))
        rows.append('<tr>%s</tr>' % ''.join(cells))
    return '<table class="grid">%s</table>' % ''.join(rows)


def item(on, style, text):
    return '<div class="item">%s%s</div>' % (box(on, style), text)


def en_a(style, on, other='', what='temporary resident visa'):
    s = []
    s.append('<p>I have reviewed your application for a %s. I am not satisfied that you meet the requirements '
             'of the Immigration and Refugee Protection Act and its Regulations, and your application is '
             'therefore refused.</p><p>The reason(s) for this decision are marked below:</p>' % what)
    s.append(item('wnl' in on, style, 'You have not convinced me that you would depart Canada at the close of your '
                  'authorized stay as a temporary resident. In arriving at this decision, I weighed factors that include:'))
    s.append(_list(EN_A_F, on, style))
    s.append(item('funds' in on, style, 'You have not shown that you have adequate funds to maintain yourself (and any '
                  'family members) during your stay in Canada.'))
    s.append(item('ability' in on, style, 'You have not demonstrated that you could adequately carry out the work you '
                  'would perform in Canada.'))
    s.append(item('docs' in on, style, 'You did not provide the documents or information requested by this office, as '
                  'required by subsection 16(1) of the Act.'))
    s.append(item('truth' in on, style, 'I am not satisfied that all your answers to the questions asked of you were truthful.'))
    s.append(item('medical' in on, style, 'You are inadmissible to Canada on health grounds under section 38 of the Act.'))
    s.append(item('crim' in on, style, 'You are inadmissible to Canada for criminality under section 36 of the Act.'))
    s.append(item('other' in on, style, 'Other: ' + (other if other else '_' * 60)))
    return ''.join(s)


def en_b(style, on, other='', what='work permit'):
    s = []
    s.append('<p>We have examined your %s application and have concluded that it does not satisfy the requirements of '
             'the IRPA and the IRPR. We are therefore unable to approve it, for the reason(s) indicated by a mark below.</p>' % what)
    s.append(item('wnl' in on, style, 'The officer is not satisfied that you will leave Canada when your authorized stay '
                  'ends (R179(b) / R200(1)(b) / R216(1)(b)). Factors considered:'))
    s.append(_grid(EN_B_F, on, style))
    s.append(item('funds' in on, style, 'Insufficient funds to cover your expenses and those of any accompanying family members.'))
    s.append(item('ability' in on, style, 'You have not shown that you are able to perform the duties of the employment '
                  'offered (R200(3)(a)).'))
    s.append(item('genuine' in on, style, 'The officer is not satisfied that the job offer you hold is genuine (R200(5)).'))
    s.append(item('lmia' in on, style, 'No valid positive Labour Market Impact Assessment has been issued for the position.'))
    s.append(item('docs' in on, style, 'Requested documents were not submitted (A16(1)).'))
    s.append(item('misrep' in on, style, 'You are inadmissible to Canada pursuant to paragraph 40(1)(a) of the IRPA for '
                  'directly or indirectly misrepresenting or withholding material facts. Under paragraph 40(2)(a), this '
                  'inadmissibility continues for five years.'))
    s.append(item('truth' in on, style, 'The officer is not satisfied that you answered all questions truthfully (A16(1)).'))
    s.append(item('other' in on, style, 'Other: ' + (other if other else '_' * 60)))
    return ''.join(s)


def fr_a(style, on, other='', what='visa de résident temporaire'):
    s = []
    s.append('<p>J\u2019ai examiné votre demande de %s. Je ne suis pas convaincu que vous répondez aux exigences de la '
             'Loi sur l\u2019immigration et la protection des réfugiés et de son Règlement. Votre demande est donc rejetée.</p>'
             '<p>Les motifs de cette décision sont cochés ci-dessous :</p>' % what)
    s.append(item('wnl' in on, style, 'Vous ne m\u2019avez pas convaincu que vous quitteriez le Canada à l\u2019issue de votre '
                  'séjour autorisé à titre de résident temporaire. Pour rendre cette décision, j\u2019ai tenu compte de '
                  'plusieurs facteurs, notamment :'))
    s.append(_list(FR_A_F, on, style))
    s.append(item('funds' in on, style, 'Vous n\u2019avez pas démontré que vous disposez de moyens financiers suffisants pour '
                  'subvenir à vos besoins (et à ceux des membres de votre famille) pendant votre séjour.'))
    s.append(item('ability' in on, style, 'Vous n\u2019avez pas démontré que vous seriez en mesure d\u2019accomplir '
                  'convenablement le travail que vous comptez exercer au Canada.'))
    s.append(item('docs' in on, style, 'Vous n\u2019avez pas fourni les documents ou renseignements demandés, comme l\u2019exige '
                  'le paragraphe 16(1) de la LIPR.'))
    s.append(item('truth' in on, style, 'Je ne suis pas convaincu que vous avez répondu de façon véridique à toutes les '
                  'questions qui vous ont été posées.'))
    s.append(item('medical' in on, style, 'Vous êtes interdit de territoire pour motifs sanitaires (article 38 de la LIPR).'))
    s.append(item('other' in on, style, 'Autre : ' + (other if other else '_' * 60)))
    return ''.join(s)


def fr_b(style, on, other='', what='permis de travail'):
    s = []
    s.append('<p>Nous avons déterminé que votre demande de %s ne répond pas aux exigences de la LIPR et du RIPR. '
             'Par conséquent, nous la refusons pour le ou les motifs marqués ci-après.</p>' % what)
    s.append(item('wnl' in on, style, 'L\u2019agent n\u2019est pas convaincu que vous quitterez le Canada à la fin de la période '
                  'de séjour autorisée (R179b), R200(1)b), R216(1)b)). Facteurs examinés :'))
    s.append(_grid(FR_B_F, on, style))
    s.append(item('funds' in on, style, 'Fonds insuffisants pour couvrir vos frais de séjour et ceux des membres de votre famille.'))
    s.append(item('ability' in on, style, 'Vous n\u2019avez pas démontré que vous pourriez exercer les fonctions de l\u2019emploi '
                  'offert (R200(3)a)).'))
    s.append(item('genuine' in on, style, 'L\u2019agent n\u2019est pas convaincu que l\u2019offre d\u2019emploi est authentique.'))
    s.append(item('docs' in on, style, 'Les documents demandés n\u2019ont pas été fournis (paragraphe 16(1) de la LIPR).'))
    s.append(item('misrep' in on, style, 'Vous êtes interdit de territoire pour fausses déclarations aux termes de '
                  'l\u2019alinéa 40(1)a) de la LIPR, pour une période de cinq ans.'))
    s.append(item('other' in on, style, 'Autre : ' + (other if other else '_' * 60)))
    return ''.join(s)
