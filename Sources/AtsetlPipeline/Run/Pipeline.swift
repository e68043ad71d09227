import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import AtsetlTransform
import Crypto
import Foundation
import Logging

/// The nightly job: discover inputs, extract and transform them in parallel, publish outputs.
///
/// ```swift
/// let pipeline = Pipeline(config: try PipelineConfig.load(from: url), logger: logger)
/// let report = try await pipeline.run(RunOptions(jobs: 2))
/// if !report.quarantined.isEmpty { exit(3) }
/// ```
package struct Pipeline: Sendable {
  /// The version written to run.json and printed by `--version`.
  package static let version = "0.1.0"

  /// What the incremental state must have been saved by: the version, and the size and
  /// modification time of the running executable, so that a rebuilt atsetl (a grammar fix
  /// without a new version number) reads every input again instead of reusing old facts.
  static let build: String = {
    guard let path = Bundle.main.executablePath, let stamp = FileProbe.regularFile(at: path)
    else { return version }
    return "\(version) (\(stamp.size) bytes, \(stamp.modified))"
  }()

  package let config: PipelineConfig
  package let logger: Logger
  package let faults: FaultInjection
  /// Called after each input is read, with the number done and the total (for a progress line).
  package let progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

  package init(
    config: PipelineConfig, logger: Logger, faults: FaultInjection = .none,
    progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
  ) {
    self.config = config
    self.logger = logger
    self.faults = faults
    self.progress = progress
  }

  // MARK: - Plan

  /// The inputs the sources match, in order, without reading them. Files matched by two
  /// sources are read once (by the first); `warnings` says so.
  package func discoverInputs() throws(PipelineError) -> (inputs: [InputFile], warnings: [String])
  {
    var inputs: [InputFile] = []
    var seen: [String: String] = [:]
    var warnings: [String] = []
    var base = config.baseDirectory.standardizedFileURL.path
    if !base.hasSuffix("/") { base += "/" }
    for source in config.sources {
      let files: [URL]
      do {
        files = try InputDiscovery.files(matching: source.paths, relativeTo: config.baseDirectory)
      } catch {
        throw .discoveryFailed(source: source.id, reason: error.description)
      }
      if files.isEmpty {
        if source.isOptional {
          warnings.append("source \(source.id): no input file matches \(source.paths.joined(separator: ", "))")
        } else {
          throw .noInputs(source: source.id, patterns: source.paths)
        }
      }
      for file in files {
        // Discovered paths are standard already: strip the base once computed.
        let path =
          file.path.hasPrefix(base)
          ? String(file.path.dropFirst(base.count))
          : InputDiscovery.relativePath(of: file, to: config.baseDirectory)
        if let first = seen[path] {
          warnings.append("\(path): matched by sources \(first) and \(source.id); read as \(first)")
          continue
        }
        seen[path] = source.id
        inputs.append(InputFile(source: source.id, format: source.format, url: file, path: path))
      }
    }
    return (inputs.sorted { $0.path < $1.path }, warnings)
  }

  /// The files a run writes: the configured outputs, then documents.csv and run.json.
  package var outputFiles: [URL] {
    config.outputs.map(\.path.url) + [documentsURL, runSummaryURL]
  }

  /// The files whose state a no-change run checks: every output except run.json.
  var publishedFiles: [URL] { config.outputs.map(\.path.url) + [documentsURL] }

  var documentsURL: URL { config.outputDirectory.url.appendingPathComponent("documents.csv") }
  var runSummaryURL: URL { config.outputDirectory.url.appendingPathComponent("run.json") }

  // MARK: - Run

  /// Runs the job once and publishes every output atomically.
  ///
  /// A document that cannot be read is quarantined (recorded in documents.csv and run.json)
  /// and the others are processed. Any thrown error leaves the previous outputs untouched.
  package func run(_ options: RunOptions) async throws(PipelineError) -> RunReport {
    let started = Date()
    let lock = try RunLock(at: config.lock.url)
    defer { lock.release() }
    var warnings: [String] = []
    if let holder = lock.tookOverFrom {
      let message = "\(config.lock.written): took over a stale lock (\(holder))"
      logger.warning("\(message)")
      warnings.append(message)
    }
    removeLeftovers()
    let (inputs, discoveryWarnings) = try discoverInputs()
    warnings += discoveryWarnings
    for warning in discoveryWarnings { logger.warning("\(warning)") }
    logger.info("discovered \(inputs.count) input files")

    let stateURL = config.state.url
    let state =
      options.full
      ? IncrementalState(configHash: options.configHash, atsetlVersion: Self.build)
      : IncrementalState.load(
        from: stateURL, configHash: options.configHash, atsetlVersion: Self.build)
    if !options.full, let published = state.published,
      published.isCurrent(for: inputs, outputFiles: publishedFiles)
    {
      return try republishSummary(published, options: options, started: started, warnings: warnings)
    }
    let cache = ResultCache(stateFile: stateURL)
    var reading = state
    var hasRetried = false
    var results: [InputResult] = []
    var publisher = try Publisher(self, jobs: options.jobs)
    while true {
      do {
        results = try await process(inputs, jobs: options.jobs, state: reading, cache: cache) {
          try publisher.add($0)
        }
        break
      } catch let corrupt as FactSpool.Corrupt where hasRetried || !state.hasReusableInputs {
        // A spool written by this very run cannot be read back: the state folder's disk fails.
        publisher.abandon()
        throw .state(path: config.state.written, reason: corrupt.description)
      } catch let corrupt as FactSpool.Corrupt {
        // A cached spool cannot be read back: start again, reading every input.
        publisher.abandon()
        logger.warning("\(corrupt.description); reading every input again")
        reading = IncrementalState(configHash: options.configHash, atsetlVersion: Self.build)
        hasRetried = true
        publisher = try Publisher(self, jobs: options.jobs)
      } catch let error as PipelineError {
        publisher.abandon()
        throw error
      } catch {
        publisher.abandon()
        throw .outputFailed("\(error)")
      }
    }
    let reused = results.filter(\.reused).count
    if reused > 0 { logger.info("reused \(reused) unchanged inputs (use --full to read them again)") }
    let extractSeconds = results.reduce(0) { $0 + $1.extractSeconds }
    let transformSeconds = results.reduce(0) { $0 + $1.transformSeconds }
    for result in results {
      for diagnostic in result.diagnostics {
        warnings.append(diagnostic.description)
        logger.warning("\(diagnostic.description)")
      }
      if let error = result.record.error { logger.error("quarantined \(error.description)") }
    }

    try publisher.finish(results) {
      summary(
        of: results.lazy.map { ($0.source, $0.record) }, options: options, started: started,
        warnings: warnings,
        durations: .init(
          extract: extractSeconds, transform: transformSeconds, load: publisher.seconds))
    }
    // The outputs are published: a state that cannot be saved only costs the next run a full
    // read, so it is a warning, not a failure.
    do {
      try saveState(
        results, inputs: inputs, placements: publisher.placements,
        sheetPieces: publisher.sheetPieces, configHash: options.configHash, cache: cache)
    } catch {
      logger.warning("\(error.description); the next run reads every input again")
    }
    let report = RunReport(
      records: results.map(\.record), factCount: results.reduce(0) { $0 + $1.facts.count },
      warnings: warnings, reused: reused)
    logger.info(
      "wrote \(report.factCount) facts from \(report.records.count) inputs (\(report.quarantined.count) quarantined)")
    return report
  }

  /// The run when no input changed since the last published run and every output is still
  /// as it was published: the outputs already hold what a full run would write, so they are
  /// left alone (not even rewritten) and only run.json is written, from the saved state.
  private func republishSummary(
    _ published: Publication, options: RunOptions, started: Date, warnings: [String]
  ) throws(PipelineError) -> RunReport {
    var warnings = warnings
    for input in published.inputs {
      for warning in input.warnings {
        warnings.append(warning)
        logger.warning("\(warning)")
      }
      if let error = input.error { logger.error("quarantined \(error.description)") }
    }
    logger.info("no input or output changed since the last run; only run.json is written")
    let loadStarted = Date()
    let records = published.inputs.map(\.record)
    let sources = published.inputs.map(\.source)
    do {
      let file = try AtomicFile(publishing: runSummaryURL, faults: faults)
      do {
        try file.write(
          contentsOf: summary(
            of: zip(sources, records), options: options, started: started, warnings: warnings,
            durations: .init(extract: 0, transform: 0, load: Date().timeIntervalSince(loadStarted))
          ).encoded())
        try Self.checkReplaceable(runSummaryURL)
        try file.commit()
      } catch {
        file.abandon()
        throw error
      }
    } catch let error as LoadError {
      throw .load(error)
    } catch {
      throw .outputFailed("\(error)")
    }
    let report = RunReport(
      records: records, factCount: records.reduce(0) { $0 + $1.facts }, warnings: warnings,
      reused: records.count)
    logger.info(
      "kept \(report.factCount) facts from \(report.records.count) inputs (\(report.quarantined.count) quarantined)")
    return report
  }

  /// Saves what this published run read, so the next run can skip unchanged inputs, and
  /// what it published, so that a run where nothing changed can skip publishing.
  private func saveState(
    _ results: [InputResult], inputs: [InputFile], placements: [[Placement]],
    sheetPieces: [SheetPiece?], configHash: String, cache: ResultCache
  ) throws(PipelineError) {
    var published: [Publication.Input] = []
    for (index, (input, result)) in zip(inputs, results).enumerated() {
      guard let stat = result.stat ?? IncrementalState.stat(input.url) else { continue }
      let record = result.record
      published.append(
        .init(
          source: input.source, path: input.path, format: input.format,
          stamp: .init(size: stat.size, modified: stat.modified), sha256: record.sha256,
          reportYear: record.reportYear, sections: record.sections, facts: record.facts,
          error: record.error, warnings: result.diagnostics.map(\.description),
          placements: placements.indices.contains(index) ? placements[index] : [],
          sheetPiece: sheetPieces.indices.contains(index) ? sheetPieces[index] : nil))
    }
    var outputs: [String: Publication.Stamp] = [:]
    for url in publishedFiles { outputs[url.path] = Publication.Stamp(of: url) }
    // Outputs only when every input and output could be stamped; else the next run publishes
    // again.
    let isComplete = published.count == inputs.count && outputs.count == publishedFiles.count
    let state = IncrementalState(
      configHash: configHash, atsetlVersion: Self.build, inputs: published,
      outputs: isComplete ? outputs : nil)
    cache.prune(keeping: inputs.map(\.path))
    do {
      try FileManager.default.createDirectory(
        at: config.state.url.deletingLastPathComponent(), withIntermediateDirectories: true)
      let file = try AtomicFile(publishing: config.state.url, faults: .none)
      try file.write(contentsOf: Data(state.encoded()))
      try file.commit()
    } catch {
      throw .state(path: config.state.written, reason: "\(error)")
    }
  }

  /// Extracts and transforms `inputs` with at most `jobs` at a time; results in input order.
  /// Inputs unchanged since the last published run (`state`) come from `cache`.
  ///
  /// `publish` gets each result in input order as soon as it and those before it are done,
  /// and runs while the next inputs are read; with one job, reading and publishing take turns.
  func process(
    _ inputs: [InputFile], jobs: Int, state: IncrementalState, cache: ResultCache,
    publish: (InputResult) throws -> Void = { _ in }
  ) async throws -> [InputResult] {
    let renderer = factRenderer
    let worker = InputProcessor(
      config: config, state: state, cache: cache, documentJobs: jobs,
      reuse: OutputReuse(config: config, renderer: renderer, state: state))
    let keepsFacts = !config.metrics.isEmpty || config.outputs.contains { $0.format == .review }
    @Sendable func read(_ input: InputFile) -> InputResult {
      var result = worker.process(input)
      worker.render(&result, with: renderer, keepingFacts: keepsFacts)
      return result
    }
    guard jobs > 1 else {
      var results: [InputResult] = []
      for (index, input) in inputs.enumerated() {
        var result = read(input)
        try publish(result)
        result.rendered = nil
        result.keptFacts = nil
        results.append(result)
        progress?(index + 1, inputs.count)
      }
      return results
    }
    return try await withThrowingTaskGroup(of: (Int, InputResult).self) { group in
      var results = [InputResult?](repeating: nil, count: inputs.count)
      var next = 0
      var published = 0
      // Inputs read ahead of the oldest unpublished one hold their rendered facts in memory:
      // at most `window` of them, so a slow input cannot make memory grow with the corpus.
      let window = max(8, jobs * 4)
      var running = 0
      func addTasks() {
        while running < jobs, next < inputs.count, next < published + window {
          let index = next
          let input = inputs[index]
          group.addTask { (index, read(input)) }
          next += 1
          running += 1
        }
      }
      addTasks()
      var done = 0
      while let (index, result) = try await group.next() {
        running -= 1
        results[index] = result
        done += 1
        progress?(done, inputs.count)
        while published < inputs.count, let ready = results[published] {
          try publish(ready)
          // Published: keep only what the run's summary and state need.
          results[published]?.rendered = nil
          results[published]?.keptFacts = nil
          published += 1
        }
        addTasks()
      }
      return results.compactMap { $0 }
    }
  }

  /// Removes temporary files and folders that a killed run left in the output and state
  /// folders (`.facts.csv.tmp-<pid>-…`, `.facts.xlsx.parts-<pid>-…`) when their process is gone.
  /// Called while holding the lock, so no live run of this config owns them.
  private func removeLeftovers() {
    var folders = Set(outputFiles.map { $0.deletingLastPathComponent().standardizedFileURL })
    folders.insert(config.state.url.deletingLastPathComponent().standardizedFileURL)
    for folder in folders {
      guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
        continue
      }
      for name in names where name.hasPrefix(".") {
        guard let pid = Self.temporaryOwner(of: name), !RunLock.isAlive(pid) else { continue }
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        logger.info("removed \(name), left in \(folder.path) by a run that was killed")
      }
    }
  }

  /// The process id in a temporary name written by AtomicFile or the XLSX writer.
  static func temporaryOwner(of name: String) -> pid_t? {
    for marker in [".tmp-", ".parts-"] {
      guard let range = name.range(of: marker) else { continue }
      let digits = name[range.upperBound...].prefix { $0.isNumber }
      return pid_t(digits)
    }
    return nil
  }

  /// `datapackage.json` (Frictionless) describing every CSV this run writes.
  func dataPackage(at location: ConfigPath, series: SeriesTable?) throws -> Data {
    var resources: [DataPackageResource] = []
    for output in config.outputs where output.format.isCSV {
      let table: DataPackageTable =
        output.format == .series ? .series(years: series?.years ?? []) : .facts
      resources.append(
        try DataPackageResource(
          file: output.path.url, package: location.url, dialect: Self.dialect(output),
          table: table))
    }
    resources.append(
      try DataPackageResource(file: documentsURL, package: location.url, table: .documents))
    let descriptor = try DataPackageWriter.descriptor(
      name: config.name ?? DataPackageWriter.defaultName, resources: resources,
      packagePath: location.written)
    return try DataPackageWriter.encoded(descriptor, packagePath: location.written)
  }

  /// The Load stage's dialect for a CSV output.
  /// Renders facts for this run's CSV, JSON and workbook outputs.
  var factRenderer: FactRenderer {
    FactRenderer(
      csvDialects: config.outputs.filter { $0.format == .csv }.map(Self.dialect),
      json: config.outputs.contains { $0.format == .json },
      workbook: config.outputs.contains { $0.format == .xlsx })
  }

  static func dialect(_ output: OutputConfig) -> CSVDialect {
    output.dialect == .excelNB ? .excelNorwegian : .rfc4180
  }

  /// Throws when `url` exists but cannot be replaced by a rename (a folder stands there).
  static func checkReplaceable(_ url: URL) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw LoadError.publishFailed(path: url.path, errno: EISDIR)
    }
  }

  /// The content of run.json for the inputs' records (source id, documents.csv row).
  private func summary(
    of records: some Sequence<(String, DocumentRecord)>, options: RunOptions, started: Date,
    warnings: [String], durations: RunSummary.Durations
  ) -> RunSummary {
    var counts: [String: RunSummary.Counts] = [:]
    for source in config.sources { counts[source.id] = RunSummary.Counts() }
    var quarantined: [RunSummary.QuarantinedDocument] = []
    for (source, record) in records {
      counts[source, default: RunSummary.Counts()].documents += 1
      counts[source, default: RunSummary.Counts()].facts += record.facts
      if let error = record.error {
        counts[source, default: RunSummary.Counts()].quarantined += 1
        quarantined.append(
          .init(path: record.path, line: error.line, column: error.column, reason: error.message))
      }
    }
    return RunSummary(
      atsetlVersion: Self.version, configHash: options.configHash, startedAt: started,
      finishedAt: Date(), durations: durations, sources: counts, warnings: warnings,
      quarantined: quarantined)
  }
}

/// An output written to a temporary file and not yet published.
protocol PendingOutput {
  func commit() throws
  func abandon()
}

extension FactCSVWriter: PendingOutput {}
extension FactJSONWriter: PendingOutput {}
extension DocumentsCSVWriter: PendingOutput {}
extension AtomicFile: PendingOutput {}
extension FactXLSXWriter: PendingOutput {}
extension CSVTableWriter: PendingOutput {}
extension ReviewPageWriter: PendingOutput {}
