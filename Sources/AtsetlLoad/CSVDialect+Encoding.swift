import AtsetlModel
import Foundation

extension CSVDialect {
  /// The invisible mark that keeps a number-like text cell text (U+2060 WORD JOINER).
  package static let textMarker = "\u{2060}"

  /// The first characters that make a spreadsheet read a cell as a formula.
  static let formulaTriggers: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// One CSV record: the fields encoded, joined by the separator, ended by ``lineEnding``.
  package func row(_ fields: [FieldValue]) -> String {
    var line = ""
    let separator = String(UnicodeScalar(self.separator))
    for (index, field) in fields.enumerated() {
      if index > 0 { line += separator }
      line += encode(field)
    }
    return line + lineEnding
  }

  /// The header record: column names quoted when needed but never guarded, so that a year
  /// column named `2017` keeps exactly the name its Table Schema gives it.
  package func headerRow(_ names: [String]) -> String {
    names.map(quoted).joined(separator: String(UnicodeScalar(separator))) + lineEnding
  }

  /// One field: numbers plain with this dialect's decimal mark, text guarded and quoted,
  /// null as an empty field.
  package func encode(_ field: FieldValue) -> String {
    switch field {
    case .null: ""
    case .integer(let value): String(value)
    case .decimal(let value): DecimalFormatting.plain(value, separator: decimalSeparator) ?? ""
    case .text(let text): quoted(guarded(text))
    }
  }

  /// A text cell with the formula guard, else the identifier guard, applied as configured.
  package func guarded(_ text: String) -> String {
    if neutralisesFormulas, let first = text.unicodeScalars.first,
      Self.formulaTriggers.contains(first)
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
    let needsQuotes = text.utf8.contains {
      $0 == separator || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard needsQuotes else { return text }
    var result = "\""
    for scalar in text.unicodeScalars {
      if scalar == "\"" { result.unicodeScalars.append(scalar) }
      result.unicodeScalars.append(scalar)
    }
    return result + "\""
  }
}
