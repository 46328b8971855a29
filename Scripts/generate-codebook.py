#!/usr/bin/env python3
"""Generate Sources/DetenteCore/Resources/cameo-codebook.tsv from the shared CAMEO reference tables.

    python3 Scripts/generate-codebook.py [--goldstein FILE] [--plover FILE] [--output FILE]

The output is committed; the detente binary never reads the shared tables itself. The inputs sit
beside the repo and are never copied into it:

    ../shared/cameo/CAMEO.goldsteinscale.txt   GDELT's Goldstein table, `code<TAB>score`
    ../shared/cameo/CAMEO2PLOVER-2021.txt      `CODE: TYPE, mode, context # description`

Each output line is `code<TAB>name<TAB>goldstein<TAB>quad<TAB>plover_type<TAB>plover_mode`, one per
CAMEO 1.1b3 event code, in code order. Names come from the PLOVER table's descriptions (typos
and PLOVER rewordings mended, catch-all codes given CAMEO's ", not specified below") or, for codes it lacks (the roots,
01x, 02x), are written here. PLOVER types follow the table, except that 02 and its children are
REQUEST (current PLOVER) and 01 stays unmapped; a code the table lacks takes its nearest parent's
type and no mode. A PLOVER code missing from the Goldstein table takes its parent's score.
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GOLDSTEIN = os.path.join("..", "shared", "cameo", "CAMEO.goldsteinscale.txt")
PLOVER = os.path.join("..", "shared", "cameo", "CAMEO2PLOVER-2021.txt")
OUT = os.path.join("Sources", "DetenteCore", "Resources", "cameo-codebook.tsv")
NSB = ", not specified below"

# CAMEO 1.1b3 names for the codes the PLOVER table has no description for.
WRITTEN = {
    "01": "Make public statement",
    "010": "Make statement, not specified below",
    "011": "Decline comment",
    "012": "Make pessimistic comment",
    "013": "Make optimistic comment",
    "014": "Consider policy option",
    "015": "Acknowledge or claim responsibility",
    "016": "Deny responsibility",
    "017": "Engage in symbolic act",
    "018": "Make empathetic comment",
    "019": "Express accord",
    "02": "Appeal",
    "020": "Make an appeal or request, not specified below",
    "021": "Appeal for material cooperation, not specified below",
    "0211": "Appeal for economic cooperation",
    "0212": "Appeal for military cooperation",
    "0213": "Appeal for judicial cooperation",
    "0214": "Appeal for intelligence",
    "022": "Appeal for diplomatic cooperation (such as policy support)",
    "023": "Appeal for aid, not specified below",
    "0231": "Appeal for economic aid",
    "0232": "Appeal for military aid",
    "0233": "Appeal for humanitarian aid",
    "0234": "Appeal for military protection or peacekeeping",
    "024": "Appeal for political reform, not specified below",
    "0241": "Appeal for change in leadership",
    "0242": "Appeal for policy change",
    "0243": "Appeal for rights",
    "0244": "Appeal for change in institutions, regime",
    "025": "Appeal to yield, not specified below",
    "0251": "Appeal for easing of administrative sanctions",
    "0252": "Appeal for easing of popular dissent",
    "0253": "Appeal for release of persons or property",
    "0254": "Appeal for easing of economic sanctions, boycott, or embargo",
    "0255": "Appeal for target to allow international involvement (non-mediation)",
    "0256": "Appeal for de-escalation of military engagement",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "028": "Appeal to engage in or accept mediation",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}

# PLOVER descriptions that are not the CAMEO name: typos, a placeholder, a duplicate's other wording.
MENDED = {
    "031": "Express intent to engage in material cooperation, not specified below",  # "Agree to engage …"
    "034": "Express intent to institute political reform, not specified below",  # "… bring political reform"
    "055": "Apologize",  # "Apolgize"
    "100": "Demand, not specified below",  # "REQUEST"
    "1051": "Demand easing of administrative sanctions",  # "adminstrative"
    "1312": "Threaten with sanctions, boycott, embargo",  # "Threaten to boycott, embargo, or sanction"
    "1444": "Obstruct passage to demand change in institutions, regime",  # "Ostruct"
    "162": "Reduce or stop material aid, not specified below",  # "Reduce or stop aid"
    "175": "Use tactics of violent repression",  # listed twice, once as "Use violent repression"
}


def root(code):
    return code[:2]


def quad(code):
    r = int(root(code))
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def parents(code):
    """Nearest parent first: 4-digit → 3-digit → root."""
    return [code[:n] for n in (3, 2) if n < len(code)]


def read_goldstein(path, odd):
    scores = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("CAMEOEVENTCODE"):
                continue
            fields = line.split("\t")
            if len(fields) != 2 or not re.fullmatch(r"\d{2,4}", fields[0]):
                sys.exit(f"{path}:{number}: not `code<TAB>score`: {line!r}")
            code, score = fields[0], fields[1].strip()
            float(score)
            if code in scores:
                odd.append(f"Goldstein: {code} listed twice ({scores[code]}, {score})")
                continue
            scores[code] = score
    return scores


def read_plover(path, odd):
    """Returns ({code: (type, mode, context, description)}, {root: [types of its root lines]})."""
    table, roots = {}, collections.defaultdict(list)
    section = None
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#") or line.startswith("~"):
                continue
            m = re.fullmatch(r"(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*?))?\s*", line)
            if not m:
                sys.exit(f"{path}:{number}: not `CODE: TYPE, mode, context # description`: {line!r}")
            code, fields, description = m.group(1), m.group(2), (m.group(3) or "")
            parts = [p.strip() for p in fields.split(",")]
            ptype = parts[0]
            if not re.fullmatch(r"[A-Z]+", ptype):
                sys.exit(f"{path}:{number}: bad PLOVER type {ptype!r}")
            if len(code) == 2:
                roots[code].append(ptype)
                section = code
                continue
            if len(parts) != 3:
                odd.append(f"PLOVER {path.split('/')[-1]}:{number}: {code} has {len(parts)} fields")
            mode = parts[1] if len(parts) > 1 else ""
            context = parts[2] if len(parts) > 2 else ""
            # A dated editor's note after the description ("21.09.17: ...").
            note = re.search(r"\s{2,}\d\d\.\d\d\.\d\d:.*$", description)
            if note:
                odd.append(f"PLOVER line {number}: {code} description carries a note: {note.group(0).strip()!r} (dropped)")
                description = description[: note.start()]
            if section and root(code) != section:
                odd.append(f"PLOVER line {number}: {code} listed under section {section}")
            if code in table:
                first = table[code]
                same = first[:2] == (ptype, mode)
                odd.append(f"PLOVER line {number}: {code} listed twice ({first[3]!r} / {description!r})"
                           + ("" if same else f", types differ: {first[:2]} / {(ptype, mode)}"))
                continue
            table[code] = (ptype, mode, context, description)
    return table, roots


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--goldstein", default=GOLDSTEIN, help=f"Goldstein table (default: {GOLDSTEIN}, from the repo root)")
    ap.add_argument("--plover", default=PLOVER, help=f"CAMEO→PLOVER table (default: {PLOVER}, from the repo root)")
    ap.add_argument("--output", default=OUT, help=f"output TSV (default: {OUT}, from the repo root)")
    args = ap.parse_args()
    at_repo = lambda p: p if os.path.isabs(p) else os.path.normpath(os.path.join(REPO, p))
    gpath, ppath, out = at_repo(args.goldstein), at_repo(args.plover), at_repo(args.output)
    for p in (gpath, ppath):
        if not os.path.isfile(p):
            sys.exit(f"{p}: not found (the shared CAMEO tables sit beside the repo in ../shared/cameo/)")

    odd = []
    scores = read_goldstein(gpath, odd)
    table, roots = read_plover(ppath, odd)

    # Codes: all of Goldstein's, plus PLOVER's that it lacks (scored as their parent).
    codes = set(scores)
    borrowed = {}
    for code in sorted(set(table) - set(scores)):
        parent = next((p for p in parents(code) if p in scores), None)
        if parent is None:
            sys.exit(f"PLOVER code {code}: no parent in the Goldstein table")
        borrowed[code] = parent
        codes.add(code)
    codes = sorted(codes)  # string order is CAMEO order: 01 010 … 019 02 020 021 0211 …
    for code in codes:
        if len(code) > 2 and root(code) not in codes:
            sys.exit(f"{code}: its root {root(code)} is not in the Goldstein table")

    # Types of the roots: the root line's, or, where a root has lines that disagree (08 CONCEDE /
    # RETREAT), the type of its catch-all X0 code.
    root_type = {}
    for r, types in roots.items():
        if len(set(types)) == 1:
            root_type[r] = types[0]
        else:
            root_type[r] = table[r + "0"][0]
            odd.append(f"PLOVER: root {r} has lines {' and '.join(types)}; {r} itself takes {r}0's type {root_type[r]}")

    rows, inherited, catchall = [], [], []
    sources = collections.Counter()
    for code in codes:
        # name
        if code in MENDED:
            name, source = MENDED[code], "mended"
        elif code in WRITTEN:
            name, source = WRITTEN[code], "written"
        elif code in table and table[code][3]:
            name, source = table[code][3], "plover"
            children = any(c != code and c.startswith(code) for c in codes)
            if (len(code) == 3 and code.endswith("0") or children) and not name.endswith(NSB):
                name += NSB
                source = "plover+nsb"
        else:
            sys.exit(f"{code}: no name (add it to WRITTEN)")
        sources[source] += 1
        name = " ".join(name.split())
        # PLOVER
        if root(code) == "01":
            ptype, mode = "-", ""
        elif root(code) == "02":
            ptype, mode = "REQUEST", ""
        elif code in table:
            ptype, mode = table[code][:2]
        elif len(code) == 2:
            ptype, mode = root_type.get(code, "-"), ""
        else:
            parent = next(p for p in parents(code) if p in table or len(p) == 2)
            ptype = table[parent][0] if parent in table else root_type.get(parent, "-")
            mode = ""
            inherited.append(f"{code}→{parent}")
        score = scores[code] if code in scores else scores[borrowed[code]]
        rows.append((code, name, score, str(quad(code)), ptype or "-", mode or "-"))

    header = [
        "# CAMEO 1.1b3 event codebook (generated by Scripts/generate-codebook.py; do not edit by hand).",
        "# Format: code<TAB>name<TAB>goldstein<TAB>quad<TAB>plover_type<TAB>plover_mode. Lines starting with # are comments.",
        "# code: CAMEO event code (2-digit root, 3- or 4-digit subcode); rows in code order.",
        "# name: CAMEO short name, from the descriptions in CAMEO2PLOVER 2021 (catch-all codes end",
        "#   \", not specified below\"; put back to CAMEO's wording: " + " ".join(MENDED) + "), or written from",
        "#   the CAMEO 1.1b3 manual where that table has none (the roots, 01x, 02x).",
        "# goldstein: Goldstein conflict-cooperation score (-10 .. +10), GDELT's table (CAMEO.goldsteinscale.txt),",
        "#   not Phoenix's, which differs on 016 022 124 1246 163 165 166.",
        "# quad: quad class: 1 verbal cooperation (01-05), 2 material cooperation (06-08),",
        "#   3 verbal conflict (09-13), 4 material conflict (14-20).",
        "# plover_type, plover_mode: from CAMEO2PLOVER 2021 (PLOVER draft 0.8, 17 September 2021); - when none.",
        "#   01 and its children are unmapped; 02 and its children are REQUEST (current PLOVER; the 2021",
        "#   table leaves them unmapped). Root 08 takes 080's type (the table splits 08 into CONCEDE and",
        "#   RETREAT). A code the table lacks takes its nearest parent's type and no mode"
        + (f" ({', '.join(inherited)})." if inherited else "."),
    ]
    if borrowed:
        header.append("# Not in GDELT's Goldstein table, scored as their parent: "
                      + ", ".join(f"{c} (as {p})" for c, p in borrowed.items()) + ".")
    else:
        header.append("# Every code is in GDELT's Goldstein table; none borrows its parent's score.")

    # PLOVER types that differ from the parent's, and roots scored unlike their catch-all X0 code.
    by_code = {r[0]: r for r in rows}
    for code, _, score, _, ptype, _ in rows:
        if len(code) > 2:
            parent = parents(code)[0] if parents(code)[0] in by_code else root(code)
            if ptype != by_code[parent][4] and not (code[:3] in ("084", "085", "086", "087") and parent == "08"):
                odd.append(f"PLOVER: {code} is {ptype}, its parent {parent} {by_code[parent][4]}")
        elif code + "0" in by_code and by_code[code + "0"][2] != score:
            odd.append(f"Goldstein: root {code} is {score}, its catch-all {code}0 {by_code[code + '0'][2]}")

    # checks
    seen = set()
    for row in rows:
        assert len(row) == 6 and all(row) and not any("\t" in f or "\n" in f for f in row), row
        assert row[0] not in seen, row
        seen.add(row[0])
        assert -10.0 <= float(row[2]) <= 10.0, row
        assert row[3] in {"1", "2", "3", "4"}, row

    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")

    per_root = collections.Counter(root(c) for c in codes)
    print(f"{os.path.relpath(out, REPO)}: {len(rows)} rows")
    print("codes per root: " + " ".join(f"{r}:{n}" for r, n in sorted(per_root.items())))
    print(f"names: {sources['plover']} from PLOVER as they are, {sources['plover+nsb']} from PLOVER + '{NSB.strip(', ')}', "
          f"{sources['mended']} PLOVER mended, {sources['written']} written")
    print(f"PLOVER codes not in Goldstein: {', '.join(borrowed) or 'none'}")
    print(f"Goldstein codes not in PLOVER (type inherited): {', '.join(inherited) or 'none'}")
    types = collections.Counter(r[4] for r in rows)
    print("PLOVER types: " + " ".join(f"{t}:{n}" for t, n in sorted(types.items())))
    for line in odd:
        print("note: " + line)


if __name__ == "__main__":
    main()
