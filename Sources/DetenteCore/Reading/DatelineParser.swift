/// Reads the publication date of a layout line: "Published February 4, 2026", "Updated: Feb. 4, 2026 10:15 ET",
/// "4 February 2026", "2026-02-04", "2/4/2026". Lines are few, so this works on `String`.
enum DatelineParser {
    /// Lead words, longest first (so "last updated" is tried before "updated").
    static let lead = ["published", "updated", "posted", "last updated", "first published", "date"].sorted { $0.count > $1.count }

    /// The date the line states, when the whole line is a dateline.
    static func date(in line: String) -> CalendarDate? {
        var text = Substring(line)
        // Only the start can hold a lead word; a long line is not lower-cased whole.
        let lowered = line.prefix(24).lowercased()
        for word in lead where lowered.hasPrefix(word) {
            text = text.dropFirst(word.count)
            break
        }
        text = text.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "\u{2013}" })
        // Ten words are enough to know the line has more than nine.
        let words = text.split(maxSplits: 10, whereSeparator: { $0 == " " || $0 == "," || $0 == "\u{A0}" })
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

    static func month(_ word: Substring) -> Int? {
        let w = word.lowercased().trimmingSuffix(".")
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        if let index = names.firstIndex(of: w) { return index + 1 }
        if w == "sept" { return 9 }
        if w.count == 3, let index = names.firstIndex(where: { $0.hasPrefix(w) }) { return index + 1 }
        return nil
    }

    private static func weekday(_ word: Substring) -> Bool {
        let w = word.lowercased().trimmingSuffix(".")
        return ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].contains(w)
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
