import CLibFuzzer
import Foundation

/// The `main` of every fuzz target: libFuzzer in a fuzzing build, replay otherwise.
///
/// SwiftPM on Linux renames an executable's `main` and links it with `--defsym main=…`, which
/// also overrides the `main` that `-sanitize=fuzzer` links in; so each target has its own
/// `@main` that hands its `LLVMFuzzerTestOneInput` function to this one.
///
/// ```swift
/// @main enum GrammarFuzzerMain { static func main() { FuzzMain.run(fuzz) } }
/// ```
package enum FuzzMain {
  /// The C signature of `LLVMFuzzerTestOneInput`: bytes (`nil` when empty) and their count.
  package typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Built with `-D FUZZING` (scripts/fuzz.sh): runs libFuzzer with the command line and exits
  /// with its status. Otherwise: replays the files on the command line (`FuzzReplay`).
  package static func run(_ testOneInput: TestOneInput) -> Never {
    #if FUZZING
      var argc = CommandLine.argc
      var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
      exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    #else
      FuzzReplay.main { input in _ = testOneInput(input.baseAddress, input.count) }
      exit(0)
    #endif
  }
}
