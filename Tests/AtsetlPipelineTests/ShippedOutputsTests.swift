import AtsetlLoad
import AtsetlPipeline
import Foundation
import FoundationXML
import Logging
import Testing
import ZIPFoundation

/// The nightly job on the shipped `pipeline.json` and `input/`: every output file compared
/// byte for byte with its golden copy in `Golden/outputs/` (`run.json` aside: it holds times).
/// `facts.xlsx` is compared part by part (`Golden/outputs/facts.xlsx/<part>`), so that a
/// difference shows as readable XML. `ATSETL_RECORD=1 swift test` rewrites the golden files.
@Suite(.serialized) struct ShippedOutputsTests {
  static let goldenFolder = packageRoot.appendingPathComponent("Tests/AtsetlPipelineTests/Golden/outputs")
  static var recording: Bool { ProcessInfo.processInfo.environment["ATSETL_RECORD"] == "1" }

  /// Runs the shipped config in a copy of the package's input/ and returns the output folder.
  static func runShippedJob() async throws -> (folder: URL, output: URL) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-shipped-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("input"), to: folder.appendingPathComponent("input"))
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("pipeline.json"),
      to: folder.appendingPathComponent("pipeline.json"))
    let config = try PipelineConfig.load(from: folder.appendingPathComponent("pipeline.json"))
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    _ = try await Pipeline(config: config, logger: logger)
      .run(RunOptions(full: true, jobs: 2, configHash: "golden"))
    return (folder, folder.appendingPathComponent("output"))
  }

  @Test func everyOutputMatchesItsGoldenFile() async throws {
    let (folder, output) = try await Self.runShippedJob()
    defer { try? FileManager.default.removeItem(at: folder) }
    let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
      .filter { !$0.hasPrefix(".") && $0 != "run.json" }.sorted()
    #expect(names == [
      "datapackage.json", "documents.csv", "facts-excel.csv", "facts.csv", "facts.json",
      "facts.xlsx", "review.html", "series.csv",
    ])
    for name in names {
      let file = output.appendingPathComponent(name)
      if name.hasSuffix(".xlsx") {
        let archive = try Archive(url: file, accessMode: .read)
        let parts = archive.map(\.path).sorted()
        let goldenParts = Self.recording ? parts : try Self.files(under: Self.goldenFolder.appendingPathComponent(name))
        #expect(parts == goldenParts, "\(name): parts")
        for entry in archive {
          var data = Data()
          _ = try archive.extract(entry) { data.append($0) }
          try Self.compare(data, golden: "\(name)/\(entry.path)")
        }
      } else {
        try Self.compare(Data(contentsOf: file), golden: name)
      }
    }
  }

  @Test func reviewPageParsesAndHoldsEveryFact() async throws {
    let (folder, output) = try await Self.runShippedJob()
    defer { try? FileManager.default.removeItem(at: folder) }
    let facts = try #require(
      JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("facts.json")))
        as? [[String: Any]])
    let ids = Set(facts.compactMap { $0["id"] as? String })
    #expect(ids.count > 100)
    let collector = IDCollector()
    let parser = XMLParser(data: try Data(contentsOf: output.appendingPathComponent("review.html")))
    parser.delegate = collector
    #expect(parser.parse(), "review.html is not well-formed: \(String(describing: parser.parserError))")
    #expect(Set(collector.markIDs) == Set(ids.map { "f-\($0)" }))
    #expect(collector.elementNames.isDisjoint(with: ["script", "link", "img", "iframe"]))
    // One chart per metric, each point linked to a fact on the page.
    let config = try PipelineConfig.load(from: folder.appendingPathComponent("pipeline.json"))
    #expect(collector.figureIDs == config.metrics.map { "m-\($0.id)" })
    #expect(!collector.chartLinks.isEmpty)
    for link in collector.chartLinks { #expect(collector.markIDs.contains(String(link.dropFirst()))) }
  }

  /// Compares `data` with the golden file at `relativePath` (or records it).
  static func compare(_ data: Data, golden relativePath: String) throws {
    let url = goldenFolder.appendingPathComponent(relativePath)
    if recording {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
      return
    }
    let expected = try Data(contentsOf: url)
    guard data != expected else { return }
    let actualLines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(actualLines.count, expectedLines.count)
    Issue.record(
      """
      \(relativePath) differs from its golden file at line \(line + 1):
        got:    \(line < actualLines.count ? String(actualLines[line].prefix(300)) : "<end>")
        golden: \(line < expectedLines.count ? String(expectedLines[line].prefix(300)) : "<end>")
      (ATSETL_RECORD=1 swift test rewrites the golden files after an intended change)
      """)
  }

  /// Every file below `folder`, as paths relative to it, sorted.
  static func files(under folder: URL) throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    var paths: [String] = []
    while let path = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
      if exists, !isDirectory.boolValue { paths.append(path) }
    }
    return paths.sorted()
  }
}

/// Collects what the review page tests look at: mark ids, figure ids, chart links, names.
private final class IDCollector: NSObject, XMLParserDelegate {
  var markIDs: [String] = []
  var figureIDs: [String] = []
  var chartLinks: [String] = []
  var elementNames: Set<String> = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elementNames.insert(elementName)
    switch elementName {
    case "mark": if let id = attributes["id"] { markIDs.append(id) }
    case "figure": if let id = attributes["id"] { figureIDs.append(id) }
    case "a": if let href = attributes["href"], href.hasPrefix("#f-") { chartLinks.append(href) }
    default: break
    }
  }
}
