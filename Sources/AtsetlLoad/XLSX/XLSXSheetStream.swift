import Foundation

/// One worksheet being written: its rows go to a scratch file as they arrive, while the
/// column widths and the table's extent are tracked for the XML that must precede the rows.
final class XLSXSheetStream {
  /// Column width bounds, in characters.
  static let minimumWidth = 6
  /// Long text (sentences) is capped at this width; the cell still holds all of it.
  static let maximumWidth = 60

  /// The sheet's name as shown on its tab.
  let name: String
  /// The number of columns (the header's length).
  let columnCount: Int
  /// Rows written so far, header included.
  private(set) var rowCount = 0
  /// The widest content per column so far, in characters (capped).
  private(set) var contentWidths: [Int]
  /// The rows' XML.
  let rows: ScratchFile
  private let displayPath: String
  private let columnNames: [String]

  /// Opens the scratch file and writes the bold header row.
  init(name: String, header: [String], path: String, displayPath: String) throws {
    self.name = name
    self.displayPath = displayPath
    columnCount = header.count
    columnNames = (0..<header.count).map(SpreadsheetML.columnName)
    // The header gets room for the filter button.
    contentWidths = header.map { Self.length(of: $0, cap: Self.maximumWidth) + 3 }
    rows = try ScratchFile(path: path, displayPath: displayPath)
    try append(header.map(XLSXCell.text), style: SpreadsheetML.headerStyle)
  }

  /// The table's range, `A1:Y7`.
  var range: String { SpreadsheetML.range(columns: columnCount, rows: rowCount) }

  /// Column widths for `<cols>`.
  var widths: [Int] {
    contentWidths.map { min(Self.maximumWidth, max(Self.minimumWidth, $0 + 1)) }
  }

  /// Appends one row; cells beyond the header's columns are dropped, missing ones left empty.
  func append(_ cells: [XLSXCell], style: Int? = nil) throws {
    guard rowCount < SpreadsheetML.maximumRows else {
      throw XLSXError.tooManyRows(path: displayPath, sheet: name)
    }
    rowCount += 1
    let rowNumber = UInt64(rowCount)
    try rows.write { xml in
      xml.append(contentsOf: #"<row r=""#.utf8)
      xml.append(digitsOf: rowNumber)
      xml.append(contentsOf: #"">"#.utf8)
      // `<c r="B7"` with the style attribute, if any.
      func open(_ column: Int, style: Int?) {
        xml.append(contentsOf: #"<c r=""#.utf8)
        xml.append(utf8: columnNames[column])
        xml.append(digitsOf: rowNumber)
        xml.append(UInt8(ascii: "\""))
        if let style {
          xml.append(contentsOf: #" s=""#.utf8)
          xml.append(digitsOf: UInt64(style))
          xml.append(UInt8(ascii: "\""))
        }
      }
      for (column, cell) in cells.prefix(columnCount).enumerated() {
        let width: Int
        switch cell {
        case .empty:
          continue
        case .text(let raw):
          guard !raw.isEmpty else { continue }
          let text = SpreadsheetML.cellText(CSVDialect.rfc4180.guarded(raw))
          open(column, style: style)
          xml.append(contentsOf: #" t="inlineStr"><is><t xml:space="preserve">"#.utf8)
          SpreadsheetML.appendEscaped(text, to: &xml)
          xml.append(contentsOf: "</t></is></c>".utf8)
          width = Self.length(of: text, cap: Self.maximumWidth)
        case .integer(let value):
          open(column, style: style)
          xml.append(contentsOf: "><v>".utf8)
          let start = xml.count
          xml.append(decimal: value)
          width = xml.count - start
          xml.append(contentsOf: "</v></c>".utf8)
        case .number(let value):
          var digits: [UInt8] = []
          guard DecimalFormatting.append(value, to: &digits) else { continue }
          open(column, style: style)
          xml.append(contentsOf: "><v>".utf8)
          xml.append(contentsOf: digits)
          xml.append(contentsOf: "</v></c>".utf8)
          width = digits.count
        case .date(let date):
          open(column, style: style ?? SpreadsheetML.dateStyle)
          xml.append(contentsOf: "><v>".utf8)
          xml.append(utf8: String(date.serial))
          xml.append(contentsOf: "</v></c>".utf8)
          width = 10
        }
        if width > contentWidths[column] { contentWidths[column] = width }
      }
      xml.append(contentsOf: "</row>".utf8)
    }
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
