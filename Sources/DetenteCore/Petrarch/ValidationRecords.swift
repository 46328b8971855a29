/// PETRARCH validation records (`PETR.UnitTest.records.xml`), read with a small hand parser (the
/// format is regular; DetenteCore stays Foundation-only): the `<Environment>` dictionaries, the
/// `<Config>` options in force at each record (they change cumulatively), and each `<Sentence>`'s
/// id, category, date, text and expected codings. The `<Parse>` is only checked for balanced brackets: Détente parses the text itself.
public struct ValidationRecords: Sendable {
    /// Coding options a `<Config>` element can set.
    public struct Options: Sendable, Hashable {
        /// Events need both a source and a target.
        public var requireDyad = true
        /// Unknown capitalised names of at least this many words become actors (0: off). Noted, not applied.
        public var newActorLength = 0
        /// Comma limits (`comma_min`, `comma_max`, `comma_emin`, `comma_emax`, …): applied by `PetrarchCommaLimits`.
        public var commas: [String: Int] = [:]
    }

    public struct Coding: Sendable, Hashable, CustomStringConvertible {
        public var source: String
        public var target: String
        public var code: String
        public var description: String { "\(source) \(target.isEmpty ? "-" : target) \(code)" }
    }

    public struct Record: Sendable {
        public var id: String
        public var category: String
        public var date: CalendarDate?
        public var text: String
        public var expected: [Coding]
        /// `noevents="True"`.
        public var expectsNoEvents: Bool
        /// `error="…"`: PETRARCH reports this error and codes nothing.
        public var expectedError: String?
        public var options: Options
        /// The `<Parse>` has balanced brackets (or there is none): PETRARCH rejects an unbalanced
        /// one (`bad_input_parse`) and codes nothing.
        public var parseIsBalanced = true
    }

    /// Dictionary file names from `<Environment>` (relative to the XML file's folder).
    public var verbFiles: [String] = []
    public var actorFiles: [String] = []
    public var agentFiles: [String] = []
    public var discardFiles: [String] = []
    public private(set) var records: [Record] = []

    public init(xml: String) {
        let text = Self.removingComments(xml)
        var options = Options()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            let name = tag.prefix { $0.isLetter }
            switch name {
            case "Environment":
                // The closing tag is looked for after this tag's `>` (found by the fuzzer: "<Environment</Environment>>" crashed).
                guard let end = rest[close...].firstRange(of: "</Environment>") else { rest = rest[rest.index(after: close)...]; continue }
                let body = rest[close..<end.lowerBound]
                verbFiles = Self.elements("Verbfile", in: body)
                actorFiles = Self.elements("Actorfile", in: body)
                agentFiles = Self.elements("Agentfile", in: body)
                discardFiles = Self.elements("Discardfile", in: body)
                rest = rest[end.upperBound...]
            case "Config":
                let attributes = Self.attributes(tag)
                if let option = attributes["option"]?.lowercased(), let value = attributes["value"] {
                    let number = Int(value.trimmingSpaces)
                    switch option {
                    case "require_dyad": options.requireDyad = value.lowercased() != "false"
                    case "new_actor_length": options.newActorLength = number ?? 0
                    default: if option.hasPrefix("comma_"), let number { options.commas[option] = number }
                    }
                }
                rest = rest[rest.index(after: close)...]
            case "Sentence":
                guard let end = rest[rest.index(after: close)...].firstRange(of: "</Sentence>") else { rest = rest[rest.index(after: close)...]; continue }
                let body = rest[rest.index(after: close)..<end.lowerBound]
                let attributes = Self.attributes(tag)
                var expected: [Coding] = []
                var noEvents = false
                var error: String?
                for coding in Self.tags("EventCoding", in: body) {
                    let a = Self.attributes(coding)
                    if let code = a["eventcode"] {
                        expected.append(Coding(source: a["sourcecode"] ?? "", target: a["targetcode"] ?? "", code: code))
                    } else if a["noevents"]?.lowercased() == "true" {
                        noEvents = true
                    } else if let e = a["error"] {
                        error = e
                    }
                }
                let raw = Self.elements("Text", in: body).first ?? ""
                // `_` joins the words of a name as in the dictionaries ("Dol_Amroth" is DOL_AMROTH): read as a space.
                let sentenceText = raw.split(whereSeparator: { $0 == "\n" || $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "_" }).joined(separator: " ")
                let date = attributes["date"].flatMap { d -> CalendarDate? in PetrarchActorDictionary.date(Substring(d)) }
                records.append(Record(id: attributes["id"] ?? "record \(records.count + 1)", category: attributes["category"] ?? "",
                                      date: date, text: Self.unescape(sentenceText), expected: expected, expectsNoEvents: noEvents,
                                      expectedError: error, options: options,
                                      parseIsBalanced: Self.elements("Parse", in: body).first.map(Self.isBalanced) ?? true))
                rest = rest[end.upperBound...]
            default:
                rest = rest[rest.index(after: close)...]
            }
        }
    }

    /// Whether every `(` of a bracketed parse is closed, and no `)` comes first.
    static func isBalanced(_ parse: String) -> Bool {
        var depth = 0
        for b in parse.utf8 {
            if b == UInt8(ascii: "(") { depth += 1 } else if b == UInt8(ascii: ")") { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    static func removingComments(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "<!--") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstRange(of: "-->") else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// `name = "value"` pairs of a tag (spaces around `=` allowed).
    static func attributes(_ tag: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = tag.drop { $0.isLetter }
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingSpaces.split(separator: " ").last.map(String.init) ?? ""
            rest = rest[rest.index(after: eq)...].trimmingSpaces
            guard let quote = rest.first, quote == "\"" || quote == "'" else { break }
            rest = rest.dropFirst()
            guard let closing = rest.firstIndex(of: quote) else { break }
            out[key] = unescape(String(rest[..<closing]))
            rest = rest[rest.index(after: closing)...]
        }
        return out
    }

    /// The opening tags `<name …>` in a body.
    static func tags(_ name: String, in body: Substring) -> [Substring] {
        var out: [Substring] = []
        var rest = body
        while let start = rest.firstRange(of: "<" + name) {
            guard let close = rest[start.upperBound...].firstIndex(of: ">") else { break }
            out.append(rest[rest.index(after: start.lowerBound)..<close])
            rest = rest[close...]
        }
        return out
    }

    /// The texts of `<name>…</name>` elements in a body, trimmed.
    static func elements(_ name: String, in body: Substring) -> [String] {
        var out: [String] = []
        var rest = body
        while let start = rest.firstRange(of: "<" + name + ">"), let end = rest[start.upperBound...].firstRange(of: "</" + name + ">") {
            out.append(String(rest[start.upperBound..<end.lowerBound].trimmingSpaces.trimmingNewlines))
            rest = rest[end.upperBound...]
        }
        return out
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&apos;", with: "'").replacing("&amp;", with: "&")
    }
}

extension Substring {
    fileprivate var trimmingNewlines: Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}

extension ValidationRecords {
    /// The dictionaries the `<Environment>` names, resolved against `folder`.
    public func dictionaries(relativeTo folder: String) -> PetrarchDictionaries {
        func paths(_ names: [String]) -> [String] { names.map { $0.hasPrefix("/") ? $0 : folder + "/" + $0 } }
        return PetrarchDictionaries(verbFiles: paths(verbFiles), actorFiles: paths(actorFiles), agentFiles: paths(agentFiles),
                                    discardFiles: paths(discardFiles))
    }
}
