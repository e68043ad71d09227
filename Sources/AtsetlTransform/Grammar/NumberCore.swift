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

  /// A whole number; a non-negative exponent says so without rounding.
  var isInteger: Bool { value.isInteger }
}

extension Decimal {
  /// A whole number; a non-negative exponent says so without rounding.
  var isInteger: Bool { exponent >= 0 || self == rounded(scale: 0) }

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
}
