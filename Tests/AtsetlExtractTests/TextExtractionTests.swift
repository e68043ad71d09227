import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

@Suite("Text files")
struct TextExtractionTests {
  /// Every block is exactly its slice of the decoded text, and its line holds its first line.
  func expectExactOffsets(_ document: Document, bytes: [UInt8]) throws {
    let decoded = try DecodedText(bytes: bytes, path: "t").text
    let scalars = Array(decoded.unicodeScalars)
    let lines = decoded.split(separator: "\n", omittingEmptySubsequences: false)
    for block in document.blocks {
      let end = block.offset + block.text.unicodeScalars.count
      #expect(end <= scalars.count)
      guard end <= scalars.count else { continue }
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[block.offset..<end])
      #expect(String(slice) == block.text)
      let firstLine = block.text.split(separator: "\n", omittingEmptySubsequences: false)[0]
      #expect(lines[block.line - 1].contains(firstLine))
    }
  }

  @Test func seed2021Structure() throws {
    let url = TestInput.fixture("seed-2021.txt")
    let document = try TestInput.document(url, format: .text)
    #expect(document.metadata.title == "Årsrapport 2021")
    #expect(document.metadata.reportYear == 2021)
    #expect(document.metadata.language == .nb)
    #expect(document.part == nil)
    #expect(document.diagnostics.isEmpty)

    let first = try #require(document.blocks.first)
    #expect(first.kind == .heading(level: 1))
    #expect(first.text == "8.16 Arbeidstreningssenteret")
    #expect(first.line == 3)
    #expect(first.offset == 17)
    #expect(document.blocks.allSatisfy { $0.sectionNumber == "8.16" })
    #expect(document.blocks.allSatisfy { $0.sectionTitle == "Arbeidstreningssenteret" })

    #expect(
      document.headingTexts == [
        "8.16 Arbeidstreningssenteret", "Færre deltakere som følge av koronatiltak",
        "Færre deltakere i jobbverksted for unge",
        "Stabil utnyttelse av praksisplassordningen for personer med funksjonsnedsettelser",
        "Kommunalt VTA-forsøk avsluttet", "VTA-forsøk", "Økonomi",
      ])
    #expect(document.paragraphTexts.count == 11)

    let opening = try #require(document.blocks.first { $0.text.hasPrefix("I 2021 har") })
    #expect(opening.line == 7)
    #expect(opening.heading == "Færre deltakere som følge av koronatiltak")
    #expect(opening.kind == .paragraph)

    // The fact box: a level-3 heading over its paragraph; the outer heading resumes after it.
    let box = try #require(document.blocks.first { $0.text == "VTA-forsøk" })
    #expect(box.kind == .heading(level: 3))
    #expect(box.line == 27)
    let boxText = try #require(document.blocks.first { $0.line == 28 })
    #expect(boxText.heading == "VTA-forsøk")
    #expect(boxText.text.hasPrefix("VTA står for varig"))
    let after = try #require(document.blocks.first { $0.line == 30 })
    #expect(after.heading == "Kommunalt VTA-forsøk avsluttet")

    let last = try #require(document.blocks.last)
    #expect(last.line == 36)
    #expect(last.heading == "Økonomi")
    #expect(last.text.hasSuffix("forbruksprosent på 99,1 og er tilnærmet balanse."))
    try expectExactOffsets(document, bytes: [UInt8](try Data(contentsOf: url)))
  }

  /// A title glued to its paragraph is a fact box only in a document whose headings stand
  /// on their own (the seed above); in a hard-wrapped export or one that never gives a
  /// heading a line of its own, it is the sub-heading of every paragraph until the next.
  @Test(arguments: [
    (
      "hard-wrapped",
      """
      Bakgrunn

      Barnehagedekning
      Ved utgangen av 2022 gjekk 1 245 barn i
      kommunale og private barnehagar.

      Om lag ein tredjedel av barna har
      opphaldstid på under 41 timar i veka.
      """
    ),
    (
      "no stand-alone headings",
      """
      Barnehagedekning
      Ved utgangen av 2022 gjekk 1 245 barn i kommunale og private barnehagar, 37 fleire enn før.

      Om lag ein tredjedel av barna har opphaldstid på under 41 timar i veka.
      """
    ),
  ])
  func gluedTitleOfAWrappedOrPlainExportIsASubHeading(_ style: String, _ text: String) throws {
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    let title = try #require(document.blocks.first { $0.text == "Barnehagedekning" }, "\(style)")
    #expect(title.kind == .heading(level: 2))
    let paragraphs = document.blocks.filter { $0.kind == .paragraph }
    #expect(paragraphs.count == 2)
    #expect(paragraphs.allSatisfy { $0.heading == "Barnehagedekning" }, "\(style)")
    #expect(paragraphs.first?.text.hasPrefix("Ved utgangen av 2022") == true)
  }

  /// A table copied from a web page or spreadsheet arrives as tab-separated lines: its
  /// number cells are table cells with row label, column header, period and the caption's
  /// scale, at their exact offsets; the caption is not the heading of the prose after it.
  @Test func tabSeparatedTableInATextFile() throws {
    let text = """
      Nøkkeltal

      Netto driftsutgifter (1000 kr)
      Teneste\t2021\t2022\tEndring i %
      Heimeteneste\t145 300\t152 120\t4,7

      \t2021\t2022
      Brukarar\t1 210\t1 245

      Lånegjelda var 2 345 mill. kroner.
      """
    let bytes = Array(text.utf8)
    let document = try TestInput.document(try TestInput.temp(bytes, ext: "txt"), format: .text)
    let cells = document.blocks.compactMap { block -> (String, TableCell)? in
      guard case .tableCell(let cell) = block.kind else { return nil }
      return (block.text, cell)
    }
    #expect(cells.map(\.0) == ["145 300", "152 120", "4,7", "1 210", "1 245"])
    #expect(cells.map(\.1.column) == ["2021", "2022", "Endring i %", "2021", "2022"])
    #expect(cells.map(\.1.period) == [2021, 2022, nil, 2021, 2022])
    #expect(cells.map(\.1.row) == ["Heimeteneste", "Heimeteneste", "Heimeteneste", "Brukarar", "Brukarar"])
    #expect(cells[0].1.scale == 1000 && cells[0].1.isMoney)
    #expect(cells[2].1.isPercent && cells[2].1.scale == nil)
    #expect(cells[3].1.scale == nil && !cells[3].1.isMoney)
    #expect(document.blocks.dropFirst().allSatisfy { $0.heading == "Nøkkeltal" })
    #expect(document.paragraphTexts == ["Lånegjelda var 2 345 mill. kroner."])
    try expectExactOffsets(document, bytes: bytes)
  }

  @Test func titleMunicipalityAndSectionsWithoutBlankLines() throws {
    let text = """
      Årsmelding 2020
      Bergen kommune

      3.4 Helse og omsorg

      Heimetenesta
      Heimetenesta hadde i 2020 kring 2 400 brukarar.

      3.5 Barnehage
      Ved utgangen av året gjekk 96,5 prosent av borna i barnehage.

      2.3 Millionar kroner vart brukte på
      vedlikehald i løpet av året.
      """
    let bytes = Array(text.utf8)
    let document = try TestInput.document(TestInput.temp(bytes, ext: "txt"), format: .text)
    #expect(document.metadata.reportYear == 2020)
    #expect(document.metadata.title == "Årsmelding 2020")
    #expect(document.metadata.municipality == "Bergen")
    #expect(document.metadata.language == .nn)
    let sections = document.blocks.filter { $0.kind == .heading(level: 1) }.map(\.text)
    #expect(sections == ["3.4 Helse og omsorg", "3.5 Barnehage"])
    let last = try #require(document.blocks.last)
    #expect(last.sectionNumber == "3.5")
    #expect(last.sectionTitle == "Barnehage")
    // "2.3 Millionar …" wrapped onto a lower-case line is prose, not a section heading.
    #expect(last.kind == .paragraph)
    #expect(last.text == "2.3 Millionar kroner vart brukte på\nvedlikehald i løpet av året.")
    try expectExactOffsets(document, bytes: bytes)
  }

  @Test func seed2017DropsPageChrome() throws {
    let url = TestInput.fixture("seed-2017.txt")
    let document = try TestInput.document(url, format: .text)
    #expect(document.metadata.title == "Årsrapport 2017")
    #expect(document.metadata.reportYear == 2017)
    let allText = document.blocks.map(\.text).joined(separator: "\n")
    for chrome in ["Til toppen", "a a a", "For å endre", "Ctrl-tasten", "Cmd-tasten"] {
      #expect(!allText.contains(chrome))
    }
    #expect(document.blocks.first?.text == "5.5.15 Arbeidstreningsseksjonen")
    #expect(document.blocks.first?.line == 12)
    #expect(document.blocks.allSatisfy { $0.sectionNumber == "5.5.15" })
    #expect(
      document.headingTexts == [
        "5.5.15 Arbeidstreningsseksjonen", "25 prosent flere deltakere",
        "Økt andel praksisplasser i privat og kommunal virksomhet", "JobbSats som nytt tiltak",
        "Jobbverkstedene", "START", "Tett samarbeid med Nav-kontorene om aktivitet",
        "Praksisplasser for funksjonshemmede (PFF)", "Økonomi",
      ])
    #expect(document.paragraphTexts.count == 8)
    let start = try #require(document.blocks.first { $0.text == "START" })
    #expect(start.line == 30)
    #expect(start.kind == .heading(level: 2))
    let next = try #require(document.blocks.first { $0.line == 32 })
    #expect(next.heading == "START")
    try expectExactOffsets(document, bytes: [UInt8](try Data(contentsOf: url)))
  }

  @Test func optionsFillWhatTheDocumentDoesNotSay() throws {
    var options = ExtractOptions()
    options.municipality = "Stavanger"
    options.reportYear = 1999
    let seed = try TestInput.document(
      TestInput.fixture("seed-2021.txt"), format: .text, options: options)
    #expect(seed.metadata.municipality == "Stavanger")
    #expect(seed.metadata.reportYear == 2021)
    let untitled = try TestInput.document(
      try TestInput.temp("Noe tekst uten tittel.\n", ext: "txt"), format: .text, options: options)
    #expect(untitled.metadata.reportYear == 1999)
    #expect(untitled.metadata.title == nil)
  }

  @Test func byteOrderMarkAndCRLF() throws {
    let body =
      "Årsrapport 2021\r\n\r\n8.16 Arbeidstreningssenteret\r\n\r\nTekst på to\r\nlinjer her.\r\n"
    let bytes = [0xEF, 0xBB, 0xBF] + Array(body.utf8)
    let document = try TestInput.document(try TestInput.temp(bytes, ext: "txt"), format: .text)
    #expect(document.diagnostics.isEmpty)
    #expect(
      document.blocks.map(\.text) == ["8.16 Arbeidstreningssenteret", "Tekst på to\nlinjer her."])
    #expect(document.blocks.map(\.offset) == [17, 47])
    #expect(document.blocks.map(\.line) == [3, 5])
    try expectExactOffsets(document, bytes: bytes)
  }

  @Test func oldMacLineEnds() throws {
    let bytes = Array("Første avsnitt.\rAndre linje.\r\rTredje.".utf8)
    let document = try TestInput.document(try TestInput.temp(bytes, ext: "txt"), format: .text)
    #expect(document.blocks.map(\.text) == ["Første avsnitt.\nAndre linje.", "Tredje."])
    #expect(document.blocks.map(\.line) == [1, 4])
  }

  @Test func windows1252IsDecodedWithAWarning() throws {
    // "Økning på 5 prosent – fra 2020." in Windows-1252, with an en dash (0x96).
    let bytes: [UInt8] =
      Array("Tittel\n\n".utf8) + [0xD8] + Array("kning p".utf8) + [0xE5]
      + Array(" 5 prosent ".utf8) + [0x96] + Array(" fra 2020.".utf8)
    let document = try TestInput.document(try TestInput.temp(bytes, ext: "txt"), format: .text)
    #expect(document.blocks.last?.text == "Økning på 5 prosent – fra 2020.")
    let warning = try #require(document.diagnostics.first)
    #expect(warning.severity == .warning)
    #expect(warning.line == 3)
    #expect(warning.column == 1)
    #expect(warning.description.hasPrefix("input/test:3:1: warning: not valid UTF-8"))
  }

  @Test func utf16WithByteOrderMark() throws {
    let body = "Årsmelding 2020\r\n\r\nDet var 12 nye.\r\n"
    let units: [UInt8] = body.utf16.flatMap { unit -> [UInt8] in
      [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let bytes: [UInt8] = [0xFF, 0xFE] + units
    let document = try TestInput.document(try TestInput.temp(bytes, ext: "txt"), format: .text)
    #expect(document.metadata.reportYear == 2020)
    #expect(document.blocks.map(\.text) == ["Det var 12 nye."])
    #expect(document.blocks.map(\.offset) == [17])
  }

  @Test func hugeLineIsOneParagraph() throws {
    let sentence = "Det var 400 personer i tiltaket i 2021. "
    let line = String(repeating: sentence, count: 25_000)
    let document = try TestInput.document(
      try TestInput.temp("Tittel\n\n" + line + "\n", ext: "txt"), format: .text)
    #expect(document.blocks.count == 2)
    #expect(
      document.blocks[1].text.unicodeScalars.count == sentence.unicodeScalars.count * 25_000 - 1)
    #expect(document.blocks[1].line == 3)
  }

  @Test func undefinedWindows1252BytesKeepTheirPlace() {
    let text = DecodedText.decodeWindows1252([0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80, 0x42])
    #expect(
      Array(text.unicodeScalars).map(\.value) == [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x20AC, 0x42])
  }

  @Test func nulByteIsBinary() throws {
    let url = try TestInput.temp(Array("abc\nde".utf8) + [0, 1, 2], ext: "txt")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .text) }
    #expect(error == .binary(path: "input/test", line: 2, column: 3))
    #expect(error?.description == "input/test:2:3: binary file (NUL byte), not text")
  }

  @Test(arguments: ["", "   \n\n\t \n", "⇡ Til toppen\na a a\n", "Årsrapport 2021\n"])
  func emptyOrChromeOnlyIsAnError(content: String) throws {
    let url = try TestInput.temp(content, ext: "txt")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .text) }
    guard case .empty(let path, _) = error else {
      Issue.record("expected .empty, got \(String(describing: error))")
      return
    }
    #expect(path == "input/test")
  }

  @Test func missingFileAndFolder() throws {
    let missing = URL(fileURLWithPath: "/nonexistent/atsetl/x.txt")
    let error = TestInput.extractError { _ = try TestInput.documents(missing, format: .text) }
    #expect(error == .unreadable(path: "input/test", reason: "no such file"))
    let folder = FileManager.default.temporaryDirectory
    let folderError = TestInput.extractError { _ = try TestInput.documents(folder, format: .text) }
    #expect(folderError == .unreadable(path: "input/test", reason: "is a folder, not a file"))
  }

  @Test func tooLargeIsRefused() throws {
    var options = ExtractOptions()
    options.maxFileSize = 10
    let url = try TestInput.temp("Dette er mer enn ti byte.", ext: "txt")
    let error = TestInput.extractError {
      _ = try TestInput.documents(url, format: .text, options: options)
    }
    #expect(error == .tooLarge(path: "input/test", size: 25, limit: 10))
  }

  @Test func chromeGluedToTheLastSentenceIsCut() throws {
    let text = "Overskrift\n\nDette er balanse.⇡ Til toppen\na a a\n"
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    #expect(document.blocks.map(\.text) == ["Overskrift", "Dette er balanse."])
  }

  @Test func pageNumbersAndPageDatesAreDroppedByDefault() throws {
    let text = """
      Årsrapport 2022

      Kommunen hadde 11 980 innbyggjarar.

      Årsrapport 2022 | Side 4
      Side 5 av 56
      Side 6 – Årsrapport 2022

      Se side 4 for detaljer.
      Side 4 viser tabellen.

      Sist oppdatert 28. april 2022
      Publisert: 12.03.2023

      """
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    #expect(
      document.blocks.map(\.text) == [
        "Kommunen hadde 11 980 innbyggjarar.", "Se side 4 for detaljer.\nSide 4 viser tabellen.",
      ])
  }

  @Test(arguments: [
    ("12", true), ("- 12 -", true), ("– 112 –", true), ("—7—", true), ("2022", true),
    ("12 345", false), ("12.", false), ("-12", false), ("12 -", false), ("12 personer", false),
    ("", false), ("--12--", false), ("1.2", false),
  ])
  func pageNumbers(text: String, isPageNumber: Bool) {
    #expect(TextReader.isPageNumber(text) == isPageNumber)
  }

  @Test func aPageNumberBetweenBlankLinesIsNoBlock() throws {
    let text = "Årsrapport 2022\n\nKommunen hadde 11 980 innbyggjarar.\n\nÅrsrapport 2022\n12\n\n– 13 –\n\nTalet var 12.\n"
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    #expect(document.blocks.map(\.text) == ["Kommunen hadde 11 980 innbyggjarar.", "Talet var 12."])
  }

  @Test func customDropLinesAndBadPattern() throws {
    var options = ExtractOptions()
    options.dropLines = ["^Side \\d+ av \\d+$"]
    let text = "Første avsnitt.\nSide 1 av 2\nAndre avsnitt.\n"
    let document = try TestInput.document(
      try TestInput.temp(text, ext: "txt"), format: .text, options: options)
    #expect(document.blocks.map(\.text) == ["Første avsnitt.", "Andre avsnitt."])
    options.dropLines = ["(unclosed"]
    let url = try TestInput.temp(text, ext: "txt")
    let error = TestInput.extractError {
      _ = try TestInput.documents(url, format: .text, options: options)
    }
    #expect(error == .invalidPattern(path: "input/test", pattern: "(unclosed"))
  }

  @Test func contentsLinesBulletsAndWrappedProse() throws {
    let text = """
      Innhold
      8.16 Arbeidstreningssenteret ........ 112
      8.17 Flyktningseksjonen . . . . . 118

      - 20 nye forespørsler
      - fem nye har startet

      I 2021 har arbeidstreningssenteret gitt tilbud til i overkant av 400
      personer, noe som er en nedgang på vel 100 personer fra året før.
      """
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    #expect(document.blocks.map(\.kind) == [.heading(level: 2), .listItem, .listItem, .paragraph])
    #expect(document.blocks.map(\.text)[1...2] == ["20 nye forespørsler", "fem nye har startet"])
    #expect(document.blocks[3].text.contains("400\npersoner"))
  }

  @Test func textIsNFCNormalised() throws {
    // "Økning på" with a decomposed å (a + combining ring).
    let text = "Økning pa\u{030A} 5 prosent."
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    #expect(document.blocks.first?.text == "Økning på 5 prosent.")
    #expect(document.blocks.first?.text.unicodeScalars.count == 20)
  }

  @Test(arguments: [
    (
      "Talet på personar som fekk tilbod, gjekk ned frå året før. Det var ikkje mogleg å gje "
        + "eit like stort tilbod som før, og dei fleste fekk berre kortare opphald.", Language.nn
    ),
    (
      "Antallet personer som fikk tilbud, gikk ned fra året før. Det var ikke mulig å gi et like "
        + "stort tilbud som før, og de fleste fikk bare kortere opphold.", Language.nb
    ),
    ("Regnskap 2021: 15,6 mill.", Language.nb),
  ])
  func detectsLanguage(text: String, expected: Language) throws {
    let document = try TestInput.document(try TestInput.temp(text, ext: "txt"), format: .text)
    #expect(document.metadata.language == expected)
  }

  @Test func configuredLanguageWins() throws {
    var options = ExtractOptions()
    options.language = .nn
    let document = try TestInput.document(
      TestInput.fixture("seed-2021.txt"), format: .text, options: options)
    #expect(document.metadata.language == .nn)
  }

  @Test(arguments: [
    ("Årsrapport 2021", 2021), ("Årsmelding 2019", 2019), ("Årsberetning for 2018", 2018),
    ("Stavanger kommune – Årsrapport 2020", 2020), ("Årsmelding og årsrekneskap 2022", 2022),
    ("Årsrapport 2021 for Sandnes kommune", 2021), ("Årsmelding 2020 i Bergen kommune", 2020),
    ("ÅRSMELDING 2019", 2019), ("Kommunedirektørens årsrapport 2022", 2022),
  ])
  func titleLines(line: String, year: Int) {
    #expect(ReportPatterns().title(line)?.year == year)
  }

  @Test(arguments: [
    "Årsrapport 2021 for barnehagane viser at 2 000 barn fekk plass",
    "I årsrapporten for 2021 står det meir.", "Årsrapport",
  ])
  func notTitleLines(line: String) {
    #expect(ReportPatterns().title(line) == nil)
  }

  @Test(arguments: [
    ("Bergen kommune", "Bergen"), ("Nord-Aurdal kommune", "Nord-Aurdal"), ("Voss herad", "Voss"),
    ("Stavanger kommunes årsrapport", nil),
  ])
  func municipalityLines(line: String, name: String?) {
    #expect(ReportPatterns().municipalityLine(line) == name)
  }

  @Test(arguments: [
    ("8.16 Arbeidstreningssenteret", "8.16", "Arbeidstreningssenteret"),
    ("5.5.15 Arbeidstreningsseksjonen", "5.5.15", "Arbeidstreningsseksjonen"),
    ("3.2. Helse og velferd", "3.2", "Helse og velferd"),
  ])
  func sectionLines(line: String, number: String, title: String) {
    let section = ReportPatterns().section(line)
    #expect(section?.number == number)
    #expect(section?.title == title)
  }

  @Test(arguments: [
    "1. januar 2017 startet tiltaket", "2.5 prosent økning", "8.16 Dette er en setning.",
  ])
  func notSectionLines(line: String) {
    #expect(ReportPatterns().section(line) == nil)
  }
}

