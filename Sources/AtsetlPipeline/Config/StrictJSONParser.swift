/// A small RFC 8259 JSON parser that reports errors by line and column and rejects
/// duplicate object keys.
///
/// `JSONSerialization` accepts duplicate keys silently (the last one wins) and reports
/// syntax errors by byte index at best; an operator fixing `pipeline.json` at night needs
/// `3:14`. Accepts a leading UTF-8 byte order mark; rejects comments, trailing commas,
/// invalid UTF-8, and nesting deeper than `maximumDepth`.
///
/// ```swift
/// let value = try StrictJSONParser.parse(Array(#"{"version": 1}"#.utf8))
/// ```
struct StrictJSONParser {
  /// Nesting deeper than this is refused rather than risking the stack.
  static let maximumDepth = 200

  private let bytes: [UInt8]
  private var index: Int
  private var depth = 0
  /// JSON path of the container being parsed, for duplicate-key messages.
  private var path = ""

  private init(bytes: [UInt8]) {
    self.bytes = bytes
    // A UTF-8 byte order mark is tolerated (editors on Windows write one).
    index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  }

  /// Parses one JSON document (surrounded by optional whitespace).
  static func parse(_ bytes: [UInt8]) throws(ConfigError) -> JSONValue {
    var parser = StrictJSONParser(bytes: bytes)
    try parser.checkUTF8()
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < bytes.count {
      throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
    }
    return value
  }

  // MARK: Values

  private mutating func parseValue() throws(ConfigError) -> JSONValue {
    guard index < bytes.count else { throw error("unexpected end of input; expected a value") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectWord("null"); return .null
    case UInt8(ascii: "'"): throw error("strings must use double quotes")
    default: throw unexpected("expected a value")
    }
  }

  private mutating func parseObject() throws(ConfigError) -> JSONValue {
    try enter()
    index += 1  // {
    var members: [(key: String, value: JSONValue)] = []
    var seen: Set<String> = []
    let containerPath = path
    defer {
      path = containerPath
      depth -= 1
    }
    skipWhitespace()
    if consume("}") { return .object([]) }
    while true {
      skipWhitespace()
      guard index < bytes.count else {
        throw error("unexpected end of input; expected a key or '}'")
      }
      guard bytes[index] == UInt8(ascii: "\"") else {
        if bytes[index] == UInt8(ascii: "}") { throw error("trailing comma before '}'") }
        throw unexpected("expected a key in double quotes")
      }
      let keyStart = index
      let key = try parseString()
      let memberPath = containerPath.isEmpty ? key : "\(containerPath).\(key)"
      guard seen.insert(key).inserted else {
        let (line, column) = location(of: keyStart)
        throw .duplicateKey(path: memberPath, line: line, column: column)
      }
      skipWhitespace()
      guard consume(":") else { throw unexpected("expected ':' after the key") }
      skipWhitespace()
      path = memberPath
      let value = try parseValue()
      path = containerPath
      members.append((key, value))
      skipWhitespace()
      if consume(",") { continue }
      if consume("}") { return .object(members) }
      throw unexpected("expected ',' or '}'")
    }
  }

