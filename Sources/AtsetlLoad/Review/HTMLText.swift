/// Escaping for text and attribute values in the review page (well-formed XML and HTML alike).
enum HTMLText {
  /// `text` with `&`, `<`, `>`, `"` and `'` as character references; characters XML 1.0
  /// forbids (controls other than tab and line breaks) become U+FFFD.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case _ where !SpreadsheetML.isAllowedInXML(scalar): result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
