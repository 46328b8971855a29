/// A PETRARCH verb dictionary (`CAMEO.2.0.txt`, `*.verbs.txt`): synsets (`&NAME` with `+member`
/// lines), verb blocks (`--- VERB [code] ---`, verb lines with `{…}` forms and `+` marking the
/// verb of a multi-word verb) and pattern lines (`- before * after (PREP words) [CODE]`),
/// converted into Détente's `VerbPatterns`. Transformations (`~ …`) are skipped and counted; a
/// malformed line is an issue naming file and line, and reading goes on.
public struct PetrarchVerbDictionary: Sendable {
    public private(set) var patterns: [VerbPatterns.Pattern] = []
    /// Inflected forms listed in `{…}` → the verb's lemma (lower case).
    public private(set) var forms: [String: String] = [:]
    public private(set) var synsets: [String: [[String]]] = [:]
    public private(set) var verbCount = 0
    public private(set) var blockCount = 0
    public private(set) var patternLineCount = 0
    public private(set) var skippedTransformations = 0
    public private(set) var issues: [DataFileError] = []

    /// Words that make a verb negated ("did n't", "will not", "never").
    static let negationWords: Set<String> = ["not", "n't", "never"]

    /// Prepositions that may introduce a target when a pattern names its own phrase.
    static let targetPrepositions = ["with", "to", "against", "on", "into", "at", "from", "toward", "towards", "upon", "for"]

    private struct Block {
        var code: String
        var verbs: [(verb: String, before: [VerbPatterns.WordSlot], particles: [String], code: String?)] = []
        var patterns: [(line: Int, text: Substring, code: Substring)] = []
    }

    public init(text: String, name: String) {
        var rawSynsets: [String: [Substring]] = [:]
        var currentSynset: String?
        var blocks: [Block] = []
        for (number, line) in PetrarchText.lines(text) {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("---") {
                let (code, rest) = PetrarchText.bracket(trimmed)
                guard let code, rest.contains(where: { $0.isLetter }) else {
                    issues.append(DataFileError(file: name, line: number, message: "a verb block header is '--- VERB [code] ---'"))
                    currentSynset = nil
                    continue
                }
                blocks.append(Block(code: String(code)))
                currentSynset = nil
                blockCount += 1
            } else if trimmed.hasPrefix("&") && line.first == "&" {
                let setName = String((trimmed.split(separator: " ").first ?? trimmed).dropFirst()).uppercased().trimmingCharacters(in: "_")
                currentSynset = setName
                rawSynsets[setName] = []
            } else if trimmed.hasPrefix("~") {
                skippedTransformations += 1
            } else if trimmed.hasPrefix("-") {
                guard !blocks.isEmpty else {
                    issues.append(DataFileError(file: name, line: number, message: "a pattern line outside a verb block"))
                    continue
                }
                let (code, body) = PetrarchText.bracket(trimmed.dropFirst())
                guard let code else {
                    issues.append(DataFileError(file: name, line: number, message: "a pattern line needs a [CODE]"))
                    continue
                }
                blocks[blocks.count - 1].patterns.append((number, body, code))
                patternLineCount += 1
            } else if let set = currentSynset, trimmed.hasPrefix("+") {
                rawSynsets[set, default: []].append(trimmed.dropFirst())
            } else if !blocks.isEmpty {
                guard let verb = Self.verbLine(trimmed) else {
                    issues.append(DataFileError(file: name, line: number, message: "cannot read the verb line '\(trimmed)'"))
                    continue
                }
                blocks[blocks.count - 1].verbs.append((verb.verb, verb.before, verb.particles, verb.code))
                for form in verb.forms where forms[form] == nil { forms[form] = verb.verb }
                verbCount += 1
            } else {
                issues.append(DataFileError(file: name, line: number, message: "a line outside any synset or verb block"))
            }
        }
        // Synsets (members may name other synsets).
        func expand(_ set: String, depth: Int) -> [[String]] {
            guard depth < 8, let members = rawSynsets[set] else { return [] }
            var out: [[String]] = []
            for member in members {
                let m = member.trimmingSpaces
                if m.hasPrefix("&") {
                    out += expand(String(m.dropFirst()).uppercased().trimmingCharacters(in: "_"), depth: depth + 1)
                } else {
                    let words = Self.words(m)
                    if !words.isEmpty { out.append(words) }
                }
            }
            return out
        }
        for set in rawSynsets.keys { synsets[set] = expand(set, depth: 0) }

        for block in blocks {
            var parsed: [(Int, PatternText)] = []
            for p in block.patterns {
                switch Self.pattern(p.text, code: p.code, synsets: synsets) {
                case .success(let pattern): parsed.append((p.line, pattern))
                case .failure(let message): issues.append(DataFileError(file: name, line: p.line, message: message))
                }
            }
            for verb in block.verbs {
                let defaultCode = verb.code ?? block.code
                if let codes = Self.codes(Substring(defaultCode)), codes.active != nil || codes.reverse != nil {
                    var base = VerbPatterns.Pattern(code: codes.active ?? "", verb: verb.verb, particles: verb.particles)
                    base.before = verb.before
                    base.reverseCode = codes.reverse
                    patterns.append(base)
                }
                for (_, p) in parsed {
                    var pattern = VerbPatterns.Pattern(code: p.code ?? "", verb: verb.verb, particles: verb.particles,
                                                       prepositions: p.prepositions.isEmpty ? [] : p.prepositions + Self.targetPrepositions,
                                                       objectAllowed: !p.prepositions.isEmpty, negated: p.negated)
                    pattern.before = verb.before + p.before
                    pattern.after = p.after
                    pattern.reverseCode = p.reverse
                    pattern.compoundSource = p.compoundSource
                    pattern.targetAfterSlots = p.targetAfterSlots
                    pattern.targetSkips = p.targetSkips
                    pattern.sourceSkips = p.sourceSkips
                    if p.targetBefore { pattern.sourceAfterSlots = p.sourceAfterSlots }
                    pattern.beforeAbutsVerb = p.beforeAbutsVerb && !p.before.isEmpty
                    patterns.append(pattern)
                }
            }
        }
    }

