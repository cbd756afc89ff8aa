#!/usr/bin/env python3
"""Regenerate the blind test set grounds-1 from the sources in src/.

  src/letters.py   letter texts (HTML fragments) + label facts, one entry per file
  src/html/        the full HTML documents written from src/letters.py (kept, re-written each run)
  build/           intermediate digital PDFs (Chromium print)
  letters/         the test documents (digital PDF, scanned PDF, photos, TIFF, fax PDFs)
  labels/          one JSON label per document

Standard library only; external tools: chromium, pdftoppm (poppler-utils),
ImageMagick 6 `convert` (PDF coder is blocked by policy, so rasters come from pdftoppm),
img2pdf.  Usage:  python3 make.py [NAME ...]
"""
import json, os, random, shutil, subprocess, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import letters as L  # noqa: E402

SRC_HTML = os.path.join(HERE, "src", "html")
BUILD = os.path.join(HERE, "build")
OUT = os.path.join(HERE, "letters")
LAB = os.path.join(HERE, "labels")
CONVERT = "/usr/bin/convert" if os.path.exists("/usr/bin/convert") else "convert"


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("command failed: %s\n%s" % (" ".join(cmd), r.stderr[-2000:]))
    return r.stdout


def chromium_pdf(html_path, pdf_path):
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--print-to-pdf=" + pdf_path, "--no-pdf-header-footer", "file://" + html_path])


def raster(pdf, dpi, prefix, gray=False):
    for f in glob.glob(prefix + "-*.png"):
        os.remove(f)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    run(cmd + [pdf, prefix])
    return sorted(glob.glob(prefix + "-*.png"))


