import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

let sampleDocuments = [
  DocumentRecord(
    path: "input/arsrapport-2021.txt", format: .text, sha256: String(repeating: "ab", count: 32),
    reportYear: 2021, sections: 3, facts: 42),
  DocumentRecord(
    path: "input/broken.xml", format: .xml, sha256: String(repeating: "0", count: 64),
    error: Diagnostic(
      .error, "Opening and ending tag mismatch: p and section", file: "input/broken.xml",
      line: 12, column: 5)),
]

@Test func documentsCSVShape() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("documents.csv")
  try DocumentsCSVWriter.write(sampleDocuments, to: url)
  let text = try String(contentsOf: url, encoding: .utf8)
  let sha = String(repeating: "ab", count: 32)
  let zeros = String(repeating: "0", count: 64)
  #expect(
    text == """
      path,format,sha256,report_year,sections,facts,status,error
      input/arsrapport-2021.txt,text,\(sha),2021,3,42,ok,
      input/broken.xml,xml,\(zeros),,0,0,quarantined,input/broken.xml:12:5: error: Opening and ending tag mismatch: p and section

      """)
  #expect(sampleDocuments.map(\.status) == [.ok, .quarantined])
}

@Test func documentsCSVInExcelNorwegian() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("documents.csv")
  try DocumentsCSVWriter.write(sampleDocuments, to: url, dialect: .excelNorwegian)
  let bytes = try Data(contentsOf: url)
  #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
  let rows = CSVReader.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self), separator: ";")
  #expect(rows.count == 3)
  #expect(rows[0] == DocumentRecord.fieldNames)
  #expect(rows[2][2] == "\u{2060}" + String(repeating: "0", count: 64))  // digits stay text
}

let sampleSummary = RunSummary(
  atsetlVersion: "0.1.0", configHash: "c0ffee",
  startedAt: Date(timeIntervalSince1970: 1_714_611_600),
  finishedAt: Date(timeIntervalSince1970: 1_714_611_612.5),
  durations: .init(extract: 1.23456, transform: 10.0004, load: 0.5),
  sources: [
    "text": .init(documents: 2, facts: 40, quarantined: 0),
    "xml": .init(documents: 3, facts: 2, quarantined: 1),
  ],
  warnings: ["input/old.txt: decoded as Windows-1252"],
  quarantined: [
    .init(path: "input/broken.xml", line: 12, column: 5, reason: "tag mismatch"),
    .init(path: "input/empty.html", reason: "empty file"),
  ])

@Test func runSummaryShape() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("run.json")
  try sampleSummary.write(to: url)
  let data = try Data(contentsOf: url)
  let text = String(decoding: data, as: UTF8.self)
  #expect(text.hasPrefix("{\n"))
  #expect(text.hasSuffix("}\n"))
  #expect(text.contains("input/broken.xml"))  // slashes not escaped
  let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  #expect(
    Set(root.keys) == [
      "atsetl_version", "config_hash", "started_at", "finished_at", "durations", "sources",
      "totals", "warnings", "quarantined",
    ])
  #expect(root["started_at"] as? String == "2024-05-02T01:00:00Z")
  #expect(root["finished_at"] as? String == "2024-05-02T01:00:12Z")
  let durations = try #require(root["durations"] as? [String: Double])
  #expect(durations == ["extract": 1.235, "transform": 10.0, "load": 0.5])
  let totals = try #require(root["totals"] as? [String: Int])
  #expect(totals == ["documents": 5, "facts": 42, "quarantined": 1])
  let sources = try #require(root["sources"] as? [String: [String: Int]])
  #expect(sources["xml"] == ["documents": 3, "facts": 2, "quarantined": 1])
  let quarantined = try #require(root["quarantined"] as? [[String: Any]])
  #expect(quarantined.count == 2)
  #expect(quarantined[0]["line"] as? Int == 12)
  #expect(quarantined[1]["line"] is NSNull)
  #expect(quarantined[1]["reason"] as? String == "empty file")
  // Sorted keys: top-level keys appear alphabetically.
  let order = [
    "atsetl_version", "config_hash", "durations", "finished_at", "quarantined",
    "sources", "started_at", "totals", "warnings",
  ]
  let positions = order.compactMap { text.range(of: "\"\($0)\"")?.lowerBound }
  #expect(positions.count == order.count && positions == positions.sorted())
}

@Test func runSummaryDecodesBack() throws {
  let data = try sampleSummary.encoded()
  let decoder = JSONDecoder()
  decoder.dateDecodingStrategy = .iso8601
  var expected = sampleSummary
  expected.finishedAt = Date(timeIntervalSince1970: 1_714_611_612)  // whole seconds in ISO 8601
  #expect(try decoder.decode(RunSummary.self, from: data) == expected)
}
