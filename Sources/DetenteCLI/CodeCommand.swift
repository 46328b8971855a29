import ArgumentParser
import DetenteCore
import Foundation

/// `detente code`: JSONL on standard input to JSONL on standard output, one line out per line in.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code JSONL records from standard input; write one JSON line per input line.",
        discussion: """
        Input lines: {"id", "date", "text"} with optional "title", "source", "url".
        Output lines: {"id", "date", "events", "quotes", "errors"}; with --annotations also
        "sentences", "actors" and "times" with code-point offsets into "text".
        A line that is not a valid record (bad JSON, wrong types, an impossible date, not UTF-8, over
        --max-line-bytes) yields {"line": N, "error": "..."}; the rest goes on. Output is flushed
        whenever the input pauses, so the filter answers interactively too.
        """
    )

    @Flag(help: "Add sentences, actors and time expressions with their offsets.")
    var annotations = false

    @Option(help: "Publication date (YYYY-MM-DD) for records without one.")
    var date: CalendarDate?

    @Flag(help: "Let --date override the records' own dates.")
    var overrideDate = false

    @Flag(help: "Also emit one-sided events (a source but no target).")
    var monadic = false

    @Option(help: "A directory of PETRARCH dictionaries (*verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt).")
    var dictionaries: String?

    @Option(help: "Lines coded at once, one per thread (default: the active processor count). Output order is input order.")
    var jobs: Int?

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var pipeline = try PetrarchOption.pipeline(dictionaries)
        pipeline.events.monadic = monadic
        let filter = CodeFilter(pipeline: pipeline, annotations: annotations, date: date, overrideDate: overrideDate, limits: limits.limits)
        let output = StandardOutput()
        var reader = LineReader(descriptor: 0, maxLineBytes: limits.maxLineBytes)
        reader.willWait = output.inputWillWait
        _ = OrderedLines(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount).run(
            read: {
                defer { output.inputArrived() }
                return reader.next()
            },
            transform: { line, _ in
                switch line {
                case .text(let text, let number): filter.process(text, number: number)
                case .problem(let message, let number): filter.problem(message, number: number)
                }
            },
            write: { output.writeLine($0); return !output.failed }
        )
        output.flush()
        if let error = reader.readError {
            StandardError.write("detente: standard input: \(error)")
            throw ExitCode.failure
        }
        if output.failed {
            StandardError.write("detente: cannot write to standard output")
            throw ExitCode.failure
        }
    }
}
