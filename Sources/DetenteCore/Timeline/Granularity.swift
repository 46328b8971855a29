/// The period a dyad timeline counts by.
public enum Granularity: String, Sendable, CaseIterable, Codable {
    case day, week, month

    /// The first day of the period that contains `date` (weeks start on Monday).
    public func start(of date: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return date
        case .week: return date.adding(days: 1 - date.weekday) ?? date
        case .month: return CalendarDate(year: date.year, month: date.month, day: 1) ?? date
        }
    }

    /// The first day of the next period.
    public func next(after start: CalendarDate) -> CalendarDate {
        switch self {
        case .day: return start.adding(days: 1) ?? start
        case .week: return start.adding(days: 7) ?? start
        case .month:
            let (y, m) = start.month(adding: 1)
            return CalendarDate(year: y, month: m, day: 1) ?? start
        }
    }
}
