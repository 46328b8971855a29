#!/usr/bin/env python3
"""Feeds `detente` hostile and odd input and prints one Markdown table: input → command → what
came out (first line of the answer or error), exit status, wall time and peak RSS.

    python3 Scripts/hostile-inputs.py [path/to/detente]     (default: the release build)

Inputs are generated in a temporary folder (some are large: a 100 MB line, a million sentences).
A row fails the run when the process dies from a signal (exit ≥ 128 through time(1)), runs into
the 300 s timeout, or does not say what the row expects."""
import json, os, subprocess, sys, tempfile, time

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/detente"
work = tempfile.mkdtemp(prefix="detente-hostile-")
rows, failed = [], False


def path(name):
    return os.path.join(work, name)


def write(name, data):
    with open(path(name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path(name)


def record(text, **extra):
    return json.dumps({"text": text, **extra}) + "\n"


def run(label, args, stdin=None, expect=""):
    global failed
    start = time.time()
    rss_file = path("rss")
    try:
        with open(stdin, "rb") if stdin else open(os.devnull, "rb") as f:
            p = subprocess.run(["/usr/bin/time", "-q", "-o", rss_file, "-f", "%M", binary] + args, stdin=f, capture_output=True, timeout=300)
        code, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        code, out, err = "timeout", b"", b""
    seconds = time.time() - start
    try:
        rss = int(open(rss_file).read().split()[-1])
    except (OSError, ValueError, IndexError):
        rss = 0
    lines = out.decode("utf-8", "replace").splitlines()
    answer = (err.decode("utf-8", "replace").strip().splitlines() or [""])[0] if code != 0 or not lines else lines[0]
    if len(lines) > 1:
        answer = f"{len(lines):,} lines; first: {answer}"
    answer = answer.replace("|", "\\|")
    if len(answer) > 150:
        answer = answer[:147] + "…"
    ok = isinstance(code, int) and 0 <= code < 128 and (expect == "" or expect in out.decode("utf-8", "replace") + err.decode("utf-8", "replace"))
    failed |= not ok
    rss_text = f"{rss / 1024:.0f} MB"
    rows.append((label, " ".join(["detente"] + args).replace(work + "/", ""), answer, code, f"{seconds:.2f} s", rss_text, "ok" if ok else "FAIL"))


date = {"date": "2025-06-01"}
# --- detente code (JSONL on standard input)
write("utf8.jsonl", b'{"text": "Chile recalled its ambassador \xff\xfe to Peru."}\n')
run("invalid UTF-8 in a line", ["code"], path("utf8.jsonl"), "not UTF-8")
write("nul-raw.jsonl", b'{"text": "raw \x00 NUL"}\n')
run("raw NUL byte inside JSON", ["code"], path("nul-raw.jsonl"), "control character")
write("nul-escaped.jsonl", record("France condemned Russia \u0000 on Monday.", **date))
run("escaped NUL (\\u0000) in the text", ["code"], path("nul-escaped.jsonl"), "\"FRA\"")
write("binary.bin", bytes(range(256)) * 4096)
run("binary file (1 MB) as JSONL", ["code"], path("binary.bin"), "error")
write("empty.jsonl", b"")
run("empty input", ["code"], path("empty.jsonl"))
with open(path("line100mb.jsonl"), "wb") as f:
    f.write(b'{"text": "' + b"a" * (100 << 20) + b'"}\n')
    f.write(record("Iran threatened Israel.").encode())
run("100 MB single line, then a good one", ["code"], path("line100mb.jsonl"), "over the 16.0 MiB limit")
with open(path("million.jsonl"), "w") as f:
    sentence = "Iran threatened Israel on Monday. Egypt urged both sides to talk. Talks are planned in Cairo. "
    for i in range(100_000):
        f.write(record(sentence * 3 + "The envoy left.", id=str(i), **date))
run("a million sentences (100,000 records of 10)", ["code"], path("million.jsonl"))
write("deep.json", "[" * 1_000_000 + "]" * 1_000_000 + "\n")
run("JSON nested 1,000,000 deep", ["code"], path("deep.json"), "error")
write("types.jsonl", '{"text": 5}\n{"text": ["a"]}\n{"text": "x", "id": {}}\n[1, 2]\n"just a string"\n')
run("wrong JSON types (5 lines)", ["code"], path("types.jsonl"), "must be a string")
write("dates.jsonl", record("x", date="2025-02-30") + record("x", date="0000-00-00") + record("x", date="2025-13-01"))
run("impossible dates 2025-02-30, 0000-00-00, 2025-13-01", ["code"], path("dates.jsonl"), "not a valid")
write("quotes.jsonl", record('Iran said " it would " talk ' + '"' * 100_000 + " to Israel. ((((Iran)) threatened [[[Israel", **date))
run("unbalanced quotes (100,000) and brackets", ["code"], path("quotes.jsonl"))
write("token.jsonl", record("Iran threatened " + "a" * 1_000_000 + " Israel.", **date))
run("one 1 MB token", ["code"], path("token.jsonl"), "\"ISR\"")
write("rtl.jsonl", record("إيران هددت إسرائيل. Iran threatened Israel \u202ewith strikes\u202c. Iran\u0301 met Turkey" + "\u0301" * 10_000 + ".", **date))
run("right-to-left text, bidi controls, 10,000 combining marks", ["code"], path("rtl.jsonl"), "\"IRN\"")
write("nopunct.jsonl", record(" ".join(f"word{i}" for i in range(200_000)) + " Iran threatened Israel", **date))
run("200,000 words without punctuation", ["code"], path("nopunct.jsonl"))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "us-mexico-tariff-truce.txt")) as f:
    example = f.read()
