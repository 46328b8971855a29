/// The verb-pattern dictionary (`event-verbs.tsv`): which verb (with particle, object head and
/// target preposition) codes which CAMEO event.
public struct VerbPatterns: Sendable {
    public struct Pattern: Sendable, Hashable {
        public var code: String
        public var verb: String
        /// Particle words that must follow the verb ("off" of "cut off").
        public var particles: [String]
        /// Head nouns of the object (each possibly several words), empty for any.
        public var objects: [[String]]
        /// Where the target is: the direct object, listed prepositions, or either (nil).
        public var targetIsObject: Bool
        public var prepositions: [String]
        /// With listed prepositions: the direct object may be the target too (written "with|-").
        public var objectAllowed: Bool = false
        /// A pattern for the negated verb ("would not receive" → 12 reject), written "not receive".
        public var negated: Bool = false
        /// Words that must stand before the verb, in order (PETRARCH `- WORDS * …`), nearest last.
        public var before: [WordSlot] = []
        /// Words that must follow the verb in its stretch, in order (PETRARCH `- * WORDS (PREP WORDS)`).
        public var after: [WordSlot] = []
        /// PETRARCH `[A:P]`: the code of the reverse event (target → source), alone when `code` is empty.
        public var reverseCode: String? = nil
        /// PETRARCH `% *`: the pattern needs a compound subject (two or more sources).
        public var compoundSource = false
        /// PETRARCH `+` after the verb: the target is the actor after the first this many `after` slots,
        /// past `targetSkips` noun phrases (`^`).
        public var targetAfterSlots: Int? = nil
        public var targetSkips = 0
        /// PETRARCH `$` after the verb with `+` before it ("+ WAS * DEAD IN $"): the source is the actor
        /// after the first this many `after` slots, and the subject is the target.
        public var sourceAfterSlots: Int? = nil
        /// Noun phrases (`^`) skipped before that source ("TABASKI ^ $").
        public var sourceSkips = 0
        /// PETRARCH `RECENTLY_*`: the last `before` word directly precedes the verb.
        public var beforeAbutsVerb = false
        /// The last word of each of `objects` as a `VerbPatterns.objectWordID`, ascending, without repeats (set
        /// once the dictionary is read), so that most patterns are ruled out by comparing integers; nil
        /// for no such pre-filter (an empty head ends every phrase).
        var objectLastIDs: [Int32]? = nil
        /// How specific the pattern is: more conditions win.
        public var specificity: Int {
            (objects.isEmpty ? 0 : 2) + particles.count + (prepositions.isEmpty || objectAllowed ? 0 : 1)
                + 2 * (before.reduce(0) { $0 + $1.weight } + after.reduce(0) { $0 + $1.weight } + (compoundSource ? 1 : 0))
        }

        public init(code: String, verb: String, particles: [String] = [], objects: [[String]] = [], targetIsObject: Bool = false,
                    prepositions: [String] = [], objectAllowed: Bool = false, negated: Bool = false) {
            self.code = code
            self.verb = verb
            self.particles = particles
            self.objects = objects
            self.targetIsObject = targetIsObject
            self.prepositions = prepositions
            self.objectAllowed = objectAllowed
            self.negated = negated
        }
    }

    /// One word position of a PETRARCH pattern: any of several word sequences (a synset gives
    /// several), lower case; `adjacent` when it must directly follow the previous slot (`_`).
    public struct WordSlot: Sendable, Hashable {
        public var alternatives: [[String]]
        public var adjacent: Bool
        /// The slot opens a prepositional phrase whose object is the target ("(TO …)").
        public var preposition: Bool = false

        public init(alternatives: [[String]], adjacent: Bool, preposition: Bool = false) {
            self.alternatives = alternatives
            self.adjacent = adjacent
            self.preposition = preposition
        }

        var weight: Int { 1 }
    }

