/// The direction of a change a phrase states (SPEC §4 `change`).
package enum Change: String, Sendable, Hashable, Codable, CaseIterable {
  /// "en økning på", "ein auke på", "flere", "høyere", "doblet".
  case increase
  /// "en nedgang på", "redusert med", "færre", "lavere", "halvert".
  case decrease
}
