/// A relationship over time: the events between two parties counted per period, in each
/// direction and combined, with the change points of its Goldstein series named.
public struct DyadTimeline: Sendable, Codable {
    /// Counts and Goldstein totals of one direction (or both) in one period.
    public struct Tally: Sendable, Hashable, Codable {
        public var events = 0
        /// Events per quad class: [verbal cooperation, material cooperation, verbal conflict, material conflict].
        public var quadClasses = [0, 0, 0, 0]
        public var goldsteinSum = 0.0
        public var goldsteinMean: Double? { events == 0 ? nil : goldsteinSum / Double(events) }

        mutating func add(_ e: DyadEvent) {
            events += 1
            if (1...4).contains(e.quadClass) { quadClasses[e.quadClass - 1] += 1 }
            goldsteinSum += e.goldstein
        }
    }

    public struct Period: Sendable, Hashable, Codable {
        public var start: CalendarDate
        /// A → B, B → A, and both.
        public var forward = Tally()
        public var backward = Tally()
        public var combined = Tally()
    }

    public var a: String
    public var b: String
    public var granularity: Granularity
    /// Every period from the first event to the last (empty periods included), in order.
    public var periods: [Period]
    /// The events used, in date order.
    public var events: [DyadEvent]
    /// Where the relationship turned.
    public var shifts: [RegimeShift]

    /// Builds the timeline of parties `a` and `b` (country or organisation codes: "USA",
    /// "IGOUNO") from events of any parties, between `from` and `to` inclusive.
    public init(events all: [DyadEvent], a: String, b: String, by granularity: Granularity = .month,
                from: CalendarDate? = nil, to: CalendarDate? = nil, detector: ChangePointDetector = ChangePointDetector()) {
        self.a = a
        self.b = b
        self.granularity = granularity
        let a = a.uppercased(), b = b.uppercased()
        let chosen = all.filter { e in
            let s = DyadEvent.party(e.source), t = DyadEvent.party(e.target)
            return (s == a && t == b || s == b && t == a) && (from.map { e.date >= $0 } ?? true) && (to.map { e.date <= $0 } ?? true)
        }.sorted { ($0.date, $0.code) < ($1.date, $1.code) }
        events = chosen
        var periods: [Period] = []
        if let first = chosen.first, let last = chosen.last {
            var start = granularity.start(of: first.date)
            let end = granularity.start(of: last.date)
            var index: [CalendarDate: Int] = [:]
            while start <= end {
                index[start] = periods.count
                periods.append(Period(start: start))
                start = granularity.next(after: start)
            }
            for e in chosen {
                guard let i = index[granularity.start(of: e.date)] else { continue }
                if DyadEvent.party(e.source) == a { periods[i].forward.add(e) } else { periods[i].backward.add(e) }
                periods[i].combined.add(e)
            }
        }
        self.periods = periods
        shifts = RegimeShift.name(detector.segments(chosen.map { ($0.date, $0.goldstein) }))
    }
}
