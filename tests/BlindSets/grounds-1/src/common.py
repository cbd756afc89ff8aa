"""Shared HTML pieces: page CSS, letterheads, header blocks, check boxes, checklist forms."""

F = {  # short factor keys -> catalogue ids
    "th": "will-not-leave.travel-history", "pv": "will-not-leave.purpose-of-visit",
    "ep": "will-not-leave.employment-prospects", "ls": "will-not-leave.length-of-stay",
    "ft": "will-not-leave.family-ties", "af": "will-not-leave.assets-finances",
    "ce": "will-not-leave.current-employment", "is": "will-not-leave.immigration-status",
    "pc": "will-not-leave.previous-contravention",
}

CSS = """
@page { size: Letter; margin: 16mm 18mm 16mm 18mm; }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.32; color: #111; }
.lh { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 1.5px solid #222; padding-bottom: 6px; margin-bottom: 10px; }
.lh .flag { display: inline-block; width: 10px; height: 16px; background: #c00; margin-right: 3px; vertical-align: middle; }
.lh .flagw { display: inline-block; width: 14px; height: 16px; border-top: 1px solid #c00; border-bottom: 1px solid #c00; margin-right: 3px; vertical-align: middle; position: relative; }
.lh .dept { font-size: 0.86em; line-height: 1.2; }
.off { font-size: 0.92em; margin: 4px 0 10px 0; }
.meta td { padding: 0 14px 0 0; vertical-align: top; }
.meta { margin: 6px 0 12px 0; border-collapse: collapse; }
.re { font-weight: bold; margin: 10px 0; }
p { margin: 0 0 8px 0; }
.sig { margin-top: 18px; }
.bx { display: inline-block; width: 11px; height: 11px; border: 1.3px solid #000; text-align: center; font: bold 10px/11px "DejaVu Sans", sans-serif; margin-right: 6px; vertical-align: -1px; }
.cl { margin: 4px 0 4px 0; }
.cl .it { margin: 5px 0 5px 0; display: flex; }
.cl .it .b { flex: 0 0 auto; min-width: 30px; font-family: "DejaVu Sans Mono", "DejaVu Sans", monospace; font-size: 1.25em; line-height: 1.05; }
.cl .it .t { flex: 1 1 auto; }
.cl .sub { margin-left: 34px; }
.cl .sub .it { margin: 2px 0; }
.fill { font-family: "DejaVu Sans Mono", monospace; border-bottom: 1px solid #000; padding: 0 4px; }
.hand { font-family: "URW Gothic", "DejaVu Sans", sans-serif; font-style: italic; color: #123; }
.faxhdr { font-family: "Nimbus Mono PS", "DejaVu Sans Mono", monospace; font-size: 9px; border-bottom: 1px dashed #000; margin: -6px 0 8px 0; }
.pb { page-break-before: always; }
.notes { font-family: "DejaVu Sans Mono", monospace; font-size: 0.86em; white-space: pre-wrap; }
.small { font-size: 0.82em; }
.foot { margin-top: 14px; font-size: 0.78em; color: #333; border-top: 1px solid #999; padding-top: 4px; }
ul { margin: 2px 0 8px 0; padding-left: 22px; } li { margin: 3px 0; }
ol { margin: 2px 0 8px 0; padding-left: 24px; } ol li { margin: 3px 0; }
.raw { white-space: pre-wrap; }
"""

LH = {
    "en": ("Immigration, Refugees<br>and Citizenship Canada", "Immigration, Réfugiés<br>et Citoyenneté Canada"),
    "fr": ("Immigration, Réfugiés<br>et Citoyenneté Canada", "Immigration, Refugees<br>and Citizenship Canada"),
    "cic_en": ("Citizenship and<br>Immigration Canada", "Citoyenneté et<br>Immigration Canada"),
    "cic_fr": ("Citoyenneté et<br>Immigration Canada", "Citizenship and<br>Immigration Canada"),
}


def letterhead(kind="en"):
    a, b = LH[kind]
    return ('<div class="lh"><div><span class="flag"></span><span class="flagw"></span><span class="flag"></span>'
            '&nbsp;<span class="dept">%s</span></div><div class="dept" style="text-align:right">%s</div></div>' % (a, b))


def header(office, date=None, ids=(), name=None, addr=(), lh="en", date_first=True, extra=""):
    h = [letterhead(lh)]
    h.append('<div class="off">%s</div>' % "<br>".join(office))
    rows = []
    if date and date_first:
        rows.append(("", date))
    for k, v in ids:
        rows.append((k, v))
    if date and not date_first:
        rows.append(("", date))
    h.append('<table class="meta">' + "".join('<tr><td>%s</td><td>%s</td></tr>' % r for r in rows) + '</table>')
    if name:
        h.append('<p>%s%s</p>' % (name, "".join("<br>" + a for a in addr)))
    h.append(extra)
    return "\n".join(h)


