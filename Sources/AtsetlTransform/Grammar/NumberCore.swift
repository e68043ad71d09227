import Foundation

/// The number at the heart of a phrase, before units: "7 849", "15,6", "to hundre og femti".
struct NumberCore {
  var value: Decimal
  /// First and one-past-last token of the number (a sign included).
  var start: Int
  var end: Int
  /// Written with digits (not words).
  var isDigits: Bool
  /// Four plain digits between 1800 and 2099: may be a year.
  var isYearLike: Bool
  /// Had an explicit sign: +1, -1, or 0.
  var sign: Int
  /// Ends with ",-" (a kroner amount: "kr 450 000,-").
  var hasMoneyDash: Bool
  /// "et par": two, roughly.
  var isApproximate: Bool
  /// Number of digits before any decimal comma (for telling codes from amounts).
  var integerDigits: Int
  /// `value` as an integer and a power of ten, when it was read from at most 18 digits.
  var digits: (significand: UInt64, exponent: Int)? = nil

  /// A whole number; a non-negative exponent says so without rounding.
  var isInteger: Bool { value.isInteger }

  /// `value` times the factors (each a power of ten, as the lexicon's scales and currencies
  /// are), made from the digits as one exact integer; `nil` when the digits are not known or
  /// a factor is no power of ten. The result is the `Decimal` that `*` would give, without
  /// `Decimal` multiplication (which is slow).
  func scaled(
    by first: Decimal, _ second: Decimal = .one, _ third: Decimal = .one, _ fourth: Decimal = .one
  ) -> Decimal? {
    guard let digits, digits.significand != 0, let a = first.powerOfTen,
      let b = second.powerOfTen, let c = third.powerOfTen, let d = fourth.powerOfTen
    else { return nil }
    // `Decimal` arithmetic keeps its results compact: no trailing zeros in the significand.
    var significand = digits.significand
    var exponent = digits.exponent + a + b + c + d
    while significand % 10 == 0 {
      significand /= 10
      exponent += 1
    }
    guard exponent >= -128, exponent <= 127 else { return nil }
    return Decimal(
      sign: sign < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(significand))
  }
}

extension Decimal {
  /// A whole number; a non-negative exponent says so without rounding.
  var isInteger: Bool { exponent >= 0 || self == rounded(scale: 0) }

  /// One, made once: an integer literal is a call into Foundation each time it is read, and
  /// every prefix and suffix starts with a scale of one.
  static let one: Decimal = 1

  /// One half, built from integers: a float literal would go through `Double` (slow).
  static var half: Decimal { Decimal(sign: .plus, exponent: -1, significand: 5) }
  /// One and a half ("halvannen").
  static var oneAndAHalf: Decimal { Decimal(sign: .plus, exponent: -1, significand: 15) }

  /// This value rounded half-up to `scale` decimal places.
  func rounded(scale: Int) -> Decimal {
    var input = self
    var result = Decimal()
    NSDecimalRound(&result, &input, scale, .plain)
    return result
  }

  /// The factors the lexicon writes (1, 100, 1000, a million, a milliard, 0.01), by their
  /// exact bits, with their powers of ten.
  private static let powersOfTen: [(bits: DecimalBits, power: Int)] = {
    let factors: [(Decimal, Int)] = [
      (1, 0), (100, 2), (1000, 3), (1_000_000, 6), (1_000_000_000, 9), (0.01, -2),
    ]
    return factors.map { (DecimalBits($0.0), $0.1) }
  }()

  /// The power of ten this is, when it is one of the lexicon's factors written the same way.
  var powerOfTen: Int? {
    let bits = DecimalBits(self)
    return Self.powersOfTen.first { $0.bits == bits }?.power
  }
}

/// The 20 bytes of a `Decimal`, compared as integers.
private struct DecimalBits: Equatable {
  let low: UInt64
  let middle: UInt64
  let high: UInt32

  init(_ value: Decimal) {
    (low, middle, high) = withUnsafeBytes(of: value) { raw in
      (
        raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
        raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
      )
    }
  }
}
