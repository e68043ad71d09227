import AtsetlModel
import Foundation

/// What the last published run read: per input path its size, modification time and SHA-256.
///
/// Saved (atomically) only after a run has published its outputs, so a failed or killed run
/// never makes the next one skip an input whose facts were not published. An input whose
/// size and modification time match its entry, and whose cached result is present and has the
/// same SHA-256, is not read again.
package struct IncrementalState: Sendable, Codable, Equatable {
  /// One input as the last published run saw it.
  package struct Entry: Sendable, Codable, Equatable {
    package var size: Int
    /// Seconds since 1970, as the file system reports them.
    package var modified: Double
    package var sha256: String
  }

  /// The state file's own format version.
  package static let formatVersion = 1

  package var version: Int
  /// SHA-256 of the pipeline.json the results were made with; another config invalidates all.
  package var configHash: String
  /// atsetl version the results were made with; another version invalidates all.
  package var atsetlVersion: String
  package var inputs: [String: Entry]

  package init(configHash: String, atsetlVersion: String, inputs: [String: Entry] = [:]) {
    self.version = Self.formatVersion
    self.configHash = configHash
    self.atsetlVersion = atsetlVersion
    self.inputs = inputs
  }

  /// The state at `url` if it exists, decodes and was made with this config and version;
  /// otherwise an empty state (everything is read again).
  package static func load(from url: URL, configHash: String, atsetlVersion: String) -> Self {
    let empty = Self(configHash: configHash, atsetlVersion: atsetlVersion)
    guard let data = try? Data(contentsOf: url),
      let state = try? JSONDecoder().decode(Self.self, from: data),
      state.version == formatVersion, state.configHash == configHash,
      state.atsetlVersion == atsetlVersion
    else { return empty }
    return state
  }

  /// The size and modification time of `url`, or nil when it cannot be read.
  package static func stat(_ url: URL) -> (size: Int, modified: Double)? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
      let size = (attributes[.size] as? NSNumber)?.intValue,
      let modified = attributes[.modificationDate] as? Date
    else { return nil }
    return (size, modified.timeIntervalSince1970)
  }
}
