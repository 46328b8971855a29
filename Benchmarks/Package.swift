// swift-tools-version: 6.1
// Benchmarks for Détente (ordo-one/benchmark), kept out of the main package so that `swift build`,
// `swift test` and CI never build the benchmark library:
//     cd Benchmarks && swift package benchmark
// The bench corpus comes from ../Scripts/make-bench-corpus.py (DETENTE_BENCH_CORPUS, else
// /tmp/detente-bench.jsonl).
import PackageDescription

let package = Package(
    name: "DetenteBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Detente", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Pipeline",
            dependencies: [
                .product(name: "DetenteCore", package: "Detente"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Pipeline",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
