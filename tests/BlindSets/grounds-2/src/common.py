"""HTML helpers shared by the letter sources. Standard library only."""
import html

FONTS = {
    "sans": "'Nimbus Sans', 'DejaVu Sans', sans-serif",
    "serif": "'Nimbus Roman', 'DejaVu Serif', serif",
    "dserif": "'DejaVu Serif', serif",
    "bookman": "'URW Bookman', 'DejaVu Serif', serif",
    "mono": "'Nimbus Mono PS', 'DejaVu Sans Mono', monospace",
    "dsans": "'DejaVu Sans', sans-serif",
}

CSS = """
@page { size: %(page)s; margin: %(margin)s; }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.32; color: #111; }
.lh { border-bottom: 1.5px solid #222; padding-bottom: 6px; margin-bottom: 14px; display: flex; justify-content: space-between; align-items: flex-end; }
.lh .flag { width: 34px; height: 17px; background: linear-gradient(90deg,#c00 0 25%%,#fff 25%% 75%%,#c00 75%%); border: 1px solid #999; display:inline-block; margin-right: 8px; vertical-align: middle;}
.lh .dept { font-size: 0.86em; line-height: 1.15; }
.lh .wm { font-weight: bold; font-size: 1.05em; }
.meta td { padding: 0 10px 0 0; vertical-align: top; }
.meta { margin: 6px 0 12px 0; border-collapse: collapse; }
.right { text-align: right; }
.small { font-size: 0.85em; }
.tiny { font-size: 0.75em; color: #333; }
h3 { font-size: 1.0em; margin: 12px 0 6px 0; }
ul.cb, ul.plain { list-style: none; padding-left: 0; margin: 4px 0; }
ul.cb li { margin: 3px 0; padding-left: 1.9em; text-indent: -1.9em; }
ul.cb ul.cb { margin-left: 1.6em; }
.box { display: inline-block; width: 0.85em; height: 0.85em; border: 1.2px solid #000; text-align: center; line-height: 0.85em; font-size: 0.95em; font-weight: bold; text-indent: 0; vertical-align: -0.1em; margin-right: 0.45em; font-family: 'DejaVu Sans', sans-serif; }
.dbox { display: inline-block; width: 0.8em; height: 0.8em; border: 1.2px solid #000; vertical-align: -0.1em; margin-right: 0.5em; position: relative; text-indent: 0; }
.dbox svg { position: absolute; left: 0; top: 0; width: 100%%; height: 100%%; }
.glyph { font-family: 'DejaVu Sans', sans-serif; margin-right: 0.35em; text-indent: 0; }
table.grid { border-collapse: collapse; width: 100%%; margin: 4px 0 6px 1.6em; width: 94%%; }
table.grid td { padding: 2px 6px 2px 0; vertical-align: top; width: 50%%; }
.pb { page-break-before: always; }
.sig { margin-top: 18px; }
.notes { font-family: 'Nimbus Mono PS', 'DejaVu Sans Mono', monospace; font-size: 0.92em; white-space: pre-wrap; border-top: 1px solid #444; padding-top: 6px; }
.foot { margin-top: 22px; font-size: 0.78em; color: #333; border-top: 1px solid #888; padding-top: 4px; }
ol.reasons li, ul.reasons li { margin: 4px 0; }
"""


def esc(s):
    return html.escape(s, quote=False)


def box(ticked, style):
    """One checkbox in the given style."""
    if style == "glyph":
        return '<span class="glyph">%s</span>' % ("\u2612" if ticked else "\u2610")
    if style == "glyph2":
        return '<span class="glyph">%s</span>' % ("\u25a0" if ticked else "\u25a1")
    if style == "glyph3":
        return '<span class="glyph">%s</span>' % ("\u2611" if ticked else "\u2610")
    if style == "ascii":
        return "[%s]&nbsp;" % ("X" if ticked else "&nbsp;&nbsp;")
    if style == "ascii2":
        return "(%s)&nbsp;" % ("x" if ticked else "&nbsp;&nbsp;")
    if style == "css":
        return '<span class="box">%s</span>' % ("X" if ticked else "&nbsp;")
    if style == "csscheck":
        return '<span class="box">%s</span>' % ("\u2713" if ticked else "&nbsp;")
    if style == "drawn":  # square drawn with lines, the X drawn too: no text at all
        inner = ('<svg viewBox="0 0 10 10"><line x1="1" y1="1" x2="9" y2="9" stroke="black" stroke-width="1.6"/>'
                 '<line x1="9" y1="1" x2="1" y2="9" stroke="black" stroke-width="1.6"/></svg>') if ticked else ""
        return '<span class="dbox">%s</span>' % inner
    raise ValueError(style)


def cblist(items, style):
    """items: list of (ticked, html_text) or (ticked, html_text, children_html)."""
    out = ['<ul class="cb">']
    for it in items:
        t, txt = it[0], it[1]
        kids = it[2] if len(it) > 2 else ""
        out.append("<li>%s%s%s</li>" % (box(t, style), txt, kids))
    out.append("</ul>")
    return "\n".join(out)


def grid(items, style, cols=2):
    rows = []
    for i in range(0, len(items), cols):
        cells = "".join("<td>%s%s</td>" % (box(t, style), txt) for t, txt in items[i:i + cols])
        rows.append("<tr>%s</tr>" % cells)
    return '<table class="grid">%s</table>' % "".join(rows)


