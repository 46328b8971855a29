/// The text-analysis stage: tokens, sentences, tags, verb groups, noun phrases and clauses for
/// each body paragraph of a document.
public struct TextAnalyzer: Sendable {
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter
    let tagger: Tagger
    let verbGroups: VerbGroupChunker
    let nounPhrases = NounPhraseChunker()
    let clauses: ClauseSplitter

    public init(resources: LanguageResources) {
        tokenizer = Tokenizer(abbreviations: resources.abbreviations)
        splitter = SentenceSplitter(abbreviations: resources.abbreviations, lexicon: resources.lexicon, speechVerbs: resources.speechVerbs)
        tagger = Tagger(lexicon: resources.lexicon)
        verbGroups = VerbGroupChunker(lexicon: resources.lexicon)
        clauses = ClauseSplitter(speechVerbs: resources.speechVerbs)
    }

    public func analyze(_ document: Document) -> Document {
        var document = document
        let bytes = document.utf8
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var sentenceRanges: [(Range<Int>, Int)] = []
        for (p, paragraph) in document.paragraphs.enumerated() {
            let first = tokens.count
            tokenizer.tokenize(bytes, paragraph.bytes, scalarStart: paragraph.span.start, into: &tokens)
            for range in splitter.split(tokens, first..<tokens.count, bytes: bytes) { sentenceRanges.append((range, p)) }
        }
        let analyses = tagger.analyses(of: tokens, bytes: bytes)
        let names = tagger.properNames(in: tokens, sentences: sentenceRanges.map(\.0), bytes: bytes, analyses: analyses)
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceRanges.count)
        for (range, p) in sentenceRanges {
            tagger.tag(&tokens, sentence: range, bytes: bytes, properNames: names, analyses: analyses)
            let groups = verbGroups.chunk(tokens, range, bytes: bytes)
            let first = tokens[range.lowerBound], last = tokens[range.upperBound - 1]
            sentences.append(Sentence(
                span: TextSpan(start: first.span.start, end: last.span.end),
                bytes: ByteRange(start: first.bytes.start, end: last.bytes.end),
                tokens: range, paragraph: p,
                verbGroups: groups,
                nounPhrases: nounPhrases.chunk(tokens, range),
                clauses: clauses.split(tokens, range, verbGroups: groups, bytes: bytes)
            ))
        }
        var lower = 0
        for p in document.paragraphs.indices {
            var upper = lower
            while upper < sentences.count, sentences[upper].paragraph == p { upper += 1 }
            document.paragraphs[p].sentences = lower..<upper
            lower = upper
        }
        document.tokens = tokens
        document.sentences = sentences
        return document
    }
}
