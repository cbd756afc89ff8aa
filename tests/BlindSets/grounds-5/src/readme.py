"""Writes the counts and the per-file table of README.md from labels/ (prose is in src/readme_head.md)."""
import json, os, collections
R = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labs = [json.load(open(os.path.join(R, "labels", f))) for f in sorted(os.listdir(os.path.join(R, "labels")))]
def count(key):
    c = collections.Counter(key(l) for l in labs)
    return ", ".join(f"{k}: {v}" for k, v in sorted(c.items(), key=lambda kv: str(kv[0])))
out = [open(os.path.join(R, "src", "readme_head.md")).read(), "## Counts (from the labels)\n",
       f"- documents: {len(labs)}",
       f"- kind: {count(lambda l: l['documentKind'])}",
       f"- refusal letters with decision notes attached: {sum(1 for l in labs if l['concerns'] and l['documentKind']=='refusal-letter')}",
       f"- language: {count(lambda l: l['language'])}",
       f"- permit: {count(lambda l: l['letter']['permitType'])}",
       f"- location: {count(lambda l: l['letter']['decisionLocation'])}",
       f"- layout: {count(lambda l: l['layout'])}",
       f"- degradation: {count(lambda l: l['degradation'])}",
       f"- no date: {sum(1 for l in labs if l['letter']['date'] is None)}; no application number: {sum(1 for l in labs if l['letter']['applicationNumber'] is None)}",
       f"- with category: {count(lambda l: l['category'])}",
       "", "## Files\n", "| file | kind | lang | permit | location | layout | degradation | grounds (factors) | other text | category | restoration / leave | concerns |",
       "|---|---|---|---|---|---|---|---|---|---|---|---|"]
for l in labs:
    gr = "; ".join(k + (" (" + ", ".join(f.split(".")[-1] for f in v) + ")" if v else "") for k, v in l["grounds"].items()) or "—"
    co = "; ".join(c["concernId"] + "→" + c["groundId"] for c in l["concerns"]) or "—"
    oth = "yes" if l["unrecognizedText"] else "—"
    out.append(f"| {l['file']} | {l['documentKind']} | {l['language']} | {l['letter']['permitType']} | {l['letter']['decisionLocation']} | {l['layout']} | {l['degradation']} | {gr} | {oth} | {l['category'] or '—'} | {l['restorationAvailable']} / {l['mustLeaveCanada']} | {co} |")
open(os.path.join(R, "README.md"), "w").write("\n".join(out) + "\n")
