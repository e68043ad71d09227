import AtsetlLoad
import Foundation

/// Why a run stopped before publishing; every case leaves the previous outputs whole.
package enum PipelineError: Error, Equatable, CustomStringConvertible {
  /// Another run holds the lock (exit 75).
  case locked(path: String, holder: String)
  /// The lock file could not be created or read.
  case lockFailed(path: String, reason: String)
  /// A source's files could not be listed.
  case discoveryFailed(source: String, reason: String)
  /// A required source matched no file.
  case noInputs(source: String, patterns: [String])
  /// An output folder could not be created.
  case outputFolder(path: String, reason: String)
  /// Writing or publishing an output failed (disk full, permissions).
  case load(LoadError)
  /// An output could not be built (a spreadsheet or data package problem); path first.
  case outputFailed(String)
  /// The incremental state could not be saved.
  case state(path: String, reason: String)

  package var description: String {
    switch self {
    case .locked(let path, let holder):
      "\(path): another atsetl run holds the lock (\(holder)); not starting"
    case .lockFailed(let path, let reason): "\(path): cannot take the run lock: \(reason)"
    case .discoveryFailed(let source, let reason):
      "sources[\(source)]: cannot list input files: \(reason)"
    case .noInputs(let source, let patterns):
      "sources[\(source)]: no input file matches \(patterns.joined(separator: ", ")) "
        + "(mark the source \"optional\": true if that is expected)"
    case .outputFolder(let path, let reason): "\(path): cannot create output folder: \(reason)"
    case .load(let error): error.description
    case .outputFailed(let message): message
    case .state(let path, let reason): "\(path): cannot save incremental state: \(reason)"
    }
  }
}
