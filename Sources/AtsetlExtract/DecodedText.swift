import AtsetlModel
import Foundation

/// A text file's bytes decoded: BOM removed, line ends as `\n`, NFC-normalised.
///
/// Block offsets of a text document count Unicode scalars in `text`.
struct DecodedText {
  /// The decoded text.
  var text: String
  /// Set when the bytes were not UTF-8 and were read as Windows-1252.
  var warning: Diagnostic?

  /// Decodes `bytes` (UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252).
  ///
  /// Throws `ExtractError.binary` for a NUL byte in an 8-bit file.
  init(bytes: [UInt8], path: String) throws {
    var decoded: String
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      decoded = Self.decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
      if let nul = body.firstIndex(of: 0) {
        let (line, column) = Self.location(of: nul, in: bytes)
        throw ExtractError.binary(path: path, line: line, column: column)
      }
      if let utf8 = String(validating: body, as: UTF8.self) {
        decoded = utf8
      } else {
        decoded = Self.decodeWindows1252(body)
        let bad = Self.firstInvalidUTF8(in: body)
        let (line, column) = Self.location(of: bad, in: bytes)
        warning = Diagnostic(
          .warning, "not valid UTF-8; read as Windows-1252 (first non-UTF-8 byte here)",
          file: path, line: line, column: column)
      }
    }
    if decoded.unicodeScalars.first == "\u{FEFF}" {
      decoded.unicodeScalars.removeFirst()
    }
    if decoded.withUTF8({ $0.contains(UInt8(ascii: "\r")) }) {
      decoded = Self.unixLineEnds(decoded)
    }
    text = decoded.isSurelyNFC ? decoded : decoded.precomposedStringWithCanonicalMapping
  }

  /// `text` with CRLF and lone CR turned into LF, on its UTF-8 bytes (Foundation's
  /// `replacingOccurrences` goes through NSString and costs more than the rest of the read).
  static func unixLineEnds(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var afterCR = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\r") {
        bytes.append(UInt8(ascii: "\n"))
        afterCR = true
      } else {
        if !(afterCR && byte == UInt8(ascii: "\n")) { bytes.append(byte) }
        afterCR = false
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252 as browsers read it (WHATWG): the five bytes 1252 leaves undefined
  /// (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the C1 controls of the same value, as in ISO-8859-1,
  /// so no byte is lost and every offset stays one scalar per byte.
  static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for byte in bytes {
      if (0x80...0x9F).contains(byte) {
        let mapped = windows1252High[Int(byte - 0x80)]
        scalars.append(Unicode.Scalar(mapped) ?? Unicode.Scalar(byte))
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  /// Code points of bytes 0x80–0x9F in Windows-1252; undefined bytes map to themselves.
  private static let windows1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The index of the first byte that does not start or continue a valid UTF-8 sequence.
  private static func firstInvalidUTF8(in bytes: ArraySlice<UInt8>) -> Int {
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      let length: Int
      switch byte {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= bytes.endIndex else { return index }
      for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 {
        return index
      }
      index += length
    }
    return bytes.startIndex
  }

  /// 1-based line and byte column of a byte index.
  private static func location(of index: Int, in bytes: [UInt8]) -> (Int, Int) {
    var line = 1
    var lineStart = 0
    var position = 0
    while position < index && position < bytes.count {
      if bytes[position] == 0x0A {
        line += 1
        lineStart = position + 1
      }
      position += 1
    }
    return (line, index - lineStart + 1)
  }
}
