/// One event as a dyad timeline sees it: who acted on whom, how (code, quad class, Goldstein),
/// on which day, and how many article mentions stand behind it.
public struct DyadEvent: Sendable, Hashable, Codable {
    public var source: String
    public var target: String
    public var code: String
    public var quadClass: Int
    public var goldstein: Double
    public var date: CalendarDate
    public var mentions: Int

    public init(source: String, target: String, code: String, quadClass: Int, goldstein: Double, date: CalendarDate, mentions: Int = 1) {
        self.source = source
        self.target = target
        self.code = code
        self.quadClass = quadClass
        self.goldstein = goldstein
        self.date = date
        self.mentions = mentions
    }

    /// The day a coded date stands for on a timeline: `YYYY-MM-DD` itself, `YYYY-MM` its first
    /// day; a bare year, week, quarter or season is too coarse to place and gives nil.
    public static func timelineDate(_ value: String?) -> CalendarDate? {
        guard let value else { return nil }
        if let day = CalendarDate(iso: value) { return day }
        let parts = value.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        return CalendarDate(year: y, month: m, day: 1)
    }

    /// The part of an actor code that names the party of a dyad: the country ("USAGOV" → "USA"),
    /// or the organisation for international and non-governmental ones ("IGOUNOWHO" → "IGOUNO").
    public static func party(_ code: String) -> String {
        for prefix in ["IGO", "NGO", "MNC"] where code.hasPrefix(prefix) { return String(code.prefix(6)) }
        return String(code.prefix(3))
    }
}
