"""HTML builders for the n3 set. Every piece of wording is invented for this set.

Notes are given as a list of segments: a plain string, or a tuple (concernId, groundId, text).
The tuple's text is printed inline and becomes the label quote, so a quote is always on the text layer.
"""
import html

CSS = """
body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:10.5pt;margin:18mm 20mm;color:#111}
.hdr{display:flex;justify-content:space-between;border-bottom:1px solid #444;padding-bottom:6px;margin-bottom:14px}
.hdr b{font-size:11.5pt} .small{font-size:8.5pt;color:#333}
table.ids td{padding:1px 10px 1px 0}
.box{font-family:'DejaVu Sans Mono',monospace}
.notes{font-family:'DejaVu Sans Mono','Liberation Mono',monospace;font-size:9.5pt;white-space:pre-wrap;border:1px solid #999;padding:8px}
.pb{page-break-before:always}
.gc{font-family:'Liberation Mono','DejaVu Sans Mono',monospace;font-size:9pt}
.gc h3{font-size:10pt;background:#ddd;padding:2px 4px;margin:10px 0 4px}
.gc table td{padding:1px 8px 1px 0;vertical-align:top}
.foot{position:fixed;bottom:6mm;left:20mm;right:20mm;font-size:7.5pt;color:#444;display:flex;justify-content:space-between}
.red{background:#bbb;color:#bbb}
ul{margin-top:4px} li{margin-bottom:4px}
"""

def esc(s):
    return html.escape(s, quote=False)

def notes_text(segments):
    """plain text of the notes and the concern list"""
    out, concerns = [], []
    for s in segments:
        if isinstance(s, tuple):
            cid, gid, text = s
            out.append(text)
            concerns.append({"concernId": cid, "groundId": gid, "quote": text})
        else:
            out.append(s)
    return "".join(out), concerns

def page(body, foot=None):
    f = f'<div class="foot">{foot}</div>' if foot else ""
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{f}{body}</body></html>"

def letterhead(lang, office, old=False):
    if lang == "fr":
        dept = "Immigration, Réfugiés et Citoyenneté Canada"
        if old:
            dept = "Citoyenneté et Immigration Canada"
        other = "Immigration, Refugees and Citizenship Canada"
    else:
        dept = "Immigration, Refugees and Citizenship Canada"
        if old:
            dept = "Citizenship and Immigration Canada"
        other = "Immigration, Réfugiés et Citoyenneté Canada"
    return (f'<div class="hdr"><div><b>{esc(dept)}</b><br><span class="small">{esc(other)}</span></div>'
            f'<div class="small" style="text-align:right">{office}</div></div>')

def ids_block(lang, date_str, app, uci, name, extra=""):
    if lang == "fr":
        rows = [("Date :", date_str), ("Numéro de demande :", app), ("IUC :", uci)]
    else:
        rows = [("Date:", date_str), ("Application No.:", app), ("UCI:", uci)]
    r = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows if b)
    return f'<table class="ids">{r}</table>{extra}<p>{esc(name)}</p>'

def notes_block(lang, heading, segments, meta=""):
    text, _ = notes_text(segments)
    return (f'<div class="pb"></div><h3>{esc(heading)}</h3>'
            f'<p class="small">{esc(meta)}</p><div class="notes">{esc(text)}</div>')
