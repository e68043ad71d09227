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

  /// The state file's own format version (2: `published`, and times from `stat(2)`; 3: the
  /// cache holds binary fact spools).
  package static let formatVersion = 3

  package var version: Int
  /// SHA-256 of the pipeline.json the results were made with; another config invalidates all.
  package var configHash: String
  /// atsetl version the results were made with; another version invalidates all.
  package var atsetlVersion: String
  package var inputs: [String: Entry]
  /// What the run that saved this state published; with it a run whose inputs and outputs
  /// are all as they were only rewrites run.json.
  package var published: Publication?

  package init(
    configHash: String, atsetlVersion: String, inputs: [String: Entry] = [:],
    published: Publication? = nil
  ) {
    self.version = Self.formatVersion
    self.configHash = configHash
    self.atsetlVersion = atsetlVersion
    self.inputs = inputs
    self.published = published
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
  ///
  /// `stat(2)` directly: a no-change run stats every input and output, and FileManager's
  /// attribute dictionary costs several times more per file.
  package static func stat(_ url: URL) -> (size: Int, modified: Double)? {
    FileProbe.regularFile(at: url.path)
  }
}
