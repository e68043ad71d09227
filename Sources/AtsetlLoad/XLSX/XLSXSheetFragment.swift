import AtsetlModel

/// Rows of one sheet, rendered and deflated, ready to be appended to the sheet in order.
///
/// The rows' XML carries no row or cell positions (`<row>` and `<c>` have no `r`; an empty cell
/// between two values is `<c/>`), and it is deflated as one self-contained piece: byte-aligned,
/// not the last block, no back-reference into it from outside. So a fragment's bytes depend
/// only on its rows, whichever thread rendered it and wherever it ends up in the sheet, and the
/// sheet's entry in the zip is the concatenation of its fragments. Each fragment carries what
/// the writer needs to describe the sheet without reading the rows again: the CRC-32 and
/// length of the XML, the number of rows and the widest content per column.
///
/// ```swift
/// let fragment = XLSXSheetFragment(rows: [[.text("kr 15,6 mill."), .number(15_600_000)]],
///   columnCount: 2)  // any thread
/// try writer.append(fragment, to: sheet)  // in order
/// ```
package struct XLSXSheetFragment: Sendable, Hashable {
  /// The number of columns the rows were rendered for (cells past it are dropped).
  package let columnCount: Int
  /// The rows in it.
  package let rowCount: Int
  /// The rows' XML, raw-deflated and ended with a full flush.
  package let deflated: [UInt8]
  /// The length of the rows' XML, in bytes.
  package let byteCount: Int
  /// The CRC-32 of the rows' XML.
  package let crc: UInt32
  /// The widest content per column, in characters (capped at the widest column).
  package let contentWidths: [Int]

  /// Renders and deflates `rows` (cells in header order) for a sheet of `columnCount` columns.
  package init(rows: some Sequence<[XLSXCell]>, columnCount: Int) {
    var renderer = XLSXRowRenderer(columnCount: columnCount)
    for row in rows { renderer.append(row) }
    self = renderer.fragment(deflater: RawDeflater())
  }

  /// A fragment from its parts, such as one read back from a published workbook
  /// (``XLSXWriter/bodyOffset(of:)``) with what was recorded about it.
  ///
  /// The parts are taken as given: `deflated` must be raw deflate ended by a full flush (or
  /// empty for no rows), holding `byteCount` bytes of row XML with CRC-32 `crc`, and
  /// `contentWidths` must have `columnCount` entries.
  package init(
    columnCount: Int, rowCount: Int, deflated: [UInt8], byteCount: Int, crc: UInt32,
    contentWidths: [Int]
  ) {
    self.columnCount = columnCount
    self.rowCount = rowCount
    self.deflated = deflated
    self.byteCount = byteCount
    self.crc = crc
    self.contentWidths = contentWidths
  }
}

/// Collects rows of one sheet as SpreadsheetML (`<row>…</row>`) and turns them into a
/// ``XLSXSheetFragment``.
struct XLSXRowRenderer {
  /// Column width bounds, in characters.
  static let minimumWidth = 6
  /// Long text (sentences) is capped at this width; the cell still holds all of it.
  static let maximumWidth = 60

