import AtsetlModel

/// Metadata applied to every document that does not state it itself (`defaults` in
/// `pipeline.json`).
package struct DocumentDefaults: Sendable, Equatable {
  /// The municipality facts carry when a document does not name one.
  package var municipality: String?
  /// The written standard to assume; `nil` means detect it per document ("auto").
  package var language: Language?
  /// The report year to use when neither the title nor the metadata gives one.
  package var reportYear: Int?

  /// No municipality, language detected, no report year.
  package init(municipality: String? = nil, language: Language? = nil, reportYear: Int? = nil) {
    self.municipality = municipality
    self.language = language
    self.reportYear = reportYear
  }
}
