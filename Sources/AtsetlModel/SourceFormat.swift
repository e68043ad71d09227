/// The kind of input file a document came from (SPEC §4 `format`).
package enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case text
  case xml
  case html

  /// The format implied by a file name's extension, or `nil` when atsetl does not read it.
  ///
  /// `.txt` → text, `.xml` → xml, `.html`/`.htm` → html (case-insensitive).
  package init?(pathExtension: String) {
    switch pathExtension.lowercased() {
    case "txt", "text": self = .text
    case "xml": self = .xml
    case "html", "htm", "xhtml": self = .html
    default: return nil
    }
  }
}
