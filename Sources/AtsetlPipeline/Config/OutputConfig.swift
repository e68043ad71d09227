/// One facts file to write (an element of `outputs`).
package struct OutputConfig: Sendable, Equatable {
  /// The file format of an output.
  package enum Format: String, Sendable, Hashable, CaseIterable {
    /// Facts as CSV, in the output's `dialect`.
    case csv
    /// Facts as a JSON array.
    case json
    /// Facts and documents as an Excel workbook.
    case xlsx
    /// A Frictionless Data Package describing every CSV the run writes.
    case datapackage
    /// The `metrics` over the years as CSV (`series.csv`), in the output's `dialect`.
    case series
    /// A self-contained HTML page to check the facts by eye (`review.html`).
    case review

    /// Whether the format is CSV and takes a `dialect`.
    package var isCSV: Bool { self == .csv || self == .series }
  }

  /// The flavour of a CSV output.
  package enum CSVDialect: String, Sendable, Hashable, CaseIterable {
    /// RFC 4180: UTF-8, `,` separator, `.` decimals, CRLF… as the Load stage defines it.
    case rfc4180
    /// Norwegian Excel: UTF-8 BOM, `;` separator, decimal comma, CRLF (SPEC §6).
    case excelNB = "excel-nb"
  }

  /// What kind of file to write.
  package var format: Format
  /// Where the file goes, relative to the config file's folder.
  package var path: ConfigPath
  /// For `csv` and `series` outputs the dialect (default `rfc4180`); `nil` for other formats.
  package var dialect: CSVDialect?

  /// An output; a CSV output without a dialect gets `rfc4180`.
  package init(format: Format, path: ConfigPath, dialect: CSVDialect? = nil) {
    self.format = format
    self.path = path
    self.dialect = format.isCSV ? (dialect ?? .rfc4180) : nil
  }
}
