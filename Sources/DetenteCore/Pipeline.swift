/// The stages in order, in one screen: an article's raw text goes in, an annotated `Document`
/// comes out. Every stage is a value with a `Document -> Document` step; the pipeline is
/// immutable and `Sendable`, so one instance serves any number of threads.
///
///     reading  → layout lines, metadata, body paragraphs          (Reading/)
///     text     → tokens, sentences, tags, verb groups, NPs, clauses (Text/)
///     time     → time expressions with TimeML values               (Time/)
///     actors   → countries, people, organisations, agents, coreference (Actors/)
///     events   → CAMEO events with Goldstein, PLOVER, dates          (Events/)
///     quotes   → direct quotations and who said them             (Quotes/)
public struct Pipeline: Sendable {
    public let resources: LanguageResources
    let reader: ArticleReader
    let text: TextAnalyzer
    let time: TimeTagger
    let actors: ActorRecognizer
    public var events: EventCoder
    let quotes: QuoteAttributor

    public init(resources: LanguageResources) {
        self.resources = resources
        reader = ArticleReader(cues: resources.layoutCues)
        text = TextAnalyzer(resources: resources)
        time = TimeTagger(words: resources.timeWords, lexicon: resources.lexicon)
        actors = ActorRecognizer(dictionary: resources.actors, lexicon: resources.lexicon)
        events = EventCoder(patterns: resources.verbPatterns, codebook: resources.codebook, lexicon: resources.lexicon,
                            people: resources.actors.people, speechVerbs: resources.speechVerbs)
        quotes = QuoteAttributor(speechVerbs: resources.speechVerbs)
    }

    /// A pipeline over the built-in data files.
    public static func builtIn() throws(DataFileError) -> Pipeline {
        Pipeline(resources: try LanguageResources.builtIn())
    }

    /// Runs every stage on one article.
    public func analyze(_ input: ArticleInput) -> Document {
        var document = reader.read(input)
        document = text.analyze(document)
        document = time.tag(document)
        document = actors.tag(document)
        document = events.code(document)
        document = quotes.attribute(document)
        return document
    }
}
