#!/usr/bin/env python3
"""Measure how often Détente's part-of-speech tags agree with PETRARCH's Penn Treebank parses.

    python3 Scripts/tag-agreement.py [--bin PATH] [--verbose] [FILE.xml ...]

By default it reads ../shared/petrarch2/GigaWord.sample.PETR.xml and
../shared/petrarch2/PETR.UnitTest.records.xml (relative to the repository root). Each
<Sentence> with a <Parse> gives a sentence text and a gold sequence of (word, tag) leaves.
The texts are run through `detente analyze --format json` (the release binary if it has been
built, else the debug one), Détente's tokens are aligned with the gold leaves by
difflib.SequenceMatcher on normalised token strings, and only tokens that align exactly are
scored. The report gives exact tag agreement, agreement on coarse classes (noun, verb,
adjective, adverb, other), precision/recall for "is a verb" (VB*/MD), and the most frequent
confusions, per file and overall.

The PETRARCH parses use auxiliary tags (AUX, AUXB, AUXD, AUXG, AUXN, AUXP, AUXZ) that are not
Penn Treebank tags; they are read as the matching VB* tag (AUX, whose form is not given, as VB)
and counted in the report. Standard library only.
"""
import argparse
import collections
import difflib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_FILES = [
    os.path.join(ROOT, "..", "shared", "petrarch2", "GigaWord.sample.PETR.xml"),
    os.path.join(ROOT, "..", "shared", "petrarch2", "PETR.UnitTest.records.xml"),
]

PTB_ESCAPES = {
    "-LRB-": "(", "-RRB-": ")", "-LCB-": "{", "-RCB-": "}", "-LSB-": "[", "-RSB-": "]",
    "``": '"', "''": '"',
}
AUX_TAGS = {"AUX": "VB", "AUXB": "VB", "AUXD": "VBD", "AUXG": "VBG", "AUXN": "VBN", "AUXP": "VBP", "AUXZ": "VBZ"}
COARSE = {}
for _tag in ("NN", "NNS", "NNP", "NNPS"):
    COARSE[_tag] = "noun"
for _tag in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"):
    COARSE[_tag] = "verb"
for _tag in ("JJ", "JJR", "JJS"):
    COARSE[_tag] = "adjective"
for _tag in ("RB", "RBR", "RBS", "RP"):
    COARSE[_tag] = "adverb"

LEAF = re.compile(r"\(\s*([^\s()]+)\s+([^\s()]+)\s*\)")


# --------------------------------------------------------------------------- reading the gold files

def read_sentences(path):
    """[(id, text, parse)] for every <Sentence>; XML parser first, regular expressions if that fails."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        raw = handle.read()
    try:
        root = ET.fromstring(raw)
    except ET.ParseError:
        return read_sentences_loosely(raw)
    found = []
    for sentence in root.iter("Sentence"):
        text = sentence.find("Text")
        parse = sentence.find("Parse")
        found.append((
            sentence.get("id", ""),
            (text.text or "") if text is not None else "",
            (parse.text or "") if parse is not None else None,
        ))
    return found


def read_sentences_loosely(raw):
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    found = []
    for match in re.finditer(r"<Sentence\b([^>]*)>(.*?)</Sentence\s*>", raw, flags=re.S):
        attributes, body = match.groups()
        ident = re.search(r"\bid\s*=\s*([\"'])(.*?)\1", attributes, flags=re.S)
        text = re.search(r"<Text\b[^>]*>(.*?)</Text\s*>", body, flags=re.S)
        parse = re.search(r"<Parse\b[^>]*>(.*?)</Parse\s*>", body, flags=re.S)
        found.append((
            html.unescape(ident.group(2)) if ident else "",
            html.unescape(text.group(1)) if text else "",
            html.unescape(parse.group(1)) if parse else None,
        ))
    return found


def unescape_word(word):
    if word in PTB_ESCAPES:
        return PTB_ESCAPES[word]
    return word.replace("\\/", "/").replace("\\*", "*")


def gold_leaves(parse):
    """[(word, tag)] from the `(TAG word)` leaves of a bracketed tree, AUX* read as VB*; also the AUX count."""
    leaves, aux = [], 0
    for tag, word in LEAF.findall(parse):
        if tag == "-NONE-":
            continue
        if tag in AUX_TAGS:
            tag, aux = AUX_TAGS[tag], aux + 1
        leaves.append((unescape_word(word), tag))
    return leaves, aux


# --------------------------------------------------------------------------- running Détente

def default_binary():
    release = os.path.join(ROOT, ".build", "release", "detente")
    return release if os.path.exists(release) else os.path.join(ROOT, ".build", "debug", "detente")


def run_detente(binary, records):
    """{key: [(text, tag)]} for records [(key, text)], Détente's tokens over all its sentences."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for key, text in records:
            handle.write(json.dumps({"id": key, "text": text}, ensure_ascii=False) + "\n")
        temp = handle.name
    try:
        result = subprocess.run([binary, "analyze", "--format", "json", temp],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        os.unlink(temp)
    stderr = result.stderr.decode("utf-8", "replace").strip()
    if result.returncode != 0:
        sys.exit(f"tag-agreement: {binary} exited with status {result.returncode}\n{stderr}")
    if stderr:
        print(stderr, file=sys.stderr)
    tokens = {}
    for line in result.stdout.decode("utf-8", "replace").splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            print(f"tag-agreement: ignoring a line of output that is not JSON: {line[:80]}", file=sys.stderr)
            continue
        tokens[record.get("id")] = [
            (token.get("text", ""), token.get("tag", ""))
            for paragraph in record.get("paragraphs", [])
            for sentence in paragraph.get("sentences", [])
            for token in sentence.get("tokens", [])
        ]
    return tokens


# --------------------------------------------------------------------------- alignment and scoring

QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'",
                        "–": "-", "—": "-"})


