import Foundation

/// Finds where the mean of a Goldstein series shifts: penalised least-squares segmentation
/// (optimal partitioning, the exact dynamic programme that PELT speeds up), over the events in
/// date order.
///
/// - cost of a segment: the sum of squared deviations from its mean;
/// - penalty per change point: `penaltyFactor × σ² × ln n`, a BIC-style penalty with σ² the
///   variance of the whole series (which a real shift inflates, so the test is conservative);
/// - a change point falls only between two different days, and every segment holds at least
///   `minimumEvents` events, so one loud day cannot make a regime of its own.
///
/// The cost is O(n²) in the number of events, fine for the thousands of events of one dyad.
public struct ChangePointDetector: Sendable {
    public var penaltyFactor: Double
    public var minimumEvents: Int

    public init(penaltyFactor: Double = 1.0, minimumEvents: Int = 3) {
        self.penaltyFactor = penaltyFactor
        self.minimumEvents = minimumEvents
    }

    /// One stretch of the series with a constant mean.
    public struct Segment: Sendable, Hashable, Codable {
        public var start: CalendarDate
        public var end: CalendarDate
        public var events: Int
        public var mean: Double
    }

    /// The segments of `series` (date, value), which must be in date order.
    public func segments(_ series: [(CalendarDate, Double)]) -> [Segment] {
        let n = series.count
        guard n > 0 else { return [] }
        var sum = [0.0], squares = [0.0]
        for (_, v) in series { sum.append(sum[sum.count - 1] + v); squares.append(squares[squares.count - 1] + v * v) }
        func cost(_ i: Int, _ j: Int) -> Double {  // values i..<j
            let k = Double(j - i), s = sum[j] - sum[i]
            return (squares[j] - squares[i]) - s * s / k
        }
        let mean = sum[n] / Double(n)
        let variance = max(squares[n] / Double(n) - mean * mean, 1e-9)
        let penalty = penaltyFactor * variance * log(Double(max(n, 2)))
        // best[j]: the least penalised cost of values 0..<j; last[j]: where its last segment starts.
        var best = [Double](repeating: .infinity, count: n + 1)
        var last = [Int](repeating: 0, count: n + 1)
        best[0] = -penalty
        for j in 1...n {
            // A segment may end only at a day boundary (or the series end).
            guard j == n || series[j].0 != series[j - 1].0 else { continue }
            for i in 0..<j where best[i].isFinite {
                guard i == 0 || series[i].0 != series[i - 1].0 else { continue }
                let size = j - i
                guard size >= minimumEvents || (i == 0 && j == n) else { continue }
                let candidate = best[i] + cost(i, j) + penalty
                if candidate < best[j] { best[j] = candidate; last[j] = i }
            }
        }
        guard best[n].isFinite else {
            return [Segment(start: series[0].0, end: series[n - 1].0, events: n, mean: mean)]
        }
        var bounds: [(Int, Int)] = []
        var j = n
        while j > 0 { let i = last[j]; bounds.append((i, j)); j = i }
        return bounds.reversed().map { i, j in
            Segment(start: series[i].0, end: series[j - 1].0, events: j - i, mean: (sum[j] - sum[i]) / Double(j - i))
        }
    }
}
