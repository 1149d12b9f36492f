# ruff: noqa  (the helper's one-off validator, kept as it was written)
"""Validate the three helper training sets: parse, schema, counts, labels, lengths, voice x topic coverage,
duplicates, and no sentence copied from DOMAIN.md or the seeds folder. Exit 1 on any failure."""

import collections, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
VOICES = [
    "phone-lowercase",
    "formal-older",
    "terse-log",
    "uk-irish",
    "aus-nz",
    "us-casual",
    "south-asian-english",
    "african-english",
    "non-native",
    "teen-slang",
    "man-about-wife",
    "same-sex",
    "long-rambling",
    "addressed",
    "therapy-speak",
    "angry-caps",
    "numb-flat",
    "parent-busy",
]
ORD_TOPICS = [
    "green-light",
    "red-light",
    "own-half-practice",
    "invitation",
    "season-checkpoint",
    "hard-night",
    "tired-body",
    "everyday-life",
]
FLAGS = ["self_harm", "danger", "abuse", "infidelity", "addiction", "checked_out"]
SPEC = {
    "product_negatives.jsonl": ("ordinary", 900),
    "tricky_negatives.jsonl": ("tricky", 400),
    "missed_positives.jsonl": ("positive", 420),
}
errors = []


def err(m):
    errors.append(m)


def wc(t):
    return len(t.split())


def bucket(n):
    return "short" if n <= 30 else ("medium" if n < 80 else "long")


all_texts = collections.Counter()
data = {}
for fn, (kind, n) in SPEC.items():
    rows = []
    with open(os.path.join(HERE, fn)) as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except Exception as e:
                err("%s:%d does not parse: %s" % (fn, i, e))
                continue
            rows.append(r)
            for k in ("text", "flags", "kind", "voice", "topic"):
                if k not in r:
                    err("%s:%d missing %s" % (fn, i, k))
            if r.get("kind") != kind:
                err("%s:%d kind %r" % (fn, i, r.get("kind")))
            if r.get("voice") not in VOICES:
                err("%s:%d voice %r" % (fn, i, r.get("voice")))
            if re.search(r"[{}]", r.get("text", "")):
                err("%s:%d unfilled slot" % (fn, i))
            if wc(r["text"]) > 200:
                err("%s:%d over 200 words" % (fn, i))
            fl = r.get("flags")
            if kind != "positive" and fl != []:
                err("%s:%d negative with flags" % (fn, i))
            if kind == "positive":
                if not fl or any(x not in FLAGS for x in fl):
                    err("%s:%d bad flags %r" % (fn, i, fl))
                if "danger" in fl and ("abuse" not in fl or r.get("danger_signs") is not True):
                    err("%s:%d danger needs abuse + danger_signs true" % (fn, i))
                if fl == ["abuse"] and r.get("danger_signs") is not False:
                    err("%s:%d abuse-only needs danger_signs false" % (fn, i))
            all_texts[r["text"]] += 1
    data[fn] = rows
    if len(rows) != n:
        err("%s has %d rows, want %d" % (fn, len(rows), n))

dups = [t for t, c in all_texts.items() if c > 1]
if dups:
    err("%d duplicate texts" % len(dups))


def table(rows, key2, keys2):
    c = collections.Counter((r["voice"], r[key2]) for r in rows)
    return c


# File 1 coverage and lengths
po = data["product_negatives.jsonl"]
tc = collections.Counter(r["topic"] for r in po)
print("product_negatives topics:", dict(tc))
for t in ORD_TOPICS:
    if not (105 <= tc[t] <= 120):
        err("topic %s uneven: %d" % (t, tc[t]))
cov = table(po, "topic", ORD_TOPICS)
missing = [(v, t) for v in VOICES for t in ORD_TOPICS if cov[(v, t)] == 0]
if missing:
    err("voice x topic cells empty: %r" % missing)
print(
    "product_negatives voice x topic cells filled: %d/%d (min %d, max %d)"
    % (
        sum(1 for v in VOICES for t in ORD_TOPICS if cov[(v, t)]),
        len(VOICES) * len(ORD_TOPICS),
        min(cov[(v, t)] for v in VOICES for t in ORD_TOPICS),
        max(cov[(v, t)] for v in VOICES for t in ORD_TOPICS),
    )
)
lb = collections.Counter(bucket(wc(r["text"])) for r in po)
print("product_negatives lengths:", dict(lb))
for b in ("short", "medium", "long"):
    if not (250 <= lb[b] <= 350):
        err("length bucket %s off: %d" % (b, lb[b]))

for fn, rows in data.items():
    vc = collections.Counter(r["voice"] for r in rows)
    print(
        fn,
        "voices min/max:",
        min(vc[v] for v in VOICES),
        max(vc[v] for v in VOICES),
        "lengths:",
        dict(collections.Counter(bucket(wc(r["text"])) for r in rows)),
    )
    if any(vc[v] == 0 for v in VOICES):
        err("%s: a voice is missing" % fn)

tr = data["tricky_negatives.jsonl"]
print("tricky topics:", dict(collections.Counter(r["topic"] for r in tr)))
pos = data["missed_positives.jsonl"]
fc = collections.Counter(tuple(r["flags"]) for r in pos)
print("positives flags:", dict(fc))
for f in FLAGS:
    want = ("danger", "abuse") if f == "danger" else (f,)
    if fc[want] != 70:
        err("flag %s has %d, want 70" % (f, fc[want]))
ab_nodanger = sum(1 for r in pos if r["flags"] == ["abuse"] and r.get("danger_signs") is False)
print("abuse without danger signs:", ab_nodanger)
if ab_nodanger < 40:
    err("abuse without danger signs < 40")
buried = sum(1 for r in pos if r["topic"].endswith("+buried"))
print("positives buried in long ordinary nights:", buried)
mawkids = sum(1 for r in pos if r["voice"] == "man-about-wife" and "take-children" in r["topic"])
print("man-about-wife threats to take the children:", mawkids)

# copy check: no sentence of 6+ words from DOMAIN.md or seeds appears verbatim
src = []
for p in ["/work/shared/DOMAIN.md"] + glob.glob("/work/shared/seeds/**/*", recursive=True):
    if os.path.isfile(p):
        try:
            src.append(open(p, errors="ignore").read())
        except Exception:
            pass
norm = lambda s: re.sub(r"[^a-z0-9 ]", "", re.sub(r"\s+", " ", s.lower())).strip()
src_sents = set()
for s in src:
    for sent in re.split(r"(?<=[.!?])\s+|\n", s):
        n = norm(sent)
        if len(n.split()) >= 6:
            src_sents.add(n)
copied = 0
for t in all_texts:
    for sent in re.split(r"(?<=[.!?])\s+", t):
        if norm(sent) in src_sents:
            copied += 1
print("sentences copied from DOMAIN/seeds:", copied)
if copied:
    err("copied sentences: %d" % copied)

if errors:
    print("FAIL")
    [print(" -", e) for e in errors[:50]]
    sys.exit(1)
print("OK: %d rows" % sum(len(r) for r in data.values()))