    /// A meeting named by a noun phrase around a verb: "agreed in a phone call with Trump" (041).
    public struct Setting: Sendable, Hashable {
        public var code: String
        /// Head nouns ("phone call", "talks").
        public var nouns: [[String]]
        /// The prepositions that introduce the noun phrase ("in", "during").
        public var introducers: [String]
        /// The prepositions that introduce the partner ("with").
        public var partners: [String]
    }

    public private(set) var settings: [Setting] = []

    /// While reading: each verb's patterns with their order of appearance.
    private var byVerb: [String: [(order: Int, pattern: Pattern)]] = [:]
    /// Once read: each verb's patterns, most specific first (a lookup shares the array, copying no pattern).
    private var sorted: [String: [Shared]] = [:]
    /// Inflected forms a dictionary lists for its verbs ("left" → leave), beside the lexicon's lemmas.
    public private(set) var forms: [String: String] = [:]
    public private(set) var count = 0

    public init() {}

    /// Patterns built elsewhere (the PETRARCH verb dictionary), with inflected forms of their verbs.
    public init(patterns: [Pattern], forms: [String: String] = [:], settings: [Setting] = []) {
        for var pattern in patterns {
            var heads = ObjectHeads()
            for head in pattern.objects { heads.append(head, last: head.last.map { number($0) }) }
            pattern.objectLastIDs = heads.lastIDs
            byVerb[pattern.verb, default: []].append((count, pattern))
            count += 1
        }
        self.forms = forms
        self.settings = settings
        sortBySpecificity()
    }

    private mutating func sortBySpecificity() {
        for key in Array(byVerb.keys) {
            guard var list = byVerb.removeValue(forKey: key) else { continue }
            // Specificity once per pattern, not once per comparison.
            let keys = list.map { (specificity: $0.pattern.specificity, order: $0.order) }
            let sorted = keys.indices.sorted { (keys[$0].specificity, -keys[$0].order) > (keys[$1].specificity, -keys[$1].order) }
            list = sorted.map { list[$0] }
            byVerb[key] = list
        }
        sorted = byVerb.mapValues { $0.map { Shared($0.pattern) } }
        byVerb = [:]
    }

    /// A pattern held by reference, for the matcher: it reads several patterns per verb, and copying a
    /// `Pattern` retains each of its arrays and strings where a reference is retained once. Immutable.
    final class Shared: Sendable {
        let pattern: Pattern
        init(_ pattern: Pattern) { self.pattern = pattern }
    }

    /// The patterns of a verb lemma, most specific first, by reference.
    func shared(for verb: String) -> [Shared] { sorted[verb] ?? [] }

    /// Whether the dictionary has a pattern for the verb lemma.
    func hasPatterns(for verb: String) -> Bool { sorted[verb] != nil }

    /// The last word of every pattern's object heads, numbered as read.
    private var objectVocabulary: [String: Int32] = [:]

    /// Object heads with their last words' `objectWordID`s, read once per file line (and class) and shared by its patterns.
    struct ObjectHeads {
        var words: [[String]] = []
        private var lasts: [Int32] = []
        private var hasEmptyHead = false

        mutating func append(_ head: [String], last: Int32?) {
            words.append(head)
            if let last { lasts.append(last) } else { hasEmptyHead = true }
        }

        mutating func append(contentsOf other: ObjectHeads) {
            words.append(contentsOf: other.words)
            lasts.append(contentsOf: other.lasts)
            hasEmptyHead = hasEmptyHead || other.hasEmptyHead
        }

        /// The heads' last words, ascending, without repeats; nil when a head is empty (it ends every phrase).
        var lastIDs: [Int32]? {
            guard !hasEmptyHead else { return nil }
            let sorted = lasts.sorted()
            var unique: [Int32] = []
            unique.reserveCapacity(sorted.count)
            for id in sorted where unique.last != id { unique.append(id) }
            return unique
        }
    }

    /// The number of a word, added to the vocabulary when new.
    private mutating func number(_ word: String) -> Int32 {
        if let id = objectVocabulary[word] { return id }
        let id = Int32(objectVocabulary.count)
        objectVocabulary[word] = id
        return id
    }

