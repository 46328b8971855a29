import DetenteCore
import FuzzDriver

/// One input line of `detente code`: the record parser, then (for a valid record) the pipeline and the output line.
enum Target {
    static let pipeline: Pipeline = {
        do { return try Pipeline.builtIn() } catch { fatalError("built-in dictionaries: \(error)") }
    }()
}

runFuzzer { data, size in
    let line = String(decoding: fuzzInput(data, size), as: UTF8.self)
    if case .success(let input) = JSONLRecord.parse(line, defaultID: "1") {
        _ = DocumentJSON.record(Target.pipeline.analyze(input), annotations: true)
    }
    return 0
}
