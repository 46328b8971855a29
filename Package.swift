// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Detente",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "DetenteCore", targets: ["DetenteCore"]),
        .library(name: "DetenteIngest", targets: ["DetenteIngest"]),
        .library(name: "DetenteStore", targets: ["DetenteStore"]),
        .executable(name: "detente", targets: ["detente"]),
    ],
    traits: [
        .trait(name: "PostgreSQL", description: "A PostgreSQL store (postgres-nio) beside the embedded SQLite one: `--db postgres://…`."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The whole coding pipeline: Foundation only, synchronous and pure.
        .target(
            name: "DetenteCore",
            exclude: ["Resources"],
            swiftSettings: swiftSettings,
            plugins: ["EmbedResources"]
        ),
        // libxml2 (HTML and XML parsers), from the system.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // Reading for `detente ingest`: HTML pages, RSS/Atom feeds, folders and URLs → articles.
        .target(name: "DetenteIngest", dependencies: ["DetenteCore", "CLibXML2"], swiftSettings: swiftSettings),
        // The event store: SQLite through GRDB (PostgreSQL behind the `PostgreSQL` trait).
        .target(
            name: "DetenteStore",
            dependencies: [
                "DetenteCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: swiftSettings + [.define("PostgreSQL", .when(traits: ["PostgreSQL"]))]
        ),
        // The HTTP API and the web dashboard (Hummingbird 2).
        .target(
            name: "DetenteServer",
            dependencies: ["DetenteCore", "DetenteStore", "DetenteIngest", .product(name: "Hummingbird", package: "hummingbird")],
            swiftSettings: swiftSettings
        ),
        // Command-line interface as a library, so that its commands are testable.
        .target(
            name: "DetenteCLI",
            dependencies: [
                "DetenteCore", "DetenteIngest", "DetenteStore", "DetenteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings + [.define("PostgreSQL", .when(traits: ["PostgreSQL"]))]
        ),
        .executableTarget(name: "detente", dependencies: ["DetenteCLI"], swiftSettings: swiftSettings),

        // Build-time embedding of the data files in Sources/DetenteCore/Resources, so that the
        // binary needs no file beside it at run time.
        .executableTarget(name: "EmbedResourcesTool", swiftSettings: swiftSettings),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),

        .testTarget(name: "DetenteCoreTests", dependencies: ["DetenteCore"], swiftSettings: swiftSettings),
        .testTarget(name: "DetenteIngestTests", dependencies: ["DetenteIngest", "DetenteCore"], swiftSettings: swiftSettings),
        .testTarget(name: "DetenteStoreTests", dependencies: ["DetenteStore", "DetenteCore"],
                    swiftSettings: swiftSettings + [.define("PostgreSQL", .when(traits: ["PostgreSQL"]))]),
        .testTarget(name: "DetenteServerTests", dependencies: [
            "DetenteServer", "DetenteStore", "DetenteCore", .product(name: "HummingbirdTesting", package: "hummingbird"),
        ], swiftSettings: swiftSettings),
        .testTarget(name: "DetenteCLITests", dependencies: ["DetenteCLI", "DetenteCore", "DetenteStore"], swiftSettings: swiftSettings),
    ],
    swiftLanguageModes: [.v6]
)