def normalise(word):
    word = PTB_ESCAPES.get(word, word).translate(QUOTES).lower()
    if word == "''" or word == "``":
        return '"'
    if word and set(word) == {"-"}:
        return "--"
    if word in ("...", "…"):
        return "..."
    return word


def coarse(tag):
    return COARSE.get(tag, "other")


def is_verb(tag):
    return tag.startswith("VB") or tag == "MD"


class Score:
    def __init__(self):
        self.sentences = 0
        self.missing = 0          # sentences Détente gave no output for
        self.gold = 0
        self.aligned = 0
        self.exact = 0
        self.coarse = 0
        self.aux = 0
        self.verb_tp = self.verb_fp = self.verb_fn = self.verb_tn = 0
        self.confusions = collections.Counter()

    def add(self, other):
        for name, value in vars(other).items():
            if name == "confusions":
                self.confusions.update(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def count(self, gold_tag, det_tag):
        self.aligned += 1
        if gold_tag == det_tag:
            self.exact += 1
        else:
            self.confusions[(gold_tag, det_tag)] += 1
        if coarse(gold_tag) == coarse(det_tag):
            self.coarse += 1
        g, d = is_verb(gold_tag), is_verb(det_tag)
        if g and d:
            self.verb_tp += 1
        elif d:
            self.verb_fp += 1
        elif g:
            self.verb_fn += 1
        else:
            self.verb_tn += 1


def percent(part, whole):
    return f"{100.0 * part / whole:5.1f}%" if whole else "   n/a"


def align(gold, detected):
    """difflib opcodes between the gold leaves and Détente's tokens, on normalised strings."""
    matcher = difflib.SequenceMatcher(None, [normalise(w) for w, _ in gold],
                                      [normalise(w) for w, _ in detected], autojunk=False)
    return matcher.get_opcodes()


def render(ident, text, gold, detected, opcodes):
    """One sentence for --verbose: agreeing tokens as word/TAG, disagreements marked with *."""
    parts = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            for (word, gtag), (_, dtag) in zip(gold[i1:i2], detected[j1:j2]):
                parts.append(f"{word}/{gtag}" if gtag == dtag else f"*{word}/{gtag}→{dtag}*")
        else:
            left = " ".join(f"{w}/{t}" for w, t in gold[i1:i2]) or "∅"
            right = " ".join(f"{w}/{t}" for w, t in detected[j1:j2]) or "∅"
            parts.append(f"[gold: {left} | détente: {right}]")
    wrong = sum(1 for p in parts if p.startswith("*"))
    lines = [f"--- {ident}  ({wrong} disagreement{'s' if wrong != 1 else ''})", f"    {text}"]
    line = "   "
    for part in parts:
        if len(line) + len(part) + 1 > 100 and line.strip():
            lines.append(line)
            line = "   "
        line += " " + part
    if line.strip():
        lines.append(line)
    return "\n".join(lines)


def report(title, score, top):
    print(f"== {title}")
    print(f"   sentences:            {score.sentences}" + (f" ({score.missing} with no Détente output)" if score.missing else ""))
    print(f"   gold tokens:          {score.gold}  (AUX* tags read as VB*: {score.aux})")
    print(f"   aligned tokens:       {score.aligned}  ({percent(score.aligned, score.gold).strip()} of gold)")
    print(f"   exact tag agreement:  {score.exact}/{score.aligned}  {percent(score.exact, score.aligned)}")
    print(f"   coarse agreement:     {score.coarse}/{score.aligned}  {percent(score.coarse, score.aligned)}"
          "  (noun / verb / adjective / adverb / other)")
    predicted = score.verb_tp + score.verb_fp
    actual = score.verb_tp + score.verb_fn
    precision = score.verb_tp / predicted if predicted else 0.0
    recall = score.verb_tp / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    agree = score.verb_tp + score.verb_tn
    print(f"   verb vs not:          {agree}/{score.aligned}  {percent(agree, score.aligned)} agree;"
          f" precision {percent(score.verb_tp, predicted).strip()} ({score.verb_tp}/{predicted}),"
          f" recall {percent(score.verb_tp, actual).strip()} ({score.verb_tp}/{actual}), F1 {100 * f1:.1f}%")
    if score.confusions:
        print(f"   top {top} confusions (gold → détente):")
        for (gold_tag, det_tag), n in score.confusions.most_common(top):
            print(f"     {n:5d}  {gold_tag:5s} → {det_tag}")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", help="PETRARCH XML files (default: the two shipped samples)")
    parser.add_argument("--bin", default=None, help="detente binary (default: .build/release/detente if built, else .build/debug/detente)")
    parser.add_argument("--verbose", action="store_true", help="print every sentence with its disagreements marked")
    parser.add_argument("--top", type=int, default=15, help="how many confusions to list (default 15)")
    args = parser.parse_args()

    binary = args.bin or default_binary()
    if not os.path.exists(binary):
        sys.exit(f"tag-agreement: no detente binary at {binary} (build it, or pass --bin)")
    files = args.files or DEFAULT_FILES

    # (key, file, id, text, gold leaves, aux count) for every sentence with a parse
    items, no_parse, no_text = [], collections.Counter(), collections.Counter()
    for index, path in enumerate(files):
        if not os.path.exists(path):
            sys.exit(f"tag-agreement: no such file: {path}")
        for n, (ident, text, parse) in enumerate(read_sentences(path)):
            text = " ".join(text.split())
            leaves, aux = gold_leaves(parse) if parse else ([], 0)
            if not leaves:
                no_parse[path] += 1
                continue
            if not text:  # a parse whose <Text> is empty: nothing to give Détente
                no_text[path] += 1
                continue
            items.append((f"f{index}s{n}", path, ident, text, leaves, aux))

    print(f"detente binary: {os.path.relpath(binary, ROOT) if binary.startswith(ROOT) else binary}")
    detected_by_key = run_detente(binary, [(key, text) for key, _, _, text, _, _ in items])

    per_file = collections.OrderedDict((path, Score()) for path in files)
    for key, path, ident, text, gold, aux in items:
        score = per_file[path]
        score.sentences += 1
        score.gold += len(gold)
        score.aux += aux
        detected = detected_by_key.get(key)
        if detected is None:
            score.missing += 1
            detected = []
        opcodes = align(gold, detected)
        for op, i1, i2, j1, j2 in opcodes:
            if op == "equal":
                for (_, gtag), (_, dtag) in zip(gold[i1:i2], detected[j1:j2]):
                    score.count(gtag, dtag)
        if args.verbose:
            print(render(f"{os.path.basename(path)} {ident}", text, gold, detected, opcodes))
    if args.verbose:
        print()

    total = Score()
    for path, score in per_file.items():
        name = os.path.basename(path)
        notes = [f"{n} without a <Parse>" for n in [no_parse[path]] if n]
        notes += [f"{n} with an empty <Text>" for n in [no_text[path]] if n]
        if notes:
            name += f"  (skipped: {', '.join(notes)})"
        report(name, score, args.top)
        total.add(score)
    if len(per_file) > 1:
        report("overall", total, args.top)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into head
        sys.stderr.close()
        sys.exit(0)
