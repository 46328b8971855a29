/// One office a person held: its CAMEO code, its title and its dates (both inclusive; nil = open).
public struct PersonRole: Sendable, Hashable {
    public var code: String
    public var title: String
    public var from: CalendarDate?
    public var to: CalendarDate?

    /// Parses `CODE:title@FROM..TO` (either date may be empty).
    init?(_ text: Substring) {
        // ASCII text (every role of the data files) has one character per byte: found on bytes.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        guard let at = ascii ? text.utf8.firstIndex(of: UInt8(ascii: "@")) : text.firstIndex(of: "@") else { return nil }
        let head = text[..<at], dates = text[text.index(after: at)...]
        let parts = ascii ? head.utf8.split(separator: UInt8(ascii: ":"), maxSplits: 1).map { Substring($0) }
            : head.split(separator: ":", maxSplits: 1)
        guard let code = parts.first, code.count >= 3 else { return nil }
        self.code = String(code)
        title = parts.count > 1 ? String(parts[1]) : "leader"
        let range = Self.parts(of: dates)
        guard range.count == 2 else { return nil }
        from = range[0].isEmpty ? nil : CalendarDate(iso: range[0])
        to = range[1].isEmpty ? nil : CalendarDate(iso: range[1])
        if !range[0].isEmpty && from == nil || !range[1].isEmpty && to == nil { return nil }
    }

    init(code: String, title: String, from: CalendarDate?, to: CalendarDate?) {
        self.code = code
        self.title = title
        self.from = from
        self.to = to
    }

    /// The text between ".." separators (read on UTF-8 bytes: the dates file is parsed at every start-up).
    private static func parts(of text: Substring) -> [Substring] {
        var parts: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex, i = utf8.startIndex
        while i < utf8.endIndex {
            let next = utf8.index(after: i)
            if utf8[i] == UInt8(ascii: "."), next < utf8.endIndex, utf8[next] == UInt8(ascii: ".") {
                parts.append(text[start..<i])
                i = utf8.index(after: next)
                start = i
            } else {
                i = next
            }
        }
        parts.append(text[start..<utf8.endIndex])
        return parts
    }

    /// Days of overlap with the period `start…end` (inclusive).
    func overlap(_ start: Int, _ end: Int) -> Int {
        let lower = max(start, from?.dayNumber ?? Int.min / 2), upper = min(end, to?.dayNumber ?? Int.max / 2)
        return upper >= lower ? upper - lower + 1 : 0
    }
}

/// A person of the dictionary: names and offices over time.
public struct Person: Sendable, Hashable {
    public var name: String
    public var roles: [PersonRole]

    /// The code for a period (a day, month or year, as `YYYY-MM-DD` / `YYYY-MM` / `YYYY`): the office
    /// that overlaps it most (the later one on a tie); between and after government offices the
    /// country's elite code (ELI); before any office, the country alone.
    public func code(for period: String?) -> String? {
        guard let first = roles.first else { return nil }
        guard let (start, end) = Person.days(of: period) else {
            return roles.last?.code
        }
        // Indices, not copies of the roles: a copy retains and releases each role's strings.
        var best: Int?
        var bestOverlap = 0
        for r in roles.indices {
            let o = roles[r].overlap(start, end)
            if o > 0, o >= bestOverlap { best = r; bestOverlap = o }
        }
        if let best { return roles[best].code }
        let country = String(first.code.prefix(3))
        if let firstStart = first.from?.dayNumber, end < firstStart { return country }
        return roles.contains { $0.code.hasSuffix("GOV") } ? country + "ELI" : (roles.last?.code ?? country)
    }

    /// The role held in the period, if any.
    public func role(for period: String?) -> PersonRole? {
        role(during: Person.days(of: period))
    }

    /// The role held during the days `Person.days(of:)` gives (the last role for nil): the one
    /// with the longest overlap, the first one on a tie.
    func role(during days: (Int, Int)?) -> PersonRole? {
        guard let (start, end) = days else { return roles.last }
        var best: Int?
        var bestOverlap = 0
        for r in roles.indices {
            let o = roles[r].overlap(start, end)
            if o > bestOverlap { best = r; bestOverlap = o }
        }
        return best.map { roles[$0] }
    }

    /// First and last day numbers of a TimeML calendar value.
    /// The common values (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, all digits) are read straight from
    /// their bytes, as the general parse would read them: events and mentions ask for the days of
    /// their date many times per article, and splitting the string allocates.
    static func days(of period: String?) -> (Int, Int)? {
        guard let period else { return nil }
        if let plain = plainDateParts(period.utf8) { return days(year: plain.year, month: plain.month, day: plain.day) }
        let parts = period.split(separator: "-")
        guard let y = parts.first.flatMap({ Int($0) }), parts[0].count == 4 else { return nil }
        let m = parts.count >= 2 ? Int(parts[1]) : nil
        let d = parts.count >= 3 ? Int(parts[2].prefix(2)) : nil
        return days(year: y, month: m, day: d)
    }

    /// The year, month and day of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` written in ASCII digits; nil
    /// for any other form (left to the general parse).
    private static func plainDateParts(_ bytes: String.UTF8View) -> (year: Int, month: Int?, day: Int?)? {
        let count = bytes.count
        guard count == 4 || count == 7 || count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (k, byte) in bytes.enumerated() {
            if k == 4 || k == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if k < 4 { year = year * 10 + digit } else if k < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        return (year, count >= 7 ? month : nil, count == 10 ? day : nil)
    }

    /// The days of a year, or of its month, or one day, as `days(of:)` reads them: a day that does
    /// not exist gives its month, a month that does not exist its year.
    private static func days(year y: Int, month m: Int?, day d: Int?) -> (Int, Int)? {
        if let m, let d, let day = CalendarDate(year: y, month: m, day: d) {
            return (day.dayNumber, day.dayNumber)
        }
        if let m, let first = CalendarDate(year: y, month: m, day: 1),
           let last = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)) {
            return (first.dayNumber, last.dayNumber)
        }
        guard let first = CalendarDate(year: y, month: 1, day: 1), let last = CalendarDate(year: y, month: 12, day: 31) else { return nil }
        return (first.dayNumber, last.dayNumber)
    }
}
