import Foundation
import ZIPFoundation

/// Streams tables into an Office Open XML workbook (`.xlsx`), published atomically.
///
/// Each sheet has a bold header row, frozen so it stays visible, a filter over the whole table
/// and column widths fitted to the content (capped at 60 characters). Numbers are numeric
/// cells, text is inline strings guarded against formula injection like the CSV writers, dates
/// are real date cells. Rows go to a scratch file per sheet as they arrive (`.<name>.parts-…`
/// next to the target), so memory does not grow with the number of rows; ``commit()`` zips the
/// parts (deflate, fixed timestamps, so equal input gives identical bytes) and publishes the
/// archive through ``AtomicFile``. If anything fails, or the writer is dropped or
/// ``abandon()``ed first, the scratch folder is removed and the previous target stays as it was.
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
  private let scratchFolder: String
  private var sheets: [XLSXSheetStream] = []
  private var isFinished = false

  /// Creates the scratch folder next to `url`; nothing is visible at `url` until ``commit()``.
  ///
  /// - Throws: ``LoadError/cannotCreateTemporaryFile(path:errno:)`` when the folder is missing
  ///   or read-only.
  package init(publishing url: URL, faults: FaultInjection = .none) throws {
    target = url
    displayPath = url.relativePath
    self.faults = faults
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
    try checkOpen()
    guard sheet.workbook == ObjectIdentifier(self), sheets.indices.contains(sheet.index) else {
      throw XLSXError.unknownSheet(path: displayPath)
    }
    try sheets[sheet.index].append(cells)
  }

  /// Zips the workbook and publishes it atomically at the target.
  ///
  /// After a successful commit the writer is finished; any error leaves the target untouched.
  package func commit() throws {
    try checkOpen()
    defer { finish() }
    guard !sheets.isEmpty else { throw XLSXError.noSheets(path: displayPath) }
    for sheet in sheets { try sheet.rows.close() }
    let archivePath = scratchFolder + "/workbook.zip"
    try buildArchive(at: archivePath)
    try AtomicFile.publish(target, faults: faults) { file in
      try copy(archivePath, into: file)
    }
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

  /// Bytes of a sheet read and compressed at a time: the default 16 KiB made the archiver's
  /// per-chunk work (copies, checksum calls) a third of the zip time.
  static let sheetChunkSize = 1 << 20

  /// Writes the zip: content types first (some readers expect it there), then the package
  /// relationships, the workbook, its relationships, the styles and the sheets.
  private func buildArchive(at path: String) throws {
    do {
      let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
      func add(_ name: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.addEntry(
          with: name, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .deflate,
          provider: { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
          })
      }
      try add("[Content_Types].xml", SpreadsheetML.contentTypes(sheetCount: sheets.count))
      try add("_rels/.rels", SpreadsheetML.packageRelationships)
      try add(
        "xl/workbook.xml", SpreadsheetML.workbook(sheets: sheets.map { ($0.name, $0.range) }))
      try add(
        "xl/_rels/workbook.xml.rels",
        SpreadsheetML.workbookRelationships(sheetCount: sheets.count))
      try add("xl/styles.xml", SpreadsheetML.styles)
      for (index, sheet) in sheets.enumerated() {
        let source = try SegmentedSource(
          head: SpreadsheetML.worksheetStart(
            range: sheet.range, widths: sheet.widths, isSelected: index == 0),
          filePath: sheet.rows.path, fileSize: sheet.rows.size,
          tail: SpreadsheetML.worksheetEnd(range: sheet.range))
        try archive.addEntry(
          with: "xl/worksheets/sheet\(index + 1).xml", type: .file,
          uncompressedSize: source.size, modificationDate: Self.entryDate, permissions: 0o644,
          compressionMethod: .deflate, bufferSize: Self.sheetChunkSize,
          provider: { try source.read(at: $0, count: $1) })
      }
    } catch let error as LoadError {
      throw error
    } catch {
      throw XLSXError.archiveFailed(path: displayPath, reason: "\(error)")
    }
  }

  /// Streams the finished zip into the atomic file.
  private func copy(_ path: String, into file: AtomicFile) throws {
    do {
      let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
      defer { try? handle.close() }
      while let chunk = try handle.read(upToCount: AtomicFile.bufferCapacity), !chunk.isEmpty {
        try file.write(contentsOf: chunk)
      }
    } catch let error as LoadError {
      throw error
    } catch {
      throw XLSXError.archiveFailed(path: displayPath, reason: "\(error)")
    }
  }
}

/// A zip entry's bytes: a string, a file's content, another string, read in exact chunks.
///
/// The archiver asks for `size` bytes at `position` and expects exactly that many.
private final class SegmentedSource {
  let size: Int64
  private let head: Data
  private let tail: Data
  private let fileSize: Int64
  private let handle: FileHandle

  init(head: String, filePath: String, fileSize: Int, tail: String) throws {
    self.head = Data(head.utf8)
    self.tail = Data(tail.utf8)
    self.fileSize = Int64(fileSize)
    handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: filePath))
    size = Int64(self.head.count) + Int64(fileSize) + Int64(self.tail.count)
  }

  deinit {
    try? handle.close()
  }

  func read(at position: Int64, count: Int) throws -> Data {
    var result = Data()
    result.reserveCapacity(count)
    var offset = position
    let end = min(size, position + Int64(count))
    let headEnd = Int64(head.count)
    let fileEnd = headEnd + fileSize
    while offset < end {
      if offset < headEnd {
        let upper = min(end, headEnd)
        result.append(head.subdata(in: Int(offset)..<Int(upper)))
        offset = upper
      } else if offset < fileEnd {
        let upper = min(end, fileEnd)
        try handle.seek(toOffset: UInt64(offset - headEnd))
        guard let chunk = try handle.read(upToCount: Int(upper - offset)), !chunk.isEmpty else {
          throw CocoaError(.fileReadUnknown)
        }
        result.append(chunk)
        offset += Int64(chunk.count)
      } else {
        let upper = end
        result.append(tail.subdata(in: Int(offset - fileEnd)..<Int(upper - fileEnd)))
        offset = upper
      }
    }
    return result
  }
}
