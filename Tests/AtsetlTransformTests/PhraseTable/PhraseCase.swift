import AtsetlModel
import Foundation
import Testing

/// One row of the phrase table: a sentence and every quantity the grammar must find in it.
///
/// The expectations list *all* quantities of the sentence, in order of appearance; an
/// empty list means the sentence holds no number facts at all.
struct PhraseCase: Sendable, CustomTestStringConvertible {
  /// The sentence given to `NumberScanner.quantities(in:)`.
  let sentence: String
  /// Every quantity of the sentence, in order.
  let expected: [Expected]
  /// Where the row is written, so that failures point at the row.
  let location: SourceLocation

  var testDescription: String { "«\(sentence)»" }

  /// The span each expected text must have: each text is looked up, in order, after the end
  /// of the previous one, at a word boundary. `nil` for a text the sentence does not hold
  /// (which `PhraseTableTests.rowsAreWellFormed` reports).
  var expectedSpans: [Range<Int>?] {
    let scalars = Array(sentence.unicodeScalars)
    var from = 0
    var spans: [Range<Int>?] = []
    for quantity in expected {
      let needle = Array(quantity.text.unicodeScalars)
      var found: Range<Int>?
      var start = from
      while found == nil, !needle.isEmpty, start + needle.count <= scalars.count {
        let end = start + needle.count
        if Array(scalars[start..<end]) == needle,
          !Self.isWordScalar(before: start, in: scalars, first: needle[0]),
          !Self.isWordScalar(after: end, in: scalars, last: needle[needle.count - 1])
        {
          found = start..<end
        }
        start += 1
      }
      spans.append(found)
      if let found { from = found.upperBound }
    }
    return spans
  }

  private static func isWordLike(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  private static func isWordScalar(
    before index: Int, in scalars: [Unicode.Scalar], first: Unicode.Scalar
  ) -> Bool {
    index > 0 && isWordLike(first) && isWordLike(scalars[index - 1])
  }

  private static func isWordScalar(
    after index: Int, in scalars: [Unicode.Scalar], last: Unicode.Scalar
  ) -> Bool {
    index < scalars.count && isWordLike(last) && isWordLike(scalars[index])
  }
}

/// Builds a phrase-table row; the source location is captured for failure messages.
func P(
  _ sentence: String, _ expected: [Expected], location: SourceLocation = #_sourceLocation
) -> PhraseCase {
  PhraseCase(sentence: sentence, expected: expected, location: location)
}

/// A sentence (or a sentence with tempting tokens) that holds no quantity at all.
func N(_ sentence: String, location: SourceLocation = #_sourceLocation) -> PhraseCase {
  PhraseCase(sentence: sentence, expected: [], location: location)
}

/// A number literal written in a row: `400`, `15.6`, `-3`, converted to `Decimal` exactly
/// (float literals go through their shortest decimal spelling, never through binary).
struct Num: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, Sendable {
  let decimal: Decimal

  init(integerLiteral value: Int) { decimal = Decimal(value) }

  init(floatLiteral value: Double) {
    decimal = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? .nan
  }
}

/// One expected quantity: every field of `Quantity` except the span (derived from `text`).
struct Expected: Sendable, CustomStringConvertible {
  var kind: QuantityKind
  var value: Decimal?
  var lower: Decimal?
  var upper: Decimal?
  var qualifier: Qualifier
  var unit: String?
  var iso: String?
  var change: Change?
  var comparedTo: String?
  var period: String?
  var text: String

  var description: String {
    Self.describe(
      kind: kind, value: value, lower: lower, upper: upper, qualifier: qualifier, unit: unit,
      iso: iso, change: change, comparedTo: comparedTo, period: period, text: text)
  }

  static func describe(
    kind: QuantityKind, value: Decimal?, lower: Decimal?, upper: Decimal?, qualifier: Qualifier,
    unit: String?, iso: String?, change: Change?, comparedTo: String?, period: String?,
    text: String
  ) -> String {
    func s(_ v: (any CustomStringConvertible)?) -> String { v.map { "\($0)" } ?? "nil" }
    return
      "\(kind.rawValue) «\(text)» value=\(s(value)) lower=\(s(lower)) upper=\(s(upper)) "
      + "qualifier=\(qualifier.rawValue) unit=\(s(unit)) iso=\(s(iso)) "
      + "change=\(s(change?.rawValue)) comparedTo=\(s(comparedTo)) period=\(s(period))"
  }

