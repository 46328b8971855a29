public import DetenteCore

/// One event of the corpus after deduplication: the same dyad, code and date reported by several
/// articles is one event, with each report listed as a mention.
public struct StoredEvent: Sendable, Hashable, Codable {
    /// One article's report of the event.
    public struct Mention: Sendable, Hashable, Codable {
        public var article: String
        public var title: String?
        public var source: String?
        public var url: String?
        public var sentence: Int
        public var evidence: String
        public var dateSource: String?
        /// The article's number in the store.
        public var articleID: Int64 = 0
    }

    public var source: String
    public var target: String
    public var code: String
    public var root: String
    public var quadClass: Int
    public var goldstein: Double
    public var plover: String?
    public var ploverMode: String?
    public var date: String?
    public var mentions: [Mention]

    /// The timeline form (nil when the date cannot be placed on a day).
    public var dyadEvent: DyadEvent? {
        DyadEvent.timelineDate(date).map {
            DyadEvent(source: source, target: target, code: code, quadClass: quadClass, goldstein: goldstein, date: $0, mentions: mentions.count)
        }
    }

    /// What makes two reports one event: the parties of the dyad (countries or organisations), the
    /// CAMEO code and the date. An undated report stays its own event.
    public static func key(source: String, target: String, code: String, date: String?, article: String) -> String {
        let parties = "\(DyadEvent.party(source))|\(DyadEvent.party(target))|\(code)"
        return date.map { "\(parties)|\($0)" } ?? "\(parties)|undated|\(article)"
    }
}
