import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import AtsetlTransform
import Crypto
import Foundation

/// The facts and record of one input file.
struct InputResult: Sendable {
  var source: String
  var record: DocumentRecord
  var facts: [Fact]
  /// Warnings met while reading (a Windows-1252 file decoded, …).
  var diagnostics: [Diagnostic]
  var extractSeconds: Double
  var transformSeconds: Double
  /// Taken from the cache: the input was unchanged since the last published run.
  var reused = false
  /// The input's size and modification time when it was read (for the incremental state).
  var stat: (size: Int, modified: Double)?
}

/// Reads one input file through the Extract and Transform stages; never throws.
struct InputProcessor: Sendable {
  let config: PipelineConfig
  let transformer: Transformer
  let state: IncrementalState
  let cache: ResultCache

  init(
    config: PipelineConfig, state: IncrementalState = IncrementalState(configHash: "", atsetlVersion: ""),
    cache: ResultCache? = nil
  ) {
    self.config = config
    self.transformer = Transformer(kinds: config.transform.kinds)
    self.state = state
    self.cache = cache ?? ResultCache(stateFile: config.state.url)
  }

  /// The input's facts: from the cache when it is unchanged since the last published run,
  /// else read through Extract and Transform (and cached).
  func process(_ input: InputFile) -> InputResult {
    let stat = IncrementalState.stat(input.url)
    if let stat, let entry = state.inputs[input.path], entry.size == stat.size,
      entry.modified == stat.modified, var cached = cache.result(for: input, sha256: entry.sha256)
    {
      cached.stat = stat
      return cached
    }
    var result = read(input)
    result.stat = stat
    if result.record.error == nil { cache.store(result) }
    return result
  }

  /// Reads one input through the Extract and Transform stages; never throws.
  func read(_ input: InputFile) -> InputResult {
    let started = Date()
    var facts: [Fact] = []
    var diagnostics: [Diagnostic] = []
    var sections: Set<String> = []
    var reportYear: Int?
    var transformSeconds = 0.0
    let source = config.sources.first { $0.id == input.source }
    let options = source.map { config.extractOptions(for: $0) } ?? ExtractOptions()
    let digest: String
    do {
      digest = try Self.sha256(of: input.url)
    } catch {
      return quarantined(input, started: started, Diagnostic(.error, "cannot read: \(error.localizedDescription)", file: input.path))
    }
    do {
      try Extractor.readDocuments(
        at: input.url, displayPath: input.path, format: input.format, options: options
      ) { document in
        let transformStarted = Date()
        facts += transformer.facts(in: document)
        transformSeconds += Date().timeIntervalSince(transformStarted)
        diagnostics += document.diagnostics
        reportYear = reportYear ?? document.metadata.reportYear
        for block in document.blocks {
          if let number = block.sectionNumber { sections.insert("\(document.part ?? 0):\(number)") }
        }
      }
    } catch let error as ExtractError {
      var result = quarantined(input, started: started, error.diagnostic)
      result.record.sha256 = digest
      return result
    } catch {
      var result = quarantined(input, started: started, Diagnostic(.error, "\(error)", file: input.path))
      result.record.sha256 = digest
      return result
    }
    let record = DocumentRecord(
      path: input.path, format: input.format, sha256: digest, reportYear: reportYear,
      sections: sections.count, facts: facts.count)
    return InputResult(
      source: input.source, record: record, facts: facts, diagnostics: diagnostics,
      extractSeconds: Date().timeIntervalSince(started) - transformSeconds,
      transformSeconds: transformSeconds)
  }

  private func quarantined(_ input: InputFile, started: Date, _ diagnostic: Diagnostic)
    -> InputResult
  {
    InputResult(
      source: input.source,
      record: DocumentRecord(path: input.path, format: input.format, sha256: "", error: diagnostic),
      facts: [], diagnostics: [], extractSeconds: Date().timeIntervalSince(started),
      transformSeconds: 0)
  }

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
