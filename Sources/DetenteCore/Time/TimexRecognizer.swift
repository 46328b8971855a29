/// Finds time expressions in one sentence's tokens by trying, at each token, the forms of news
/// English in turn (longest first): explicit dates, month–day–year in both orders, months,
/// weekdays, years, decades, centuries, quarters, seasons, "last/this/next …", yesterday/today/
/// tomorrow, "N units ago/later", durations and reference words.
struct TimexRecognizer: Sendable {
    struct Match: Sendable {
        var tokens: Range<Int>
        /// A part of a single token ("1957" of "1957-58"), in bytes, when not whole tokens.
        var bytes: ByteRange?
        var kind: TimeExpression.Kind
        var meaning: TimexMeaning
    }

    let words: TimeWords

    /// Prepositions and determiners after which an ambiguous month ("May", "March") or a bare year is a date.
    private let dateContext: Set<String> = [
        "in", "since", "until", "till", "by", "from", "through", "of", "during", "before", "after", "early", "late",
        "mid", "last", "next", "this", "between", "and", "or", "to", "on", "the", "for", "around", "throughout",
    ]

    func matches(_ tokens: [Token], _ sentence: Range<Int>, _ bytes: [UInt8]) -> [Match] {
        var found: [Match] = []
        var i = sentence.lowerBound
        var scan = Scan(tokens: tokens, sentence: sentence, bytes: bytes, words: words)
        scan.findTimeWords()
        while i < sentence.upperBound {
            let token = tokens[i]
            guard token.kind == .number || token.kind == .word && (scan.isTimeWord(i) || scan.hasDigits(i) || scan.startsWithMid(i))
            else { i += 1; continue }
            if scan.lowered.isEmpty { scan.lowerSentence() }
            if let ms = match(at: i, scan), let last = ms.last {
                found.append(contentsOf: ms)
                i = max(i + 1, last.tokens.upperBound)
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - Forms

    private func match(at i: Int, _ s: Scan) -> [Match]? {
        if let m = reference(i, s) { return [m] }
        if let m = recurrence(i, s) { return [m] }
        if let m = modified(i, s) { return [m] }
        if let m = core(i, s) { return m }
        return nil
    }

    /// early/late/mid/the end of + a date; earlier/later this|in the + unit.
    private func modified(_ i: Int, _ s: Scan) -> Match? {
        // Every modifier below starts with "e", "l", "m" or "t".
        guard let first = s.firstLowered(i), first == UInt8(ascii: "e") || first == UInt8(ascii: "l") || first == UInt8(ascii: "m")
                || first == UInt8(ascii: "t") else { return nil }
        let w = s.lower(i)
        var j = i
        if ["earlier", "later"].contains(w) {
            var k = i + 1
            if s.lower(k) == "in" || s.lower(k) == "on" { k += 1 }
            if s.lower(k) == "this" || s.lower(k) == "the" {
                if let unit = s.word(k + 1, .unit), ["W", "M", "Y", "Q"].contains(unit), !s.plural(k + 1) {
                    return Match(tokens: i..<(k + 2), kind: .date, meaning: .unitRelative(unit: unit, offset: 0))
                }
            }
            return nil
        }
        if ["early", "late", "mid"].contains(w) {
            j = i + 1
            if s.lower(j) == "-" { j += 1 }
        } else if w == "the", ["end", "beginning", "start", "middle"].contains(s.lower(i + 1)), s.lower(i + 2) == "of" {
            j = i + 3
        } else if s.startsWithMid(i), let m = s.month(i, fromOffset: 4) {
            if let y = s.year(i + 1) { return Match(tokens: i..<(i + 2), kind: .date, meaning: .absolute(year: y, month: m, day: nil)) }
            return Match(tokens: i..<(i + 1), kind: .date, meaning: .month(m, relative: nil))
        } else {
            return nil
        }
        guard j > i, let inner = core(j, s, afterModifier: true)?.first, inner.bytes == nil,
              inner.kind == .date, inner.tokens.lowerBound == j else { return nil }
        return Match(tokens: i..<inner.tokens.upperBound, kind: .date, meaning: inner.meaning)
    }

    private static let recurrenceAdverbs = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
                                            "nightly": "XXXX-XX-XXTNI"]

    /// every/each week, every Monday, every morning; daily, weekly, monthly, annually.
    private func recurrence(_ i: Int, _ s: Scan) -> Match? {
        let w = s.lower(i)
        // Every recurrence adverb ends in "y": skip the dictionary's hashing for other words.
        if w.utf8.last == UInt8(ascii: "y"), let value = Self.recurrenceAdverbs[w] { return Match(tokens: i..<(i + 1), kind: .set, meaning: .recurrence(value)) }
        guard w == "every" || w == "each" else { return nil }
        if let unit = s.word(i + 1, .unit), !s.plural(i + 1), ["D", "W", "M", "Y", "Q", "WE"].contains(unit) {
            return Match(tokens: i..<(i + 2), kind: .set, meaning: .recurrence("P1" + unit))
        }
        if let day = s.word(i + 1, .weekday) { return Match(tokens: i..<(i + 2), kind: .set, meaning: .recurrence("XXXX-WXX-" + day)) }
        if let part = s.word(i + 1, .partofday) { return Match(tokens: i..<(i + 2), kind: .set, meaning: .recurrence("XXXX-XX-XXT" + part)) }
        if let season = s.word(i + 1, .season) { return Match(tokens: i..<(i + 2), kind: .set, meaning: .recurrence("XXXX-" + season)) }
        return nil
    }

    private func reference(_ i: Int, _ s: Scan) -> Match? {
        let w = s.lower(i)
        if w == "at", s.lower(i + 1) == "the", s.lower(i + 2) == "time" {
            return Match(tokens: i..<(i + 3), kind: .date, meaning: .reference("PAST_REF"))
        }
        if w == "at", s.lower(i + 1) == "present" { return Match(tokens: i..<(i + 2), kind: .date, meaning: .reference("PRESENT_REF")) }
        if w == "these", s.lower(i + 1) == "days" { return Match(tokens: i..<(i + 2), kind: .date, meaning: .reference("PRESENT_REF")) }
        if w == "in", s.lower(i + 1) == "the" {
            let next = s.lower(i + 2)
            if next == "past", s.word(i + 3, .unit) == nil, s.count(i + 3) == nil {
                return Match(tokens: (i + 1)..<(i + 3), kind: .date, meaning: .reference("PAST_REF"))
            }
            if next == "future" { return Match(tokens: (i + 1)..<(i + 3), kind: .date, meaning: .reference("FUTURE_REF")) }
            if next == "coming" || next == "next" || next == "days" , let unit = s.word(i + 3, .unit), s.plural(i + 3), ["D", "W", "M", "Y"].contains(unit) {
                return Match(tokens: (i + 1)..<(i + 4), kind: .date, meaning: .reference("FUTURE_REF"))
            }
        }
        if let ref = s.word(i, .reference) {
            return Match(tokens: i..<(i + 1), kind: .date, meaning: .reference(ref))
        }
        return nil
    }

    private func core(_ i: Int, _ s: Scan, afterModifier: Bool = false) -> [Match]? {
        if let ms = numericDate(i, s) { return ms }
        if let m = monthForms(i, s, afterModifier: afterModifier) { return [m] }
        if let m = dayMonth(i, s) { return [m] }
        if let m = weekdayForm(i, s) { return [m] }
        if let m = relativeForm(i, s) { return [m] }
        if let m = deixis(i, s) { return [m] }
        if let m = quarterForm(i, s) { return [m] }
        if let m = centuryForm(i, s) { return [m] }
        if let m = countForms(i, s) { return [m] }
        if let m = seasonForm(i, s) { return [m] }
        if let m = yearForm(i, s, afterModifier: afterModifier) { return [m] }
        return nil
    }

    /// 2025-01-26 · 1/26/2025 · 2009-2010 · 1957-58 · the 1990s.
    private func numericDate(_ i: Int, _ s: Scan) -> [Match]? {
        // Every form below needs a "-" or a "/", or ends in "s" (checked on the token's bytes first).
        if s.lastLowered(i) != UInt8(ascii: "s"), !s.contains(i, UInt8(ascii: "-")), !s.contains(i, UInt8(ascii: "/")) { return nil }
        let text = s.lower(i)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
           CalendarDate(year: y, month: m, day: d) != nil {
            return [Match(tokens: i..<(i + 1), kind: .date, meaning: .absolute(year: y, month: m, day: d))]
        }
        let slashed = text.split(separator: "/")
        if slashed.count == 3, let m = Int(slashed[0]), let d = Int(slashed[1]), let y = Int(slashed[2]), slashed[2].count == 4,
           CalendarDate(year: y, month: m, day: d) != nil {
            return [Match(tokens: i..<(i + 1), kind: .date, meaning: .absolute(year: y, month: m, day: d))]
        }
        if parts.count == 2, parts[0].count == 4, let y1 = Int(parts[0]), (1000...2999).contains(y1),
           parts[1].count == 2 || parts[1].count == 4, var y2 = Int(parts[1]) {
            if parts[1].count == 2 { y2 += y1 / 100 * 100 }
            guard y2 > y1, y2 - y1 < 100 else { return nil }
            let start = s.tokens[i].bytes.start
            let first = ByteRange(start: start, end: start + 4)
            let second = ByteRange(start: start + 5, end: s.tokens[i].bytes.end)
            return [Match(tokens: i..<(i + 1), bytes: first, kind: .date, meaning: .absolute(year: y1, month: nil, day: nil)),
                    Match(tokens: i..<(i + 1), bytes: second, kind: .date, meaning: .absolute(year: y2, month: nil, day: nil))]
        }
        if text.hasSuffix("s"), text.count == 5, let decade = Int(text.dropLast()), decade % 10 == 0, (1000...2999).contains(decade) {
            return [Match(tokens: i..<(i + 1), kind: .date, meaning: .decade(decade / 10))]
        }
        return nil
    }

    /// January 26, 2025 · Jan. 26 · January 2025 · January · May (in context only).
    private func monthForms(_ i: Int, _ s: Scan, afterModifier: Bool) -> Match? {
        guard let m = s.month(i) else { return nil }
        let previous = s.lower(i - 1)
        if let d = s.day(i + 1) {
            var j = i + 2
            if s.lower(j) == "," { j += 1 }
            if let y = s.year(j) {
                guard CalendarDate(year: y, month: m, day: d) != nil else { return nil }  // February 29, 2023: no such day
                return Match(tokens: i..<(j + 1), kind: .date, meaning: .absolute(year: y, month: m, day: d))
            }
            if CalendarDate(year: 2000, month: m, day: d) != nil {
                return Match(tokens: i..<(i + 2), kind: .date, meaning: .monthDay(month: m, day: d, relative: s.relativeBefore(i)))
            }
        }
        var j = i + 1
        if s.lower(j) == "," || s.lower(j) == "of" { j += 1 }
        if let y = s.year(j) {
            return Match(tokens: i..<(j + 1), kind: .date, meaning: .absolute(year: y, month: m, day: nil))
        }
        // A bare month: "May" and "March" are verbs and nouns too, so they need a date context.
        let ambiguous = ["may", "march"].contains(s.lower(i))
        if ambiguous && !(afterModifier || dateContext.contains(previous)) { return nil }
        if ambiguous, ["to", "and", "or", "the"].contains(previous) { return nil }
        return Match(tokens: i..<(i + 1), kind: .date, meaning: .month(m, relative: s.relativeBefore(i)))
    }

    /// 26 January 2025 · 26 January.
    private func dayMonth(_ i: Int, _ s: Scan) -> Match? {
        guard let d = s.day(i), let m = s.month(i + 1) else { return nil }
        if let y = s.year(i + 2), CalendarDate(year: y, month: m, day: d) != nil {
            return Match(tokens: i..<(i + 3), kind: .date, meaning: .absolute(year: y, month: m, day: d))
        }
        guard CalendarDate(year: 2000, month: m, day: d) != nil else { return nil }
        return Match(tokens: i..<(i + 2), kind: .date, meaning: .monthDay(month: m, day: d, relative: nil))
    }

    /// Tuesday · Tuesday night · Tuesday, February 3, 2026 — but not "Sunday Times".
    private func weekdayForm(_ i: Int, _ s: Scan) -> Match? {
        guard let w = s.word(i, .weekday).flatMap(Int.init), s.tokens[i].isCapitalized else { return nil }
        var j = i + 1
        if s.lower(j) == "," { j += 1 }
        if let full = monthForms(j, s, afterModifier: true), case .absolute(_, _, _?) = full.meaning {
            return Match(tokens: i..<full.tokens.upperBound, kind: .date, meaning: full.meaning)
        }
        if let part = s.word(i + 1, .partofday) {
            return Match(tokens: i..<(i + 2), kind: .time, meaning: .weekday(w, relative: s.relativeBefore(i), partOfDay: part))
        }
        if i + 1 < s.sentence.upperBound, s.tokens[i + 1].isCapitalized, s.tokens[i + 1].kind == .word, s.month(i + 1) == nil {
            return nil
        }
        return Match(tokens: i..<(i + 1), kind: .date, meaning: .weekday(w, relative: s.relativeBefore(i), partOfDay: nil))
    }

    /// (the) last|this|next|past|coming [fiscal|calendar] week|month|year|quarter|weekend|MONTH|WEEKDAY|SEASON.
    private func relativeForm(_ i: Int, _ s: Scan) -> Match? {
        var j = i
        if s.lower(j) == "the" { j += 1 }
        guard let offset = s.word(j, .relative).flatMap(Int.init) else { return nil }
        var k = j + 1
        if ["fiscal", "calendar", "financial", "school"].contains(s.lower(k)) { k += 1 }
        if let unit = s.word(k, .unit), !s.plural(k) {
            guard unit != "D", unit != "H", unit != "MIN", unit != "S" else { return nil }
            return Match(tokens: i..<(k + 1), kind: .date, meaning: .unitRelative(unit: unit, offset: offset))
        }
        if let m = s.month(k, strict: false) {
            if let y = s.year(k + 1) { return Match(tokens: i..<(k + 2), kind: .date, meaning: .absolute(year: y, month: m, day: nil)) }
            return Match(tokens: i..<(k + 1), kind: .date, meaning: .month(m, relative: offset))
        }
        if let w = s.word(k, .weekday).flatMap(Int.init) {
            if let part = s.word(k + 1, .partofday) {
                return Match(tokens: i..<(k + 2), kind: .time, meaning: .weekday(w, relative: offset, partOfDay: part))
            }
            return Match(tokens: i..<(k + 1), kind: .date, meaning: .weekday(w, relative: offset, partOfDay: nil))
        }
        if let season = s.word(k, .season) {
            return Match(tokens: i..<(k + 1), kind: .date, meaning: .season(season, year: nil, relative: offset))
        }
        return nil
    }

    /// yesterday · today · tomorrow (morning) · tonight.
    private func deixis(_ i: Int, _ s: Scan) -> Match? {
        guard let offset = s.word(i, .deixis).flatMap(Int.init) else { return nil }
        if s.lower(i) == "tonight" { return Match(tokens: i..<(i + 1), kind: .time, meaning: .deixis(0, partOfDay: "NI")) }
        if let part = s.word(i + 1, .partofday) {
            return Match(tokens: i..<(i + 2), kind: .time, meaning: .deixis(offset, partOfDay: part))
        }
        return Match(tokens: i..<(i + 1), kind: .date, meaning: .deixis(offset, partOfDay: nil))
    }

    /// (the) first|second … quarter (of 2025) · Q3 (2025).
    private func quarterForm(_ i: Int, _ s: Scan) -> Match? {
        let w = s.lower(i)
        if w.utf8.first == UInt8(ascii: "q"), w.count == 2, w.hasPrefix("q"), let q = Int(w.dropFirst()), (1...4).contains(q) {
            if let y = s.year(i + 1) { return Match(tokens: i..<(i + 2), kind: .date, meaning: .quarter(q, year: y, relative: nil)) }
            return Match(tokens: i..<(i + 1), kind: .date, meaning: .quarter(q, year: nil, relative: nil))
        }
        var j = i
        if w == "the" { j += 1 }
        guard let q = s.word(j, .ordinal).flatMap(Int.init), s.word(j + 1, .unit) == "Q", !s.plural(j + 1) else { return nil }
        var k = j + 2
        if s.lower(k) == "of" || s.lower(k) == "," { k += 1 }
        if let y = s.year(k) { return Match(tokens: i..<(k + 1), kind: .date, meaning: .quarter(q, year: y, relative: nil)) }
        return Match(tokens: i..<(j + 2), kind: .date, meaning: .quarter(q, year: nil, relative: nil))
    }

    /// the 20th century → 19.
    private func centuryForm(_ i: Int, _ s: Scan) -> Match? {
        // The number before the suffix must parse, so the word starts with a digit or a sign.
        guard s.startsLikeInteger(i) else { return nil }
        let w = s.lower(i)
        guard ["st", "nd", "rd", "th"].contains(where: { w.hasSuffix($0) }), let n = Int(w.dropLast(2)), (1...30).contains(n),
              s.word(i + 1, .unit) == "CE", !s.plural(i + 1) else { return nil }
        return Match(tokens: i..<(i + 2), kind: .date, meaning: .century(n - 1))
    }

    /// N units (ago | later | earlier) · for months · four-week · (the) past two years.
    private func countForms(_ i: Int, _ s: Scan) -> Match? {
        // Every form below has a hyphenated word among its first three tokens (i, after "the", after
        // "past" …) or a unit within its first six (after the count, "of" and "more"): try them only then.
        guard (i..<(i + 3)).contains(where: { s.contains($0, UInt8(ascii: "-")) })
                || (i..<(i + 6)).contains(where: { s.word($0, .unit) != nil }) else { return nil }
        var j = i
        var lead = false
        if s.lower(j) == "the" { j += 1; lead = true }
        if ["past", "last", "next", "coming", "previous", "first", "following"].contains(s.lower(j)), s.count(j + 1) != nil || s.word(j + 1, .unit) != nil && s.plural(j + 1) {
            j += 1
            lead = true
        }
        // Hyphenated: four-week, 90-day, three-month.
        let w = s.lower(j)
        if s.contains(j, UInt8(ascii: "-")), w.contains("-") {
            let parts = w.split(separator: "-")
            if parts.count == 2, let unit = words.value(ArraySlice(parts[1].utf8), .unit),
               let n = Int(parts[0]) ?? words.value(ArraySlice(parts[0].utf8), .number).flatMap(Int.init) {
                return Match(tokens: (s.lower(i) == "the" && j == i + 1 ? j : i)..<(j + 1), kind: .duration, meaning: .duration(count: String(n), unit: unit))
            }
            return nil
        }
        var count: String? = s.count(j)
        var unitIndex = j
        if count != nil {
            unitIndex = j + 1
            if s.lower(unitIndex) == "of" { unitIndex += 1 }  // a couple of days
            if ["more", "additional", "full", "straight", "consecutive", "long"].contains(s.lower(unitIndex)) { unitIndex += 1 }
        }
        guard let unit = s.word(unitIndex, .unit) else { return nil }
        let plural = s.plural(unitIndex)
        if count == nil {
            // A bare plural unit is a vague duration only after "for", "over", "within", "in recent", "recent".
            let before = s.lower(i - 1)
            guard plural, !lead, ["for", "over", "within", "recent", "in"].contains(before) || s.lower(i) == "recent" else {
                if plural, lead { count = "X" } else { return nil }
                return Match(tokens: i..<(unitIndex + 1), kind: .duration, meaning: .duration(count: count ?? "X", unit: unit))
            }
            count = "X"
        }
        // "a day", "a year" alone are rates ("twice a day"); keep them only with a number or lead.
        if s.lower(j) == "a" || s.lower(j) == "an", s.lower(j - 1) == "twice" || s.lower(j - 1) == "once" || s.lower(j - 1) == "times" { return nil }
        let end = unitIndex + 1
        let after = s.lower(end)
        let n = Int(count ?? "")
        if after == "ago" {
            return Match(tokens: i..<(end + 1), kind: .date, meaning: .ago(count: n, unit: unit))
        }
        if (after == "later" || after == "earlier" || after == "before" && s.endsClause(end + 1)), let n {
            return Match(tokens: i..<(end + 1), kind: .date, meaning: .shifted(count: n, unit: unit, sign: after == "later" ? 1 : -1))
        }
        let start = s.lower(i) == "recent" ? i : i
        return Match(tokens: start..<end, kind: .duration, meaning: .duration(count: count ?? "X", unit: unit))
    }

    /// summer 2025 · the summer · in the summer.
    private func seasonForm(_ i: Int, _ s: Scan) -> Match? {
        var j = i
        if s.lower(j) == "the" { j += 1 }
        guard let season = s.word(j, .season), !s.plural(j) else { return nil }
        var k = j + 1
        if s.lower(k) == "of" { k += 1 }
        if let y = s.year(k) { return Match(tokens: i..<(k + 1), kind: .date, meaning: .season(season, year: y, relative: nil)) }
        guard j > i || s.lower(i - 1) == "in" || s.lower(i - 1) == "this" else { return nil }
        if s.lower(j) == "fall" && j == i { return nil }
        return Match(tokens: i..<(j + 1), kind: .date, meaning: .season(season, year: nil, relative: nil))
    }

    /// A four-digit year in a date context; not a count ("2000 troops").
    private func yearForm(_ i: Int, _ s: Scan, afterModifier: Bool) -> Match? {
        guard let y = s.year(i) else { return nil }
        let previous = s.lower(i - 1)
        let nextTag = i + 1 < s.sentence.upperBound ? s.tokens[i + 1].tag : .sentenceEnd
        if nextTag == .pluralNoun && !(1900...2100).contains(y) { return nil }
        if nextTag == .pluralNoun && !dateContext.contains(previous) { return nil }
        if !(1800...2100).contains(y) && !(afterModifier || dateContext.contains(previous)) { return nil }
        if previous == "$" || s.lower(i + 1) == "%" || s.lower(i + 1) == "percent" { return nil }
        return Match(tokens: i..<(i + 1), kind: .date, meaning: .absolute(year: y, month: nil, day: nil))
    }
}

/// Read access to a sentence's tokens for the recogniser.
struct Scan {
    let tokens: [Token]
    let sentence: Range<Int>
    let bytes: [UInt8]
    let words: TimeWords
    /// The sentence's tokens in lower case (ASCII letters lowered), once a form is tried.
    private(set) var lowered: [String] = []
    /// Each token's entry in the time words (-1 when not one), from `findTimeWords()`.
    private var timeWords: [Int32] = []

    init(tokens: [Token], sentence: Range<Int>, bytes: [UInt8], words: TimeWords) {
        self.tokens = tokens
        self.sentence = sentence
        self.bytes = bytes
        self.words = words
    }

    mutating func lowerSentence() {
        lowered = bytes.withUnsafeBufferPointer { buffer in
            sentence.map { UTF8Scanning.asciiLowercasedBytesString(Self.bytes(of: tokens[$0], in: buffer)) }
        }
    }

    /// A token's bytes read in place.
    private static func bytes(of token: Token, in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[token.bytes.start..<token.bytes.end])
    }

    /// Looks every token of the sentence up in the time words, once.
    mutating func findTimeWords() {
        // Only words are read as time words (`word`, `month` and the candidates of `matches`).
        timeWords = bytes.withUnsafeBufferPointer { buffer in
            sentence.map { tokens[$0].kind == .word ? words.entry(Self.bytes(of: tokens[$0], in: buffer)) ?? -1 : -1 }
        }
    }

    /// The time-word entry of token i (inside the sentence), -1 when none.
    private func timeWord(_ i: Int) -> Int32 {
        timeWords.isEmpty ? (words.entry(slice(i)) ?? -1) : timeWords[i - sentence.lowerBound]
    }

    func inside(_ i: Int) -> Bool { i >= sentence.lowerBound && i < sentence.upperBound }

    /// Whether token i (inside the sentence) starts with a digit, "+" or "-": `Int` parses nothing else.
    func startsLikeInteger(_ i: Int) -> Bool {
        guard inside(i) else { return false }
        let first = bytes[tokens[i].bytes.start]
        return UTF8Scanning.isDigit(first) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
    }

    func slice(_ i: Int) -> ArraySlice<UInt8> { bytes[tokens[i].bytes.start..<tokens[i].bytes.end] }

    /// The token's text in lower case ("" outside the sentence).
    func lower(_ i: Int) -> String {
        guard inside(i) else { return "" }
        if !lowered.isEmpty { return lowered[i - sentence.lowerBound] }
        return UTF8Scanning.asciiLowercasedBytesString(slice(i))
    }

    func isTimeWord(_ i: Int) -> Bool { inside(i) && timeWord(i) >= 0 }

    func startsWithMid(_ i: Int) -> Bool {
        let s = slice(i)
        guard s.count > 4 else { return false }
        let b = s.startIndex
        return UTF8Scanning.lower(s[b]) == UInt8(ascii: "m") && UTF8Scanning.lower(s[b + 1]) == UInt8(ascii: "i")
            && UTF8Scanning.lower(s[b + 2]) == UInt8(ascii: "d") && s[b + 3] == UInt8(ascii: "-")
    }

    /// Whether token i's bytes hold `byte` (false outside the sentence); for a byte that is not an
    /// ASCII capital this reads `lower(i)` too.
    func contains(_ i: Int, _ byte: UInt8) -> Bool { inside(i) && slice(i).contains(byte) }

    /// The first and last bytes of `lower(i)` (nil outside the sentence).
    func firstLowered(_ i: Int) -> UInt8? { inside(i) ? UTF8Scanning.lower(bytes[tokens[i].bytes.start]) : nil }
    func lastLowered(_ i: Int) -> UInt8? { inside(i) ? UTF8Scanning.lower(bytes[tokens[i].bytes.end - 1]) : nil }

    func hasDigits(_ i: Int) -> Bool { inside(i) && slice(i).contains(where: UTF8Scanning.isDigit) }

    func word(_ i: Int, _ category: TimeWords.Category) -> String? {
        guard inside(i), tokens[i].kind == .word else { return nil }
        let entry = timeWord(i)
        return entry >= 0 ? words.value(entry: entry, category) : nil
    }

    /// A month name; full names must be capitalised (so "may" the verb is not one).
    func month(_ i: Int, strict: Bool = true, fromOffset: Int = 0) -> Int? {
        guard inside(i), tokens[i].kind == .word else { return nil }
        let s = slice(i).dropFirst(fromOffset)
        guard let first = s.first, !strict || UTF8Scanning.isUpper(first) || fromOffset > 0 else { return nil }
        if fromOffset == 0 {
            let entry = timeWord(i)
            return entry >= 0 ? words.value(entry: entry, .month).flatMap(Int.init) : nil
        }
        return words.value(s, .month).flatMap(Int.init)
    }

    /// A day of the month: 1–31, also "26th".
    func day(_ i: Int) -> Int? {
        guard startsLikeInteger(i) else { return nil }
        var text = lower(i)
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text.removeLast(2) }
        guard text.count <= 2, let d = Int(text), (1...31).contains(d) else { return nil }
        return d
    }

