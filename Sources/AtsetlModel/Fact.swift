import Foundation

/// One row of `facts.csv` / one object of `facts.json` (SPEC §4): a quantity in its context.
package struct Fact: Sendable, Hashable, Codable {
  /// Stable across runs: a hash of document, offset and text.
  package var id: String
  package var document: String
  package var format: SourceFormat
  package var municipality: String?
  package var reportYear: Int?
  package var sectionNumber: String?
  package var sectionTitle: String?
  package var heading: String?
  package var sentence: String
  package var text: String
  /// Unicode-scalar offset of `text` in the document's extracted plain text.
  package var offset: Int
  /// 1-based line in the source file.
  package var line: Int
  package var kind: QuantityKind
  package var value: Decimal?
  package var lower: Decimal?
  package var upper: Decimal?
  package var qualifier: Qualifier
  package var unit: String?
  package var iso: String?
  package var change: Change?
  /// A year ("2019") or `previous_year`.
  package var comparedTo: String?
  /// The year the fact is about.
  package var period: String?
  package var language: Language
  package var row: String?
  package var column: String?

  package init(
    id: String, document: String, format: SourceFormat, municipality: String? = nil,
    reportYear: Int? = nil, sectionNumber: String? = nil, sectionTitle: String? = nil,
    heading: String? = nil, sentence: String, text: String, offset: Int, line: Int,
    kind: QuantityKind, value: Decimal?, lower: Decimal? = nil, upper: Decimal? = nil,
    qualifier: Qualifier = .exact, unit: String? = nil, iso: String? = nil,
    change: Change? = nil, comparedTo: String? = nil, period: String? = nil,
    language: Language = .nb, row: String? = nil, column: String? = nil
  ) {
    self.id = id
    self.document = document
    self.format = format
    self.municipality = municipality
    self.reportYear = reportYear
    self.sectionNumber = sectionNumber
    self.sectionTitle = sectionTitle
    self.heading = heading
    self.sentence = sentence
    self.text = text
    self.offset = offset
    self.line = line
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
    self.language = language
    self.row = row
    self.column = column
  }

  /// The output field names, in the order every writer uses (SPEC §4).
  package static let fieldNames: [String] = [
    "id", "document", "format", "municipality", "report_year", "section_number",
    "section_title", "heading", "sentence", "text", "offset", "line", "kind", "value", "lower",
    "upper", "qualifier", "unit", "iso", "change", "compared_to", "period", "language", "row",
    "column",
  ]

  enum CodingKeys: String, CodingKey {
    case id, document, format, municipality
    case reportYear = "report_year"
    case sectionNumber = "section_number"
    case sectionTitle = "section_title"
    case heading, sentence, text, offset, line, kind, value, lower, upper, qualifier, unit, iso
    case change
    case comparedTo = "compared_to"
    case period, language, row, column
  }
}
