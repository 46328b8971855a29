import Testing
@testable import DetenteCore

@Suite("Dyad timelines and change points")
struct TimelineTests {
    func day(_ s: String) -> CalendarDate { CalendarDate(iso: s) ?? CalendarDate(year: 2000, month: 1, day: 1)! }

    func event(_ s: String, _ t: String, _ g: Double, _ d: String, quad: Int = 3) -> DyadEvent {
        DyadEvent(source: s, target: t, code: "000", quadClass: quad, goldstein: g, date: day(d))
    }

    @Test("The seed: hostility through 2025, a détente from the 2026-01-07 call")
    func seed() throws {
        let text = try #require(Fixtures.shared("seed/trump-petro-detente.txt"))
        let document = Fixtures.analyze(text)
        let timeline = DyadTimeline(events: document.events.compactMap(DyadEvent.init), a: "USA", b: "COL", by: .month)
        let detente = try #require(timeline.shifts.first { $0.kind == .detente })
        #expect(detente.start == day("2026-01-07"))
        #expect(detente.before < -2 && detente.after > 0)
        #expect(timeline.periods.first?.start == day("2025-01-01"))
        #expect(timeline.periods.filter { $0.start.year == 2025 }.allSatisfy { ($0.combined.goldsteinMean ?? -1) < 0 })
        #expect(detente.description.hasPrefix("détente from 2026-01-07: mean Goldstein −"))
    }

    @Test("Periods count both directions, quad classes and Goldstein; empty periods are kept")
    func periods() {
        let events = [event("USAGOV", "MEX", -5, "2025-01-10", quad: 3), event("MEX", "USA", 3, "2025-01-20", quad: 1),
                      event("USA", "MEXGOV", 1, "2025-03-02", quad: 1), event("USA", "CHN", -9, "2025-02-01")]
        let t = DyadTimeline(events: events, a: "USA", b: "MEX", by: .month)
        #expect(t.periods.map(\.start) == [day("2025-01-01"), day("2025-02-01"), day("2025-03-01")])
        #expect(t.periods[0].forward.events == 1 && t.periods[0].backward.events == 1)
        #expect(t.periods[0].combined.quadClasses == [1, 0, 1, 0] && t.periods[0].combined.goldsteinSum == -2)
        #expect(t.periods[1].combined.events == 0 && t.periods[1].combined.goldsteinMean == nil)
        let weeks = DyadTimeline(events: events, a: "MEX", b: "USA", by: .week)
        #expect(weeks.periods.first?.start == day("2025-01-06"))  // a Monday
        #expect(weeks.periods.first?.forward.events == 0 && weeks.periods.first?.backward.events == 1)
    }

    @Test("A steady series has no change point; a clear fall is an escalation")
    func changePoints() {
        let steady = (1...20).map { event("A", "B", $0 % 2 == 0 ? 1 : -1, "2025-01-\(String(format2: $0))") }
        #expect(DyadTimeline(events: steady, a: "A", b: "B").shifts.isEmpty)
        let falling = (1...10).map { event("A", "B", $0 % 2 == 0 ? 3 : 2, "2025-01-\(String(format2: $0))") }
            + (11...20).map { event("A", "B", $0 % 2 == 0 ? -6 : -7, "2025-01-\(String(format2: $0))") }
        let shifts = DyadTimeline(events: falling, a: "A", b: "B").shifts
        #expect(shifts.count == 1)
        #expect(shifts.first?.kind == .escalation && shifts.first?.start == day("2025-01-11"))
        #expect(DyadTimeline(events: [], a: "A", b: "B").periods.isEmpty)
    }

    @Test("Timeline dates: days and months are placed, coarser values are not")
    func dates() {
        #expect(DyadEvent.timelineDate("2025-10") == day("2025-10-01"))
        #expect(DyadEvent.timelineDate("2025-10-07") == day("2025-10-07"))
        #expect(DyadEvent.timelineDate("2025") == nil && DyadEvent.timelineDate("2025-W06") == nil && DyadEvent.timelineDate("2025-Q3") == nil)
        #expect(DyadEvent.party("IGOUNOWHO") == "IGOUNO" && DyadEvent.party("COLGOV") == "COL")
    }
}

extension String {
    init(format2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
}
