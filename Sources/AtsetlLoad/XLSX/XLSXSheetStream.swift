import AtsetlModel

/// One worksheet being written: its rows, deflated in fragments, go to a scratch file as they
/// arrive, while the column widths, the table's extent and the rows' CRC-32 are tracked for
/// the XML that must precede the rows and for the zip entry.
final class XLSXSheetStream {
  /// Rows written one at a time are deflated in fragments of this many (the last may be
  /// shorter), so that equal rows give equal bytes.
  static let rowsPerFragment = 4096

  /// The sheet's name as shown on its tab.
  let name: String
  /// The number of columns (the header's length).
  let columnCount: Int
  /// The widest content per column so far (rows still collecting excepted), in characters.
  private(set) var contentWidths: [Int]
  /// The rows' deflated fragments.
  let body: ScratchFile
  /// The length of the rows' XML in the scratch file, uncompressed.
  private(set) var bodyByteCount = 0
  /// The CRC-32 of the rows' XML in the scratch file.
  private(set) var bodyCRC: UInt32 = 0
  /// Rows in the scratch file.
  private var writtenRows = 0
  /// Rows written one at a time, not yet deflated.
  private var pending: XLSXRowRenderer
  private let deflater = RawDeflater()
  private let displayPath: String

  /// Opens the scratch file and writes the bold header row.
  init(name: String, header: [String], path: String, displayPath: String) throws {
    self.name = name
    self.displayPath = displayPath
    columnCount = header.count
    contentWidths = Array(repeating: 0, count: header.count)
    pending = XLSXRowRenderer(columnCount: header.count)
    body = try ScratchFile(path: path, displayPath: displayPath)
    pending.append(header.map(XLSXCell.text), style: SpreadsheetML.headerStyle)
    try flush()
    // The header gets room for the filter button.
    contentWidths = header.map {
      XLSXRowRenderer.length(of: $0, cap: XLSXRowRenderer.maximumWidth) + 3
    }
  }

  /// Rows written so far, header included.
  var rowCount: Int { writtenRows + pending.rowCount }

  /// The table's range, `A1:Y7`.
  var range: String { SpreadsheetML.range(columns: columnCount, rows: rowCount) }

  /// Column widths for `<cols>`.
  var widths: [Int] {
    contentWidths.map {
      min(XLSXRowRenderer.maximumWidth, max(XLSXRowRenderer.minimumWidth, $0 + 1))
    }
  }

  /// Appends one row; cells beyond the header's columns are dropped, missing ones left empty.
  func append(_ cells: [XLSXCell]) throws {
    try checkRoom(for: 1)
    pending.append(cells)
    if pending.rowCount == Self.rowsPerFragment { try flush() }
  }

  /// Appends one row given as fields, like ``append(_:)``.
  func append(fields: [FieldValue]) throws {
    try checkRoom(for: 1)
    pending.append(fields: fields)
    if pending.rowCount == Self.rowsPerFragment { try flush() }
  }

  /// Appends a fragment after the rows written so far (deflating those first).
  ///
  /// - Returns: where its deflated bytes start in the sheet's body.
  @discardableResult
  func append(_ fragment: XLSXSheetFragment) throws -> Int {
    // A fragment made from stored parts could also disagree with itself.
    let columns =
      fragment.contentWidths.count == fragment.columnCount
      ? fragment.columnCount : fragment.contentWidths.count
    guard columns == columnCount else {
      throw XLSXError.fragmentColumnMismatch(
        path: displayPath, sheet: name, columns: columns, expected: columnCount)
    }
    try checkRoom(for: fragment.rowCount)
    try flush()
    let offset = body.size
    try write(fragment)
    return offset
  }

  /// Deflates the rows written one at a time since the last fragment into a fragment of their
  /// own (nothing when there are none).
  func flush() throws {
    guard pending.rowCount > 0 else { return }
    try write(pending.fragment(deflater: deflater))
  }

  /// Deflates what is pending and closes the scratch file; it can then be copied.
  func close() throws {
    try flush()
    try body.close()
  }

  private func checkRoom(for rows: Int) throws {
    guard rows <= SpreadsheetML.maximumRows - rowCount else {
      throw XLSXError.tooManyRows(path: displayPath, sheet: name)
    }
  }

  private func write(_ fragment: XLSXSheetFragment) throws {
    try body.write { $0.append(contentsOf: fragment.deflated) }
    bodyCRC = RawDeflater.combine(bodyCRC, fragment.crc, secondCount: fragment.byteCount)
    bodyByteCount += fragment.byteCount
    writtenRows += fragment.rowCount
    for (column, width) in fragment.contentWidths.enumerated()
    where width > contentWidths[column] {
      contentWidths[column] = width
    }
  }
}
