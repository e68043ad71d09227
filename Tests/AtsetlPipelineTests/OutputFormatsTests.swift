import AtsetlLoad
import AtsetlModel
import Foundation
import Logging
import Testing

@testable import AtsetlPipeline

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
    let pipeline = try quietPipeline(in: folder, config: json)
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

/// An input with more facts than a worker renders ahead is written from its spool by the
/// publisher, between inputs rendered ahead: the outputs are the facts in input order either
/// way, and the same bytes with one job or two.
@Test func inputsRenderedAheadAndFromTheirSpoolsGiveTheSameOutputs() async throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("atsetl-rendered-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: folder) }
  let input = folder.appendingPathComponent("input")
  try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
  for (name, target) in [("stavanger-2017.txt", "a.txt"), ("stavanger-2021.txt", "c.txt")] {
    try FileManager.default.copyItem(
      at: packageRoot.appendingPathComponent("input/\(name)"),
      to: input.appendingPathComponent(target))
  }
  var xml = #"<report municipality="Stavanger" year="2021" title="Årsrapport 2021"><section number="1" title="Tall">"#
  let paragraphs = InputProcessor.renderLimit / 2 + 100
  for index in 0..<paragraphs {
    xml += "<p>I 2020 fikk \(index + 10) personer tilbud, om lag \(index % 90 + 5) prosent flere enn før.</p>"
  }
  xml += "</section></report>"
  try Data(xml.utf8).write(to: input.appendingPathComponent("b.xml"))
  let json = """
    {"version": 1, "name": "rendered",
     "sources": [{"format": "text", "paths": ["input/*.txt"]}, {"format": "xml", "paths": ["input/*.xml"]}],
     "outputs": [
       {"format": "csv", "path": "out/facts.csv"},
       {"format": "csv", "path": "out/facts-excel.csv", "dialect": "excel-nb"},
       {"format": "json", "path": "out/facts.json"},
       {"format": "xlsx", "path": "out/facts.xlsx"}]}
    """
  let pipeline = try quietPipeline(in: folder, config: json)
  let config = pipeline.config
  let out = folder.appendingPathComponent("out")
  let names = ["facts.csv", "facts-excel.csv", "facts.json", "facts.xlsx"]

  // The facts of each input, read on their own, in input order.
  let (files, _) = try pipeline.discoverInputs()
  #expect(files.map(\.path) == ["input/a.txt", "input/b.xml", "input/c.txt"])
  let processor = InputProcessor(config: config)
  let perInput = try files.map { try processor.read($0).facts.all() }
  #expect(perInput[1].count > InputProcessor.renderLimit)
  #expect(perInput[0].count > 0 && perInput[2].count > 0)
  let expected = perInput.flatMap { $0 }

  _ = try await pipeline.run(RunOptions(full: true, jobs: 1, configHash: "x"))
  let one = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
  #expect(try JSONDecoder().decode([Fact].self, from: one[2]) == expected)
  let reference = folder.appendingPathComponent("reference.csv")
  try FactCSVWriter.write(expected, to: reference, dialect: .excelNorwegian)
  #expect(try Data(contentsOf: reference) == one[1])
  _ = try await pipeline.run(RunOptions(full: true, jobs: 2, configHash: "x"))
  let two = try names.map { try Data(contentsOf: out.appendingPathComponent($0)) }
  #expect(one == two)
}

/// A pipeline for `json` saved as `folder/pipeline.json`, logging nothing.
private func quietPipeline(in folder: URL, config json: String) throws -> Pipeline {
  let configURL = folder.appendingPathComponent("pipeline.json")
  try Data(json.utf8).write(to: configURL)
  var logger = Logger(label: "test")
  logger.logLevel = .critical
  return Pipeline(config: try PipelineConfig.load(from: configURL), logger: logger)
}
