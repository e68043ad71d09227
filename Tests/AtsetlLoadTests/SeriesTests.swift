import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

/// A fact for the series tests: a sentence of a report section with one phrase in it.
private func fact(
  _ id: String, document: String = "input/2021.txt", reportYear: Int? = 2021,
  period: String? = nil, section: String = "Arbeidstreningssenteret", sentence: String,
  text: String, offset: Int = 0, kind: QuantityKind = .count, value: String,
  qualifier: Qualifier = .exact, unit: String? = "personer", change: Change? = nil,
  row: String? = nil, column: String? = nil
) -> Fact {
  Fact(
    id: id, document: document, format: .text, reportYear: reportYear,
    sectionTitle: section, sentence: sentence, text: text, offset: offset, line: 1, kind: kind,
    value: decimal(value), qualifier: qualifier, unit: unit, change: change,
    period: period ?? reportYear.map(String.init), row: row, column: column)
}

private let participants = Metric(
  id: "deltakere", title: "Deltakere", kind: .count, section: ["arbeidstrening"],
  units: ["personer", "personar"], keywords: ["tilbud", "tilbod"])

private func table(_ metrics: [Metric], _ facts: [Fact]) -> SeriesTable {
  var builder = SeriesBuilder(metrics: metrics)
  for fact in facts { builder.add(fact) }
  return builder.table
}

@Suite struct SeriesBuilderTests {
  static let levelSentence2021 =
    "I 2021 har senteret gitt tilbud til i overkant av 400 personer, en nedgang på vel 100 personer fra året før."

  @Test func picksTheLevelAndNotTheChange() throws {
    let facts = [
      fact("a", sentence: Self.levelSentence2021, text: "i overkant av 400 personer",
        value: "400", qualifier: .slightlyAbove),
      fact("b", sentence: Self.levelSentence2021, text: "vel 100 personer", offset: 40,
        value: "100", qualifier: .slightlyAbove, change: .decrease),
    ]
    let result = table([participants], facts)
    #expect(result.years == [2021])
    let point = try #require(result.rows[0].point(in: 2021))
    #expect(point.factID == "a")
    #expect(point.value == 400)
    #expect(point.qualifier == .slightlyAbove)
    #expect(result.rows[0].conflicts.isEmpty)
    // A metric of decreases takes the change instead.
    var decreases = participants
    decreases.change = .decrease
    #expect(table([decreases], facts).rows[0].point(in: 2021)?.factID == "b")
  }

  @Test(arguments: [
    // Each condition that fails on its own keeps the fact out.
    ("wrong kind", Metric(id: "m", kind: .money, units: ["personer"])),
    ("wrong unit", Metric(id: "m", kind: .count, units: ["plasser"])),
    ("wrong section", Metric(id: "m", kind: .count, section: ["barnehage"])),
    ("missing keyword", Metric(id: "m", kind: .count, keywords: ["budsjett"])),
    ("wrong row", Metric(id: "m", kind: .count, row: ["Sum"])),
    ("wrong column", Metric(id: "m", kind: .count, column: ["Regnskap"])),
    ("not preceded by", Metric(id: "m", kind: .count, precededBy: ["ramme"])),
  ])
  func everyConditionMustHold(reason: String, metric: Metric) {
    let facts = [fact("a", sentence: "Senteret ga tilbud til 400 personer.", text: "400 personer", value: "400")]
    #expect(table([metric], facts).rows[0].points.isEmpty, "\(reason)")
  }

  @Test func wordsAreCaseInsensitiveAndUnitsExact() {
    let facts = [fact("a", sentence: "Senteret GA TILBUD til 400 Personer.", text: "400 Personer",
      value: "400", unit: "personer")]
    let metric = Metric(id: "m", kind: .count, section: ["ARBEIDSTRENING"], units: ["Personer"], keywords: ["tilbud"])
    #expect(table([metric], facts).rows[0].points.map(\.factID) == ["a"])
    // "person" is not the unit "personer".
    let partial = Metric(id: "m", kind: .count, units: ["person"])
    #expect(table([partial], facts).rows[0].points.isEmpty)
  }

  @Test func precededByLooksBackOnlyToThePreviousPhrase() throws {
    let sentence = "Resultatet viser et mindreforbruk på kr 0,03 mill. av en budsjettramme på kr 12,7 mill."
    let facts = [
      fact("small", sentence: sentence, text: "kr 0,03 mill.", kind: .money, value: "30000", unit: "NOK"),
      fact("frame", sentence: sentence, text: "kr 12,7 mill.", offset: 60, kind: .money, value: "12700000", unit: "NOK"),
    ]
    let frame = Metric(id: "ramme", kind: .money, precededBy: ["budsjettramme"])
    let underspend = Metric(id: "mindre", kind: .money, precededBy: ["mindreforbruk"])
    let result = table([frame, underspend], facts)
    #expect(result.rows[0].points.map(\.factID) == ["frame"])
    #expect(result.rows[1].points.map(\.factID) == ["small"])
  }

  @Test func repeatedPhraseTextFindsTheRightOccurrence() {
    let sentence = "Andelen var 20 prosent i fjor og er nå 20 prosent etter omlegging."
    let facts = [
      fact("first", sentence: sentence, text: "20 prosent", kind: .percent, value: "20", unit: "%"),
      fact("second", sentence: sentence, text: "20 prosent", offset: 30, kind: .percent, value: "20", unit: "%"),
    ]
    let metric = Metric(id: "m", kind: .percent, precededBy: ["er nå"])
    #expect(table([metric], facts).rows[0].points.map(\.factID) == ["second"])
  }

