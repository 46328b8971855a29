import DetenteCore

/// A dyad timeline as inline SVG: per period, cooperation (green, up) and conflict (red, down) —
/// each its share of the period's mean Goldstein score, so that they sum to the mean, drawn as a
/// dot — with a hover title; each turning point is a labelled dashed line.
enum TimelineChart {
    static func svg(_ t: DyadTimeline) -> String {
        let periods = t.periods
        guard !periods.isEmpty else { return "<p class=\"muted\">No dated events.</p>" }
        let width = 960.0, height = 300.0, left = 44.0, right = 12.0, top = 28.0, bottom = 36.0
        let plotW = width - left - right, plotH = height - top - bottom
        let step = plotW / Double(periods.count)
        let barW = max(2, step * 0.7)
        func y(_ g: Double) -> Double { top + plotH / 2 - g / 10 * (plotH / 2) }
        var out = "<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Goldstein per period\">"
        // Axes and grid: −10, −5, 0, +5, +10.
        for g in [-10.0, -5, 0, 5, 10] {
            out += "<line x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(y(g))\" y2=\"\(y(g))\" stroke=\"\(g == 0 ? "#888" : "#e5e5e5")\"/>"
            out += "<text x=\"\(left - 6)\" y=\"\(y(g) + 4)\" font-size=\"11\" text-anchor=\"end\" fill=\"#666\">\(g > 0 ? "+" : "")\(Int(g))</text>"
        }
        let labelEvery = max(1, periods.count / 12)
        var byPeriod: [CalendarDate: [DyadEvent]] = [:]
        for e in t.events { byPeriod[t.granularity.start(of: e.date), default: []].append(e) }
        for (i, p) in periods.enumerated() {
            let x = left + Double(i) * step + (step - barW) / 2
            if let mean = p.combined.goldsteinMean {
                // Cooperation (green, up) and conflict (red, down), each its share of the period's mean; a dot for the mean.
                let events = byPeriod[p.start] ?? []
                let n = Double(max(1, events.count))
                let coop = events.filter { $0.goldstein > 0 }.reduce(0) { $0 + $1.goldstein } / n
                let conflict = events.filter { $0.goldstein < 0 }.reduce(0) { $0 + $1.goldstein } / n
                let tip = "\(p.start): \(p.combined.events) events, mean Goldstein \(RegimeShift.signed(mean)) (cooperation \(RegimeShift.signed(coop)), conflict \(RegimeShift.signed(conflict))); quad classes \(p.combined.quadClasses.map(String.init).joined(separator: "/"))"
                out += "<g class=\"period\"><title>\(HTML.escape(tip))</title>"
                if coop > 0 {
                    out += "<rect class=\"bar coop\" x=\"\(r(x))\" y=\"\(r(y(coop)))\" width=\"\(r(barW))\" height=\"\(r(max(1, y(0) - y(coop))))\" fill=\"#1b7f4b\"/>"
                }
                if conflict < 0 {
                    out += "<rect class=\"bar conf\" x=\"\(r(x))\" y=\"\(r(y(0)))\" width=\"\(r(barW))\" height=\"\(r(max(1, y(conflict) - y(0))))\" fill=\"#b3261e\"/>"
                }
                out += "<circle cx=\"\(r(x + barW / 2))\" cy=\"\(r(y(mean)))\" r=\"4\" fill=\"#1d2430\"/></g>"
            }
            if i % labelEvery == 0 {
                let label = t.granularity == .month ? String(p.start.description.prefix(7)) : p.start.description
                out += "<text x=\"\(r(x + barW / 2))\" y=\"\(height - bottom + 16)\" font-size=\"10\" text-anchor=\"middle\" fill=\"#666\">\(label)</text>"
            }
        }
        for s in t.shifts {
            guard let i = periods.firstIndex(where: { $0.start == t.granularity.start(of: s.start) }) else { continue }
            let x = left + Double(i) * step + step / 2
            let color = s.kind == .detente ? "#1b7f4b" : (s.kind == .escalation ? "#b3261e" : "#d4a017")
            out += "<g class=\"changepoint\"><line x1=\"\(r(x))\" x2=\"\(r(x))\" y1=\"\(top - 6)\" y2=\"\(height - bottom)\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"5 4\"/>"
            let anchor = x > width * 0.6 ? "end" : "start"
            out += "<text x=\"\(r(anchor == "end" ? x - 4 : x + 4))\" y=\"\(top - 10)\" font-size=\"12\" text-anchor=\"\(anchor)\" fill=\"\(color)\">\(HTML.escape(s.description))</text><title>\(HTML.escape(s.description))</title></g>"
        }
        return out + "</svg>"
    }

    private static func r(_ v: Double) -> String { String(Int((v * 10).rounded()) / 10) + "." + String(abs(Int((v * 10).rounded())) % 10) }
}
