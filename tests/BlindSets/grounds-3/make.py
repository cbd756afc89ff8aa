#!/usr/bin/env python3
"""Regenerate the grounds-4 blind set: HTML -> PDF (chromium) -> checks (pdftotext) -> degradation -> labels.
Deterministic: fixed PDF dates, seeded ImageMagick noise, img2pdf --nodate, stripped image metadata.
Usage: python3 make.py [name-substring ...]"""
import datetime, glob, json, os, re, shutil, subprocess, sys, zlib

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
import lib, docs_en, docs_fr  # noqa: E402

CONVERT = "/usr/bin/convert"
BUILD = os.path.join(ROOT, "build")
LET = os.path.join(ROOT, "letters")
LAB = os.path.join(ROOT, "labels")

GROUNDS = {"will-not-leave", "insufficient-funds", "ability-to-perform-work", "job-offer.genuineness", "job-offer.lmia",
           "job-offer.offer-of-employment", "category-eligibility", "documents.not-provided", "documents.truthfulness",
           "misrepresentation", "inadmissibility.medical", "inadmissibility.criminality", "inadmissibility.security",
           "other"}
FACTORS = set(lib.FACTORS)
CONCERNS = {"funds.insufficient", "funds.unexplained-deposit", "funds.source-unclear", "funds.transaction-history",
            "funds.income-not-documented", "funds.third-party-support", "ties.family-in-canada", "ties.no-dependants",
            "ties.accompanying-family", "ties.not-established", "ties.limited-assets", "employment.unemployed",
            "status.temporary-in-residence-country", "travel.none", "travel.long-stays-abroad",
            "travel.previous-refusal", "purpose.not-temporary", "purpose.study-regression",
            "purpose.available-at-home", "purpose.study-plan-weak", "job.experience-insufficient",
            "job.qualification-not-shown", "job.reference-letters-weak", "language.no-evidence",
            "language.below-requirement", "job.employer-genuineness", "job.wage-below-prevailing",
            "credibility.inconsistency", "documents.missing"}


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if r.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], r.stderr.decode(errors="replace")[-800:]))
    return r.stdout


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2019", "'").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def render(d, html_path, pdf_path):
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(lib.doc_html(d["pages"]))
    run(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(BUILD, "chrome-profile"),
         "--print-to-pdf=" + pdf_path, "file://" + html_path])
    b = open(pdf_path, "rb").read()
    b = re.sub(rb"D:\d{14}[+\-Z]\d\d'\d\d'", b"D:20260101000000+00'00'", b)  # same length: xref stays valid
    open(pdf_path, "wb").write(b)


def pages_of(pdf):
    out = run(["pdfinfo", pdf]).decode()
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def seed_of(name):
    return zlib.crc32(name.encode()) % 100000


def rnd(name, k, lo, hi):
    v = zlib.crc32(("%s/%d" % (name, k)).encode()) / 0xFFFFFFFF
    return lo + (hi - lo) * v


def raster(pdf, dpi, tmp, gray=True, first_only=False):
    for f in glob.glob(os.path.join(tmp, "p-*")):
        os.remove(f)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"] + (["-gray"] if gray else []) + (["-f", "1", "-l", "1"] if first_only else [])
    run(cmd + [pdf, os.path.join(tmp, "p")])
    return sorted(glob.glob(os.path.join(tmp, "p-*.png")))


IMG_META = ["-strip", "+set", "date:create", "+set", "date:modify", "-define", "png:exclude-chunks=date,time"]


