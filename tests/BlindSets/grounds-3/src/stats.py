"""Print count tables (markdown) from labels/*.json."""
import collections, glob, json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
labs = [json.load(open(f)) for f in sorted(glob.glob(os.path.join(ROOT, "labels", "*.json")))]
def table(title, key):
    c = collections.Counter(key(l) for l in labs)
    print("| %s | count |\n| --- | --- |" % title)
    for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("| %s | %d |" % (k, v))
    print()
print("Total documents: %d\n" % len(labs))
table("language", lambda l: l["language"])
table("documentKind", lambda l: l["documentKind"])
table("permitType", lambda l: l["letter"]["permitType"])
table("decisionLocation", lambda l: l["letter"]["decisionLocation"])
table("layout", lambda l: l["layout"])
table("degradation", lambda l: l["degradation"])
table("file type", lambda l: os.path.splitext(l["file"])[1])
table("with concerns (notes attached / GCMS)", lambda l: bool(l["concerns"]))
table("letter.date labelled (False = undated letter or notes document)", lambda l: l["letter"]["date"] is not None)
g = collections.Counter()
f = collections.Counter()
cc = collections.Counter()
for l in labs:
    for k, v in l["grounds"].items():
        g[k] += 1
        for x in v:
            f["will-not-leave." + x] += 1
    for c in l["concerns"]:
        cc[c["id"]] += 1
print("| ground | documents |\n| --- | --- |")
for k, v in sorted(g.items(), key=lambda kv: -kv[1]): print("| %s | %d |" % (k, v))
print("\n| factor | documents |\n| --- | --- |")
for k, v in sorted(f.items(), key=lambda kv: -kv[1]): print("| %s | %d |" % (k, v))
print("\n| concern id | occurrences |\n| --- | --- |")
for k, v in sorted(cc.items(), key=lambda kv: -kv[1]): print("| %s | %d |" % (k, v))
print("\nTotal concerns labelled: %d" % sum(cc.values()))

print("\n| file | lang | kind | permit | location | layout | degradation | grounds | concerns |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for l in labs:
    gs = "; ".join(k + ("[" + ",".join(v) + "]" if v else "") for k, v in l["grounds"].items()) or "—"
    print("| %s | %s | %s | %s | %s | %s | %s | %s | %d |" % (
        os.path.basename(l["file"]), l["language"], l["documentKind"], l["letter"]["permitType"],
        l["letter"]["decisionLocation"], l["layout"], l["degradation"], gs, len(l["concerns"])))
