/// A parsed JSON value that keeps what strict config decoding needs.
///
/// Unlike `JSONSerialization`'s `Any` tree it keeps object members in document order,
/// numbers as written (so `1` and `1.0` stay apart) and booleans apart from numbers.
enum JSONValue: Sendable, Equatable {
  /// An object's members in the order they were written; keys are unique.
  case object([(key: String, value: JSONValue)])
  case array([JSONValue])
  case string(String)
  /// A number exactly as written (`"1"`, `"-2.5e3"`).
  case number(String)
  case bool(Bool)
  case null

  static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.array(let a), .array(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    default: false
    }
  }

  /// How the value is named in an error message: strings and scalars as written in JSON,
  /// containers by their type ("an array").
  var summary: String {
    switch self {
    case .object: "an object"
    case .array: "an array"
    case .string(let text): Self.quoted(text)
    case .number(let literal): literal
    case .bool(let flag): flag ? "true" : "false"
    case .null: "null"
    }
  }

  /// `text` as a JSON string literal, shortened to about 60 characters for messages.
  static func quoted(_ text: String) -> String {
    var result = "\""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == 60 {
        result += "…"
        break
      }
      count += 1
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        result +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
