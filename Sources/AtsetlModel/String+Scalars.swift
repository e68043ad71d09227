extension String {
  /// The string of `scalars`, encoded straight to UTF-8.
  ///
  /// `String(String.UnicodeScalarView(slice))` and `UnicodeScalarView.append(contentsOf:)` take
  /// a generic path that cost a tenth of a whole run when every line and sentence of every
  /// report is made into a `String`; this writes the bytes once. Inlinable and not generic,
  /// so the loop is compiled into each caller's module instead of going through a witness table.
  @inlinable
  package init(scalars: ArraySlice<Unicode.Scalar>) {
    self.init(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      var count = 0
      for index in scalars.indices {
        let scalar = scalars[index]
        let value = scalar.value
        switch value {
        case 0..<0x80:
          buffer[count] = UInt8(value)
          count += 1
        case 0x80..<0x800:
          buffer[count] = UInt8(0xC0 | (value >> 6))
          buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
          count += 2
        case 0x800..<0x10000:
          buffer[count] = UInt8(0xE0 | (value >> 12))
          buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
          count += 3
        default:
          buffer[count] = UInt8(0xF0 | (value >> 18))
          buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
          buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
          buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
          count += 4
        }
      }
      return count
    }
  }
}