write("article8mb.jsonl", record((example * (8_000_000 // len(example)))[:8_000_000], **date))
run("one 8 MB article (the default --max-article-bytes)", ["code"], path("article8mb.jsonl"))
write("article9mb.jsonl", record("Iran threatened Israel. " * 400_000, **date))
run("one 9.2 MB article", ["code"], path("article9mb.jsonl"), "--max-article-bytes")
# --- detente analyze FILE
write("latin1.txt", "Café talks: Iran threatened Israel on Monday.".encode("latin-1"))
run("Latin-1 file", ["analyze", path("latin1.txt")], expect="Windows-1252")
run("binary file", ["analyze", path("binary.bin")], expect="binary content")
run("empty file", ["analyze", path("empty.jsonl")], expect="empty file")
run("a missing file", ["analyze", work + "/none"], expect="no such file")
with open(path("big.txt"), "wb") as f:
    f.write(b"Iran threatened Israel. " * ((40 << 20) // 24))
run("40 MB text file", ["analyze", path("big.txt")], expect="--max-file-bytes")
# --- detente ingest (HTML pages and feeds through libxml2)
db = path("store.sqlite")
laughs = '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol "lol">' + "".join(
    f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">' for i in range(1, 10)) + \
    ']>\n<rss version="2.0"><channel><title>T</title><item><title>L</title><description>Iran threatened Israel. &lol9;</description></item></channel></rss>'
run("billion laughs feed", ["ingest", "--offline", "--quiet", "--db", db, write("laughs.xml", laughs)], expect="entity reference loop")
quadratic = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "A" * 100_000 + '">]><rss version="2.0"><channel><title>Q</title><item><title>Q</title><description>Iran threatened Israel. ' + "&a;" * 20_000 + "</description></item></channel></rss>"
run("entity of 100 KB used 20,000 times (2 GB if expanded)", ["ingest", "--offline", "--quiet", "--db", db, write("quadratic.xml", quadratic)], expect="1 articles stored")
xxe = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY f SYSTEM "file:///etc/passwd"><!ENTITY n SYSTEM "http://127.0.0.1:9/x">]><rss version="2.0"><channel><title>X</title><item><title>X</title><description>Chile recalled its envoy. &f; &n;</description></item></channel></rss>'
run("external entities (file:///etc/passwd, http)", ["ingest", "--offline", "--quiet", "--db", db, write("xxe.xml", xxe)], expect="1 articles stored")
run("HTML nested 200,000 deep", ["ingest", "--offline", "--quiet", "--db", db,
    write("deep.html", "<html><body>" + "<div>" * 200_000 + "<p>Iran threatened Israel.</p></body></html>")], expect="Excessive depth")
run("30 MB HTML page", ["ingest", "--offline", "--quiet", "--db", db,
    write("huge.html", "<html><body>" + "<p>Iran threatened Israel on Monday. France condemned Russia.</p>\n" * 450_000 + "</body></html>")], expect="limit")
run("malformed RSS (cut off)", ["ingest", "--offline", "--quiet", "--db", db,
    write("cut.xml", '<?xml version="1.0"?><rss><channel><item><title>Cut</title><description>Egypt urged Israel to talk.')], expect="1 articles stored")
run("XML that is not a feed", ["ingest", "--offline", "--quiet", "--db", db, write("svg.xml", '<?xml version="1.0"?><svg><g/></svg>')], expect="not an RSS or Atom feed")
run("binary .html", ["ingest", "--offline", "--quiet", "--db", db, write("binary.html", bytes(range(256)) * 100)], expect="binary content")
run("empty .txt", ["ingest", "--offline", "--quiet", "--db", db, write("empty.txt", b"")], expect="empty file")
# --- dictionaries
os.makedirs(path("dicts"))
write("dicts/garbage.verbs.txt", bytes(range(256)) * 100 + b"\n--- BROKEN [\n- * (  [999\n")
run("a PETRARCH verb file of garbage", ["code", "--dictionaries", path("dicts")], path("nul-escaped.jsonl"))

print(f"detente: {binary}; inputs in {work}\n")
print("| input | command | result | exit | time | peak RSS | |")
print("|---|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(str(c) for c in r) + " |")
sys.exit(1 if failed else 0)
