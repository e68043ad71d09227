/// Problems in `pipeline.json`; each one stops the run before any input is read.
///
/// `description` puts the location first: the JSON path of the offending value
/// (`sources[1].format: expected one of text, xml, html (found "pdf")`), or `line:column`
/// for syntax errors. Errors from `PipelineConfig.load(from:)` are wrapped in `inFile`, which
/// prefixes the file: `pipeline.json: sources[0].fromat: unknown key; did you mean format?`.
package enum ConfigError: Error, Equatable, CustomStringConvertible {
  /// The config file does not exist.
  case fileNotFound(path: String)
  /// The config file exists but cannot be read (permissions, a folder, an I/O error).
  case unreadableFile(path: String, reason: String)
  /// The file is not valid JSON; `line` and `column` are 1-based, columns in characters.
  case invalidJSON(line: Int, column: Int, message: String)
  /// An object names the same key twice; `line` and `column` point at the second one.
  case duplicateKey(path: String, line: Int, column: Int)
  /// A key this version of atsetl does not know, with the nearest valid key when one is close.
  case unknownKey(path: String, suggestion: String?)
  /// A required key is absent.
  case missingKey(path: String)
  /// A value has the wrong JSON type (`expected` reads "an integer", "a string", …).
  case wrongType(path: String, expected: String, found: String)
  /// A value is not one of a fixed set of names.
  case notOneOf(path: String, allowed: [String], found: String)
  /// `version` is newer than this atsetl understands.
  case unsupportedVersion(found: Int, latest: Int)
  /// A string or list that must not be empty is (whitespace-only strings count as empty).
  case empty(path: String)
  /// A value that must be unique (source id, output path) repeats an earlier one.
  case duplicateValue(path: String, value: String, firstPath: String)
  /// A `drop_lines` entry is not a valid (ICU / NSRegularExpression) regular expression.
  case invalidRegularExpression(path: String, pattern: String, reason: String)
  /// A source path pattern is malformed (an unclosed `[`, `**` inside a name, …).
  case invalidPathPattern(path: String, pattern: String, reason: String)
  /// Any other invalid value; `message` says what is expected.
  case invalidValue(path: String, message: String)
  /// An error found in the named config file.
  indirect case inFile(String, ConfigError)

  /// The operator's message, location first.
  package var description: String {
    switch self {
    case .fileNotFound(let path):
      "\(path): config file not found"
    case .unreadableFile(let path, let reason):
      "\(path): cannot read config file: \(reason)"
    case .invalidJSON(let line, let column, let message):
      "\(line):\(column): invalid JSON: \(message)"
    case .duplicateKey(let path, let line, let column):
      "\(line):\(column): \(path): duplicate key"
    case .unknownKey(let path, let suggestion):
      if let suggestion {
        "\(path): unknown key; did you mean \(suggestion)?"
      } else {
        "\(path): unknown key"
      }
    case .missingKey(let path):
      "\(path): missing required key"
    case .wrongType(let path, let expected, let found):
      Self.located(path, "expected \(expected) (found \(found))")
    case .notOneOf(let path, let allowed, let found):
      "\(path): expected one of \(allowed.joined(separator: ", ")) (found \(found))"
    case .unsupportedVersion(let found, let latest):
      "version: \(found) is newer than this atsetl understands (latest: \(latest)); upgrade atsetl"
    case .empty(let path):
      "\(path): must not be empty"
    case .duplicateValue(let path, let value, let firstPath):
      "\(path): duplicate value \(value) (already used by \(firstPath))"
    case .invalidRegularExpression(let path, let pattern, let reason):
      "\(path): invalid regular expression \(JSONValue.quoted(pattern)): \(reason)"
    case .invalidPathPattern(let path, let pattern, let reason):
      "\(path): invalid path pattern \(JSONValue.quoted(pattern)): \(reason)"
    case .invalidValue(let path, let message):
      Self.located(path, message)
    case .inFile(let file, let error):
      switch error {
      // Already name a file.
      case .fileNotFound, .unreadableFile, .inFile: error.description
      // Start with line:column, compiler style.
      case .invalidJSON, .duplicateKey: "\(file):\(error.description)"
      default: "\(file): \(error.description)"
      }
    }
  }

  /// The error without its `inFile` wrapper.
  package var underlying: ConfigError {
    if case .inFile(_, let error) = self { error.underlying } else { self }
  }

  private static func located(_ path: String, _ message: String) -> String {
    path.isEmpty ? message : "\(path): \(message)"
  }
}
