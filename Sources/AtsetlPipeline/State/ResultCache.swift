import AtsetlLoad
import AtsetlModel
import Crypto
import Foundation

/// The facts and record of each input from the last runs, so that an unchanged input's facts
/// are reused instead of extracted again.
///
/// Per input path, in `<state folder>/cache/`, named by a hash of the path: `<hash>.facts`, the
/// input's ``FactSpool`` (written while the input is read, and what the writers read), ending
/// with its record as JSON. An entry is trusted only when the saved state (written after
/// publishing) names the same SHA-256, and its spool holds the number of facts the record says.
struct ResultCache: Sendable {
  let folder: URL

  init(stateFile: URL) {
    folder = stateFile.deletingLastPathComponent().appendingPathComponent("cache")
  }

  /// What is stored per input besides its facts.
  struct Entry: Codable {
    var source: String
    var path: String
    var format: SourceFormat
    var sha256: String
    var reportYear: Int?
    var sections: Int
    var error: Diagnostic?
    var diagnostics: [Diagnostic]
    var factCount: Int
  }

  private func name(for path: String) -> String {
    SHA256.hash(data: Data(path.utf8)).prefix(12).hexString
  }

  /// The spool file of `path`.
  func spoolURL(for path: String) -> URL {
    folder.appendingPathComponent("\(name(for: path)).facts")
  }

  /// A new spool for `path`'s facts (creating the cache folder the first time it is missing,
  /// not once per input).
  func makeSpool(for path: String) throws -> FactSpoolWriter {
    do {
      return try FactSpoolWriter(url: spoolURL(for: path))
    } catch {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      return try FactSpoolWriter(url: spoolURL(for: path))
    }
  }

  /// The cached result of `input`, if present and made from content with `sha256`.
  func result(for input: InputFile, sha256: String) -> InputResult? {
    let spool = spoolURL(for: input.path)
    guard let trailer = FactSpoolReader.trailer(at: spool),
      let entry = try? JSONDecoder().decode(Entry.self, from: Data(trailer)),
      entry.sha256 == sha256, entry.path == input.path, entry.format == input.format
    else { return nil }
    let record = DocumentRecord(
      path: entry.path, format: entry.format, sha256: entry.sha256, reportYear: entry.reportYear,
      sections: entry.sections, facts: entry.factCount, error: entry.error)
    return InputResult(
      source: input.source, record: record, facts: .spooled(spool, count: entry.factCount),
      diagnostics: entry.diagnostics, extractSeconds: 0, transformSeconds: 0, reused: true)
  }

  /// Ends `spool` with `result`'s record, so that the next run can reuse it.
  func finish(_ spool: FactSpoolWriter, for result: InputResult) throws {
    let entry = Entry(
      source: result.source, path: result.record.path, format: result.record.format,
      sha256: result.record.sha256, reportYear: result.record.reportYear,
      sections: result.record.sections, error: result.record.error,
      diagnostics: result.diagnostics, factCount: spool.factCount)
    try spool.finish(trailer: Array(JSONEncoder().encode(entry)))
  }

  /// Removes the cache files of inputs that are gone.
  func prune(keeping paths: [String]) {
    let kept = Set(paths.map { spoolURL(for: $0).lastPathComponent })
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return
    }
    for file in names where !kept.contains(file) {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))
    }
  }
}
