extension DyadEvent {
    /// The timeline form of a coded event, or nil when it has no target or no placeable date.
    public init?(_ event: Event) {
        guard let target = event.target, let date = DyadEvent.timelineDate(event.date) else { return nil }
        self.init(source: event.source, target: target, code: event.code, quadClass: event.quadClass, goldstein: event.goldstein, date: date)
    }
}
