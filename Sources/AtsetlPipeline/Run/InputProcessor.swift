import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import AtsetlTransform
import Crypto
import Foundation

/// Where an input's facts are: in its spool file (the usual case), or in memory when no
/// spool could be written.
enum InputFacts: Sendable, Equatable {
  case inMemory([Fact])
  /// A ``FactSpool`` file with `count` facts.
  case spooled(URL, count: Int)

  static let none = InputFacts.inMemory([])

  var count: Int {
    switch self {
    case .inMemory(let facts): facts.count
    case .spooled(_, let count): count
    }
  }

  /// Calls `body` with the facts in order, a batch (a document's, or a few thousand) at a time.
  ///
  /// - Throws: ``FactSpool/Corrupt`` when the spool cannot be read back, or what `body` throws.
  func forEachBatch(_ body: ([Fact]) throws -> Void) throws {
    switch self {
    case .inMemory(let facts): if !facts.isEmpty { try body(facts) }
    case .spooled(let url, let count):
      try FactSpoolReader.forEachFrame(at: url, expectedFacts: count, body)
    }
  }

  /// All the facts at once (tests and small inputs).
  func all() throws -> [Fact] {
    var all: [Fact] = []
    try forEachBatch { all += $0 }
    return all
  }
}

/// The facts and record of one input file.
struct InputResult: Sendable {
  var source: String
  var record: DocumentRecord
  var facts: InputFacts
  /// Warnings met while reading (a Windows-1252 file decoded, …).
  var diagnostics: [Diagnostic]
  var extractSeconds: Double
  var transformSeconds: Double
  /// Taken from the cache: the input was unchanged since the last published run.
  var reused = false
  /// The input's size and modification time when it was read (for the incremental state).
  var stat: (size: Int, modified: Double)?
  /// The facts already rendered for the fact writers (``InputProcessor/render(_:)``).
  var rendered: RenderedFacts?
  /// How the last published run recorded it, when it is unchanged since (cached): where its
  /// facts went in the outputs.
  var lastPublished: Publication.Input?
  /// The facts themselves when they are few (at most ``InputProcessor/renderLimit``): kept
  /// from reading to rendering, and after it when the series or review page need them.
  var keptFacts: [Fact]?
}

/// Reads one input file through the Extract and Transform stages; never throws.
struct InputProcessor: Sendable {
  let config: PipelineConfig
  let transformer: Transformer
  let state: IncrementalState
  let cache: ResultCache

  /// Threads a batch of one input's documents is transformed on.
  let documentJobs: Int
  /// The last run's outputs, to copy unchanged inputs' rows from.
  let reuse: OutputReuse?

  init(
    config: PipelineConfig, state: IncrementalState = IncrementalState(configHash: "", atsetlVersion: ""),
    cache: ResultCache? = nil, documentJobs: Int = 1, reuse: OutputReuse? = nil
  ) {
    self.reuse = reuse
    self.config = config
    self.documentJobs = max(1, documentJobs)
    self.transformer = Transformer(kinds: config.transform.kinds)
    self.state = state
    self.cache = cache ?? ResultCache(stateFile: config.state.url)
  }

  /// Renders the facts of `result` for the fact writers, on the calling thread, when they are
  /// few enough to hold (at most ``renderLimit``) and the run writes any; the publishing
  /// thread then only appends bytes. A spool that cannot be read back is left to the
  /// publisher, which reports it.
  func render(_ result: inout InputResult, with renderer: FactRenderer, keepingFacts: Bool) {
    defer { if !keepingFacts { result.keptFacts = nil } }
    guard !renderer.isEmpty, result.facts.count <= Self.renderLimit else { return }
    if let reuse, let last = result.lastPublished,
      var rendered = reuse.rendered(
        from: last.placements, sheetPiece: last.sheetPiece, factCount: result.facts.count)
    {
      // The rows, objects and sheet piece as the last run wrote them; the facts only when
      // something still needs them.
      let needsPiece = renderer.rendersWorkbook && rendered.workbookPieces.isEmpty
      if needsPiece || keepingFacts {
        guard let facts = try? result.facts.all() else { return }  // the publisher reports it
        for fact in facts { rendered.kinds[fact.kind, default: 0] += 1 }
        if needsPiece {
          rendered.workbookPieces = [FactXLSXWriter.factsFragment(facts.map(\.fieldValues))]
        }
        result.keptFacts = facts
      }
      result.rendered = rendered
      return
    }
    // All at once: the workbook's pieces are cut by fact count, not by how the spool's
    // frames happen to fall (see ``FactRenderer``).
    guard let facts = try? result.keptFacts ?? result.facts.all() else { return }
    var rendered = RenderedFacts()
    renderer.render(facts, into: &rendered)
    result.rendered = rendered
    if keepingFacts { result.keptFacts = facts }
  }

  /// The most facts of one input rendered ahead of publishing (a spool frame's worth): the
  /// rendered bytes are held until the inputs before it are published. Larger inputs are
  /// rendered by the publisher in pieces of exactly this many facts.
  static let renderLimit = 4096