  private mutating func parseArray() throws(ConfigError) -> JSONValue {
    try enter()
    index += 1  // [
    var elements: [JSONValue] = []
    let containerPath = path
    defer {
      path = containerPath
      depth -= 1
    }
    skipWhitespace()
    if consume("]") { return .array([]) }
    while true {
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        throw error("trailing comma before ']'")
      }
      path = "\(containerPath)[\(elements.count)]"
      elements.append(try parseValue())
      path = containerPath
      skipWhitespace()
      if consume(",") { continue }
      if consume("]") { return .array(elements) }
      throw unexpected("expected ',' or ']'")
    }
  }

  private mutating func enter() throws(ConfigError) {
    depth += 1
    if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
  }

  private mutating func parseString() throws(ConfigError) -> String {
    index += 1  // opening quote
    var utf8: [UInt8] = []
    while true {
      guard index < bytes.count else { throw error("unterminated string") }
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return String(decoding: utf8, as: UTF8.self)
      case UInt8(ascii: "\\"):
        index += 1
        guard index < bytes.count else { throw error("unterminated string") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): utf8.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): utf8.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): utf8.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"): utf8.append(contentsOf: try parseUnicodeEscape())
        default:
          index -= 2
          throw error("invalid escape sequence in string")
        }
      case 0x00..<0x20:
        throw error("control character in string (write \\n, \\t or \\u00XX)")
      default:
        utf8.append(byte)
        index += 1
      }
    }
  }

  /// Reads the hex digits after `\u` (and a following low surrogate when needed).
  private mutating func parseUnicodeEscape() throws(ConfigError) -> [UInt8] {
    let start = index - 2
    let high = try hex4()
    var scalarValue = high
    if (0xD800...0xDBFF).contains(high) {
      guard consume("\\"), consume("u") else {
        index = start
        throw error("unpaired surrogate in \\u escape")
      }
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        index = start
        throw error("unpaired surrogate in \\u escape")
      }
      scalarValue = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else {
      index = start
      throw error("unpaired surrogate in \\u escape")
    }
    return Array(String(Character(scalar)).utf8)
  }

  private mutating func hex4() throws(ConfigError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
        throw error("expected four hex digits after \\u")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  private mutating func parseNumber() throws(ConfigError) -> String {
    let start = index
    _ = consume("-")
    if consume("0") {
      if index < bytes.count, isDigit(bytes[index]) {
        throw error("leading zeros are not allowed in numbers")
      }
    } else {
      guard try consumeDigits() else { throw error("expected a digit") }
    }
    if consume(".") {
      guard try consumeDigits() else { throw error("expected a digit after the decimal point") }
    }
    if consume("e") || consume("E") {
      _ = consume("+") || consume("-")
      guard try consumeDigits() else { throw error("expected a digit in the exponent") }
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func consumeDigits() throws(ConfigError) -> Bool {
    let start = index
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    return index > start
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private mutating func expectWord(_ word: String) throws(ConfigError) {
    let start = index
    for byte in word.utf8 {
      guard index < bytes.count, bytes[index] == byte else {
        index = start
        throw error("unexpected \(describeCurrent()); expected a value")
      }
      index += 1
    }
  }

  // MARK: Helpers

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func consume(_ ascii: Unicode.Scalar) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: ascii) else { return false }
    index += 1
    return true
  }

  /// The character at the current position, for messages ("'x'", "end of input").
  private func describeCurrent() -> String {
    guard index < bytes.count else { return "end of input" }
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) {
      switch scalar {
      case "\n": return "line break"
      case "\t": return "tab"
      default: return "'\(scalar)'"
      }
    }
    return "byte 0x\(String(bytes[index], radix: 16))"
  }

  /// Fails at the first byte that is not valid UTF-8.
  private mutating func checkUTF8() throws(ConfigError) {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: break loop
      case .error:
        index = offset
        throw error("the file is not valid UTF-8")
      }
    }
  }

  /// "unexpected 'x'; <expectation>", or a plain word about comments when one starts here.
  private func unexpected(_ expectation: String) -> ConfigError {
    if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
      return error("comments are not allowed in JSON")
    }
    return error("unexpected \(describeCurrent()); \(expectation)")
  }

  private func error(_ message: String) -> ConfigError {
    let (line, column) = location(of: index)
    return .invalidJSON(line: line, column: column, message: message)
  }

  /// 1-based line and column (in Unicode scalars) of a byte offset.
  private func location(of offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    var position = 0
    let end = min(offset, bytes.count)
    while position < end {
      let byte = bytes[position]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80, !(position < 3 && bytes.starts(with: [0xEF, 0xBB, 0xBF])) {
        column += 1
      }
      position += 1
    }
    return (line, column)
  }
}
