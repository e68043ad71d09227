import AtsetlModel
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
    if let parts = DecimalParts(value) {
      var bytes: [UInt8] = []
      append(parts, separator: separator.utf8.first ?? UInt8(ascii: "."), to: &bytes)
      return String(decoding: bytes, as: UTF8.self)
    }
    return described(value, separator: separator)
  }

  /// Appends the plain digits of `value` to `bytes`; returns `false` (appending nothing) for NaN.
  package static func append(
    _ value: Decimal, separator: UInt8 = UInt8(ascii: "."), to bytes: inout [UInt8]
  ) -> Bool {
    if let parts = DecimalParts(value) {
      append(parts, separator: separator, to: &bytes)
      return true
    }
    guard let text = described(value, separator: String(UnicodeScalar(separator))) else {
      return false
    }
    bytes.append(utf8: text)
    return true
  }

  /// The plain digits of a number whose significand fits in 64 bits.
  static func append(_ parts: DecimalParts, separator: UInt8, to bytes: inout [UInt8]) {
    guard parts.significand != 0 else {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    if parts.isNegative { bytes.append(UInt8(ascii: "-")) }
    if parts.exponent >= 0 {
      bytes.append(digitsOf: parts.significand)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: parts.exponent))
      return
    }
    // Drop the fraction's trailing zeros first: 1560e-2 is 156e-1, written 15.6.
    var significand = parts.significand
    var fractionDigits = -parts.exponent
    while fractionDigits > 0, significand % 10 == 0 {
      significand /= 10
      fractionDigits -= 1
    }
    let scale = fractionDigits < 20 ? power(fractionDigits) : nil
    guard fractionDigits > 0 else {
      bytes.append(digitsOf: significand)
      return
    }
    if let scale {
      bytes.append(digitsOf: significand / scale)
      bytes.append(separator)
      bytes.append(digitsOf: significand % scale, minimumCount: fractionDigits)
    } else {
      // More fraction digits than a UInt64 holds: 0.000…0 then the significand.
      bytes.append(UInt8(ascii: "0"))
      bytes.append(separator)
      var digits: [UInt8] = []
      digits.append(digitsOf: significand)
      bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: fractionDigits - digits.count))
      bytes.append(contentsOf: digits)
    }
  }

  /// 10^`exponent` for 0…19.
  private static func power(_ exponent: Int) -> UInt64 {
    var result: UInt64 = 1
    for _ in 0..<exponent { result *= 10 }
    return result
  }

  /// The general path, through Foundation's description (any length; `nil` for NaN).
  package static func described(_ value: Decimal, separator: String) -> String? {
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
