/// What a recognised time expression says, before it is anchored to the publication date.
enum TimexMeaning: Sendable, Hashable {
    /// A fully explicit date: 2025, 2025-10, 2025-01-26.
    case absolute(year: Int, month: Int?, day: Int?)
    /// January 26 (year from context); `relative` is -1 / 0 / 1 for last / this / next.
    case monthDay(month: Int, day: Int, relative: Int?)
    case month(Int, relative: Int?)
    case weekday(Int, relative: Int?, partOfDay: String?)
    case season(String, year: Int?, relative: Int?)
    case quarter(Int, year: Int?, relative: Int?)
    /// this week, last month, next year, the past week: unit D W M Y Q DE WE with an offset.
    case unitRelative(unit: String, offset: Int)
    /// yesterday, today, tomorrow, tonight.
    case deixis(Int, partOfDay: String?)
    /// N units ago (count nil: "years ago").
    case ago(count: Int?, unit: String)
    /// N units later / earlier: from the narrative's last explicit date.
    case shifted(count: Int, unit: String, sign: Int)
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    case reference(String)
    /// A duration: count ("2", "X") and unit.
    case duration(count: String, unit: String)
    /// A recurrence: every week (P1W), every Monday (XXXX-WXX-1), every morning (XXXX-XX-XXTMO).
    case recurrence(String)
    /// The 1990s → 199.
    case decade(Int)
    /// The 20th century → 19.
    case century(Int)
}

/// Which way an unanchored date points, read from its clause (tense, modals, future cues).
enum TemporalDirection: Sendable {
    /// Past or perfect verb: the most recent occurrence.
    case past
    /// Future modal or cue: the next occurrence.
    case future
    /// A present-tense verb ("the window closes in June"): the nearest occurrence, either way.
    case present
    case unknown
}
