/// A PETRARCH agents dictionary (`*.agents.txt`): `PRESIDENT [~GOVPRS]` (a suffix to the actor's
/// code), `HUMAN_RIGHTS_BODY [NGO~]` (a prefix), `{PLURALS}` (irregular plurals; `{}` none, else
/// regular ones are generated) and substitution sets `!PERSON! = MAN, MEN, …` used inside names.
public struct PetrarchAgents: Sendable {
    public struct Agent: Sendable, Hashable {
        /// The names (singular and plural forms), lower case.
        public var names: [String]
        /// The code without its `~`.
        public var code: String
        /// `NGO~`: the code goes before the actor's.
        public var isPrefix: Bool
        /// How `ActorDictionary` stores it: a prefix keeps its trailing `~`.
        public var dictionaryCode: String { isPrefix ? code + "~" : code }
    }

    public private(set) var agents: [Agent] = []
    public private(set) var issues: [DataFileError] = []

    public init(text: String, name: String) {
        var substitutions: [String: [String]] = [:]
        for (number, line) in PetrarchText.lines(text) {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("!"), let eq = trimmed.firstIndex(of: "=") {
                let key = trimmed[..<eq].trimmingSpaces.uppercased()
                substitutions[key] = trimmed[trimmed.index(after: eq)...].split(separator: ",").map { $0.trimmingSpaces.lowercased() }.filter { !$0.isEmpty }
                continue
            }
            let (codeText, rest) = PetrarchText.bracket(trimmed)
            guard let codeText else {
                issues.append(DataFileError(file: name, line: number, message: "an agent line needs a [~CODE] or [CODE~]"))
                continue
            }
            let code = codeText.filter { $0 != " " }
            guard code.contains("~"), code.filter({ $0 == "~" }).count == 1 else {
                issues.append(DataFileError(file: name, line: number, message: "agent code '[\(codeText)]' has no '~'"))
                continue
            }
            var namePart = rest
            var plurals: [String]?
            if let open = rest.firstIndex(of: "{") {
                let close = rest[open...].firstIndex(of: "}") ?? rest.endIndex
                plurals = rest[rest.index(after: open)..<close].split(separator: " ").map { PetrarchVerbDictionary.words($0).joined(separator: " ") }
                namePart = rest[..<open] + (close < rest.endIndex ? rest[rest.index(after: close)...] : "")
            }
            let base = namePart.trimmingSpaces
            guard !base.isEmpty else {
                issues.append(DataFileError(file: name, line: number, message: "an agent line without a name"))
                continue
            }
            var names: [String] = []
            for expanded in Self.substitute(String(base), substitutions) {
                let words = PetrarchVerbDictionary.words(Substring(expanded))
                guard !words.isEmpty else { continue }
                names.append(words.joined(separator: " "))
                if plurals == nil { names.append((words.dropLast() + [Self.plural(words[words.count - 1])]).joined(separator: " ")) }
            }
            names += plurals ?? []
            let isPrefix = code.hasSuffix("~")
            agents.append(Agent(names: names.filter { !$0.isEmpty }, code: code.replacingTilde, isPrefix: isPrefix))
        }
    }

    /// `CONGRESS!PERSON!` with `!PERSON! = MAN, MEN` → CONGRESSMAN, CONGRESSMEN.
    static func substitute(_ name: String, _ sets: [String: [String]]) -> [String] {
        guard let open = name.firstIndex(of: "!"), let close = name[name.index(after: open)...].firstIndex(of: "!") else { return [name] }
        let key = String(name[open...close]).uppercased()
        guard let members = sets[key] else { return [name.replacingOccurrencesOfBang] }
        let head = name[..<open], tail = name[name.index(after: close)...]
        return members.flatMap { substitute(head + $0.uppercased() + tail, sets) }
    }

    /// Regular English plural of an agent word.
    static func plural(_ word: String) -> String {
        if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) { return word.dropLast() + "ies" }
        if word.hasSuffix("s") || word.hasSuffix("x") || word.hasSuffix("z") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        if word.hasSuffix("man") { return word.dropLast(3) + "men" }
        return word + "s"
    }
}

extension String {
    fileprivate var replacingTilde: String { filter { $0 != "~" } }
    fileprivate var replacingOccurrencesOfBang: String { filter { $0 != "!" } }
}
