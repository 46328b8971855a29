public import DetenteCore

/// The `detente code` transformation of one input line into one output line, separate from
/// the streams so that it can be tested and run on many threads.
public struct CodeFilter: Sendable {
    public let pipeline: Pipeline
    public var annotations: Bool
    /// `--date`: the publication date for records without one (or for all, with `overrideDate`).
    public var date: CalendarDate?
    public var overrideDate: Bool
    /// The longest article text coded (`--max-article-bytes`); a longer one gives an error line.
    public var limits: InputLimits

    public init(pipeline: Pipeline, annotations: Bool = false, date: CalendarDate? = nil, overrideDate: Bool = false,
                limits: InputLimits = .default) {
        self.pipeline = pipeline
        self.annotations = annotations
        self.date = date
        self.overrideDate = overrideDate
        self.limits = limits
    }

    /// The output line for a line the reader could not hand over (not UTF-8, too long).
    public func problem(_ message: String, number: Int) -> String {
        DocumentJSON.lineError(line: number, id: nil, message: message)
    }

    /// The output line for input line `number` (1-based).
    public func process(_ line: String, number: Int) -> String {
        if line.allSatisfy(\.isWhitespace) {
            return DocumentJSON.lineError(line: number, id: nil, message: "empty line: expected a JSON object with \"text\"")
        }
        switch JSONLRecord.parse(line, defaultID: String(number), date: date, overrideDate: overrideDate) {
        case .failure(let failure):
            return DocumentJSON.lineError(line: number, id: nil, message: failure.message)
        case .success(let input):
            if let problem = limits.articleProblem(input.text) {
                return DocumentJSON.lineError(line: number, id: input.metadata.id, message: problem)
            }
            return DocumentJSON.record(pipeline.analyze(input), annotations: annotations)
        }
    }
}
