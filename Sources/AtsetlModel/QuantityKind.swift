/// What a number phrase measures (SPEC §4 `kind`).
///
/// The raw values are the spellings written to every output.
package enum QuantityKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A number of things: "400 personer", "fem nye".
  case count
  /// "35 prosent", "99,1 %".
  case percent
  /// "0,4 prosentpoeng", "2 %-poeng".
  case percentagePoints = "percentage_points"
  /// An amount in kroner: "kr 15,6 mill." → 15 600 000.
  case money
  /// "halvparten", "to tredjedeler", "tre av fire".
  case fraction
  /// A calendar year used as a time reference: "i 2021".
  case year
  /// A calendar date or month: "1. januar 2017", "i mai 2017".
  case date
  /// A length of time, including ages: "fire uker", "under 30 år".
  case duration
  /// "første", "tredje", "2. tertial".
  case ordinal
  /// A plain number that is none of the above, such as a factor ("doblet" → 2).
  case number
}
