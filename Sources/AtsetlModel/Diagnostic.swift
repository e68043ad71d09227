/// A problem found in an input, with where it is: printed `file:line:column: severity: message`.
///
/// A warning never stops anything (a Windows-1252 file decoded, a table without header);
/// an error is the reason a document was quarantined.
package struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  package enum Severity: String, Sendable, Hashable, Codable {
    case warning
    case error
  }

  package var severity: Severity
  package var message: String
  package var file: String
  package var line: Int?
  package var column: Int?

  package init(
    _ severity: Severity, _ message: String, file: String, line: Int? = nil, column: Int? = nil
  ) {
    self.severity = severity
    self.message = message
    self.file = file
    self.line = line
    self.column = column
  }

  /// `input/a.xml:12:5: error: Opening and ending tag mismatch: p and section`.
  package var description: String {
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return "\(location): \(severity.rawValue): \(message)"
  }
}
