import AtsetlModel
import Foundation

/// The few JSON spellings the writers need, written by hand so output is byte-stable.
///
/// Strings escape `"`, `\` and control characters (`\n`, `\r`, `\t`, `\b`, `\f`, else
/// `\u00XX`); `/` and non-ASCII text are written as they are. Numbers are plain decimals.
package enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  package static func string(_ text: String) -> String {
    // Most texts need no escape at all: copy them whole.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
      return "\"" + text + "\""
    }
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      case "\u{00}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A field as a JSON value: `null`, a string literal or a plain number (`NaN` → `null`).
  package static func value(_ field: FieldValue) -> String {
    switch field {
    case .null: "null"
    case .text(let text): string(text)
    case .integer(let value): String(value)
    case .decimal(let value): DecimalFormatting.plain(value) ?? "null"
    }
  }

  /// A one-line JSON object with `names` as keys in the given order.
  package static func object(names: [String], values: [FieldValue]) -> String {
    var result = "{"
    for (index, (name, value)) in zip(names, values).enumerated() {
      if index > 0 { result += "," }
      result += string(name) + ":" + self.value(value)
    }
    return result + "}"
  }
}
