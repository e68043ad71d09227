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
  struct Entry: Equatable {
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
    folder.appendingPathComponent(spoolName(for: path))
  }

  /// The spool's file name in ``folder``.
  private func spoolName(for path: String) -> String {
    "\(name(for: path)).facts"
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
      let entry = Entry.decode(trailer),
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
    try spool.finish(trailer: entry.encoded())
  }

  /// Removes the cache files of inputs that are gone.
  func prune(keeping paths: [String]) {
    // Names, not URLs: building 10 000 URLs was most of what saving the state cost.
    let kept = Set(paths.map(spoolName))
    guard let entries = FileProbe.entries(of: folder.path).entries else { return }
    for (file, _) in entries where !kept.contains(file) {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))
    }
  }
}

/// A cache entry as the trailer of its spool: JSON with its keys in a fixed order, written and
/// read by hand (`JSONDecoder` on every unchanged input's trailer was a tenth of a rerun).
/// Anything else, such as a trailer from an older atsetl, reads as no entry.
extension ResultCache.Entry {
  func encoded() -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.append(contentsOf: #"{"source":"#.utf8)
    JSONText.append(string: source, to: &bytes)
    bytes.append(contentsOf: #","path":"#.utf8)
    JSONText.append(string: path, to: &bytes)
    bytes.append(contentsOf: #","format":"#.utf8)
    JSONText.append(string: format.rawValue, to: &bytes)
    bytes.append(contentsOf: #","sha256":"#.utf8)
    JSONText.append(string: sha256, to: &bytes)
    bytes.append(contentsOf: #","reportYear":"#.utf8)
    StateFileWriter.append(reportYear, to: &bytes)
    bytes.append(contentsOf: #","sections":"#.utf8)
    bytes.append(decimal: sections)
    bytes.append(contentsOf: #","factCount":"#.utf8)
    bytes.append(decimal: factCount)
    bytes.append(contentsOf: #","error":"#.utf8)
    StateFileWriter.append(error, to: &bytes)
    bytes.append(contentsOf: #","diagnostics":["#.utf8)
    for (index, diagnostic) in diagnostics.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      StateFileWriter.append(diagnostic, to: &bytes)
    }
    bytes.append(contentsOf: "]}".utf8)
    return bytes
  }

  static func decode(_ bytes: [UInt8]) -> Self? {
    var reader = StateFileReader(bytes)
    do {
      try reader.expect(#"{"source":"#)
      let source = try reader.string()
      try reader.expect(#","path":"#)
      let path = try reader.string()
      try reader.expect(#","format":"#)
      guard let format = SourceFormat(rawValue: try reader.string()) else { return nil }
      try reader.expect(#","sha256":"#)
      let sha256 = try reader.string()
      try reader.expect(#","reportYear":"#)
      let reportYear = try reader.optionalInteger()
      try reader.expect(#","sections":"#)
      let sections = try reader.integer()
      try reader.expect(#","factCount":"#)
      let factCount = try reader.integer()
      try reader.expect(#","error":"#)
      let error = try reader.optionalDiagnostic()
      try reader.expect(#","diagnostics":["#)
      let diagnostics = try reader.elements { reader throws(StateFileReader.Malformed) in
        guard let diagnostic = try reader.optionalDiagnostic() else { throw .init() }
        return diagnostic
      }
      try reader.expect("}")
      guard reader.isAtEnd else { return nil }
      return Self(
        source: source, path: path, format: format, sha256: sha256, reportYear: reportYear,
        sections: sections, error: error, diagnostics: diagnostics, factCount: factCount)
    } catch {
      return nil
    }
  }
}
