import AtsetlModel
import AtsetlTransform
import Foundation
import Testing

/// Builds a document block by block together with its plain text (blocks joined by blank
/// lines), so that offsets and lines can be checked against text the test owns.
struct PlainTextDocument {
  private(set) var plain = ""
  private(set) var blocks: [Block] = []

  /// Appends a block after a blank line; its offset and line are where it lands in `plain`.
  mutating func add(
    _ text: String, kind: BlockKind = .paragraph, section: String? = nil, title: String? = nil,
    heading: String? = nil
  ) {
    if !plain.isEmpty { plain += "\n\n" }
    let offset = plain.unicodeScalars.count
    let line = plain.unicodeScalars.filter { $0 == "\n" }.count + 1
    blocks.append(
      Block(
        kind: kind, text: text, offset: offset, line: line, sectionNumber: section,
        sectionTitle: title, heading: heading))
    plain += text
  }

  func document(
    path: String = "rapporter/arsrapport.txt", part: Int? = nil, format: SourceFormat = .text,
    metadata: DocumentMetadata = DocumentMetadata(
      municipality: "Stavanger", reportYear: 2021, language: .nb)
  ) -> Document {
    Document(path: path, part: part, format: format, metadata: metadata, blocks: blocks)
  }

  /// The scalar offset of the first `needle` at or after `start` in the plain text.
  func offset(of needle: String, from start: Int = 0) -> Int? {
    let haystack = Array(plain.unicodeScalars)
    let pattern = Array(needle.unicodeScalars)
    guard !pattern.isEmpty, start >= 0, start <= haystack.count - pattern.count else {
      return nil
    }
    for index in start...(haystack.count - pattern.count)
    where Array(haystack[index..<index + pattern.count]) == pattern {
      return index
    }
    return nil
  }

  /// The plain text's scalars `offset..<offset + length` as a string.
  func slice(_ offset: Int, length: Int) -> String? {
    let scalars = Array(plain.unicodeScalars)
    guard offset >= 0, offset + length <= scalars.count else { return nil }
    return String(String.UnicodeScalarView(scalars[offset..<offset + length]))
  }
}

/// One table cell, how its table reads it, and the fact it must give.
struct CellCase: Sendable, CustomTestStringConvertible {
  let text: String
  let cell: TableCell
  let kind: QuantityKind
  let value: Decimal
  let unit: String?
  let period: String?
  let note: String

  var testDescription: String { note }
}

/// One sentence, the report year, a phrase in it and the period that phrase must carry.
struct PeriodCase: Sendable, CustomTestStringConvertible {
  let sentence: String
  let reportYear: Int?
  let text: String
  let period: String?

  var testDescription: String {
    "\(sentence) (report year \(reportYear.map(String.init) ?? "none"))"
  }
}

/// `Transformer` places every phrase in its document context.
@Suite("Transformer")
struct TransformerTests {
  static func decimal(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
  }

  /// A Nynorsk/Bokmål document with non-ASCII text (including a scalar outside the BMP and
  /// a combining accent) before the numbers and several sentences per block.
  static var mixedDocument: PlainTextDocument {
    var builder = PlainTextDocument()
    builder.add(
      "Økonomi og drift – året i tal 📈", kind: .heading(level: 2), section: "8.16",
      title: "Arbeidstreningssenteret", heading: "Økonomi og drift – året i tal 📈")
    builder.add(
      "Økonomi: Vi fekk kr 15,6 mill. i tilskot frå staten. Året før fekk vi om lag 300 søknader. Kafe\u{301}en 📈 hadde nærmere 35 prosent kvinner.",
      section: "8.16", title: "Arbeidstreningssenteret", heading: "Økonomi og drift – året i tal 📈")
    builder.add(
      "Senteret hadde\ni overkant av 400 personer på kurs.\nAv deltakerne var\nnærmere 35 prosent kvinner.",
      section: "8.16", title: "Arbeidstreningssenteret", heading: "Deltakere")
    return builder
  }

