import Foundation

/// The `main` of a fuzz target built without `-sanitize=fuzzer`: replays saved inputs.
///
/// A normal `swift build` has no libFuzzer to supply `main`, so each fuzz target gets this
/// one instead. It feeds every file named on the command line (a folder: every file in it)
/// through the same entry point the fuzzer calls, which reproduces a finding in a plain
/// debug build and the debugger:
///
/// ```sh
/// swift run atsetl-fuzz-grammar Fuzz/Findings/grammar/crash-…
/// ```
package enum FuzzReplay {
  /// Runs `body` over each input file named in `arguments` (without the program name).
  ///
  /// Prints one line per input and exits with status 64 when no input was named or a path
  /// cannot be read. A crash in `body` crashes the process, as it would under the fuzzer.
  package static func main(
    arguments: [String] = Array(CommandLine.arguments.dropFirst()),
    _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard !arguments.isEmpty else {
      printToStandardError(
        "usage: \(CommandLine.arguments.first ?? "fuzz-target") FILE|FOLDER…\n"
          + "This build has no libFuzzer (see scripts/fuzz.sh); it only replays saved inputs.")
      exit(64)
    }
    for path in arguments.flatMap(inputFiles(at:)) {
      guard let data = FileManager.default.contents(atPath: path) else {
        printToStandardError("\(path): cannot read the input")
        exit(64)
      }
      let bytes = [UInt8](data)
      bytes.withUnsafeBufferPointer(body)
      print("\(path): ok (\(bytes.count) bytes)")
    }
  }

  /// `path` itself, or the regular files in it (sorted) when it is a folder.
  private static func inputFiles(at path: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { return [path] }
    return names.sorted().map { (path as NSString).appendingPathComponent($0) }
  }

  private static func printToStandardError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }
}
