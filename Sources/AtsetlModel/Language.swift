/// The written standard of a document (SPEC §4 `language`).
package enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// Bokmål.
  case nb
  /// Nynorsk.
  case nn
}
