import Foundation

/// How `atsetl run` was asked to run (command-line flags over pipeline.json).
package struct RunOptions: Sendable, Equatable {
  /// Ignore the incremental state and re-extract every input.
  package var full: Bool
  /// Documents extracted in parallel; at least 1.
  package var jobs: Int
  /// SHA-256 of pipeline.json's bytes, recorded in run.json.
  package var configHash: String

  package init(full: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    configHash: String = "")
  {
    self.full = full
    self.jobs = max(1, jobs)
    self.configHash = configHash
  }
}
