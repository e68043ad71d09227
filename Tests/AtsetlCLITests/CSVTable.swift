import Foundation

/// A CSV file read by a small, strict RFC 4180 reader: a header row and records.
struct CSVTable {
  /// Why a CSV text is not RFC 4180.
  struct FormatError: Error, CustomStringConvertible {
    var description: String
  }

  var header: [String]
  var rows: [[String]]

  /// Parses `text`: `,` separators, `"` quoting with `""` for a quote, CRLF or LF record ends,
  /// line breaks allowed inside quoted fields, an optional UTF-8 BOM. Every record must have as
  /// many fields as the header.
  init(_ text: String) throws {
    enum State { case fieldStart, unquoted, quoted, afterQuote }
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var state = State.fieldStart
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    func fail(_ message: String) -> FormatError {
      FormatError(description: "record \(records.count + 1): \(message)")
    }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if state == .quoted {
        if scalar != "\"" {
          field.unicodeScalars.append(scalar)
        } else if index < scalars.count, scalars[index] == "\"" {
          field.unicodeScalars.append("\"")
          index += 1
        } else {
          state = .afterQuote
        }
        continue
      }
      switch scalar {
      case ",":
        record.append(field)
        field = ""
        state = .fieldStart
      case "\r", "\n":
        if scalar == "\r" {
          guard index < scalars.count, scalars[index] == "\n" else { throw fail("bare CR") }
          index += 1
        }
        record.append(field)
        records.append(record)
        record = []
        field = ""
        state = .fieldStart
      case "\"":
        guard state == .fieldStart else { throw fail("quote inside an unquoted field") }
        state = .quoted
      default:
        guard state != .afterQuote else { throw fail("text after a closing quote") }
        field.unicodeScalars.append(scalar)
        state = .unquoted
      }
    }
    guard state != .quoted else { throw fail("unterminated quoted field") }
    if state != .fieldStart || !record.isEmpty {
      record.append(field)
      records.append(record)
    }
    guard let first = records.first else { throw FormatError(description: "no header row") }
    header = first
    rows = Array(records.dropFirst())
    for (number, row) in rows.enumerated() where row.count != header.count {
      throw FormatError(
        description: "record \(number + 2) has \(row.count) fields; the header has \(header.count)")
    }
  }

  /// The values of the column named `name`, one per row.
  func column(_ name: String) -> [String]? {
    header.firstIndex(of: name).map { index in rows.map { $0[index] } }
  }

  /// The rows as dictionaries keyed by the header.
  var records: [[String: String]] {
    rows.map { row in Dictionary(uniqueKeysWithValues: zip(header, row)) }
  }
}