@Suite("Decoding")
struct DecodingTests {
  @Test(arguments: [
    ("a\r\nb\rc\n\rd", "a\nb\nc\n\nd"), ("ingen\nCR", "ingen\nCR"), ("\r\n\r\n", "\n\n"),
    ("slutt\r", "slutt\n"), ("æ\r\nø", "æ\nø"),
  ])
  func lineEnds(text: String, expected: String) {
    #expect(DecodedText.unixLineEnds(text) == expected)
  }

  @Test func decomposedAccentsAreComposed() throws {
    let text = try DecodedText(bytes: Array("Kafe\u{301} og a\u{30A}r".utf8), path: "t").text
    #expect(text.unicodeScalars.map(\.value) == "Kafé og år".unicodeScalars.map(\.value))
    #expect(!"e\u{301}".isSurelyNFC)
    #expect("Økonomi – «æøå» 15\u{A0}600".isSurelyNFC)
  }

  @Test func symbolBlocksNeedNoNormalising() {
    #expect("⇡ Til toppen ▪ 15 € → ●".isSurelyNFC)
    #expect(!"\u{212B}".isSurelyNFC)  // the ångström sign becomes Å
    #expect(!"\u{2190}\u{338}".isSurelyNFC)  // ← and a combining stroke: ↚
  }
}
