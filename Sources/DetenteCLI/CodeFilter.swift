public import DetenteCore

/// The `detente code` transformation of one input line into one output line, separate from
/// the streams so that it can be tested and run on many threads.
public struct CodeFilter: Sendable {
    public let pipeline: Pipeline
    public var annotations: Bool
    /// `--date`: the publication date for records without one (or for all, with `overrideDate`).
    public var date: CalendarDate?
    public var overrideDate: Bool

    public init(pipeline: Pipeline, annotations: Bool = false, date: CalendarDate? = nil, overrideDate: Bool = false) {
        self.pipeline = pipeline
        self.annotations = annotations
        self.date = date
        self.overrideDate = overrideDate
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
            return DocumentJSON.record(pipeline.analyze(input), annotations: annotations)
        }
    }
}
