/// Tells binary files from text before a parser sees them.
enum BinarySniffer {
  /// Throws `ExtractError.binary` for a NUL byte, or for a start that is mostly control bytes.
  static func check(_ bytes: [UInt8], path: String) throws {
    let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    if !isUTF16, let nul = bytes.firstIndex(of: 0) {
      throw binary(at: nul, in: bytes, path: path)
    }
    let head = bytes.prefix(8192)
    let controls = head.filter {
      $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) || $0 == 0x7F
    }
    if !isUTF16, !head.isEmpty, controls.count * 20 > head.count,
      let first = head.firstIndex(where: { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) })
    {
      throw binary(at: first, in: bytes, path: path)
    }
  }

  private static func binary(at index: Int, in bytes: [UInt8], path: String) -> ExtractError {
    let before = bytes[..<index]
    let line = before.count(where: { $0 == 0x0A }) + 1
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return ExtractError.binary(path: path, line: line, column: index - lineStart + 1)
  }
}