def degrade(d, clean, tmp):
    name, degr = d["name"], d["degr"]
    s = seed_of(name)
    if degr == "none":
        out = os.path.join(LET, name + ".pdf")
        shutil.copyfile(clean, out)
        return out
    m = re.match(r"scan-(\d+)dpi(-rotated-90)?$", degr)
    if m:
        dpi, rot = int(m.group(1)), bool(m.group(2))
        imgs = []
        for i, p in enumerate(raster(clean, dpi, tmp)):
            o = p[:-4] + ".jpg"
            cmd = [CONVERT, p, "-background", "white", "-rotate", "%.2f" % rnd(name, i, -0.9, 0.9), "+repage",
                   "-blur", "0x%.2f" % rnd(name, i + 10, 0.3, 0.8), "-seed", str(s + i), "-attenuate",
                   "%.2f" % rnd(name, i + 20, 0.25, 0.5), "+noise", "Gaussian", "-level", "6%,97%",
                   "-colorspace", "Gray"]
            if rot and i == 0:
                cmd += ["-rotate", "90"]
            run(cmd + ["-density", str(dpi), "-units", "PixelsPerInch"] + IMG_META + ["-quality", "78", o])
            imgs.append(o)
        out = os.path.join(LET, name + ".pdf")
        run(["img2pdf", "--nodate", "--engine", "internal"] + imgs + ["-o", out])
        return out
    if degr == "fax-g4-200dpi":
        tifs = []
        for i, p in enumerate(raster(clean, 200, tmp)):
            o = p[:-4] + ".tif"
            run([CONVERT, p, "-background", "white", "-rotate", "%.2f" % rnd(name, i, -0.6, 0.6), "+repage",
                 "-seed", str(s + i), "-attenuate", "0.35", "+noise", "Gaussian", "-threshold", "58%",
                 "-type", "bilevel", "-density", "200", "-units", "PixelsPerInch"] + IMG_META +
                ["-define", "tiff:rows-per-strip=100000", "-compress", "Group4", o])
            tifs.append(o)
        out = os.path.join(LET, name + ".pdf")
        run(["img2pdf", "--nodate", "--engine", "internal"] + tifs + ["-o", out])
        return out
    if degr.startswith("photo-"):
        ext = degr.split("-")[1]
        p = raster(clean, 150, tmp, gray=False, first_only=True)[0]
        out = os.path.join(LET, name + "." + ("jpg" if ext == "jpeg" else "png"))
        W, H = 1275, 1650  # Letter at 150 dpi
        bw, bh = int(W * 1.18), int(H * 1.14)
        j = [rnd(name, k, 0, 1) for k in range(8)]
        ox, oy = (bw - W) // 2, (bh - H) // 2
        src = "%d,%d %d,%d  %d,%d %d,%d  %d,%d %d,%d  %d,%d %d,%d" % (
            ox, oy, ox + 40 + 60 * j[0], oy + 30 + 50 * j[1],
            ox + W, oy, ox + W - 20 - 70 * j[2], oy + 10 + 40 * j[3],
            ox + W, oy + H, ox + W - 10 - 30 * j[4], oy + H - 20 - 40 * j[5],
            ox, oy + H, ox + 10 + 30 * j[6], oy + H - 50 - 60 * j[7])
        light = "radial-gradient:white-gray%d" % int(30 + 20 * j[0])
        run([CONVERT, p, "-background", "#5b4b3e", "-gravity", "center", "-extent", "%dx%d" % (bw, bh),
             "-virtual-pixel", "background", "-distort", "Perspective", src,
             "(", "-size", "%dx%d" % (int(bw * 1.6), int(bh * 1.6)), light, "-gravity", "northwest", "-crop",
             "%dx%d+%d+%d" % (bw, bh, int(bw * 0.45 * j[1]), int(bh * 0.45 * j[2])), "+repage", ")",
             "-compose", "Multiply", "-composite", "-modulate", "100,85", "-fill", "#fff6e0", "-colorize", "6%",
             "-blur", "0x0.9", "-seed", str(s), "-attenuate", "0.5", "+noise", "Gaussian",
             "-resize", "1500x"] + IMG_META + (["-quality", "82"] if ext == "jpeg" else []) + [out])
        return out
    if degr == "tiff-multipage-200dpi":
        imgs = []
        for i, p in enumerate(raster(clean, 200, tmp)):
            o = p[:-4] + "-g.png"
            run([CONVERT, p, "-background", "white", "-rotate", "%.2f" % rnd(name, i, -0.7, 0.7), "+repage",
                 "-seed", str(s + i), "-attenuate", "0.3", "+noise", "Gaussian", "-colorspace", "Gray"] +
                IMG_META + [o])
            imgs.append(o)
        out = os.path.join(LET, name + ".tif")
        run([CONVERT] + imgs + ["-density", "200", "-units", "PixelsPerInch", "-depth", "8"] + IMG_META +
            ["-compress", "LZW", out])
        return out
    raise ValueError(degr)


def jr_days(kind, loc):
    if kind != "refusal-letter":
        return []
    return {"inside-canada": [15], "outside-canada": [60], "unknown": [15, 60]}[loc]


