import AtsetlLoad
import AtsetlModel
import Dispatch
import Foundation
import Testing
import ZIPFoundation

// Sheets written in fragments (rendered on other threads, appended in order) and the zip the
// workbook writer builds itself: read back with ZIPFoundation (CRC checked) and libxml2.

/// Facts with varied text (Unicode, XML specials, formula triggers, spaces at the ends, line
/// breaks), numbers and empty fields, `count` of them, deterministic.
func variedFacts(_ count: Int) -> [Fact] {
  let texts = [
    "kr 15,6 mill.", "æøå ÆØÅ – «sitat» 😀", "Han sa \"hei\" & <gikk> 'ut' ]]>", "=SUM(A1:A9)",
    "@bruker", "+47 51 50 70 90", "-0,4 prosentpoeng", "  mellomrom  ", " ledende",
    "etterfølgende ", "linje 1\nlinje 2", "linje 1\r\nlinje 2\tslutt", "\tTab", "8.16",
  ]
  return (0..<count).map { index in
    var fact = sampleFacts[index % sampleFacts.count]
    fact.offset = index
    fact.sentence = texts[index % texts.count] + " \(index)"
    fact.heading = index % 3 == 0 ? nil : texts[(index / 3) % texts.count]
    fact.municipality = index % 5 == 0 ? nil : "Kommune \(index % 17)"
    fact.value = index % 7 == 0 ? nil : Decimal(index) / 100
    fact.row = texts[(index * 7) % texts.count]
    return fact
  }
}

/// The cell value a reader gets for a field: text guarded, numbers plain, `nil` when empty.
func expectedValue(_ field: FieldValue) -> String? {
  switch field {
  case .null: nil
  case .text(let text): text.isEmpty ? nil : CSVDialect.rfc4180.guarded(text)
  case .integer(let value): String(value)
  case .decimal(let value): "\(value)"
  }
}

/// Checks that every part of the workbook at `url` is well-formed XML with a matching CRC-32
/// (ZIPFoundation checks it while extracting; checked here once more against the central
/// directory), and that sheet `sheet` holds `header` and then exactly `rows`.
func expectReadsBack(
  _ url: URL, sheet: Int = 1, header: [String], rows: [[FieldValue]],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let workbook = try Workbook(url)
  let archive = try Archive(url: url, accessMode: .read)
  for entry in archive {
    let data = try #require(workbook.parts[entry.path])
    #expect(entry.checksum == data.crc32(checksum: 0), "\(entry.path)", sourceLocation: sourceLocation)
    #expect(parseXML(data) != nil, "\(entry.path) is not well-formed", sourceLocation: sourceLocation)
  }
  let read = try workbook.rows(sheet: sheet)
  #expect(read.count == rows.count + 1, sourceLocation: sourceLocation)
  #expect(
    (0..<header.count).map { cellValue(read.first?[SpreadsheetML.columnName($0)]) } == header,
    sourceLocation: sourceLocation)
  for (number, (row, cells)) in zip(rows, read.dropFirst()).enumerated() {
    let expected = row.map(expectedValue)
    let actual = (0..<header.count).map { cellValue(cells[SpreadsheetML.columnName($0)]) }
    #expect(actual == expected, "row \(number + 2)", sourceLocation: sourceLocation)
  }
  let range = SpreadsheetML.range(columns: header.count, rows: rows.count + 1)
  let sheetXML = try workbook.xml("xl/worksheets/sheet\(sheet).xml")
  #expect(sheetXML.first("dimension")?.attributes["ref"] == range, sourceLocation: sourceLocation)
  #expect(sheetXML.first("autoFilter")?.attributes["ref"] == range, sourceLocation: sourceLocation)
}

/// `rows` cut after each of `boundaries` (row counts, ascending).
func split<Element>(_ rows: [Element], at boundaries: [Int]) -> [[Element]] {
  var parts: [[Element]] = []
  var start = 0
  for boundary in boundaries + [rows.count] {
    parts.append(Array(rows[start..<boundary]))
    start = boundary
  }
  return parts
}

