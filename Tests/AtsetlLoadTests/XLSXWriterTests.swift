import AtsetlLoad
import AtsetlModel
import CLibXML2
import Foundation
import Testing
import ZIPFoundation

// MARK: - Reading a workbook back

/// An element of a parsed XML part: name (with prefix), attributes, element children and the
/// text of all descendants.
struct ParsedElement {
  var name: String
  var attributes: [String: String]
  var children: [ParsedElement]
  var text: String

  /// The element children called `name`.
  func all(_ name: String) -> [ParsedElement] { children.filter { $0.name == name } }
  /// The first element child called `name`.
  func first(_ name: String) -> ParsedElement? { children.first { $0.name == name } }
  /// The first element child along a path of names.
  func path(_ names: String...) -> ParsedElement? {
    names.reduce(Optional(self)) { element, name in element?.first(name) }
  }
}

/// Parses `data` with libxml2 (network off, no entity expansion); `nil` when not well-formed.
func parseXML(_ data: Data) -> ParsedElement? {
  let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
  let document = data.withUnsafeBytes { raw in
    raw.withMemoryRebound(to: CChar.self) {
      xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", nil, options)
    }
  }
  guard let document else { return nil }
  defer { xmlFreeDoc(document) }
  guard let root = xmlDocGetRootElement(document) else { return nil }
  return element(root, in: document)
}

private func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
  guard let pointer else { return "" }
  defer { atsetl_xmlFree(pointer) }
  return String(cString: pointer)
}

private func element(_ node: xmlNodePtr, in document: xmlDocPtr) -> ParsedElement {
  var attributes: [String: String] = [:]
  var attribute = node.pointee.properties
  while let current = attribute {
    var name = String(cString: current.pointee.name)
    if let prefix = current.pointee.ns?.pointee.prefix {
      name = String(cString: prefix) + ":" + name
    }
    attributes[name] = string(xmlNodeListGetString(document, current.pointee.children, 1))
    attribute = current.pointee.next
  }
  var children: [ParsedElement] = []
  var child = node.pointee.children
  while let current = child {
    if current.pointee.type == XML_ELEMENT_NODE { children.append(element(current, in: document)) }
    child = current.pointee.next
  }
  var name = String(cString: node.pointee.name)
  if let prefix = node.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
  return ParsedElement(
    name: name, attributes: attributes, children: children, text: string(xmlNodeGetContent(node)))
}

/// The parts of an `.xlsx` file, in archive order.
struct Workbook {
  var names: [String] = []
  var parts: [String: Data] = [:]

  init(_ url: URL) throws {
    let archive = try Archive(url: url, accessMode: .read)
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      names.append(entry.path)
      parts[entry.path] = data
    }
  }

  func xml(_ name: String) throws -> ParsedElement {
    let data = try #require(parts[name], "missing part \(name)")
    return try #require(parseXML(data), "\(name) is not well-formed")
  }

  /// A sheet's rows as cells keyed by column letters, placed as a spreadsheet reader places
  /// them: at the row's and cell's `r` when given, else after the previous row or cell
  /// (ECMA-376 Part 1, 18.3.1.73 and 18.3.1.4). Cells without a value (`<c/>`) are left out.
  func rows(sheet number: Int) throws -> [[String: ParsedElement]] {
    let sheet = try xml("xl/worksheets/sheet\(number).xml")
    let rows = try #require(sheet.first("sheetData")).all("row")
    var result: [[String: ParsedElement]] = []
    for row in rows {
      let rowNumber = row.attributes["r"].flatMap { Int($0) } ?? result.count + 1
      #expect(rowNumber == result.count + 1, "rows out of order or with gaps")
      var cells: [String: ParsedElement] = [:]
      var column = 0
      for cell in row.all("c") {
        if let reference = cell.attributes["r"] {
          let letters = String(reference.prefix { $0.isLetter })
          column = (0..<SpreadsheetML.maximumColumns).first {
            SpreadsheetML.columnName($0) == letters
          } ?? -1
        }
        if !cell.children.isEmpty { cells[SpreadsheetML.columnName(column)] = cell }
        column += 1
      }
      result.append(cells)
    }
    return result
  }
}

