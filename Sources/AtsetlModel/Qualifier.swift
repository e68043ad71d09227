import Foundation

/// How exactly a phrase states its number (SPEC §4 `qualifier`).
package enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
  /// No hedge: "400 personer".
  case exact
  /// "cirka", "om lag", "omtrent", "rundt", "kring".
  case approximately
  /// "i overkant av", "vel", "drøyt", "litt over".
  case slightlyAbove = "slightly_above"
  /// "i underkant av", "nær", "nærmere", "knapt", "nesten".
  case slightlyBelow = "slightly_below"
  /// "over", "mer enn", "flere enn".
  case above
  /// "under", "mindre enn", "færre enn".
  case below
  /// "minst", "minimum", "ikke mindre enn".
  case atLeast = "at_least"
  /// "maks", "høyst", "opptil", "inntil".
  case atMost = "at_most"
  /// "mellom 20 og 30", "fra 20 til 30", "20–30".
  case range

  /// The bounds this qualifier implies for a single `value`.
  ///
  /// `exact` pins both bounds; one-sided qualifiers set one; `approximately` sets none
  /// (the report gives no tolerance, and atsetl invents none). Ranges carry their own bounds.
  package func bounds(of value: Decimal) -> (lower: Decimal?, upper: Decimal?) {
    switch self {
    case .exact: (value, value)
    case .approximately, .range: (nil, nil)
    case .slightlyAbove, .above, .atLeast: (value, nil)
    case .slightlyBelow, .below, .atMost: (nil, value)
    }
  }
}
