import AtsetlLoad

/// What a run did: one record per input, the number of facts written, the warnings.
package struct RunReport: Sendable {
  package var records: [DocumentRecord]
  package var factCount: Int
  package var warnings: [String]
  /// Inputs taken from the incremental state instead of being read again.
  package var reused: Int = 0

  /// The inputs that could not be read.
  package var quarantined: [DocumentRecord] { records.filter { $0.error != nil } }
}
