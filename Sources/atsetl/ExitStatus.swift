import ArgumentParser

/// The exit codes of every command (SPEC §2), sysexits where one fits.
enum ExitStatus: Int32, CaseIterable {
  /// Every document processed.
  case ok = 0
  /// Something else failed; previous outputs are left untouched.
  case failure = 1
  /// Outputs written, but one or more documents were quarantined.
  case quarantined = 3
  /// Bad flags or arguments.
  case usage = 64
  /// Another run holds the lock.
  case locked = 75
  /// pipeline.json is invalid; nothing was written.
  case invalidConfig = 78

  var exitCode: ExitCode { ExitCode(rawValue) }

  static let helpText = """
    Exit codes: 0 ok · 3 outputs written, some documents quarantined · 64 usage error · \
    75 another run holds the lock · 78 invalid pipeline.json (nothing written) · \
    1 any other failure (previous outputs left untouched).
    """
}