/// Renders one fragment per part on several threads at once; the fragments in part order.
func renderConcurrently(_ parts: [[[FieldValue]]]) -> [XLSXSheetFragment] {
  let results = FragmentSlots(count: parts.count)
  DispatchQueue.concurrentPerform(iterations: parts.count) { index in
    results.set(index, FactXLSXWriter.factsFragment(parts[index]))
  }
  return results.values
}

/// Slots filled from several threads, behind a lock.
final class FragmentSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [XLSXSheetFragment?]
  init(count: Int) { slots = Array(repeating: nil, count: count) }
  func set(_ index: Int, _ fragment: XLSXSheetFragment) { lock.withLock { slots[index] = fragment } }
  var values: [XLSXSheetFragment] { lock.withLock { slots.map { $0! } } }
}

@Test func fragmentsFromThreadsEqualFactsWrittenOneByOne() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let rows = variedFacts(10_000).map(\.fieldValues)
  let boundaries = Array(stride(from: XLSXWriter.rowsPerFragment, to: rows.count,
    by: XLSXWriter.rowsPerFragment))
  let oneByOne = folder.file("one.xlsx")
  let writer = try FactXLSXWriter(publishing: oneByOne)
  for row in rows { try writer.write(fields: row) }
  for record in sampleDocuments { try writer.write(record) }
  try writer.commit()

  let fragmented = folder.file("fragments.xlsx")
  let appender = try FactXLSXWriter(publishing: fragmented)
  for fragment in renderConcurrently(split(rows, at: boundaries)) { try appender.append(fragment) }
  for record in sampleDocuments { try appender.write(record) }
  try appender.commit()

  #expect(try Data(contentsOf: oneByOne) == Data(contentsOf: fragmented))
  try expectReadsBack(fragmented, header: Fact.fieldNames, rows: rows)
}

@Test func fragmentsOfAnySizeEqualRowsWrittenWithTheSameBoundaries() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let rows = variedFacts(1_000).map(\.fieldValues)
  // One fragment per "input": sizes as the publisher makes them, with empty ones between.
  let boundaries = [0, 0, 1, 40, 41, 300, 300, 999]
  let oneByOne = folder.file("one.xlsx")
  let writer = try XLSXWriter(publishing: oneByOne)
  let sheet = try writer.addSheet(named: "facts", header: Fact.fieldNames)
  for part in split(rows, at: boundaries) {
    for row in part { try writer.write(row.map(XLSXCell.init), to: sheet) }
    try writer.endFragment(of: sheet)
  }
  try writer.commit()

  let fragmented = folder.file("fragments.xlsx")
  let appender = try XLSXWriter(publishing: fragmented)
  let appended = try appender.addSheet(named: "facts", header: Fact.fieldNames)
  for fragment in renderConcurrently(split(rows, at: boundaries)) {
    try appender.append(fragment, to: appended)
  }
  try appender.commit()

  #expect(try Data(contentsOf: oneByOne) == Data(contentsOf: fragmented))
  try expectReadsBack(fragmented, header: Fact.fieldNames, rows: rows)
}

@Test func everySplitOfASmallSheetReadsBack() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let rows = variedFacts(6).map(\.fieldValues)
  var workbooks: Set<Data> = []
  // Every set of cut positions between, before and after the rows (2^7 splits).
  for mask in 0..<(1 << (rows.count + 1)) {
    let boundaries = (0...rows.count).filter { mask & (1 << $0) != 0 }
    let url = folder.file("split-\(mask).xlsx")
    let writer = try FactXLSXWriter(publishing: url)
    for part in split(rows, at: boundaries) {
      try writer.append(FactXLSXWriter.factsFragment(part))
    }
    try writer.commit()
    try expectReadsBack(url, header: Fact.fieldNames, rows: rows)
    workbooks.insert(try Data(contentsOf: url))
  }
  // Different cuts, different bytes (the fragments show in the deflate stream), same cells.
  #expect(workbooks.count > 1)
}

@Test func emptySheetsAndOneRowReadBack() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let empty = folder.file("empty.xlsx")
  let writer = try FactXLSXWriter(publishing: empty)
  try writer.append(FactXLSXWriter.factsFragment([]))
  try writer.commit()
  try expectReadsBack(empty, header: Fact.fieldNames, rows: [])
  try expectReadsBack(empty, sheet: 2, header: DocumentRecord.fieldNames, rows: [])

  let one = folder.file("one.xlsx")
  let row = variedFacts(1)[0].fieldValues
  try FactXLSXWriter.write(facts: variedFacts(1), documents: [], to: one)
  try expectReadsBack(one, header: Fact.fieldNames, rows: [row])
}

