import AtsetlModel
import Foundation

/// Streams facts to `facts.csv`: a header of ``Fact/fieldNames``, then one row per fact.
///
/// Numbers are plain (`15600000`, `0.5`, `99.1`; `99,1` in `excel-nb`), integers plain, a
/// missing value is an empty field. The file is published atomically by ``commit()``.
///
/// ```swift
/// let writer = try FactCSVWriter(publishing: url, dialect: .excelNorwegian)
/// for fact in facts { try writer.write(fact) }
/// try writer.commit()
/// ```
package struct FactCSVWriter {
  let table: CSVTableWriter

  /// Opens `url`'s temporary file and writes the header row.
  package init(
    publishing url: URL, dialect: CSVDialect = .rfc4180, faults: FaultInjection = .none
  ) throws {
    table = try CSVTableWriter(
      publishing: url, header: Fact.fieldNames, dialect: dialect, faults: faults)
  }

  /// Appends one fact as a row.
  package func write(_ fact: Fact) throws {
    try write(fields: fact.fieldValues)
  }

  /// Appends one fact given as its ``Fact/fieldValues`` (computed once for several writers).
  package func write(fields: [FieldValue]) throws {
    try table.write(fields)
  }

  /// Publishes the file atomically.
  package func commit() throws {
    try table.commit()
  }

  /// Discards the file; the previous `facts.csv` stays.
  package func abandon() {
    table.abandon()
  }

  /// Writes `facts` (in the given order) to `url` and publishes it; on error nothing changes.
  package static func write(
    _ facts: some Sequence<Fact>, to url: URL, dialect: CSVDialect = .rfc4180,
    faults: FaultInjection = .none
  ) throws {
    let writer = try FactCSVWriter(publishing: url, dialect: dialect, faults: faults)
    do {
      for fact in facts { try writer.write(fact) }
      try writer.commit()
    } catch {
      writer.abandon()
      throw error
    }
  }
}
