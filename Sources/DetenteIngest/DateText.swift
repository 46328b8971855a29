public import DetenteCore

/// Publication dates as pages and feeds write them, read to a calendar day as written (the
/// publisher's local date; a time and zone are ignored).
public enum DateText {
    /// ISO 8601 (`2026-02-04`, `2026-02-04T10:00:00Z`), `2026/02/04`, `20260204`, RFC 822
    /// (`Wed, 04 Feb 2026 10:00:00 GMT`) and written dates (`February 4, 2026`, `4 Feb 2026`);
    /// nil when none of these or an impossible day.
    public static func parse(_ text: some StringProtocol) -> CalendarDate? {
        let trimmed = TextCleaner.collapse(text)
        let bytes = Array(trimmed.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        // Numeric: YYYY-MM-DD or YYYY/MM/DD (anything may follow), or YYYYMMDD.
        if bytes.count >= 10, let year = digits(0..<4), bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "-") || bytes[4] == UInt8(ascii: "/"),
           let month = digits(5..<7), let day = digits(8..<10), bytes.count == 10 || !(48...57).contains(bytes[10]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        if bytes.count >= 8, let year = digits(0..<4), let month = digits(4..<6), let day = digits(6..<8),
           bytes.count == 8 || !(48...57).contains(bytes[8]) {
            return CalendarDate(year: year, month: month, day: day)
        }
        // Written: a month name, a day beside it, a four-digit year.
        let words = trimmed.split { !$0.isLetter && !$0.isNumber }
        guard let monthIndex = words.firstIndex(where: { month($0) != nil }), let month = month(words[monthIndex]),
              let year = words.lazy.compactMap({ $0.count == 4 ? Int($0) : nil }).first else { return nil }
        func day(_ index: Int) -> Int? {
            guard words.indices.contains(index) else { return nil }
            let word = words[index]
            let number = word.prefix { $0.isNumber }
            let suffix = word.dropFirst(number.count).lowercased()
            guard (1...2).contains(number.count), ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
            return Int(number)
        }
        guard let dayNumber = day(monthIndex + 1) ?? day(monthIndex - 1) else { return nil }
        return CalendarDate(year: year, month: month, day: dayNumber)
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"]

    /// 1–12 for an English month name or an abbreviation of three letters or more ("Feb", "Sept", "February").
    static func month(_ word: Substring) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3, lower.allSatisfy(\.isLetter) else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(lower) }.map { $0 + 1 }
    }
}
