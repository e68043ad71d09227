import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

@Suite("XML files")
struct XMLExtractionTests {
  /// Block offsets count scalars in the blocks joined by blank lines.
  func expectPlainTextOffsets(_ document: Document) {
    let plain = Array(Extractor.plainText(of: document).unicodeScalars)
    for block in document.blocks {
      var slice = String.UnicodeScalarView()
      slice.append(
        contentsOf: plain[block.offset..<(block.offset + block.text.unicodeScalars.count)])
      #expect(String(slice) == block.text)
    }
  }

  @Test func sampleFileHoldsTwoReportsWithTheSeedsText() throws {
    let documents = try TestInput.documents(
      TestInput.input("stavanger-2021.xml"), format: .xml, displayPath: "input/stavanger-2021.xml")
    #expect(documents.count == 2)
    #expect(documents.map(\.part) == [1, 2])
    #expect(documents.map(\.name) == ["input/stavanger-2021.xml#1", "input/stavanger-2021.xml#2"])
    #expect(documents.map(\.metadata.reportYear) == [2021, 2017])
    #expect(documents.map(\.metadata.title) == ["Årsrapport 2021", "Årsrapport 2017"])
    #expect(documents.allSatisfy { $0.metadata.municipality == "Stavanger" })
    #expect(documents.allSatisfy { $0.metadata.language == .nb })
    #expect(documents.allSatisfy { $0.format == .xml })

    // Parity with the text seeds: same headings, same paragraphs, same outline.
    let texts = try ["seed-2021.txt", "seed-2017.txt"].map {
      try TestInput.document(TestInput.fixture($0), format: .text)
    }
    for (xml, text) in zip(documents, texts) {
      #expect(xml.headingTexts == text.headingTexts)
      #expect(xml.paragraphTexts == text.paragraphTexts)
      #expect(xml.blocks.map(\.kind) == text.blocks.map(\.kind))
      #expect(xml.blocks.map(\.heading) == text.blocks.map(\.heading))
      #expect(xml.blocks.map(\.sectionNumber) == text.blocks.map(\.sectionNumber))
      #expect(xml.blocks.map(\.sectionTitle) == text.blocks.map(\.sectionTitle))
      expectPlainTextOffsets(xml)
    }
    let first = try #require(documents[0].blocks.first)
    #expect(first.text == "8.16 Arbeidstreningssenteret")
    #expect(first.line == 6)
    #expect(first.offset == 0)
    #expect(documents[0].blocks[1].offset == 30)
    #expect(documents[0].blocks[1].line == 7)
  }

  @Test func singleReportHasNoPart() throws {
    let xml = """
      <report municipality="Sola" year="2020"><p>Kommunen hadde 27 000 innbyggere.</p></report>
      """
    let documents = try TestInput.documents(try TestInput.temp(xml, ext: "xml"), format: .xml)
    #expect(documents.count == 1)
    #expect(documents[0].part == nil)
    #expect(documents[0].metadata.municipality == "Sola")
    #expect(documents[0].metadata.reportYear == 2020)
    #expect(documents[0].blocks.map(\.text) == ["Kommunen hadde 27 000 innbyggere."])
  }

  @Test func threeReportsStreamInOrder() throws {
    let reports = (1...3).map { "<report year=\"20\($0 + 10)\"><p>Rapport \($0).</p></report>" }
    let xml = "<reports>\(reports.joined())</reports>"
    var seen: [(Int?, Int?)] = []
    try Extractor.readDocuments(
      at: try TestInput.temp(xml, ext: "xml"), displayPath: "x.xml", format: .xml,
      options: ExtractOptions()
    ) { seen.append(($0.part, $0.metadata.reportYear)) }
    #expect(seen.map(\.0) == [1, 2, 3])
    #expect(seen.map(\.1) == [2011, 2012, 2013])
  }