@Test func fragmentsKeepColumnWidthsExact() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("widths.xlsx")
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "w", header: ["a", "b"])
  try writer.append(XLSXSheetFragment(rows: [[.text("12345678901")]], columnCount: 2), to: sheet)
  try writer.write([.empty, .integer(123_456_789_012)], to: sheet)
  try writer.append(XLSXSheetFragment(rows: [[.text("123")]], columnCount: 2), to: sheet)
  try writer.commit()
  let columns = try #require(Workbook(url).xml("xl/worksheets/sheet1.xml").first("cols"))
  // Widest content + 1: 11 characters in A (the second fragment's 3 do not shrink it), 12 in B.
  #expect(columns.all("col").map { $0.attributes["width"] } == ["12", "13"])
}

@Test func fragmentsRespectTheRowLimitExactly() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("tall.xlsx")
  let path = url.relativePath
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "tall", header: ["n"])
  // The header takes one row; the rest is filled by a fragment, then nothing more fits.
  let fill = Array(repeating: [XLSXCell.integer(1)], count: SpreadsheetML.maximumRows - 2)
  try writer.append(XLSXSheetFragment(rows: fill, columnCount: 1), to: sheet)
  let two = XLSXSheetFragment(rows: [[.integer(2)], [.integer(3)]], columnCount: 1)
  #expect(throws: XLSXError.tooManyRows(path: path, sheet: "tall")) {
    try writer.append(two, to: sheet)
  }
  try writer.write([.integer(2)], to: sheet)  // the last row Excel has
  #expect(throws: XLSXError.tooManyRows(path: path, sheet: "tall")) {
    try writer.write([.integer(3)], to: sheet)
  }
  #expect(throws: XLSXError.tooManyRows(path: path, sheet: "tall")) {
    try writer.append(XLSXSheetFragment(rows: [[.integer(3)]], columnCount: 1), to: sheet)
  }
  try writer.append(XLSXSheetFragment(rows: [], columnCount: 1), to: sheet)  // nothing: fits
  try writer.commit()
  let sheetXML = try #require(Workbook(url).parts["xl/worksheets/sheet1.xml"])
  let text = String(decoding: sheetXML, as: UTF8.self)
  #expect(text.contains(#"<dimension ref="A1:A1048576"/>"#))
  #expect(text.hasSuffix(#"<row><c><v>2</v></c></row></sheetData><autoFilter ref="A1:A1048576"/></worksheet>"#))
}

@Test func aFragmentForOtherColumnsIsRejected() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.xlsx")
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "facts", header: ["a", "b"])
  let fragment = XLSXSheetFragment(rows: [[.integer(1)]], columnCount: 3)
  #expect(
    throws: XLSXError.fragmentColumnMismatch(
      path: url.relativePath, sheet: "facts", columns: 3, expected: 2)
  ) { try writer.append(fragment, to: sheet) }
  writer.abandon()
}

@Test func zip64ReadsBackTheSame() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let rows = variedFacts(50).map(\.fieldValues)
  var parts: [[String: Data]] = []
  // Not 0: ZIPFoundation 0.9.20 takes a Zip64 local-header offset of 0 for a missing one (it
  // never is 0 in practice: Zip64 offsets start at 4 GiB), so the first entry stays plain.
  for threshold: UInt64 in [1, 1000, 0xFFFF_FFFF] {
    let url = folder.file("zip64-\(threshold).xlsx")
    let writer = try XLSXWriter(publishing: url, zip64Threshold: threshold)
    let sheet = try writer.addSheet(named: "facts", header: Fact.fieldNames)
    for row in rows { try writer.write(row.map(XLSXCell.init), to: sheet) }
    try writer.commit()
    try expectReadsBack(url, header: Fact.fieldNames, rows: rows)
    parts.append(try Workbook(url).parts)
    if threshold == 1 {
      // Every size and offset in the Zip64 extra field, and the Zip64 end record and locator.
      let bytes = try Data(contentsOf: url)
      #expect(bytes.range(of: Data([0x50, 0x4B, 0x06, 0x06])) != nil)
      #expect(bytes.range(of: Data([0x50, 0x4B, 0x06, 0x07])) != nil)
    }
  }
  #expect(parts.allSatisfy { $0 == parts[0] })
}

