import Foundation

/// One number phrase found in a sentence, normalised: what the grammar returns.
///
/// `span` counts Unicode scalars from the start of the scanned sentence, so that
/// `sentence.unicodeScalars[span]` is `text`.
///
/// ```swift
/// // "i overkant av 400 personer"
/// Quantity(kind: .count, value: 400, lower: 400, upper: nil, qualifier: .slightlyAbove,
///          unit: "personer", text: "i overkant av 400 personer", span: 0..<26)
/// ```
package struct Quantity: Sendable, Hashable, Codable {
  package var kind: QuantityKind
  /// The normalised value: kroner for money, 0.5 for "halvparten"; `nil` for ranges and dates.
  package var value: Decimal?
  package var lower: Decimal?
  package var upper: Decimal?
  package var qualifier: Qualifier
  /// Counted noun as written, lower-case; `NOK`; `%`; `pp`; `day`/`week`/`month`/`year`/`hour`.
  package var unit: String?
  /// ISO 8601 form of a date ("2017-01-01", "2017-05", "--01-01" without a year).
  package var iso: String?
  /// A change the phrase itself states ("halvert", "30 færre", "+0,4 prosentpoeng").
  package var change: Change?
  /// A year the phrase itself names as its comparison ("50 prosent lavere enn i 2019").
  package var comparedTo: String?
  /// The explicit year this phrase is about ("mot 270 i 2016" → "2016"), when the sentence says.
  package var period: String?
  /// Years to add to the report year when `period` is `nil` (only then is it read): -1 for a
  /// figure of the year before ("mot 250 året før", "mot 250 i fjor"), else 0.
  package var periodOffset = 0
  /// The phrase exactly as written, with its modifier and unit words.
  package var text: String
  /// Unicode-scalar range of `text` in the scanned sentence.
  package var span: Range<Int>

  package init(
    kind: QuantityKind, value: Decimal?, lower: Decimal? = nil, upper: Decimal? = nil,
    qualifier: Qualifier = .exact, unit: String? = nil, iso: String? = nil,
    change: Change? = nil, comparedTo: String? = nil, period: String? = nil, text: String,
    span: Range<Int>
  ) {
    self.kind = kind
    self.value = value
    self.lower = lower
    self.upper = upper
    self.qualifier = qualifier
    self.unit = unit
    self.iso = iso
    self.change = change
    self.comparedTo = comparedTo
    self.period = period
    self.text = text
    self.span = span
  }
}
