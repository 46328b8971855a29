#!/usr/bin/env python3
"""Writes the benchmark corpus for `detente code`: JSONL records made by repeating the <Text>
sentences of PETRARCH2's GigaWord sample (one record each, dated by the sample) and the articles
in Examples/*.txt (one record each, dated by their own "Published" lines).

    make-bench-corpus.py [--repeat N] [--out PATH] [--petrarch DIR]

Defaults: 90 repetitions (about 11,000 sentences as `detente code` splits them), written to
/tmp/detente-bench.jsonl. Prints the number of records and input bytes on standard error.
"""
import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def gigaword(path):
    xml = path.read_text(encoding="utf-8")
    for match in re.finditer(r'<Sentence\s+date\s*=\s*"(\d{8})"[^>]*>\s*<Text>(.*?)</Text>', xml, re.S):
        date, text = match.group(1), " ".join(match.group(2).split())
        yield f"{date[:4]}-{date[4:6]}-{date[6:]}", text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=90)
    parser.add_argument("--out", default="/tmp/detente-bench.jsonl")
    parser.add_argument("--petrarch", default="/work/shared/petrarch2")
    args = parser.parse_args()

    sentences = list(gigaword(pathlib.Path(args.petrarch) / "GigaWord.sample.PETR.xml"))
    articles = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "Examples").glob("*.txt"))]
    if not sentences or not articles:
        sys.exit("make-bench-corpus: no GigaWord <Text> elements or no Examples/*.txt found")

    records = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for r in range(args.repeat):
            for n, (date, text) in enumerate(sentences):
                out.write(json.dumps({"id": f"gw{r}-{n}", "date": date, "text": text}, ensure_ascii=False) + "\n")
                records += 1
            for stem, text in articles:
                out.write(json.dumps({"id": f"{stem}-{r}", "text": text}, ensure_ascii=False) + "\n")
                records += 1
    size = pathlib.Path(args.out).stat().st_size
    print(f"make-bench-corpus: {records} records, {size} bytes -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
