"""HTML building blocks for the grounds-5 blind set (all wording written for this set)."""
import html as _h

CSS = """
@page { size: Letter; margin: 18mm 20mm 18mm 20mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.32; color:#111; }
.lh { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; border-bottom: 1px solid #444; padding-bottom: 4px; margin-bottom: 10px; }
.lh b { font-size: 11.5pt; }
.meta { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; margin: 8px 0 12px 0; }
.g { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; }
.box { display:inline-block; width:11px; height:11px; border:1.3px solid #000; vertical-align:-1px; margin-right:5px; position:relative; }
.item { margin: 5px 0 5px 0; }
.fac { margin: 2px 0 2px 26px; }
table.grid { border-collapse: collapse; margin-left: 24px; width: 92%; }
table.grid td { padding: 2px 6px 2px 0; vertical-align: top; width: 50%; font-size: 10.5pt; }
.pb { page-break-before: always; }
.notes { font-family: 'Liberation Mono', monospace; font-size: 9.5pt; line-height: 1.3; }
.small { font-size: 9pt; }
ul, ol { margin-top: 3px; margin-bottom: 3px; }
li { margin: 3px 0; }
"""

DRAWN_X = ('<svg width="11" height="11" style="position:absolute;left:0;top:0">'
           '<line x1="1" y1="1" x2="10" y2="10" stroke="#000" stroke-width="1.6"/>'
           '<line x1="10" y1="1" x2="1" y2="10" stroke="#000" stroke-width="1.6"/></svg>')

GLYPHS = {
    'x': ('\u2612', '\u2610'),      # ☒ ☐
    'sq': ('\u25a0', '\u25a1'),     # ■ □
    'chk': ('\u2714', '\u2610'),    # ✔ ☐
    'ascii': ('[X]', '[ ]'),
}


def box(on, style):
    if style == 'drawn':
        return '<span class="box">%s</span>' % (DRAWN_X if on else '')
    a, b = GLYPHS[style]
    return '<span class="g">%s</span> ' % (a if on else b)


def page(body):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>'
            % (CSS, body))


def letterhead(lang, office_lines, old=False):
    if lang == 'en':
        dept = 'Citizenship and Immigration Canada' if old else 'Immigration, Refugees and Citizenship Canada'
        dept2 = 'Citoyenneté et Immigration Canada' if old else 'Immigration, Réfugiés et Citoyenneté Canada'
    else:
        dept = 'Immigration, Réfugiés et Citoyenneté Canada'
        dept2 = 'Immigration, Refugees and Citizenship Canada'
    return ('<div class="lh"><b>%s</b> &nbsp;|&nbsp; %s<br>%s</div>'
            % (dept, dept2, '<br>'.join(office_lines)))


def meta(rows):
    """rows: list of (label, value) or plain strings."""
    out = []
    for r in rows:
        if isinstance(r, tuple):
            out.append('%s %s' % (r[0], r[1]))
        else:
            out.append(r)
    return '<div class="meta">%s</div>' % '<br>'.join(out)


def p(*parts):
    return ''.join('<p>%s</p>' % x for x in parts)


def notes_page(title, text, mono=True, extra_head=''):
    cls = 'notes' if mono else ''
    paras = ''.join('<p>%s</p>' % x for x in text)
    return '<div class="pb"><p><b>%s</b></p>%s<div class="%s">%s</div></div>' % (title, extra_head, cls, paras)
