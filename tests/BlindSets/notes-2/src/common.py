"""Shared HTML building blocks for the notes-2 blind set (all text invented unless a label says otherwise)."""
import html as _h

CSS = """
@page { size: Letter; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; }
.page { width: 8.5in; height: 11in; padding: 0.7in 0.8in 0.6in 0.8in; position: relative; overflow: hidden; page-break-after: always; }
.page:last-child { page-break-after: auto; }
.lh { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 1px solid #999; padding-bottom: 6px; margin-bottom: 18px; font-size: 9pt; }
.lh .flag { display: inline-block; width: 34px; height: 17px; margin-right: 8px; vertical-align: middle;
  background: linear-gradient(90deg, #d52b1e 0 25%, #fff 25% 75%, #d52b1e 75% 100%); border: 1px solid #d52b1e; position: relative; }
.lh .flag:after { content: ''; position: absolute; left: 13px; top: 4px; width: 7px; height: 7px; background: #d52b1e; transform: rotate(45deg); }
.lh .dept { line-height: 1.25; }
.wordmark { position: absolute; bottom: 0.45in; right: 0.8in; font-family: 'DejaVu Serif', serif; font-size: 13pt; }
.office { font-size: 9.5pt; line-height: 1.3; margin-bottom: 14px; }
table.ids { border-collapse: collapse; margin: 6px 0 16px 0; font-size: 10pt; }
table.ids td { padding: 1px 14px 1px 0; vertical-align: top; }
p { margin: 0 0 9px 0; line-height: 1.38; text-align: left; }
ul { margin: 0 0 10px 0; padding-left: 22px; } li { margin-bottom: 5px; line-height: 1.35; }
h1 { font-size: 13pt; margin: 0 0 12px 0; } h2 { font-size: 11.5pt; margin: 14px 0 8px 0; }
.sig { margin-top: 22px; line-height: 1.3; }
.small { font-size: 8.5pt; color: #333; }
.notes { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.3pt; line-height: 1.45; white-space: pre-wrap; }
.notes-prop { font-size: 10pt; line-height: 1.45; }
.cb { font-family: 'DejaVu Sans', sans-serif; margin-right: 6px; }
.re { font-weight: bold; margin: 10px 0 12px 0; }
.redact { display: inline-block; background: #fff; border: 1px solid #777; width: 210px; height: 11px; vertical-align: middle; }
.rline { display:block; border: 1px solid #777; height: 12px; margin: 3px 0; width: 85%; }
.ex { position: absolute; right: 0.25in; font-size: 8pt; color: #444; }
/* GCMS printout */
.g { font-family: 'DejaVu Sans Mono', monospace; font-size: 8.6pt; line-height: 1.38; }
.g .gh { display: flex; justify-content: space-between; border-bottom: 1px solid #000; padding-bottom: 3px; margin-bottom: 10px; font-size: 8pt; }
.g .gf { position: absolute; bottom: 0.35in; left: 0.8in; right: 0.8in; display: flex; justify-content: space-between; border-top: 1px solid #000; padding-top: 3px; font-size: 8pt; }
.g .stamp { position: absolute; top: 0.3in; right: 0.8in; font-size: 7.5pt; border: 1px solid #555; padding: 2px 5px; color: #333; }
.g h3 { font-size: 9.5pt; background: #ddd; padding: 2px 4px; margin: 10px 0 5px 0; }
.g table { border-collapse: collapse; width: 100%; margin-bottom: 6px; }
.g td { padding: 1px 6px 1px 0; vertical-align: top; }
.g td.k { width: 34%; color: #222; }
.g .note { border-top: 1px dashed #666; padding: 4px 0 6px 0; }
.g .note .meta { color: #222; }
.g .note .txt { white-space: pre-wrap; margin-top: 2px; }
"""

def esc(s):
    return _h.escape(s, quote=False)

def doc(pages, title="document"):
    body = "\n".join(pages)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title><style>{CSS}</style></head><body>{body}</body></html>"

def page(inner, extra_class=""):
    return f"<div class='page {extra_class}'>{inner}</div>"

def letterhead(lang="en", old=False):
    if old:
        en, fr = "Citizenship and Immigration Canada", "Citoyenneté et Immigration Canada"
    else:
        en, fr = "Immigration, Refugees and Citizenship Canada", "Immigration, Réfugiés et Citoyenneté Canada"
    first, second = (en, fr) if lang == "en" else (fr, en)
    return (f"<div class='lh'><div><span class='flag'></span><span class='dept'>{first}</span></div>"
            f"<div class='dept' style='text-align:right'>{second}</div></div>")

def wordmark():
    return "<div class='wordmark'>Canad&auml;</div>"

def office(lines):
    return "<div class='office'>" + "<br>".join(lines) + "</div>"

def ids(rows):
    return "<table class='ids'>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"

def paras(text):
    """Blank-line separated paragraphs -> <p>. Lines starting with '- ' become a list."""
    out = []
    for block in [b.strip() for b in text.strip().split("\n\n")]:
        lines = block.split("\n")
        if all(l.startswith("- ") for l in lines):
            out.append("<ul>" + "".join(f"<li>{l[2:]}</li>" for l in lines) + "</ul>")
        else:
            out.append("<p>" + " ".join(lines) + "</p>")
    return "\n".join(out)

def notes_page(heading, body, lang="en", mono=True, ids_rows=None, header_extra=""):
    cls = "notes" if mono else "notes-prop"
    idh = ids(ids_rows) if ids_rows else ""
    if mono:
        content = f"<div class='{cls}'>{body.strip()}</div>"
    else:
        content = f"<div class='{cls}'>{paras(body)}</div>"
    return page(f"{letterhead(lang)}{header_extra}<h1>{heading}</h1>{idh}{content}")

# ---------- GCMS printout ----------
def gcms_page(app, uci, n, total, inner, lang="en", release="P-2025-00000", margin_codes=()):
    if lang == "en":
        top_l, top_r = "Protected B when completed", f"Application: {app}    UCI: {uci}"
        stamp = f"Released under the Privacy Act / Divulgué en vertu de la LPRP &middot; {release}"
        foot_l, foot_r = "GCMS - Global Case Management System", f"Page {n} of {total}"
    else:
        top_l, top_r = "Protégé B une fois rempli", f"Demande : {app}    IUC : {uci}"
        stamp = f"Divulgué en vertu de la LPRP / Released under the Privacy Act &middot; {release}"
        foot_l, foot_r = "SMGC - Système mondial de gestion des cas", f"Page {n} de {total}"
    mc = "".join(f"<div class='ex' style='top:{top}in'>{code}</div>" for top, code in margin_codes)
    return (f"<div class='page g'><div class='stamp'>{stamp}</div>"
            f"<div class='gh'><span>{top_l}</span><span>{top_r}</span></div>{inner}{mc}"
            f"<div class='gf'><span>{foot_l}</span><span>{foot_r}</span></div></div>")

def kv(title, rows):
    t = f"<h3>{title}</h3>" if title else ""
    return t + "<table>" + "".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"

def gnote(meta, text):
    return f"<div class='note'><div class='meta'>{meta}</div><div class='txt'>{text.strip()}</div></div>"
