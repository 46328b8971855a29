import ArgumentParser
import DetenteCore
import DetenteStore

/// `detente dyad A B`: how a relationship moved, period by period, and where it turned.
struct DyadCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    static let configuration = CommandConfiguration(
        commandName: "dyad",
        abstract: "A dyad's timeline from the store: events per quad class and Goldstein per period, and its turning points.",
        discussion: """
        A and B are country or organisation codes (USA, COL, IGOUNO). Change points: a penalised
        mean-shift segmentation of the events' Goldstein scores in date order (penalty σ²·ln n,
        segments of at least 3 events, breaks only between days); a rise of 2 or more is a détente,
        a fall of 2 or more an escalation.
        """
    )

    @Argument(help: "One party (country or organisation code).") var a: String
    @Argument(help: "The other party.") var b: String
    @Option(help: "First day (YYYY-MM-DD).") var from: CalendarDate?
    @Option(help: "Last day (YYYY-MM-DD).") var to: CalendarDate?
    @Option(help: "Period: day, week or month.") var by: Granularity = .month
    @Option(help: "Output format: text, csv or json.") var format: Format = .text
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let eventStore = try store.open()
        let events: [StoredEvent]
        do { events = try await eventStore.events(from: nil, to: nil) } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
        let timeline = DyadTimeline(events: events.compactMap(\.dyadEvent), a: a, b: b, by: by, from: from, to: to)
        let output = StandardOutput()
        switch format {
        case .text: output.writeLine(DyadReport.text(timeline))
        case .csv: output.writeLine(DyadReport.csv(timeline))
        case .json: output.writeLine(DyadReport.json(timeline))
        }
        output.flush()
        if output.failed { throw ExitCode.failure }
    }
}


