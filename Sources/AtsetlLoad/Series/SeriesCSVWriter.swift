import AtsetlModel
import Foundation

/// Writes a ``SeriesTable`` as `series.csv`: columns ``SeriesTable/header``, one row per metric.
package enum SeriesCSVWriter {
  /// Writes `table` to `url`'s temporary file and returns the writer, not yet published.
  package static func prepare(
    _ table: SeriesTable, publishing url: URL, dialect: CSVDialect = .rfc4180,
    faults: FaultInjection = .none
  ) throws -> CSVTableWriter {
    let writer = try CSVTableWriter(
      publishing: url, header: table.header, dialect: dialect, faults: faults)
    do {
      for row in table.rows { try writer.write(table.fieldValues(of: row)) }
    } catch {
      writer.abandon()
      throw error
    }
    return writer
  }
}