/// A sheet's cell as the value a reader gets: number text, string, or `nil` when absent.
func cellValue(_ cell: ParsedElement?) -> String? {
  guard let cell else { return nil }
  if cell.attributes["t"] == "inlineStr" { return cell.path("is", "t")?.text }
  return cell.first("v")?.text
}

let workbookPartNames = [
  "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
  "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
]

func writeSampleWorkbook(to url: URL) throws {
  try FactXLSXWriter.write(facts: sampleFacts, documents: sampleDocuments, to: url)
}

// MARK: - Package structure

@Test func everyPartIsWellFormedXML() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try writeSampleWorkbook(to: url)
  let workbook = try Workbook(url)
  #expect(workbook.names == workbookPartNames)
  for name in workbook.names {
    #expect(parseXML(workbook.parts[name] ?? Data()) != nil, "\(name) is not well-formed")
  }
  #expect(try folder.contents() == ["facts.xlsx"])  // no scratch folder or temporary file left
}

@Test func contentTypesAndRelationships() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try writeSampleWorkbook(to: url)
  let workbook = try Workbook(url)

  let types = try workbook.xml("[Content_Types].xml")
  let defaults = Dictionary(
    uniqueKeysWithValues: types.all("Default").map {
      ($0.attributes["Extension"] ?? "", $0.attributes["ContentType"] ?? "")
    })
  #expect(defaults["rels"] == "application/vnd.openxmlformats-package.relationships+xml")
  #expect(defaults["xml"] == "application/xml")
  let overrides = Dictionary(
    uniqueKeysWithValues: types.all("Override").map {
      ($0.attributes["PartName"] ?? "", $0.attributes["ContentType"] ?? "")
    })
  let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
  #expect(
    overrides == [
      "/xl/workbook.xml": office + ".sheet.main+xml",
      "/xl/worksheets/sheet1.xml": office + ".worksheet+xml",
      "/xl/worksheets/sheet2.xml": office + ".worksheet+xml",
      "/xl/styles.xml": office + ".styles+xml",
    ])

  let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
  let packageRelationships = try workbook.xml("_rels/.rels").all("Relationship")
  #expect(packageRelationships.count == 1)
  #expect(packageRelationships.first?.attributes["Type"] == relationshipType + "officeDocument")
  #expect(packageRelationships.first?.attributes["Target"] == "xl/workbook.xml")

  let workbookRelationships = try workbook.xml("xl/_rels/workbook.xml.rels").all("Relationship")
    .map { [$0.attributes["Id"], $0.attributes["Type"], $0.attributes["Target"]] }
  #expect(
    workbookRelationships == [
      ["rId1", relationshipType + "worksheet", "worksheets/sheet1.xml"],
      ["rId2", relationshipType + "worksheet", "worksheets/sheet2.xml"],
      ["rId3", relationshipType + "styles", "styles.xml"],
    ])

  let book = try workbook.xml("xl/workbook.xml")
  let sheets = try #require(book.first("sheets")).all("sheet")
  #expect(sheets.map { $0.attributes["name"] } == ["facts", "documents"])
  #expect(sheets.map { $0.attributes["r:id"] } == ["rId1", "rId2"])
  #expect(sheets.map { $0.attributes["sheetId"] } == ["1", "2"])
  let filters = try #require(book.first("definedNames")).all("definedName")
  #expect(filters.map(\.text) == ["'facts'!$A$1:$Y$7", "'documents'!$A$1:$H$3"])
  #expect(filters.allSatisfy { $0.attributes["name"] == "_xlnm._FilterDatabase" })
}

@Test func stylesHaveBoldHeaderAndDateFormat() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try writeSampleWorkbook(to: url)
  let styles = try Workbook(url).xml("xl/styles.xml")
  let formats = try #require(styles.first("cellXfs")).all("xf")
  #expect(formats.count == 3)
  let fonts = try #require(styles.first("fonts")).all("font")
  let headerFont = try #require(Int(formats[SpreadsheetML.headerStyle].attributes["fontId"] ?? ""))
  #expect(fonts[headerFont].first("b") != nil)
  #expect(fonts[0].first("b") == nil)
  #expect(formats[SpreadsheetML.plainStyle].attributes["numFmtId"] == "0")
  let dateFormatID = formats[SpreadsheetML.dateStyle].attributes["numFmtId"]
  let customFormat = try #require(styles.first("numFmts")).all("numFmt")
    .first { $0.attributes["numFmtId"] == dateFormatID }
  #expect(customFormat?.attributes["formatCode"] == "yyyy\\-mm\\-dd")
}