def degrade(name, spec, pdf):
    kind = spec["kind"]
    tmp = os.path.join(BUILD, name + "_tmp")
    os.makedirs(tmp, exist_ok=True)
    rnd = random.Random(name)  # deterministic per file
    if kind == "none":
        out = os.path.join(OUT, name + ".pdf")
        shutil.copy(pdf, out)
        return out
    if kind == "scan":
        dpi = spec.get("dpi", 200)
        pages = raster(pdf, dpi, os.path.join(tmp, "p"), gray=spec.get("gray", True))
        jpgs = []
        for i, p in enumerate(pages):
            ang = spec.get("angle", 1.0) * (1 if i % 2 == 0 else -0.7)
            if spec.get("rotate180_page") == i + 1:
                ang += 180
            if spec.get("rotate90_page") == i + 1:
                ang += 90
            j = os.path.join(tmp, "s%02d.jpg" % i)
            run([CONVERT, p, "-background", "#f4f2ee", "-rotate", "%.2f" % ang, "+repage",
                 "-blur", "0x%.2f" % spec.get("blur", 0.7),
                 "-attenuate", str(spec.get("noise", 0.45)), "+noise", "Gaussian",
                 "-level", "6%,94%", "-density", str(dpi), "-units", "PixelsPerInch",
                 "-quality", str(spec.get("quality", 45)), j])
            jpgs.append(j)
        out = os.path.join(OUT, name + ".pdf")
        run(["img2pdf"] + jpgs + ["-o", out])
        return out
    if kind == "photo":
        pages = raster(pdf, spec.get("dpi", 110), os.path.join(tmp, "p"))
        p = pages[0]
        w, h = [int(x) for x in run(["identify", "-format", "%w %h", p]).split()]
        pad = int(w * 0.08)
        W, H = w + 2 * pad, h + 2 * pad
        # paper on a table, then a perspective pull of the corners
        j = lambda a: int(a * rnd.uniform(0.6, 1.4))
        src = [(pad, pad), (pad + w, pad), (pad + w, pad + h), (pad, pad + h)]
        dst = [(pad + j(w * 0.03), pad + j(h * 0.02)), (pad + w - j(w * 0.02), pad + j(h * 0.035)),
               (pad + w + j(w * 0.015), pad + h - j(h * 0.01)), (pad - j(w * 0.02), pad + h + j(h * 0.005))]
        persp = " ".join("%d,%d %d,%d" % (s[0], s[1], d[0], d[1]) for s, d in zip(src, dst))
        shade = os.path.join(tmp, "shade.png")
        run([CONVERT, "-size", "%dx%d" % (2 * W, 2 * H), "gradient:#ffffff-#9c968a", "-rotate",
             str(spec.get("shadow_angle", 35)), "-gravity", "center", "-crop", "%dx%d+0+0" % (W, H), "+repage",
             "-level", "0%,100%", "-blur", "0x%d" % max(4, W // 60), shade])
        mid = os.path.join(tmp, "mid.png")
        run([CONVERT, p, "-bordercolor", spec.get("table", "#5d4b3a"), "-border", str(pad),
             "-virtual-pixel", "background", "-background", spec.get("table", "#5d4b3a"),
             "-distort", "Perspective", persp, mid])
        ext = spec["ext"]
        out = os.path.join(OUT, name + "." + ext)
        cmd = [CONVERT, mid, shade, "-compose", "Multiply", "-composite",
               "-modulate", "100,80", "-blur", "0x%.1f" % spec.get("blur", 0.9),
               "-attenuate", "0.35", "+noise", "Gaussian",
               "-resize", "%d%%" % spec.get("scale", 85)]
        if ext == "jpg":
            cmd += ["-quality", str(spec.get("quality", 55))]
        run(cmd + [out])
        return out
    if kind == "tiff":
        pages = raster(pdf, spec.get("dpi", 150), os.path.join(tmp, "p"), gray=True)
        out = os.path.join(OUT, name + ".tif")
        run([CONVERT] + pages + ["-attenuate", "0.3", "+noise", "Gaussian", "-colorspace", "Gray", "-density", str(spec.get("dpi", 150)),
                                 "-units", "PixelsPerInch", "-compress", "LZW", out])
        return out
    if kind == "fax":
        dpi = 200
        pages = raster(pdf, dpi, os.path.join(tmp, "p"), gray=True)
        tifs = []
        for i, p in enumerate(pages):
            t = os.path.join(tmp, "f%02d.tif" % i)
            run([CONVERT, p, "-background", "white", "-rotate", "%.2f" % spec.get("angle", 0.4), "+repage",
                 "-attenuate", "0.25", "+noise", "Gaussian", "-blur", "0x0.5",
                 "-threshold", "%d%%" % spec.get("threshold", 58), "-type", "bilevel",
                 "-density", str(dpi), "-units", "PixelsPerInch", "-compress", "Group4", t])
            tifs.append(t)
        multi = os.path.join(tmp, "fax.tif")
        run([CONVERT] + tifs + ["-compress", "Group4", multi])
        out = os.path.join(OUT, name + ".pdf")
        run(["img2pdf", multi, "-o", out])
        return out
    raise ValueError(kind)


def main(only):
    for d in (SRC_HTML, BUILD, OUT, LAB):
        os.makedirs(d, exist_ok=True)
    names = set()
    for e in L.LETTERS:
        name = e["name"]
        assert name not in names, name
        names.add(name)
        if only and name not in only:
            continue
        html = L.render_html(e)
        hp = os.path.join(SRC_HTML, name + ".html")
        with open(hp, "w", encoding="utf-8") as f:
            f.write(html)
        pdf = os.path.join(BUILD, name + ".pdf")
        chromium_pdf(hp, pdf)
        out = degrade(name, e["degrade"], pdf)
        label = L.make_label(e, os.path.relpath(out, HERE))
        with open(os.path.join(LAB, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(label, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("ok", os.path.relpath(out, HERE))
    shutil.rmtree(BUILD, ignore_errors=True) if not only and os.environ.get("KEEP_BUILD") != "1" else None


if __name__ == "__main__":
    main(set(sys.argv[1:]))