def letterhead(kind, office_lines, lang="en"):
    """kind: ircc | cic | plain | ircc-fr"""
    office = "<br>".join(office_lines)
    if kind == "cic":
        dept = "Citizenship and Immigration Canada<br>Citoyennet\u00e9 et Immigration Canada"
    elif kind == "ircc-fr":
        dept = "Immigration, R\u00e9fugi\u00e9s et Citoyennet\u00e9 Canada<br>Immigration, Refugees and Citizenship Canada"
    elif kind == "plain":
        return '<div class="small" style="margin-bottom:14px">%s</div>' % office
    else:
        dept = "Immigration, Refugees and Citizenship Canada<br>Immigration, R\u00e9fugi\u00e9s et Citoyennet\u00e9 Canada"
    return ('<div class="lh"><div><span class="flag"></span><span class="dept">%s</span></div>'
            '<div class="small right">%s</div></div>') % (dept, office)


def meta(rows):
    return '<table class="meta">%s</table>' % "".join(
        "<tr><td>%s</td><td>%s</td></tr>" % (a, b) for a, b in rows)


def page(body, font="sans", size="10.5pt", margin="18mm 20mm 18mm 20mm", pg="Letter"):
    css = CSS % {"page": pg, "margin": margin, "font": FONTS[font], "size": size}
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>'
            % (css, body))


# ---------------------------------------------------------------- checkbox forms
FACTOR_ORDER = ["travel-history", "purpose-of-visit", "employment-prospects", "length-of-stay",
                "family-ties", "assets-finances", "current-employment", "immigration-status",
                "previous-contravention"]

FACTORS_EN_A = {
    "travel-history": "your previous travel",
    "purpose-of-visit": "the purpose of your trip to Canada",
    "employment-prospects": "your prospects of finding work in your country of residence",
    "length-of-stay": "the length of the stay you propose in Canada",
    "family-ties": "your family connections in Canada and in your country of residence",
    "assets-finances": "your personal assets and financial situation",
    "current-employment": "your present employment",
    "immigration-status": "your immigration status in the country where you reside",
    "previous-contravention": "a prior stay in Canada during which you did not respect your conditions of admission",
}
FACTORS_EN_B = {
    "travel-history": "Travel history",
    "purpose-of-visit": "Purpose of visit / stated reason for travel",
    "employment-prospects": "Job prospects in country of residence",
    "length-of-stay": "Duration of proposed stay",
    "family-ties": "Family ties (Canada / country of residence)",
    "assets-finances": "Personal assets &amp; financial status",
    "current-employment": "Current employment situation",
    "immigration-status": "Immigration status in country of residence",
    "previous-contravention": "Previous non-compliance with conditions of admission in Canada",
}
FACTORS_FR_A = {
    "travel-history": "vos ant\u00e9c\u00e9dents de voyage",
    "purpose-of-visit": "le but de votre s\u00e9jour au Canada",
    "employment-prospects": "vos perspectives d'emploi dans votre pays de r\u00e9sidence",
    "length-of-stay": "la dur\u00e9e du s\u00e9jour envisag\u00e9 au Canada",
    "family-ties": "vos liens familiaux au Canada et dans votre pays de r\u00e9sidence",
    "assets-finances": "vos biens personnels et votre situation financi\u00e8re",
    "current-employment": "votre situation d'emploi actuelle",
    "immigration-status": "votre statut d'immigrant dans votre pays de r\u00e9sidence",
    "previous-contravention": "le non-respect, lors d'un s\u00e9jour ant\u00e9rieur au Canada, des conditions qui vous avaient \u00e9t\u00e9 impos\u00e9es",
}
FACTORS_FR_B = {
    "travel-history": "Ant\u00e9c\u00e9dents de voyage",
    "purpose-of-visit": "Objet de la visite",
    "employment-prospects": "Perspectives d'emploi (pays de r\u00e9sidence)",
    "length-of-stay": "Dur\u00e9e du s\u00e9jour propos\u00e9",
    "family-ties": "Liens familiaux au Canada / pays de r\u00e9sidence",
    "assets-finances": "Biens personnels et situation financi\u00e8re",
    "current-employment": "Situation d'emploi actuelle",
    "immigration-status": "Statut d'immigrant dans le pays de r\u00e9sidence",
    "previous-contravention": "Contravention ant\u00e9rieure aux conditions d'admission au Canada",
}


def factor_items(names, ticked):
    return [(k in ticked, names[k]) for k in FACTOR_ORDER]


def lab(*, lang, date, app, uci, permit, loc, grounds, layout, degradation, doc="refusal-letter",
        unrec=None, category=None, jr=None, restoration=None, leave=False, source="invented", notes=""):
    if jr is None:
        jr = {"inside-canada": [15], "outside-canada": [60]}.get(loc, [15, 60])
    for g, f in grounds.items():
        assert g in GROUND_IDS, g
        assert not f or g == "will-not-leave", g
        for x in f:
            assert x in FACTOR_ORDER, x
    return {
        "documentKind": doc,
        "language": lang,
        "letter": {"date": date, "applicationNumber": app, "uci": uci, "permitType": permit,
                   "decisionLocation": loc},
        "grounds": grounds,
        "unrecognizedText": unrec or [],
        "category": category,
        "judicialReviewDays": jr,
        "restorationAvailable": restoration,
        "mustLeaveCanada": leave,
        "layout": layout,
        "degradation": degradation,
        "source": source,
        "notes": notes,
    }


GROUND_IDS = {"will-not-leave", "insufficient-funds", "ability-to-perform-work", "job-offer.genuineness",
              "job-offer.lmia", "job-offer.offer-of-employment", "category-eligibility",
              "documents.not-provided", "documents.truthfulness", "misrepresentation",
              "inadmissibility.medical", "inadmissibility.criminality", "inadmissibility.security", "other"}