// MARK: - Sheet layout

@Test func factsSheetHasFrozenHeaderFilterAndWidths() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try writeSampleWorkbook(to: url)
  let workbook = try Workbook(url)
  let sheet = try workbook.xml("xl/worksheets/sheet1.xml")
  let pane = try #require(sheet.path("sheetViews", "sheetView", "pane"))
  #expect(
    pane.attributes == [
      "ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen",
    ])
  #expect(sheet.path("sheetViews", "sheetView")?.attributes["workbookViewId"] == "0")
  #expect(sheet.first("autoFilter")?.attributes["ref"] == "A1:Y7")
  #expect(sheet.first("dimension")?.attributes["ref"] == "A1:Y7")
  #expect(sheet.children.map(\.name).last == "autoFilter")  // after sheetData, as the schema orders
  let columns = try #require(sheet.first("cols")).all("col")
  #expect(columns.count == Fact.fieldNames.count)
  let widths = columns.compactMap { Double($0.attributes["width"] ?? "") }
  #expect(widths.count == columns.count)
  #expect(widths.allSatisfy { (6...60).contains($0) })
  let sentenceWidth = widths[try #require(Fact.fieldNames.firstIndex(of: "sentence"))]
  let idWidth = widths[0]
  #expect(sentenceWidth > idWidth)

  let rows = try workbook.rows(sheet: 1)
  #expect(rows.count == sampleFacts.count + 1)
  let header = rows[0]
  #expect(header.count == Fact.fieldNames.count)
  for (index, name) in Fact.fieldNames.enumerated() {
    let cell = header[SpreadsheetML.columnName(index)]
    #expect(cell?.attributes["s"] == String(SpreadsheetML.headerStyle))
    #expect(cell?.attributes["t"] == "inlineStr")
    #expect(cellValue(cell) == name)
  }

  let documents = try workbook.xml("xl/worksheets/sheet2.xml")
  #expect(documents.first("autoFilter")?.attributes["ref"] == "A1:H3")
  #expect(try workbook.rows(sheet: 2)[0].count == DocumentRecord.fieldNames.count)
}

@Test func emptyTableKeepsHeaderAndFilter() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try FactXLSXWriter.write(facts: [], documents: [], to: url)
  let sheet = try Workbook(url).xml("xl/worksheets/sheet1.xml")
  #expect(sheet.first("autoFilter")?.attributes["ref"] == "A1:Y1")
}

// MARK: - Cells

@Test func factCellsRoundTripWithTypes() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try writeSampleWorkbook(to: url)
  let rows = try Workbook(url).rows(sheet: 1)
  for (fact, row) in zip(sampleFacts, rows.dropFirst()) {
    for (index, field) in fact.fieldValues.enumerated() {
      let cell = row[SpreadsheetML.columnName(index)]
      switch field {
      case .null:
        #expect(cell == nil)
      case .integer(let value):
        #expect(cell?.attributes["t"] == nil)
        #expect(cellValue(cell) == String(value))
      case .decimal(let value):
        #expect(cell?.attributes["t"] == nil)
        let text = try #require(cellValue(cell))
        #expect(!text.contains("e") && !text.contains("E") && !text.contains(","))
        #expect(decimal(text) == value)
      case .text(let value):
        #expect(cell?.attributes["t"] == "inlineStr")
        #expect(cellValue(cell).map(unguarded) == value)
        // `xml:space="preserve"` exactly where a reader could otherwise change the text.
        let stored = cellValue(cell) ?? ""
        let spaces: Set<Character> = [" ", "\t", "\n", "\r", "\r\n"]
        let needsPreserve =
          stored.first.map(spaces.contains) == true || stored.last.map(spaces.contains) == true
          || stored.unicodeScalars.contains { "\t\n\r".unicodeScalars.contains($0) }
        #expect((cell?.path("is", "t")?.attributes["xml:space"] == "preserve") == needsPreserve)
      }
    }
  }
  // The guarded cells, exactly.
  #expect(cellValue(rows[3]["G"]) == "'=SUM(A1)")
  #expect(cellValue(rows[3]["J"]) == "'-0,4 prosentpoeng")
  #expect(cellValue(rows[3]["X"]) == "'+4790000000")
  #expect(cellValue(rows[3]["Y"]) == "'\tTab")
  #expect(cellValue(rows[4]["Y"]) == "'\rCR")
  #expect(cellValue(rows[3]["N"]) == "-0.4")  // numbers are never guarded
  #expect(cellValue(rows[1]["F"]) == "8.16")  // identifiers are text, without any marker
  #expect(rows[1]["F"]?.attributes["t"] == "inlineStr")
  #expect(cellValue(rows[5]["S"]) == "2017-01-01")  // iso stays text
}

