import ArgumentParser
import DetenteCore
import DetenteStore

/// `detente export`: the store's deduplicated events for pandas, R, GDELT and PLOVER tools.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's events as CSV, JSON lines, GDELT-style TSV or PLOVER JSON records (stdout).",
        discussion: """
        csv: a header and one row per event (id, date, source, target, their parties, code, root, quad
        class, Goldstein, PLOVER type and mode, mentions, articles, evidence). jsonl: one object per
        event with its mentions. gdelt: GDELT 2.0 event columns (GLOBALEVENTID … GoldsteinScale,
        NumMentions, NumSources, NumArticles, AvgTone, SOURCEURL), tab-separated, no header. plover:
        one PLOVER record per line (actor, recipient, event_type, mode, context, date).
        """
    )

    @Option(help: "csv, jsonl, gdelt or plover.") var format: EventExport.Format = .csv
    @Option(help: "First date (YYYY-MM-DD).") var from: CalendarDate?
    @Option(help: "Last date (YYYY-MM-DD).") var to: CalendarDate?
    @OptionGroup var store: StoreOptions

    func run() async throws {
        let events: [StoredEvent]
        do { events = try await store.open().events(from: from?.description, to: to?.description) } catch {
            StandardError.write("detente: \(error)")
            throw ExitCode.failure
        }
        let output = StandardOutput()
        if let header = EventExport.header(format) { output.writeLine(header) }
        for (i, e) in events.enumerated() { output.writeLine(EventExport.line(e, id: i + 1, format: format)) }
        output.flush()
        if output.failed { throw ExitCode.failure }
    }
}


