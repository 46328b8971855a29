import DetenteCore
import FuzzDriver

/// Any bytes, decoded as `detente analyze` decodes a file, through every stage and the JSON writer.
enum Target {
    static let pipeline: Pipeline = {
        do { return try Pipeline.builtIn() } catch { fatalError("built-in dictionaries: \(error)") }
    }()
}

runFuzzer { data, size in
    let text = String(decoding: fuzzInput(data, size), as: UTF8.self)
    var metadata = ArticleMetadata(id: "fuzz")
    metadata.publicationDate = CalendarDate(iso: "2025-06-15")
    let document = Target.pipeline.analyze(ArticleInput(text: text, metadata: metadata))
    _ = DocumentJSON.record(document, annotations: true)
    return 0
}
