#!/usr/bin/env bash
# Builds `detente` in release mode, writes the bench corpus (Scripts/make-bench-corpus.py) and
# prints one table: sentences/s with 1 and 2 jobs (whole process, and coding only = minus the
# start-up), MB/s, start-up time and peak RSS, beside PETRARCH2's and TABARI's published figures.
#     Scripts/benchmark.sh [RUNS]        (RUNS: timed runs per figure, best kept; default 3)
# The ordo-one/benchmark suite (`cd Benchmarks && swift package benchmark`) measures the same
# pipeline in-process; this script needs only the release binary and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
corpus=${DETENTE_BENCH_CORPUS:-/tmp/detente-bench.jsonl}

swift build -c release >&2
bin="$(swift build -c release --show-bin-path)/detente"
python3 Scripts/make-bench-corpus.py --out "$corpus"
bytes=$(wc -c < "$corpus")
sentences=$("$bin" code --annotations < "$corpus" | python3 -c '
import json, sys
print(sum(len(json.loads(line).get("sentences", [])) for line in sys.stdin))')

# best wall time in seconds over $runs runs of: $bin "$@" < input > /dev/null
best() {
    local input=$1; shift
    local best=""
    for _ in $(seq "$runs"); do
        local t0 t1
        t0=$(date +%s%N); "$bin" "$@" < "$input" > /dev/null; t1=$(date +%s%N)
        local t; t=$(( t1 - t0 ))
        if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    python3 -c "print($best / 1e9)"
}
# peak RSS in MB of one run
rss() {
    local input=$1; shift
    /usr/bin/time -f '%M' -o /tmp/detente-bench-rss "$bin" "$@" < "$input" > /dev/null
    python3 -c "print(round($(cat /tmp/detente-bench-rss) / 1024))"
}

runs_saved=$runs; runs=$(( runs * 3 ))
startup=$(best /dev/null code)
runs=$runs_saved
wall1=$(best "$corpus" code --jobs 1)
wall2=$(best "$corpus" code --jobs 2)
rss0=$(rss /dev/null code)
rss1=$(rss "$corpus" code --jobs 1)
rss2=$(rss "$corpus" code --jobs 2)

python3 - "$sentences" "$bytes" "$startup" "$wall1" "$wall2" "$rss0" "$rss1" "$rss2" "$(nproc)" <<'PY'
import sys
s, b = int(sys.argv[1]), int(sys.argv[2])
startup, w1, w2 = map(float, sys.argv[3:6])
rss0, rss1, rss2, cores = map(int, sys.argv[6:10])
print(f"bench corpus: {s} sentences, {b / 1e6:.2f} MB; {cores} cores; best of the runs")
rows = [
    ("sentences/s, coding only, 1 job", f"{s / (w1 - startup):,.0f}", "1,130–1,250", "1,000–2,000"),
    ("sentences/s, coding only, 2 jobs", f"{s / (w2 - startup):,.0f}", "–", "–"),
    ("sentences/s, whole process, 1 job", f"{s / w1:,.0f}", "700–760", "–"),
    ("sentences/s, whole process, 2 jobs", f"{s / w2:,.0f}", "–", "–"),
    ("speed-up, 2 jobs", f"{w1 / w2:.2f}×", "–", "–"),
    ("MB/s, whole process, 1 job / 2 jobs", f"{b / 1e6 / w1:.2f} / {b / 1e6 / w2:.2f}", "–", "–"),
    ("start-up (code < /dev/null)", f"{startup * 1000:.0f} ms", "2.7 s", "–"),
    ("peak RSS: start-up / 1 job / 2 jobs", f"{rss0} / {rss1} / {rss2} MB", "262 MB", "–"),
]
w = [max(len(r[i]) for r in rows + [("", "Détente", "PETRARCH2", "TABARI")]) for i in range(4)]
head = ("", "Détente", "PETRARCH2", "TABARI")
print("  ".join(h.ljust(w[i]) for i, h in enumerate(head)))
print("  ".join("-" * w[i] for i in range(4)))
for r in rows:
    print("  ".join(c.ljust(w[i]) for i, c in enumerate(r)))
PY
