#!/usr/bin/env python3
"""Codes a JSONL corpus with `detente code` under Apache Spark (RDD.pipe), writing the output in
input order, byte for byte what one `detente code` process writes for the same input.

    python3 -m venv /tmp/spark-venv && /tmp/spark-venv/bin/pip install pyspark   # Java 17 needed
    /tmp/spark-venv/bin/python Scripts/spark-code.py CORPUS.jsonl OUT.jsonl \
        [--detente .build/release/detente] [--master local[2]] [--partitions N] [-- CODE-OPTIONS…]

CODE-OPTIONS go to `detente code` as given (--annotations, --date, --monadic, --dictionaries DIR …;
a --dictionaries directory must be readable on every executor). Each partition runs one
`detente code --jobs 1` process; Spark runs partitions in parallel (local[N]: N at once).

Why the output equals a single-process run:
  * `detente code` writes exactly one line per input line, in input order; `sc.textFile` keeps the
    file's order within and across partitions, and `RDD.pipe` keeps a partition's order;
  * the part files of `saveAsTextFile` are concatenated in partition order;
  * the only outputs that depend on a line's position are the line number of a
    `{"line": N, "error": …}` record and the id given to a record without "id" (its line number).
    Input lines without an id get `"id": "<global line number>"` before the pipe (the line is
    re-serialised; its "text" is unchanged), and N of an error record is moved by the partition's
    offset after it.
Lines end with \\n only: Hadoop's reader also splits at a bare \\r, which is invalid inside a JSON
line anyway. The script checks that every partition gives back as many lines as it was sent.
"""
import argparse
import json
import os
import re
import shlex
import shutil
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("out")
    parser.add_argument("--detente", default=".build/release/detente")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=0, help="default: 2 per core of --master")
    argv = sys.argv[1:]
    code_options = argv[argv.index("--") + 1:] if "--" in argv else []
    args = parser.parse_args(argv[:argv.index("--")] if "--" in argv else argv)

    from pyspark import SparkConf, SparkContext

    detente = os.path.abspath(args.detente)
    if not os.access(detente, os.X_OK):
        sys.exit(f"spark-code: no detente binary at {detente} (swift build -c release)")
    conf = SparkConf().setMaster(args.master).setAppName("detente-code")
    conf.set("spark.ui.enabled", "false")
    conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        partitions = args.partitions or 2 * sc.defaultParallelism
        lines = sc.textFile(os.path.abspath(args.corpus), minPartitions=partitions).cache()
        counts = lines.mapPartitions(lambda it: [sum(1 for _ in it)]).collect()
        offsets = [0]
        for c in counts:
            offsets.append(offsets[-1] + c)
        offsets_b = sc.broadcast(offsets)

        def with_ids(index, it):
            base = offsets_b.value[index]
            for n, line in enumerate(it, start=1):
                yield with_id(line, base + n)

        def fixed_lines(index, it):
            base = offsets_b.value[index]
            expected = offsets_b.value[index + 1] - base
            n = 0
            for line in it:
                n += 1
                yield ERROR_LINE.sub(lambda m: '{"line":%d,' % (int(m.group(1)) + base), line, count=1)
            if n != expected:
                raise RuntimeError(f"partition {index}: {expected} lines in, {n} out")

        command = [detente, "code", "--jobs", "1"] + code_options
        coded = lines.mapPartitionsWithIndex(with_ids).pipe(shlex.join(command), checkCode=True).mapPartitionsWithIndex(fixed_lines)
        parts = tempfile.mkdtemp(prefix="detente-spark-")
        shutil.rmtree(parts)
        coded.saveAsTextFile(parts)
        names = sorted(name for name in os.listdir(parts) if name.startswith("part-"))
        with open(args.out, "wb") as out:
            for name in names:
                with open(os.path.join(parts, name), "rb") as part:
                    shutil.copyfileobj(part, out)
        shutil.rmtree(parts)
        print(f"spark-code: {offsets[-1]} lines in {len(counts)} partitions -> {args.out}", file=sys.stderr)
    finally:
        sc.stop()


# The start of detente's `{"line": N, "error": …}` record (it has no "id" in `code`).
ERROR_LINE = re.compile(r'^\{"line":(\d+),')


def with_id(line, number):
    """The line with "id": "<number>" when it is a JSON object without an id; else unchanged."""
    if not line.strip():
        return line
    try:
        record = json.loads(line)
    except ValueError:
        return line
    if not isinstance(record, dict) or record.get("id") is not None:
        return line
    record["id"] = str(number)
    try:
        rewritten = json.dumps(record, ensure_ascii=False, allow_nan=False)
        rewritten.encode("utf-8")  # a lone surrogate escape cannot be piped as UTF-8
        return rewritten
    except (ValueError, UnicodeEncodeError):
        return line


if __name__ == "__main__":
    main()
