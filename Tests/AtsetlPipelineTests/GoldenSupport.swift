import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import AtsetlPipeline
import AtsetlTransform
import Foundation
import Testing

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped pipeline.json, decoded.
func shippedConfig() throws -> PipelineConfig {
  try PipelineConfig.load(from: packageRoot.appendingPathComponent("pipeline.json"))
}

/// The facts of one sample input, read as the nightly job reads it (shipped config).
func facts(ofSample name: String) throws -> [Fact] {
  let config = try shippedConfig()
  let format = try #require(SourceFormat(pathExtension: (name as NSString).pathExtension))
  let source = try #require(config.sources.first { $0.format == format })
  let transformer = Transformer(kinds: config.transform.kinds)
  var facts: [Fact] = []
  try Extractor.readDocuments(
    at: packageRoot.appendingPathComponent("input/\(name)"), displayPath: "input/\(name)",
    format: format, options: config.extractOptions(for: source)
  ) { document in facts += transformer.facts(in: document) }
  return facts
}

/// Compares facts with a golden JSON Lines file field by field; `ATSETL_RECORD=1` rewrites it.
func expectMatchesGolden(_ facts: [Fact], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let url = packageRoot.appendingPathComponent("Tests/AtsetlPipelineTests/Golden/\(name)")
  let rendered = facts.map { $0.jsonObject + "\n" }.joined()
  if ProcessInfo.processInfo.environment["ATSETL_RECORD"] == "1" {
    try rendered.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  let expectedObjects = try objects(expected)
  let actualObjects = try objects(rendered)
  #expect(actualObjects.count == expectedObjects.count, "\(name): fact count", sourceLocation: sourceLocation)
  for (index, (actual, wanted)) in zip(actualObjects, expectedObjects).enumerated() {
    for key in Fact.fieldNames where "\(actual[key] ?? "nil")" != "\(wanted[key] ?? "nil")" {
      Issue.record(
        "\(name) fact \(index) (\(wanted["text"] ?? "")): \(key) is \(actual[key] ?? "nil"), golden \(wanted[key] ?? "nil")",
        sourceLocation: sourceLocation)
    }
  }
}

private func objects(_ jsonLines: String) throws -> [[String: Any]] {
  try jsonLines.split(separator: "\n").map { line in
    try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }
}