def box(on, style, mark=None):
    if style == "glyph":
        return "☒" if on else "☐"
    if style == "glyph2":
        return "■" if on else "□"
    if style == "ascii":
        return "[X]" if on else "[&nbsp;&nbsp;]"
    if style == "paren":
        return "(x)" if on else "(&nbsp;&nbsp;)"
    if style == "cssx":
        return '<span class="bx">%s</span>' % ("X" if on else "&nbsp;")
    if style == "csscheck":
        return '<span class="bx">%s</span>' % ("✓" if on else "&nbsp;")
    raise ValueError(style)


def item(on, style, text):
    return '<div class="it"><span class="b">%s</span><span class="t">%s</span></div>' % (box(on, style), text)


# ---- checklist wordings (paraphrased, deliberately not the catalogue's template words) ----
CL = {
    "en-a": {
        "intro": "The undersigned has reviewed your application and is not satisfied that it meets the requirements of the "
                 "Immigration and Refugee Protection Act and its Regulations. Your application is therefore refused for the "
                 "reason(s) marked below.",
        "wnl": "It has not been shown, to my satisfaction, that you would depart Canada at the end of the period authorized "
               "for your stay (%(prov)s). Elements weighed in this finding:",
        "f": {"th": "previous travel", "pv": "reason for the trip", "ep": "job prospects in the country where you live",
              "ls": "intended duration of stay in Canada", "ft": "family connections in Canada and at home",
              "af": "savings, property and overall financial situation", "ce": "present occupation / job",
              "is": "residence status in the country where you live",
              "pc": "past failure to respect the conditions of entry during an earlier stay in Canada"},
        "funds": "You have not shown that you have enough money available to support yourself%(fam)s during your stay "
                 "and to pay for your return%(fundsprov)s.",
        "ability": "You have not demonstrated that you could adequately carry out the job you are seeking "
                   "(qualifications, experience, language) (R200(3)(a)).",
        "lmia": "Your offer of employment is not supported by a valid, positive labour market impact assessment (LMIA) for this position.",
        "docs": "You did not submit documents or information that were requested and are reasonably required to assess your application (A16(1)).",
        "truth": "I am not satisfied that you have answered all questions truthfully (A16(1)).",
        "inadm": "You are inadmissible to Canada under section %(inadm)s of the Act.",
        "other": "Other: %(other)s",
    },
    "en-b": {
        "intro": "Following an examination of your application, I have found that you do not meet the requirements of the Act "
                 "and Regulations, for the reason(s) checked:",
        "wnl": "I am not convinced you would exit Canada when your authorized stay ends, as required by %(prov)s. "
               "In coming to this conclusion I looked at, among other things:",
        "f": {"th": "travel record", "pv": "purpose of the trip", "ep": "employment opportunities in your country of residence",
              "ls": "how long you propose to stay in Canada", "ft": "family ties in Canada compared with your country of residence",
              "af": "personal assets and financial standing", "ce": "current employment",
              "is": "immigration status in your country of residence",
              "pc": "history of non-compliance with conditions imposed on a previous stay in Canada"},
        "funds": "Insufficient evidence of funds to cover the cost of your stay%(fam)s%(fundsprov)s.",
        "ability": "It has not been established that you are able to perform the work sought (R200(3)(a)).",
        "lmia": "No valid positive LMIA was provided for the position offered, or the LMIA does not correspond to the offer.",
        "docs": "Documents requested by the officer were not provided (s. 16(1) IRPA).",
        "truth": "Not satisfied that all questions were answered truthfully (s. 16(1) IRPA).",
        "inadm": "Inadmissible to Canada pursuant to section %(inadm)s IRPA.",
        "other": "Other (specify): %(other)s",
    },
    "fr-a": {
        "intro": "Après examen de votre demande, je ne suis pas convaincu(e) que vous répondez aux exigences de la Loi et du "
                 "Règlement. Votre demande est donc refusée pour le ou les motifs cochés ci-dessous :",
        "wnl": "Vous ne m'avez pas convaincu(e) que vous quitteriez le Canada à la fin de la période de séjour autorisée "
               "(%(prov)s). Pour en arriver à cette conclusion, j'ai examiné entre autres :",
        "f": {"th": "vos voyages antérieurs", "pv": "le but de votre séjour", "ep": "les possibilités d'emploi dans votre pays de résidence",
              "ls": "la durée du séjour envisagé au Canada", "ft": "vos attaches familiales au Canada et dans votre pays de résidence",
              "af": "vos avoirs personnels et votre situation financière", "ce": "votre situation professionnelle actuelle",
              "is": "votre statut d'immigration dans le pays où vous résidez",
              "pc": "le fait que vous n'avez pas respecté les conditions d'admission lors d'un séjour antérieur au Canada"},
        "funds": "Vous n'avez pas démontré que vous disposez de fonds suffisants pour subvenir à vos besoins%(fam)s "
                 "pendant votre séjour et pour payer votre retour%(fundsprov)s.",
        "ability": "Vous n'avez pas démontré que vous seriez en mesure d'exercer adéquatement l'emploi que vous souhaitez "
                   "occuper (qualifications, expérience, langue) (alinéa 200(3)a) du RIPR).",
        "lmia": "Votre offre d'emploi n'est pas appuyée par une étude d'impact sur le marché du travail (EIMT) favorable et valide.",
        "docs": "Vous n'avez pas fourni les documents ou renseignements demandés (paragraphe 16(1) de la LIPR).",
        "truth": "Je ne suis pas convaincu(e) que vous avez répondu de façon véridique à toutes les questions (paragraphe 16(1) de la LIPR).",
        "inadm": "Vous êtes interdit(e) de territoire au Canada au titre de l'article %(inadm)s de la LIPR.",
        "other": "Autre : %(other)s",
    },
    "fr-b": {
        "intro": "Votre demande a été examinée. Elle ne satisfait pas aux exigences de la Loi sur l'immigration et la protection "
                 "des réfugiés et de son règlement, pour les raisons indiquées ci-après :",
        "wnl": "L'agent(e) n'est pas convaincu(e) que vous quitterez le Canada au terme de votre séjour, comme l'exige %(prov)s. "
               "Les éléments suivants ont été pris en considération :",
        "f": {"th": "antécédents de voyage", "pv": "motif de la visite", "ep": "perspectives d'emploi dans le pays de résidence",
              "ls": "durée prévue du séjour", "ft": "liens familiaux au Canada et dans le pays de résidence",
              "af": "biens personnels et situation financière", "ce": "emploi actuel",
              "is": "statut dans le pays de résidence",
              "pc": "non-respect des conditions d'admission lors d'un séjour précédent au Canada"},
        "funds": "Preuve insuffisante de ressources financières pour couvrir le séjour%(fundsprov)s.",
        "ability": "Il n'a pas été démontré que vous pourriez exécuter adéquatement le travail recherché (al. 200(3)a) du RIPR).",
        "lmia": "Aucune EIMT favorable valide n'a été présentée pour le poste offert.",
        "docs": "Documents demandés non fournis (par. 16(1) LIPR).",
        "truth": "Réponses non véridiques aux questions posées (par. 16(1) LIPR).",
        "inadm": "Interdiction de territoire — article %(inadm)s de la LIPR.",
        "other": "Autre (préciser) : %(other)s",
    },
}

