import Foundation
import Testing

/// `atsetl run` on the sample inputs: the four outputs, determinism, parallelism, quarantine.
@Suite(.timeLimit(.minutes(1)))
struct RunTests {
  /// The outputs of a run on the five samples agree with SPEC §4/§6 and with each other.
  @Test func runOnSamplesWritesTheFourOutputs() async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let result = try await workspace.run("run", "pipeline.json")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.isEmpty, "stdout must stay clean: \(result.stdout)")

    // facts.csv: RFC 4180, header = the fact fields of SPEC §4.
    let csv = try CSVTable(workspace.text("output/facts.csv"))
    #expect(csv.header == SpecFields.fact)
    #expect(csv.rows.count > 100, "expected well over 100 facts from the samples")

    // facts.json: an array of objects with exactly those keys; numeric fields are numbers.
    let json = try #require(
      JSON.parse(workspace.data("output/facts.json")) as? [[String: Any]],
      "facts.json is not an array of objects")
    #expect(json.count == csv.rows.count)
    for (index, object) in json.enumerated() {
      #expect(Set(object.keys) == Set(SpecFields.fact), "facts.json[\(index)] keys")
      for key in SpecFields.numeric {
        let value = object[key]
        #expect(
          JSON.number(value) != nil || JSON.isNull(value),
          "facts.json[\(index)].\(key) is not a number or null: \(String(describing: value))")
      }
      #expect(JSON.number(object["offset"]) != nil, "facts.json[\(index)].offset")
      #expect(JSON.number(object["line"]) != nil, "facts.json[\(index)].line")
      #expect(SpecFields.kinds.contains(object["kind"] as? String ?? ""), "kind of [\(index)]")
      #expect(
        SpecFields.qualifiers.contains(object["qualifier"] as? String ?? ""),
        "qualifier of [\(index)]")
    }
    let values = json.compactMap { JSON.number($0["value"]) }
    #expect(values.count > json.count / 2, "most facts have a numeric value")
    let rawJSON = try workspace.text("output/facts.json")
    #expect(!rawJSON.contains(#""value":""#), "a value written as a string")

    // The CSV and JSON list the same facts in the same order.
    #expect(csv.column("id") == json.map { $0["id"] as? String ?? "" })
    let jsonValues = json.map { object in JSON.number(object["value"]) }
    let csvValues = try #require(csv.column("value")).map { Double($0) }
    #expect(csvValues == jsonValues)

    // Sorted by document, then offset.
    let keys = json.map { ($0["document"] as? String ?? "", JSON.number($0["offset"]) ?? -1) }
    #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "facts not sorted")

    // A seed phrase from the 2021 text report comes out right in both files.
    let overkant = json.filter {
      $0["document"] as? String == "input/stavanger-2021.txt"
        && $0["text"] as? String == "i overkant av 400 personer"
    }
    let fact = try #require(overkant.first, "no fact “i overkant av 400 personer”")
    #expect(overkant.count == 1)
    #expect(fact["kind"] as? String == "count")
    #expect(JSON.number(fact["value"]) == 400)
    #expect(fact["qualifier"] as? String == "slightly_above")
    #expect(fact["unit"] as? String == "personer")
    #expect(fact["municipality"] as? String == "Stavanger")
    #expect(JSON.number(fact["report_year"]) == 2021)
    #expect(fact["section_number"] as? String == "8.16")
    let csvRow = try #require(
      csv.records.first { $0["id"] == fact["id"] as? String }, "the fact is not in facts.csv")
    #expect(csvRow["value"] == "400")
    #expect(csvRow["qualifier"] == "slightly_above")

    // documents.csv: one row per input, all ok; the facts column adds up.
    let documents = try CSVTable(workspace.text("output/documents.csv"))
    for name in ["path", "format", "sha256", "sections", "facts", "status", "error"] {
      #expect(documents.header.contains(name), "documents.csv lacks column \(name)")
    }
    #expect(documents.column("path") == Workspace.sampleInputs.map { "input/\($0)" })
    #expect(documents.column("status") == Array(repeating: "ok", count: 5))
    #expect(documents.column("error") == Array(repeating: "", count: 5))
    for sha in documents.column("sha256") ?? [] {
      #expect(sha.count == 64 && sha.allSatisfy(\.isHexDigit), "sha256 \(sha)")
    }
    let factSum = (documents.column("facts") ?? []).compactMap(Int.init).reduce(0, +)
    #expect(factSum == csv.rows.count)
    let perDocument = Dictionary(grouping: json) {
      Workspace.file(ofDocument: $0["document"] as? String ?? "")
    }
    #expect(
      json.contains { ($0["document"] as? String)?.hasSuffix(".xml#2") == true },
      "stavanger-2021.xml holds two reports: documents #1 and #2")
    for record in documents.records {
      let path = record["path"] ?? ""
      #expect(
        Int(record["facts"] ?? "") == perDocument[path]?.count ?? 0, "facts count of \(path)")
    }

    // run.json: totals agree with the files.
    let summary = try #require(
      JSON.parse(workspace.data("output/run.json")) as? [String: Any], "run.json not an object")
    let totals = try #require(summary["totals"] as? [String: Any], "run.json has no totals")
    #expect(JSON.number(totals["facts"]) == Double(csv.rows.count))
    #expect(JSON.number(totals["documents"]) == 5)
    #expect(JSON.number(totals["quarantined"]) == 0)
    #expect((summary["quarantined"] as? [Any])?.isEmpty == true)
    let version = try await workspace.run("--version")
    #expect(
      summary["atsetl_version"] as? String
        == version.stdout.trimmingCharacters(in: .whitespacesAndNewlines))

    // Nothing but the four outputs in output/ (no temporary files), and the lock released.
    #expect(
      Set(try workspace.snapshot(of: "output").keys)
        == ["facts.csv", "facts.json", "documents.csv", "run.json"])
    #expect(!workspace.exists(".atsetl/lock"), "the lock file was not released")
  }

  /// Same inputs ⇒ byte-identical facts files and documents.csv (SPEC §4), incremental or `--full`.
  @Test func runsAreDeterministic() async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let files = ["output/facts.csv", "output/facts.json", "output/documents.csv"]
    var outputs: [[Data]] = []
    for arguments in [["run", "--quiet"], ["run", "--quiet"], ["run", "--quiet", "--full"]] {
      let result = try await AtsetlBinary.run(
        arguments, in: workspace.project, capture: workspace.capture)
      #expect(result.status == 0, "\(result)")
      outputs.append(try files.map { try workspace.data($0) })
    }
    for (index, file) in files.enumerated() {
      #expect(outputs[0][index] == outputs[1][index], "\(file) differs between two runs")
      #expect(outputs[0][index] == outputs[2][index], "\(file) differs with --full")
    }
  }

  /// `--jobs 1` and `--jobs 2` publish the same bytes.
  @Test func jobsDoNotChangeTheOutputs() async throws {
    // The shipped pipeline.json: every output format, metrics included.
    let shipped = try String(
      contentsOf: AtsetlBinary.inputFolder.deletingLastPathComponent()
        .appendingPathComponent("pipeline.json"), encoding: .utf8)
    let one = try Workspace(config: shipped)
    let two = try Workspace(config: shipped)
    defer {
      one.remove()
      two.remove()
    }
    async let first = one.run("run", "--jobs", "1", "--quiet")
    async let second = two.run("run", "--jobs", "2", "--quiet")
    let (resultOne, resultTwo) = try await (first, second)
    #expect(resultOne.status == 0, "\(resultOne)")
    #expect(resultTwo.status == 0, "\(resultTwo)")
    // With two jobs the workbook is written on a second thread while the other writers run.
    for file in [
      "output/facts.csv", "output/facts-excel.csv", "output/facts.json", "output/facts.xlsx",
      "output/series.csv", "output/review.html", "output/documents.csv",
    ] {
      #expect(try one.data(file) == two.data(file), "\(file) differs between --jobs 1 and 2")
    }
  }

  /// A malformed XML file and an empty text file are quarantined; the rest is published; exit 3.
  @Test func badDocumentsAreQuarantined() async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    try workspace.write("<report><section><p>unclosed", to: "input/bad.xml")
    try workspace.write("", to: "input/empty.txt")
    let result = try await workspace.run("run")
    #expect(result.status == 3, "\(result)")
    #expect(result.stderr.contains("input/bad.xml"), "stderr does not name bad.xml")
    #expect(result.stderr.contains("input/empty.txt"), "stderr does not name empty.txt")

    // The others' facts are still written, the bad documents give none.
    let csv = try CSVTable(workspace.text("output/facts.csv"))
    let factDocuments = Set(try #require(csv.column("document")).map(Workspace.file(ofDocument:)))
    #expect(factDocuments == Set(Workspace.sampleInputs.map { "input/\($0)" }))
    let json = try #require(JSON.parse(workspace.data("output/facts.json")) as? [[String: Any]])
    #expect(json.count == csv.rows.count)

    let documents = try CSVTable(workspace.text("output/documents.csv"))
    let byPath = Dictionary(
      uniqueKeysWithValues: documents.records.map { ($0["path"] ?? "", $0) })
    #expect(byPath.count == 7)
    for name in Workspace.sampleInputs {
      #expect(byPath["input/\(name)"]?["status"] == "ok", "\(name) should be ok")
    }
    let bad = try #require(byPath["input/bad.xml"], "documents.csv has no row for bad.xml")
    #expect(bad["status"] == "quarantined")
    #expect(bad["facts"] == "0")
    let badError = bad["error"] ?? ""
    #expect(
      badError.range(of: #"^input/bad\.xml:\d+(:\d+)?: "#, options: .regularExpression) != nil,
      "error should start with file:line[:column]: \(badError)")
    let empty = try #require(byPath["input/empty.txt"], "documents.csv has no row for empty.txt")
    #expect(empty["status"] == "quarantined")
    #expect(empty["error"]?.hasPrefix("input/empty.txt") == true, "\(empty["error"] ?? "")")
    #expect(empty["error"]?.contains("empty") == true, "\(empty["error"] ?? "")")

    let summary = try #require(JSON.parse(workspace.data("output/run.json")) as? [String: Any])
    let totals = try #require(summary["totals"] as? [String: Any])
    #expect(JSON.number(totals["quarantined"]) == 2)
    #expect(JSON.number(totals["facts"]) == Double(csv.rows.count))
    let quarantined = try #require(summary["quarantined"] as? [[String: Any]])
    #expect(
      Set(quarantined.compactMap { $0["path"] as? String }) == [
        "input/bad.xml", "input/empty.txt",
      ])
    for entry in quarantined {
      #expect(!(entry["reason"] as? String ?? "").isEmpty, "quarantine without a reason")
    }
  }

  /// SPEC §7: a quarantined document is recorded in run.json "with file, line, column and reason";
  /// libxml2 knows both for a syntax error.
  @Test func malformedXMLQuarantineRecordsLineAndColumn() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    try workspace.write("<report><section><p>unclosed", to: "input/bad.xml")
    let result = try await workspace.run("run", "--quiet")
    #expect(result.status == 3, "\(result)")
    let summary = try #require(JSON.parse(workspace.data("output/run.json")) as? [String: Any])
    let quarantined = try #require(summary["quarantined"] as? [[String: Any]])
    let entry = try #require(quarantined.first { $0["path"] as? String == "input/bad.xml" })
    #expect(JSON.number(entry["line"]) == 1, "line: \(String(describing: entry["line"]))")
    #expect(
      JSON.number(entry["column"]) != nil,
      "column should be recorded: \(String(describing: entry["column"]))")
  }

  /// An optional source whose pattern matches nothing is a warning, not a failure.
  @Test func optionalSourceMatchingNothingWarns() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"],
      config: """
        {
          "version": 1,
          "sources": [
            { "id": "xml", "format": "xml", "paths": ["input/*.xml"] },
            { "id": "extra", "format": "text", "paths": ["incoming/*.txt"], "optional": true }
          ]
        }
        """)
    defer { workspace.remove() }
    let result = try await workspace.run("run")
    #expect(result.status == 0, "\(result)")
    let summary = try #require(JSON.parse(workspace.data("output/run.json")) as? [String: Any])
    let warnings = (summary["warnings"] as? [String]) ?? []
    let warned = (warnings + [result.stderr]).contains { $0.contains("incoming/*.txt") }
    #expect(warned, "no warning naming the pattern: \(warnings) / \(result.stderr)")
    let csv = try CSVTable(workspace.text("output/facts.csv"))
    #expect(!csv.rows.isEmpty)
  }

  /// SPEC §3: paths are relative to the config file, not to the working directory.
  @Test func pathsAreRelativeToTheConfigFile() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let elsewhere = workspace.root.appendingPathComponent("elsewhere", isDirectory: true)
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let result = try await AtsetlBinary.run(
      ["run", workspace.url("pipeline.json").path, "--quiet"], in: elsewhere,
      capture: workspace.capture)
    #expect(result.status == 0, "\(result)")
    let csv = try CSVTable(workspace.text("output/facts.csv"))
    #expect(Set(csv.column("document") ?? []) == ["input/stavanger-okonomi.xml"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
  }

  /// `--quiet` keeps stderr empty on a clean run (cron mails nothing); `--verbose` logs.
  @Test func quietAndVerbose() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let quiet = try await workspace.run("run", "--quiet")
    #expect(quiet.status == 0, "\(quiet)")
    #expect(quiet.stderr.isEmpty, "--quiet printed: \(quiet.stderr)")
    #expect(quiet.stdout.isEmpty)
    let verbose = try await workspace.run("run", "--verbose")
    #expect(verbose.status == 0, "\(verbose)")
    #expect(!verbose.stderr.isEmpty, "--verbose printed nothing")
    #expect(verbose.stdout.isEmpty, "stdout must stay clean: \(verbose.stdout)")
  }
}
