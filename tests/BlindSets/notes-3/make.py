#!/usr/bin/env python3
"""Builds the n3 blind set: HTML -> chromium PDF -> text-layer check -> optional degradation -> label JSON.
Deterministic: every noise operation is seeded by the document number."""
import json, os, re, subprocess, sys, shutil, glob

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
import docs_refusals, docs_gcms, docs_misc

BUILD = os.path.join(ROOT, "build"); LET = os.path.join(ROOT, "letters"); LAB = os.path.join(ROOT, "labels")
for d in (BUILD, LET, LAB): os.makedirs(d, exist_ok=True)

def run(*cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def norm(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()

def render(doc):
    h = os.path.join(BUILD, doc["base"] + ".html"); p = os.path.join(BUILD, doc["base"] + ".pdf")
    open(h, "w", encoding="utf-8").write(doc["html"])
    if not os.path.exists(p) or os.path.getmtime(p) < os.path.getmtime(h):
        run("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf-no-header", f"--print-to-pdf={p}", "file://" + h)
    return p

def concerns_of(doc):
    if "concerns" in doc: return doc["concerns"]
    from templates import notes_text
    return notes_text(doc["notes"])[1]

def check(doc, pdf):
    txt = norm(subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout)
    raw = norm(subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout)
    bad = [c["quote"] for c in concerns_of(doc) if norm(c["quote"]) not in raw and norm(c["quote"]) not in txt]
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    return bad, pages

def raster(pdf, base, dpi, dev="png16m"):
    for old in glob.glob(os.path.join(BUILD, base + "-p*.png")): os.remove(old)
    run("gs", "-q", "-dNOPAUSE", "-dBATCH", f"-sDEVICE={dev}", f"-r{dpi}", f"-sOutputFile={BUILD}/{base}-p%02d.png", pdf)
    return sorted(glob.glob(os.path.join(BUILD, base + "-p*.png")))

def scan(pdf, base, seed, dpi, rot_small, rot_big):
    outs = []
    for i, png in enumerate(raster(pdf, base, dpi, "pnggray")):
        o = png.replace(".png", "-s.jpg")
        cmd = ["convert", png, "-background", "#ecebe6", "-rotate", str(rot_small + 0.2 * i),
               "+level", "6%,93%", "-seed", str(seed * 10 + i), "-attenuate", "0.35", "+noise", "Gaussian",
               "-blur", "0x0.45"]
        if rot_big: cmd += ["-rotate", str(rot_big)]
        cmd += ["-density", str(dpi), "-units", "PixelsPerInch", "-quality", "82", o]
        run(*cmd); outs.append(o)
    dst = os.path.join(LET, base + ".pdf"); run("img2pdf", "--output", dst, *outs)
    return dst

def photo(pdf, base, seed, ext, bundle):
    outs = []
    for i, png in enumerate(raster(pdf, base, 190)):
        o = png.replace(".png", f"-ph.{ 'png' if ext == 'png' else 'jpg'}")
        w, h = subprocess.run(["identify", "-format", "%w %h", png], capture_output=True, text=True).stdout.split()
        w, h = int(w), int(h)
        dx = 40 + seed % 7 * 6; dy = 30 + seed % 5 * 8
        light = os.path.join(BUILD, base + "-light.png")
        run("convert", "-size", f"{w}x{h}", "radial-gradient:white-#8c8678", "-roll", f"+{w//5}+{-h//6}", light)
        cmd = ["convert", png, "-wave", f"{4 + seed % 3}x{w*3}", "-background", "#d8d4c8",
               light, "-compose", "multiply", "-composite",
               "-fill", "rgba(20,20,30,0.22)", "-draw", f"polygon 0,{h*2//3} {w//3},{h} 0,{h}",
               "-virtual-pixel", "background", "-background", "#4b3f33",
               "-distort", "Perspective", f"0,0 {dx},{dy}  {w},0 {w-dx//2},{dy*2}  {w},{h} {w-dx},{h-dy}  0,{h} {dx//2},{h-dy//3}",
               "-seed", str(seed), "-attenuate", "0.3", "+noise", "Gaussian", "-resize", "1750x2250>"]
        cmd += ["-density", "190", "-units", "PixelsPerInch"] + (["-quality", "80"] if ext != "png" else []) + [o]
        run(*cmd); outs.append(o)
    if bundle:
        dst = os.path.join(LET, base + ".pdf"); run("img2pdf", "--output", dst, *outs); return dst
    assert len(outs) == 1, base + " photo must be one page"
    dst = os.path.join(LET, base + "." + ("png" if ext == "png" else "jpg")); shutil.copy(outs[0], dst); return dst

def degrade(doc, pdf, seed):
    d, base = doc["degradation"], doc["base"]
    if d == "none":
        dst = os.path.join(LET, base + ".pdf"); shutil.copy(pdf, dst); return dst
    m = re.match(r"scan-(\d+)dpi(?:-rot(\d+(?:\.\d+)?))?$", d)
    if m:
        dpi = int(m.group(1)); r = m.group(2)
        big = int(r) if r in ("90", "180") else 0
        small = float(r) if r and not big else [0.4, -0.7, 1.1, -0.3][seed % 4]
        return scan(pdf, base, seed, dpi, small, big)
    if d == "fax-g4-200x100dpi":
        dst = os.path.join(LET, base + ".tif")
        run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffg4", "-r200x100", f"-sOutputFile={dst}", pdf); return dst
    if d == "fax-pdf-200x100dpi":
        t = os.path.join(BUILD, base + "-fax.tif")
        run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffg4", "-r200x100", f"-sOutputFile={t}", pdf)
        dst = os.path.join(LET, base + ".pdf"); run("tiff2pdf", "-o", dst, t); return dst
    if d == "tiff-multipage-200dpi":
        dst = os.path.join(LET, base + ".tif")
        run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffgray", "-sCompression=lzw", "-r200", f"-sOutputFile={dst}", pdf); return dst
    if d in ("photo-jpeg", "photo-png", "photo-jpeg-pdf"):
        return photo(pdf, base, seed, "png" if d == "photo-png" else "jpeg", d.endswith("-pdf"))
    raise ValueError(d)

def label(doc, path, pages):
    kind = doc["kind"]; loc = doc["letter"]["decisionLocation"]
    jr = ({"inside-canada": [15], "outside-canada": [60]}.get(loc, [15, 60])) if kind == "refusal-letter" else []
    concerns = [{"concernId": c["concernId"], "groundId": c["groundId"], "quote": c["quote"]} for c in concerns_of(doc)]
    return {
        "file": "letters/" + os.path.basename(path), "documentKind": kind, "language": doc["lang"],
        "letter": doc["letter"], "grounds": doc.get("grounds", {}), "unrecognizedText": doc.get("unrecognized", []),
        "category": doc.get("category"), "judicialReviewDays": jr,
        "restorationAvailable": doc.get("restoration"), "mustLeaveCanada": doc.get("mustLeave", False),
        "concerns": concerns, "respondBy": doc.get("respondBy"), "respondDays": doc.get("respondDays"),
        "layout": doc["layout"], "degradation": doc["degradation"], "source": doc["source"],
        "notes": (doc.get("note", "") + f" Pages: {pages}.").strip(),
    }

def main():
    docs = docs_refusals.DOCS + docs_gcms.DOCS + docs_misc.DOCS
    only = set(sys.argv[1:])
    problems = 0
    for doc in docs:
        if only and doc["base"] not in only: continue
        seed = int(doc["base"].split("-")[1])
        pdf = render(doc)
        bad, pages = check(doc, pdf)
        if bad:
            problems += 1; print(doc["base"], "QUOTES NOT ON TEXT LAYER:", bad)
        for old in glob.glob(os.path.join(LET, doc["base"] + ".*")): os.remove(old)
        out = degrade(doc, pdf, seed)
        json.dump(label(doc, out, pages), open(os.path.join(LAB, doc["base"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(doc["base"], os.path.basename(out), pages, "pages", len(concerns_of(doc)), "concerns")
    print("documents:", len(docs), "problems:", problems)

if __name__ == "__main__":
    main()
