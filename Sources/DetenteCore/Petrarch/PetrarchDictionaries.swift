import Foundation

/// PETRARCH dictionaries loaded from files (a directory, or the files a validation file names)
/// and turned into Détente's resources.
///
/// Discovery in a directory (sorted by name, other files ignored): verb dictionaries are
/// `*verbs*.txt` and `CAMEO*.txt`, actors `*actors*.txt`, agents `*agents*.txt`, discards
/// `*discards*.txt`.
public struct PetrarchDictionaries: Sendable {
    public var verbFiles: [String] = []
    public var actorFiles: [String] = []
    public var agentFiles: [String] = []
    public var discardFiles: [String] = []

    public private(set) var verbs: [PetrarchVerbDictionary] = []
    public private(set) var actors: [PetrarchActorDictionary] = []
    public private(set) var agents: [PetrarchAgents] = []
    public private(set) var discards = PetrarchDiscards()
    /// Problems met while reading: unreadable files, malformed lines (file:line).
    public private(set) var issues: [DataFileError] = []

    public init(verbFiles: [String] = [], actorFiles: [String] = [], agentFiles: [String] = [], discardFiles: [String] = []) {
        self.verbFiles = verbFiles
        self.actorFiles = actorFiles
        self.agentFiles = agentFiles
        self.discardFiles = discardFiles
        load()
    }

    /// The dictionaries of a directory (see the type's discovery rules).
    public init(directory: String) throws(DataFileError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted() } catch {
            throw DataFileError(file: directory, line: 0, message: "cannot list the directory")
        }
        func path(_ name: String) -> String { URL(fileURLWithPath: directory).appendingPathComponent(name).path }
        for name in names where name.lowercased().hasSuffix(".txt") && !name.hasPrefix(".") {
            let lower = name.lowercased()
            if lower.contains("verbs") || name.hasPrefix("CAMEO") { verbFiles.append(path(name)) }
            else if lower.contains("actors") { actorFiles.append(path(name)) }
            else if lower.contains("agents") { agentFiles.append(path(name)) }
            else if lower.contains("discards") { discardFiles.append(path(name)) }
        }
        guard !(verbFiles.isEmpty && actorFiles.isEmpty && agentFiles.isEmpty && discardFiles.isEmpty) else {
            throw DataFileError(file: directory, line: 0, message: "no PETRARCH dictionaries (*verbs*.txt, CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt)")
        }
        load()
    }

    /// Adds dictionaries read elsewhere (from text).
    public mutating func add(verbs: PetrarchVerbDictionary) { self.verbs.append(verbs); issues += verbs.issues }
    public mutating func add(actors: PetrarchActorDictionary) { self.actors.append(actors); issues += actors.issues }
    public mutating func add(agents: PetrarchAgents) { self.agents.append(agents); issues += agents.issues }
    public mutating func add(discards: PetrarchDiscards) { self.discards.merge(discards) }

    public var isEmpty: Bool { verbs.isEmpty && actors.isEmpty && agents.isEmpty && discards.isEmpty }

    private mutating func load() {
        func read(_ path: String) -> String? {
            guard let data = FileManager.default.contents(atPath: path) else {
                issues.append(DataFileError(file: path, line: 0, message: "cannot be read"))
                return nil
            }
            return String(decoding: data, as: UTF8.self)
        }
        func label(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
        for path in verbFiles { if let text = read(path) { verbs.append(PetrarchVerbDictionary(text: text, name: label(path))) } }
        for path in actorFiles { if let text = read(path) { actors.append(PetrarchActorDictionary(text: text, name: label(path))) } }
        for path in agentFiles { if let text = read(path) { agents.append(PetrarchAgents(text: text, name: label(path))) } }
        for path in discardFiles { if let text = read(path) { discards.merge(PetrarchDiscards(text: text, name: label(path))) } }
        issues += verbs.flatMap(\.issues) + actors.flatMap(\.issues) + agents.flatMap(\.issues)
    }

    /// Counts for a report line.
    public var summary: String {
        let patterns = verbs.reduce(0) { $0 + $1.patternLineCount }
        let verbCount = verbs.reduce(0) { $0 + $1.verbCount }
        let skipped = verbs.reduce(0) { $0 + $1.skippedTransformations }
        let actorEntries = actors.reduce(0) { $0 + $1.entries.count }
        let agentCount = agents.reduce(0) { $0 + $1.agents.count }
        return "\(verbCount) verbs, \(patterns) patterns (\(skipped) transformations skipped), \(actorEntries) actors, \(agentCount) agents, "
            + "\(discards.sentencePhrases.count + discards.storyPhrases.count) discards, \(issues.count) issues"
    }

    /// Détente's resources with these dictionaries: a verb dictionary replaces the built-in verb
    /// patterns and then the actors too (PETRARCH actors, agents); without one, PETRARCH actors and
    /// agents are added to the built-in ones.
    public func resources(over base: LanguageResources) -> LanguageResources {
        var actorDictionary = verbs.isEmpty || (actors.isEmpty && agents.isEmpty) ? base.actors : ActorDictionary.empty(like: base.actors)
        for a in actors { actorDictionary.add(a) }
        for a in agents { actorDictionary.add(a) }
        var verbPatterns = base.verbPatterns
        if !verbs.isEmpty {
            var forms: [String: String] = [:]
            for v in verbs { forms.merge(v.forms) { first, _ in first } }
            verbPatterns = VerbPatterns(patterns: verbs.flatMap(\.patterns), forms: forms)
        }
        return LanguageResources(lexicon: base.lexicon, abbreviations: base.abbreviations, speechVerbs: base.speechVerbs, layoutCues: base.layoutCues,
                                 timeWords: base.timeWords, actors: actorDictionary, codebook: base.codebook, verbPatterns: verbPatterns)
    }

    /// A pipeline over these dictionaries, coding by PETRARCH's rules when a verb dictionary is given.
    public func pipeline(over base: LanguageResources) -> Pipeline {
        var pipeline = Pipeline(resources: resources(over: base))
        pipeline.events.discards = discards
        if !verbs.isEmpty { pipeline.events.rules = .petrarch }
        return pipeline
    }
}
