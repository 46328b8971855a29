/// Annotations kept in document order, with the sentence each belongs to (actor mentions, time
/// expressions): a sentence's share of them is found by binary search instead of a scan of the
/// whole document, which keeps long documents linear.
protocol SentenceOrdered {
    var sentence: Int { get }
}

extension ActorMention: SentenceOrdered {}
extension TimeExpression: SentenceOrdered {}

extension Array where Element: SentenceOrdered {
    /// The indices of the elements in sentence `s`.
    func indexRange(ofSentence s: Int) -> Range<Int> {
        firstIndex(atOrAfter: s)..<firstIndex(atOrAfter: s + 1)
    }

    private func firstIndex(atOrAfter s: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].sentence < s { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
