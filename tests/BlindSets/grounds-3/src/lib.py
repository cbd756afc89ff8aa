"""Shared HTML builders for the grounds-4 blind set (own wording throughout)."""
import html as _h

CSS = """
@page { size: Letter; margin: 0.75in 0.8in; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.32;
       font-variant-ligatures: none; color: #111; }
.pg { page-break-after: always; }
.pg:last-child { page-break-after: auto; }
.lh { border-bottom: 1.5px solid #333; padding-bottom: 4px; margin-bottom: 10px; font-family: 'Liberation Sans', sans-serif; }
.lh .dept { font-weight: bold; font-size: 11.5pt; }
.lh .off { font-size: 9.5pt; }
.ids { font-size: 10.5pt; margin: 6px 0 10px 0; }
.ids td { padding: 0 14px 0 0; }
p { margin: 0 0 8px 0; }
.sans { font-family: 'Liberation Sans', sans-serif; }
.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; line-height: 1.25; }
.small { font-size: 9.5pt; }
table.form { border-collapse: collapse; width: 100%; margin: 2px 0; }
table.form td { vertical-align: top; padding: 2px 4px; }
td.bx { width: 26px; white-space: nowrap; }
.grid { border-collapse: collapse; width: 94%; margin: 2px 0 4px 28px; }
.grid td { border: 0.6px solid #777; padding: 2px 5px; vertical-align: top; font-size: 10.5pt; width: 50%; }
.fac { margin: 0 0 0 28px; font-size: 10.5pt; }
.fac div { margin: 1px 0; }
.sig { margin-top: 14px; }
.nhead { font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 12pt; border-bottom: 1px solid #000; margin-bottom: 8px; }
pre.notes { white-space: pre-wrap; font-family: 'DejaVu Sans Mono', monospace; font-size: 9.6pt; line-height: 1.3; margin: 0; }
.gc td { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; padding: 1px 8px 1px 0; vertical-align: top; }
.gch { font-family: 'Liberation Sans', sans-serif; font-weight: bold; font-size: 10pt; background: #ddd; padding: 2px 4px; margin: 8px 0 3px 0; }
.foot { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; text-align: right; margin-top: 10px; }
ul, ol { margin: 2px 0 8px 0; padding-left: 26px; }
li { margin: 0 0 4px 0; }
"""

def esc(s):
    return _h.escape(s, quote=False)

def doc_html(pages):
    body = "".join('<div class="pg">%s</div>' % p for p in pages)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head>'
            '<body>%s</body></html>' % (CSS, body))

def letterhead(lines_en_fr, office_lines):
    dept = "<br>".join(esc(x) for x in lines_en_fr)
    off = "<br>".join(esc(x) for x in office_lines)
    return '<div class="lh"><div class="dept">%s</div><div class="off">%s</div></div>' % (dept, off)

IRCC = ["Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"]
IRCC_FR = ["Immigration, Réfugiés et Citoyenneté Canada", "Immigration, Refugees and Citizenship Canada"]
CIC = ["Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada"]

