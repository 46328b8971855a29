/// A PETRARCH actor dictionary (`*.actors.txt`): an entry is a name line (`ARNOR_ [ARN]`), any
/// `+SYNONYM` lines, and tab-indented role lines (`[COLGOV >20020807]`, `[USAELI 20010120-20090120]`,
/// `[HOB < 950601]`, a bare `[CODE]` as default); `_` joins the words of a name. Codes may join
/// several actors with `/` (`[FRO/BIL/SAM]`). A malformed line is an issue, and reading goes on.
public struct PetrarchActorDictionary: Sendable {
    public struct Entry: Sendable, Hashable {
        /// The names, lower case, words separated by spaces.
        public var names: [String]
        /// Roles; one without dates is the default.
        public var roles: [PersonRole]
        public var isDated: Bool { roles.contains { $0.from != nil || $0.to != nil } }
    }

    public private(set) var entries: [Entry] = []
    public private(set) var issues: [DataFileError] = []

    public init(text: String, name: String) {
        var current: Entry?
        func close() {
            if let entry = current, !entry.roles.isEmpty { entries.append(entry) }
            current = nil
        }
        for (number, line) in PetrarchText.lines(text) {
            let trimmed = line.trimmingSpaces
            let indented = line.utf8.first == UInt8(ascii: " ") || line.utf8.first == UInt8(ascii: "\t")
            if trimmed.utf8.first == UInt8(ascii: "[") || (indented && trimmed.utf8.contains(UInt8(ascii: "["))) {
                // Role lines: one or more `[CODE dates]`.
                guard current != nil else {
                    issues.append(DataFileError(file: name, line: number, message: "a role line before any actor name"))
                    continue
                }
                for item in Self.bracketed(trimmed) {
                    guard let role = Self.role(item) else {
                        issues.append(DataFileError(file: name, line: number, message: "bad role '[\(item)]': expected [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD]"))
                        continue
                    }
                    current?.roles.append(role)
                }
                continue
            }
            if trimmed.utf8.first == UInt8(ascii: "+") {
                guard current != nil else {
                    issues.append(DataFileError(file: name, line: number, message: "a synonym before any actor name"))
                    continue
                }
                let (code, rest) = PetrarchText.bracket(trimmed.dropFirst())
                let words = PetrarchVerbDictionary.words(rest)
                if !words.isEmpty { current?.names.append(words.joined(separator: " ")) }
                if let code, let role = Self.role(code) { current?.roles.append(role) }
                continue
            }
            close()
            let (code, rest) = PetrarchText.bracket(trimmed)
            let words = PetrarchVerbDictionary.words(rest)
            guard !words.isEmpty else {
                issues.append(DataFileError(file: name, line: number, message: "an actor line without a name"))
                continue
            }
            current = Entry(names: [words.joined(separator: " ")], roles: [])
            if let code {
                guard let role = Self.role(code) else {
                    issues.append(DataFileError(file: name, line: number, message: "bad code '[\(code)]'"))
                    continue
                }
                current?.roles.append(role)
            }
        }
        close()
    }

    static func bracketed(_ line: Substring) -> [Substring] {
        var out: [Substring] = []
        var rest = line
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "[")), let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "]")) {
            out.append(rest[rest.index(after: open)..<close].trimmingSpaces)
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// `COLGOV >20020807`, `USAELI 20010120-20090120`, `HOB < 950601`, `ARN`.
    static func role(_ text: Substring) -> PersonRole? {
        let t = text.trimmingSpaces
        let utf8 = t.utf8
        let codeEnd = utf8.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) ?? utf8.endIndex
        let code = t[utf8.startIndex..<codeEnd]
        guard !code.isEmpty, code.utf8.allSatisfy(Self.isCodeByte) || code.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "/" || $0 == "-" }) else { return nil }
        let dates = t.utf8[codeEnd...].filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        let upper = code.uppercased()
        guard let first = dates.first else { return PersonRole(code: upper, title: "", from: nil, to: nil) }
        if first == UInt8(ascii: ">") {
            guard let d = date(dates.dropFirst()) else { return nil }
            return PersonRole(code: upper, title: "", from: d, to: nil)
        }
        if first == UInt8(ascii: "<") {
            guard let d = date(dates.dropFirst()), let before = CalendarDate(dayNumber: d.dayNumber - 1) else { return nil }
            return PersonRole(code: upper, title: "", from: nil, to: before)
        }
        let parts = dates.split(separator: UInt8(ascii: "-"))
        guard parts.count == 2, let from = date(parts[0]), let to = date(parts[1]) else { return nil }
        return PersonRole(code: upper, title: "", from: from, to: to)
    }

    /// An ASCII letter or digit, `/` or `-`.
    private static func isCodeByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: "/") || b == UInt8(ascii: "-")
    }

    static func date(_ text: Substring) -> CalendarDate? { date(ArraySlice(text.utf8)) }

    /// `YYYYMMDD`, or `YYMMDD` with 00–30 → 20YY (ASCII digits).
    static func date(_ text: ArraySlice<UInt8>) -> CalendarDate? {
        guard text.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let digits = text.map { Int($0 - UInt8(ascii: "0")) }
        func number(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + digits[$1] } }
        switch digits.count {
        case 8: return CalendarDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))
        case 6:
            let yy = number(0..<2)
            return CalendarDate(year: yy <= 30 ? 2000 + yy : 1900 + yy, month: number(2..<4), day: number(4..<6))
        default: return nil
        }
    }
}
