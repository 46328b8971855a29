/// Finds base noun phrases: (predeterminer) (determiner | possessive) modifiers* noun+, chained
/// through possessives ("Trump’s second inauguration"), or a lone pronoun.
struct NounPhraseChunker: Sendable {
    func chunk(_ tokens: [Token], _ sentence: Range<Int>) -> [NounPhrase] {
        var phrases: [NounPhrase] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let tag = tokens[i].tag
            if tag == .personalPronoun || tag == .existentialThere && false {
                phrases.append(NounPhrase(tokens: i..<(i + 1), head: i))
                i += 1
                continue
            }
            // A participle after an auxiliary belongs to the verb ("had threatened Petro"), not to a phrase.
            let afterVerb = i > sentence.lowerBound && tokens[i - 1].tag.isVerb
            guard opens(tag), !(afterVerb && (tag == .verbParticiple || tag == .verbGerund)) else { i += 1; continue }
            var j = i
            var head: Int?
            while j < sentence.upperBound {
                let t = tokens[j].tag
                if t.isNoun || t == .cardinal && head == nil {
                    if t.isNoun { head = j }
                } else if t == .possessiveEnding, head != nil {
                    head = nil  // the possessor ends; the possessed noun follows
                } else if modifies(t), head == nil || t == .cardinal {
                    if head != nil { break }
                } else if (t == .determiner || t == .predeterminer || t == .possessivePronoun) && j == i {
                } else if t.isAdverb, j + 1 < sentence.upperBound, tokens[j + 1].tag.isAdjective, head == nil {
                } else {
                    break
                }
                j += 1
            }
            if let head {
                phrases.append(NounPhrase(tokens: i..<(head + 1), head: head))
                i = head + 1
            } else {
                i = max(j, i + 1)
            }
        }
        return phrases
    }

    private func opens(_ tag: PartOfSpeech) -> Bool {
        tag.isNoun || modifies(tag) || tag == .determiner || tag == .predeterminer || tag == .possessivePronoun || tag == .cardinal
    }

    private func modifies(_ tag: PartOfSpeech) -> Bool {
        tag.isAdjective || tag == .verbGerund || tag == .verbParticiple || tag == .cardinal
    }
}
