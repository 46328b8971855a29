// swift-tools-version: 6.1
// libFuzzer targets for Détente, kept out of the main package (they only build with the fuzzer
// runtime). Build and run them with `Scripts/fuzz.sh [TARGET] [SECONDS]`, which passes
// `-sanitize=fuzzer,address` to every module so that DetenteCore and DetenteIngest are
// instrumented too.
import PackageDescription

let package = Package(
    name: "DetenteFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Detente", path: "..")],
    targets: [
        // libFuzzer's driver, called from each target's own `main`.
        .target(name: "FuzzDriver", path: "Sources/FuzzDriver"),
        // Raw text → the whole pipeline → the JSON of `detente analyze --format json`.
        .executableTarget(name: "fuzz-text", dependencies: ["FuzzDriver", .product(name: "DetenteCore", package: "Detente")],
                          path: "Sources/FuzzText"),
        // One `detente code` input line → record parser → pipeline → output line.
        .executableTarget(name: "fuzz-record", dependencies: ["FuzzDriver", .product(name: "DetenteCore", package: "Detente")],
                          path: "Sources/FuzzRecord"),
        // HTML pages and RSS/Atom feeds through libxml2 and the extractors of `detente ingest`.
        .executableTarget(name: "fuzz-readers", dependencies: ["FuzzDriver", .product(name: "DetenteIngest", package: "Detente")],
                          path: "Sources/FuzzReaders"),
        // Every dictionary loader: the built-in TSV formats, PETRARCH's verb, actor, agent and
        // discard files, and PETRARCH validation records.
        .executableTarget(name: "fuzz-dictionaries", dependencies: ["FuzzDriver", .product(name: "DetenteCore", package: "Detente")],
                          path: "Sources/FuzzDictionaries"),
    ],
    swiftLanguageModes: [.v6]
)
