import Foundation

/// The one temporary file path a reader fuzz target writes every input to.
///
/// The Extract stage reads only files (`Extractor.readDocuments(at:…)` has no in-memory
/// entry point), so each input is written to a per-process file in `TMPDIR`, read, and
/// removed again, so that nothing is left behind when the run ends. A crash leaves its
/// input there; `scripts/fuzz.sh` points `TMPDIR` into the scratch folder for that reason.
///
/// ```swift
/// let scratch = FuzzScratchFile(fileExtension: "xml")
/// scratch.withContents(input) { url in try? Extractor.readDocuments(at: url, …) { _ in } }
/// ```
package struct FuzzScratchFile: Sendable {
  /// Where the inputs are written: `$TMPDIR/atsetl-fuzz-<pid>.<fileExtension>`.
  package let url: URL

  /// A scratch file name for this process; nothing is created until `withContents(_:_:)`.
  package init(fileExtension: String) {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-fuzz-\(getpid()).\(fileExtension)")
  }

  /// Writes `bytes` to the file, calls `body` with its URL, then removes the file.
  ///
  /// A write that fails is a broken harness (full disk, unwritable `TMPDIR`), not a finding
  /// in atsetl: it stops the process with a message that says so.
  package func withContents(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (URL) -> Void) {
    do {
      try Data(buffer: bytes).write(to: url)
    } catch {
      fatalError("fuzz harness: cannot write the scratch file \(url.path): \(error)")
    }
    defer { try? FileManager.default.removeItem(at: url) }
    body(url)
  }
}
