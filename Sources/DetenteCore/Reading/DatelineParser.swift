/// Reads the publication date of a layout line: "Published February 4, 2026", "Updated: Feb. 4, 2026 10:15 ET",
/// "4 February 2026", "2026-02-04", "2/4/2026". Lines are few, so this works on `String`.
enum DatelineParser {
    /// Lead words, longest first (so "last updated" is tried before "updated").
    static let lead = ["published", "updated", "posted", "last updated", "first published", "date"].sorted { $0.count > $1.count }

    /// The date the line states, when the whole line is a dateline.
    static func date(in line: String) -> CalendarDate? {
        // Every date below is read with `Int(_:)` or `CalendarDate(iso:)`, which accept ASCII digits
        // only: a line without one (most lines asked about) states no date.
        guard line.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let words = characterWords(line)
        guard !words.isEmpty, words.count <= 9 else { return nil }
        // Skip a leading weekday ("Tuesday, February 3, 2026").
        var rest = words[...]
        if let first = rest.first, weekday(first) { rest = rest.dropFirst() }
        guard let first = rest.first else { return nil }
        if let date = CalendarDate(iso: first) { return date }
        if let date = slashed(first) { return date }
        let items = Array(rest.prefix(3))
        guard items.count == 3 else { return nil }
        if let m = month(items[0]), let d = Int(items[1]), let y = Int(items[2]), items[2].count == 4 {
            return CalendarDate(year: y, month: m, day: d)
        }
        if let d = Int(items[0]), let m = month(items[1]), let y = Int(items[2]), items[2].count == 4 {
            return CalendarDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// The words after the lead word and its separators, split at spaces, commas and no-break
    /// spaces (at most 11 of them: ten words are enough to know the line has more than nine),
    /// read by `Character`.
    private static func characterWords(_ line: String) -> [Substring] {
        var text = Substring(line)
        // Only the start can hold a lead word; a long line is not lower-cased whole.
        let lowered = line.prefix(24).lowercased()
        for word in lead where lowered.hasPrefix(word) {
            text = text.dropFirst(word.count)
            break
        }
        text = text.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "\u{2013}" })
        return text.split(maxSplits: 10, whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]
    private static let weekdayNames: [String] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                 "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    static func month(_ word: Substring) -> Int? {
        let w = word.lowercased().trimmingSuffix(".")
        if let index = monthNames.firstIndex(of: w) { return index + 1 }
        if w == "sept" { return 9 }
        if w.count == 3, let index = monthNames.firstIndex(where: { $0.hasPrefix(w) }) { return index + 1 }
        return nil
    }

    private static func weekday(_ word: Substring) -> Bool {
        let w = word.lowercased().trimmingSuffix(".")
        return weekdayNames.contains(w)
    }

    /// US order M/D/YYYY.
    private static func slashed(_ word: Substring) -> CalendarDate? {
        let parts = word.split(separator: "/")
        guard parts.count == 3, let m = Int(parts[0]), let d = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
