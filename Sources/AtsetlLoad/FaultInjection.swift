/// A deliberate failure for tests: make output files fail as if the disk were full.
///
/// With `failWritesAfterBytes = N`, every ``AtomicFile`` accepts its first `N` bytes and then
/// fails with `ENOSPC` (`No space left on device`), exactly where a full disk would: the
/// temporary file is removed and the previous output stays whole. The limit counts per file.
///
/// The `atsetl` executable reads the environment variable `ATSETL_FAIL_WRITE=after:N` once at
/// start-up (``init(environment:)``) and hands the value down; the library never reads the
/// environment itself.
///
/// ```swift
/// let faults = try FaultInjection(environment: ProcessInfo.processInfo.environment)
/// try FactCSVWriter.write(facts, to: url, faults: faults)
/// ```
package struct FaultInjection: Sendable, Hashable {
  /// The variable ``init(environment:)`` reads: `ATSETL_FAIL_WRITE`.
  package static let environmentVariable = "ATSETL_FAIL_WRITE"

  /// No injected failures (production).
  package static let none = FaultInjection()

  /// Bytes each output file accepts before writes fail with `ENOSPC`; `nil` = never fail.
  package var failWritesAfterBytes: Int?

  /// A fault set; the default injects nothing.
  package init(failWritesAfterBytes: Int? = nil) {
    self.failWritesAfterBytes = failWritesAfterBytes
  }

  /// Reads `ATSETL_FAIL_WRITE` (`after:N`) from an environment; absent or empty means none.
  ///
  /// - Throws: ``LoadError/invalidFaultInjection(_:)`` for any other value.
  package init(environment: [String: String]) throws {
    guard let value = environment[Self.environmentVariable], !value.isEmpty else {
      self.init()
      return
    }
    let prefix = "after:"
    guard value.hasPrefix(prefix), let bytes = Int(value.dropFirst(prefix.count)), bytes >= 0
    else { throw LoadError.invalidFaultInjection(value) }
    self.init(failWritesAfterBytes: bytes)
  }
}
