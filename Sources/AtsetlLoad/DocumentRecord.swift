import AtsetlModel

/// One row of `documents.csv`: what happened to one input document (SPEC §6).
///
/// A document is `quarantined` exactly when it has an ``error``; its facts are then not in
/// the facts files, and the error says where and why (`input/a.xml:12:5: error: …`).
package struct DocumentRecord: Sendable, Hashable {
  /// Whether a document's facts were published.
  package enum Status: String, Sendable, Hashable, Codable {
    /// Read, transformed and written.
    case ok
    /// Set aside because of ``DocumentRecord/error``; the run goes on.
    case quarantined
  }

  /// The input path relative to the config file (`#n` suffix for the n-th report in a file).
  package var path: String
  /// The input format.
  package var format: SourceFormat
  /// The lower-case hex SHA-256 of the input file's bytes.
  package var sha256: String
  /// The report year, when known.
  package var reportYear: Int?
  /// The number of sections found.
  package var sections: Int
  /// The number of facts found (0 when quarantined).
  package var facts: Int
  /// Why the document was quarantined, with file, line and column; `nil` when it was fine.
  package var error: Diagnostic?

  /// A record; pass `error` for a quarantined document.
  package init(
    path: String, format: SourceFormat, sha256: String, reportYear: Int? = nil,
    sections: Int = 0, facts: Int = 0, error: Diagnostic? = nil
  ) {
    self.path = path
    self.format = format
    self.sha256 = sha256
    self.reportYear = reportYear
    self.sections = sections
    self.facts = facts
    self.error = error
  }

  /// `ok`, or `quarantined` when there is an ``error``.
  package var status: Status { error == nil ? .ok : .quarantined }

  /// The `documents.csv` columns, in order.
  package static let fieldNames: [String] = [
    "path", "format", "sha256", "report_year", "sections", "facts", "status", "error",
  ]

  /// The record's fields in ``fieldNames`` order.
  package var fieldValues: [FieldValue] {
    [
      .text(path), .text(format.rawValue), .text(sha256),
      reportYear.map(FieldValue.integer) ?? .null, .integer(sections), .integer(facts),
      .text(status.rawValue), error.map { .text($0.description) } ?? .null,
    ]
  }
}
