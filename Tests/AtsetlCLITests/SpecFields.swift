import Foundation

/// Field names and helpers taken from SPEC §4 and §6, written out here on purpose: the tests
/// check the tool against the contract, not against its own constants.
enum SpecFields {
  /// The fact fields of SPEC §4, in order: the header of facts.csv, the keys of facts.json.
  static let fact = [
    "id", "document", "format", "municipality", "report_year", "section_number",
    "section_title", "heading", "sentence", "text", "offset", "line", "kind", "value", "lower",
    "upper", "qualifier", "unit", "iso", "change", "compared_to", "period", "language", "row",
    "column",
  ]

  /// Fields that are JSON numbers (or null) in facts.json.
  static let numeric = ["report_year", "offset", "line", "value", "lower", "upper"]

  static let kinds: Set<String> = [
    "count", "percent", "percentage_points", "money", "fraction", "year", "date", "duration",
    "ordinal", "number",
  ]

  static let qualifiers: Set<String> = [
    "exact", "approximately", "slightly_above", "slightly_below", "above", "below", "at_least",
    "at_most", "range",
  ]
}

/// JSON helpers for values read with `JSONSerialization`.
enum JSON {
  /// Parses `text` as any JSON value (fragments allowed).
  static func parse(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
  }

  /// Parses `data` as any JSON value.
  static func parse(_ data: Data) throws -> Any {
    try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
  }

  /// A JSON number as a Double; nil for anything else (strings, booleans, null).
  static func number(_ value: Any?) -> Double? {
    guard let value, !(value is String), !(value is NSNull) else { return nil }
    #if canImport(Darwin)
      if let number = value as? NSNumber, CFGetTypeID(number) == CFBooleanGetTypeID() {
        return nil
      }
    #else
      if type(of: value) == Bool.self { return nil }
    #endif
    return (value as? NSNumber)?.doubleValue
  }

  static func isNull(_ value: Any?) -> Bool { value is NSNull }
}

/// Text with every run of white space turned into one space (help output wraps lines).
func collapsingWhitespace(_ text: String) -> String {
  text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
}
