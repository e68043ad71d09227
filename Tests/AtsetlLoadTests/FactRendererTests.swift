import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

/// Facts rendered ahead (on workers, per input, in batches) and appended in order give the
/// same bytes as the same facts written one by one.
@Suite struct FactRendererTests {
  /// Inputs as batches of facts: empty inputs, single facts, several batches per input.
  static let splits: [[[Int]]] = [
    [],
    [[]],
    [[0, 1, 2]],
    [[0], [1], [2]],
    [[], [0, 1], [], [2]],
    [[0, 1], [2, 0, 1], [2]],
  ]

  static func facts(_ indices: [Int]) -> [Fact] { indices.map { sampleFacts[$0] } }

  @Test(arguments: splits)
  func renderedInputsGiveTheSameFilesAsFactsWrittenOneByOne(inputs: [[Int]]) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let all = inputs.flatMap { Self.facts($0) }
    try FactCSVWriter.write(all, to: folder.file("one.csv"), dialect: .rfc4180)
    try FactCSVWriter.write(all, to: folder.file("one-nb.csv"), dialect: .excelNorwegian)
    try FactJSONWriter.write(all, to: folder.file("one.json"))

    let renderer = FactRenderer(
      csvDialects: [.rfc4180, .excelNorwegian, .rfc4180], json: true, workbook: false)
    #expect(renderer.csvDialects == [.rfc4180, .excelNorwegian])
    let csv = try FactCSVWriter(publishing: folder.file("rendered.csv"), dialect: .rfc4180)
    let csvNB = try FactCSVWriter(
      publishing: folder.file("rendered-nb.csv"), dialect: .excelNorwegian)
    let json = try FactJSONWriter(publishing: folder.file("rendered.json"))
    for input in inputs {
      // One input's facts arrive in two batches when it has more than one.
      var rendered = RenderedFacts()
      let facts = Self.facts(input)
      renderer.render(Array(facts.prefix(1)), into: &rendered)
      renderer.render(Array(facts.dropFirst()), into: &rendered)
      #expect(rendered.count == facts.count)
      #expect(rendered.kinds.values.reduce(0, +) == facts.count)
      #expect(rendered.workbookPieces.isEmpty)
      try csv.append(rendered)
      try csvNB.append(rendered)
      try json.append(rendered)
    }
    try csv.commit()
    try csvNB.commit()
    try json.commit()
    for (one, rendered) in [
      ("one.csv", "rendered.csv"), ("one-nb.csv", "rendered-nb.csv"), ("one.json", "rendered.json"),
    ] {
      #expect(
        try Data(contentsOf: folder.file(one)) == Data(contentsOf: folder.file(rendered)),
        "\(rendered)")
    }
    #expect(json.factCount == all.count)
  }

  @Test func kindsAreCountedAndOneWorkbookPieceMadePerCall() {
    let renderer = FactRenderer(csvDialects: [], json: false, workbook: true)
    var rendered = RenderedFacts()
    renderer.render(sampleFacts, into: &rendered)
    renderer.render(Array(sampleFacts.prefix(1)), into: &rendered)
    #expect(
      rendered.workbookPieces == [
        FactXLSXWriter.factsFragment(sampleFacts.map(\.fieldValues)),
        FactXLSXWriter.factsFragment([sampleFacts[0].fieldValues]),
      ])
    #expect(rendered.workbookPieces.map(\.rowCount) == [sampleFacts.count, 1])
    var kinds: [QuantityKind: Int] = [:]
    for fact in sampleFacts + sampleFacts.prefix(1) { kinds[fact.kind, default: 0] += 1 }
    #expect(rendered.kinds == kinds)
    #expect(rendered.csvRows.isEmpty && rendered.jsonObjects == nil)
  }

  /// A writer whose dialect the renderer was not asked for refuses the rows, by name.
  @Test func aDialectNotRenderedIsAnError() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let renderer = FactRenderer(csvDialects: [.rfc4180], json: false, workbook: false)
    var rendered = RenderedFacts()
    renderer.render(sampleFacts, into: &rendered)
    let writer = try FactCSVWriter(
      publishing: folder.file("nb.csv"), dialect: .excelNorwegian)
    defer { writer.abandon() }
    #expect(throws: LoadError.notRendered(path: folder.file("nb.csv").relativePath)) {
      try writer.append(rendered)
    }
    let json = try FactJSONWriter(publishing: folder.file("facts.json"))
    defer { json.abandon() }
    #expect(throws: LoadError.self) { try json.append(rendered) }
  }
}
