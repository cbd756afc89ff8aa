"""HTML building blocks shared by the document sources in docs_*.py."""

EN_DEPT = "Immigration, Refugees<br>and Citizenship Canada"
FR_DEPT = "Immigration, Réfugiés<br>et Citoyenneté Canada"


def lh(office, lang="en"):
    a, b = (EN_DEPT, FR_DEPT) if lang == "en" else (FR_DEPT, EN_DEPT)
    return (f'<div class="lh"><div class="flag"></div><div class="dept"><b>{a}</b></div>'
            f'<div class="dept" style="margin-left:18px">{b}</div><div class="wordmark">Canada</div></div>'
            f'<div class="office">{office}</div>')


def ids(lines):
    return '<div class="ids">' + "<br>".join(lines) + "</div>"


def paras(*ps):
    return "".join(f"<p>{p}</p>" for p in ps)


def bullets(items):
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def foot(left, right):
    return f'<div class="foot"><span>{left}</span><span>{right}</span></div>'


def notes_page(heading, body_paras, footer=("", ""), sub=None, mono=True):
    cls = "notesbox" if mono else ""
    s = f'<div class="notes-h">{heading}</div>'
    if sub:
        s += f'<p class="small">{sub}</p>'
    s += f'<div class="{cls}">' + paras(*body_paras) + "</div>"
    return s + foot(*footer)


def cb(checked, text, indent=False):
    g = "☒" if checked else "☐"
    return f'<div class="cbl{" ind" if indent else ""}"><span class="cb">{g}</span>{text}</div>'


# ---------- GCMS printout ----------

def ghead(app, uci, page, total, lang="en"):
    if lang == "en":
        l = f"Application: {app} &nbsp; UCI: {uci}"
        r = f"Page {page} of {total}"
    else:
        l = f"Demande : {app} &nbsp; IUC : {uci}"
        r = f"Page {page} de {total}"
    return f'<div class="ghead"><span>{l}</span><span>PROTECTED B / PROTÉGÉ B</span><span>{r}</span></div>'


def gfoot(text):
    return f'<div class="foot"><span>{text}</span><span></span></div>'


def sec(title):
    return f'<div class="gsec">{title}</div>'


def fields(rows):
    return '<table class="f">' + "".join(
        f'<tr><td class="k">{k}</td><td>{v}</td></tr>' for k, v in rows) + "</table>"


def note(n, date, who, kind, text_paras):
    body = "".join(f"<p>{t}</p>" for t in text_paras)
    return (f'<div class="note"><div class="nh">Note #{n} &nbsp;|&nbsp; {date} &nbsp;|&nbsp; '
            f'{who} &nbsp;|&nbsp; {kind}</div>{body}</div>')


def ex(code, top_in):
    return f'<div class="ex" style="top:{top_in}in">{code}</div>'


def redact():
    return '<span class="redact"></span>'
