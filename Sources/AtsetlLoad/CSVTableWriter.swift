import AtsetlModel
import Foundation

/// Streams CSV records (header first) to an ``AtomicFile`` in a ``CSVDialect``.
///
/// The shared engine behind ``FactCSVWriter`` and ``DocumentsCSVWriter``: rows are encoded
/// one at a time into the file's buffer, so memory does not grow with the number of rows.
/// Nothing appears at the target until ``commit()``; dropping the writer discards the file.
package struct CSVTableWriter {
  /// The dialect every row is written in.
  package let dialect: CSVDialect
  /// The number of columns (the header's length); every row must have as many fields.
  package let columnCount: Int
  private let file: AtomicFile

  /// Opens the temporary file and writes the BOM (if the dialect has one) and the header row.
  package init(
    publishing url: URL, header: [String], dialect: CSVDialect = .rfc4180,
    faults: FaultInjection = .none
  ) throws {
    self.dialect = dialect
    columnCount = header.count
    file = try AtomicFile(publishing: url, faults: faults)
    if dialect.writesByteOrderMark { try file.write("\u{FEFF}") }
    try file.write(dialect.headerRow(header))
  }

  /// Appends one record; `fields` has ``columnCount`` values in header order.
  package func write(_ fields: [FieldValue]) throws {
    try file.write { dialect.appendRow(fields, to: &$0) }
  }

  /// Publishes the file atomically (see ``AtomicFile/commit()``).
  /// Appends rows rendered elsewhere in this table's dialect (``FactRenderer``); nil when the
  /// renderer was not asked for this dialect.
  package func append(_ rows: [UInt8]?) throws {
    guard let rows else { throw LoadError.notRendered(path: file.displayPath) }
    try file.write(contentsOf: rows)
  }

  /// Where the next row starts in the file.
  package var offset: Int { file.offset }

  package func commit() throws {
    try file.commit()
  }

  /// Discards the file; the previous target stays as it was.
  package func abandon() {
    file.abandon()
  }
}
