import AtsetlModel
import AtsetlTransform
import Foundation
import PropertyBased
import Testing

/// Numbers written out the ways Norwegian reports write them parse back to themselves.
@Suite struct RoundTripTests {
  let scanner = NumberScanner()

  /// The one quantity of `phrase`, or a recorded issue.
  func single(_ phrase: String, sourceLocation: SourceLocation = #_sourceLocation) -> Quantity? {
    let quantities = scanner.quantities(in: phrase)
    #expect(quantities.count == 1, "\(phrase) → \(quantities.map(\.text))", sourceLocation: sourceLocation)
    return quantities.first
  }

  @Test func digitsWithEveryGroupingSpaceParseBack() async {
    let separators = [" ", "\u{A0}", "\u{202F}", "\u{2009}", "."]
    await propertyCheck(input: Gen.int(in: 0...99_999_999), Gen.int(in: 0...4)) { number, pick in
      let written = NorwegianNumbers.digits(number, groupedBy: separators[pick])
      let quantity = single("Tjenesten hadde \(written) brukere.")
      #expect(quantity?.value == Decimal(number), "\(written)")
      #expect(quantity?.unit == "brukere")
    }
  }

  @Test func decimalCommaAndScaleParseBack() async {
    await propertyCheck(input: Gen.int(in: 1...99_999), Gen.int(in: 1...9)) { whole, tenth in
      let written = "kr \(NorwegianNumbers.digits(whole, groupedBy: " ")),\(tenth) mill."
      let quantity = single("Rammen var \(written) i fjor.")
      let expected = (Decimal(whole) + Decimal(tenth) / 10) * 1_000_000
      #expect(quantity?.kind == .money)
      #expect(quantity?.value == expected, "\(written)")
      #expect(quantity?.text == written)
    }
  }

  @Test func bokmalNumberWordsParseBack() async {
    await propertyCheck(input: Gen.int(in: 2...999_999)) { number in
      let written = NorwegianNumbers.words(number, nynorsk: false)
      let quantity = single("Kommunen tok imot \(written) søknader.")
      #expect(quantity?.value == Decimal(number), "\(written)")
      #expect(quantity?.unit == "søknader")
    }
  }

  @Test func nynorskNumberWordsParseBack() async {
    await propertyCheck(input: Gen.int(in: 2...999_999)) { number in
      let written = NorwegianNumbers.words(number, nynorsk: true)
      let quantity = single("Kommunen tok imot \(written) søknader.")
      #expect(quantity?.value == Decimal(number), "\(written)")
    }
  }

  @Test func percentagesParseBack() async {
    await propertyCheck(input: Gen.int(in: 0...1000), Gen.int(in: 0...2)) { tenths, form in
      let unit = ["prosent", "%", "pst."][form]
      let written = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
      let quantity = single("Andelen var \(written) \(unit) i perioden.")
      #expect(quantity?.kind == .percent)
      #expect(quantity?.value == Decimal(tenths) / 10, "\(written) \(unit)")
    }
  }
}

/// Writes numbers as Norwegian reports do, for the round-trip properties.
enum NorwegianNumbers {
  /// "7 849", "1.234.567", "12".
  static func digits(_ number: Int, groupedBy separator: String) -> String {
    let plain = String(number)
    guard plain.count > 4 || (plain.count == 4 && separator != " ") else { return plain }
    var groups: [String] = []
    var rest = Substring(plain)
    while rest.count > 3 {
      groups.insert(String(rest.suffix(3)), at: 0)
      rest = rest.dropLast(3)
    }
    groups.insert(String(rest), at: 0)
    return groups.joined(separator: separator)
  }

  private static let units = [
    "null", "én", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv",
    "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten",
  ]
  private static let tens = ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]

  /// "to hundre og femti", "tjuefem tusen tre hundre og ni"; Nynorsk uses "eitt", "søtti".
  static func words(_ number: Int, nynorsk: Bool) -> String {
    if number >= 1000 {
      let thousands = number / 1000
      let rest = number % 1000
      let head = thousands == 1 ? (nynorsk ? "eitt tusen" : "ett tusen") : words(thousands, nynorsk: nynorsk) + " tusen"
      guard rest > 0 else { return head }
      return head + (rest < 100 ? " og " : " ") + words(rest, nynorsk: nynorsk)
    }
    if number >= 100 {
      let hundreds = number / 100
      let rest = number % 100
      let head = hundreds == 1 ? (nynorsk ? "eitt hundre" : "ett hundre") : words(hundreds, nynorsk: nynorsk) + " hundre"
      return rest == 0 ? head : head + " og " + words(rest, nynorsk: nynorsk)
    }
    if number < 20 { return number == 1 ? (nynorsk ? "eitt" : "én") : units[number] }
    var ten = tens[number / 10]
    if nynorsk, number / 10 == 7 { ten = "søtti" }
    let unit = number % 10
    return unit == 0 ? ten : ten + (unit == 1 ? "en" : units[unit])
  }
}
