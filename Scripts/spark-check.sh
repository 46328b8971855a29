#!/usr/bin/env bash
# Runs Scripts/spark-code.py (pyspark, local mode) over a JSONL corpus and checks that its output
# is byte for byte that of one `detente code` process over the same file (cmp: same lines in the
# same order, so no sorting is needed and none could hide a reordering). Heavy (a JVM, ~1 min):
# not part of the default CI run.
#     Scripts/spark-check.sh [CORPUS] [-- CODE-OPTIONS…]
# CORPUS defaults to the bench corpus (Scripts/make-bench-corpus.py) with lines appended that
# depend on their position: records without "id", a blank line, lines that are not records.
# pyspark is installed into a venv ($SPARK_VENV, default /tmp/spark-venv) from PyPI when missing;
# it needs Java 17 or later.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=""
if [ $# -gt 0 ] && [ "$1" != "--" ]; then corpus=$1; shift; fi
[ "${1:-}" = "--" ] && shift
venv=${SPARK_VENV:-/tmp/spark-venv}
partitions=${SPARK_PARTITIONS:-8}

if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet pyspark
fi
swift build -c release --product detente >&2
bin="$(swift build -c release --show-bin-path)/detente"

work=$(mktemp -d /tmp/detente-spark-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ -z "$corpus" ]; then
    python3 Scripts/make-bench-corpus.py --out "$work/bench.jsonl" >&2
    corpus="$work/corpus.jsonl"
    python3 - "$work/bench.jsonl" "$corpus" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
odd = []
for n, line in enumerate(lines):
    odd.append(line)
    if n % 997 == 0:  # spread over every partition
        record = json.loads(line)
        del record["id"]
        odd.append(json.dumps(record, ensure_ascii=False))
        odd.append("")
        odd.append("not json")
        odd.append('{"id": 7, "date": null, "text": "Iran and Iraq signed a deal."}')
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(odd) + "\n")
PY
fi

records=$(wc -l < "$corpus")
"$bin" code --jobs 1 "$@" < "$corpus" > "$work/single.jsonl"
start=$(date +%s.%N)
"$venv/bin/python" Scripts/spark-code.py "$corpus" "$work/spark.jsonl" --detente "$bin" --master 'local[2]' \
    --partitions "$partitions" -- "$@"
end=$(date +%s.%N)
seconds=$(python3 -c "print(f'{$end - $start:.1f}')")
if cmp -s "$work/single.jsonl" "$work/spark.jsonl"; then
    echo "spark-check: $records lines, $partitions partitions, ${seconds} s under Spark: output identical to one detente process"
else
    echo "spark-check: outputs differ:" >&2
    cmp "$work/single.jsonl" "$work/spark.jsonl" >&2 || true
    diff <(head -c 100000000 "$work/single.jsonl") "$work/spark.jsonl" | head -10 >&2 || true
    exit 1
fi
