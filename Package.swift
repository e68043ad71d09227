// swift-tools-version: 6.2
import PackageDescription

/// Compiler settings every atsetl module shares.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

/// A libFuzzer target under `Fuzz/<folder>` that feeds its input to `module` (`make fuzz`).
///
/// A plain build replays saved inputs (`swift run atsetl-fuzz-xml FILE…`); `scripts/fuzz.sh`
/// builds it with `-sanitize=fuzzer,address -D FUZZING` to run libFuzzer.
func fuzzTarget(_ name: String, folder: String, module: String) -> Target {
  .executableTarget(
    name: "atsetl-fuzz-\(name)",
    dependencies: ["AtsetlFuzzSupport", "AtsetlModel", .target(name: module)],
    path: "Fuzz/\(folder)",
    swiftSettings: strictSettings
  )
}

let package = Package(
  name: "atsetl",
  products: [
    .executable(name: "atsetl", targets: ["atsetl"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // libxml2 from the system (Debian: libxml2-dev), seen only by the Extract stage.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    // zlib from the system (Debian: zlib1g-dev), seen only by the Load stage's workbook writer,
    // which deflates sheet fragments itself. Not `CZLib`: ZIPFoundation has a module so named.
    .systemLibrary(
      name: "CZlibDeflate",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    // The values that cross stages: documents, blocks, quantities, facts, diagnostics.
    .target(name: "AtsetlModel", swiftSettings: strictSettings),
    // Stage 1 — Extract: files → documents (text, XML, HTML).
    .target(
      name: "AtsetlExtract",
      dependencies: ["AtsetlModel", "CLibXML2"],
      swiftSettings: strictSettings
    ),
    // Stage 2 — Transform: documents → facts (the Norwegian number grammar).
    .target(
      name: "AtsetlTransform",
      dependencies: ["AtsetlModel", .product(name: "Crypto", package: "swift-crypto")],
      swiftSettings: strictSettings
    ),
    // Stage 3 — Load: facts → files (CSV, JSON, …), streamed and published atomically.
    .target(
      name: "AtsetlLoad",
      dependencies: ["AtsetlModel", "CZlibDeflate"],
      swiftSettings: strictSettings
    ),
    // The nightly job: pipeline.json, discovery, lock, incremental state, the run.
    .target(
      name: "AtsetlPipeline",
      dependencies: [
        "AtsetlModel", "AtsetlExtract", "AtsetlTransform", "AtsetlLoad",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      swiftSettings: strictSettings
    ),
    // The thin command-line front: flags, logging bootstrap, exit status.
    .executableTarget(
      name: "atsetl",
      dependencies: [
        "AtsetlPipeline", "AtsetlTransform", "AtsetlExtract", "AtsetlModel", "AtsetlLoad",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings
    ),
    // `make bench`: the number grammar alone over report prose.
    .executableTarget(
      name: "atsetl-grammar-bench",
      dependencies: ["AtsetlTransform", "AtsetlModel"],
      path: "Benchmarks/GrammarBenchmark",
      swiftSettings: strictSettings
    ),
    // `make bench`: writes the deterministic text corpus and large XML export it measures.
    .executableTarget(
      name: "atsetl-corpus",
      path: "Benchmarks/CorpusGenerator",
      swiftSettings: strictSettings
    ),
    // `make fuzz`: libFuzzer targets for the number grammar and the three readers.
    // CLibFuzzer declares libFuzzer's driver; -sanitize=fuzzer (scripts/fuzz.sh) links it.
    .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
    .target(
      name: "AtsetlFuzzSupport",
      dependencies: ["CLibFuzzer", "AtsetlModel", "AtsetlExtract", "AtsetlTransform"],
      path: "Fuzz/Support",
      swiftSettings: strictSettings
    ),
    fuzzTarget("grammar", folder: "Grammar", module: "AtsetlTransform"),
    fuzzTarget("text", folder: "TextReader", module: "AtsetlExtract"),
    fuzzTarget("xml", folder: "XMLReader", module: "AtsetlExtract"),
    fuzzTarget("html", folder: "HTMLReader", module: "AtsetlExtract"),
    .testTarget(name: "AtsetlModelTests", dependencies: ["AtsetlModel"], swiftSettings: strictSettings),
    .testTarget(
      name: "AtsetlExtractTests",
      dependencies: ["AtsetlExtract", "AtsetlModel"],
      exclude: ["Fixtures"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AtsetlTransformTests",
      dependencies: [
        "AtsetlTransform", "AtsetlModel",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AtsetlLoadTests",
      // CLibXML2 only to check that written spreadsheet parts are well-formed XML.
      dependencies: [
        "AtsetlLoad", "AtsetlModel", "CLibXML2",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AtsetlPipelineTests",
      dependencies: [
        "AtsetlPipeline", "AtsetlExtract", "AtsetlTransform", "AtsetlLoad", "AtsetlModel",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Golden"],
      swiftSettings: strictSettings
    ),
    // Replays every fuzz seed and every saved finding (Fuzz/Corpus, Fuzz/Regressions).
    .testTarget(
      name: "AtsetlFuzzRegressionTests",
      dependencies: ["AtsetlFuzzSupport", "AtsetlExtract", "AtsetlModel"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AtsetlCLITests",
      dependencies: ["atsetl"],
      swiftSettings: strictSettings
    ),
  ]
)
