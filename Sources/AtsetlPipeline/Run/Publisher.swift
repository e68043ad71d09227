import AtsetlLoad
import AtsetlModel
import Foundation

/// The outputs of one run while it is under way: every input's facts are streamed through all
/// the fact writers at once, in input order, as soon as the input is read; what sums the facts
/// up (the series, the review page's top, datapackage.json, documents.csv, run.json) is
/// written by ``finish(_:summary:)``, which then publishes everything or nothing.
///
/// Memory holds one batch of facts (a document's) at a time, plus one input's facts when the
/// review page is written.
final class Publisher {
  private let pipeline: Pipeline
  private var csvWriters: [FactCSVWriter] = []
  private var jsonWriters: [FactJSONWriter] = []
  private var workbooks: [FactXLSXWriter] = []
  private var reviewPages: [ReviewPageWriter] = []
  /// Whether the writers may use more threads (`--jobs` above 1).
  private let isParallel: Bool
  /// `--jobs`: the threads a large input's batches are rendered on.
  private let jobs: Int
  /// Renders a large input's batches for the fact writers.
  private let renderer: FactRenderer
  /// Every file opened, to commit or abandon together.
  private var pending: [any PendingOutput] = []
  private var series: SeriesBuilder?
  private var factsPerKind: [QuantityKind: Int] = [:]
  /// Where each input added so far (in order) went in the CSV writers, then the JSON writers:
  /// the next run copies an unchanged input's bytes from there (``OutputReuse``).
  private(set) var placements: [[Placement]] = []
  /// Each input's piece of the first workbook's facts sheet, when it went in as one; offsets
  /// in the file once ``finish(_:summary:)`` has published it.
  private(set) var sheetPieces: [SheetPiece?] = []
  /// Seconds spent writing so far.
  private(set) var seconds = 0.0

