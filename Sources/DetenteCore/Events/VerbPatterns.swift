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
        /// How specific the pattern is: more conditions win.
        public var specificity: Int { (objects.isEmpty ? 0 : 2) + particles.count + (prepositions.isEmpty ? 0 : 1) }
    }

    private var byVerb: [String: [Pattern]] = [:]
    public private(set) var count = 0

    public init() {}

    /// Reads every `event-verbs*.tsv` file given (name, text); later files add to earlier ones.
    public init(files: [(name: String, text: String)]) throws(DataFileError) {
        for (name, text) in files { try add(text, name: name) }
        for key in byVerb.keys { byVerb[key]?.sort { $0.specificity > $1.specificity } }
    }

    private mutating func add(_ text: String, name: String) throws(DataFileError) {
        for (number, f) in try DataFile.rows(text, name: name, columns: 4...4) {
            let code = String(f[0])
            guard code.count >= 2, code.count <= 4, code.allSatisfy(\.isNumber) else {
                throw DataFileError(file: name, line: number, message: "'\(code)' is not a CAMEO event code")
            }
            let words = f[1].lowercased().split(separator: " ").map(String.init)
            guard let verb = words.first else { throw DataFileError(file: name, line: number, message: "no verb") }
            let objects = f[2] == "-" ? [] : f[2].lowercased().split(separator: "|").map { $0.split(separator: " ").map(String.init) }
            let target = f[3].lowercased()
            let pattern = Pattern(code: code, verb: verb, particles: Array(words.dropFirst()), objects: objects,
                                  targetIsObject: target == "object",
                                  prepositions: target == "object" || target == "-" ? [] : target.split(separator: "|").map(String.init))
            byVerb[verb, default: []].append(pattern)
            count += 1
        }
    }

    /// The patterns of a verb lemma, most specific first.
    public func patterns(for verb: String) -> [Pattern] { byVerb[verb] ?? [] }
}
