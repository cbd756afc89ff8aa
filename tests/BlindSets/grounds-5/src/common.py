"""Shared HTML pieces for the g6 blind set. All names, numbers and offices are invented."""

CSS = """
@page { size: Letter; margin: 18mm 20mm; }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.35; color: #111; }
.hdr { display:flex; justify-content:space-between; border-bottom: 1px solid #444; padding-bottom:6px; margin-bottom:14px; font-size: 9.5pt; }
.flag { font-weight:bold; color:#b00; }
.ids td { padding: 1px 10px 1px 0; }
ul.box { list-style: none; padding-left: 0; }
ul.box li { margin: 4px 0; }
ul.sub { list-style:none; padding-left: 26px; }
.sq { display:inline-block; width:10px; height:10px; border:1px solid #000; margin-right:6px; vertical-align:middle; position:relative; }
.sq.x::after { content:''; position:absolute; left:1px; top:4px; width:8px; height:2px; background:#000; transform: rotate(45deg); }
.sq.x::before { content:''; position:absolute; left:1px; top:4px; width:8px; height:2px; background:#000; transform: rotate(-45deg); }
.pb { page-break-before: always; }
.notes { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; white-space: pre-wrap; }
.small { font-size: 8.5pt; color:#333; }
"""

def page(body, font="'Liberation Serif', serif", size="11pt"):
    return ("<!doctype html><html><head><meta charset='utf-8'><style>" + CSS % {"font": font, "size": size}
            + "</style></head><body>" + body + "</body></html>")

def head(lang, office, old=False):
    if lang == "fr":
        dept = "Immigration, Réfugiés et Citoyenneté Canada" if not old else "Citoyenneté et Immigration Canada"
        dept2 = "Immigration, Refugees and Citizenship Canada" if not old else "Citizenship and Immigration Canada"
    else:
        dept = "Immigration, Refugees and Citizenship Canada" if not old else "Citizenship and Immigration Canada"
        dept2 = "Immigration, Réfugiés et Citoyenneté Canada" if not old else "Citoyenneté et Immigration Canada"
    off = f"<div>{office}</div>" if office else ""
    return f"<div class='hdr'><div><span class='flag'>&#9632; Canada</span><br>{dept}<br>{dept2}</div><div style='text-align:right'>{off}</div></div>"

def ids(rows):
    return "<table class='ids'>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
