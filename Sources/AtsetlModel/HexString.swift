extension Sequence where Element == UInt8 {
  /// The bytes as lower-case hexadecimal digits, two per byte (for SHA-256 digests and ids).
  package var hexString: String {
    var text = ""
    for byte in self {
      text += byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
    }
    return text
  }
}