  @Test func whitespaceListsAndInlineMarkup() throws {
    let xml = """
      <report year="2021" language="nn">
        <section number="3.1" title="Barnehage">
          <p>  Talet på   barn
             gjekk <b>ned</b> med 12 &amp; fleire.  </p>
          <list><item>Fire nye barnehagar</item><item>Ein færre</item></list>
        </section>
      </report>
      """
    let document = try TestInput.document(try TestInput.temp(xml, ext: "xml"), format: .xml)
    #expect(document.metadata.language == .nn)
    #expect(
      document.blocks.map(\.text) == [
        "3.1 Barnehage", "Talet på barn gjekk ned med 12 & fleire.", "Fire nye barnehagar",
        "Ein færre",
      ])
    #expect(document.blocks.map(\.kind) == [.heading(level: 1), .paragraph, .listItem, .listItem])
    #expect(document.blocks.map(\.line) == [2, 3, 5, 5])
  }

  @Test func namespaceComplaintIsAWarning() throws {
    let xml = "<report>\n<p>Gyldig.</p>\n<y:p>Ukjent prefiks.</y:p>\n</report>"
    let document = try TestInput.document(try TestInput.temp(xml, ext: "xml"), format: .xml)
    #expect(document.blocks.map(\.text) == ["Gyldig."])
    #expect(document.diagnostics.first?.severity == .warning)
    #expect(document.diagnostics.first?.line == 3)
  }

  @Test func undefinedEntityIsMalformed() throws {
    let url = try TestInput.temp("<report><p>Uten &udefinert; entitet</p></report>", ext: "xml")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .xml) }
    #expect(
      error
        == .malformed(
          path: "input/test", line: 1, column: 28, message: "Entity 'udefinert' not defined"))
  }

  @Test func internalEntitiesAreExpanded() throws {
    let xml = """
      <!DOCTYPE report [<!ENTITY sk "Stavanger kommune">]>
      <report><p>Tall fra &sk; for 2021.</p></report>
      """
    let url = try TestInput.temp(xml, ext: "xml")
    let streamed = try TestInput.document(url, format: .xml)
    #expect(streamed.blocks.map(\.text) == ["Tall fra Stavanger kommune for 2021."])
    var options = ExtractOptions()
    options.xmlMapping = XMLMapping(report: "/report", block: "p")
    let mapped = try TestInput.document(url, format: .xml, options: options)
    #expect(mapped.blocks.map(\.text) == ["Tall fra Stavanger kommune for 2021."])
  }

  @Test func economyTableCells() throws {
    let document = try TestInput.document(TestInput.input("stavanger-okonomi.xml"), format: .xml)
    let cells = document.tableCells
    #expect(cells.count == 16)
    #expect(!cells.contains { $0.text == "Beløp i 1000 kr" || $0.text.hasPrefix("Regnskap") })
    let first = try #require(cells.first)
    #expect(first.text == "15 500")
    #expect(
      first.cell
        == TableCell(
          row: "Arbeidstreningssenteret", column: "Regnskap 2021", period: 2021, scale: 1000,
          isMoney: true))
    let deviation = try #require(
      cells.first { $0.cell.row == "Jobbverksted" && $0.cell.column == "Avvik" })
    #expect(deviation.text == "-200")
    #expect(deviation.cell.period == nil)
    #expect(deviation.cell.scale == 1000)
    #expect(deviation.cell.isMoney)
    let percent = try #require(
      cells.first { $0.cell.row == "Sum" && $0.cell.column == "Forbruk i %" })
    #expect(percent.text == "99,5")
    #expect(percent.cell.isPercent)
    #expect(!percent.cell.isMoney)
    #expect(percent.cell.scale == nil)
    #expect(document.blocks.allSatisfy { $0.sectionNumber == "8.16" })
    #expect(cells.allSatisfy { _ in true })
    let cellBlock = try #require(document.blocks.first { $0.text == "15 500" })
    #expect(cellBlock.heading == "Økonomi i tall (eksempel)")
    #expect(cellBlock.line == 12)
  }

  @Test(arguments: [
    ("Beløp i 1000 kr", Decimal(1000)), ("i 1 000 kroner", 1000), ("tusen kroner", 1000),
    ("mill. kr", 1_000_000), ("I millioner kroner", 1_000_000), ("MNOK", 1_000_000),
    ("Beløp i mrd. kr", 1_000_000_000),
  ])
  func tableScales(caption: String, scale: Decimal) {
    #expect(TableData.scale(in: caption) == scale)
    #expect(TableData.mentionsMoney(caption) || caption == "tusen kroner" || caption.contains("kr"))
  }

  /// A row that names what it counts holds counts in a table of kroner; a row of kroner
  /// per child stays kroner.
  @Test(arguments: [
    ("Antall årsverk", TableCell(row: "Antall årsverk", column: "Regnskap 2022", period: 2022, countedNoun: "årsverk")),
    ("Tal på brukarar", TableCell(row: "Tal på brukarar", column: "Regnskap 2022", period: 2022, countedNoun: "brukarar")),
    ("Elevar", TableCell(row: "Elevar", column: "Regnskap 2022", period: 2022, countedNoun: "elevar")),
    (
      "Netto driftsutgifter per barn",
      TableCell(
        row: "Netto driftsutgifter per barn", column: "Regnskap 2022", period: 2022,
        scale: 1_000_000, isMoney: true)
    ),
    (
      "Tal i mill. kr",
      TableCell(
        row: "Tal i mill. kr", column: "Regnskap 2022", period: 2022, scale: 1_000_000,
        isMoney: true)
    ),
  ])
  func countRowInAMoneyTable(row: String, expected: TableCell) {
    let cell = TableData.describe(
      row: row, column: "Regnskap 2022", context: "Driftsregnskap (beløp i mill. kr)")
    #expect(cell == expected)
  }

  @Test(arguments: [
    ("Antall årsverk", true), ("Innbyggere per 1. januar", true), ("Tal på søknader", true),
    ("Elever per lærer", false), ("Barn pr. årsverk", false), ("Netto driftsutgifter per barn", false),
    ("Tal i alt", false), ("Talet", false), ("Tallet på brukere", true), ("Andel barn", false),
  ])
  func countLabels(label: String, counts: Bool) {
    #expect(TableData.namesCount(label.lowercased()) == counts)
  }

  @Test func countColumnInAMoneyTable() {
    let context = "Tilskudd (beløp i 1000 kr)"
    #expect(
      TableData.describe(row: "Idrettslag", column: "Antall", context: context)
        == TableCell(row: "Idrettslag", column: "Antall"))
    #expect(
      TableData.describe(row: "Idrettslag", column: "Beløp", context: context)
        == TableCell(row: "Idrettslag", column: "Beløp", scale: 1000, isMoney: true))
    #expect(
      TableData.describe(row: "Utbetalt (kr)", column: "Antall", context: context)
        == TableCell(row: "Utbetalt (kr)", column: "Antall", scale: 1000, isMoney: true))
  }

  @Test func tableWithoutHeaderRow() throws {
    let xml = """
      <report><table><tr><td>Deltakere 2021</td><td>400</td></tr><tr><td>Tall</td><td>-</td></tr></table></report>
      """
    let document = try TestInput.document(try TestInput.temp(xml, ext: "xml"), format: .xml)
    #expect(document.tableCells.count == 1)
    #expect(document.tableCells.first?.text == "400")
    #expect(
      document.tableCells.first?.cell
        == TableCell(row: "Deltakere 2021", period: 2021, countedNoun: "deltakere"))
  }

  @Test func malformedXMLGivesLineAndColumn() throws {
    let xml = "<report>\n  <section number=\"1\" title=\"A\">\n    <p>tekst</section>\n</report>\n"
    let url = try TestInput.temp(xml, ext: "xml")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .xml) }
    guard case .malformed(let path, let line, let column, let message) = error else {
      Issue.record("expected .malformed, got \(String(describing: error))")
      return
    }
    #expect(path == "input/test")
    #expect(line == 3)
    #expect(column == 23)
    #expect(message.contains("mismatch"))
    #expect(error?.description.hasPrefix("input/test:3:23: malformed markup:") == true)
  }

  @Test func truncatedXML() throws {
    let url = try TestInput.temp("<report><p>Halv", ext: "xml")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .xml) }
    guard case .malformed(_, let line, _, _) = error else {
      Issue.record("expected .malformed, got \(String(describing: error))")
      return
    }
    #expect(line == 1)
  }

  @Test(arguments: ["<other><p>Tekst.</p></other>", "<report/>", "   "])
  func noReportTextIsEmpty(xml: String) throws {
    let url = try TestInput.temp(xml, ext: "xml")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .xml) }
    switch error {
    case .empty, .malformed: break
    default: Issue.record("expected .empty or .malformed, got \(String(describing: error))")
    }
  }

  @Test func externalEntitiesAreNeverRead() throws {
    let secret = "HEMMELIG-\(UUID().uuidString)"
    let secretFile = try TestInput.temp(secret, ext: "txt")
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE report [
        <!ENTITY xxe SYSTEM "file://\(secretFile.path)">
        <!ENTITY % pe SYSTEM "file://\(secretFile.path)">
        %pe;
      ]>
      <report title="&xxe;"><p>Start &xxe; slutt</p><p>Annet avsnitt.</p></report>
      """
    let url = try TestInput.temp(xml, ext: "xml")
    var texts: [String] = []
    do {
      for document in try TestInput.documents(url, format: .xml) {
        texts += document.blocks.map(\.text)
        texts += [document.metadata.title ?? ""]
        texts += document.diagnostics.map(\.message)
      }
    } catch let error as ExtractError {
      texts.append(error.description)
    }
    #expect(!texts.isEmpty)
    #expect(!texts.contains { $0.contains(secret) })
    // The same through the XPath mapping (DOM) path.
    var options = ExtractOptions()
    options.xmlMapping = XMLMapping(report: "/report", block: "p", title: "@title")
    do {
      let documents = try TestInput.documents(url, format: .xml, options: options)
      #expect(!documents.flatMap(\.blocks).contains { $0.text.contains(secret) })
      #expect(documents.first?.blocks.first?.text == "Start slutt")
    } catch let error as ExtractError {
      #expect(!error.description.contains(secret))
    }
  }

  static let billionLaughs: String = {
    var declarations = "<!ENTITY lol0 \"lol\">\n"
    for level in 1...9 {
      let previous = String(repeating: "&lol\(level - 1);", count: 10)
      declarations += "<!ENTITY lol\(level) \"\(previous)\">\n"
    }
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE report [\n\(declarations)]>\n"
  }()

  @Test(arguments: [
    "<report><p>&lol9;</p></report>", "<report title=\"&lol9;\"><p>Tekst.</p></report>",
    "<report><table><tr><td>A</td><td>&lol9;</td></tr></table></report>",
  ])
  func billionLaughsFailsFast(body: String) throws {
    let url = try TestInput.temp(Self.billionLaughs + body, ext: "xml")
    for mapping in [nil, XMLMapping(report: "/report", block: "p | table", title: "@title")] {
      var options = ExtractOptions()
      options.xmlMapping = mapping
      let clock = ContinuousClock()
      let started = clock.now
      let error = TestInput.extractError {
        _ = try TestInput.documents(url, format: .xml, options: options)
      }
      #expect(clock.now - started < .seconds(5))
      switch error {
      case .malformed, .limitExceeded: break
      default: Issue.record("expected an entity error, got \(String(describing: error))")
      }
    }
  }

  @Test func deepNestingIsAnError() throws {
    let depth = 100_000
    let xml =
      "<report><p>Tekst.</p>" + String(repeating: "<a>", count: depth)
      + String(repeating: "</a>", count: depth) + "</report>"
    let url = try TestInput.temp(xml, ext: "xml")
    for mapping in [nil, XMLMapping(report: "/report", block: "p")] {
      var options = ExtractOptions()
      options.xmlMapping = mapping
      let error = TestInput.extractError {
        _ = try TestInput.documents(url, format: .xml, options: options)
      }
      guard case .malformed(_, let line, _, let message) = error else {
        Issue.record("expected .malformed, got \(String(describing: error))")
        continue
      }
      #expect(line == 1)
      #expect(message.contains("depth"))
    }
  }

  @Test func xpathMappingReadsAnotherShape() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <eksport>
        <arsrapport aar="2021" kommune="Sandnes">
          <tittel>Årsmelding 2021</tittel>
          <kapittel nr="3.4" navn="Barnevern">
            <overskrift>Flere meldinger</overskrift>
            <avsnitt>Barnevernet mottok 512 meldinger i 2021.</avsnitt>
            <punkt>Cirka 40 prosent ble henlagt</punkt>
            <avsnitt>Det er en økning på 8 prosent.</avsnitt>
            <table><caption>Mill. kr</caption><tr><th></th><th>2020</th><th>2021</th></tr>
              <tr><td>Utgifter</td><td>101,5</td><td>110,2</td></tr></table>
          </kapittel>
          <kapittel nr="3.5" navn="Helsestasjon">
            <avsnitt>Alle fikk tilbud.</avsnitt>
          </kapittel>
        </arsrapport>
        <arsrapport aar="2022" kommune="Sandnes">
          <kapittel nr="3.4" navn="Barnevern"><avsnitt>Færre meldinger.</avsnitt></kapittel>
        </arsrapport>
      </eksport>
      """
    var mapping = XMLMapping(report: "//arsrapport", block: "avsnitt | table")
    mapping.year = "@aar"
    mapping.municipality = "@kommune"
    mapping.title = "tittel"
    mapping.section = "kapittel"
    mapping.sectionNumber = "@nr"
    mapping.sectionTitle = "@navn"
    mapping.heading = "overskrift"
    mapping.listItem = "punkt"
    var options = ExtractOptions()
    options.xmlMapping = mapping
    let documents = try TestInput.documents(
      try TestInput.temp(xml, ext: "xml"), format: .xml, options: options)
    #expect(documents.count == 2)
    #expect(documents.map(\.part) == [1, 2])
    let first = documents[0]
    #expect(first.metadata.reportYear == 2021)
    #expect(first.metadata.municipality == "Sandnes")
    #expect(first.metadata.title == "Årsmelding 2021")
    #expect(
      first.blocks.map(\.text) == [
        "3.4 Barnevern", "Flere meldinger", "Barnevernet mottok 512 meldinger i 2021.",
        "Cirka 40 prosent ble henlagt", "Det er en økning på 8 prosent.", "101,5", "110,2",
        "3.5 Helsestasjon", "Alle fikk tilbud.",
      ])
    #expect(
      first.blocks.map(\.kind).prefix(5) == [
        .heading(level: 1), .heading(level: 2), .paragraph, .listItem, .paragraph,
      ])
    #expect(first.blocks[2].line == 7)
    #expect(first.blocks[2].heading == "Flere meldinger")
    #expect(first.blocks[2].sectionNumber == "3.4")
    #expect(first.blocks[8].sectionTitle == "Helsestasjon")
    #expect(first.blocks[8].heading == nil)
    #expect(
      first.tableCells.map(\.cell) == [
        TableCell(row: "Utgifter", column: "2020", period: 2020, scale: 1_000_000, isMoney: true),
        TableCell(row: "Utgifter", column: "2021", period: 2021, scale: 1_000_000, isMoney: true),
      ])
    #expect(documents[1].metadata.reportYear == 2022)
    #expect(documents[1].blocks.map(\.text) == ["3.4 Barnevern", "Færre meldinger."])
    expectPlainTextOffsets(first)
  }

  @Test func badMappingXPathNamesTheField() throws {
    var options = ExtractOptions()
    options.xmlMapping = XMLMapping(report: "/report", block: "p[", year: "@year")
    let url = try TestInput.temp("<report><p>x</p></report>", ext: "xml")
    let error = TestInput.extractError {
      _ = try TestInput.documents(url, format: .xml, options: options)
    }
    #expect(error == .invalidXPath(path: "input/test", field: "block", expression: "p["))
  }

  @Test func mappingThatMatchesNothingIsEmpty() throws {
    var options = ExtractOptions()
    options.xmlMapping = XMLMapping(report: "/rapport", block: "p")
    let url = try TestInput.temp("<report><p>x</p></report>", ext: "xml")
    let error = TestInput.extractError {
      _ = try TestInput.documents(url, format: .xml, options: options)
    }
    guard case .empty = error else {
      Issue.record("expected .empty, got \(String(describing: error))")
      return
    }
  }

  @Test func defaultSchemaMappingMatchesTheStreamingReader() throws {
    var options = ExtractOptions()
    options.xmlMapping = XMLMapping.defaultSchema
    let url = TestInput.input("stavanger-2021.xml")
    let mapped = try TestInput.documents(url, format: .xml, options: options)
    let streamed = try TestInput.documents(url, format: .xml)
    #expect(mapped.count == 2)
    // The mapping has no notion of fact boxes; compare the texts only.
    #expect(mapped.map { $0.blocks.map(\.text) } == streamed.map { $0.blocks.map(\.text) })
    #expect(mapped.map(\.metadata) == streamed.map(\.metadata))
  }
}
