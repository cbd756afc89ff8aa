#!/usr/bin/env python3
"""Regenerate every file of the grounds-2 blind set from src/.

Needs: chromium, poppler-utils (pdftoppm), Debian imagemagick (/usr/bin/convert), img2pdf.
Usage: python3 make.py [NAME ...]   (no names = everything)
"""
import json, os, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import letters_en, letters_fr  # noqa: E402

BUILD = os.path.join(HERE, "build")
OUT = os.path.join(HERE, "letters")
LAB = os.path.join(HERE, "labels")
CONVERT = "/usr/bin/convert"
EXT = {"none": "pdf", "scan": "pdf", "fax": "pdf", "photo": None, "tiff": "tif"}


def run(cmd):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), r.stderr.decode()[-2000:]))


def html_to_pdf(name, html_text):
    h = os.path.join(BUILD, name + ".html")
    p = os.path.join(BUILD, name + ".pdf")
    with open(h, "w", encoding="utf-8") as f:
        f.write(html_text)
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--print-to-pdf=" + p, "--no-pdf-header-footer", "file://" + h])
    return p


def raster(pdf, name, dpi, gray=True, pages=None, mono=False):
    """Rasterise to PNG/PBM files; returns list of paths in page order."""
    base = os.path.join(BUILD, name + "-r")
    for f in os.listdir(BUILD):
        if f.startswith(name + "-r-"):
            os.remove(os.path.join(BUILD, f))
    cmd = ["pdftoppm", "-r", str(dpi)]
    cmd += ["-mono"] if mono else (["-gray"] if gray else [])
    if not mono:
        cmd += ["-png"]
    cmd += [pdf, base]
    run(cmd)
    files = sorted(f for f in os.listdir(BUILD) if f.startswith(name + "-r-"))
    paths = [os.path.join(BUILD, f) for f in files]
    if pages:
        paths = [paths[i - 1] for i in pages]
    return paths


def scan(pdf, name, d):
    """Office-scanner look: tilt, blur, noise, JPEG artefacts, wrapped back into a PDF as images."""
    dpi = d.get("dpi", 200)
    imgs = raster(pdf, name, dpi, pages=d.get("pages"))
    outs = []
    for i, src in enumerate(imgs, 1):
        o = os.path.join(BUILD, "%s-s%d.jpg" % (name, i))
        rot = d.get("rot", 1.0) * (1 if i % 2 else -0.7)
        cmd = [CONVERT, src, "-seed", str(100 + i), "-background", "white", "-rotate", "%.2f" % rot, "+repage",
               "-blur", "0x%.2f" % d.get("blur", 0.6),
               "-attenuate", str(d.get("noise", 0.4)), "+noise", "Gaussian",
               "-level", "8%,92%"]
        pr = d.get("pagerot", {}).get(i)
        if pr:
            cmd += ["-rotate", str(pr), "+repage"]
        cmd += ["-density", str(dpi), "-units", "PixelsPerInch", "-quality", str(d.get("jpeg", 55)), o]
        run(cmd)
        outs.append(o)
    dst = os.path.join(OUT, name + ".pdf")
    run(["img2pdf", "--output", dst] + outs)
    return dst


def fax(pdf, name, d):
    """Bilevel 200 dpi, CCITT Group 4 inside a PDF."""
    imgs = raster(pdf, name, 200, gray=True, pages=d.get("pages"))
    outs = []
    for i, src in enumerate(imgs, 1):
        o = os.path.join(BUILD, "%s-f%d.tif" % (name, i))
        run([CONVERT, src, "-seed", str(7 + i), "-background", "white", "-rotate", "%.2f" % d.get("rot", 0.4), "+repage",
             "-blur", "0x0.7", "-attenuate", "0.08", "+noise", "Impulse",
             "-threshold", "%d%%" % d.get("thr", 55), "-type", "bilevel",
             "-density", "200", "-units", "PixelsPerInch", "-compress", "Group4", o])
        outs.append(o)
    dst = os.path.join(OUT, name + ".pdf")
    run(["img2pdf", "--output", dst] + outs)
    return dst


