/// A JSON object being decoded, with its JSON path, for the strict config walk.
///
/// Every accessor names the full path of the value in its error, and
/// `rejectUnknownKeys(allowed:)` suggests the nearest valid key for a misspelling.
struct ConfigObject {
  /// The object's JSON path (`""` for the document root, `sources[0]`, …).
  let path: String
  private let members: [(key: String, value: JSONValue)]

  /// Fails with `wrongType` unless `value` is an object.
  init(_ value: JSONValue, path: String) throws(ConfigError) {
    guard case .object(let members) = value else {
      throw .wrongType(path: path, expected: "an object", found: value.summary)
    }
    self.path = path
    self.members = members
  }

  /// The JSON path of a member.
  func path(of key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// The member's value, or `nil` when the key is absent.
  subscript(key: String) -> JSONValue? {
    members.first { $0.key == key }?.value
  }

  /// Fails on the first key (in document order) not in `allowed`.
  func rejectUnknownKeys(allowed: [String]) throws(ConfigError) {
    for member in members where !allowed.contains(member.key) {
      throw .unknownKey(
        path: path(of: member.key),
        suggestion: KeySuggestion.nearest(to: member.key, among: allowed))
    }
  }

  /// The member's value; fails with `missingKey` when absent.
  func required(_ key: String) throws(ConfigError) -> JSONValue {
    guard let value = self[key] else { throw .missingKey(path: path(of: key)) }
    return value
  }

  /// A required non-empty string.
  func requiredString(_ key: String) throws(ConfigError) -> String {
    try Self.nonEmptyString(required(key), path: path(of: key))
  }

  /// A non-empty string; `nil` when absent, or when `null` and `nullable`.
  func string(_ key: String, nullable: Bool = false) throws(ConfigError) -> String? {
    guard let value = self[key] else { return nil }
    if nullable, value == .null { return nil }
    return try Self.nonEmptyString(value, path: path(of: key))
  }

  /// A boolean; `nil` when absent.
  func bool(_ key: String) throws(ConfigError) -> Bool? {
    guard let value = self[key] else { return nil }
    guard case .bool(let flag) = value else {
      throw .wrongType(path: path(of: key), expected: "true or false", found: value.summary)
    }
    return flag
  }

  /// A whole number; `nil` when absent, or when `null` and `nullable`.
  func integer(_ key: String, nullable: Bool = false) throws(ConfigError) -> Int? {
    guard let value = self[key] else { return nil }
    if nullable, value == .null { return nil }
    return try Self.integer(value, path: path(of: key))
  }

  /// One of an enumeration's raw values; `nil` when absent.
  func name<Name: RawRepresentable & CaseIterable>(
    _ key: String, as type: Name.Type, allowed: [Name] = Array(Name.allCases)
  ) throws(ConfigError) -> Name? where Name.RawValue == String {
    guard let value = self[key] else { return nil }
    return try Self.name(value, path: path(of: key), allowed: allowed)
  }

  /// A non-empty array of non-empty strings; `nil` when absent.
  func strings(_ key: String) throws(ConfigError) -> [String]? {
    guard let value = self[key] else { return nil }
    let elements = try Self.array(value, path: path(of: key))
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      result.append(try Self.nonEmptyString(element, path: "\(path(of: key))[\(index)]"))
    }
    return result
  }

  // MARK: Single values

  static func nonEmptyString(_ value: JSONValue, path: String) throws(ConfigError) -> String {
    guard case .string(let text) = value else {
      throw .wrongType(path: path, expected: "a string", found: value.summary)
    }
    guard text.contains(where: { !$0.isWhitespace }) else { throw .empty(path: path) }
    return text
  }

  static func integer(_ value: JSONValue, path: String) throws(ConfigError) -> Int {
    guard case .number(let literal) = value, !literal.contains(where: { ".eE".contains($0) }) else {
      throw .wrongType(path: path, expected: "an integer", found: value.summary)
    }
    guard let number = Int(literal) else {
      throw .invalidValue(path: path, message: "\(literal) is out of range")
    }
    return number
  }

  /// A non-empty array.
  static func array(_ value: JSONValue, path: String) throws(ConfigError) -> [JSONValue] {
    guard case .array(let elements) = value else {
      throw .wrongType(path: path, expected: "an array", found: value.summary)
    }
    guard !elements.isEmpty else { throw .empty(path: path) }
    return elements
  }

  static func name<Name: RawRepresentable>(
    _ value: JSONValue, path: String, allowed: [Name]
  ) throws(ConfigError) -> Name where Name.RawValue == String {
    let names = allowed.map(\.rawValue)
    guard case .string(let text) = value else {
      throw .notOneOf(path: path, allowed: names, found: value.summary)
    }
    guard let name = Name(rawValue: text), names.contains(text) else {
      throw .notOneOf(path: path, allowed: names, found: value.summary)
    }
    return name
  }
}