  /// The attribute that keeps a text's spaces, tabs and line breaks as they are.
  static let preservedSpace = Array(#" xml:space="preserve""#.utf8)

  let columnCount: Int
  /// Rows collected since the last fragment.
  private(set) var rowCount = 0
  private var xml: [UInt8] = []
  private var contentWidths: [Int]
  /// Empty cells seen since the last written one, written as `<c/>` once a value follows.
  private var skippedCells = 0

  init(columnCount: Int) {
    self.columnCount = columnCount
    contentWidths = Array(repeating: 0, count: columnCount)
  }

  /// Appends one row; cells beyond ``columnCount`` are dropped, missing ones left empty.
  /// `style` is the cell format of every cell (dates default to the date format).
  mutating func append(_ cells: [XLSXCell], style: Int? = nil) {
    startRow()
    for (column, cell) in cells.prefix(columnCount).enumerated() {
      append(cell, column: column, style: style)
    }
    xml.append(contentsOf: "</row>".utf8)
  }

  /// Appends one row given as fields (``Fact/fieldValues``), without building cells first.
  mutating func append(fields: [FieldValue]) {
    startRow()
    for (column, field) in fields.prefix(columnCount).enumerated() {
      append(XLSXCell(field), column: column, style: nil)
    }
    xml.append(contentsOf: "</row>".utf8)
  }

  /// The rows collected so far as a fragment; the renderer starts over, empty.
  mutating func fragment(deflater: RawDeflater) -> XLSXSheetFragment {
    // No rows, no bytes: an empty fragment changes nothing where it is appended.
    var deflated: [UInt8] = []
    let crc = xml.withUnsafeBytes { bytes in
      if !bytes.isEmpty { deflater.deflate(bytes, final: false, appendingTo: &deflated) }
      return RawDeflater.crc32(bytes)
    }
    let fragment = XLSXSheetFragment(
      columnCount: columnCount, rowCount: rowCount, deflated: Array(deflated),
      byteCount: xml.count, crc: crc, contentWidths: contentWidths)
    xml.removeAll(keepingCapacity: true)
    rowCount = 0
    contentWidths = Array(repeating: 0, count: columnCount)
    return fragment
  }

  private mutating func startRow() {
    rowCount += 1
    skippedCells = 0
    xml.append(contentsOf: "<row>".utf8)
  }

  /// `<c` for the next written cell, after a `<c/>` for each empty cell before it.
  private mutating func open(style: Int?) {
    for _ in 0..<skippedCells { xml.append(contentsOf: "<c/>".utf8) }
    skippedCells = 0
    xml.append(contentsOf: "<c".utf8)
    if let style {
      xml.append(contentsOf: #" s=""#.utf8)
      xml.append(digitsOf: UInt64(style))
      xml.append(UInt8(ascii: "\""))
    }
  }

  private mutating func append(_ cell: XLSXCell, column: Int, style: Int?) {
    let width: Int
    switch cell {
    case .empty:
      skippedCells += 1
      return
    case .text(let raw):
      guard !raw.isEmpty else {
        skippedCells += 1
        return
      }
      var text = SpreadsheetML.cellText(CSVDialect.rfc4180.guarded(raw))
      open(style: style)
      xml.append(contentsOf: #" t="inlineStr"><is><t"#.utf8)
      width = text.withUTF8 { utf8 in
        // Most text needs no escape: copied whole, its characters counted on the way.
        guard !utf8.contains(where: SpreadsheetML.needsEscape) else { return nil }
        if utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") {
          xml.append(contentsOf: Self.preservedSpace)
        }
        xml.append(UInt8(ascii: ">"))
        xml.append(contentsOf: utf8)
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 {
          count += 1
          if count >= Self.maximumWidth { break }
        }
        return count
      } ?? {
        let start = xml.count + 1
        xml.append(UInt8(ascii: ">"))
        SpreadsheetML.appendEscaped(text, to: &xml)
        if SpreadsheetML.needsPreservedSpace(escaped: xml[start...]) {
          xml.insert(contentsOf: Self.preservedSpace, at: start - 1)
        }
        return Self.length(of: text, cap: Self.maximumWidth)
      }()
      xml.append(contentsOf: "</t></is></c>".utf8)
    case .integer(let value):
      open(style: style)
      xml.append(contentsOf: "><v>".utf8)
      let start = xml.count
      xml.append(decimal: value)
      width = xml.count - start
      xml.append(contentsOf: "</v></c>".utf8)
    case .number(let value):
      var digits: [UInt8] = []
      guard DecimalFormatting.append(value, to: &digits) else {
        skippedCells += 1
        return
      }
      open(style: style)
      xml.append(contentsOf: "><v>".utf8)
      xml.append(contentsOf: digits)
      xml.append(contentsOf: "</v></c>".utf8)
      width = digits.count
    case .date(let date):
      open(style: style ?? SpreadsheetML.dateStyle)
      xml.append(contentsOf: "><v>".utf8)
      xml.append(decimal: date.serial)
      xml.append(contentsOf: "</v></c>".utf8)
      width = 10
    }
    if width > contentWidths[column] { contentWidths[column] = width }
  }

  /// The characters of `text` counted up to `cap`.
  static func length(of text: String, cap: Int) -> Int {
    var count = 0
    for _ in text.unicodeScalars {
      count += 1
      if count >= cap { break }
    }
    return count
  }
}
