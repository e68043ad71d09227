#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// True when the UTF-8 of this string contains `bytes`; with `ignoringASCIICase`, `bytes`
  /// are lower-case ASCII letters and the string's letters match in either case.
  ///
  /// A byte search, quicker than a `Regex` or Foundation's `contains` and used before them to
  /// rule out lines that cannot match: UTF-8 is self-synchronising, so a run of whole
  /// characters is found exactly where its bytes are.
  func containsUTF8(_ bytes: [UInt8], ignoringASCIICase: Bool = false) -> Bool {
    utf8.withContiguousStorageIfAvailable { text in
      guard let first = bytes.first else { return true }
      let caseBit: UInt8 = ignoringASCIICase ? 0x20 : 0
      // The first byte in each case is found with `memchr`, the rest compared where it is.
      let isLetter = ignoringASCIICase && (0x61...0x7A).contains(first)
      let firsts = isLetter ? [first, first - 0x20] : [first]
      guard let base = text.baseAddress else { return false }
      for candidate in firsts {
        var start = 0
        while start + bytes.count <= text.count,
          let found = memchr(base + start, Int32(candidate), text.count - start)
        {
          let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
          guard position + bytes.count <= text.count else { break }
          var offset = 1
          while offset < bytes.count, text[position + offset] | caseBit == bytes[offset] {
            offset += 1
          }
          if offset == bytes.count { return true }
          start = position + 1
        }
      }
      return false
    } ?? true
  }

  /// True when the UTF-8 of this string contains one of `words` (see `containsUTF8(_:)`).
  func containsUTF8(anyOf words: [[UInt8]], ignoringASCIICase: Bool = false) -> Bool {
    words.contains { containsUTF8($0, ignoringASCIICase: ignoringASCIICase) }
  }
}
