import AtsetlModel
import Foundation
import Testing

@testable import AtsetlPipeline

/// The state file is written and read by hand: every state reads back as itself, and anything
/// that is not exactly such a file reads as no state (the next run reads every input again).
@Suite struct StateFileTests {
  static func input(
    _ path: String, sha256: String = String(repeating: "a", count: 64), error: Diagnostic? = nil,
    warnings: [String] = [], modified: Double = 1_795_445_655.958_135_6
  ) -> Publication.Input {
    Publication.Input(
      source: "text", path: path, format: .text,
      stamp: .init(size: 4720, modified: modified), sha256: sha256, reportYear: 2021,
      sections: 3, facts: 40, error: error, warnings: warnings)
  }

  static let states: [IncrementalState] = [
    IncrementalState(configHash: "c", atsetlVersion: "0.1.0 (1 bytes, 2.5)"),
    IncrementalState(
      configHash: "c", atsetlVersion: "v", inputs: [input("input/a.txt")],
      outputs: ["/srv/output/facts.csv": .init(size: 91_234, modified: 1_795_445_700.5)]),
    IncrementalState(
      configHash: "\"quoted\" \\ back", atsetlVersion: "v",
      inputs: [
        {
          var placed = input("input/årsrapport «2021».txt")
          placed.placements = [.init(offset: 0, count: 9120), .init(offset: 1 << 40, count: 0)]
          placed.sheetPiece = SheetPiece(
            placement: .init(offset: 5120, count: 2210), byteCount: 23_140, crc: .max,
            rowCount: 40, contentWidths: [9, 22, 60, 6])
          return placed
        }(),
        input("input/tab\there/new\nline/\u{1}ctl/\u{7F}.txt", warnings: ["a \"warning\"", ""]),
        input("input/😀/x.xml", sha256: ""),
        input(
          "input/empty.txt",
          error: Diagnostic(.error, "the file is empty", file: "input/empty.txt")),
        input(
          "input/bad.xml",
          error: Diagnostic(.error, "Opening and ending tag mismatch", file: "input/bad.xml", line: 12, column: 5),
          warnings: ["input/bad.xml:3: warning: decoded as Windows-1252"]),
        Publication.Input(
          source: "html", path: "web/side.html", format: .html,
          stamp: .init(size: 0, modified: 0), sha256: "b", reportYear: nil, sections: 0,
          facts: 0, error: nil, warnings: []),
      ],
      outputs: nil),
    IncrementalState(configHash: "c", atsetlVersion: "v", inputs: [], outputs: [:]),
  ]

  @Test(arguments: states)
  func everyStateReadsBackAsItself(state: IncrementalState) throws {
    let decoded = try #require(IncrementalState.decode(state.encoded()))
    #expect(decoded == state)
    #expect(decoded.published == state.published)
    #expect(decoded.encoded() == state.encoded())
  }

  @Test func modificationTimesReadBackBitForBit() throws {
    var generator = SystemRandomNumberGenerator()
    var times: [Double] = [0, 1, 0.1, 1e-9, 1_795_445_655.958_135_6, 4e9 + 0.123_456_789, 1e22]
    for _ in 0..<2000 {
      times.append(Double.random(in: 0..<4e9, using: &generator))
      times.append(Double(Int.random(in: 0..<Int(4e9), using: &generator)) + Double(Int.random(in: 0..<1_000_000_000, using: &generator)) / 1e9)
    }
    let state = IncrementalState(
      configHash: "c", atsetlVersion: "v",
      inputs: times.enumerated().map { Self.input("input/\($0.offset).txt", modified: $0.element) })
    let decoded = try #require(IncrementalState.decode(state.encoded()))
    #expect(decoded.inputs.map(\.stamp.modified.bitPattern) == times.map(\.bitPattern))
  }

  /// A torn write (the file cut anywhere) never reads as a smaller state.
  @Test func everyCutOfTheFileReadsAsNoState() {
    let bytes = Self.states[2].encoded()
    #expect(bytes.last == UInt8(ascii: "\n"))
    for length in 0..<(bytes.count - 1) {
      #expect(IncrementalState.decode(Array(bytes[..<length])) == nil, "cut at \(length)")
    }
  }

  @Test(arguments: [
    // Older formats: version 3 (JSONEncoder, sorted keys), version 4 (no placements).
    #"{"atsetlVersion":"v","configHash":"c","inputs":{},"version":3}"#,
    #"{"version":4,"configHash":"c","atsetlVersion":"v","inputs":[],"outputs":null}"#,
    // Keys in another order, or one missing.
    #"{"configHash":"c","version":5,"atsetlVersion":"v","inputs":[],"outputs":null}"#,
    #"{"version":5,"configHash":"c","inputs":[],"outputs":null}"#,
    // Wrong types, unknown format, stray text after the object.
    #"{"version":"4","configHash":"c","atsetlVersion":"v","inputs":[],"outputs":null}"#,
    #"{"version":5,"configHash":"c","atsetlVersion":"v","inputs":[],"outputs":null} x"#,
    #"{"version":5,"configHash":"c","atsetlVersion":"v","inputs":[],"outputs":[]}"#,
    #"{"version":5,"configHash":"c\q","atsetlVersion":"v","inputs":[],"outputs":null}"#,
    "",
  ])
  func anythingElseReadsAsNoState(text: String) {
    #expect(IncrementalState.decode(Array(text.utf8)) == nil)
  }

  @Test func theSmallestFileReads() throws {
    let text = #"{"version":5,"configHash":"c","atsetlVersion":"v","inputs":[],"outputs":null}"#
    let state = try #require(IncrementalState.decode(Array(text.utf8)))
    #expect(state == IncrementalState(configHash: "c", atsetlVersion: "v"))
    #expect(state.published == nil)
  }

  @Test func onlyInputsReadWithoutErrorAreReused() throws {
    let state = Self.states[2]
    #expect(state.reusableInput(at: "input/årsrapport «2021».txt")?.facts == 40)
    #expect(state.reusableInput(at: "input/empty.txt") == nil)  // quarantined
    #expect(state.reusableInput(at: "input/bad.xml") == nil)
    #expect(state.reusableInput(at: "input/😀/x.xml") == nil)  // no digest
    #expect(state.reusableInput(at: "web/side.html")?.format == .html)
    #expect(state.reusableInput(at: "input/missing.txt") == nil)
    #expect(state.hasReusableInputs)
    #expect(!Self.states[0].hasReusableInputs)
  }
}
