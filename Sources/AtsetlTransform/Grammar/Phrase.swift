import AtsetlModel
import Foundation

/// A quantity while it is being read: the token range it covers plus its fields.
struct Phrase {
  /// First token of the phrase's text (qualifier, currency or leader words included).
  var first: Int
  /// One past the last token of the phrase's text.
  var end: Int
  /// The token where the number itself starts (after qualifier and currency).
  var numberStart: Int
  var kind: QuantityKind
  var value: Decimal?
  var lower: Decimal?
  var upper: Decimal?
  var qualifier: Qualifier = .exact
  var unit: String?
  var iso: String?
  var change: Change?
  var comparedTo: String?
  var period: String?
  /// -1 when the phrase is about the year before its sentence's year or the report year
  /// ("mot 250 året før"); resolved against the sentence's year here, else the report year.
  var periodOffset = 0
  /// The calendar year a year or date phrase names, for period and comparison rules.
  var year: Int?

  /// Fills `lower` and `upper` from the qualifier for a single value.
  mutating func applyBounds() {
    guard qualifier != .range, let value else { return }
    (lower, upper) = qualifier.bounds(of: value)
  }
}
