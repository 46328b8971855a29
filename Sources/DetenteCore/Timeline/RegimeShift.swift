/// A turn in a relationship between two segments of its Goldstein series: a rise of at least
/// `threshold` is a détente, a fall an escalation; smaller moves are a shift.
public struct RegimeShift: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case detente = "détente", escalation, shift
    }

    public var kind: Kind
    /// The first day of the new regime (its first event).
    public var start: CalendarDate
    public var before: Double
    public var after: Double
    public var eventsBefore: Int
    public var eventsAfter: Int

    /// "détente from 2026-01-07: mean Goldstein −2.9 → +0.2"
    public var description: String {
        "\(kind.rawValue) from \(start): mean Goldstein \(Self.signed(before)) → \(Self.signed(after))"
    }

    /// "+1.6", "−5.1" (a true minus sign), "0.0".
    public static func signed(_ v: Double) -> String {
        let text = String(format1: abs(v))
        let tenths = Int((abs(v) * 10).rounded())
        return tenths == 0 ? text : (v > 0 ? "+" : "−") + text
    }

    /// The shifts between consecutive segments.
    public static func name(_ segments: [ChangePointDetector.Segment], threshold: Double = 2.0) -> [RegimeShift] {
        zip(segments, segments.dropFirst()).map { old, new in
            let delta = new.mean - old.mean
            let kind: Kind = delta >= threshold ? .detente : (delta <= -threshold ? .escalation : .shift)
            return RegimeShift(kind: kind, start: new.start, before: old.mean, after: new.mean, eventsBefore: old.events, eventsAfter: new.events)
        }
    }
}

public extension String {
    /// One decimal, without Foundation's formatter: 1.25 → "1.3", -5 → "-5.0".
    init(format1 v: Double) {
        let tenths = Int((abs(v) * 10).rounded())
        self = (v < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)"
    }
}
