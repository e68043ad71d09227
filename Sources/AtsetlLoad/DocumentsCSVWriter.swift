import AtsetlModel
import Foundation

/// Streams ``DocumentRecord``s to `documents.csv` (columns ``DocumentRecord/fieldNames``).
///
/// Rows are written in the order given (the pipeline sorts by path); the file is published
/// atomically by ``commit()``.
package struct DocumentsCSVWriter {
  private let table: CSVTableWriter

  /// Opens `url`'s temporary file and writes the header row.
  package init(
    publishing url: URL, dialect: CSVDialect = .rfc4180, faults: FaultInjection = .none
  ) throws {
    table = try CSVTableWriter(
      publishing: url, header: DocumentRecord.fieldNames, dialect: dialect, faults: faults)
  }

  /// Appends one document row.
  package func write(_ record: DocumentRecord) throws {
    try table.write(record.fieldValues)
  }

  /// Publishes the file atomically.
  package func commit() throws {
    try table.commit()
  }

  /// Discards the file; the previous `documents.csv` stays.
  package func abandon() {
    table.abandon()
  }

  /// Writes `records` to `url` and publishes it; on error nothing changes.
  package static func write(
    _ records: some Sequence<DocumentRecord>, to url: URL, dialect: CSVDialect = .rfc4180,
    faults: FaultInjection = .none
  ) throws {
    let writer = try DocumentsCSVWriter(publishing: url, dialect: dialect, faults: faults)
    do {
      for record in records { try writer.write(record) }
      try writer.commit()
    } catch {
      writer.abandon()
      throw error
    }
  }
}
