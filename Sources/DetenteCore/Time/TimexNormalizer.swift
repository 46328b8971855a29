/// Turns a recognised meaning into a TimeML value, anchored on the publication date by news
/// convention: a bare weekday is the most recent such day (the publication day included), a bare
/// month or day the most recent not after publication, unless the clause points forward.
struct TimexNormalizer: Sendable {
    /// The value, or nil when the meaning cannot be resolved (no anchor).
    func value(_ meaning: TimexMeaning, anchor dct: CalendarDate?, narrative: CalendarDate?, direction: TemporalDirection) -> String? {
        switch meaning {
        case .absolute(let y, let m, let d):
            return format(y, m, d)
        case .reference(let ref), .recurrence(let ref):
            return ref
        case .duration(let count, let unit):
            return Self.duration(count, unit)
        case .decade(let d):
            return String(d)
        case .century(let c):
            return pad(c, 2)
        default:
            break
        }
        guard let dct else { return unresolved(meaning) }
        switch meaning {
        case .monthDay(let m, let d, let relative):
            var year = dct.year
            let candidate = (m, d)
            let beforeOrOn = candidate <= (dct.month, dct.day)
            switch relative ?? (direction == .future ? 1 : 0) {
            case -1: year = candidate < (dct.month, dct.day) ? dct.year : dct.year - 1
            case 1: year = beforeOrOn && candidate != (dct.month, dct.day) ? dct.year + 1 : dct.year
            default: year = beforeOrOn ? dct.year : dct.year - 1
            }
            guard CalendarDate(year: year, month: m, day: d) != nil else { return nil }
            return format(year, m, d)
        case .month(let m, let relative):
            let year: Int
            if relative == -1 {
                year = m < dct.month ? dct.year : dct.year - 1
            } else if relative == 0 {
                year = dct.year
            } else if relative == 1 {
                year = m > dct.month ? dct.year : dct.year + 1
            } else if direction == .future {
                year = m >= dct.month ? dct.year : dct.year + 1
            } else if direction == .present {
                // The nearer of this year's and the neighbouring year's month.
                let ahead = (m - dct.month + 12) % 12, back = (dct.month - m + 12) % 12
                year = ahead < back ? (m >= dct.month ? dct.year : dct.year + 1) : (m <= dct.month ? dct.year : dct.year - 1)
            } else {
                year = m <= dct.month ? dct.year : dct.year - 1
            }
            return format(year, m, nil)
        case .weekday(let w, let relative, let part):
            let back = (dct.weekday - w + 7) % 7, ahead = (w - dct.weekday + 7) % 7
            let offset: Int
            if relative == -1 {
                offset = -(back == 0 ? 7 : back)
            } else if relative == 1 {
                offset = ahead == 0 ? 7 : ahead
            } else {
                offset = direction == .future ? ahead : -back
            }
            guard let day = dct.adding(days: offset) else { return nil }
            return day.description + (part.map { "T" + $0 } ?? "")
        case .deixis(let offset, let part):
            guard let day = dct.adding(days: offset) else { return nil }
            return day.description + (part.map { "T" + $0 } ?? "")
        case .unitRelative(let unit, let offset):
            return shift(dct, unit: unit, by: offset, granularity: unit)
        case .ago(let count, let unit):
            guard let count else { return "PAST_REF" }
            return shift(dct, unit: unit, by: -count, granularity: unit)
        case .shifted(let count, let unit, let sign):
            guard let narrative else { return nil }
            return shift(narrative, unit: unit, by: sign * count, granularity: unit == "W" ? "D" : unit)
        case .season(let season, let year, let relative):
            if let year { return "\(pad(year, 4))-\(season)" }
            let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][season] ?? 1
            let begun = dct.month >= start
            switch relative ?? (direction == .future ? 1 : (direction == .past ? -1 : 0)) {
            case -1: return "\(pad(begun && dct.month >= start + 3 ? dct.year : dct.year - 1, 4))-\(season)"
            case 1: return "\(pad(begun ? dct.year + 1 : dct.year, 4))-\(season)"
            default: return "\(pad(dct.year, 4))-\(season)"
            }
        case .quarter(let q, let year, let relative):
            if let year { return "\(pad(year, 4))-Q\(q)" }
            let current = (dct.month - 1) / 3 + 1
            let y: Int
            switch relative ?? (direction == .future ? 1 : 0) {
            case -1: y = q < current ? dct.year : dct.year - 1
            case 1: y = q > current ? dct.year : dct.year + 1
            default: y = q <= current || direction != .past ? dct.year : dct.year - 1
            }
            return "\(pad(y, 4))-Q\(q)"
        default:
            return nil
        }
    }

    /// A date moved by whole units, written at the unit's granularity.
    private func shift(_ date: CalendarDate, unit: String, by n: Int, granularity: String) -> String? {
        switch unit {
        case "D":
            return date.adding(days: n)?.description
        case "W", "WE":
            guard let moved = date.adding(days: 7 * n) else { return nil }
            if granularity == "D" { return moved.description }
            let week = moved.isoWeek
            return "\(pad(week.year, 4))-W\(pad(week.week, 2))" + (unit == "WE" ? "-WE" : "")
        case "2W":
            return date.adding(days: 14 * n)?.description
        case "M":
            let (y, m) = date.month(adding: n)
            if granularity == "D" { return CalendarDate(year: y, month: m, day: min(date.day, CalendarDate.daysIn(month: m, year: y)))?.description }
            return format(y, m, nil)
        case "Q":
            let (y, m) = date.month(adding: 3 * n)
            return "\(pad(y, 4))-Q\((m - 1) / 3 + 1)"
        case "Y":
            if granularity == "D" { return CalendarDate(year: date.year + n, month: date.month, day: min(date.day, CalendarDate.daysIn(month: date.month, year: date.year + n)))?.description }
            return pad(date.year + n, 4)
        case "DE":
            return String((date.year + 10 * n) / 10)
        case "CE":
            return pad((date.year + 100 * n) / 100, 2)
        default:
            return nil
        }
    }

    private func unresolved(_ meaning: TimexMeaning) -> String? {
        switch meaning {
        case .monthDay(let m, let d, _): return "XXXX-\(pad(m, 2))-\(pad(d, 2))"
        case .month(let m, _): return "XXXX-\(pad(m, 2))"
        case .weekday(let w, _, _): return "XXXX-WXX-\(w)"
        case .season(let s, _, _): return "XXXX-\(s)"
        default: return nil
        }
    }

    static func duration(_ count: String, _ unit: String) -> String {
        switch unit {
        case "H", "MIN", "S": return "PT\(count)\(unit == "MIN" ? "M" : unit)"
        case "DE": return count == "X" ? "PXDE" : "P\((Int(count) ?? 1) * 10)Y"
        case "CE": return count == "X" ? "PXCE" : "P\((Int(count) ?? 1) * 100)Y"
        case "WE": return "P\(count)WE"
        case "2W": return "P\(count == "X" ? "X" : String((Int(count) ?? 1) * 2))W"
        case "Q": return "P\(count)Q"
        default: return "P\(count)\(unit)"
        }
    }

    private func format(_ y: Int, _ m: Int?, _ d: Int?) -> String {
        var text = pad(y, 4)
        if let m { text += "-" + pad(m, 2) }
        if let d { text += "-" + pad(d, 2) }
        return text
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