def build_label(d, outfile):
    L = d["label"]
    kind = L["documentKind"]
    respond_days = L.get("respondDays")
    respond_by = L.get("respondBy")
    if respond_days and not respond_by and L.get("date"):
        respond_by = (datetime.date.fromisoformat(L["date"]) + datetime.timedelta(days=respond_days)).isoformat()
    degr = "photo" if d["degr"].startswith("photo-") else d["degr"]
    return {
        "file": os.path.relpath(outfile, ROOT),
        "documentKind": kind,
        "language": d["lang"],
        "letter": {"date": L.get("date"), "applicationNumber": L.get("applicationNumber"), "uci": L.get("uci"),
                   "permitType": L["permitType"], "decisionLocation": L["decisionLocation"]},
        "grounds": L.get("grounds", {}),
        "unrecognizedText": L.get("unrecognizedText", []),
        "category": L.get("category"),
        "judicialReviewDays": jr_days(kind, L["decisionLocation"]),
        "restorationAvailable": L.get("restorationAvailable"),
        "mustLeaveCanada": L.get("mustLeaveCanada", False),
        "concerns": [{"id": c, "groundId": g, "quote": q} for c, g, q in d.get("concerns", [])],
        "respondBy": respond_by,
        "respondDays": respond_days,
        "layout": L["layout"],
        "degradation": degr,
        "source": L.get("source", "invented"),
        "notes": L.get("notes", ""),
    }


def check(d, clean):
    errs = []
    L = d["label"]
    n = pages_of(clean)
    if n != len(d["pages"]):
        errs.append("page count %d != intended %d" % (n, len(d["pages"])))
    if d["degr"].startswith("photo-") and n != 1:
        errs.append("photo documents must be one page")
    text = norm(run(["pdftotext", "-enc", "UTF-8", clean, "-"]).decode("utf-8"))
    for c, g, q in d.get("concerns", []):
        if norm(q) not in text:
            errs.append("concern quote not on text layer: %r" % q)
        if c not in CONCERNS:
            errs.append("unknown concern id %s" % c)
        base, _, fac = g.partition(".") if g.startswith("will-not-leave.") else (g, "", "")
        if (g not in GROUNDS) and not (base == "will-not-leave" and fac in FACTORS):
            errs.append("bad concern groundId %s" % g)
    for u in L.get("unrecognizedText", []):
        if norm(u) not in text:
            errs.append("unrecognized text not on text layer: %r" % u)
    for g, fs in L.get("grounds", {}).items():
        if g not in GROUNDS:
            errs.append("unknown ground %s" % g)
        if fs and g != "will-not-leave":
            errs.append("factors on %s" % g)
        for f in fs:
            if f not in FACTORS:
                errs.append("unknown factor %s" % f)
    if ("other" in L.get("grounds", {})) != bool(L.get("unrecognizedText")):
        errs.append("other ground and unrecognizedText disagree")
    if L["documentKind"] != "refusal-letter" and L.get("grounds"):
        errs.append("non-refusal with grounds")
    if bool(L.get("category")) != ("category-eligibility" in L.get("grounds", {})):
        errs.append("category set iff category-eligibility")
    if L.get("applicationNumber") and L["applicationNumber"] not in text.replace(" ", ""):
        errs.append("application number not on page")
    if L.get("uci") and L["uci"] not in re.sub(r"[\s\-]", "", text):
        errs.append("uci digits not on page")
    if d.get("concerns") and L["documentKind"] == "refusal-letter" and (L.get("date") or "") < "2025-07-29":
        errs.append("decision notes attached to a letter dated before 2025-07-29")
    return errs


def main():
    os.makedirs(BUILD, exist_ok=True)
    os.makedirs(os.path.join(BUILD, "clean"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "src", "html"), exist_ok=True)
    tmp = os.path.join(BUILD, "tmp")
    os.makedirs(tmp, exist_ok=True)
    docs = docs_en.DOCS + docs_fr.DOCS
    names = [d["name"] for d in docs]
    assert len(names) == len(set(names)), "duplicate names"
    only = sys.argv[1:]
    bad = 0
    for d in docs:
        if only and not any(o in d["name"] for o in only):
            continue
        html_path = os.path.join(ROOT, "src", "html", d["name"] + ".html")
        clean = os.path.join(BUILD, "clean", d["name"] + ".pdf")
        render(d, html_path, clean)
        errs = check(d, clean)
        if errs:
            bad += 1
            print("FAIL", d["name"], *errs, sep="\n  ")
            continue
        for old in glob.glob(os.path.join(LET, d["name"] + ".*")):
            os.remove(old)
        out = degrade(d, clean, tmp)
        with open(os.path.join(LAB, d["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(build_label(d, out), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("ok  ", d["name"], "->", os.path.basename(out))
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(os.path.join(BUILD, "chrome-profile"), ignore_errors=True)
    if bad:
        sys.exit("%d document(s) failed checks" % bad)


if __name__ == "__main__":
    main()