  /// The bounds the conventions give a single value under `qualifier` (written out here
  /// rather than taken from the model, so the table states them independently).
  private static func bounds(_ value: Decimal, _ qualifier: Qualifier) -> (Decimal?, Decimal?) {
    switch qualifier {
    case .exact: (value, value)
    case .approximately, .range: (nil, nil)
    case .slightlyAbove, .above, .atLeast: (value, nil)
    case .slightlyBelow, .below, .atMost: (nil, value)
    }
  }

  private static func single(
    _ kind: QuantityKind, _ text: String, _ value: Num, _ qualifier: Qualifier, unit: String?,
    change: Change?, comparedTo: String?, period: String?
  ) -> Expected {
    let (lower, upper) = bounds(value.decimal, qualifier)
    return Expected(
      kind: kind, value: value.decimal, lower: lower, upper: upper, qualifier: qualifier,
      unit: unit, iso: nil, change: change, comparedTo: comparedTo, period: period, text: text)
  }

  private static func range(
    _ kind: QuantityKind, _ text: String, _ lower: Num, _ upper: Num, unit: String?,
    change: Change?, comparedTo: String?, period: String?
  ) -> Expected {
    Expected(
      kind: kind, value: nil, lower: lower.decimal, upper: upper.decimal, qualifier: .range,
      unit: unit, iso: nil, change: change, comparedTo: comparedTo, period: period, text: text)
  }

  // MARK: Builders, one per kind; `text` first so a row reads like the phrase table.

