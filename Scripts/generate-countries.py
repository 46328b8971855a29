#!/usr/bin/env python3
"""Generate Sources/DetenteCore/Resources/actors-countries.tsv from Debian's iso-codes and the
hand-written Scripts/country-supplement.tsv.

    apt-get install iso-codes && python3 Scripts/generate-countries.py

The output is committed; the detente binary never reads iso-codes itself. Each line is
`code<TAB>kind<TAB>text[<TAB>actor code]`: a CAMEO country (or region) code, the kind of mention
(name, adjective, demonym, capital, seat) and the text as it appears in news copy; `seat` lines
carry the full actor code the building stands for ("White House" USAGOV).

From iso-codes come the `name` lines: each ISO 3166-1 country's name, official name and common
name (inverted forms such as "Korea, Republic of" put back in reading order), plus the former
names in ISO 3166-3 of states that were only renamed (Burma, Zaire, Upper Volta …). Everything
else is in the supplement. Every text also gets its accent-free spelling ("Bogotá" → "Bogota"),
its other apostrophe ("Côte d'Ivoire" / "Côte d’Ivoire") and, for "Saint X", "St. X" and "St X".
The result is de-duplicated and grouped by code, kinds in a fixed order.
"""
import collections
import json
import os
import re
import sys
import unicodedata

ISO = os.environ.get("ISO_CODES_DIR", "/usr/share/iso-codes/json")
HERE = os.path.dirname(os.path.abspath(__file__))
SUPPLEMENT = os.path.join(HERE, "country-supplement.tsv")
OUT = os.path.join(HERE, "..", "Sources", "DetenteCore", "Resources", "actors-countries.tsv")
KINDS = ("name", "adjective", "demonym", "capital", "seat")

# ISO alpha-3 codes that CAMEO spells differently. None of the current ISO 3166-1 entries
# differ; Kosovo, which has no ISO code, is KSV in the supplement.
CAMEO = {}

# ISO names never used in news copy, or not neutral enough to code from.
# "Congo" alone is the Republic's ISO short name, but wire copy (Reuters, AP) uses it for the far
# larger Democratic Republic of Congo; the supplement gives it to COD.
SKIP = {"Taiwan, Province of China", "Congo"}

# ISO 3166-3 entries that are earlier names of a state that still exists under a current code.
# Dissolved states (USSR, Yugoslavia, Czechoslovakia, GDR, Serbia and Montenegro …) are left out.
FORMER = {
    "BUR": "MMR",  # Burma
    "DHY": "BEN",  # Dahomey
    "HVO": "BFA",  # Upper Volta
    "NHB": "VUT",  # New Hebrides
    "RHO": "ZWE",  # Southern Rhodesia
    "TMP": "TLS",  # East Timor
    "ZAR": "COD",  # Zaire
}

# Texts whose accent-free spelling is a common English word ("Malé" → "male").
KEEP_ACCENTS = {"Malé"}


def reading_order(name):
    """ISO's "Korea, Republic of" → "Republic of Korea"; "Virgin Islands, British" → "British
    Virgin Islands"; a comma in a list ("Bonaire, Sint Eustatius and Saba") stays."""
    if ", " not in name:
        return name
    head, tail = name.rsplit(", ", 1)
    if re.search(r"\bof( the)?$", tail, re.IGNORECASE):
        tail = tail[4:] if tail.startswith("The ") else tail
        return f"{tail} {head}"
    if tail in ("British", "U.S."):
        return f"{tail} {head}"
    return name


def iso_names(name):
    """The names news copy could use for one iso-codes name field."""
    if name in SKIP:
        return []
    name = re.sub(r"^the ", "", name)
    names = []
    match = re.fullmatch(r"(.*?) \((.*)\)(.*)", name)
    if match:
        before, inside, after = match.groups()
        if after:  # "Cocos (Keeling) Islands"
            names.append(before + after)
        else:  # "Holy See (Vatican City State)", "Saint Martin (French part)"
            names.append(before)
            if not inside.endswith(" part"):
                names.append(inside)
    else:
        names.append(name)
    return [reading_order(n) for n in names]