@Test func numbersAreWrittenPlainly() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("numbers.xlsx")
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "tall", header: ["verdi"])
  let values = ["15600000", "0.5", "99.1", "-0.4", "0.000001", "123456789012345678", "0"]
  for value in values { try writer.write([.number(decimal(value))], to: sheet) }
  try writer.write([.integer(-42)], to: sheet)
  try writer.write([.number(.nan)], to: sheet)
  try writer.commit()
  let rows = try Workbook(url).rows(sheet: 1)
  #expect(rows.dropFirst().prefix(values.count).map { cellValue($0["A"]) } == values)
  #expect(rows.dropFirst().allSatisfy { $0["A"]?.attributes["t"] == nil })
  #expect(cellValue(rows[values.count + 1]["A"]) == "-42")
  #expect(rows[values.count + 2]["A"] == nil)  // NaN has no plain form: empty
  let raw = String(
    decoding: try #require(Workbook(url).parts["xl/worksheets/sheet1.xml"]), as: UTF8.self)
  #expect(raw.contains(#"<row><c><v>15600000</v></c></row>"#))
}

@Test(arguments: [
  ("æøå ÆØÅ", "æøå ÆØÅ"),
  ("Han sa \"hei\" & <gikk> 'ut'", "Han sa \"hei\" & <gikk> 'ut'"),
  ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
  ("@bruker", "'@bruker"),
  ("+47 51 50 70 90", "'+47 51 50 70 90"),
  ("linje 1\r\nlinje 2\tslutt", "linje 1\r\nlinje 2\tslutt"),
  ("a\u{1}b\u{B}c\u{1F}d\u{FFFE}e", "abcde"),
  ("  mellomrom  ", "  mellomrom  "),
  ("_x0041_ er ikke A", "_x005F_x0041_ er ikke A"),
  ("]]> slutt", "]]> slutt"),
  ("😀 emoji", "😀 emoji"),
])
func textCellsAreEscapedAndGuarded(input: String, stored: String) throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("text.xlsx")
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "tekst", header: ["tekst"])
  try writer.write([.text(input)], to: sheet)
  try writer.commit()
  let workbook = try Workbook(url)
  let cell = try workbook.rows(sheet: 1)[1]["A"]
  #expect(cell?.attributes["t"] == "inlineStr")
  #expect(cellValue(cell) == stored)
}

@Test func overlongTextIsCutToTheCellLimit() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("long.xlsx")
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "lang", header: ["tekst"])
  try writer.write([.text(String(repeating: "ø", count: 40_000))], to: sheet)
  try writer.commit()
  let text = try #require(cellValue(try Workbook(url).rows(sheet: 1)[1]["A"]))
  #expect(text.utf16.count == SpreadsheetML.maximumCellLength)
}

@Test(arguments: [
  ("2017-01-01", 42_736), ("1900-01-01", 1), ("1900-02-28", 59), ("1900-03-01", 61),
  ("2016-02-29", 42_429), ("9999-12-31", 2_958_465),
])
func datesHaveExcelSerials(iso: String, serial: Int) throws {
  let date = try #require(XLSXDate(iso: iso))
  #expect(date.serial == serial)
  #expect(date.iso == iso)
}

@Test(arguments: [
  "2017-05", "--01-01", "2017-02-29", "2017-13-01", "1899-12-31", "2017-1-01", "abcd-ef-gh", "",
])
func partialOrInvalidDatesStayText(iso: String) {
  #expect(XLSXDate(iso: iso) == nil)
  #expect(XLSXCell.dateOrText(iso) == .text(iso))
}

