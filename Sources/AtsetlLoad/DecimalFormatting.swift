import Foundation

/// Writes a `Decimal` the way a spreadsheet or JSON reader expects it: plain digits.
///
/// No exponent, no digit grouping, trailing fractional zeros trimmed, `-` for negatives and
/// `0` for zero (never `-0`). The decimal separator is `.` unless told otherwise (`,` for the
/// Norwegian Excel dialect).
///
/// ```swift
/// DecimalFormatting.plain(Decimal(string: "15.6e6")!)            // "15600000"
/// DecimalFormatting.plain(Decimal(string: "99.10")!, separator: ",") // "99,1"
/// ```
package enum DecimalFormatting {
  /// The plain digits of `value`, or `nil` for NaN (which has no plain form).
  package static func plain(_ value: Decimal, separator: String = ".") -> String? {
    guard !value.isNaN else { return nil }
    if value.isZero { return "0" }
    let described = expandingExponent(value.description)
    var isNegative = false
    var digits = Substring(described)
    if digits.first == "-" {
      isNegative = true
      digits = digits.dropFirst()
    }
    var integer = digits
    var fraction: Substring = ""
    if let point = digits.firstIndex(of: ".") {
      integer = digits[..<point]
      fraction = digits[digits.index(after: point)...]
    }
    while fraction.last == "0" { fraction = fraction.dropLast() }
    while integer.count > 1, integer.first == "0" { integer = integer.dropFirst() }
    if integer.isEmpty { integer = "0" }
    if integer == "0", fraction.isEmpty { return "0" }
    let sign = isNegative ? "-" : ""
    return fraction.isEmpty ? sign + integer : sign + integer + separator + fraction
  }

  /// Rewrites `1.5e6`/`1.5E-3` as plain digits; other strings pass through unchanged.
  ///
  /// Foundation's `Decimal.description` is plain on current toolchains; this keeps the output
  /// plain should another Foundation print an exponent.
  package static func expandingExponent(_ text: String) -> String {
    guard let marker = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
      let exponent = Int(text[text.index(after: marker)...])
    else { return text }
    var mantissa = text[..<marker]
    let sign = mantissa.first == "-" ? "-" : ""
    if !sign.isEmpty { mantissa = mantissa.dropFirst() }
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let integerPart = parts.first.map(String.init) ?? ""
    let fractionPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = integerPart + fractionPart
    var pointPosition = integerPart.count + exponent
    if pointPosition <= 0 {
      digits = String(repeating: "0", count: 1 - pointPosition) + digits
      pointPosition = 1
    }
    if pointPosition >= digits.count {
      digits += String(repeating: "0", count: pointPosition - digits.count)
      return sign + digits
    }
    let point = digits.index(digits.startIndex, offsetBy: pointPosition)
    return sign + digits[..<point] + "." + digits[point...]
  }
}
