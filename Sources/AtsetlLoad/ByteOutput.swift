import Foundation

/// Appending output bytes without building intermediate strings: the writers encode each fact
/// straight into their file's buffer.
extension Array where Element == UInt8 {
  /// Appends `text`'s UTF-8 bytes (one copy for a native string).
  @inlinable
  package mutating func append(utf8 text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends `value` in decimal digits, `-` first when negative.
  package mutating func append(decimal value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    append(digitsOf: UInt64(value.magnitude))
  }

  /// Appends the decimal digits of `value`, at least `minimumCount` of them (zero-padded).
  package mutating func append(digitsOf value: UInt64, minimumCount: Int = 1) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var value = value
      var start = 20
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
      } while value != 0 || 20 - start < minimumCount
      append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
    }
  }
}