def variants(text):
    """The text and its accent-free, other-apostrophe and Saint/St. spellings."""
    forms = [text]
    if text not in KEEP_ACCENTS:
        plain = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        forms.append(unicodedata.normalize("NFC", plain))
    for form in list(forms):
        if "'" in form:
            forms.append(form.replace("'", "\u2019"))
        elif "\u2019" in form:
            forms.append(form.replace("\u2019", "'"))
    for form in list(forms):
        if re.search(r"\bSaint ", form):
            forms.append(re.sub(r"\bSaint ", "St. ", form))
            forms.append(re.sub(r"\bSaint ", "St ", form))
    return list(dict.fromkeys(forms))


def fail(message):
    sys.exit(f"generate-countries: {message}")


def main():
    entries = collections.OrderedDict()  # (code, kind, text) -> actor code or None
    ambiguous = collections.defaultdict(set)

    def add(code, kind, text, actor=None, origin=""):
        if not re.fullmatch(r"[A-Z]{3}", code):
            fail(f"{origin}: bad code '{code}'")
        if kind not in KINDS:
            fail(f"{origin}: unknown kind '{kind}'")
        if (kind == "seat") != (actor is not None):
            fail(f"{origin}: an actor code is required on seat lines and only there")
        if not text or text != text.strip() or "\t" in text:
            fail(f"{origin}: bad text '{text}'")
        for form in variants(text):
            key = (code, kind, form)
            if key in entries and entries[key] != actor:
                fail(f"{origin}: '{form}' is listed with two actor codes")
            entries.setdefault(key, actor)
            ambiguous[(kind, form)].add(code)

    with open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for country in countries:
        code = CAMEO.get(country["alpha_3"], country["alpha_3"])
        for field in ("name", "official_name", "common_name"):
            if field in country:
                for name in iso_names(country[field]):
                    add(code, "name", name, origin=f"iso_3166-1 {country['alpha_3']}")

    with open(os.path.join(ISO, "iso_3166-3.json"), encoding="utf-8") as f:
        former = json.load(f)["3166-3"]
    for country in former:
        code = FORMER.get(country["alpha_3"])
        if code:
            head = country["name"].split(", ")[0]
            for name in dict.fromkeys([head] + iso_names(country["name"])):
                add(code, "name", name, origin=f"iso_3166-3 {country['alpha_3']}")

    seen = set()
    with open(SUPPLEMENT, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            origin = f"country-supplement.tsv:{number}"
            if len(fields) not in (3, 4):
                fail(f"{origin}: expected 3 or 4 tab-separated columns, found {len(fields)}")
            if tuple(fields[:3]) in seen:
                fail(f"{origin}: duplicate line")
            seen.add(tuple(fields[:3]))
            add(*fields[:3], fields[3] if len(fields) == 4 else None, origin=origin)

    iso_codes = {CAMEO.get(c["alpha_3"], c["alpha_3"]) for c in countries}
    for code in sorted(iso_codes):
        have = {kind for (c, kind, _) in entries if c == code}
        missing = [kind for kind in ("adjective", "demonym", "capital") if kind not in have]
        if missing:
            print(f"note: {code} has no {', '.join(missing)}", file=sys.stderr)
    for (kind, text), codes in sorted(ambiguous.items()):
        if len(codes) > 1:
            print(f"note: {kind} '{text}' is listed for {', '.join(sorted(codes))}", file=sys.stderr)

    order = {kind: i for i, kind in enumerate(KINDS)}
    rows = sorted(enumerate(entries.items()), key=lambda r: (r[1][0][0], order[r[1][0][1]], r[0]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write(
            "# Country and region actors: how news copy names a state, its people, its capital and its\n"
            "# seats of government. Generated by Scripts/generate-countries.py from iso-codes and\n"
            "# Scripts/country-supplement.tsv; edit those, not this file.\n"
            "# Format: code<TAB>kind<TAB>text[<TAB>actor code]. code is the CAMEO country or region code;\n"
            "# kind is name, adjective, demonym (the people, plural), capital or seat (a building or\n"
            "# institution standing for part of the state, whose actor code is the 4th column).\n"
            "# Texts are case-sensitive and spelled as in running text.\n"
        )
        for _, ((code, kind, text), actor) in rows:
            out.write("\t".join([code, kind, text] + ([actor] if actor else [])) + "\n")
    print(f"wrote {len(rows)} lines to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
