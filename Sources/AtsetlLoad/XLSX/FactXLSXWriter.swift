import AtsetlModel
import Foundation

/// Streams facts and document records into `facts.xlsx`: sheet `facts`, then sheet
/// `documents`, then (when there are metrics) sheet `series`.
///
/// The `facts` sheet has the columns of ``Fact/fieldNames``, the `documents` sheet those of
/// ``DocumentRecord/fieldNames``. Numbers (`value`, `lower`, `upper`, `report_year`, `offset`,
/// `line`, `sections`, `facts`) are numeric cells; everything else is text, so `section_number`
/// `8.16` and `period` `2021` stay exactly as written. The `iso` column stays text too: it
/// holds partial dates (`2017-05`) next to full ones, and one type per column keeps sorting
/// and filtering predictable (``XLSXCell/dateOrText(_:)`` is there for a column of full dates).
/// The `series` sheet is ``SeriesTable``: one row per metric, the yearly values as numbers.
///
/// ```swift
/// try FactXLSXWriter.write(facts: facts, documents: records, to: url)
/// ```
///
/// Facts can also be rendered and deflated on other threads and appended in order; equal
/// fragments give equal bytes, whichever thread made them:
///
/// ```swift
/// let fragment = FactXLSXWriter.factsFragment(facts.map(\.fieldValues))  // any thread
/// try writer.append(fragment)  // the writer's thread, in order
/// ```
package struct FactXLSXWriter {
  /// The facts sheet's name.
  package static let factsSheetName = "facts"
  /// The documents sheet's name.
  package static let documentsSheetName = "documents"
  /// The series sheet's name.
  package static let seriesSheetName = "series"

  private let workbook: XLSXWriter
  private let factsSheet: XLSXWriter.Sheet
  private let documentsSheet: XLSXWriter.Sheet

  /// Opens the workbook's scratch files and writes the header rows, and the whole `series`
  /// sheet when `series` is given (else ``write(_:)-(SeriesTable)`` adds it once it is known).
  package init(
    publishing url: URL, series: SeriesTable? = nil, faults: FaultInjection = .none
  ) throws {
    workbook = try XLSXWriter(publishing: url, faults: faults)
    factsSheet = try workbook.addSheet(named: Self.factsSheetName, header: Fact.fieldNames)
    documentsSheet = try workbook.addSheet(
      named: Self.documentsSheetName, header: DocumentRecord.fieldNames)
    if let series { try write(series) }
  }

  /// Adds the `series` sheet (once, after the facts: it summarises them).
  package func write(_ series: SeriesTable) throws {
    let sheet = try workbook.addSheet(named: Self.seriesSheetName, header: series.header)
    for row in series.rows {
      try workbook.write(series.fieldValues(of: row).map(XLSXCell.init), to: sheet)
    }
  }

  /// Appends one fact to the `facts` sheet.
  package func write(_ fact: Fact) throws {
    try write(fields: fact.fieldValues)
  }

  /// Appends one fact given as its ``Fact/fieldValues`` (computed once for several writers).
  ///
  /// Facts written one at a time are deflated in fragments of ``XLSXWriter/rowsPerFragment``;
  /// ``append(_:)`` ends the current one first.
  package func write(fields: [FieldValue]) throws {
    try workbook.write(fields: fields, to: factsSheet)
  }

  /// Renders facts-sheet rows (each a ``Fact/fieldValues`` array) into one fragment, on any
  /// thread; ``append(_:)`` adds it to the sheet. Equal rows give equal bytes.
  package static func factsFragment(_ rows: [[FieldValue]]) -> XLSXSheetFragment {
    var renderer = XLSXRowRenderer(columnCount: Fact.fieldNames.count)
    for row in rows { renderer.append(fields: row) }
    return renderer.fragment(deflater: RawDeflater())
  }

  /// Appends a fragment from ``factsFragment(_:)`` to the `facts` sheet, after the facts
  /// written so far; fragments must be appended in order.
  ///
  /// - Throws: ``XLSXError/tooManyRows(path:sheet:)`` when the sheet would pass Excel's row
  ///   limit (nothing of the fragment is then appended); ``LoadError`` on a disk error.
  ///
  /// - Returns: where its deflated bytes start in the sheet's body (``factsBodyOffset``).
  @discardableResult
  package func append(_ fragment: XLSXSheetFragment) throws -> Int {
    try workbook.append(fragment, to: factsSheet)
  }

  /// Where the `facts` sheet's body starts in the published file, after ``commit()``: a
  /// fragment appended at body offset `o` is the `deflated.count` bytes at this plus `o`.
  package var factsBodyOffset: Int? { workbook.bodyOffset(of: factsSheet) }

  /// Appends one document record to the `documents` sheet.
  package func write(_ record: DocumentRecord) throws {
    try workbook.write(record.fieldValues.map(XLSXCell.init), to: documentsSheet)
  }

  /// Publishes the workbook atomically.
  package func commit() throws {
    try workbook.commit()
  }

  /// Discards the workbook; the previous file stays.
  package func abandon() {
    workbook.abandon()
  }

  /// Writes `facts` and `documents` (in the given order) to `url` and publishes the workbook;
  /// on error nothing changes.
  package static func write(
    facts: some Sequence<Fact>, documents: some Sequence<DocumentRecord>,
    series: SeriesTable? = nil, to url: URL, faults: FaultInjection = .none
  ) throws {
    let writer = try FactXLSXWriter(publishing: url, series: series, faults: faults)
    do {
      for fact in facts { try writer.write(fact) }
      for record in documents { try writer.write(record) }
      try writer.commit()
    } catch {
      writer.abandon()
      throw error
    }
  }
}
