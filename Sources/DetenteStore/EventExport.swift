import Foundation
public import DetenteCore

/// The store's events in the formats analysts load: CSV (pandas, R), JSON lines, GDELT-style
/// TSV and PLOVER JSON records. One event per line, deduplicated, with its mention counts.
public enum EventExport {
    public enum Format: String, Sendable, CaseIterable {
        case csv, jsonl, gdelt, plover
    }

    /// The header line of a format, if it has one.
    public static func header(_ format: Format) -> String? {
        switch format {
        case .csv: return "id,date,source,target,source_party,target_party,code,root,quad_class,goldstein,plover,plover_mode,mentions,articles,evidence"
        case .gdelt, .jsonl, .plover: return nil
        }
    }

    /// One event as a line of the format; `id` numbers events within the export.
    public static func line(_ e: StoredEvent, id: Int, format: Format) -> String {
        switch format {
        case .csv:
            return [String(id), e.date ?? "", e.source, e.target, DyadEvent.party(e.source), DyadEvent.party(e.target), e.code, e.root,
                    String(e.quadClass), String(format1: e.goldstein), e.plover ?? "", e.ploverMode ?? "", String(e.mentions.count),
                    articles(e).joined(separator: ";"), e.mentions.first?.evidence ?? ""].map(csvField).joined(separator: ",")
        case .gdelt:
            // GDELT 2.0 event columns, in its order, for the fields Détente has (tone and geography left empty):
            // GLOBALEVENTID SQLDATE MonthYear Year FractionDate Actor1Code Actor1CountryCode Actor2Code Actor2CountryCode
            // IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone SOURCEURL
            let day = (e.date ?? "").replacingOccurrences(of: "-", with: "")
            let sql = day.count >= 8 ? String(day.prefix(8)) : (day.count == 6 ? day + "00" : "")
            let fraction = fractionDate(e.date)
            let fields: [String] = [String(id), sql, String(sql.prefix(6)), String(sql.prefix(4)), fraction,
                                    e.source, String(e.source.prefix(3)), e.target, String(e.target.prefix(3)), "1",
                                    e.code, String(e.code.prefix(3)), e.root, String(e.quadClass), String(format1: e.goldstein),
                                    String(e.mentions.count), String(Set(e.mentions.compactMap(\.source)).count), String(Set(e.mentions.map(\.article)).count),
                                    "", e.mentions.compactMap(\.url).first ?? e.mentions.first?.article ?? ""]
            return fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")
        case .jsonl, .plover:
            var w = JSONWriter()
            w.beginObject()
            w.field("id", String(id))
            w.field("date", e.date)
            if format == .plover {
                w.field("actor", e.source)
                w.field("actor_country", String(e.source.prefix(3)))
                w.field("recipient", e.target)
                w.field("recipient_country", String(e.target.prefix(3)))
                w.field("event_type", e.plover)
                w.field("mode", e.ploverMode)
                w.key("context"); w.beginArray(); w.endArray()
                w.field("cameo_code", e.code)
                w.key("goldstein"); w.number(e.goldstein)
                w.field("mentions", e.mentions.count)
                w.key("source_urls"); w.beginArray(); for u in e.mentions.compactMap(\.url) { w.string(u) }; w.endArray()
            } else {
                w.field("source", e.source)
                w.field("target", e.target)
                w.field("code", e.code)
                w.field("root", e.root)
                w.field("quad_class", e.quadClass)
                w.key("goldstein"); w.number(e.goldstein)
                w.field("plover", e.plover)
                w.field("plover_mode", e.ploverMode)
                w.key("mentions")
                w.beginArray()
                for m in e.mentions {
                    w.beginObject()
                    w.field("article", m.article)
                    w.field("title", m.title)
                    w.field("source", m.source)
                    w.field("url", m.url)
                    w.field("sentence", m.sentence)
                    w.field("evidence", m.evidence)
                    w.field("date_source", m.dateSource)
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
            return w.output
        }
    }

    private static func articles(_ e: StoredEvent) -> [String] {
        var seen = Set<String>()
        return e.mentions.map(\.article).filter { seen.insert($0).inserted }
    }

    /// RFC 4180: quoted when it holds a comma, quote or line break.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// GDELT's FractionDate: year + (day of year / 365).
    private static func fractionDate(_ date: String?) -> String {
        guard let d = DyadEvent.timelineDate(date), let jan1 = CalendarDate(year: d.year, month: 1, day: 1) else { return "" }
        let f = Double(d.year) + Double(d.dayNumber - jan1.dayNumber + 1) / 365.0
        let scaled = Int((f * 10000).rounded())
        return "\(scaled / 10000).\(String(repeating: "0", count: 4 - String(scaled % 10000).count))\(scaled % 10000)"
    }
}