    /// Lower-case words of a dictionary phrase: `_` and spaces separate words.
    static func words(_ text: Substring) -> [String] {
        text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).map { word in
            guard word.allSatisfy({ $0 < 0x80 }) else { return String(decoding: word, as: UTF8.self).lowercased() }
            return String(decoding: word.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
        }
    }

    /// `ABANDON`, `+ASK_FOR {+ASKED_FOR …} [020]`, `KLM_NOP_+RST [002]`, `HURRY {HURRIES …}`.
    static func verbLine(_ line: Substring) -> (verb: String, before: [VerbPatterns.WordSlot], particles: [String], forms: [String], code: String?)? {
        let (code, rest) = PetrarchText.bracket(line)
        var text = rest
        var formText: Substring = ""
        if let open = text.firstIndex(of: "{") {
            let close = text[open...].firstIndex(of: "}") ?? text.endIndex
            formText = text[text.index(after: open)..<close]
            text = text[..<open]
        }
        let phrase = text.trimmingSpaces
        guard !phrase.isEmpty, !phrase.contains(where: { "{}()[]*&".contains($0) }) else { return nil }
        let parts = phrase.split(whereSeparator: { $0 == "_" || $0 == " " })
        guard !parts.isEmpty else { return nil }
        let verbIndex = parts.firstIndex(where: { $0.hasPrefix("+") }) ?? 0
        let verb = parts[verbIndex].drop(while: { $0 == "+" }).lowercased()
        guard !verb.isEmpty else { return nil }
        let before = parts[..<verbIndex].enumerated().map { i, w in
            VerbPatterns.WordSlot(alternatives: [[w.lowercased()]], adjacent: true)
        }
        let particles = parts[(verbIndex + 1)...].map { $0.lowercased() }
        // Each listed form: the word marked with `+` (or the only word) is a form of the verb.
        var forms: [String] = []
        for form in formText.split(separator: " ") {
            let words = form.split(separator: "_")
            let marked = words.first(where: { $0.hasPrefix("+") }) ?? (words.count == 1 ? words[0] : nil)
            if let marked { forms.append(marked.drop(while: { $0 == "+" }).lowercased()) }
        }
        if let code, codes(code) == nil { return nil }
        return (verb, Array(before), particles, forms, code.map(String.init))
    }

