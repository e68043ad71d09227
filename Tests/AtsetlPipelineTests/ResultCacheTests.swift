import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

@testable import AtsetlPipeline

/// The result cache writes facts with the Load stage's JSON writer and reads them with
/// `JSONDecoder`: every field must come back exactly.
@Suite struct ResultCacheTests {
  static let facts: [Fact] = [
    Fact(
      id: "a1", document: "input/a \"b\".txt", format: .text, municipality: "Bø",
      reportYear: 2021, sectionNumber: "8.16", sectionTitle: "Økonomi\tog drift",
      heading: nil, sentence: "Senteret brukte kr 15,6 mill.\nNy linje \\ slutt.",
      text: "kr 15,6 mill.", offset: 12, line: 3, kind: .money,
      value: Decimal(string: "15600000"), lower: Decimal(string: "15600000"),
      upper: Decimal(string: "15600000"), qualifier: .exact, unit: "NOK", period: "2021"),
    Fact(
      id: "a2", document: "input/x.xml#2", format: .xml, sentence: "Nær 0,000001 av -0,4.",
      text: "-0,4", offset: 0, line: 1, kind: .percentagePoints,
      value: Decimal(string: "-0.4"), qualifier: .slightlyBelow, unit: "pp", iso: "--01-01",
      change: .decrease, comparedTo: "previous_year", language: .nn, row: "=SUM(A1)",
      column: "Regnskap 2021"),
  ]

  @Test func storedResultsComeBackExactly() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let cache = ResultCache(stateFile: folder.appendingPathComponent("state.json"))
    let input = InputFile(
      source: "text", format: .text, url: folder.appendingPathComponent("a.txt"),
      path: "input/a.txt")
    for error in [nil, Diagnostic(.error, "bad \"tag\"", file: "input/a.txt", line: 3, column: 7)] {
      let stored = InputResult(
        source: "text",
        record: DocumentRecord(
          path: input.path, format: .text, sha256: "ab12", reportYear: error == nil ? 2021 : nil,
          sections: 2, facts: Self.facts.count, error: error),
        facts: Self.facts,
        diagnostics: [Diagnostic(.warning, "Windows-1252", file: "input/a.txt", line: 1)],
        extractSeconds: 1, transformSeconds: 1)
      cache.store(stored)
      let read = try #require(cache.result(for: input, sha256: "ab12"))
      #expect(read.facts == Self.facts)
      #expect(read.record == stored.record)
      #expect(read.diagnostics == stored.diagnostics)
      #expect(read.reused)
      #expect(cache.result(for: input, sha256: "other") == nil)
    }
  }
}
