import AtsetlModel
import Foundation

/// What the last published run read and wrote: per input its source, stamp (size and
/// modification time), SHA-256 and documents.csv record, and the stamp of every output.
///
/// Saved (atomically) only after a run has published its outputs, so a failed or killed run
/// never makes the next one skip an input whose facts were not published. An input whose
/// stamp matches its entry, and whose cached result is present and has the same SHA-256, is
/// not read again. When every input and every output is as it was, the run skips reading and
/// publishing altogether (``published``).
///
/// The file is JSON written and read by ``encoded()`` and ``decode(_:)``, one line per input:
/// a no-change run of 10 000 inputs spent most of its time in `JSONDecoder` on it.
package struct IncrementalState: Sendable, Equatable {
  /// The state file's own format version (2: `published`, and times from `stat(2)`; 3: the
  /// cache holds binary fact spools; 5: one list of inputs, read without `JSONDecoder`, with
  /// each input's placements in the outputs).
  package static let formatVersion = 5

  package var version: Int
  /// SHA-256 of the pipeline.json the results were made with; another config invalidates all.
  package var configHash: String
  /// The atsetl build the results were made with; another build invalidates all.
  package var atsetlVersion: String
  /// Every input the run read and could stamp, in the order it read them (quarantined too).
  package private(set) var inputs: [Publication.Input]
  /// Every published file except run.json, by path, as it was right after publishing; nil
  /// when an input or output could not be stamped (the next run then publishes again).
  package private(set) var outputs: [String: Publication.Stamp]?
  /// Index into ``inputs`` of each input whose cached facts may be reused (read without error).
  private var reusableIndex: [String: Int]

  package init(
    configHash: String, atsetlVersion: String, inputs: [Publication.Input] = [],
    outputs: [String: Publication.Stamp]? = nil
  ) {
    self.version = Self.formatVersion
    self.configHash = configHash
    self.atsetlVersion = atsetlVersion
    self.inputs = inputs
    self.outputs = outputs
    reusableIndex = [:]
    reusableIndex.reserveCapacity(inputs.count)
    for (index, input) in inputs.enumerated() where input.error == nil && !input.sha256.isEmpty {
      reusableIndex[input.path] = index
    }
  }

  /// The input at `path` as last read, when its cached facts may be reused.
  package func reusableInput(at path: String) -> Publication.Input? {
    reusableIndex[path].map { inputs[$0] }
  }

  /// Whether any input's cached facts may be reused.
  package var hasReusableInputs: Bool { !reusableIndex.isEmpty }

  /// What the run that saved this state published, when every input and output was stamped.
  package var published: Publication? {
    outputs.map { Publication(inputs: inputs, outputs: $0) }
  }

  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.version == rhs.version && lhs.configHash == rhs.configHash
      && lhs.atsetlVersion == rhs.atsetlVersion && lhs.inputs == rhs.inputs
      && lhs.outputs == rhs.outputs
  }

  /// The state at `url` if it exists, decodes and was made with this config and build;
  /// otherwise an empty state (everything is read again).
  package static func load(from url: URL, configHash: String, atsetlVersion: String) -> Self {
    let empty = Self(configHash: configHash, atsetlVersion: atsetlVersion)
    guard let data = try? Data(contentsOf: url), let state = decode([UInt8](data)),
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
