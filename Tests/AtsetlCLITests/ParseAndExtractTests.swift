import Foundation
import Testing

/// One phrase for `atsetl parse` and the quantity it must give (SPEC §4 table).
struct PhraseCase: Sendable, CustomTestStringConvertible {
  var phrase: String
  var kind: String
  var value: Double?
  var qualifier: String
  var unit: String?
  var iso: String? = nil

  var testDescription: String { phrase }

  static let all: [PhraseCase] = [
    PhraseCase(
      phrase: "i overkant av 400 personer", kind: "count", value: 400, qualifier: "slightly_above",
      unit: "personer"),
    PhraseCase(
      phrase: "kr 15,6 mill.", kind: "money", value: 15_600_000, qualifier: "exact", unit: "NOK"),
    PhraseCase(
      phrase: "om lag kr 0,1 mill.", kind: "money", value: 100_000, qualifier: "approximately",
      unit: "NOK"),
    PhraseCase(
      phrase: "nærmere 35 prosent", kind: "percent", value: 35, qualifier: "slightly_below",
      unit: "%"),
    PhraseCase(
      phrase: "i underkant av 500 personar", kind: "count", value: 500, qualifier: "slightly_below",
      unit: "personar"),
    PhraseCase(phrase: "halvparten", kind: "fraction", value: 0.5, qualifier: "exact", unit: nil),
    PhraseCase(
      phrase: "1. januar 2017", kind: "date", value: nil, qualifier: "exact", unit: nil,
      iso: "2017-01-01"),
  ]
}

/// `atsetl parse` and `atsetl extract`: no config, JSON on stdout.
@Suite(.timeLimit(.minutes(1)))
struct ParseAndExtractTests {
  @Test(arguments: PhraseCase.all)
  func parsePrintsTheQuantityAsJSON(expected: PhraseCase) async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("parse", expected.phrase)
    #expect(result.status == 0, "\(result)")
    let quantities = try #require(
      JSON.parse(result.stdout) as? [[String: Any]], "stdout is not a JSON array: \(result)")
    let found = try #require(
      quantities.first { $0["kind"] as? String == expected.kind },
      "no \(expected.kind) quantity: \(result.stdout)")
    #expect(quantities.count == 1, "one phrase, one quantity: \(result.stdout)")
    #expect(found["text"] as? String == expected.phrase)
    if let value = expected.value {
      let actual = try #require(JSON.number(found["value"]), "value is not a JSON number")
      #expect(abs(actual - value) <= 1e-9 * max(1, abs(value)), "value \(actual)")
    } else {
      #expect(
        JSON.isNull(found["value"]), "value should be null: \(String(describing: found["value"]))")
    }
    #expect(found["qualifier"] as? String == expected.qualifier)
    if let unit = expected.unit {
      #expect(found["unit"] as? String == unit)
    } else {
      #expect(
        JSON.isNull(found["unit"]), "unit should be null: \(String(describing: found["unit"]))")
    }
    if let iso = expected.iso { #expect(found["iso"] as? String == iso) }
  }

  @Test func parseOfASentenceWithoutNumbersPrintsAnEmptyArray() async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("parse", "Senteret ligger på Forus.")
    #expect(result.status == 0, "\(result)")
    #expect((try JSON.parse(result.stdout) as? [Any])?.isEmpty == true, "\(result)")
  }

  @Test func extractPrintsJSONLines() async throws {
    let workspace = try Workspace(inputs: ["stavanger-2021.txt"], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("extract", "input/stavanger-2021.txt")
    #expect(result.status == 0, "\(result)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "", "stdout should end with a newline")
    let facts = try lines.dropLast().enumerated().map { number, line in
      try #require(
        JSON.parse(String(line)) as? [String: Any],
        "line \(number + 1) is not a JSON object: \(line)")
    }
    #expect(facts.count > 10)
    for (number, fact) in facts.enumerated() {
      #expect(Set(fact.keys) == Set(SpecFields.fact), "line \(number + 1) keys")
      #expect(fact["document"] as? String == "input/stavanger-2021.txt")
    }
    let overkant = try #require(
      facts.first { $0["text"] as? String == "i overkant av 400 personer" },
      "no fact “i overkant av 400 personer”")
    #expect(overkant["kind"] as? String == "count")
    #expect(JSON.number(overkant["value"]) == 400)
    #expect(overkant["qualifier"] as? String == "slightly_above")
    #expect(overkant["unit"] as? String == "personer")
    #expect(JSON.number(overkant["report_year"]) == 2021)

    // The same facts as `run` writes for that file (same ids, same order).
    try workspace.write(
      #"{ "version": 1, "sources": [ { "format": "text", "paths": ["input/*.txt"] } ] }"#,
      to: "pipeline.json")
    let run = try await workspace.run("run", "--quiet")
    #expect(run.status == 0, "\(run)")
    let csv = try CSVTable(workspace.text("output/facts.csv"))
    #expect(csv.column("id") == facts.map { $0["id"] as? String ?? "" })
  }

  @Test func extractOfAnUnknownExtensionIsAUsageError() async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    try workspace.write("%PDF-1.4\n", to: "input/report.pdf")
    let result = try await workspace.run("extract", "input/report.pdf")
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("input/report.pdf"), "\(result)")
    #expect(result.stdout.isEmpty)
  }

  @Test func extractOfMalformedXMLExits3WithTheLocation() async throws {
    let workspace = try Workspace(inputs: ["stavanger-2021.txt"], config: nil)
    defer { workspace.remove() }
    try workspace.write("<report><section><p>unclosed", to: "input/bad.xml")
    let result = try await workspace.run("extract", "input/bad.xml", "input/stavanger-2021.txt")
    #expect(result.status == 3, "\(result)")
    #expect(
      result.stderr.range(of: #"input/bad\.xml:\d+"#, options: .regularExpression) != nil,
      "stderr lacks file:line: \(result)")
    // The good file's facts still come out.
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count > 10, "\(result)")
    #expect(lines.allSatisfy { (try? JSON.parse(String($0))) is [String: Any] })
  }

  @Test func extractOfAMissingFileExits3() async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("extract", "input/missing.txt")
    #expect(result.status == 3, "\(result)")
    #expect(result.stderr.contains("input/missing.txt"), "\(result)")
  }
}
