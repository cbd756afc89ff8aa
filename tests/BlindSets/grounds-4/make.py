#!/usr/bin/env python3
"""Regenerate grounds-5: render src/docs.py documents to PDF (chromium), check page counts and that every
label quote / unrecognized text is on the text layer (pdftotext), then apply seeded degradation and write labels.
Deterministic: fixed seeds for ImageMagick noise; one document rendered at a time.
Usage: python3 make.py [name ...]"""
import json, os, re, shutil, subprocess, sys, unicodedata, zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, 'src'))
import docs  # noqa: E402

BUILD = os.path.join(ROOT, 'build')
LET = os.path.join(ROOT, 'letters')
LAB = os.path.join(ROOT, 'labels')


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode:
        raise SystemExit('FAILED %s\n%s' % (' '.join(cmd), r.stderr.decode()[-2000:]))
    return r.stdout


def norm(s):
    s = unicodedata.normalize('NFKC', s).replace('\u2019', "'").replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def render(d):
    h = os.path.join(BUILD, d['name'] + '.html')
    pdf = os.path.join(BUILD, d['name'] + '.clean.pdf')
    with open(h, 'w', encoding='utf-8') as f:
        f.write(d['html'])
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--print-to-pdf=' + pdf, 'file://' + h])
    return pdf


def check(d, pdf):
    info = run(['pdfinfo', pdf]).decode()
    n = int(re.search(r'Pages:\s+(\d+)', info).group(1))
    errs = []
    if n != d['pages']:
        errs.append('pages %d != %d' % (n, d['pages']))
    txt = norm(run(['pdftotext', '-layout', pdf, '-']).decode('utf-8'))
    txt2 = norm(run(['pdftotext', pdf, '-']).decode('utf-8'))
    lab = d['label']
    for q in [c['quote'] for c in lab['concerns']] + lab['unrecognizedText']:
        if norm(q) not in txt and norm(q) not in txt2:
            errs.append('quote not on text layer: %r' % q)
    return errs


def seed(name):
    return zlib.crc32(name.encode()) % 100000


def raster(pdf, dpi, out_prefix, dev='pnggray'):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=' + dev, '-r%d' % dpi,
         '-sOutputFile=' + out_prefix + '-%02d.png', pdf])
    return sorted(os.path.join(BUILD, f) for f in os.listdir(BUILD)
                  if f.startswith(os.path.basename(out_prefix) + '-') and f.endswith('.png'))


def degrade(d, pdf):
    name, deg, s = d['name'], d['deg'], seed(d['name'])
    out = os.path.join(LET, '%s.%s' % (name, d['ext']))
    pre = os.path.join(BUILD, name + '-r')
    for f in os.listdir(BUILD):
        if f.startswith(name + '-r-') or f.startswith(name + '-d-'):
            os.remove(os.path.join(BUILD, f))
    if deg == 'none':
        shutil.copy(pdf, out)
        return
    m = re.match(r'scan-(\d+)dpi(?:-rotated-(\d+))?$', deg)
    if m:
        dpi, rot = int(m.group(1)), int(m.group(2) or 0)
        pages = raster(pdf, dpi, pre)
        outs = []
        for i, pg in enumerate(pages):
            o = os.path.join(BUILD, '%s-d-%02d.png' % (name, i))
            skew = ((s + i) % 9 - 4) * 0.2
            run(['convert', pg, '-seed', str(s + i), '-blur', '0x0.7', '-attenuate', '0.5', '+noise', 'Gaussian',
                 '-background', 'white', '-rotate', '%.1f' % (skew + rot), '+repage', '-level', '8%,96%',
                 '-units', 'PixelsPerInch', '-density', str(dpi), '-depth', '8', o])
            outs.append(o)
        run(['img2pdf', '--output', out] + outs)
        return
    if deg == 'fax-g4-200dpi' or deg == 'tiff-multipage-200dpi':
        pages = raster(pdf, 200, pre)
        tifs = []
        for i, pg in enumerate(pages):
            o = os.path.join(BUILD, '%s-d-%02d.tif' % (name, i))
            run(['convert', pg, '-seed', str(s + i), '-attenuate', '0.3', '+noise', 'Impulse',
                 '-background', 'white', '-rotate', '%.1f' % (((s + i) % 5 - 2) * 0.25), '+repage',
                 '-threshold', '55%', '-type', 'bilevel', '-compress', 'Group4',
                 '-units', 'PixelsPerInch', '-density', '200', o])
            tifs.append(o)
        if deg == 'fax-g4-200dpi':
            run(['img2pdf', '--output', out] + tifs)
        else:
            run(['tiffcp', '-c', 'g4'] + tifs + [out])
        return
    if deg == 'photo':
        pages = raster(pdf, 200, pre, dev='png16m')
        assert len(pages) == 1, 'photo must be one page'
        w, h = 1700, 2200  # Letter at 200 dpi
        dx, dy = 40 + s % 50, 30 + s % 40
        persp = '0,0 %d,%d  %d,0 %d,%d  %d,%d %d,%d  0,%d %d,%d' % (
            dx, dy, w, w - dx // 2, dy + 20, w, h, w - dx, h - dy, h, dx // 3, h - dy // 2)
        tmp = os.path.join(BUILD, name + '-d-00.png')
        run(['convert', pages[0], '-resize', '%dx%d!' % (w, h), '-virtual-pixel', 'background',
             '-background', '#6b5e52', '-distort', 'Perspective', persp,
             '(', '-size', '%dx%d' % (w, h), 'radial-gradient:#fffaf0-#8c8378', ')',
             '-compose', 'Multiply', '-composite', '-seed', str(s), '-attenuate', '0.4', '+noise', 'Gaussian',
             '-blur', '0x0.8', '-units', 'PixelsPerInch', '-density', '200', tmp])
        if d['ext'] == 'jpg':
            run(['convert', tmp, '-quality', '85', out])
        else:
            shutil.copy(tmp, out)
        return
    raise SystemExit('unknown degradation ' + deg)


def main():
    only = set(sys.argv[1:])
    for p in (BUILD, LET, LAB):
        os.makedirs(p, exist_ok=True)
    bad = 0
    for d in docs.DOCS:
        if only and d['name'] not in only:
            continue
        pdf = render(d)
        errs = check(d, pdf)
        if errs:
            bad += 1
            print('ERROR', d['name'], errs)
            continue
        degrade(d, pdf)
        with open(os.path.join(LAB, d['name'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(d['label'], f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('ok', d['name'], d['deg'])
    if bad:
        raise SystemExit('%d documents failed checks' % bad)


if __name__ == '__main__':
    main()
