// swift-tools-version: 6.2
import PackageDescription

/// Compiler settings every atsetl module shares.
let strictSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

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
      dependencies: ["AtsetlModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
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
      dependencies: ["AtsetlTransform"],
      path: "Benchmarks/GrammarBenchmark",
      swiftSettings: strictSettings
    ),
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
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AtsetlPipelineTests",
      dependencies: ["AtsetlPipeline", "AtsetlExtract", "AtsetlTransform", "AtsetlLoad", "AtsetlModel"],
      exclude: ["Golden"],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "AtsetlCLITests",
      dependencies: ["atsetl"],
      swiftSettings: strictSettings
    ),
  ]
)
