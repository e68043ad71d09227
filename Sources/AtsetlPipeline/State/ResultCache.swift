import AtsetlLoad
import AtsetlModel
import Crypto
import Foundation

/// The facts and record of each input from the last runs, one file per input path, so that
/// an unchanged input's facts are reused instead of extracted again.
///
/// Files live in `<state folder>/cache/`, named by a hash of the input path. A cache file is
/// written as soon as its input is read; it is trusted only when the saved state (written
/// after publishing) names the same SHA-256.
struct ResultCache: Sendable {
  let folder: URL

  init(stateFile: URL) {
    folder = stateFile.deletingLastPathComponent().appendingPathComponent("cache")
  }

  /// What is stored per input.
  struct Entry: Codable {
    var source: String
    var path: String
    var format: SourceFormat
    var sha256: String
    var reportYear: Int?
    var sections: Int
    var error: Diagnostic?
    var diagnostics: [Diagnostic]
    var facts: [Fact]
  }

  func url(for path: String) -> URL {
    let digest = SHA256.hash(data: Data(path.utf8)).prefix(12).hexString
    return folder.appendingPathComponent("\(digest).json")
  }

  /// The cached result of `input`, if present and made from content with `sha256`.
  func result(for input: InputFile, sha256: String) -> InputResult? {
    guard let data = try? Data(contentsOf: url(for: input.path)),
      let entry = try? JSONDecoder().decode(Entry.self, from: data),
      entry.sha256 == sha256, entry.path == input.path, entry.format == input.format
    else { return nil }
    let record = DocumentRecord(
      path: entry.path, format: entry.format, sha256: entry.sha256, reportYear: entry.reportYear,
      sections: entry.sections, facts: entry.facts.count, error: entry.error)
    return InputResult(
      source: input.source, record: record, facts: entry.facts, diagnostics: entry.diagnostics,
      extractSeconds: 0, transformSeconds: 0, reused: true)
  }

  /// Stores `result`; a failure only costs a re-extraction next time.
  func store(_ result: InputResult) {
    let entry = Entry(
      source: result.source, path: result.record.path, format: result.record.format,
      sha256: result.record.sha256, reportYear: result.record.reportYear,
      sections: result.record.sections, error: result.record.error,
      diagnostics: result.diagnostics, facts: result.facts)
    guard let data = try? Self.encoded(entry) else { return }
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? data.write(to: url(for: result.record.path), options: .atomic)
  }

  /// Removes the cache files of inputs that are gone.
  /// `entry` as JSON that `JSONDecoder` reads back as an `Entry`. The facts, which are nearly
  /// all of it, are written by the Load stage's fact writer (`Fact.jsonObject`, the keys of
  /// `Fact`'s `Codable` form); `JSONEncoder` for all of it cost a tenth of a full run.
  static func encoded(_ entry: Entry) throws -> Data {
    func optional(_ value: (some Encodable)?) throws -> String {
      guard let value else { return "null" }
      return String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
    var json = "{\"source\":" + JSONText.string(entry.source)
    json += ",\"path\":" + JSONText.string(entry.path)
    json += ",\"format\":" + JSONText.string(entry.format.rawValue)
    json += ",\"sha256\":" + JSONText.string(entry.sha256)
    json += ",\"reportYear\":" + (entry.reportYear.map(String.init) ?? "null")
    json += ",\"sections\":\(entry.sections)"
    json += ",\"error\":" + (try optional(entry.error))
    json += ",\"diagnostics\":" + (try optional(entry.diagnostics))
    json += ",\"facts\":[" + entry.facts.map(\.jsonObject).joined(separator: ",") + "]}"
    return Data(json.utf8)
  }

  func prune(keeping paths: [String]) {
    let kept = Set(paths.map { url(for: $0).lastPathComponent })
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return
    }
    for name in names where name.hasSuffix(".json") && !kept.contains(name) {
      try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
    }
  }
}
