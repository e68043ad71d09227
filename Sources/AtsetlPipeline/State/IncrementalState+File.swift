import AtsetlLoad
import AtsetlModel

/// The state file: JSON with its keys in a fixed order, one line per input, written and read
/// by hand.
///
/// ```json
/// {"version":5,"configHash":"…","atsetlVersion":"0.1.0 (…)","inputs":[
/// {"path":"input/a.txt","source":"text","format":"text","size":4720,"modified":1795445655.95,
///  "sha256":"…","reportYear":2021,"sections":3,"facts":40,"error":null,"warnings":[],
///  "placements":[0,9120,0,9311,1,17342],"sheet":[5120,2210,23140,3735928559,40,9,22,…]}
/// ],"outputs":{"/…/output/facts.csv":{"size":91234,"modified":1795445700.5}}}
/// ```
///
/// Only atsetl writes it, so the reader accepts exactly this shape: anything else (an older
/// format, a file edited by hand, a torn write) reads as no state, and the next run reads
/// every input again, which is slower but never wrong.
extension IncrementalState {
  /// The state as the bytes of its file.
  package func encoded() -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(256 + inputs.count * 320)
    bytes.append(contentsOf: #"{"version":"#.utf8)
    bytes.append(decimal: version)
    bytes.append(contentsOf: #","configHash":"#.utf8)
    JSONText.append(string: configHash, to: &bytes)
    bytes.append(contentsOf: #","atsetlVersion":"#.utf8)
    JSONText.append(string: atsetlVersion, to: &bytes)
    bytes.append(contentsOf: #","inputs":["#.utf8)
    for (index, input) in inputs.enumerated() {
      bytes.append(contentsOf: index == 0 ? "\n".utf8 : ",\n".utf8)
      Self.append(input, to: &bytes)
    }
    bytes.append(contentsOf: "\n],\"outputs\":".utf8)
    if let outputs {
      bytes.append(UInt8(ascii: "{"))
      for (index, path) in outputs.keys.sorted().enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        JSONText.append(string: path, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.append(outputs[path]!, to: &bytes)
      }
      bytes.append(UInt8(ascii: "}"))
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
    bytes.append(contentsOf: "}\n".utf8)
    return bytes
  }

  /// The state in `bytes`, or nil when they are not a state file of this shape.
  package static func decode(_ bytes: [UInt8]) -> Self? {
    var reader = StateFileReader(bytes)
    do {
      try reader.expect(#"{"version":"#)
      let version = try reader.integer()
      guard version == formatVersion else { return nil }
      try reader.expect(#","configHash":"#)
      let configHash = try reader.string()
      try reader.expect(#","atsetlVersion":"#)
      let atsetlVersion = try reader.string()
      try reader.expect(#","inputs":["#)
      let inputs = try reader.elements(readInput)
      try reader.expect(#","outputs":"#)
      var outputs: [String: Publication.Stamp]?
      if !reader.take("null") {
        try reader.expect("{")
        var stamps: [String: Publication.Stamp] = [:]
        if !reader.take("}") {
          repeat {
            let path = try reader.string()
            try reader.expect(":")
            stamps[path] = try readStamp(&reader)
          } while reader.take(",")
          try reader.expect("}")
        }
        outputs = stamps
      }
      try reader.expect("}")
      guard reader.isAtEnd else { return nil }
      return Self(
        configHash: configHash, atsetlVersion: atsetlVersion, inputs: inputs, outputs: outputs)
    } catch {
      return nil
    }
  }

  private static func append(_ input: Publication.Input, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: #"{"path":"#.utf8)
    JSONText.append(string: input.path, to: &bytes)
    bytes.append(contentsOf: #","source":"#.utf8)
    JSONText.append(string: input.source, to: &bytes)
    bytes.append(contentsOf: #","format":"#.utf8)
    JSONText.append(string: input.format.rawValue, to: &bytes)
    bytes.append(contentsOf: #","stamp":"#.utf8)
    append(input.stamp, to: &bytes)
    bytes.append(contentsOf: #","sha256":"#.utf8)
    JSONText.append(string: input.sha256, to: &bytes)
    bytes.append(contentsOf: #","reportYear":"#.utf8)
    StateFileWriter.append(input.reportYear, to: &bytes)
    bytes.append(contentsOf: #","sections":"#.utf8)
    bytes.append(decimal: input.sections)
    bytes.append(contentsOf: #","facts":"#.utf8)
    bytes.append(decimal: input.facts)
    bytes.append(contentsOf: #","error":"#.utf8)
    StateFileWriter.append(input.error, to: &bytes)
    bytes.append(contentsOf: #","warnings":["#.utf8)
    for (index, warning) in input.warnings.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      JSONText.append(string: warning, to: &bytes)
    }
    bytes.append(contentsOf: #"],"placements":["#.utf8)
    for (index, placement) in input.placements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      bytes.append(decimal: placement.offset)
      bytes.append(UInt8(ascii: ","))
      bytes.append(decimal: placement.count)
    }
    // The sheet piece as one list: offset, count, byteCount, crc, rowCount, widths….
    bytes.append(contentsOf: #"],"sheet":"#.utf8)
    if let piece = input.sheetPiece {
      let numbers =
        [
          piece.placement.offset, piece.placement.count, piece.byteCount, Int(piece.crc),
          piece.rowCount,
        ] + piece.contentWidths
      bytes.append(UInt8(ascii: "["))
      for (index, number) in numbers.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(decimal: number)
      }
      bytes.append(UInt8(ascii: "]"))
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
    bytes.append(UInt8(ascii: "}"))
  }

  private static func append(_ stamp: Publication.Stamp, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: #"{"size":"#.utf8)
    bytes.append(decimal: stamp.size)
    bytes.append(contentsOf: #","modified":"#.utf8)
    // Swift prints the shortest text that reads back as the same Double.
    bytes.append(contentsOf: stamp.modified.description.utf8)
    bytes.append(UInt8(ascii: "}"))
  }

  private static func readInput(_ reader: inout StateFileReader) throws(StateFileReader.Malformed)
    -> Publication.Input
  {
    try reader.expect(#"{"path":"#)
    let path = try reader.string()
    try reader.expect(#","source":"#)
    let source = try reader.string()
    try reader.expect(#","format":"#)
    guard let format = SourceFormat(rawValue: try reader.string()) else { throw .init() }
    try reader.expect(#","stamp":"#)
    let stamp = try readStamp(&reader)
    try reader.expect(#","sha256":"#)
    let sha256 = try reader.string()
    try reader.expect(#","reportYear":"#)
    let reportYear = try reader.optionalInteger()
    try reader.expect(#","sections":"#)
    let sections = try reader.integer()
    try reader.expect(#","facts":"#)
    let facts = try reader.integer()
    try reader.expect(#","error":"#)
    let error = try reader.optionalDiagnostic()
    try reader.expect(#","warnings":["#)
    let warnings = try reader.elements { reader throws(StateFileReader.Malformed) in
      try reader.string()
    }
    try reader.expect(#","placements":["#)
    var placements: [Placement] = []
    if !reader.take("]") {
      repeat {
        let offset = try reader.integer()
        try reader.expect(",")
        placements.append(Placement(offset: offset, count: try reader.integer()))
      } while reader.take(",")
      try reader.expect("]")
    }
    try reader.expect(#","sheet":"#)
    var sheetPiece: SheetPiece?
    if !reader.take("null") {
      try reader.expect("[")
      var numbers = [try reader.integer()]
      while reader.take(",") { numbers.append(try reader.integer()) }
      try reader.expect("]")
      guard numbers.count >= 5, let crc = UInt32(exactly: numbers[3]) else { throw .init() }
      sheetPiece = SheetPiece(
        placement: Placement(offset: numbers[0], count: numbers[1]), byteCount: numbers[2],
        crc: crc, rowCount: numbers[4], contentWidths: Array(numbers[5...]))
    }
    try reader.expect("}")
    return Publication.Input(
      source: source, path: path, format: format, stamp: stamp, sha256: sha256,
      reportYear: reportYear, sections: sections, facts: facts, error: error,
      warnings: warnings, placements: placements, sheetPiece: sheetPiece)
  }

  private static func readStamp(_ reader: inout StateFileReader) throws(StateFileReader.Malformed)
    -> Publication.Stamp
  {
    try reader.expect(#"{"size":"#)
    let size = try reader.integer()
    try reader.expect(#","modified":"#)
    let modified = try reader.double()
    try reader.expect("}")
    return Publication.Stamp(size: size, modified: modified)
  }
}

/// A cursor over the state file's bytes that reads the JSON tokens ``IncrementalState``
/// writes (and the cache's trailers, ``ResultCache``); whitespace between tokens is skipped.
struct StateFileReader {
  /// The bytes are not a state file.
  struct Malformed: Error {}

  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var isAtEnd: Bool {
    mutating get {
      skipWhitespace()
      return index == bytes.count
    }
  }

  /// Reads `literal` (ASCII), or throws.
  mutating func expect(_ literal: StaticString) throws(Malformed) {
    guard take(literal) else { throw Malformed() }
  }

  /// Reads `literal` (ASCII) if it comes next.
  mutating func take(_ literal: StaticString) -> Bool {
    skipWhitespace()
    let count = literal.utf8CodeUnitCount
    guard bytes.count - index >= count else { return false }
    let matches = literal.withUTF8Buffer { expected in
      expected.indices.allSatisfy { bytes[index + $0] == expected[$0] }
    }
    if matches { index += count }
    return matches
  }

  /// A JSON string literal, escapes decoded.
  mutating func string() throws(Malformed) -> String {
    try expect("\"")
    var start = index
    var decoded: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text: String
        if decoded.isEmpty {
          text = String(decoding: bytes[start..<index], as: UTF8.self)
        } else {
          decoded.append(contentsOf: bytes[start..<index])
          text = String(decoding: decoded, as: UTF8.self)
        }
        index += 1
        return text
      }
      if byte < 0x20 { throw Malformed() }
      guard byte == UInt8(ascii: "\\") else {
        index += 1
        continue
      }
      decoded.append(contentsOf: bytes[start..<index])
      index += 1
      guard index < bytes.count else { throw Malformed() }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
      case UInt8(ascii: "n"): decoded.append(0x0A)
      case UInt8(ascii: "r"): decoded.append(0x0D)
      case UInt8(ascii: "t"): decoded.append(0x09)
      case UInt8(ascii: "b"): decoded.append(0x08)
      case UInt8(ascii: "f"): decoded.append(0x0C)
      case UInt8(ascii: "u"):
        // The writer escapes only control characters this way.
        let value = try hex4()
        guard value < 0x80 else { throw Malformed() }
        decoded.append(UInt8(value))
      default: throw Malformed()
      }
      start = index
    }
    throw Malformed()
  }

  /// A JSON integer (an optional minus and digits).
  mutating func integer() throws(Malformed) -> Int {
    skipWhitespace()
    let isNegative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
    if isNegative { index += 1 }
    let start = index
    var value = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(Int(bytes[index] - 0x30))
      guard !overflowTimes, !overflowSum else { throw Malformed() }
      value = sum
      index += 1
    }
    guard index > start else { throw Malformed() }
    return isNegative ? -value : value
  }

  /// An integer or `null`.
  mutating func optionalInteger() throws(Malformed) -> Int? {
    take("null") ? nil : try integer()
  }

  /// The elements of a JSON array whose `[` was just read, each read by `element`, and its `]`.
  mutating func elements<Element>(_ element: (inout Self) throws(Malformed) -> Element)
    throws(Malformed) -> [Element]
  {
    var elements: [Element] = []
    guard !take("]") else { return elements }
    repeat { elements.append(try element(&self)) } while take(",")
    try expect("]")
    return elements
  }

  /// A diagnostic as ``StateFileWriter/append(_:to:)-(Diagnostic?,_)`` writes it, or `null`.
  mutating func optionalDiagnostic() throws(Malformed) -> Diagnostic? {
    guard !take("null") else { return nil }
    try expect(#"{"severity":"#)
    guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Malformed() }
    try expect(#","message":"#)
    let message = try string()
    try expect(#","file":"#)
    let file = try string()
    try expect(#","line":"#)
    let line = try optionalInteger()
    try expect(#","column":"#)
    let column = try optionalInteger()
    try expect("}")
    return Diagnostic(severity, message, file: file, line: line, column: column)
  }

  /// A JSON number as a Double (the digits Swift printed for it read back exactly).
  mutating func double() throws(Malformed) -> Double {
    skipWhitespace()
    let start = index
    while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
    guard index > start,
      let value = Double(String(decoding: bytes[start..<index], as: UTF8.self))
    else { throw Malformed() }
    return value
  }

  private static func isNumberByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"),
      UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"):
      true
    default: false
    }
  }

  private mutating func hex4() throws(Malformed) -> UInt32 {
    guard bytes.count - index >= 4 else { throw Malformed() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 0x41 + 10)
      default: throw Malformed()
      }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }
}

/// The JSON values the state file and the cache's trailers share, written as
/// ``StateFileReader`` reads them.
enum StateFileWriter {
  /// Appends `diagnostic` as a JSON object with its keys in a fixed order, or `null`.
  static func append(_ diagnostic: Diagnostic?, to bytes: inout [UInt8]) {
    guard let diagnostic else { return bytes.append(contentsOf: "null".utf8) }
    bytes.append(contentsOf: #"{"severity":"#.utf8)
    JSONText.append(string: diagnostic.severity.rawValue, to: &bytes)
    bytes.append(contentsOf: #","message":"#.utf8)
    JSONText.append(string: diagnostic.message, to: &bytes)
    bytes.append(contentsOf: #","file":"#.utf8)
    JSONText.append(string: diagnostic.file, to: &bytes)
    bytes.append(contentsOf: #","line":"#.utf8)
    append(diagnostic.line, to: &bytes)
    bytes.append(contentsOf: #","column":"#.utf8)
    append(diagnostic.column, to: &bytes)
    bytes.append(UInt8(ascii: "}"))
  }

  /// Appends `number`, or `null`.
  static func append(_ number: Int?, to bytes: inout [UInt8]) {
    if let number { bytes.append(decimal: number) } else { bytes.append(contentsOf: "null".utf8) }
  }
}