    /// `[064]`, `[042:043]`, `[:173]`, `[---]`: the active code and the reverse code (nil for none).
    static func codes(_ text: Substring) -> (active: String?, reverse: String?)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.count <= 2 else { return nil }
        func code(_ s: Substring) -> String?? {
            if s.isEmpty || s.allSatisfy({ $0 == "-" }) { return .some(nil) }
            guard s.count <= 6, s.allSatisfy({ $0.isLetter || $0.isNumber }) else { return nil }
            return .some(String(s))
        }
        guard let active = code(parts[0]) else { return nil }
        guard parts.count == 2 else { return (active, nil) }
        guard let reverse = code(parts[1]) else { return nil }
        return (active, reverse)
    }

    struct PatternText {
        var before: [VerbPatterns.WordSlot] = []
        var after: [VerbPatterns.WordSlot] = []
        var prepositions: [String] = []
        var code: String?
        var reverse: String?
        var negated = false
        var compoundSource = false
        var targetAfterSlots: Int?
        var targetSkips = 0
        var sourceSkips = 0
        var targetBefore = false
        var sourceAfterSlots: Int?
        var beforeAbutsVerb = false
    }

    enum ReadResult { case success(PatternText), failure(String) }

    /// `SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS`, `* (TO {BANNED PARTIES}) $`, `- * NEW_&TIETYPES_RELATIONS`.
    static func pattern(_ body: Substring, code: Substring, synsets: [String: [[String]]]) -> ReadResult {
        guard let codes = codes(code) else { return .failure("'[\(code)]' is not an event code") }
        var result = PatternText(code: codes.active, reverse: codes.reverse)
        // Tokens: brackets apart, `_` kept as an adjacency mark.
        var tokens: [String] = []
        var current = ""
        func flush() { if !current.isEmpty { tokens.append(current); current = "" } }
        for ch in body {
            switch ch {
            case " ", "\t": flush()
            case "_": flush(); tokens.append("_")
            case "(", ")", "{", "}": flush(); tokens.append(String(ch))
            default: current.append(ch)
            }
        }
        flush()
        guard tokens.contains("*") || tokens.contains(where: { $0.hasSuffix("*") || $0.hasPrefix("*") }) else {
            return .failure("a pattern needs '*' for the verb")
        }
        var afterVerb = false
        var adjacent = false
        var inPhrase = false
        var expectPreposition = false
        var skips = 0
        for token in tokens {
            switch token {
            case "_": adjacent = true; continue
            case "*":
                if adjacent, !afterVerb { result.beforeAbutsVerb = true }
                afterVerb = true
                adjacent = false
                continue
            case "%" where !afterVerb: result.compoundSource = true; adjacent = false; continue
            case "^" where afterVerb: skips += 1; adjacent = false; continue
            case "+" where !afterVerb: result.targetBefore = true; adjacent = false; continue
            case "$" where afterVerb:
                if result.sourceAfterSlots == nil { result.sourceAfterSlots = result.after.count; result.sourceSkips = skips }
                adjacent = false
                continue
            case "+" where afterVerb:
                if result.targetAfterSlots == nil { result.targetAfterSlots = result.after.count; result.targetSkips = skips }
                adjacent = false
                continue
            case "(": inPhrase = true; expectPreposition = true; adjacent = false; continue
            case ")": inPhrase = false; expectPreposition = false; adjacent = false; continue
            case "{", "}": continue
            case "$", "+", "%", "^", "=", "|": adjacent = false; continue
            default: break
            }
            var word = Substring(token)
            while word.hasSuffix("+") || word.hasSuffix("$") { word = word.dropLast() }
            while word.hasPrefix("+") || word.hasPrefix("$") { word = word.dropFirst() }
            if word.isEmpty { continue }
            let alternatives: [[String]]
            if word.hasPrefix("&") {
                let set = String(word.dropFirst()).uppercased().trimmingCharacters(in: "_")
                guard let members = synsets[set], !members.isEmpty else { return .failure("unknown synset '&\(set)'") }
                alternatives = members
            } else {
                alternatives = [[word.lowercased()]]
            }
            let isPreposition = inPhrase && expectPreposition
            if isPreposition, let p = alternatives.first?.first { result.prepositions.append(p) }
            expectPreposition = false
            let slot = VerbPatterns.WordSlot(alternatives: alternatives, adjacent: adjacent, preposition: isPreposition)
            adjacent = false
            if afterVerb {
                result.after.append(slot)
                skips = 0
            } else if alternatives == [["not"]] || alternatives == [["n't"]] {
                result.negated = true
            } else {
                // `&NEGATVAUXVRB *` (did n't, will not …): a slot every alternative of which is negative
                // makes a pattern of the negated verb, its words still required before the verb.
                if alternatives.allSatisfy({ $0.contains { Self.negationWords.contains($0) } }) { result.negated = true }
                result.before.append(slot)
            }
        }
        return .success(result)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
