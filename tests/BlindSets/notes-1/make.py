#!/usr/bin/env python3
"""Regenerate letters/ and labels/ from the sources in src/.

Needs: chromium, poppler-utils (pdftoppm, pdftotext, pdfinfo), ImageMagick `convert`, img2pdf.
Usage: python3 make.py            (all documents)
       python3 make.py r01 g03    (only names starting with these prefixes)
Every label quote is checked against the text of the page it names (for scans: the clean
render before degradation); the build fails if a quote is missing or a page overflowed.
"""
import datetime, html, json, os, random, re, shutil, subprocess, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "src")
BUILD = os.path.join(ROOT, "build")
sys.path.insert(0, SRC)
import docs_refusals, docs_gcms, docs_other  # noqa: E402

DOCS = docs_refusals.D + docs_gcms.D + docs_other.D
CSS = open(os.path.join(SRC, "style.css"), encoding="utf-8").read()


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def page_text(pdf, p):
    return norm(run(["pdftotext", "-f", str(p), "-l", str(p), "-enc", "UTF-8", pdf, "-"]))


def render(doc):
    name = doc["name"]
    lang = doc["lang"]
    body = "".join(f'<section class="page">{pg}</section>' for pg in doc["pages"])
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(name)}</title>'
            f"<style>{CSS}</style></head><body>{body}</body></html>")
    hp = os.path.join(BUILD, name + ".html")
    open(hp, "w", encoding="utf-8").write(page)
    pdf = os.path.join(BUILD, name + ".clean.pdf")
    run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", f"--print-to-pdf={pdf}", "--no-pdf-header-footer", "file://" + hp])
    return pdf


def npages(pdf):
    out = run(["pdfinfo", pdf])
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def degrade(doc, clean_pdf, out_path):
    """Rasterise, tilt, add noise and blur; wrap back in PDF or save one PNG."""
    name = doc["name"]
    rnd = random.Random(name)  # deterministic per document
    prefix = os.path.join(BUILD, name + "-r")
    run(["pdftoppm", "-r", "150", "-gray", "-png", clean_pdf, prefix])
    imgs = sorted(f for f in os.listdir(BUILD) if f.startswith(name + "-r") and f.endswith(".png") and "-n" not in f)
    outs = []
    for i, f in enumerate(imgs):
        src = os.path.join(BUILD, f)
        dst = os.path.join(BUILD, f"{name}-n{i}.png")
        angle = rnd.choice([-1, 1]) * rnd.uniform(0.4, 1.3)
        run(["convert", src, "-background", "white", "-rotate", f"{angle:.2f}",
             "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.6",
             "-level", "8%,92%", "-colorspace", "Gray", "-depth", "8", "+repage", dst])
        outs.append(dst)
    if out_path.endswith(".png"):
        assert len(outs) == 1, f"{name}: PNG output needs a one-page document"
        shutil.copy(outs[0], out_path)
    else:
        run(["img2pdf", "--pagesize", "Letter", "-o", out_path] + outs)


def label(doc, fname):
    respond_by = doc.get("respondBy")
    days = doc.get("respondDays")
    if days and not respond_by:
        respond_by = (datetime.date.fromisoformat(doc["date"]) + datetime.timedelta(days=days)).isoformat()
    elif days and respond_by:
        assert respond_by == (datetime.date.fromisoformat(doc["date"]) + datetime.timedelta(days=days)).isoformat(), doc["name"]
    return {
        "file": "letters/" + fname,
        "documentKind": doc["kind"],
        "language": doc["lang"],
        "letter": {"date": doc.get("date"), "applicationNumber": doc.get("app"), "uci": doc.get("uci")},
        "grounds": doc.get("grounds", {}),
        "concerns": [{"concernId": c, "groundId": g, "quote": q, "page": p} for c, g, q, p in doc["concerns"]],
        "respondBy": respond_by,
        "respondDays": days,
        "degradation": doc.get("degradation", "none"),
        "source": doc["source"],
        "notes": doc.get("notes", ""),
    }


def main():
    only = sys.argv[1:]
    os.makedirs(BUILD, exist_ok=True)
    for d in ("letters", "labels"):
        os.makedirs(os.path.join(ROOT, d), exist_ok=True)
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    errors = []
    for doc in DOCS:
        if only and not any(doc["name"].startswith(o) for o in only):
            continue
        name = doc["name"]
        ext = doc.get("ext", "pdf")
        fname = f"{name}.{ext}"
        clean = render(doc)
        n = npages(clean)
        if n != len(doc["pages"]):
            errors.append(f"{name}: {n} pages rendered, {len(doc['pages'])} expected (overflow?)")
        for c, g, q, p in doc["concerns"]:
            if norm(q) not in page_text(clean, p):
                errors.append(f"{name}: quote not on page {p}: {q!r}")
            words = len(q.split())
            if not 5 <= words <= 15:
                errors.append(f"{name}: quote has {words} words: {q!r}")
        out = os.path.join(ROOT, "letters", fname)
        if doc.get("degradation", "none") == "scan":
            degrade(doc, clean, out)
        else:
            shutil.copy(clean, out)
        with open(os.path.join(ROOT, "labels", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(label(doc, fname), f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("ok", fname)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
