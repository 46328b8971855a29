import DetenteCore

/// Renders a dyad timeline: terminal rows with a Goldstein bar, CSV, JSON.
enum DyadReport {
    static func text(_ t: DyadTimeline) -> String {
        let a = t.a.uppercased(), b = t.b.uppercased()
        guard !t.periods.isEmpty else { return "\(a)–\(b): no dated events in the store." }
        var out = "\(a)–\(b) by \(t.granularity.rawValue): \(t.events.count) events\n\n"
        out += pad("period", 11) + pad("events", 7) + pad("\(a)→\(b)", 10) + pad("\(b)→\(a)", 10) + pad("quad 1/2/3/4", 14) + pad("mean", 7) + "Goldstein (−10 … +10)\n"
        for p in t.periods {
            let c = p.combined
            let label = t.granularity == .month ? String(p.start.description.prefix(7)) : p.start.description
            out += pad(label, 11) + pad("\(c.events)", 7) + pad(mean(p.forward), 10) + pad(mean(p.backward), 10)
            out += pad(c.quadClasses.map(String.init).joined(separator: "/"), 14) + pad(mean(c), 7) + bar(c.goldsteinMean) + "\n"
        }
        out += "\nTurning points:\n"
        if t.shifts.isEmpty { out += "  none (one regime" + (t.events.isEmpty ? "" : ", mean Goldstein \(RegimeShift.signed(t.events.map(\.goldstein).reduce(0, +) / Double(t.events.count)))") + ")\n" }
        for s in t.shifts { out += "  \(s)  (\(s.eventsBefore) events before, \(s.eventsAfter) after)\n" }
        return out
    }

    static func csv(_ t: DyadTimeline) -> String {
        var lines = ["period,events,quad1,quad2,quad3,quad4,goldstein_sum,goldstein_mean,ab_events,ab_goldstein_sum,ba_events,ba_goldstein_sum"]
        for p in t.periods {
            let c = p.combined
            let fields = [p.start.description, "\(c.events)"] + c.quadClasses.map(String.init)
                + [num(c.goldsteinSum), c.goldsteinMean.map(num) ?? "", "\(p.forward.events)", num(p.forward.goldsteinSum),
                   "\(p.backward.events)", num(p.backward.goldsteinSum)]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ t: DyadTimeline) -> String { TimelineJSON.write(t) }

    private static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s + " " : s + String(repeating: " ", count: n - s.count) }
    private static func mean(_ t: DyadTimeline.Tally) -> String { t.goldsteinMean.map { RegimeShift.signed($0) } ?? "·" }
    private static func num(_ v: Double) -> String { String(format1: v) }

    /// A bar from the middle: left for conflict, right for cooperation, 2 Goldstein points per cell.
    private static func bar(_ mean: Double?) -> String {
        guard let mean else { return String(repeating: " ", count: 5) + "│" }
        let cells = min(5, Int((abs(mean) / 2).rounded(.up)))
        if mean < 0 { return String(repeating: " ", count: 5 - cells) + String(repeating: "▇", count: cells) + "│" }
        return String(repeating: " ", count: 5) + "│" + String(repeating: "▇", count: cells)
    }
}
