/// XPath expressions that read an XML export whose shape differs from the default schema.
///
/// `report` is evaluated on the document; `year`, `municipality`, `title`, `language` and
/// `section` relative to each report node; `sectionNumber`, `sectionTitle`, `block`,
/// `heading` and `listItem` relative to each section node (or to the report node when
/// `section` is `nil`). Scalar fields take the string value of the first node (or the
/// expression's string/number result). Block, heading and list item nodes are read in
/// document order; a block node named `table` is read as a table (`caption`, `tr`, `th`, `td`).
///
/// A mapped export is read into memory as a whole (DOM + XPath): fine for reports of some
/// hundred megabytes, but only the default schema is streamed.
///
/// ```swift
/// // <arsrapport aar="2021"><kapittel nr="8.16" navn="…"><tittel>…</tittel><avsnitt>…</avsnitt>
/// var mapping = XMLMapping(report: "/arsrapport", block: "avsnitt")
/// mapping.year = "@aar"
/// mapping.section = "kapittel"
/// mapping.sectionNumber = "@nr"
/// mapping.sectionTitle = "@navn"
/// mapping.heading = "tittel"
/// ```
package struct XMLMapping: Sendable, Equatable {
  /// The report elements (absolute XPath); each match becomes one document.
  package var report: String
  /// The report year (relative to the report).
  package var year: String?
  /// The municipality (relative to the report).
  package var municipality: String?
  /// The report title (relative to the report).
  package var title: String?
  /// `nb` or `nn` (relative to the report); anything else means detect.
  package var language: String?
  /// The section elements (relative to the report); `nil` = the report has no sections.
  package var section: String?
  /// The section number, such as "8.16" (relative to the section).
  package var sectionNumber: String?
  /// The section title (relative to the section).
  package var sectionTitle: String?
  /// The paragraph (and table) elements (relative to the section or report).
  package var block: String
  /// The sub-heading elements (relative to the section or report).
  package var heading: String?
  /// The list item elements (relative to the section or report).
  package var listItem: String?

  /// A mapping with the two required expressions; set the others as the export needs.
  package init(
    report: String, block: String, year: String? = nil, municipality: String? = nil,
    title: String? = nil, language: String? = nil, section: String? = nil,
    sectionNumber: String? = nil, sectionTitle: String? = nil, heading: String? = nil,
    listItem: String? = nil
  ) {
    self.report = report
    self.block = block
    self.year = year
    self.municipality = municipality
    self.title = title
    self.language = language
    self.section = section
    self.sectionNumber = sectionNumber
    self.sectionTitle = sectionTitle
    self.heading = heading
    self.listItem = listItem
  }

  /// The default export schema written as a mapping (documentation, and a starting point).
  package static let defaultSchema = XMLMapping(
    report: "//report", block: "p | table | box/p | box/table", year: "@year",
    municipality: "@municipality", title: "@title", language: "@language",
    section: ".//section", sectionNumber: "@number", sectionTitle: "@title",
    heading: "heading | box/heading", listItem: "list/item | box/list/item")
}