  /// The input's facts: from the cache when it is unchanged since the last published run,
  /// else read through Extract and Transform into its spool (and cached).
  func process(_ input: InputFile) -> InputResult {
    let stat = IncrementalState.stat(input.url)
    if let stat, let entry = state.reusableInput(at: input.path),
      entry.stamp == Publication.Stamp(size: stat.size, modified: stat.modified),
      var cached = cache.result(for: input, sha256: entry.sha256)
    {
      cached.stat = stat
      cached.lastPublished = entry
      return cached
    }
    var result: InputResult
    do {
      result = try read(input, into: cache.makeSpool(for: input.path))
    } catch {
      // No spool (the state folder is full or read-only): keep the facts in memory.
      result = read(input, into: nil)
    }
    result.stat = stat
    return result
  }

  /// Reads one input through the Extract and Transform stages, its facts into `spool` (in
  /// memory without one, or if writing it fails); never throws.
  func read(_ input: InputFile, into spool: FactSpoolWriter? = nil) -> InputResult {
    let started = Date()
    var facts: [Fact] = []
    var factCount = 0
    var spoolFailed = false
    var diagnostics: [Diagnostic] = []
    var sections: Set<String> = []
    var reportYear: Int?
    var transformSeconds = 0.0
    let source = config.sources.first { $0.id == input.source }
    let options = source.map { config.extractOptions(for: $0) } ?? ExtractOptions()
    // Documents wait in `pending` until a batch is full (an export holds thousands of
    // reports); a batch is transformed on up to `documentJobs` threads, its facts kept in order.
    var pending: [Document] = []
    func transformPending() {
      guard !pending.isEmpty else { return }
      let transformStarted = Date()
      let batch = transformer.facts(in: pending, jobs: documentJobs)
      pending.removeAll(keepingCapacity: true)
      transformSeconds += Date().timeIntervalSince(transformStarted)
      for documentFacts in batch {
        factCount += documentFacts.count
        if let spool, !spoolFailed {
          do { try spool.append(documentFacts) } catch { spoolFailed = true }
          // A few facts stay in memory too, to be rendered without reading the spool back.
          if factCount <= Self.renderLimit { facts += documentFacts } else { facts = [] }
        } else {
          facts += documentFacts
        }
      }
    }
    let digest: String
    do {
      digest = try Self.sha256(of: input.url)
    } catch {
      spool?.abandon()
      return quarantined(input, started: started, Diagnostic(.error, "cannot read: \(error.localizedDescription)", file: input.path))
    }
    do {
      try Extractor.readDocuments(
        at: input.url, displayPath: input.path, format: input.format, options: options
      ) { document in
        diagnostics += document.diagnostics
        reportYear = reportYear ?? document.metadata.reportYear
        for block in document.blocks {
          if let number = block.sectionNumber { sections.insert("\(document.part ?? 0):\(number)") }
        }
        pending.append(document)
        if pending.count >= Self.batchSize { transformPending() }
      }
      transformPending()
    } catch let error as ExtractError {
      spool?.abandon()
      var result = quarantined(input, started: started, error.diagnostic)
      result.record.sha256 = digest
      return result
    } catch {
      spool?.abandon()
      var result = quarantined(input, started: started, Diagnostic(.error, "\(error)", file: input.path))
      result.record.sha256 = digest
      return result
    }
    let record = DocumentRecord(
      path: input.path, format: input.format, sha256: digest, reportYear: reportYear,
      sections: sections.count, facts: factCount)
    var result = InputResult(
      source: input.source, record: record, facts: .inMemory(facts), diagnostics: diagnostics,
      extractSeconds: Date().timeIntervalSince(started) - transformSeconds,
      transformSeconds: transformSeconds)
    if let spool {
      do {
        guard !spoolFailed else { throw FactSpool.Corrupt(path: spool.url.path, reason: "write failed") }
        try cache.finish(spool, for: result)
        result.facts = .spooled(spool.url, count: spool.factCount)
        if factCount <= Self.renderLimit { result.keptFacts = facts }
      } catch {
        // The spool is incomplete: read the input again with its facts in memory.
        spool.abandon()
        return read(input, into: nil)
      }
    }
    return result
  }

  private func quarantined(_ input: InputFile, started: Date, _ diagnostic: Diagnostic)
    -> InputResult
  {
    InputResult(
      source: input.source,
      record: DocumentRecord(path: input.path, format: input.format, sha256: "", error: diagnostic),
      facts: .none, diagnostics: [], extractSeconds: Date().timeIntervalSince(started),
      transformSeconds: 0)
  }

  /// Documents of one input transformed together.
  static let batchSize = 32

  /// SHA-256 of a file, read in 1 MiB chunks so that memory does not grow with its size.
  static func sha256(of url: URL) throws -> String {
    let handle = try FileHandle(forReadingFrom: url)
    defer { try? handle.close() }
    var hasher = SHA256()
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      hasher.update(data: chunk)
    }
    return hasher.finalize().hexString
  }
}

extension Transformer {
  /// The facts of each of `documents`, in order, transformed on up to `jobs` threads.
  func facts(in documents: [Document], jobs: Int) -> [[Fact]] {
    let lanes = max(1, min(jobs, documents.count))
    let parts = Lanes.run(lanes) { lane in
      stride(from: lane, to: documents.count, by: lanes).map { ($0, facts(in: documents[$0])) }
    }
    var results = [[Fact]](repeating: [], count: documents.count)
    for part in parts { for (index, facts) in part { results[index] = facts } }
    return results
  }
}
