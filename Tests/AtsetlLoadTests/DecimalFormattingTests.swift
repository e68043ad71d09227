import AtsetlLoad
import AtsetlModel
import Foundation
import PropertyBased
import Testing

/// The fast path (significand read from the `Decimal`, digits written by hand) writes what
/// Foundation's own description gives, for any sign, exponent and 64-bit significand.
@Test func fastPlainDigitsAgreeWithFoundation() async {
  await propertyCheck(
    input: Gen.int(in: 0...Int.max), Gen.int(in: -40...20), Gen.bool, Gen.int(in: 0...18)
  ) { significand, exponent, isNegative, digits in
    // Also short significands, where the point falls inside, before and after the digits.
    let magnitude = UInt64(significand) % (digits == 18 ? UInt64.max : power(of: digits + 1))
    let value = Decimal(
      sign: isNegative && magnitude != 0 ? .minus : .plus, exponent: exponent,
      significand: Decimal(magnitude))
    let parts = DecimalParts(value)
    #expect(parts?.decimal == value)
    #expect(DecimalFormatting.plain(value) == DecimalFormatting.described(value, separator: "."))
    #expect(DecimalFormatting.plain(value, separator: ",") == DecimalFormatting.described(value, separator: ","))
  }
}

private func power(of exponent: Int) -> UInt64 {
  (0..<exponent).reduce(1) { result, _ in result * 10 }
}

@Test(arguments: [
  ("1e9", "1000000000"), ("0.000001", "0.000001"), ("-0.4", "-0.4"), ("15.6e6", "15600000"),
  ("0", "0"), ("-0", "0"), ("99.10", "99.1"), ("100", "100"), ("0.5", "0.5"),
  ("123456789012345678901234567890", "123456789012345678901234567890"),
  ("1e-20", "0.00000000000000000001"), ("-1250000", "-1250000"), ("2021", "2021"),
])
func plainDecimal(input: String, expected: String) {
  #expect(DecimalFormatting.plain(decimal(input)) == expected)
}

@Test func decimalCommaSeparator() {
  #expect(DecimalFormatting.plain(decimal("99.1"), separator: ",") == "99,1")
  #expect(DecimalFormatting.plain(decimal("-0.4"), separator: ",") == "-0,4")
  #expect(DecimalFormatting.plain(decimal("15600000"), separator: ",") == "15600000")
}

@Test func computedValuesArePlain() {
  let third = Decimal(1) / Decimal(3)
  let text = DecimalFormatting.plain(third)
  #expect(text?.hasPrefix("0.3333333333") == true)
  #expect(text?.contains("e") == false)
  var rounded = Decimal()
  var source = third
  NSDecimalRound(&rounded, &source, 2, .plain)
  #expect(DecimalFormatting.plain(rounded) == "0.33")
  #expect(DecimalFormatting.plain(Decimal(150) * decimal("0.01")) == "1.5")
  #expect(DecimalFormatting.plain(decimal("15.6") * Decimal(1_000_000)) == "15600000")
}

@Test func nanHasNoPlainForm() {
  #expect(DecimalFormatting.plain(.nan) == nil)
}

@Test(arguments: [
  ("1.5e6", "1500000"), ("1.5E-3", "0.0015"), ("-2e2", "-200"), ("12.345e1", "123.45"),
  ("7", "7"),
])
func exponentIsExpanded(input: String, expected: String) {
  #expect(DecimalFormatting.expandingExponent(input) == expected)
}