  /// A count: "i overkant av 400 personer" → `.count("i overkant av 400 personer", 400, .slightlyAbove, unit: "personer")`.
  static func count(
    _ text: String, _ value: Num, _ qualifier: Qualifier = .exact, unit: String? = nil,
    change: Change? = nil, comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .count, text, value, qualifier, unit: unit, change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A count range: "mellom 10 og 15 elever".
  static func countRange(
    _ text: String, _ lower: Num, _ upper: Num, unit: String? = nil, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    range(
      .count, text, lower, upper, unit: unit, change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A percent (unit "%"): "nærmere 35 prosent".
  static func percent(
    _ text: String, _ value: Num, _ qualifier: Qualifier = .exact, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .percent, text, value, qualifier, unit: "%", change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A percent range (unit "%"): "20–30 prosent".
  static func percentRange(
    _ text: String, _ lower: Num, _ upper: Num, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    range(
      .percent, text, lower, upper, unit: "%", change: change, comparedTo: comparedTo,
      period: period)
  }

  /// Percentage points (unit "pp"): "2,5 prosentpoeng".
  static func points(
    _ text: String, _ value: Num, _ qualifier: Qualifier = .exact, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .percentagePoints, text, value, qualifier, unit: "pp", change: change,
      comparedTo: comparedTo, period: period)
  }

  /// Money in kroner (unit "NOK"): "kr 15,6 mill." → 15600000.
  static func money(
    _ text: String, _ value: Num, _ qualifier: Qualifier = .exact, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .money, text, value, qualifier, unit: "NOK", change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A money range in kroner: "kr 2–3 mill." → 2000000...3000000.
  static func moneyRange(
    _ text: String, _ lower: Num, _ upper: Num, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    range(
      .money, text, lower, upper, unit: "NOK", change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A fraction (unit nil): "halvparten" → 0.5, "to tredjedeler" → 0.666667.
  static func fraction(
    _ text: String, _ value: Num, _ qualifier: Qualifier = .exact, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .fraction, text, value, qualifier, unit: nil, change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A year ("i 2021" → text "2021"); a year fact's period is itself.
  static func year(_ year: Int) -> Expected {
    single(
      .year, "\(year)", Num(integerLiteral: year), .exact, unit: nil, change: nil,
      comparedTo: nil, period: "\(year)")
  }

  /// A year range ("fra 2019 til 2021"); period nil.
  static func years(_ text: String, _ lower: Num, _ upper: Num) -> Expected {
    range(.year, text, lower, upper, unit: nil, change: nil, comparedTo: nil, period: nil)
  }

  /// A date or month: no value or bounds, an ISO form, period = its year when it has one.
  static func date(_ text: String, iso: String, _ qualifier: Qualifier = .exact) -> Expected {
    let year = iso.prefix(4)
    let period = year.count == 4 && year.allSatisfy(\.isNumber) ? String(year) : nil
    return Expected(
      kind: .date, value: nil, lower: nil, upper: nil, qualifier: qualifier, unit: nil,
      iso: iso, change: nil, comparedTo: nil, period: period, text: text)
  }

  /// A duration or age: unit "day", "week", "month", "year" or "hour".
  static func duration(
    _ text: String, _ value: Num, _ unit: String, _ qualifier: Qualifier = .exact,
    change: Change? = nil, comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .duration, text, value, qualifier, unit: unit, change: change, comparedTo: comparedTo,
      period: period)
  }

  /// A duration or age range: "mellom 16 og 25 år".
  static func durationRange(
    _ text: String, _ lower: Num, _ upper: Num, _ unit: String, period: String? = nil
  ) -> Expected {
    range(.duration, text, lower, upper, unit: unit, change: nil, comparedTo: nil, period: period)
  }

  /// An ordinal: "første" → 1, "2. tertial" → text "2.".
  static func ordinal(_ text: String, _ value: Num, period: String? = nil) -> Expected {
    single(
      .ordinal, text, value, .exact, unit: nil, change: nil, comparedTo: nil, period: period)
  }

  /// A range of ordinals: "1.–4. trinn" → text "1.–4.".
  static func ordinalRange(_ text: String, _ lower: Num, _ upper: Num) -> Expected {
    range(.ordinal, text, lower, upper, unit: nil, change: nil, comparedTo: nil, period: nil)
  }

  /// A plain number such as a factor: "doblet" → 2, increase.
  static func number(
    _ text: String, _ value: Num, _ qualifier: Qualifier = .exact, change: Change? = nil,
    comparedTo: String? = nil, period: String? = nil
  ) -> Expected {
    single(
      .number, text, value, qualifier, unit: nil, change: change, comparedTo: comparedTo,
      period: period)
  }
}

/// Compares what the scanner found in `row.sentence` with the row, field by field, and
/// records one issue per difference, located at the row.
func comparePhrase(_ row: PhraseCase, found: [Quantity]) {
  let sentence = row.sentence
  let scalars = Array(sentence.unicodeScalars)
  func describe(_ q: Quantity) -> String {
    Expected.describe(
      kind: q.kind, value: q.value, lower: q.lower, upper: q.upper, qualifier: q.qualifier,
      unit: q.unit, iso: q.iso, change: q.change, comparedTo: q.comparedTo, period: q.period,
      text: q.text) + " span=\(q.span)"
  }

  // Every span must hold its text, whatever else is wrong.
  for (index, q) in found.enumerated() {
    let span = q.span
    if span.lowerBound < 0 || span.upperBound > scalars.count {
      Issue.record(
        "«\(sentence)»\n  quantity #\(index + 1) «\(q.text)»: span \(span) is outside the sentence (\(scalars.count) scalars)",
        sourceLocation: row.location)
    } else {
      var inSpan = String.UnicodeScalarView()
      inSpan.append(contentsOf: scalars[span])
      if String(inSpan) != q.text {
        Issue.record(
          "«\(sentence)»\n  quantity #\(index + 1) «\(q.text)»: span \(span) holds «\(String(inSpan))», not its text",
          sourceLocation: row.location)
      }
    }
  }

  guard found.count == row.expected.count else {
    let want = row.expected.map { "    \($0)" }.joined(separator: "\n")
    let got = found.map { "    \(describe($0))" }.joined(separator: "\n")
    Issue.record(
      """
      «\(sentence)»
        expected \(row.expected.count) quantities, found \(found.count)
        expected:
      \(want.isEmpty ? "    (none)" : want)
        found:
      \(got.isEmpty ? "    (none)" : got)
      """,
      sourceLocation: row.location)
    return
  }

  let spans = row.expectedSpans
  for (index, (want, got)) in zip(row.expected, found).enumerated() {
    var diffs: [String] = []
    func check<T: Equatable>(_ field: String, _ expected: T?, _ actual: T?) {
      if expected != actual {
        diffs.append(
          "\(field): expected \(expected.map { "\($0)" } ?? "nil"), got \(actual.map { "\($0)" } ?? "nil")"
        )
      }
    }
    check("text", want.text, got.text)
    check("kind", want.kind.rawValue, got.kind.rawValue)
    check("value", want.value, got.value)
    check("lower", want.lower, got.lower)
    check("upper", want.upper, got.upper)
    check("qualifier", want.qualifier.rawValue, got.qualifier.rawValue)
    check("unit", want.unit, got.unit)
    check("iso", want.iso, got.iso)
    check("change", want.change?.rawValue, got.change?.rawValue)
    check("comparedTo", want.comparedTo, got.comparedTo)
    check("period", want.period, got.period)
    if let span = spans[index] { check("span", span, got.span) }
    if !diffs.isEmpty {
      Issue.record(
        """
        «\(sentence)»
          quantity #\(index + 1) «\(want.text)»:
            \(diffs.joined(separator: "\n      "))
          expected: \(want)
          found:    \(describe(got))
        """,
        sourceLocation: row.location)
    }
  }
}
