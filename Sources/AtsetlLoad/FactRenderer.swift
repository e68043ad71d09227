import AtsetlModel

/// A run of facts rendered for every fact writer of a run: made on any thread (a worker, while
/// other inputs are read), then appended in order to ``FactCSVWriter``, ``FactJSONWriter`` and
/// ``FactXLSXWriter`` by the one thread that owns the outputs.
///
/// Rendering is most of the cost of writing; done by the workers it runs on every core, and
/// the bytes are the same whichever thread made them.
package struct RenderedFacts: Sendable {
  /// The facts rendered.
  package var count = 0
  /// Facts per kind, for the run's overview.
  package var kinds: [QuantityKind: Int] = [:]
  /// CSV rows per dialect the run writes.
  package var csvRows: [CSVDialect: [UInt8]] = [:]
  /// The JSON objects, each preceded by a newline and all but the first by a comma
  /// (``FactJSONWriter/append(_:)`` adds the comma before the first when needed).
  package var jsonObjects: [UInt8]?
  /// The facts sheet's rows, deflated: one piece per ``FactRenderer/render(_:into:)``.
  package var workbookPieces: [XLSXSheetFragment] = []

  package init() {}
}

/// Renders facts into ``RenderedFacts`` for the writers a run has.
///
/// ```swift
/// let renderer = FactRenderer(csvDialects: [.rfc4180, .excelNorwegian], json: true, workbook: false)
/// let rendered = renderer.render(facts)   // on a worker
/// try csvWriter.append(rendered)           // in order, on the publishing thread
/// ```
package struct FactRenderer: Sendable {
  package let csvDialects: [CSVDialect]
  package let rendersJSON: Bool
  package let rendersWorkbook: Bool

  package init(csvDialects: some Sequence<CSVDialect>, json: Bool, workbook: Bool) {
    var unique: [CSVDialect] = []
    for dialect in csvDialects where !unique.contains(dialect) { unique.append(dialect) }
    self.csvDialects = unique
    rendersJSON = json
    rendersWorkbook = workbook
  }

  /// Whether there is anything to render.
  package var isEmpty: Bool { csvDialects.isEmpty && !rendersJSON && !rendersWorkbook }

  /// Adds `facts` to `rendered` (once per piece of an input, in order): the workbook gets one
  /// deflated piece per call, so the same facts must always be given in the same pieces for
  /// the workbook's bytes to be the same (the pipeline cuts an input every 4096 facts).
  package func render(_ facts: [Fact], into rendered: inout RenderedFacts) {
    guard !facts.isEmpty else { return }
    let rows = facts.map(\.fieldValues)
    // Each buffer is taken out while it grows, so that it is neither copied nor looked up
    // again per row.
    for dialect in csvDialects {
      var bytes = rendered.csvRows.removeValue(forKey: dialect) ?? []
      bytes.reserveCapacity(bytes.count + rows.count * 400)
      for row in rows { dialect.appendRow(row, to: &bytes) }
      rendered.csvRows[dialect] = bytes
    }
    if rendersJSON {
      var bytes = rendered.jsonObjects.take() ?? []
      bytes.reserveCapacity(bytes.count + rows.count * 700)
      for (index, row) in rows.enumerated() {
        if rendered.count + index > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\n"))
        Fact.appendJSONObject(fields: row, to: &bytes)
      }
      rendered.jsonObjects = bytes
    }
    if rendersWorkbook { rendered.workbookPieces.append(FactXLSXWriter.factsFragment(rows)) }
    for fact in facts { rendered.kinds[fact.kind, default: 0] += 1 }
    rendered.count += facts.count
  }
}

extension FactCSVWriter {
  /// Where the next rows start in the file: an input's rows, appended whole, are the bytes
  /// from this offset before to this offset after (``FactRenderer`` renders the same bytes).
  package var offset: Int { table.offset }

  /// Appends rows rendered by a ``FactRenderer`` for this writer's dialect.
  ///
  /// - Throws: ``LoadError/notRendered(path:)`` when the renderer did not render the dialect.
  package func append(_ rendered: RenderedFacts) throws {
    guard rendered.count > 0 else { return }
    try table.append(rendered.csvRows[table.dialect])
  }
}

extension FactJSONWriter {
  /// Where the next input's objects start in the file, past the comma that will separate
  /// them from the facts before: the bytes up to ``offset`` after they are appended are
  /// exactly what ``FactRenderer`` renders for them.
  package var nextObjectsStart: Int { offset + (factCount > 0 ? 1 : 0) }

  /// Appends objects rendered by a ``FactRenderer``.
  package func append(_ rendered: RenderedFacts) throws {
    guard rendered.count > 0 else { return }
    try append(objects: rendered.jsonObjects, count: rendered.count)
  }
}
