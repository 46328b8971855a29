/// Penn Treebank part-of-speech tags, as the tagger assigns them.
public enum PartOfSpeech: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case noun, pluralNoun, properNoun, pluralProperNoun          // NN NNS NNP NNPS
    case verbBase, verbPast, verbGerund, verbParticiple          // VB VBD VBG VBN
    case verbPresent, verbPresentThirdPerson, modal              // VBP VBZ MD
    case adjective, comparativeAdjective, superlativeAdjective   // JJ JJR JJS
    case adverb, comparativeAdverb, superlativeAdverb, particle  // RB RBR RBS RP
    case determiner, predeterminer, preposition, coordinator     // DT PDT IN CC
    case to, cardinal, possessiveEnding, existentialThere        // TO CD POS EX
    case personalPronoun, possessivePronoun                      // PRP PRP$
    case whDeterminer, whPronoun, whPossessive, whAdverb         // WDT WP WP$ WRB
    case foreignWord, symbol, interjection                       // FW SYM UH
    case openQuote, closeQuote, comma, sentenceEnd, colon        // `` '' , . :
    case openBracket, closeBracket, dollar, hash                 // -LRB- -RRB- $ #

    public var description: String { PartOfSpeech.names[Int(rawValue)] }

    /// Parses a Penn tag name ("VBD").
    public init?(name: some StringProtocol) {
        guard let index = PartOfSpeech.names.firstIndex(where: { $0 == name }),
              let tag = PartOfSpeech(rawValue: UInt8(index)) else { return nil }
        self = tag
    }

    private static let names = [
        "NN", "NNS", "NNP", "NNPS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD",
        "JJ", "JJR", "JJS", "RB", "RBR", "RBS", "RP", "DT", "PDT", "IN", "CC",
        "TO", "CD", "POS", "EX", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "FW", "SYM", "UH",
        "``", "''", ",", ".", ":", "-LRB-", "-RRB-", "$", "#",
    ]

    public var isNoun: Bool { self == .noun || self == .pluralNoun || self == .properNoun || self == .pluralProperNoun }
    public var isProperNoun: Bool { self == .properNoun || self == .pluralProperNoun }
    public var isVerb: Bool { (PartOfSpeech.verbBase.rawValue...PartOfSpeech.verbPresentThirdPerson.rawValue).contains(rawValue) }
    /// A verb form that carries tense by itself (VBD, VBP, VBZ) or a modal.
    public var isFinite: Bool { self == .verbPast || self == .verbPresent || self == .verbPresentThirdPerson || self == .modal }
    public var isAdjective: Bool { self == .adjective || self == .comparativeAdjective || self == .superlativeAdjective }
    public var isAdverb: Bool { self == .adverb || self == .comparativeAdverb || self == .superlativeAdverb }
    public var isPunctuation: Bool { rawValue >= PartOfSpeech.openQuote.rawValue }
}
