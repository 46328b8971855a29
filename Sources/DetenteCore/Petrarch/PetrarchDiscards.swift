/// A PETRARCH discards file: one phrase a line; a sentence containing it is not coded, and a
/// `+PHRASE` drops every sentence of the story.
public struct PetrarchDiscards: Sendable {
    /// Phrases as lower-case word sequences.
    public private(set) var sentencePhrases: [[String]] = []
    public private(set) var storyPhrases: [[String]] = []

    public init() {}

    public init(text: String, name: String) {
        for (_, line) in PetrarchText.lines(text) {
            let trimmed = line.trimmingSpaces
            let story = trimmed.hasPrefix("+")
            let words = PetrarchVerbDictionary.words(story ? trimmed.dropFirst() : trimmed)
            guard !words.isEmpty else { continue }
            if story { storyPhrases.append(words) } else { sentencePhrases.append(words) }
        }
    }

    public var isEmpty: Bool { sentencePhrases.isEmpty && storyPhrases.isEmpty }

    /// Adds another file's phrases.
    public mutating func merge(_ other: PetrarchDiscards) {
        sentencePhrases += other.sentencePhrases
        storyPhrases += other.storyPhrases
    }

    /// Whether the lower-case words contain one of the phrases (as adjacent words).
    static func contains(_ words: [String], any phrases: [[String]]) -> Bool {
        guard !words.isEmpty else { return false }
        for phrase in phrases where phrase.count <= words.count {
            for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
                if Array(words[start..<(start + phrase.count)]) == phrase { return true }
            }
        }
        return false
    }
}
