#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an output file could not be written; the previous file at that path is left whole.
///
/// Every case names the output path first, as the operator typed it in `pipeline.json`
/// (for example `output/facts.csv: cannot write: No space left on device (errno 28)`),
/// and carries the C `errno` so that tests and callers can tell the causes apart.
package enum LoadError: Error, Equatable, CustomStringConvertible {
  /// The temporary file next to the target could not be created (missing or read-only folder).
  case cannotCreateTemporaryFile(path: String, errno: Int32)
  /// Writing bytes to the temporary file failed (disk full, I/O error).
  case writeFailed(path: String, errno: Int32)
  /// Flushing the temporary file to disk (`fsync`/`close`) failed.
  case syncFailed(path: String, errno: Int32)
  /// Renaming the temporary file over the target failed.
  case publishFailed(path: String, errno: Int32)
  /// The file was already committed, abandoned or failed; nothing more can be written.
  case alreadyFinished(path: String)
  /// A value could not be encoded (only `run.json`, whose encoder is Foundation's).
  case encodingFailed(path: String, reason: String)
  /// `ATSETL_FAIL_WRITE` holds something other than `after:N`.
  case invalidFaultInjection(String)
  /// Facts rendered in advance lack this output's form (a bug in how the run was set up).
  case notRendered(path: String)

  /// The operator-facing message, path first.
  package var description: String {
    switch self {
    case .cannotCreateTemporaryFile(let path, let code):
      "\(path): cannot create temporary file: \(Self.describe(code))"
    case .writeFailed(let path, let code):
      "\(path): cannot write: \(Self.describe(code))"
    case .syncFailed(let path, let code):
      "\(path): cannot flush to disk: \(Self.describe(code))"
    case .publishFailed(let path, let code):
      "\(path): cannot replace the file: \(Self.describe(code))"
    case .alreadyFinished(let path):
      "\(path): the output was already committed or abandoned"
    case .encodingFailed(let path, let reason):
      "\(path): cannot encode: \(reason)"
    case .invalidFaultInjection(let value):
      "\(FaultInjection.environmentVariable): expected 'after:N' (N bytes), got '\(value)'"
    case .notRendered(let path):
      "\(path): the facts were rendered without this output's format (an atsetl bug)"
    }
  }

  /// The `errno` this error carries, or `nil` when it has none.
  package var errno: Int32? {
    switch self {
    case .cannotCreateTemporaryFile(_, let code), .writeFailed(_, let code),
      .syncFailed(_, let code), .publishFailed(_, let code):
      code
    case .alreadyFinished, .encodingFailed, .invalidFaultInjection, .notRendered:
      nil
    }
  }

  /// `No space left on device (errno 28)`.
  private static func describe(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "errno \(code)" }
    return "\(String(cString: message)) (errno \(code))"
  }
}
