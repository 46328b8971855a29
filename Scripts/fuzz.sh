#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (every module instrumented: -sanitize=fuzzer,address) and
# runs each for SECONDS (default 600), one after the other, from a seed corpus made of the
# project's own files. Findings (crash-*, timeout-*, oom-*) and logs go to artifacts/fuzz/.
#     Scripts/fuzz.sh [SECONDS] [TARGET…]     targets: fuzz-text fuzz-record fuzz-readers fuzz-dictionaries
# A run is clean when libFuzzer ends with "Done N runs" and writes no finding. Each input gets at
# most 10 s (-timeout) and the process 2 GB (-rss_limit_mb): a hang or a blow-up is a finding too.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(fuzz-text fuzz-record fuzz-readers fuzz-dictionaries)
out=artifacts/fuzz; mkdir -p "$out"

# SwiftPM does not notice new source files in a path dependency: drop the build plan so it looks again.
rm -f Fuzz/.build-fuzz/release.yaml Fuzz/.build-fuzz/build.db
swift build -c release --package-path Fuzz --scratch-path Fuzz/.build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld 2>&1 | grep -v 'Cannot export' >&2
bin=Fuzz/.build-fuzz/release

# Seed corpora, written afresh from the project's files (nothing from elsewhere is copied in).
seeds=$(mktemp -d)
python3 - "$seeds" <<'PY'
import glob, json, os, sys
root = sys.argv[1]
def put(target, name, data):
    os.makedirs(f"{root}/{target}", exist_ok=True)
    open(f"{root}/{target}/{name}", "wb").write(data)
examples = sorted(glob.glob("Examples/*.txt"))
for path in examples:
    text = open(path, encoding="utf-8").read()
    name = os.path.basename(path)
    put("fuzz-text", name, text.encode())
    for i, para in enumerate(p for p in text.split("\n\n") if p.strip()):
        put("fuzz-text", f"{name}.{i}", para.encode())
        put("fuzz-record", f"{name}.{i}", json.dumps({"id": f"{name}-{i}", "date": "2026-03-01", "text": para}).encode())
put("fuzz-record", "types", b'{"id": 5, "date": null, "title": "T", "text": "Chile recalled its ambassador to Peru."}')
for path in glob.glob("Fuzz/Seeds/fuzz-readers/*"):
    put("fuzz-readers", os.path.basename(path), open(path, "rb").read())
# fuzz-dictionaries: the first byte picks the loader (see Fuzz/Sources/FuzzDictionaries/main.swift).
loaders = {0: "cameo-codebook.tsv", 1: "event-verbs.tsv", 2: "actors-countries.tsv", 3: "actors-people-world.tsv",
           4: "actors-agents.tsv", 5: "wordnet-lexicon.tsv", 6: "time-words.tsv", 12: "actors-organisations.tsv"}
for selector, name in loaders.items():
    lines = open(f"Sources/DetenteCore/Resources/{name}", encoding="utf-8").read().splitlines()
    put("fuzz-dictionaries", name, bytes([selector]) + "\n".join(lines[:60]).encode())
shared = {7: "CAMEO.2.0.txt", 8: "Phoenix.Countries.actors.txt", 9: "Phoenix.agents.txt", 10: "Phoenix.discards.txt", 11: "PETR.UnitTest.records.xml"}
for selector, name in shared.items():
    path = f"../shared/petrarch2/{name}"
    if os.path.exists(path):
        text = open(path, encoding="utf-8", errors="replace").read()
        put("fuzz-dictionaries", name, bytes([selector]) + text[:6000].encode())
PY

status=0
for target in "${targets[@]}"; do
    corpus="$out/$target-corpus"; mkdir -p "$corpus" "$out/$target-findings"
    log="$out/$target.log"
    echo "== $target: ${seconds}s" >&2
    if "$bin/$target" "$corpus" "$seeds/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$out/$target-findings/" > "$log" 2>&1; then
        grep -E '^Done|stat::number_of_executed_units|stat::peak_rss_mb' "$log" >&2 || true
    else
        status=1
        echo "$target: FINDING — see $log and $out/$target-findings/" >&2
        tail -30 "$log" >&2
    fi
done
rm -rf "$seeds"
exit $status
