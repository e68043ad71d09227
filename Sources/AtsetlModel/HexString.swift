extension Sequence where Element == UInt8 {
  /// The bytes as lower-case hexadecimal digits, two per byte (for SHA-256 digests and ids).
  package var hexString: String {
    var text: [UInt8] = []
    text.reserveCapacity(underestimatedCount * 2)
    for byte in self {
      text.append(hexDigits[Int(byte >> 4)])
      text.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
  }
}

private let hexDigits = Array("0123456789abcdef".utf8)