  /// Creates the output folders and opens every configured output's temporary file.
  init(_ pipeline: Pipeline, jobs: Int) throws(PipelineError) {
    self.pipeline = pipeline
    isParallel = jobs > 1
    self.jobs = jobs
    renderer = pipeline.factRenderer
    let config = pipeline.config
    var folders = Set(pipeline.outputFiles.map { $0.deletingLastPathComponent() })
    folders.insert(config.outputDirectory.url)
    for folder in folders.sorted(by: { $0.path < $1.path }) {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw .outputFolder(path: folder.path, reason: error.localizedDescription)
      }
    }
    if !config.metrics.isEmpty { series = SeriesBuilder(metrics: config.metrics) }
    try attempt {
      for output in config.outputs {
        switch output.format {
        case .csv:
          let writer = try FactCSVWriter(
            publishing: output.path.url, dialect: Pipeline.dialect(output), faults: pipeline.faults)
          csvWriters.append(writer)
          pending.append(writer)
        case .json:
          let writer = try FactJSONWriter(publishing: output.path.url, faults: pipeline.faults)
          jsonWriters.append(writer)
          pending.append(writer)
        case .xlsx:
          let writer = try FactXLSXWriter(publishing: output.path.url, faults: pipeline.faults)
          workbooks.append(writer)
          pending.append(writer)
        case .review:
          let page = try ReviewPageWriter(publishing: output.path.url, faults: pipeline.faults)
          reviewPages.append(page)
          pending.append(page)
        case .series, .datapackage:
          continue  // written by finish: they need every fact
        }
      }
    }
  }

  /// Streams one input's facts into every writer.
  ///
  /// - Throws: ``PipelineError`` when an output cannot be written, ``FactSpool/Corrupt`` when
  ///   the input's spool cannot be read back.
  func add(_ result: InputResult) throws {
    let started = Date()
    defer { seconds += Date().timeIntervalSince(started) }
    let starts = csvWriters.map(\.offset) + jsonWriters.map(\.nextObjectsStart)
    var pieceOffsets: [Int] = []
    defer {
      let ends = csvWriters.map(\.offset) + jsonWriters.map(\.offset)
      placements.append(zip(starts, ends).map { Placement(offset: $0, count: max(0, $1 - $0)) })
      // The input's rows in the first workbook, when they went in as one piece (an input
      // rendered ahead); its offset is in the sheet's body until the workbook is published.
      if pieceOffsets.count == 1, let piece = result.rendered?.workbookPieces.first {
        sheetPieces.append(
          SheetPiece(
            placement: Placement(offset: pieceOffsets[0], count: piece.deflated.count),
            byteCount: piece.byteCount, crc: piece.crc, rowCount: piece.rowCount,
            contentWidths: piece.contentWidths))
      } else {
        sheetPieces.append(nil)
      }
    }
    guard let rendered = result.rendered else { return try addUnrendered(result) }
    pieceOffsets = try append(rendered)
    guard series != nil || !reviewPages.isEmpty else { return }
    let facts = try result.keptFacts ?? result.facts.all()
    for fact in facts { series?.add(fact) }
    try attempt {
      for page in reviewPages { try page.write(result.record, facts: facts) }
    }
  }

  /// ``add(_:)`` for an input whose facts were not rendered ahead (too many to hold, or a
  /// spool the worker could not read back): read from its spool a few batches at a time,
  /// each batch rendered on its own thread, appended in order.
  private func addUnrendered(_ result: InputResult) throws {
    let lanes = isParallel ? max(2, jobs) : 1
    var batches: [[Fact]] = []
    var inputFacts: [Fact] = []
    func publishBatches() throws {
      let rendered = Lanes.run(batches.count, inParallel: isParallel) { lane in
        var rendered = RenderedFacts()
        renderer.render(batches[lane], into: &rendered)
        return rendered
      }
      for part in rendered { _ = try append(part) }
      for batch in batches {
        for fact in batch { series?.add(fact) }
        if !reviewPages.isEmpty { inputFacts += batch }
      }
      batches.removeAll()
    }
    // Batches of exactly `renderLimit` facts (the last one fewer), however the spool's frames
    // fall: the same facts always give the same pieces.
    var batch: [Fact] = []
    try result.facts.forEachBatch { frame in
      var frame = frame[...]
      while !frame.isEmpty {
        let taken = frame.prefix(InputProcessor.renderLimit - batch.count)
        batch += taken
        frame = frame.dropFirst(taken.count)
        guard batch.count == InputProcessor.renderLimit else { continue }
        batches.append(batch)
        batch = []
        if batches.count >= lanes { try publishBatches() }
      }
    }
    if !batch.isEmpty { batches.append(batch) }
    try publishBatches()
    try attempt {
      for page in reviewPages { try page.write(result.record, facts: inputFacts) }
    }
  }

  /// Appends rendered facts to every fact writer; the workbook, the costliest, on a second
  /// thread while the others append their bytes.
  ///
  /// - Returns: where each workbook piece went in the first workbook's sheet body.
  private func append(_ rendered: RenderedFacts) throws -> [Int] {
    guard rendered.count > 0 else { return [] }
    var pieceOffsets: [Int] = []
    try attempt {
      pieceOffsets = try Lanes.run(2, inParallel: isParallel && !workbooks.isEmpty) { lane in
        guard lane == 1 else {
          return try rendered.workbookPieces.map { piece in
            var first = 0
            for (index, workbook) in workbooks.enumerated() {
              let offset = try workbook.append(piece)
              if index == 0 { first = offset }
            }
            return first
          }
        }
        for writer in csvWriters { try writer.append(rendered) }
        for writer in jsonWriters { try writer.append(rendered) }
        return []
      }[0]
    }
    factsPerKind.merge(rendered.kinds, uniquingKeysWith: +)
    return pieceOffsets
  }

  /// Writes what sums the run up, then publishes every output, or none when anything fails.
  func finish(_ results: [InputResult], summary: () -> RunSummary) throws(PipelineError) {
    let started = Date()
    let config = pipeline.config
    let table = series?.table
    try attempt {
      for workbook in workbooks {
        for result in results { try workbook.write(result.record) }
        if let table { try workbook.write(table) }
      }
      for output in config.outputs where output.format == .series {
        pending.append(
          try SeriesCSVWriter.prepare(
            table ?? SeriesTable(years: [], rows: []), publishing: output.path.url,
            dialect: Pipeline.dialect(output), faults: pipeline.faults))
      }
      for output in config.outputs where output.format == .datapackage {
        let file = try AtomicFile(publishing: output.path.url, faults: pipeline.faults)
        pending.append(file)
        try file.write(contentsOf: pipeline.dataPackage(at: output.path, series: table))
      }
      let documents = try DocumentsCSVWriter(
        publishing: pipeline.documentsURL, faults: pipeline.faults)
      pending.append(documents)
      for result in results { try documents.write(result.record) }
      // Everything is written but the review pages and run.json; publish only if every target
      // can be replaced, so that a failure leaves all previous outputs as they were.
      for url in pipeline.outputFiles { try Pipeline.checkReplaceable(url) }
      let overview = ReviewPageWriter.Overview(
        title: config.name ?? config.baseDirectory.lastPathComponent,
        documentCount: results.count, factsPerKind: factsPerKind,
        quarantined: results.compactMap { result in
          result.record.error.map { (result.record.path, $0.description) }
        },
        series: table)
      for page in reviewPages { try page.complete(overview: overview) }
      seconds += Date().timeIntervalSince(started)
      let runFile = try AtomicFile(publishing: pipeline.runSummaryURL, faults: pipeline.faults)
      pending.append(runFile)
      try runFile.write(contentsOf: summary().encoded())
      for output in pending { try output.commit() }
      pending.removeAll()
      // Sheet pieces by their place in the file, now that the workbook is written.
      let body = workbooks.first?.factsBodyOffset
      sheetPieces = sheetPieces.map { piece in
        guard var piece, let body else { return nil }
        piece.placement.offset += body
        return piece
      }
    }
  }

  /// Discards every temporary file; the previous outputs stay.
  func abandon() {
    for output in pending { output.abandon() }
    pending.removeAll()
  }

  /// Runs `body`, turning a Load error into a ``PipelineError``, and abandons every output
  /// when it fails.
  private func attempt(_ body: () throws -> Void) throws(PipelineError) {
    do {
      try body()
    } catch let error as LoadError {
      abandon()
      throw .load(error)
    } catch let error as PipelineError {
      abandon()
      throw error
    } catch {
      abandon()
      throw .outputFailed("\(error)")
    }
  }
}