    /// A four-digit year 1000–2999.
    func year(_ i: Int) -> Int? {
        guard inside(i), tokens[i].kind == .number else { return nil }
        let text = slice(i)
        guard text.count == 4, text.allSatisfy(UTF8Scanning.isDigit), let y = Int(String(decoding: text, as: UTF8.self)),
              (1000...2999).contains(y) else { return nil }
        return y
    }

    /// A count before a unit: a number (digits or words), a/an, several, few, couple.
    func count(_ i: Int) -> String? {
        guard inside(i) else { return nil }
        if tokens[i].kind == .number {
            let lowered = lower(i)
            let text = lowered.utf8.contains(UInt8(ascii: ",")) ? lowered.replacingOccurrences(of: ",", with: "") : lowered
            guard let n = Int(text), n < 100_000 else { return nil }
            return String(n)
        }
        return word(i, .number)
    }

    func plural(_ i: Int) -> Bool {
        inside(i) && slice(i).last.map { $0 | 0x20 == UInt8(ascii: "s") } == true && lower(i) != "century"
    }

    /// -1 / 0 / 1 when "last", "this" or "next" stands right before token i.
    func relativeBefore(_ i: Int) -> Int? {
        guard let value = word(i - 1, .relative), let n = Int(value) else { return nil }
        return lower(i - 1) == "past" || lower(i - 1) == "coming" ? nil : n
    }

    func endsClause(_ i: Int) -> Bool {
        !inside(i) || tokens[i].tag == .comma || tokens[i].tag == .sentenceEnd || tokens[i].tag == .colon
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
