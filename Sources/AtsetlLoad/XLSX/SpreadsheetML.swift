import Foundation

/// The fixed parts and spelling rules of our minimal SpreadsheetML (ECMA-376 / ISO 29500).
///
/// Only what a typed, filtered table needs: content types, package and workbook
/// relationships, a workbook listing the sheets, a style sheet with three cell formats and the
/// worksheets themselves. Text is written as inline strings, so there is no shared-string table
/// to keep in memory.
package enum SpreadsheetML {
  /// The SpreadsheetML main namespace.
  package static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  /// The namespace of relationship ids inside a part (`r:id`).
  package static let relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  /// The namespace of `.rels` parts.
  package static let packageRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships"
  /// The namespace of `[Content_Types].xml`.
  package static let contentTypesNamespace =
    "http://schemas.openxmlformats.org/package/2006/content-types"

  /// The cell format (`s` attribute) of plain cells: General, which shows numbers as written.
  package static let plainStyle = 0
  /// The cell format of header cells: bold.
  package static let headerStyle = 1
  /// The cell format of date cells: `yyyy-mm-dd` (custom number format 164).
  package static let dateStyle = 2

  /// Excel's row limit, header included.
  package static let maximumRows = 1_048_576
  /// Excel's column limit.
  package static let maximumColumns = 16_384
  /// Excel's limit on characters (UTF-16 code units) in one cell; longer text is cut.
  package static let maximumCellLength = 32_767

  static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

  /// The content types of the parts we write.
  static let relationshipsType = "application/vnd.openxmlformats-package.relationships+xml"
  static let spreadsheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml"
  static let workbookType = spreadsheetType + ".sheet.main+xml"
  static let worksheetType = spreadsheetType + ".worksheet+xml"
  static let stylesType = spreadsheetType + ".styles+xml"

  /// `[Content_Types].xml` for a workbook with `sheetCount` worksheets.
  static func contentTypes(sheetCount: Int) -> String {
    var xml = declaration + #"<Types xmlns="\#(contentTypesNamespace)">"#
    xml += #"<Default Extension="rels" ContentType="\#(relationshipsType)"/>"#
    xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
    xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(workbookType)"/>"#
    for number in (0..<sheetCount).map({ $0 + 1 }) {
      xml += #"<Override PartName="/xl/worksheets/sheet\#(number).xml""#
      xml += #" ContentType="\#(worksheetType)"/>"#
    }
    xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(stylesType)"/>"#
    return xml + "</Types>"
  }

  /// `_rels/.rels`: the package's one relationship, to the workbook.
  static let packageRelationships =
    declaration + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
    + #"<Relationship Id="rId1" Type="\#(relationshipsNamespace)/officeDocument""#
    + #" Target="xl/workbook.xml"/></Relationships>"#

  /// `xl/_rels/workbook.xml.rels`: `rId1`…`rIdN` for the sheets, `rId(N+1)` for the styles.
  static func workbookRelationships(sheetCount: Int) -> String {
    var xml = declaration + #"<Relationships xmlns="\#(packageRelationshipsNamespace)">"#
    for number in (0..<sheetCount).map({ $0 + 1 }) {
      xml += #"<Relationship Id="rId\#(number)" Type="\#(relationshipsNamespace)/worksheet""#
      xml += #" Target="worksheets/sheet\#(number).xml"/>"#
    }
    xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(relationshipsNamespace)/styles""#
    xml += #" Target="styles.xml"/>"#
    return xml + "</Relationships>"
  }

  /// `xl/workbook.xml`: the sheets in order, and each sheet's filter range as the hidden
  /// `_xlnm._FilterDatabase` name Excel expects next to an `autoFilter`.
  static func workbook(sheets: [(name: String, filterRange: String)]) -> String {
    var xml = declaration
    xml += #"<workbook xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipsNamespace)">"#
    xml += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
    for (index, sheet) in sheets.enumerated() {
      xml +=
        #"<sheet name="\#(escaped(sheet.name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
    }
    xml += "</sheets><definedNames>"
    for (index, sheet) in sheets.enumerated() {
      let quotedName = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
      xml +=
        #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">"#
        + escaped(quotedName + "!" + absolute(sheet.filterRange)) + "</definedName>"
    }
    return xml + "</definedNames></workbook>"
  }

  /// `xl/styles.xml`: cell formats ``plainStyle``, ``headerStyle`` and ``dateStyle``.
  static let styles =
    declaration + #"<styleSheet xmlns="\#(mainNamespace)">"#
    + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>"#
    + #"<fonts count="2">"#
    + #"<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
    + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
    + "</fonts>"
    + #"<fills count="2"><fill><patternFill patternType="none"/></fill>"#
    + #"<fill><patternFill patternType="gray125"/></fill></fills>"#
    + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
    + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>"#
    + "</cellStyleXfs>"
    + #"<cellXfs count="3">"#
    + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
    + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
    + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
    + "</cellXfs>"
    + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
    + "</styleSheet>"

  /// A worksheet's XML before its rows: dimension, frozen header row, column widths.
  static func worksheetStart(range: String, widths: [Int], isSelected: Bool) -> String {
    var xml = declaration
    xml += #"<worksheet xmlns="\#(mainNamespace)" xmlns:r="\#(relationshipsNamespace)">"#
    xml += #"<dimension ref="\#(range)"/>"#
    xml += "<sheetViews><sheetView" + (isSelected ? #" tabSelected="1""# : "")
    xml += #" workbookViewId="0">"#
    xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
    xml += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
    xml += "</sheetView></sheetViews>"
    xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
    if !widths.isEmpty {
      xml += "<cols>"
      for (index, width) in widths.enumerated() {
        xml += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(width)" customWidth="1"/>"#
      }
      xml += "</cols>"
    }
    return xml + "<sheetData>"
  }

  /// A worksheet's XML after its rows: the filter over the whole table.
  static func worksheetEnd(range: String) -> String {
    #"</sheetData><autoFilter ref="\#(range)"/></worksheet>"#
  }

  /// The letters of a 0-based column index: `0` → `A`, `25` → `Z`, `26` → `AA`.
  package static func columnName(_ index: Int) -> String {
    var number = index + 1
    var scalars: [Unicode.Scalar] = []
    while number > 0 {
      let remainder = (number - 1) % 26
      scalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder)))
      number = (number - 1) / 26
    }
    var name = ""
    name.unicodeScalars.append(contentsOf: scalars.reversed())
    return name
  }

  /// `A1:Y7` for a table of `columns` × `rows` starting at A1.
  package static func range(columns: Int, rows: Int) -> String {
    "A1:" + columnName(max(0, columns - 1)) + String(max(1, rows))
  }

  /// `$A$1:$Y$7` for `A1:Y7`.
  static func absolute(_ range: String) -> String {
    range.split(separator: ":").map { reference in
      let letters = String(reference.prefix { $0.isLetter })
      let digits = String(reference.dropFirst(letters.count))
      return "$" + letters + "$" + digits
    }.joined(separator: ":")
  }

  /// Appends ``escaped(_:)``'s bytes; text that needs no escape is copied whole.
  package static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(utf8: escaped(text))
  }

  /// Text for element content or an attribute value.
  ///
  /// Escapes `&`, `<`, `>`, `"`; writes tab, LF and CR as character references (so that no XML
  /// parser normalises them away); drops characters XML 1.0 forbids (controls other than tab,
  /// LF and CR, and U+FFFE/U+FFFF); and protects a literal `_xHHHH_` by writing its underscore
  /// as `_x005F_`, because spreadsheet readers decode `_xHHHH_` in text as an escaped character.
  package static func escaped(_ text: String) -> String {
    // Most texts need nothing: no markup character, no control, no `_`, and no 0xEF lead
    // byte (the only way to spell U+FFFE/U+FFFF in UTF-8).
    if !text.utf8.contains(where: needsEscape) { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 8)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index != scalars.endIndex {
      let scalar = scalars[index]
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\t": result += "&#9;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "_":
        result += startsEscapeSequence(scalars[index...]) ? "_x005F_" : "_"
      default:
        if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
      }
      index = scalars.index(after: index)
    }
    return result
  }

  /// Whether escaped text (``escaped(_:)``) needs `xml:space="preserve"` on its `<t>` so that
  /// readers keep it exactly: it starts or ends with a space, or holds a tab, line feed or
  /// carriage return (written as character references, the only ones `escaped` writes).
  static func needsPreservedSpace(escaped text: ArraySlice<UInt8>) -> Bool {
    guard let first = text.first, let last = text.last else { return false }
    if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
    var previous: UInt8 = 0
    for byte in text {
      if previous == UInt8(ascii: "&"), byte == UInt8(ascii: "#") { return true }
      previous = byte
    }
    return false
  }

  /// Whether ``escaped(_:)`` may change text holding this UTF-8 byte: a markup character, a
  /// control, `_`, or 0xEF (the only lead byte of U+FFFE/U+FFFF).
  @inline(__always)
  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0xEF || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
      || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "_")
  }

  /// Whether XML 1.0 allows `scalar` in a document (tab, LF, CR and from U+0020 on, except
  /// U+FFFE and U+FFFF; Swift strings hold no surrogates).
  package static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: true
    case 0x20...0xFFFD: true
    case 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// `text` cut to ``maximumCellLength`` UTF-16 code units at a character boundary.
  package static func cellText(_ text: String) -> String {
    // UTF-16 is never longer than UTF-8 in code units: most texts end here cheaply.
    guard text.utf8.count > maximumCellLength, text.utf16.count > maximumCellLength else {
      return text
    }
    var length = 0
    var result = ""
    for scalar in text.unicodeScalars {
      length += UTF16.width(scalar)
      if length > maximumCellLength { break }
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// Whether `scalars` starts with `_xHHHH_` (four hex digits).
  private static func startsEscapeSequence(_ scalars: Substring.UnicodeScalarView) -> Bool {
    var iterator = scalars.makeIterator()
    guard iterator.next() == "_", iterator.next() == "x" else { return false }
    for _ in 0..<4 {
      guard let scalar = iterator.next(), scalar.properties.isASCIIHexDigit else { return false }
    }
    return iterator.next() == "_"
  }
}