@Test(needsLibreOffice)
func libreOfficeKeepsSpacesLineBreaksAndSpecialText() async throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("tekst.xlsx")
  let texts = [
    "  mellomrom  ", " ledende", "etterfølgende ", "linje 1\nlinje 2", "\nførst linjeskift",
    "sist linjeskift\n", "inne\ttab", "ingen mellomrom", "æøå ÆØÅ – «sitat» 😀",
    "Han sa \"hei\" & <gikk> 'ut' ]]>", "=SUM(A1:A9)", "@bruker", "-0,4 prosentpoeng",
  ]
  let writer = try XLSXWriter(publishing: url)
  let sheet = try writer.addSheet(named: "tekst", header: ["tekst", "tall"])
  // Two fragments, so that the text also crosses a fragment boundary.
  try writer.append(
    XLSXSheetFragment(rows: texts.prefix(5).map { [.text($0), .integer(1)] }, columnCount: 2),
    to: sheet)
  for text in texts.dropFirst(5) { try writer.write([.text(text), .integer(2)], to: sheet) }
  try writer.commit()
  let expected = texts.map { [CSVDialect.rfc4180.guarded($0)] }
  try expectReadsBack(
    url, header: ["tekst", "tall"],
    rows: texts.enumerated().map { [.text($1), .integer($0 < 5 ? 1 : 2)] })
  let rows = try await libreOfficeFirstSheet(of: url, in: folder)
  #expect(rows.dropFirst().map { [$0[0]] } == expected)
  #expect(rows.dropFirst().map { $0[1] } == texts.indices.map { $0 < 5 ? "1" : "2" })
}

@Test func fragmentsCanBeTakenFromThePublishedFileAsTheyAre() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let inputs = split(variedFacts(500).map(\.fieldValues), at: [1, 60, 61, 300])
  let first = folder.file("first.xlsx")
  let writer = try FactXLSXWriter(publishing: first)
  #expect(writer.factsBodyOffset == nil)
  var placed: [(offset: Int, fragment: XLSXSheetFragment)] = []
  for rows in inputs {
    let fragment = FactXLSXWriter.factsFragment(rows)
    placed.append((try writer.append(fragment), fragment))
  }
  try writer.commit()
  let bodyOffset = try #require(writer.factsBodyOffset)
  let file = try Data(contentsOf: first)

  // The next workbook takes the second input's piece from the file, renders the others anew.
  let second = folder.file("second.xlsx")
  let next = try FactXLSXWriter(publishing: second)
  for (index, (offset, fragment)) in placed.enumerated() {
    let start = bodyOffset + offset
    let bytes = [UInt8](file[start..<start + fragment.deflated.count])
    #expect(bytes == fragment.deflated)
    if index == 1 {
      try next.append(
        XLSXSheetFragment(
          columnCount: Fact.fieldNames.count, rowCount: fragment.rowCount, deflated: bytes,
          byteCount: fragment.byteCount, crc: fragment.crc,
          contentWidths: fragment.contentWidths))
    } else {
      try next.append(FactXLSXWriter.factsFragment(inputs[index]))
    }
  }
  try next.commit()
  #expect(try Data(contentsOf: second) == file)
  try expectReadsBack(second, header: Fact.fieldNames, rows: inputs.flatMap { $0 })

  let broken = XLSXSheetFragment(
    columnCount: Fact.fieldNames.count, rowCount: 1, deflated: [], byteCount: 0, crc: 0,
    contentWidths: [1])
  let other = try FactXLSXWriter(publishing: folder.file("third.xlsx"))
  #expect(
    throws: XLSXError.fragmentColumnMismatch(
      path: folder.file("third.xlsx").relativePath, sheet: "facts", columns: 1,
      expected: Fact.fieldNames.count)
  ) { try other.append(broken) }
  other.abandon()
}
