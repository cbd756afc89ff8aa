#!/usr/bin/env python3
"""Regenerate letters/ and labels/ from src/ (Python 3 stdlib + chromium, poppler-utils, ImageMagick /usr/bin/convert, img2pdf).
Usage: python3 make.py [name-substring ...]"""
import json, os, re, shutil, subprocess, sys, unicodedata, hashlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import common, refusals, gcms, others

BUILD = os.path.join(HERE, "build")
LET, LAB = os.path.join(HERE, "letters"), os.path.join(HERE, "labels")
CONVERT = "/usr/bin/convert"

def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if r.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(cmd)}\n{r.stderr[-2000:]}")
    return r.stdout

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()

def render_pdf(d):
    html_path = os.path.join(BUILD, d["name"] + ".html")
    pdf_path = os.path.join(BUILD, d["name"] + ".pdf")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(common.doc(d["pages"], d["name"]))
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         f"--print-to-pdf={pdf_path}", "--no-pdf-header-footer", "file://" + html_path])
    return pdf_path

def verify(d, pdf):
    info = run(["pdfinfo", pdf])
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    if n != len(d["pages"]):
        raise SystemExit(f"{d['name']}: {n} pages rendered, {len(d['pages'])} expected (overflow?)")
    for c in d["label"]["concerns"]:
        txt = norm(run(["pdftotext", "-layout", "-f", str(c["page"]), "-l", str(c["page"]), pdf, "-"]))
        txt2 = norm(run(["pdftotext", "-f", str(c["page"]), "-l", str(c["page"]), pdf, "-"]))
        q = norm(c["quote"])
        if q not in txt and q not in txt2:
            raise SystemExit(f"{d['name']}: quote not found on page {c['page']}: {c['quote']!r}")
        w = len(c["quote"].split())
        if not 4 <= w <= 16:
            print(f"  warn {d['name']}: quote length {w} words: {c['quote']!r}")

def degrade(d, pdf, out_base):
    seed = int(hashlib.md5(d["name"].encode()).hexdigest()[:6], 16) % 1000
    tmp = os.path.join(BUILD, d["name"] + "-r")
    run(["pdftoppm", "-r", "150", "-gray", "-png", pdf, tmp])
    pngs = sorted(p for p in os.listdir(BUILD) if p.startswith(d["name"] + "-r") and p.endswith(".png"))
    outs = []
    for i, p in enumerate(pngs):
        src = os.path.join(BUILD, p)
        dst = os.path.join(BUILD, f"{d['name']}-scan-{i+1}.png")
        angle = [0.6, -0.45, 0.35, -0.7][(seed + i) % 4]
        run([CONVERT, src, "-seed", str(seed + i), "-blur", "0x0.6", "-level", "0%,93%", "-attenuate", "1.6", "+noise", "Gaussian",
             "-background", "white", "-rotate", str(angle), "-level", "4%,100%", "-colorspace", "Gray", "-depth", "8", dst])
        outs.append(dst)
        os.remove(src)
    if d.get("ext") == "png":
        assert len(outs) == 1, "png output must be one page"
        shutil.copy(outs[0], out_base + ".png")
        return out_base + ".png"
    run(["img2pdf", "--pagesize", "Letter", "-o", out_base + ".pdf"] + outs)
    return out_base + ".pdf"

ORDER = ["file", "documentKind", "language", "letter", "grounds", "concerns", "respondBy", "respondDays", "degradation", "source", "notes"]

def main():
    os.makedirs(BUILD, exist_ok=True); os.makedirs(LET, exist_ok=True); os.makedirs(LAB, exist_ok=True)
    docs = refusals.DOCS + gcms.DOCS + others.DOCS
    names = [d["name"] for d in docs]
    assert len(names) == len(set(names)), "duplicate names"
    sel = sys.argv[1:]
    for d in docs:
        if sel and not any(s in d["name"] for s in sel):
            continue
        print("building", d["name"])
        pdf = render_pdf(d)
        verify(d, pdf)
        base = os.path.join(LET, d["name"])
        for ext in (".pdf", ".png"):
            if os.path.exists(base + ext):
                os.remove(base + ext)
        deg = d.get("degrade", "none")
        out = degrade(d, pdf, base) if deg == "scan" else shutil.copy(pdf, base + ".pdf")
        lab = dict(d["label"])
        lab["file"] = "letters/" + os.path.basename(out)
        lab["degradation"] = deg
        lab.setdefault("respondBy", None); lab.setdefault("respondDays", None)
        lab = {k: lab[k] for k in ORDER}
        with open(os.path.join(LAB, d["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=2); f.write("\n")
    print("done:", len(os.listdir(LET)), "letters,", len(os.listdir(LAB)), "labels")

if __name__ == "__main__":
    main()
