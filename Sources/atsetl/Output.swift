import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a line to standard error (operators read it; stdout stays for data).
func printToStandardError(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// True when standard error is a terminal (a person is watching).
var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