def ids(rows):
    return '<table class="ids">%s</table>' % "".join(
        "<tr><td>%s</td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)

def paras(*ps):
    return "".join("<p>%s</p>" % p for p in ps)

# ---------------------------------------------------------------- boxes
def box(style, on):
    if style == "x":
        return "☒" if on else "☐"
    if style == "sq":
        return "■" if on else "□"
    if style == "ascii":
        return "[X]" if on else "[&nbsp;&nbsp;]"
    if style == "paren":
        return "(x)" if on else "(&nbsp;&nbsp;)"
    if style == "check":
        return "☑" if on else "☐"
    if style == "drawn":
        x = ('<line x1="2.5" y1="2.5" x2="9.5" y2="9.5" stroke="#000" stroke-width="1.4"/>'
             '<line x1="9.5" y1="2.5" x2="2.5" y2="9.5" stroke="#000" stroke-width="1.4"/>') if on else ""
        return ('<svg width="12" height="12" style="vertical-align:-1px"><rect x="0.6" y="0.6" width="10.8" '
                'height="10.8" fill="none" stroke="#000" stroke-width="0.9"/>%s</svg>' % x)
    raise ValueError(style)

FACTORS = ["travel-history", "purpose-of-visit", "employment-prospects", "length-of-stay", "family-ties",
           "assets-finances", "current-employment", "immigration-status", "previous-contravention"]

FORMS = {
 "enA": {
  "intro": "After reviewing your application and the documents you submitted, the officer has concluded that "
           "the application does not satisfy the requirements of the Immigration and Refugee Protection Act and "
           "its Regulations. Your application is refused.",
  "lead": "The reasons marked below apply to your application:",
  "wnl": "The officer is not satisfied that you will depart from Canada when the period authorized for your "
         "stay ends. Among the factors weighed:",
  "f": {"travel-history": "previous travel", "purpose-of-visit": "the reason for your trip",
        "employment-prospects": "job prospects in your country of residence",
        "length-of-stay": "the duration of the stay you propose in Canada",
        "family-ties": "family connections in Canada and in your country of residence",
        "assets-finances": "personal assets and financial circumstances",
        "current-employment": "your present employment",
        "immigration-status": "immigration status in your country of residence",
        "previous-contravention": "a record of non-compliance with conditions imposed during an earlier stay in Canada"},
  "funds": "You have not shown sufficient funds to cover your stay in Canada and your departure.",
  "work": "You have not shown that you could properly carry out the duties of the employment you intend to take up in Canada.",
  "docs": "You did not provide the documents or information that were requested of you.",
  "truth": "The officer is not satisfied that you answered truthfully every question put to you.",
  "med": "You are inadmissible to Canada on health grounds (A38).",
  "crim": "You are inadmissible to Canada on grounds of criminality (A36).",
  "sec": "You are inadmissible to Canada on security grounds (A34).",
  "other": "Other:"},
 "enB": {
  "intro": "I have reviewed your application and I am not satisfied that you meet the requirements of the Act "
           "and Regulations. Accordingly, your application is refused for the reason(s) ticked below.",
  "lead": "",
  "wnl": "I am not convinced you would leave Canada at the end of an authorized stay. My decision took into account:",
  "f": {"travel-history": "travel history to date", "purpose-of-visit": "purpose of travel",
        "employment-prospects": "prospects for employment at home",
        "length-of-stay": "planned length of stay in Canada",
        "family-ties": "family ties, in Canada and at home",
        "assets-finances": "assets and financial standing",
        "current-employment": "current job situation",
        "immigration-status": "status in your country of residence",
        "previous-contravention": "earlier breach of the conditions of admission in Canada"},
  "funds": "I am not satisfied that you have enough money to support yourself (and any dependants) in Canada.",
  "work": "You have not demonstrated an ability to do the work you seek in Canada.",
  "docs": "Documents or information that were requested have not been submitted.",
  "truth": "I am not satisfied that your answers to questions were truthful.",
  "med": "You are inadmissible on health grounds.",
  "crim": "You are inadmissible on grounds of criminality.",
  "sec": "You are inadmissible on security grounds.",
  "other": "Other reason(s):"},
 "frA": {
  "intro": "Après avoir étudié votre demande ainsi que les pièces justificatives fournies, j'ai conclu que "
           "celle-ci ne satisfait pas aux exigences de la Loi sur l'immigration et la protection des réfugiés "
           "et de son règlement. Par conséquent, votre demande est rejetée.",
  "lead": "Les motifs cochés ci-dessous s'appliquent à votre cas :",
  "wnl": "Je ne suis pas convaincu(e) que vous quitterez le Canada à l'expiration de la période de séjour "
         "autorisée. J'ai notamment pris en considération :",
  "f": {"travel-history": "vos voyages antérieurs", "purpose-of-visit": "le motif de votre séjour",
        "employment-prospects": "vos perspectives d'emploi dans votre pays de résidence",
        "length-of-stay": "la durée du séjour envisagé au Canada",
        "family-ties": "vos attaches familiales au Canada et dans votre pays de résidence",
        "assets-finances": "vos biens personnels et votre situation financière",
        "current-employment": "votre emploi actuel",
        "immigration-status": "votre statut d'immigration dans votre pays de résidence",
        "previous-contravention": "le non-respect des conditions d'admission lors d'un séjour antérieur au Canada"},
  "funds": "Vous n'avez pas établi que vous disposez de fonds suffisants pour subvenir à vos besoins au Canada et pour votre retour.",
  "work": "Vous n'avez pas démontré que vous seriez capable d'exercer convenablement l'emploi que vous comptez occuper.",
  "docs": "Les documents ou renseignements qui vous ont été demandés n'ont pas été fournis.",
  "truth": "Je ne suis pas convaincu(e) que vous avez répondu de façon véridique à toutes les questions posées.",
  "med": "Vous êtes interdit(e) de territoire pour motifs sanitaires.",
  "crim": "Vous êtes interdit(e) de territoire pour criminalité.",
  "sec": "Vous êtes interdit(e) de territoire pour raison de sécurité.",
  "other": "Autre :"},
 "frB": {
  "intro": "L'agente ou l'agent responsable a examiné votre demande et n'est pas convaincu(e) que vous "
           "remplissez les exigences de la Loi et du Règlement. Votre demande est refusée pour le ou les motifs "
           "indiqués d'une croix.",
  "lead": "",
  "wnl": "L'agent(e) n'est pas convaincu(e) que vous repartirez du Canada au terme du séjour autorisé, compte "
         "tenu des éléments suivants :",
  "f": {"travel-history": "historique de vos déplacements", "purpose-of-visit": "but du voyage",
        "employment-prospects": "débouchés professionnels dans le pays de résidence",
        "length-of-stay": "durée prévue du séjour",
        "family-ties": "liens de famille au Canada et dans le pays de résidence",
        "assets-finances": "avoirs personnels et situation financière",
        "current-employment": "situation professionnelle actuelle",
        "immigration-status": "statut dans le pays de résidence",
        "previous-contravention": "manquement antérieur aux conditions de séjour au Canada"},
  "funds": "Les fonds dont vous disposez ne suffisent pas à couvrir votre séjour au Canada.",
  "work": "Vous n'avez pas établi votre capacité à accomplir le travail que vous voulez faire au Canada.",
  "docs": "Vous n'avez pas transmis les pièces ou les renseignements exigés.",
  "truth": "L'agent(e) n'est pas convaincu(e) de la véracité de vos réponses aux questions posées.",
  "med": "Interdiction de territoire : motifs sanitaires.",
  "crim": "Interdiction de territoire : criminalité.",
  "sec": "Interdiction de territoire : sécurité.",
  "other": "Autre(s) motif(s) :"},
}

def cbform(form, style, ticked=(), factors=(), grid="list", other_text=None, order=None):
    """Print the whole form; only `ticked` main boxes and `factors` factor boxes are marked."""
    F = FORMS[form]
    out = []
    if F["lead"]:
        out.append("<p>%s</p>" % esc(F["lead"]))
    def row(key, text):
        return '<tr><td class="bx">%s</td><td>%s</td></tr>' % (box(style, key in ticked), text)
    rows = [row("wnl", esc(F["wnl"]))]
    out.append('<table class="form">%s</table>' % "".join(rows))
    facs = order or FACTORS
    if grid == "2col":
        cells = ["%s&nbsp;%s" % (box(style, f in factors), esc(F["f"][f])) for f in facs]
        if len(cells) % 2:
            cells.append("&nbsp;")
        trs = "".join("<tr><td>%s</td><td>%s</td></tr>" % (cells[i], cells[i + 1]) for i in range(0, len(cells), 2))
        out.append('<table class="grid">%s</table>' % trs)
    else:
        out.append('<div class="fac">%s</div>' % "".join(
            "<div>%s&nbsp; %s</div>" % (box(style, f in factors), esc(F["f"][f])) for f in facs))
    rows = [row(k, esc(F[k])) for k in ("funds", "work", "docs", "truth", "med", "crim", "sec")]
    ot = esc(other_text) if other_text else "_" * 60
    rows.append(row("other", "%s %s" % (esc(F["other"]), ot)))
    out.append('<table class="form">%s</table>' % "".join(rows))
    return "".join(out)

def notes_page(heading, text, top=None):
    t = '<div class="nhead">%s</div>' % esc(heading)
    if top:
        t += '<div class="small sans" style="margin-bottom:8px">%s</div>' % top
    return t + '<pre class="notes">%s</pre>' % esc(text)

def gcms_fields(rows):
    return '<table class="gc">%s</table>' % "".join(
        "<tr><td><b>%s</b></td><td>%s</td></tr>" % (esc(a), esc(b)) for a, b in rows)
