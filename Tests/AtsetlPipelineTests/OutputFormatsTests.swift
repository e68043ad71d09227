import AtsetlModel
import AtsetlPipeline
import Foundation
import Logging
import Testing

/// Every output format in one run: CSV in both dialects, JSON, XLSX and the data package.
@Suite struct OutputFormatsTests {
  @Test func everyOutputFormatIsWrittenAndDeterministic() async throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-outputs-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("input"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("input/stavanger-2021.txt"),
      to: folder.appendingPathComponent("input/stavanger-2021.txt"))
    let json = """
      {"version": 1, "name": "test-outputs",
       "sources": [{"format": "text", "paths": ["input/*.txt"]}],
       "outputs": [
         {"format": "csv", "path": "out/facts.csv"},
         {"format": "csv", "path": "out/facts-excel.csv", "dialect": "excel-nb"},
         {"format": "json", "path": "out/facts.json"},
         {"format": "xlsx", "path": "out/facts.xlsx"},
         {"format": "datapackage", "path": "out/datapackage.json"}]}
      """
    let configURL = folder.appendingPathComponent("pipeline.json")
    try Data(json.utf8).write(to: configURL)
    let config = try PipelineConfig.load(from: configURL)
    var logger = Logger(label: "test")
    logger.logLevel = .critical
    let pipeline = Pipeline(config: config, logger: logger)
    _ = try await pipeline.run(RunOptions(full: true, jobs: 1, configHash: "x"))
    let out = folder.appendingPathComponent("out")
    let first = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(first == [
      "datapackage.json", "documents.csv", "facts-excel.csv", "facts.csv", "facts.json",
      "facts.xlsx", "run.json",
    ])
    // The spreadsheet is a zip archive; the data package names every CSV with its dialect.
    let xlsx = try Data(contentsOf: out.appendingPathComponent("facts.xlsx"))
    #expect(xlsx.prefix(2) == Data("PK".utf8))
    let package = try #require(
      JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("datapackage.json")))
        as? [String: Any])
    let resources = try #require(package["resources"] as? [[String: Any]])
    #expect(resources.compactMap { $0["path"] as? String } == ["facts.csv", "facts-excel.csv", "documents.csv"])
    let excel = try #require(resources.first { $0["path"] as? String == "facts-excel.csv" })
    #expect((excel["dialect"] as? [String: Any])?["delimiter"] as? String == ";")
    // A second run gives the same bytes in every facts output.
    let names = ["facts.csv", "facts-excel.csv", "facts.json", "facts.xlsx", "datapackage.json"]
    let before = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
    _ = try await pipeline.run(RunOptions(full: true, jobs: 2, configHash: "x"))
    let after = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
    #expect(before == after)
  }
}