def photo(pdf, name, d):
    """Phone photo of page 1: perspective, shadow, lower resolution, PNG or JPEG."""
    fmt = d.get("fmt", "jpg")
    src = raster(pdf, name, d.get("dpi", 110), gray=False, pages=[d.get("page", 1)])[0]
    o1 = os.path.join(BUILD, name + "-p1.png")
    # put the sheet on a darker "table"
    run([CONVERT, src, "-bordercolor", "#8a7f70", "-border", "60x70", o1])
    w, h = [int(x) for x in subprocess.check_output(
        ["identify", "-format", "%w %h", o1]).decode().split()]
    k = d.get("skew", 1.0)
    a, b = int(w * 0.045 * k), int(h * 0.03 * k)
    pts = "0,0 %d,%d  %d,0 %d,%d  %d,%d %d,%d  0,%d %d,%d" % (
        a, b, w, w - a // 3, int(b * 1.6),
        w, h, w - int(a * 1.2), h - b // 2, h, a // 4, h - int(b * 1.3))
    o2 = os.path.join(BUILD, name + "-p2.png")
    run([CONVERT, o1, "-matte", "-virtual-pixel", "background", "-background", "#6f665a",
         "-distort", "Perspective", pts, "-rotate", str(d.get("rot", -1.2)), "+repage", o2])
    w2, h2 = [int(x) for x in subprocess.check_output(
        ["identify", "-format", "%w %h", o2]).decode().split()]
    shadow = os.path.join(BUILD, name + "-sh.png")
    run([CONVERT, "-size", "%dx%d" % (w2, h2), "radial-gradient:white-#c4c4c4",
         "-gravity", "northwest", "-crop", "%dx%d+0+0" % (w2, h2), shadow])
    dst = os.path.join(OUT, "%s.%s" % (name, fmt))
    cmd = [CONVERT, o2, shadow, "-compose", "multiply", "-composite", "-seed", "3",
           "-attenuate", "0.3", "+noise", "Gaussian", "-blur", "0x0.5", "-modulate", "114,85"]
    if fmt == "jpg":
        cmd += ["-quality", str(d.get("jpeg", 70))]
    cmd += ["-flatten", dst]
    run(cmd)
    return dst


def tiff(pdf, name, d):
    imgs = raster(pdf, name, d.get("dpi", 200), gray=True)
    dst = os.path.join(OUT, name + ".tif")
    run([CONVERT] + imgs + ["-seed", "5", "-background", "white", "-rotate", "0.6", "+repage", "-attenuate", "0.3",
                            "+noise", "Gaussian", "-density", str(d.get("dpi", 200)), "-units",
                            "PixelsPerInch", "-compress", "jpeg", "-quality", "70", "-adjoin", dst])
    return dst


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(LAB, exist_ok=True)
    want = set(sys.argv[1:])
    allletters = letters_en.LETTERS + letters_fr.LETTERS
    names = [l["name"] for l in allletters]
    assert len(names) == len(set(names)), "duplicate names"
    if not want:  # full rebuild: clear outputs
        for d in (OUT, LAB):
            for f in os.listdir(d):
                os.remove(os.path.join(d, f))
    for L in allletters:
        name = L["name"]
        if want and name not in want:
            continue
        d = L.get("degr", {"kind": "none"})
        pdf = html_to_pdf(name, L["html"])
        k = d["kind"]
        if k == "none":
            dst = os.path.join(OUT, name + ".pdf")
            shutil.copy(pdf, dst)
        elif k == "scan":
            dst = scan(pdf, name, d)
        elif k == "fax":
            dst = fax(pdf, name, d)
        elif k == "photo":
            dst = photo(pdf, name, d)
        elif k == "tiff":
            dst = tiff(pdf, name, d)
        else:
            raise SystemExit("unknown degradation " + k)
        lab = dict(L["label"])
        label = {"file": "letters/" + os.path.basename(dst)}
        label.update(lab)
        with open(os.path.join(LAB, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("made", os.path.basename(dst))


if __name__ == "__main__":
    main()
