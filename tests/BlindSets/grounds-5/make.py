#!/usr/bin/env python3
"""Build the g6 blind set: HTML -> chromium PDF -> (optional) seeded degradation; labels from src/docs*.py.
Run: python3 make.py   (one chromium render at a time)."""
import json, os, re, subprocess, sys, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "src"))
import docs1, docs2, docs3  # noqa: E402  (docs2/3 register into docs1.D)
B, L, LB = (os.path.join(ROOT, d) for d in ("build", "letters", "labels"))

def sh(*a):
    subprocess.run(a, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def norm(t):
    return re.sub(r"\s+", " ", t).strip()

def render(base, html):
    hp, pdf = os.path.join(B, base + ".html"), os.path.join(B, base + ".pdf")
    open(hp, "w").write(html)
    sh("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
       f"--print-to-pdf={pdf}", "file://" + hp)
    return pdf

def raster(pdf, dpi, stem, gray=True):
    sh("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=" + ("pnggray" if gray else "png16m"), f"-r{dpi}",
       f"-sOutputFile={stem}-%d.png", pdf)
    return sorted(f for f in os.listdir(B) if f.startswith(os.path.basename(stem) + "-") and f.endswith(".png"))

def scan(pdf, base, dpi, seed, extra_rot=0):
    stem = os.path.join(B, base + "-r")
    pages, outs = raster(pdf, dpi, stem), []
    for i, p in enumerate(pages):
        src, dst = os.path.join(B, p), os.path.join(B, f"{base}-s{i}.png")
        ang = [0.4, -0.7, 1.1, -1.6, 0.9][(seed + i) % 5] + extra_rot
        sh("convert", src, "-background", "#dcdcdc", "-rotate", str(ang), "+repage", "-seed", str(seed * 10 + i),
           "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.5", "-level", "6%,96%",
           "-colorspace", "Gray", "-depth", "8", "-density", str(dpi), "-units", "PixelsPerInch", dst)
        outs.append(dst)
    return outs

def photo(pdf, base, seed):
    pages, outs = raster(pdf, 150, os.path.join(B, base + "-p"), gray=False), []
    for i, p in enumerate(pages):
        src, dst = os.path.join(B, p), os.path.join(B, f"{base}-ph{i}.png")
        w, h = map(int, subprocess.check_output(["identify", "-format", "%w %h", src]).split())
        d = 40 + seed % 30
        ox, oy = (seed * 37) % int(w * 0.6), (seed * 53) % int(h * 0.6)
        persp = f"0,0 {d},{d+12} {w},0 {w-d-18},{d} 0,{h} {d+25},{h-d} {w},{h} {w-d},{h-d-22}"
        sx = int(w * (0.55 + (seed % 3) * 0.1))
        sh("convert", src,
           "(", "-size", f"{int(w*1.6)}x{int(h*1.6)}", "radial-gradient:#ffffff-#7c7c7c",
           "-crop", f"{w}x{h}+{ox}+{oy}", "+repage", ")",
           "-compose", "Multiply", "-composite",
           "-fill", "rgba(0,0,0,0.22)", "-draw", f"polygon {sx},0 {w},0 {w},{h} {sx+120},{h}",
           "-virtual-pixel", "background", "-background", "#5e4b3a",
           "-distort", "Perspective", persp, "-wave", f"{3 + seed % 4}x{w * 2}",
           "-seed", str(seed), "-attenuate", "0.5", "+noise", "Gaussian",
           "-resize", "1700x2200", "-blur", "0x0.7", "+repage", dst)
        outs.append(dst)
    return outs

def fax(pdf, base, out_ext):
    tif = os.path.join(B, base + "-fax.tif")
    sh("gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=tiffg4", "-r204x98", f"-sOutputFile={tif}", pdf)
    return tif

def build():
    for d in (B, L, LB):
        os.makedirs(d, exist_ok=True)
    problems = []
    for n, html, lab in sorted(docs1.D):
        base = f"g6-{n:02d}"
        pdf = render(base, html)
        text = norm(subprocess.check_output(["pdftotext", "-layout", pdf, "-"]).decode())
        text_raw = norm(subprocess.check_output(["pdftotext", pdf, "-"]).decode())
        for q in [c["quote"] for c in lab["concerns"]] + lab["unrecognizedText"]:
            if norm(q) not in text_raw and norm(q) not in text:
                problems.append(f"{base}: quote not on text layer: {q[:60]}")
        deg, seed = lab["degradation"], n
        if deg == "none":
            out = base + ".pdf"; shutil.copy(pdf, os.path.join(L, out))
        elif deg.startswith("scan-") or deg.startswith("rotated-"):
            dpi = int(re.search(r"(\d+)dpi", deg).group(1))
            rot = 90 if "rotated-90" in deg else 180 if "rotated-180" in deg else 0
            imgs = scan(pdf, base, dpi, seed, rot)
            out = base + ".pdf"; subprocess.run(["img2pdf", "-o", os.path.join(L, out)] + imgs, check=True)
        elif deg == "photo":
            imgs = photo(pdf, base, seed)
            if len(imgs) == 1:
                ext = ".png" if n == 22 else ".jpg"
                out = base + ext
                sh("convert", imgs[0], "-quality", "82", os.path.join(L, out))
            else:
                jpgs = []
                for i, im in enumerate(imgs):
                    j = os.path.join(B, f"{base}-ph{i}.jpg"); sh("convert", im, "-quality", "82", j); jpgs.append(j)
                out = base + ".pdf"; subprocess.run(["img2pdf", "-o", os.path.join(L, out)] + jpgs, check=True)
        elif deg.startswith("fax"):
            tif = fax(pdf, base, None)
            if n in (11, 37):
                out = base + ".tif"; shutil.copy(tif, os.path.join(L, out))
            else:
                out = base + ".pdf"; subprocess.run(["img2pdf", "-o", os.path.join(L, out), tif], check=True)
        elif deg.startswith("tiff-multipage"):
            out = base + ".tif"
            imgs = scan(pdf, base, 200, seed)
            sh("convert", *imgs, "-compress", "LZW", os.path.join(L, out))
        else:
            raise SystemExit("unknown degradation " + deg)
        label = {"file": "letters/" + out, **lab}
        json.dump(label, open(os.path.join(LB, base + ".json"), "w"), ensure_ascii=False, indent=1)
        print(base, out, deg, flush=True)
    print("\n".join(problems) or "all quotes on text layer")

if __name__ == "__main__":
    build()
