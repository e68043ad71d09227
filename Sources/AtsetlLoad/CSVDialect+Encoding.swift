import AtsetlModel
import Foundation

extension CSVDialect {
  /// The invisible mark that keeps a number-like text cell text (U+2060 WORD JOINER).
  package static let textMarker = "\u{2060}"

  /// ``decimalSeparator`` as one byte (`.` when it is not a single ASCII character).
  var decimalSeparatorByte: UInt8 {
    decimalSeparator.utf8.count == 1 ? decimalSeparator.utf8.first! : UInt8(ascii: ".")
  }

  /// Whether a cell starting with `scalar` is read as a formula by a spreadsheet: `=`, `+`,
  /// `-`, `@`, tab, CR, and the full-width `＝`, `＋`, `－`, `＠`.
  static func isFormulaTrigger(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": true
    default: false
    }
  }

  /// One CSV record: the fields encoded, joined by the separator, ended by ``lineEnding``.
  package func row(_ fields: [FieldValue]) -> String {
    var bytes: [UInt8] = []
    appendRow(fields, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``row(_:)``'s bytes.
  package func appendRow(_ fields: [FieldValue], to bytes: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { bytes.append(separator) }
      append(field, to: &bytes)
    }
    bytes.append(utf8: lineEnding)
  }

  /// The header record: column names quoted when needed but never guarded, so that a year
  /// column named `2017` keeps exactly the name its Table Schema gives it.
  package func headerRow(_ names: [String]) -> String {
    names.map(quoted).joined(separator: String(UnicodeScalar(separator))) + lineEnding
  }

  /// One field: numbers plain with this dialect's decimal mark, text guarded and quoted,
  /// null as an empty field.
  package func encode(_ field: FieldValue) -> String {
    var bytes: [UInt8] = []
    append(field, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``encode(_:)``'s bytes.
  package func append(_ field: FieldValue, to bytes: inout [UInt8]) {
    switch field {
    case .null: break
    case .integer(let value): bytes.append(decimal: value)
    case .decimal(let value): _ = DecimalFormatting.append(value, separator: decimalSeparatorByte, to: &bytes)
    case .text(let text): appendGuarded(text, to: &bytes)
    }
  }

  /// Appends `quoted(guarded(text))` without building either string: the guard's mark (`'`
  /// or U+2060) is never a reason to quote, so it goes in front of the text's own bytes.
  private func appendGuarded(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    let marksIdentifier = keepsIdentifiersAsText && SpreadsheetValueDetector.looksLikeValue(text)
    text.withUTF8 { utf8 in
      let needsQuotes = utf8.contains {
        $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      }
      if needsQuotes { bytes.append(UInt8(ascii: "\"")) }
      if neutralisesFormulas, Self.startsWithFormulaTrigger(utf8) {
        bytes.append(UInt8(ascii: "'"))
      } else if marksIdentifier {
        bytes.append(contentsOf: [0xE2, 0x81, 0xA0])  // U+2060, ``textMarker``
      }
      guard needsQuotes else {
        bytes.append(contentsOf: utf8)
        return
      }
      // Runs between quotes copied whole, each inner quote doubled.
      var runStart = 0
      for (index, byte) in utf8.enumerated() where byte == UInt8(ascii: "\"") {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
        runStart = index
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
      bytes.append(UInt8(ascii: "\""))
    }
  }

  /// ``isFormulaTrigger(_:)`` for the first scalar of UTF-8 `bytes`.
  static func startsWithFormulaTrigger(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first else { return false }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
      return true
    case 0xEF:
      // U+FF1D, U+FF0B, U+FF0D, U+FF20: EF BC 9D, EF BC 8B, EF BC 8D, EF BC A0.
      guard bytes.count >= 3, bytes[1] == 0xBC else { return false }
      return [0x9D, 0x8B, 0x8D, 0xA0].contains(bytes[2])
    default:
      return false
    }
  }

  /// A text cell with the formula guard, else the identifier guard, applied as configured.
  package func guarded(_ text: String) -> String {
    if neutralisesFormulas, let first = text.unicodeScalars.first,
      Self.isFormulaTrigger(first)
    {
      return "'" + text
    }
    if keepsIdentifiersAsText, SpreadsheetValueDetector.looksLikeValue(text) {
      return Self.textMarker + text
    }
    return text
  }

  /// `text` in double quotes with inner quotes doubled, when it holds the separator, `"`,
  /// CR or LF; otherwise unchanged.
  package func quoted(_ text: String) -> String {
    var bytes: [UInt8] = []
    appendQuoted(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``quoted(_:)``'s bytes.
  package func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
    var text = text
    text.withUTF8 { utf8 in
      let needsQuotes = utf8.contains {
        $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
      }
      guard needsQuotes else {
        bytes.append(contentsOf: utf8)
        return
      }
      bytes.append(UInt8(ascii: "\""))
      for byte in utf8 {
        if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        bytes.append(byte)
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }
}