  @Test func yearIsThePeriodAndTheOwnReportWins() throws {
    let look = "Tilbudet ble gitt til 400 personer, mot 270 personer i 2016."
    let facts = [
      // The 2017 report looks back at 2016 first …
      fact("back", document: "input/2017.txt", reportYear: 2017, period: "2016", sentence: look,
        text: "270 personer", offset: 5, value: "270"),
      fact("own2017", document: "input/2017.txt", reportYear: 2017, sentence: "Det ble gitt tilbud til 400 personer.",
        text: "400 personer", offset: 9, value: "400"),
      // … but the 2016 report's own figure, read later, wins for 2016.
      fact("own2016", document: "input/x-2016.txt", reportYear: 2016, sentence: "Det ble gitt tilbud til 265 personer.",
        text: "265 personer", value: "265"),
    ]
    let result = table([participants], facts)
    #expect(result.years == [2016, 2017])
    #expect(result.rows[0].point(in: 2016)?.factID == "own2016")
    #expect(result.rows[0].point(in: 2017)?.factID == "own2017")
    // The reports disagree about 2016: both readings are kept, the chosen one first.
    #expect(result.rows[0].conflicts == [.init(year: 2016, readings: ["265", "270"])])
  }

  @Test func sameFigureInSeveralCopiesIsNoConflict() {
    let sentence = "Senteret ga tilbud til i overkant av 400 personer."
    let facts = ["input/a.txt", "input/a.html", "input/a.xml#1"].map {
      fact($0, document: $0, sentence: sentence, text: "i overkant av 400 personer", value: "400",
        qualifier: .slightlyAbove)
    }
    let result = table([participants], facts)
    #expect(result.rows[0].point(in: 2021)?.factID == "input/a.txt")
    #expect(result.rows[0].conflicts.isEmpty)
  }

  @Test func differentQualifierIsAConflict() {
    let facts = [
      fact("a", document: "input/a.txt", sentence: "Senteret ga tilbud til 400 personer.", text: "400 personer", value: "400"),
      fact("b", document: "input/b.txt", sentence: "Senteret ga tilbud til nær 400 personer.", text: "nær 400 personer",
        value: "400", qualifier: .slightlyBelow),
    ]
    #expect(table([participants], facts).rows[0].conflicts == [
      .init(year: 2021, readings: ["400", "400 (slightly_below)"]),
    ])
  }

  @Test func headerAndFieldsHaveAColumnGroupPerYear() throws {
    let facts = [
      fact("a17", reportYear: 2017, sentence: "Gitt tilbud til 600 personer.", text: "600 personer", value: "600",
        qualifier: .slightlyAbove),
      fact("a21", document: "input/z.txt", sentence: "Gitt tilbud til 400 personer.", text: "400 personer", value: "400"),
    ]
    let empty = Metric(id: "tom", title: "Uten verdier", kind: .money)
    let result = table([participants, empty], facts)
    #expect(result.header == [
      "metric", "title", "kind", "unit", "2017", "2017_qualifier", "2017_fact", "2021",
      "2021_qualifier", "2021_fact", "conflicts",
    ])
    #expect(result.fieldValues(of: result.rows[0]) == [
      .text("deltakere"), .text("Deltakere"), .text("count"), .text("personer"),
      .decimal(600), .text("slightly_above"), .text("a17"), .decimal(400), .text("exact"),
      .text("a21"), .null,
    ])
    #expect(result.fieldValues(of: result.rows[1]) == [
      .text("tom"), .text("Uten verdier"), .text("money"), .null, .null, .null, .null, .null,
      .null, .null, .null,
    ])
  }

  @Test func excelSeriesCSVReadsBackWithSemicolonAndDecimalComma() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let facts = [
      fact("p", sentence: "Forbruksprosent på 99,1.", text: "99,1", kind: .percent, value: "99.1", unit: "%"),
    ]
    let metric = Metric(id: "forbruk", title: "Forbruk; i %", kind: .percent, keywords: ["forbruksprosent"])
    let writer = try SeriesCSVWriter.prepare(
      table([metric], facts), publishing: folder.file("series.csv"), dialect: .excelNorwegian)
    try writer.commit()
    let bytes = try Data(contentsOf: folder.file("series.csv"))
    #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
    let rows = CSVReader.parse(String(decoding: bytes.dropFirst(3), as: UTF8.self), separator: ";")
    #expect(rows[0] == ["metric", "title", "kind", "unit", "2021", "2021_qualifier", "2021_fact", "conflicts"])
    #expect(rows[1] == ["forbruk", "Forbruk; i %", "percent", "%", "99,1", "exact", "p", ""])
  }
}

@Suite struct NorwegianNumberTests {
  @Test(arguments: [
    ("7849", "7\u{A0}849"), ("400", "400"), ("99.1", "99,1"), ("0.5", "0,5"),
    ("15600000", "15,6\u{A0}mill."), ("12700000", "12,7\u{A0}mill."), ("30000", "30\u{A0}000"),
    ("1250000000", "1,3\u{A0}mrd."), ("-200000", "−200\u{A0}000"), ("1000000", "1\u{A0}mill."),
    ("0.333333", "0,333"),
  ])
  func writesLikeAReport(value: String, expected: String) {
    #expect(NorwegianNumber.text(decimal(value)) == expected)
  }
}
