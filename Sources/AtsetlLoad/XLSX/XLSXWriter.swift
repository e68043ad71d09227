import AtsetlModel
import Foundation

/// Streams tables into an Office Open XML workbook (`.xlsx`), published atomically.
///
/// Each sheet has a bold header row, frozen so it stays visible, a filter over the whole table
/// and column widths fitted to the content (capped at 60 characters). Numbers are numeric
/// cells, text is inline strings guarded against formula injection like the CSV writers, dates
/// are real date cells. Rows are deflated in fragments (``XLSXSheetFragment``: rows written one
/// at a time every ``rowsPerFragment``, or fragments rendered elsewhere and appended in order)
/// that go to a scratch file per sheet (`.<name>.parts-…` next to the target), so memory does
/// not grow with the number of rows; ``commit()`` writes the zip straight into an
/// ``AtomicFile`` (``ZipStreamWriter``: the fragments are copied, not deflated again; fixed
/// timestamps, so equal input gives identical bytes) and publishes it. If anything fails, or
/// the writer is dropped or ``abandon()``ed first, the scratch folder is removed and the
/// previous target stays as it was.
///
/// ```swift
/// let writer = try XLSXWriter(publishing: URL(fileURLWithPath: "output/facts.xlsx"))
/// let sheet = try writer.addSheet(named: "facts", header: ["text", "value"])
/// try writer.write([.text("kr 15,6 mill."), .number(15_600_000)], to: sheet)
/// try writer.commit()
/// ```
///
/// A class because it owns files; it is used from one task at a time.
package final class XLSXWriter {
  /// A sheet of this workbook, returned by ``addSheet(named:header:)``.
  package struct Sheet: Sendable, Hashable {
    fileprivate let index: Int
    fileprivate let workbook: ObjectIdentifier
  }

  /// The modification time stored for every zip entry: 1980-01-01 00:00 UTC, the earliest
  /// time a zip can hold, so that the archive's bytes depend only on its content.
  package static let entryDate = Date(timeIntervalSince1970: 315_532_800)

  /// The target path as shown in messages (the URL's relative path, as configured).
  package let displayPath: String

  private let target: URL
  private let faults: FaultInjection
  private let zip64Threshold: UInt64
  private let scratchFolder: String
  private var sheets: [XLSXSheetStream] = []
  /// Where each sheet's body starts in the published file, known while writing the zip.
  private var bodyOffsets: [Int: Int] = [:]
  /// ``bodyOffsets`` once the file is published.
  private var publishedBodyOffsets: [Int: Int] = [:]
  private var isFinished = false

  /// Creates the scratch folder next to `url`; nothing is visible at `url` until ``commit()``.
  ///
  /// - Throws: ``LoadError/cannotCreateTemporaryFile(path:errno:)`` when the folder is missing
  ///   or read-only.
  ///
  /// `zip64Threshold` is for tests: sizes and offsets from it on are written as Zip64 (as from
  /// 4 GiB, where the zip format needs it; lower values only make small archives use it too).
  package init(
    publishing url: URL, faults: FaultInjection = .none, zip64Threshold: UInt64 = 0xFFFF_FFFF
  ) throws {
    target = url
    displayPath = url.relativePath
    self.faults = faults
    self.zip64Threshold = zip64Threshold
    scratchFolder = try ScratchFile.makeFolder(
      nextTo: url.absoluteURL.path, name: url.lastPathComponent, displayPath: url.relativePath)
  }

  deinit {
    if !isFinished { ScratchFile.removeFolder(scratchFolder) }
  }

  /// Adds a sheet (a tab, in the order added) and writes its header row.
  ///
  /// Sheets can be filled in any order, also alternately.
  ///
  /// - Throws: ``XLSXError`` for a name Excel would reject or a header with no columns;
  ///   ``LoadError`` when the scratch file cannot be created.
  @discardableResult
  package func addSheet(named name: String, header: [String]) throws -> Sheet {
    try checkOpen()
    guard Self.isValidSheetName(name) else {
      throw XLSXError.invalidSheetName(path: displayPath, name: name)
    }
    guard !sheets.contains(where: { $0.name.lowercased() == name.lowercased() }) else {
      throw XLSXError.duplicateSheetName(path: displayPath, name: name)
    }
    guard (1...SpreadsheetML.maximumColumns).contains(header.count) else {
      throw XLSXError.invalidColumnCount(path: displayPath, sheet: name, count: header.count)
    }
    let path = scratchFolder + "/sheet\(sheets.count + 1).rows"
    let stream = try XLSXSheetStream(
      name: name, header: header, path: path, displayPath: displayPath)
    sheets.append(stream)
    return Sheet(index: sheets.count - 1, workbook: ObjectIdentifier(self))
  }

  /// Appends one row to `sheet`, cells in header order.
  ///
  /// Cells past the header's columns are dropped; a short row leaves the rest empty.
  package func write(_ cells: [XLSXCell], to sheet: Sheet) throws {
    try stream(of: sheet).append(cells)
  }

  /// Appends one row given as fields (``AtsetlModel/FieldValue``), like ``write(_:to:)``.
  package func write(fields: [FieldValue], to sheet: Sheet) throws {
    try stream(of: sheet).append(fields: fields)
  }

  /// Appends a fragment's rows to `sheet`, after the rows written so far.
  ///
  /// Fragments can be rendered on any thread (``XLSXSheetFragment/init(rows:columnCount:)``);
  /// appended in the same order with the same boundaries as rows written one at a time and
  /// ``endFragment(of:)``, they give the same bytes.
  ///
  /// - Throws: ``XLSXError/fragmentColumnMismatch(path:sheet:columns:expected:)`` when it was
  ///   rendered for another number of columns, ``XLSXError/tooManyRows(path:sheet:)`` when the
  ///   sheet would pass Excel's row limit (nothing of it is then appended).
  ///
  /// - Returns: where the fragment's deflated bytes start in the sheet's body; after
  ///   ``commit()``, ``bodyOffset(of:)`` plus this is where they are in the published file.
  @discardableResult
  package func append(_ fragment: XLSXSheetFragment, to sheet: Sheet) throws -> Int {
    try stream(of: sheet).append(fragment)
  }

  /// Where `sheet`'s body (its rows' fragments, the header row first) starts in the published
  /// file, once ``commit()`` has succeeded; else `nil`.
  ///
  /// A fragment appended at body offset `o` is then the `deflated.count` bytes at
  /// `bodyOffset(of:) + o`: a later workbook can read them back and append them again as they
  /// are (``XLSXSheetFragment/init(columnCount:rowCount:deflated:byteCount:crc:contentWidths:)``).
  package func bodyOffset(of sheet: Sheet) -> Int? {
    guard sheet.workbook == ObjectIdentifier(self) else { return nil }
    return publishedBodyOffsets[sheet.index]
  }

  /// Ends the fragment the rows written one at a time are collected into (they are otherwise
  /// deflated every ``rowsPerFragment`` rows); nothing happens when there are none.
  package func endFragment(of sheet: Sheet) throws {
    try stream(of: sheet).flush()
  }

  /// How many rows written one at a time go into one fragment.
  package static let rowsPerFragment = XLSXSheetStream.rowsPerFragment

  /// Zips the workbook and publishes it atomically at the target.
  ///
  /// After a successful commit the writer is finished; any error leaves the target untouched.
  package func commit() throws {
    try checkOpen()
    defer { finish() }
    guard !sheets.isEmpty else { throw XLSXError.noSheets(path: displayPath) }
    for sheet in sheets { try sheet.close() }
    try AtomicFile.publish(target, faults: faults) { file in
      var archive = ZipStreamWriter(
        file: file, displayPath: displayPath, zip64Threshold: zip64Threshold)
      try writeArchive(to: &archive)
    }
    publishedBodyOffsets = bodyOffsets
  }

  /// Gives up: removes the scratch folder; the target keeps its previous content.
  ///
  /// Calling it after ``commit()`` or twice does nothing.
  package func abandon() {
    guard !isFinished else { return }
    finish()
  }

  /// Whether Excel accepts `name` for a sheet.
  package static func isValidSheetName(_ name: String) -> Bool {
    let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
    return (1...31).contains(name.utf16.count) && !name.contains(where: forbidden.contains)
      && !name.hasPrefix("'") && !name.hasSuffix("'") && name.lowercased() != "history"
      && name.unicodeScalars.allSatisfy { SpreadsheetML.isAllowedInXML($0) && $0.value >= 0x20 }
  }

  private func checkOpen() throws {
    guard !isFinished else { throw LoadError.alreadyFinished(path: displayPath) }
  }

  private func finish() {
    isFinished = true
    ScratchFile.removeFolder(scratchFolder)
  }

  /// Writes the zip: content types first (some readers expect it there), then the package
  /// relationships, the workbook, its relationships, the styles and the sheets.
  ///
  /// A sheet's entry is its head (dimension, column widths, frozen pane: known only now)
  /// deflated as a fragment of its own, the rows' fragments copied from the scratch file, and
  /// the tail deflated as the final block; its CRC-32 is composed from the three.
  private func writeArchive(to archive: inout ZipStreamWriter) throws {
    let deflater = RawDeflater()
    try archive.addEntry(
      named: "[Content_Types].xml", text: SpreadsheetML.contentTypes(sheetCount: sheets.count),
      deflater: deflater)
    try archive.addEntry(
      named: "_rels/.rels", text: SpreadsheetML.packageRelationships, deflater: deflater)
    try archive.addEntry(
      named: "xl/workbook.xml",
      text: SpreadsheetML.workbook(sheets: sheets.map { ($0.name, $0.range) }), deflater: deflater)
    try archive.addEntry(
      named: "xl/_rels/workbook.xml.rels",
      text: SpreadsheetML.workbookRelationships(sheetCount: sheets.count), deflater: deflater)
    try archive.addEntry(named: "xl/styles.xml", text: SpreadsheetML.styles, deflater: deflater)
    for (index, sheet) in sheets.enumerated() {
      let head = DeflatedText(
        SpreadsheetML.worksheetStart(
          range: sheet.range, widths: sheet.widths, isSelected: index == 0),
        final: false, deflater: deflater)
      let tail = DeflatedText(
        SpreadsheetML.worksheetEnd(range: sheet.range), final: true, deflater: deflater)
      var crc = RawDeflater.combine(head.crc, sheet.bodyCRC, secondCount: sheet.bodyByteCount)
      crc = RawDeflater.combine(crc, tail.crc, secondCount: tail.byteCount)
      try archive.startEntry(
        named: "xl/worksheets/sheet\(index + 1).xml", crc: crc,
        compressedSize: UInt64(head.deflated.count + sheet.body.size + tail.deflated.count),
        uncompressedSize: UInt64(head.byteCount + sheet.bodyByteCount + tail.byteCount))
      try archive.write(head.deflated)
      bodyOffsets[index] = Int(archive.offset)
      try sheet.body.copy { try archive.write($0) }
      try archive.write(tail.deflated)
    }
    try archive.finish()
  }

  private func stream(of sheet: Sheet) throws -> XLSXSheetStream {
    try checkOpen()
    guard sheet.workbook == ObjectIdentifier(self), sheets.indices.contains(sheet.index) else {
      throw XLSXError.unknownSheet(path: displayPath)
    }
    return sheets[sheet.index]
  }
}

/// A short text deflated whole, with its CRC-32 and length.
private struct DeflatedText {
  let deflated: [UInt8]
  let crc: UInt32
  let byteCount: Int

  init(_ text: String, final: Bool, deflater: RawDeflater) {
    var text = text
    var deflated: [UInt8] = []
    crc = text.withUTF8 { utf8 in
      deflater.deflate(UnsafeRawBufferPointer(utf8), final: final, appendingTo: &deflated)
      return RawDeflater.crc32(UnsafeRawBufferPointer(utf8))
    }
    self.deflated = deflated
    byteCount = text.utf8.count
  }
}
