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

/// Rewrites the terminal's current line on standard error; `final` ends the line.
func printProgress(_ message: String, final: Bool) {
  FileHandle.standardError.write(Data(("\r\u{1B}[K" + message + (final ? "\n" : "")).utf8))
}
