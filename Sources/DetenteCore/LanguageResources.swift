import Dispatch
import Synchronization
/// The data every stage reads: lexicon, abbreviations, speech verbs, layout cues, time words, actor dictionaries, CAMEO codebook and verb patterns, parsed once
/// from the data files in `Resources/` (embedded in the binary at build time).
public struct LanguageResources: Sendable {
    public let lexicon: Lexicon
    public let abbreviations: Abbreviations
    public let speechVerbs: SpeechVerbs
    public let layoutCues: LayoutCues
    public let timeWords: TimeWords
    public let actors: ActorDictionary
    public let codebook: Codebook
    public let verbPatterns: VerbPatterns

    public init(lexicon: Lexicon, abbreviations: Abbreviations, speechVerbs: SpeechVerbs, layoutCues: LayoutCues, timeWords: TimeWords,
                actors: ActorDictionary, codebook: Codebook, verbPatterns: VerbPatterns) {
        self.lexicon = lexicon
        self.abbreviations = abbreviations
        self.speechVerbs = speechVerbs
        self.layoutCues = layoutCues
        self.timeWords = timeWords
        self.actors = actors
        self.codebook = codebook
        self.verbPatterns = verbPatterns
    }

    /// The resources built into the binary.
    public static func builtIn() throws(DataFileError) -> LanguageResources {
        @Sendable func file(_ name: String) throws(DataFileError) -> String {
            guard let text = EmbeddedResources.text(named: name) else {
                throw DataFileError(file: name, line: 0, message: "built-in data file missing from the build")
            }
            return text
        }
        let abbreviations = try Abbreviations(tsv: try file("abbreviations.tsv"), name: "abbreviations.tsv")
        // The actor dictionary and the lexicon with the verb patterns are the big loads: they are read
        // on two threads at once (start-up is serial otherwise). Errors are reported in the order the
        // files were read one after the other: the actors' first.
        let actorsLoaded = Mutex<Result<ActorDictionary, DataFileError>?>(nil)
        typealias Rest = (lexicon: Lexicon, speechVerbs: SpeechVerbs, layoutCues: LayoutCues, timeWords: TimeWords, codebook: Codebook,
                          verbPatterns: VerbPatterns)
        let restLoaded = Mutex<Result<Rest, DataFileError>?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                let result = Result { () throws(DataFileError) -> ActorDictionary in
                    var actors = ActorDictionary(tokenizer: Tokenizer(abbreviations: abbreviations))
                    for name in EmbeddedResources.names where name.hasPrefix("actors-") {
                        try actors.load(try file(name), name: name)
                    }
                    return actors
                }
                actorsLoaded.withLock { $0 = result }
            } else {
                let result = Result { () throws(DataFileError) -> Rest in
                    var verbFiles: [(name: String, text: String)] = []
                    for name in EmbeddedResources.names where name.hasPrefix("event-verbs") { verbFiles.append((name, try file(name))) }
                    return (lexicon: try Lexicon(wordnet: try file("wordnet-lexicon.tsv"), functionWords: try file("function-words.tsv")),
                            speechVerbs: try SpeechVerbs(tsv: try file("speech-verbs.tsv"), name: "speech-verbs.tsv"),
                            layoutCues: try LayoutCues(tsv: try file("layout-cues.tsv"), name: "layout-cues.tsv"),
                            timeWords: try TimeWords(tsv: try file("time-words.tsv"), name: "time-words.tsv"),
                            codebook: try Codebook(tsv: try file("cameo-codebook.tsv"), name: "cameo-codebook.tsv"),
                            verbPatterns: try VerbPatterns(files: verbFiles))
                }
                restLoaded.withLock { $0 = result }
            }
        }
        guard let actors = try actorsLoaded.withLock({ $0 })?.get(), let rest = try restLoaded.withLock({ $0 })?.get() else {
            throw DataFileError(file: "built-in data", line: 0, message: "a loading thread did not finish")
        }
        return LanguageResources(lexicon: rest.lexicon, abbreviations: abbreviations, speechVerbs: rest.speechVerbs, layoutCues: rest.layoutCues,
                                 timeWords: rest.timeWords, actors: actors, codebook: rest.codebook, verbPatterns: rest.verbPatterns)
    }
}
