// swift-tools-version:6.1
import Foundation
import PackageDescription

// A release build on Linux links the Swift runtime and Foundation into the binary: the dynamic
// loader binding their symbols was half of every command's start-up (Benchmarks/README.md,
// "Start-up"). Modules are compiled for it too, so they name the static libraries they need.
// The executable is also position-dependent and exports no symbols (the static stdlib asks for
// `-export-dynamic`): the loader then has no 117,000 relative relocations to apply and no 20,000
// exported names to search, a third of `--version`'s time. Nothing loads plug-ins into trainer.
//
// libxml2 (under FoundationXML, with the ICU, lzma and zlib it needs) and the C++ runtime are linked
// in as well, through the linker scripts in Sources/trainer/StaticLinking, which name Debian's
// static archives and are found before the shared libraries: loading and binding those shared
// libraries was a fifth of a start (Benchmarks/README.md, "Start-up, third round"). Where the
// archives are missing the build links the shared libraries as before.
let staticArchives = ["/usr/lib/x86_64-linux-gnu/libxml2.a", "/usr/lib/x86_64-linux-gnu/libicuuc.a",
                      "/usr/lib/x86_64-linux-gnu/libicudata.a", "/usr/lib/x86_64-linux-gnu/liblzma.a",
                      "/usr/lib/x86_64-linux-gnu/libz.a", "/usr/lib/gcc/x86_64-linux-gnu/12/libstdc++.a"]
let linksArchives = staticArchives.allSatisfy { FileManager.default.fileExists(atPath: $0) }
let staticRuntime = LinkerSetting.unsafeFlags(
    ["-static-stdlib", "-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"]
        + (linksArchives ? ["-L", Context.packageDirectory + "/Sources/trainer/StaticLinking"] : []),
    .when(platforms: [.linux], configuration: .release))

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "trainer",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "trainer", targets: ["trainer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        // The domain: values in, values out. No SQLite, no terminal, no file system.
        .target(name: "TrainerCore", swiftSettings: strict),
        // Reads and validates Curriculum/ and QuestionBanks/ into the core model.
        .target(
            name: "TrainerContent",
            dependencies: [
                "TrainerCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        // GRDB: schema, migrations, records, the queries behind every report.
        .target(
            name: "TrainerStore",
            dependencies: [
                "TrainerCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // The sqlite3 C functions, for the record streams that read columns by index (Records/ColumnRow.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        // The command table shared by the REPL and one-shot subcommands, rendering, line editing.
        .target(
            name: "TrainerCLI",
            dependencies: [
                "TrainerCore", "TrainerContent", "TrainerStore", "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: strict),
        .executableTarget(name: "trainer", dependencies: ["TrainerCLI"], exclude: ["StaticLinking"], swiftSettings: strict,
                          linkerSettings: [staticRuntime]),

        // `swift run -c release trainer-benchmarks`: in-process timings (see Benchmarks/README.md).
        .executableTarget(
            name: "trainer-benchmarks",
            dependencies: ["TrainerCore", "TrainerContent", "TrainerStore", "TrainerCLI", "TrainerScale", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/TrainerBenchmarks",
            swiftSettings: strict, linkerSettings: [staticRuntime]),
        // The scale generator: a synthetic organisation's history written through the schema in bulk
        // (`trainer-benchmarks generate`), shared by the benchmarks and the scale tests.
        .target(
            name: "TrainerScale",
            dependencies: ["TrainerCore", "TrainerContent", "TrainerStore", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Benchmarks/TrainerScale",
            swiftSettings: strict),

        .target(
            name: "TrainerTestSupport",
            dependencies: ["TrainerCore", "TrainerStore", "TrainerContent", "TrainerCLI"],
            path: "Tests/TrainerTestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "TrainerCoreTests",
            dependencies: [
                "TrainerCore", "TrainerTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "TrainerContentTests",
            // Yams: the oracle that trainer's YAML composer is held to (YAMLComposerTests).
            dependencies: ["TrainerContent", "TrainerTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                           .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(name: "TrainerStoreTests", dependencies: ["TrainerStore", "TrainerTestSupport", .product(name: "GRDB", package: "GRDB.swift")], swiftSettings: strict),
        .testTarget(
            name: "TrainerCLITests",
            // Mustache: the oracle the sheet's writers are held to (SheetTextTests).
            dependencies: ["TrainerCLI", "TrainerCore", "TrainerContent", "TrainerStore", "TrainerTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "ScaleTests",
            dependencies: ["TrainerScale", "TrainerTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["TrainerTestSupport"], exclude: ["Golden"], swiftSettings: strict),
    ]
)
