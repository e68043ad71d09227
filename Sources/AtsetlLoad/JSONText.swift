import AtsetlModel
import Foundation

/// The few JSON spellings the writers need, written by hand so output is byte-stable.
///
/// Strings escape `"`, `\` and control characters (`\n`, `\r`, `\t`, `\b`, `\f`, else
/// `\u00XX`); `/` and non-ASCII text are written as they are. Numbers are plain decimals.
package enum JSONText {
  /// `text` as a JSON string literal, quotes included.
  package static func string(_ text: String) -> String {
    var bytes: [UInt8] = []
    append(string: text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A field as a JSON value: `null`, a string literal or a plain number (`NaN` → `null`).
  package static func value(_ field: FieldValue) -> String {
    var bytes: [UInt8] = []
    append(field, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A one-line JSON object with `names` as keys in the given order.
  package static func object(names: [String], values: [FieldValue]) -> String {
    var bytes: [UInt8] = []
    append(object: values, keys: ObjectKeys(names), to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The keys of an object, encoded once: `{"id":`, `,"document":`, ….
  package struct ObjectKeys: Sendable {
    let prefixes: [[UInt8]]

    package init(_ names: [String]) {
      prefixes = names.enumerated().map { index, name in
        var bytes: [UInt8] = [index == 0 ? UInt8(ascii: "{") : UInt8(ascii: ",")]
        JSONText.append(string: name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        return bytes
      }
    }
  }

  /// Appends the object `{key: value, …}` (`{}` without keys) on one line.
  package static func append(object values: [FieldValue], keys: ObjectKeys, to bytes: inout [UInt8]) {
    guard !keys.prefixes.isEmpty else {
      bytes.append(contentsOf: "{}".utf8)
      return
    }
    for (prefix, value) in zip(keys.prefixes, values) {
      bytes.append(contentsOf: prefix)
      append(value, to: &bytes)
    }
    bytes.append(UInt8(ascii: "}"))
  }

  /// Appends a field as a JSON value.
  package static func append(_ field: FieldValue, to bytes: inout [UInt8]) {
    switch field {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .text(let text): append(string: text, to: &bytes)
    case .integer(let value): bytes.append(decimal: value)
    case .decimal(let value):
      if !DecimalFormatting.append(value, to: &bytes) { bytes.append(contentsOf: "null".utf8) }
    }
  }

  /// Appends `text` as a JSON string literal.
  package static func append(string text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      // Copy the runs between characters that need an escape whole.
      var runStart = 0
      for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        runStart = index + 1
        switch byte {
        case 0x22: bytes.append(contentsOf: #"\""#.utf8)
        case 0x5C: bytes.append(contentsOf: #"\\"#.utf8)
        case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
        case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
        case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
        case 0x08: bytes.append(contentsOf: #"\b"#.utf8)
        case 0x0C: bytes.append(contentsOf: #"\f"#.utf8)
        default:
          bytes.append(contentsOf: #"\u00"#.utf8)
          bytes.append(hexDigit(byte >> 4))
          bytes.append(hexDigit(byte & 0x0F))
        }
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
