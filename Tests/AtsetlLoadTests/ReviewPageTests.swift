import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

@Suite struct ReviewPageTests {
  /// Writes a page for `sampleFacts` (quotes, line breaks, injections) plus a quarantined
  /// document and a series, and returns its text.
  static func page(series: SeriesTable? = nil) throws -> String {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let byDocument = Dictionary(grouping: sampleFacts) { $0.document.split(separator: "#")[0] }
    let overview = ReviewPageWriter.Overview(
      title: "test <run>", documentCount: byDocument.count + 1,
      factsPerKind: Dictionary(grouping: sampleFacts, by: \.kind).mapValues(\.count),
      quarantined: [("input/broken.xml", "input/broken.xml:3:7: Opening and ending tag mismatch")],
      series: series)
    let writer = try ReviewPageWriter(publishing: folder.file("review.html"), overview: overview)
    for (path, facts) in byDocument.sorted(by: { $0.key < $1.key }) {
      try writer.write(
        DocumentRecord(path: String(path), format: facts[0].format, sha256: "00", facts: facts.count),
        facts: facts)
    }
    try writer.write(
      DocumentRecord(
        path: "input/broken.xml", format: .xml, sha256: "11",
        error: Diagnostic(.error, "Opening and ending tag mismatch", file: "input/broken.xml", line: 3, column: 7)),
      facts: [])
    try writer.commit()
    return try String(contentsOf: folder.file("review.html"), encoding: .utf8)
  }

  /// Every element of `element` and below.
  static func elements(_ element: ParsedElement) -> [ParsedElement] {
    [element] + element.children.flatMap(elements)
  }

  @Test func isWellFormedAndHoldsEveryFactID() throws {
    let html = try Self.page()
    let root = try #require(parseXML(Data(html.utf8)), "review.html is not well-formed")
    #expect(root.name == "html")
    let marks = Self.elements(root).filter { $0.name == "mark" }
    #expect(Set(marks.compactMap { $0.attributes["id"] }) == Set(sampleFacts.map { "f-\($0.id)" }))
    // No script anywhere, no remote resource.
    #expect(!Self.elements(root).contains { $0.name == "script" || $0.name == "link" || $0.name == "img" })
    #expect(!html.contains("http://") || !html.replacingOccurrences(of: "http://www.w3.org/", with: "").contains("http://"))
    #expect(!html.contains("https://"))
  }

  @Test func hostileTextIsEscaped() throws {
    let html = try Self.page()
    #expect(html.contains("test &lt;run&gt;"))
    #expect(!html.contains("<run>"))
    #expect(html.contains("Det var &quot;<mark class=\"fact k-count\" id=\"f-77b2e410\""))
    #expect(html.contains("</span></mark>&quot; i tiltak; flere enn året før."))
    // The sheet-formula and tab texts are only text here.
    #expect(html.contains("<h4>5.5.15 =SUM(A1)</h4>"))
  }

  @Test func tooltipShowsTheFieldsOfAFact() throws {
    let root = try #require(parseXML(Data(try Self.page().utf8)))
    let mark = try #require(Self.elements(root).first { $0.attributes["id"] == "f-3f9a0c1d" })
    #expect(mark.text.hasPrefix("kr 15,6 mill."))
    let fields = Self.elements(mark).filter { $0.attributes["class"] == "field" }.map(\.text)
    #expect(fields.contains("kind money"))
    #expect(fields.contains("value 15600000 (15,6\u{A0}mill.)"))
    #expect(fields.contains("qualifier exact"))
    #expect(fields.contains("unit NOK"))
    #expect(fields.contains("period 2021"))
  }

  @Test func quarantineAndCountsAreShown() throws {
    let root = try #require(parseXML(Data(try Self.page().utf8)))
    let all = Self.elements(root)
    let quarantine = try #require(all.first { $0.attributes["id"] == "quarantine" })
    #expect(quarantine.text.contains("input/broken.xml: input/broken.xml:3:7: Opening and ending tag mismatch"))
    let article = try #require(all.first { $0.name == "article" && $0.text.contains("input/broken.xml") })
    #expect(article.text.contains("Satt i karantene: input/broken.xml:3:7: error: Opening and ending tag mismatch"))
    let kinds = try #require(all.first { $0.attributes["id"] == "kinds" })
    let rows = Self.elements(kinds).filter { $0.name == "tr" }.map { $0.children.map(\.text) }
    #expect(rows.contains(["money", "1"]))
    #expect(rows.contains(["ordinal", "0"]))
  }

  @Test func chartHasAPointLinkedToEachFactOfTheSeries() throws {
    let point = { (year: Int, value: String, qualifier: Qualifier, id: String) in
      SeriesTable.Point(
        year: year, value: decimal(value), qualifier: qualifier, unit: "personer", factID: id,
        document: "input/x.txt")
    }
    let metric = Metric(id: "deltakere", title: "Deltakere", kind: .count)
    let series = SeriesTable(
      years: [2017, 2019, 2021],
      rows: [
        .init(
          metric: metric,
          points: [point(2017, "600", .slightlyAbove, "3f9a0c1d"), point(2019, "520", .exact, "77b2e410"),
            point(2021, "400", .approximately, "a1")],
          conflicts: [.init(year: 2021, readings: ["400 (approximately)", "450"])]),
        .init(metric: Metric(id: "tom", kind: .money), points: [], conflicts: []),
      ])
    let html = try Self.page(series: series)
    let root = try #require(parseXML(Data(html.utf8)))
    let figure = try #require(Self.elements(root).first { $0.attributes["id"] == "m-deltakere" })
    let svg = try #require(Self.elements(figure).first { $0.name == "svg" })
    let links = Self.elements(svg).filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
    #expect(links == ["#f-3f9a0c1d", "#f-77b2e410", "#f-a1"])
    let labels = Self.elements(svg).filter { $0.attributes["class"] == "label" }.map(\.text)
    #expect(labels == ["vel 600", "520", "ca. 400"])
    #expect(Self.elements(svg).filter { $0.attributes["class"] == "point hollow" }.count == 2)
    // 2017, 2019 and 2021: no two years in a row, so no solid line, two dashed gap lines.
    #expect(Self.elements(svg).filter { $0.attributes["class"] == "line" }.isEmpty)
    #expect(Self.elements(svg).filter { $0.attributes["class"] == "gap" }.count == 2)
    #expect(figure.text.contains("2021: rapportene er uenige: 400 (approximately) / 450"))
    let empty = try #require(Self.elements(root).first { $0.attributes["id"] == "m-tom" })
    #expect(empty.text.contains("Ingen verdier"))
  }
}
