import AtsetlExtract
import AtsetlFuzzSupport
import AtsetlModel

/// Fuzz target `atsetl-fuzz-html`: the HTML reader (libxml2's HTML parser) on arbitrary bytes.
///
/// Each input is a saved web page read with the default options (default content root). See `ReaderFuzzer` for what counts as a finding.
enum HTMLReaderFuzzer {
  static let reader = ReaderFuzzer(format: .html)
}

/// The libFuzzer entry point: one input, `nil` when it is empty; always returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  HTMLReaderFuzzer.reader.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// libFuzzer's driver in a fuzzing build (scripts/fuzz.sh), else a replay of saved inputs.
@main
enum HTMLReaderFuzzerMain {
  static func main() { FuzzMain.run(fuzz) }
}