  @Test("Offsets are block offset plus the scalar position in the block")
  func offsetsPointIntoThePlainText() throws {
    let builder = Self.mixedDocument
    let facts = Transformer().facts(in: builder.document())
    let expectedTexts = [
      "kr 15,6 mill.", "om lag 300 søknader", "nærmere 35 prosent", "i overkant av 400 personer",
      "nærmere 35 prosent",
    ]
    #expect(facts.map(\.text) == expectedTexts)
    var from = 0
    var expectedOffsets: [Int] = []
    for text in expectedTexts {
      let offset = try #require(builder.offset(of: text, from: from))
      expectedOffsets.append(offset)
      from = offset + 1
    }
    #expect(facts.map(\.offset) == expectedOffsets)
    for fact in facts {
      #expect(
        builder.slice(fact.offset, length: fact.text.unicodeScalars.count) == fact.text,
        "offset \(fact.offset) of «\(fact.text)»")
    }
  }

  @Test("Line is the block's line plus the line breaks before the phrase")
  func linesCountBreaksInsideTheBlock() throws {
    let builder = Self.mixedDocument
    let facts = Transformer().facts(in: builder.document())
    let paragraph = builder.blocks[2]
    #expect(paragraph.line == 5)
    let lines = Dictionary(
      facts.filter { $0.offset >= paragraph.offset }.map { ($0.text, $0.line) },
      uniquingKeysWith: { first, _ in first })
    #expect(lines == ["i overkant av 400 personer": 6, "nærmere 35 prosent": 8])
    let first = try #require(facts.first)
    #expect(first.line == 3)
  }

  @Test("A phrase broken over two lines is read as one, its text as written")
  func hardWrappedPhrases() throws {
    var builder = PlainTextDocument()
    builder.add("Overskrift", kind: .heading(level: 2))
    builder.add(
      "I 2021 fekk i overkant av\n400 personar tilbod, og kr 15,6\r\nmill. vart brukt. Det var 7\n849 innbyggjarar,  12 \n fleire enn før.")
    let facts = Transformer().facts(in: builder.document())
    let found = facts.map { "\($0.text)=\($0.value.map { "\($0)" } ?? "-") \($0.unit ?? "-") line \($0.line)" }
    #expect(
      found == [
        "2021=2021 - line 3", "i overkant av\n400 personar=400 personar line 3",
        "kr 15,6\r\nmill.=15600000 NOK line 4", "7\n849 innbyggjarar=7849 innbyggjarar line 5",
        "12=12 - line 6",
      ])
    for fact in facts {
      #expect(builder.slice(fact.offset, length: fact.text.unicodeScalars.count) == fact.text)
    }
    #expect(facts.last?.change == .increase)
    #expect(facts[1].sentence == "I 2021 fekk i overkant av 400 personar tilbod, og kr 15,6 mill. vart brukt.")
  }

  @Test("A word hyphenated at a line end is one word again; a pair's first half is not")
  func lineEndHyphens() throws {
    var builder = PlainTextDocument()
    builder.add("Det var 400 arbeids-\nsøkere, 12 VTA-\nplasser og 30 helse-\nog omsorgsarbeidere i 2019–\n2021.")
    let facts = Transformer().facts(in: builder.document())
    #expect(facts.map(\.text) == ["400 arbeids-\nsøkere", "12 VTA-\nplasser", "30", "2019–\n2021"])
    #expect(facts.map(\.unit) == ["arbeidssøkere", "vta-plasser", nil, nil])
    #expect(facts.last?.lower == 2019 && facts.last?.upper == 2021)
    for fact in facts {
      #expect(builder.slice(fact.offset, length: fact.text.unicodeScalars.count) == fact.text)
    }
  }

  @Test("'mot 250 året før' is about the year before the report year")
  func figureOfTheYearBefore() throws {
    let block = Block(
      kind: .paragraph, text: "Det var 300 deltakere, mot 250 året før.", offset: 0, line: 1)
    let document = Document(
      path: "a.txt", format: .text, metadata: DocumentMetadata(reportYear: 2021), blocks: [block])
    let facts = Transformer().facts(in: document)
    #expect(facts.map(\.text) == ["300 deltakere", "250"])
    #expect(facts.map(\.period) == ["2021", "2020"])
    #expect(facts.map(\.comparedTo) == ["previous_year", nil])
  }

  @Test(
    "A sentence opening with 'I fjor' or 'Fjorårets' is about the year before",
    arguments: [
      ("I fjor var det 300 deltakere og 20 ansatte.", ["2020", "2020"]),
      ("Fjorårets resultat var 5 mill. kroner.", ["2020"]),
      ("I fjor økte antallet med 20 prosent.", ["2020"]),
      ("I fjor var det 300 deltakere, i 2019 var det 280.", ["2020", "2019", "2019"]),
      ("Det var 300 deltakere, mot 280 i fjor.", ["2021", "2020"]),
      ("Det var 300 deltakere i år.", ["2021"]),
    ])
  func lastYearOpensTheSentence(sentence: String, periods: [String]) {
    let block = Block(kind: .paragraph, text: sentence, offset: 0, line: 1)
    let document = Document(
      path: "a.txt", format: .text, metadata: DocumentMetadata(reportYear: 2021), blocks: [block])
    #expect(Transformer().facts(in: document).map(\.period) == periods)
  }

  @Test("A year opening each clause is the period of the figures in it")
  func yearOpeningTheClause() {
    let block = Block(
      kind: .paragraph, text: "Resultatet for 2019 var 5 mill. kroner, og for 2020 7,5 mill. kroner.",
      offset: 0, line: 1)
    let document = Document(
      path: "a.txt", format: .text, metadata: DocumentMetadata(reportYear: 2021), blocks: [block])
    let facts = Transformer().facts(in: document)
    #expect(facts.map(\.text) == ["2019", "5 mill. kroner", "2020", "7,5 mill. kroner"])
    #expect(facts.map(\.period) == ["2019", "2019", "2020", "2020"])
  }

  @Test("A block that starts deep in the file keeps its line")
  func lineOfLaterBlock() throws {
    let block = Block(
      kind: .paragraph, text: "Innledning uten tall.\nI fjor fikk\n\n450 personar vedtak.",
      offset: 1_000, line: 40)
    let document = Document(path: "a.txt", format: .text, blocks: [block])
    let fact = try #require(Transformer().facts(in: document).first)
    #expect(fact.text == "450 personar")
    #expect(fact.line == 43)
    #expect(fact.offset == 1_000 + 35)
  }

  @Test("Sentence, section, heading and document fields")
  func contextFields() throws {
    let builder = Self.mixedDocument
    let document = builder.document(
      path: "rapporter/stavanger.xml", part: 2, format: .xml,
      metadata: DocumentMetadata(
        municipality: "Stavanger", reportYear: 2021, title: "Årsrapport 2021", language: .nn))
    let facts = Transformer().facts(in: document)
    #expect(facts.count == 5)
    for fact in facts {
      #expect(fact.document == "rapporter/stavanger.xml#2")
      #expect(fact.format == .xml)
      #expect(fact.municipality == "Stavanger")
      #expect(fact.reportYear == 2021)
      #expect(fact.language == .nn)
      #expect(fact.sectionNumber == "8.16")
      #expect(fact.sectionTitle == "Arbeidstreningssenteret")
      #expect(fact.row == nil)
      #expect(fact.column == nil)
    }
    let sentences = facts.map(\.sentence)
    #expect(
      sentences == [
        "Økonomi: Vi fekk kr 15,6 mill. i tilskot frå staten.",
        "Året før fekk vi om lag 300 søknader.",
        "Kafe\u{301}en 📈 hadde nærmere 35 prosent kvinner.",
        "Senteret hadde i overkant av 400 personer på kurs.",
        "Av deltakerne var nærmere 35 prosent kvinner.",
      ])
    #expect(
      facts.map(\.heading) == [
        "Økonomi og drift – året i tal 📈", "Økonomi og drift – året i tal 📈",
        "Økonomi og drift – året i tal 📈", "Deltakere", "Deltakere",
      ])
  }

  @Test("Missing metadata stays missing; language defaults to Bokmål")
  func missingMetadata() throws {
    var builder = PlainTextDocument()
    builder.add("Enheten hadde 35 prosent kvinner.")
    let document = builder.document(path: "x.txt", metadata: DocumentMetadata())
    let fact = try #require(Transformer().facts(in: document).first)
    #expect(fact.document == "x.txt")
    #expect(fact.format == .text)
    #expect(fact.municipality == nil)
    #expect(fact.reportYear == nil)
    #expect(fact.period == nil)
    #expect(fact.language == .nb)
    #expect(fact.sectionNumber == nil)
    #expect(fact.sectionTitle == nil)
    #expect(fact.heading == nil)
  }

  static let periods: [PeriodCase] = [
    PeriodCase(
      sentence: "I 2019 hadde senteret 300 deltakere.", reportYear: 2021, text: "300 deltakere",
      period: "2019"),
    PeriodCase(
      sentence: "Senteret hadde 300 deltakere.", reportYear: 2021, text: "300 deltakere",
      period: "2021"),
    PeriodCase(
      sentence: "Senteret hadde 300 deltakere.", reportYear: nil, text: "300 deltakere",
      period: nil),
    PeriodCase(
      sentence: "I 2020 fekk 450 personar vedtak.", reportYear: 2022, text: "450 personar",
      period: "2020"),
    PeriodCase(
      sentence: "Skulen hadde 212 elevar.", reportYear: 2018, text: "212 elevar", period: "2018"),
  ]

  @Test("Period: an explicit year in the sentence, else the report year", arguments: periods)
  func period(_ row: PeriodCase) throws {
    var builder = PlainTextDocument()
    builder.add("Innledning.")
    builder.add(row.sentence)
    let document = builder.document(
      metadata: DocumentMetadata(municipality: "Bergen", reportYear: row.reportYear))
    let facts = Transformer().facts(in: document)
    let fact = try #require(facts.first { $0.text == row.text }, "\(facts.map(\.text))")
    #expect(fact.period == row.period)
  }

  @Test("Ids are 16 lower-case hex digits, stable, and unique per offset")
  func identifiers() throws {
    let document = Self.mixedDocument.document(path: "rapport.xml", part: 2, format: .xml)
    let facts = Transformer().facts(in: document)
    try #require(facts.count == 5)
    let hex = Set("0123456789abcdef")
    for fact in facts {
      #expect(fact.id.count == 16 && fact.id.allSatisfy(hex.contains), "\(fact.id)")
      #expect(
        fact.id
          == Transformer.identifier(document: "rapport.xml#2", offset: fact.offset, text: fact.text)
      )
    }
    #expect(Transformer().facts(in: document).map(\.id) == facts.map(\.id))
    // "nærmere 35 prosent" occurs twice: same text, different offsets, different ids.
    #expect(Set(facts.map(\.id)).count == facts.count)
    let same = Transformer.identifier(document: "a.txt", offset: 10, text: "35 prosent")
    #expect(same == Transformer.identifier(document: "a.txt", offset: 10, text: "35 prosent"))
    #expect(same != Transformer.identifier(document: "a.txt", offset: 11, text: "35 prosent"))
    #expect(same != Transformer.identifier(document: "b.txt", offset: 10, text: "35 prosent"))
    #expect(same != Transformer.identifier(document: "a.txt", offset: 10, text: "36 prosent"))
    let other = Self.mixedDocument.document(path: "rapport.xml", part: 3, format: .xml)
    #expect(Set(Transformer().facts(in: other).map(\.id)).isDisjoint(with: facts.map(\.id)))
  }

  @Test("A sentence repeated in the same section gives its facts once")
  func repeatedSentenceInSameSection() {
    var builder = PlainTextDocument()
    builder.add(
      "Senteret hadde 310 deltakere i 2017. Det var flere enn ventet.", section: "8.16",
      title: "Arbeidstreningssenteret")
    builder.add(
      "Senteret hadde 310\ndeltakere i 2017.", kind: .listItem, section: "8.16",
      title: "Arbeidstreningssenteret", heading: "Fakta")
    builder.add(
      "Senteret hadde 310 deltakere i 2017.", section: "8.16",
      title: "Arbeidstreningssenteret")
    let facts = Transformer().facts(in: builder.document())
    let first = builder.blocks[0]
    #expect(!facts.isEmpty)
    #expect(facts.allSatisfy { $0.offset < first.offset + first.text.unicodeScalars.count })
    #expect(facts.filter { $0.text == "310 deltakere" }.count == 1)
  }

  @Test("The same sentence in another numbered section gives its facts again")
  func repeatedSentenceInOtherSection() {
    var builder = PlainTextDocument()
    builder.add("Senteret hadde 310 deltakere i 2017.", section: "8.16", title: "Arbeidstrening")
    builder.add("Senteret hadde 310 deltakere i 2017.", section: "8.17", title: "Dagsenter")
    let facts = Transformer().facts(in: builder.document())
    let counts = facts.filter { $0.text == "310 deltakere" }
    #expect(counts.map(\.offset) == [15, 53])
    #expect(counts.map(\.sectionNumber) == ["8.16", "8.17"])
  }

  @Test("The same sentence in another unnumbered section gives its facts again")
  func repeatedSentenceInOtherUnnumberedSection() {
    var builder = PlainTextDocument()
    builder.add("Enheten hadde 35 prosent kvinner.", title: "Sykehjem")
    builder.add("Enheten hadde 35 prosent kvinner.", title: "Hjemmetjenesten")
    let facts = Transformer().facts(in: builder.document(format: .html))
    #expect(facts.map(\.sectionTitle) == ["Sykehjem", "Hjemmetjenesten"])
  }

  static let cells: [CellCase] = [
    CellCase(
      text: "612",
      cell: TableCell(row: "Antall årsverk", column: "2022", period: 2022, countedNoun: "årsverk"),
      kind: .count, value: 612, unit: "årsverk", period: "2022", note: "a count named by its row"),
    CellCase(
      text: "12 elever",
      cell: TableCell(row: "Antall årsverk", column: "2022", period: 2022, countedNoun: "årsverk"),
      kind: .count, value: 12, unit: "elever", period: "2022", note: "the cell's own noun first"),
    CellCase(
      text: "15 500",
      cell: TableCell(
        row: "Lønn", column: "Regnskap 2021", period: 2021, scale: 1000, isMoney: true),
      kind: .money, value: 15_500_000, unit: "NOK", period: "2021", note: "thousands of kroner"),
    CellCase(
      text: "99,4",
      cell: TableCell(row: "Forbruksprosent", column: "2020", period: 2020, isPercent: true),
      kind: .percent, value: decimal("99.4"), unit: "%", period: "2020", note: "percent"),
    CellCase(
      text: "-200",
      cell: TableCell(
        row: "Avvik", column: "Budsjett 2021", period: 2021, scale: 1000, isMoney: true),
      kind: .money, value: -200_000, unit: "NOK", period: "2021", note: "negative thousands"),
    CellCase(
      text: "\u{2212}200",
      cell: TableCell(
        row: "Avvik", column: "Budsjett 2021", period: 2021, scale: 1000, isMoney: true),
      kind: .money, value: -200_000, unit: "NOK", period: "2021",
      note: "negative thousands with a minus sign"),
    CellCase(
      text: "2021", cell: TableCell(row: "Bygget", column: "Ferdig"),
      kind: .count, value: 2021, unit: nil, period: "2022", note: "a year-like cell is a count"),
    CellCase(
      text: "1 234", cell: TableCell(row: "Brukere", column: "2020", period: 2020),
      kind: .count, value: 1234, unit: nil, period: "2020", note: "no scale, no money"),
    CellCase(
      text: "1 234", cell: TableCell(row: "Tilskudd", column: "Kroner", isMoney: true),
      kind: .money, value: 1234, unit: "NOK", period: "2022", note: "kroner without scale"),
    CellCase(
      text: "3,5", cell: TableCell(row: "Lån", column: "mill. kr", scale: 1_000_000, isMoney: true),
      kind: .money, value: 3_500_000, unit: "NOK", period: "2022", note: "millions of kroner"),
  ]

  @Test("Table cells are read with their table's scale, money and percent", arguments: cells)
  func tableCell(_ row: CellCase) throws {
    var builder = PlainTextDocument()
    builder.add("Tabellen viser regnskapet.")
    builder.add(row.text, kind: .tableCell(row.cell), section: "3.1", title: "Økonomi")
    let document = builder.document(
      path: "tabell.html", format: .html,
      metadata: DocumentMetadata(municipality: "Sandnes", reportYear: 2022, language: .nb))
    let facts = Transformer().facts(in: document)
    try #require(facts.count == 1, "\(facts.map(\.text))")
    let fact = facts[0]
    #expect(fact.text == row.text)
    #expect(fact.sentence == row.text)
    #expect(fact.offset == builder.blocks[1].offset)
    #expect(fact.line == 3)
    #expect(fact.kind == row.kind)
    #expect(fact.value == row.value)
    #expect(fact.lower == row.value)
    #expect(fact.upper == row.value)
    #expect(fact.qualifier == .exact)
    #expect(fact.unit == row.unit)
    #expect(fact.period == row.period)
    #expect(fact.row == row.cell.row)
    #expect(fact.column == row.cell.column)
    #expect(fact.sectionNumber == "3.1")
  }

  /// Prose and a money cell, listed with the cell first although it stands last.
  static var prosePlusTable: (builder: PlainTextDocument, document: Document) {
    var builder = PlainTextDocument()
    builder.add(
      "Netto driftsbudsjett var kr 15,6 mill. I 2021 fikk 400 personer tilbud. Andelen var 35 prosent."
    )
    builder.add(
      "15 500",
      kind: .tableCell(
        TableCell(row: "Lønn", column: "2021", period: 2021, scale: 1000, isMoney: true)))
    builder.add("Frå 1. januar 2017 vart tenesta ei eiga eining.")
    var document = builder.document()
    document.blocks.reverse()
    return (builder, document)
  }

  @Test("The kinds filter keeps only the kinds asked for")
  func kindsFilter() {
    let document = Self.prosePlusTable.document
    let all = Transformer().facts(in: document)
    let money = Transformer(kinds: [.money]).facts(in: document)
    #expect(money.map(\.text) == ["kr 15,6 mill.", "15 500"])
    #expect(money.allSatisfy { $0.kind == .money })
    #expect(money == all.filter { $0.kind == .money })
    let counts = Transformer(kinds: [.count, .percent]).facts(in: document)
    #expect(counts.map(\.text) == ["400 personer", "35 prosent"])
    #expect(Transformer(kinds: []).facts(in: document).isEmpty)
    #expect(Set(all.map(\.kind)).isSuperset(of: [.money, .year, .count, .percent, .date]))
  }

  @Test("Facts are ordered by offset whatever the block order")
  func orderedByOffset() throws {
    let (builder, document) = Self.prosePlusTable
    let facts = Transformer().facts(in: document)
    #expect(facts.map(\.offset) == facts.map(\.offset).sorted())
    #expect(Set(facts.map(\.offset)).count == facts.count)
    #expect(
      facts.map(\.text) == [
        "kr 15,6 mill.", "2021", "400 personer", "35 prosent", "15 500", "1. januar 2017",
      ])
    for fact in facts {
      #expect(builder.slice(fact.offset, length: fact.text.unicodeScalars.count) == fact.text)
    }
  }
}
