import Benchmark
import DetenteCore
import Foundation

/// The bench corpus (Scripts/make-bench-corpus.py) as parsed records, with its size.
struct Corpus: Sendable {
    var inputs: [ArticleInput] = []
    var bytes = 0

    static func load() -> Corpus {
        let path = ProcessInfo.processInfo.environment["DETENTE_BENCH_CORPUS"] ?? "/tmp/detente-bench.jsonl"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            fatalError("no bench corpus at \(path): run Scripts/make-bench-corpus.py first")
        }
        var corpus = Corpus()
        for (n, line) in text.split(separator: "\n").enumerated() {
            corpus.bytes += line.utf8.count + 1
            if case .success(let input) = JSONLRecord.parse(line, defaultID: String(n + 1)) { corpus.inputs.append(input) }
        }
        return corpus
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark("Start-up: Pipeline.builtIn()",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Pipeline.builtIn()) }
    }

    Benchmark("Code the bench corpus (1 thread)",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident,
                                             .custom("sentences/s", polarity: .prefersLarger, useScalingFactor: false),
                                             .custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)],
                                   maxDuration: .seconds(60), maxIterations: 3)) { benchmark in
        let pipeline = try Pipeline.builtIn()
        let corpus = Corpus.load()
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        var sentences = 0
        for input in corpus.inputs {
            let document = pipeline.analyze(input)
            sentences += document.sentences.count
            blackHole(DocumentJSON.record(document, annotations: false))
        }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        benchmark.stopMeasurement()
        benchmark.measurement(.custom("sentences/s", polarity: .prefersLarger, useScalingFactor: false), Int(Double(sentences) / seconds))
        benchmark.measurement(.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false), Int(Double(corpus.bytes) / 1000 / seconds))
    }
}
