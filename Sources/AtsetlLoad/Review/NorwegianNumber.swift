import Foundation

/// Numbers as a Norwegian reader writes them, for people (the review page), not for parsers.
///
/// Thousands grouped by a no-break space, decimal comma, and millions and billions shortened
/// the way the reports do it ("15,6 mill.", "1,2 mrd.").
///
/// ```swift
/// NorwegianNumber.text(Decimal(7849))          // "7 849" (no-break space)
/// NorwegianNumber.text(Decimal(15_600_000))    // "15,6 mill."
/// NorwegianNumber.text(Decimal(string: "99.1")!) // "99,1"
/// ```
package enum NorwegianNumber {
  /// The grouping separator: U+00A0 NO-BREAK SPACE, so "7 849" never breaks across lines.
  static let groupSeparator = "\u{00A0}"

  /// `value` written for a reader; at most `fractionDigits` decimals after shortening.
  package static func text(_ value: Decimal, fractionDigits: Int = 1) -> String {
    let magnitude = value < 0 ? -value : value
    if magnitude >= 1_000_000_000 {
      return rounded(value / 1_000_000_000, fractionDigits) + "\(groupSeparator)mrd."
    }
    if magnitude >= 1_000_000 {
      return rounded(value / 1_000_000, fractionDigits) + "\(groupSeparator)mill."
    }
    return rounded(value, max(fractionDigits, decimals(of: value)))
  }

  /// Rounds to `digits` decimals, trims trailing zeros, groups thousands, decimal comma.
  static func rounded(_ value: Decimal, _ digits: Int) -> String {
    var input = value
    var output = Decimal()
    NSDecimalRound(&output, &input, digits, .plain)
    let plain = DecimalFormatting.plain(output) ?? "\(output)"
    var integer = Substring(plain)
    var fraction: Substring = ""
    if let point = plain.firstIndex(of: ".") {
      integer = plain[..<point]
      fraction = plain[plain.index(after: point)...]
    }
    let sign = integer.hasPrefix("-") ? "−" : ""
    if !sign.isEmpty { integer = integer.dropFirst() }
    var groups: [Substring] = []
    while integer.count > 3 {
      groups.insert(integer.suffix(3), at: 0)
      integer = integer.dropLast(3)
    }
    groups.insert(integer, at: 0)
    let grouped = groups.joined(separator: groupSeparator)
    return sign + grouped + (fraction.isEmpty ? "" : "," + fraction)
  }

  /// The number of decimals `value` is written with (0 for whole numbers), at most 3.
  private static func decimals(of value: Decimal) -> Int {
    let plain = DecimalFormatting.plain(value) ?? ""
    guard let point = plain.firstIndex(of: ".") else { return 0 }
    return min(3, plain.distance(from: plain.index(after: point), to: plain.endIndex))
  }
}