@Test func dateCellsUseTheDateStyle() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("dates.xlsx")
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "datoer", header: ["dato"])
  try writer.write([XLSXCell.dateOrText("2017-01-01")], to: sheet)
  try writer.write([XLSXCell.dateOrText("2017-05")], to: sheet)
  try writer.commit()
  let rows = try Workbook(url).rows(sheet: 1)
  #expect(rows[1]["A"]?.attributes["s"] == String(SpreadsheetML.dateStyle))
  #expect(rows[1]["A"]?.attributes["t"] == nil)
  #expect(cellValue(rows[1]["A"]) == "42736")
  #expect(rows[2]["A"]?.attributes["t"] == "inlineStr")
  #expect(cellValue(rows[2]["A"]) == "2017-05")
}

@Test func manyRowsStreamThroughScratchFiles() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("many.xlsx")
  let count = 3000
  var facts: [Fact] = []
  for index in 0..<count {
    var fact = sampleFacts[index % sampleFacts.count]
    fact.offset = index
    facts.append(fact)
  }
  try FactXLSXWriter.write(facts: facts, documents: sampleDocuments, to: url)
  let rows = try Workbook(url).rows(sheet: 1)
  #expect(rows.count == count + 1)
  #expect(rows.dropFirst().map { cellValue($0["K"]) } == (0..<count).map { String($0) })
}

// MARK: - Determinism and atomicity

@Test func workbookIsByteIdenticalAcrossRuns() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try writeSampleWorkbook(to: folder.file("a.xlsx"))
  try writeSampleWorkbook(to: folder.file("b.xlsx"))
  let first = try Data(contentsOf: folder.file("a.xlsx"))
  #expect(first == (try Data(contentsOf: folder.file("b.xlsx"))))
  let archive = try Archive(url: folder.file("a.xlsx"), accessMode: .read)
  for entry in archive {
    #expect(entry.fileAttributes[.modificationDate] as? Date == XLSXWriter.entryDate)
  }
}

@Test func abandonedWorkbookLeavesOldFile() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try Data("old".utf8).write(to: url)
  let writer = try FactXLSXWriter(publishing: url)
  for fact in sampleFacts { try writer.write(fact) }
  #expect(try folder.contents().count == 2)  // the target and the scratch folder
  writer.abandon()
  #expect(try Data(contentsOf: url) == Data("old".utf8))
  #expect(try folder.contents() == ["facts.xlsx"])
  #expect(throws: LoadError.alreadyFinished(path: url.relativePath)) { try writer.commit() }
}

@Test func droppedWorkbookLeavesOldFile() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try Data("old".utf8).write(to: url)
  do {
    let writer = try XLSXWriter(publishing: url)
    try writer.write([.text("x")], to: try writer.addSheet(named: "facts", header: ["a"]))
  }
  #expect(try Data(contentsOf: url) == Data("old".utf8))
  #expect(try folder.contents() == ["facts.xlsx"])
}

/// A full disk anywhere: in the first header, an early part, the sheet's fragments, the end.
@Test(arguments: [0, 30, 200, 5_000, 60_000])
func diskFullLeavesOldFile(after bytes: Int) throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try Data("old".utf8).write(to: url)
  #expect(throws: LoadError.writeFailed(path: url.relativePath, errno: ENOSPC)) {
    try FactXLSXWriter.write(
      facts: sampleFacts + variedFacts(2_000), documents: sampleDocuments, to: url,
      faults: FaultInjection(failWritesAfterBytes: bytes))
  }
  #expect(try Data(contentsOf: url) == Data("old".utf8))
  #expect(try folder.contents() == ["facts.xlsx"])
}

@Test func missingWorkbookFolderIsAClearError() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("missing/facts.xlsx")
  #expect(throws: LoadError.cannotCreateTemporaryFile(path: url.relativePath, errno: ENOENT)) {
    _ = try XLSXWriter(publishing: url)
  }
}

