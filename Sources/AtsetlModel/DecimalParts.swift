import Foundation

/// A `Decimal` as sign, power of ten and integer significand, read without going through text.
///
/// Formatting a `Decimal` through `description` and parsing it back were a tenth of a full run
/// (every fact has up to three numbers, written by four writers and the cache). Nearly every
/// number in a report has a significand that fits in 64 bits; those are read from the
/// `Decimal`'s storage directly. Anything else (`NaN`, more than 19 digits, or a Foundation whose
/// storage layout is not the one checked once at start) gives `nil`, and callers fall back to
/// the slow, general path.
///
/// ```swift
/// DecimalParts(Decimal(string: "-15.60")!)  // isNegative, significand 1560, exponent -2
/// ```
package struct DecimalParts: Sendable, Hashable {
  package var isNegative: Bool
  /// The power of ten the significand is multiplied by.
  package var exponent: Int
  package var significand: UInt64

  package init(isNegative: Bool, exponent: Int, significand: UInt64) {
    self.isNegative = isNegative
    self.exponent = exponent
    self.significand = significand
  }

  /// The parts of `value`, or `nil` when it is `NaN`, too long for 64 bits, or cannot be read.
  package init?(_ value: Decimal) {
    guard Self.layoutIsKnown, let parts = Self.read(value) else { return nil }
    self = parts
  }

  /// The same number as a `Decimal`.
  package var decimal: Decimal {
    Decimal(
      sign: isNegative && significand != 0 ? .minus : .plus, exponent: exponent,
      significand: Decimal(significand))
  }

  /// Reads `value`'s storage: byte 0 the exponent, byte 1 the length in 16-bit words (high
  /// nibble) and the sign (bit 3), bytes 4… the significand's words, least significant first.
  /// The public `exponent` is compared as a guard on every read.
  private static func read(_ value: Decimal) -> DecimalParts? {
    guard MemoryLayout<Decimal>.size == 20 else { return nil }
    let parts = withUnsafeBytes(of: value) { raw -> DecimalParts? in
      let length = Int(raw[1] >> 4)
      let isNegative = raw[1] & 0x08 != 0
      if length == 0 {
        // Zero, or NaN when the sign bit is set.
        return isNegative ? nil : DecimalParts(isNegative: false, exponent: 0, significand: 0)
      }
      guard length <= 4 else { return nil }
      var significand: UInt64 = 0
      for word in (0..<length).reversed() {
        let low = UInt64(raw[4 + 2 * word])
        let high = UInt64(raw[5 + 2 * word])
        significand = significand << 16 | high << 8 | low
      }
      return DecimalParts(
        isNegative: isNegative, exponent: Int(Int8(bitPattern: raw[0])), significand: significand)
    }
    guard let parts, parts.significand == 0 || parts.exponent == value.exponent else { return nil }
    return parts
  }

  /// Whether this Foundation stores a `Decimal` the way ``read(_:)`` expects: checked once on
  /// numbers whose parts are known, against Foundation's own arithmetic.
  private static let layoutIsKnown: Bool = {
    let samples: [(String, DecimalParts)] = [
      ("15.60", DecimalParts(isNegative: false, exponent: -2, significand: 1560)),
      ("-0.5", DecimalParts(isNegative: true, exponent: -1, significand: 5)),
      ("15600000", DecimalParts(isNegative: false, exponent: 0, significand: 15_600_000)),
      ("1234567890123.4567", DecimalParts(isNegative: false, exponent: -4, significand: 12_345_678_901_234_567)),
    ]
    return samples.allSatisfy { text, expected in
      guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
        let parts = read(value)
      else { return false }
      return parts.decimal == value && parts.decimal == expected.decimal
    }
  }()
}