PROV = {
    ("en", "wp"): "paragraph 200(1)(b) of the Regulations", ("en", "sp"): "R216(1)(b)", ("en", "trv"): "paragraph 179(b) of the IRPR",
    ("fr", "wp"): "l'alinéa 200(1)b) du RIPR", ("fr", "sp"): "l'alinéa 216(1)b) du RIPR", ("fr", "trv"): "l'alinéa 179b) du RIPR",
}


def checklist(variant, style, permit, ticked=(), factors=(), other="", inadm="", order=None, fam=True, items=None):
    """Print the whole list of reasons, tick only `ticked` (keys wnl, funds, ability, lmia, docs, truth, inadm, other)."""
    w = CL[variant]
    lang = variant[:2]
    prov = PROV[(lang, permit)]
    fundsprov = {"sp": " (R220)" if lang == "en" else " (article 220 du RIPR)"}.get(permit, "")
    famtxt = (" and any accompanying family members" if lang == "en" else " et à ceux des membres de votre famille qui vous accompagnent") if fam else ""
    d = {"prov": prov, "fundsprov": fundsprov, "fam": famtxt,
         "other": ('<span class="hand">%s</span>' % other) if other else '<span class="fill">' + "&nbsp;" * 60 + '</span>',
         "inadm": ('<span class="hand">%s</span>' % inadm) if inadm else '<span class="fill">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>'}
    keys = items or ["wnl", "funds", "ability", "lmia", "docs", "truth", "inadm", "other"]
    forder = order or ["th", "pv", "ep", "ls", "ft", "af", "ce", "is", "pc"]
    out = ['<p>%s</p><div class="cl">' % w["intro"]]
    for k in keys:
        out.append(item(k in ticked, style, w[k] % d))
        if k == "wnl":
            out.append('<div class="sub">' + "".join(item(f in factors, style, w["f"][f]) for f in forder) + "</div>")
    out.append("</div>")
    return "\n".join(out)


def page(font='"DejaVu Serif", serif', size="10.5pt", body="", title="letter"):
    return ('<!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s</body></html>' % (title, CSS % {"font": font, "size": size}, body))