@Test func badSheetsAreRejected() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  let path = url.relativePath
  let writer = try XLSXWriter(publishing: url)
  for name in ["", "a/b", "[x]", "'quoted'", String(repeating: "x", count: 32), "History"] {
    #expect(throws: XLSXError.invalidSheetName(path: path, name: name)) {
      try writer.addSheet(named: name, header: ["a"])
    }
  }
  #expect(throws: XLSXError.invalidColumnCount(path: path, sheet: "tom", count: 0)) {
    try writer.addSheet(named: "tom", header: [])
  }
  try writer.addSheet(named: "Facts", header: ["a"])
  #expect(throws: XLSXError.duplicateSheetName(path: path, name: "facts")) {
    try writer.addSheet(named: "facts", header: ["a"])
  }
  let other = try XLSXWriter(publishing: folder.file("other.xlsx"))
  let foreign = try other.addSheet(named: "x", header: ["a"])
  #expect(throws: XLSXError.unknownSheet(path: path)) { try writer.write([], to: foreign) }
  other.abandon()
  writer.abandon()
  let empty = try XLSXWriter(publishing: url)
  #expect(throws: XLSXError.noSheets(path: path)) { try empty.commit() }
  #expect(!FileManager.default.fileExists(atPath: url.path))
  #expect(try folder.contents().isEmpty)
}

@Test(arguments: [
  (0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"),
  (16_383, "XFD"),
])
func columnNames(index: Int, name: String) {
  #expect(SpreadsheetML.columnName(index) == name)
}

// MARK: - LibreOffice (only where installed)

/// `soffice` on the `PATH`, when LibreOffice happens to be installed.
let libreOffice: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
  .split(separator: ":")
  .flatMap { ["\($0)/soffice", "\($0)/libreoffice"] }
  .first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs a test only where LibreOffice is installed.
let needsLibreOffice = ConditionTrait.enabled(
  if: libreOffice != nil,
  "LibreOffice (Debian package libreoffice-calc) is not installed; skipping the headless xlsx → csv check"
)

@Test(needsLibreOffice)
func libreOfficeReadsTheWorkbook() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  try writeSampleWorkbook(to: url)
  let rows = try await libreOfficeFirstSheet(of: url, in: folder)
  #expect(rows.first == Fact.fieldNames)
  #expect(rows.count == sampleFacts.count + 1)
  #expect(rows[1][13] == "15600000")
  #expect(rows[3][13] == "-0.4")
  #expect(rows[3][6] == "'=SUM(A1)")
  #expect(rows[1][0] == sampleFacts[0].id)
  // Every cell in its column (no `r` attributes: empty cells are `<c/>`), text exactly.
  for (fact, row) in zip(sampleFacts, rows.dropFirst()) {
    #expect(row.count == Fact.fieldNames.count)
    for (index, field) in fact.fieldValues.enumerated() where index < row.count {
      switch field {
      case .null: #expect(row[index] == "", "\(Fact.fieldNames[index])")
      case .integer(let value): #expect(row[index] == String(value))
      case .decimal(let value):
        // General format shows 0.000001 as 1E-06.
        #expect(Decimal(string: row[index], locale: Locale(identifier: "en_US_POSIX")) == value)
      case .text(let value):
        // Calc keeps a line break as LF: CR LF reads back as LF (so it did before `r` and
        // `xml:space` changed; a lone CR stays).
        let stored = CSVDialect.rfc4180.guarded(value).replacingOccurrences(of: "\r\n", with: "\n")
        #expect(row[index] == stored, "\(Fact.fieldNames[index])")
      }
    }
  }
}

/// The first sheet of `url` as LibreOffice reads it, saved as CSV (comma, UTF-8) in `folder`.
func libreOfficeFirstSheet(of url: URL, in folder: TemporaryFolder) async throws -> [[String]] {
  let office = try #require(libreOffice)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: office)
  process.arguments = [
    "--headless", "-env:UserInstallation=file://" + folder.file("profile").path,
    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder.url.path,
    url.path,
  ]
  // A termination handler, not waitUntilExit: that spins a run loop, which crashed once while
  // other tests ran in parallel.
  let status: Int32 = try await withCheckedThrowingContinuation { continuation in
    process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
    do {
      try process.run()
    } catch {
      process.terminationHandler = nil
      continuation.resume(throwing: error)
    }
  }
  #expect(status == 0)
  let csvName = url.deletingPathExtension().lastPathComponent + ".csv"
  let csv = try String(contentsOf: folder.file(csvName), encoding: .utf8)
  return CSVReader.parse(csv, separator: ",")
}