    /// The number of a word that ends some pattern's object head; -1 for a word that ends none.
    func objectWordID(_ word: String) -> Int32 { objectVocabulary[word] ?? -1 }

    /// Every pattern, in no particular order.
    public var allPatterns: [Pattern] { sorted.values.flatMap { $0.map { $0.pattern } } }

    /// Reads every `event-verbs*.tsv` file given (name, text); later files add to earlier ones.
    public init(files: [(name: String, text: String)]) throws(DataFileError) {
        for (name, text) in files { try add(text, name: name) }
        // Most specific first; among equals, the earlier line.
        sortBySpecificity()
    }

    /// Adds one file: `@class` lines (name, heads) and pattern lines (code, verbs, objects, target).
    private mutating func add(_ text: String, name: String) throws(DataFileError) {
        var classes: [String: ObjectHeads] = [:]
        for (number, f) in try DataFile.rows(text, name: name, columns: 2...4) {
            if f[0].hasPrefix("@") {
                guard f.count == 2 else { throw DataFileError(file: name, line: number, message: "a class line is '@name<TAB>head|head…'") }
                classes[String(f[0].dropFirst())] = try heads(f[1], classes: classes, file: name, line: number)
                continue
            }
            guard f.count == 4 else { throw DataFileError(file: name, line: number, message: "a pattern line is 'code<TAB>verbs<TAB>objects<TAB>target'") }
            let code = String(f[0])
            guard code.count >= 2, code.count <= 4, code.allSatisfy(\.isNumber) else {
                throw DataFileError(file: name, line: number, message: "'\(code)' is not a CAMEO event code")
            }
            if f[1].hasPrefix("~") {
                settings.append(Setting(code: code, nouns: try heads(f[1].dropFirst(), classes: classes, file: name, line: number).words,
                                        introducers: f[2].lowercased().split(separator: "|").map(String.init),
                                        partners: f[3].lowercased().split(separator: "|").map(String.init)))
                continue
            }
            let objects = f[2] == "-" ? ObjectHeads() : try heads(f[2], classes: classes, file: name, line: number)
            let lastIDs = objects.lastIDs
            let target = f[3].lowercased()
            let listed = target == "object" || target == "-" ? [] : target.split(separator: "|").map(String.init)
            let prepositions = listed.filter { $0 != "-" }
            for verbText in f[1].lowercased().split(separator: ";") {
                var words = verbText.split(separator: " ").map(String.init)
                let negated = words.first == "not"
                if negated { words.removeFirst() }
                guard let verb = words.first else { throw DataFileError(file: name, line: number, message: "an empty verb") }
                var pattern = Pattern(code: code, verb: verb, particles: Array(words.dropFirst()), objects: objects.words,
                                      targetIsObject: target == "object", prepositions: prepositions, objectAllowed: listed.contains("-"), negated: negated)
                pattern.objectLastIDs = lastIDs
                byVerb[verb, default: []].append((count, pattern))
                count += 1
            }
        }
    }

    /// `a|b c|@class` → head-word sequences, classes expanded (last words numbered as they come).
    private mutating func heads(_ field: Substring, classes: [String: ObjectHeads], file: String, line: Int) throws(DataFileError) -> ObjectHeads {
        var out = ObjectHeads()
        for item in UTF8Scanning.split(Substring(field.lowercased()), on: UInt8(ascii: "|")) {
            if item.hasPrefix("@") {
                guard let members = classes[String(item.dropFirst())] else {
                    throw DataFileError(file: file, line: line, message: "unknown object class '\(item)' (define it above its first use)")
                }
                out.append(contentsOf: members)
            } else {
                let head = UTF8Scanning.split(item, on: UInt8(ascii: " ")).map(String.init)
                out.append(head, last: head.last.map { number($0) })
            }
        }
        return out
    }

    /// The patterns of a verb lemma, most specific first.
    public func patterns(for verb: String) -> [Pattern] { sorted[verb]?.map { $0.pattern } ?? [] }
}
