#!/usr/bin/env bash
# Counts the instructions of the coding pipeline with callgrind (repeatable on a noisy machine).
#     Scripts/callgrind-profile.sh [LINES]      (first LINES lines of the bench corpus; default 500)
# The release `detente` runs under Swift concurrency, where valgrind 3.19 crashes, so this links
# Scripts/callgrind-harness.swift (parse, analyze, write JSON per line, on one thread) with the
# release build's DetenteCore objects; debug info is stripped, as valgrind 3.19 cannot read
# DWARF 5. Prints the totals with and without input (start-up) and writes
# $DETENTE_CALLGRIND_OUT.{out,txt} (default /tmp/detente-callgrind; callgrind_annotate --inclusive=yes).
# DETENTE_HARNESS=PATH keeps the harness binary there (it writes what `detente code` writes, on one thread).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-500}
out=${DETENTE_CALLGRIND_OUT:-/tmp/detente-callgrind}
corpus=${DETENTE_BENCH_CORPUS:-/tmp/detente-bench.jsonl}
[ -f "$corpus" ] || python3 Scripts/make-bench-corpus.py --out "$corpus"
swift build -c release --target DetenteCore >&2
release=$(swift build -c release --show-bin-path)
work=$(mktemp -d /tmp/detente-callgrind.XXXXXX)
trap 'rm -rf "$work"' EXIT
swiftc -O -module-cache-path "$work/mc" -I "$release/Modules" Scripts/callgrind-harness.swift \
    "$release"/DetenteCore.build/*.o -o "$work/harness"
objcopy --strip-debug "$work/harness"
head -n "$lines" "$corpus" > "$work/input.jsonl"
count() { valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$2" "$work/harness" < "$1" 2>&1 >/dev/null \
    | sed -n 's/.*refs: *//p' | tr -d ,; }
total=$(count "$work/input.jsonl" "$out.out")
startup=$(count /dev/null "$work/empty.out")
callgrind_annotate --inclusive=yes "$out.out" > "$out.txt" 2>/dev/null || true
[ -z "${DETENTE_HARNESS:-}" ] || cp "$work/harness" "$DETENTE_HARNESS"
echo "callgrind, first $lines lines: $total instructions; start-up $startup; coding $((total - startup))"
