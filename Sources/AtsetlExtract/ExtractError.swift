import AtsetlModel

/// Why an input file could not be read; the pipeline quarantines the file and goes on.
///
/// Every case names the file as the operator wrote it and, where known, the line and
/// column. `description` reads `input/a.xml:12:5: malformed XML: …`.
package enum ExtractError: Error, Equatable, CustomStringConvertible {
  /// The file does not exist, is a folder, or cannot be read.
  case unreadable(path: String, reason: String)
  /// The file is bigger than `ExtractOptions.maxFileSize`.
  case tooLarge(path: String, size: Int, limit: Int)
  /// The file holds no report text (empty, only whitespace or page chrome, no report element).
  case empty(path: String, reason: String)
  /// The file holds NUL bytes: it is not text.
  case binary(path: String, line: Int, column: Int)
  /// The markup is not well-formed (or breaks a parser limit such as nesting depth or
  /// entity expansion).
  case malformed(path: String, line: Int?, column: Int?, message: String)
  /// The document nests deeper than atsetl walks, or expands into more text than it reads.
  case limitExceeded(path: String, line: Int?, reason: String)
  /// An XPath from the configuration does not compile.
  case invalidXPath(path: String, field: String, expression: String)
  /// A `drop_lines` pattern does not compile.
  case invalidPattern(path: String, pattern: String)
  /// libxml2 could not allocate a parser.
  case outOfMemory(path: String)

  /// The file the error is about.
  package var path: String {
    switch self {
    case .unreadable(let path, _), .tooLarge(let path, _, _), .empty(let path, _),
      .binary(let path, _, _), .malformed(let path, _, _, _), .limitExceeded(let path, _, _),
      .invalidXPath(let path, _, _), .invalidPattern(let path, _), .outOfMemory(let path):
      path
    }
  }

  /// The 1-based line of the problem, when known.
  package var line: Int? {
    switch self {
    case .binary(_, let line, _): line
    case .malformed(_, let line, _, _), .limitExceeded(_, let line, _): line
    default: nil
    }
  }

  /// The 1-based column of the problem, when known.
  package var column: Int? {
    switch self {
    case .binary(_, _, let column): column
    case .malformed(_, _, let column, _): column
    default: nil
    }
  }

  /// The reason without the location, for `documents.csv` and `run.json`.
  package var reason: String {
    switch self {
    case .unreadable(_, let reason): "cannot read file: \(reason)"
    case .tooLarge(_, let size, let limit):
      "file is \(size) bytes, more than the limit of \(limit) bytes (max_file_size)"
    case .empty(_, let reason): "no report text: \(reason)"
    case .binary: "binary file (NUL byte), not text"
    case .malformed(_, _, _, let message): "malformed markup: \(message)"
    case .limitExceeded(_, _, let reason): "limit exceeded: \(reason)"
    case .invalidXPath(_, let field, let expression):
      "XPath for '\(field)' does not compile: \(expression)"
    case .invalidPattern(_, let pattern): "drop_lines pattern does not compile: \(pattern)"
    case .outOfMemory: "out of memory: libxml2 could not allocate a parser"
    }
  }

  /// `path:line:column: reason`.
  package var description: String {
    var location = path
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): \(reason)"
  }

  /// The error as a `Diagnostic` of severity error, for the run summary.
  package var diagnostic: Diagnostic {
    Diagnostic(.error, reason, file: path, line: line, column: column)
  }
}
