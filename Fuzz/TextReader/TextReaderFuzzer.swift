import AtsetlExtract
import AtsetlFuzzSupport
import AtsetlModel

/// Fuzz target `atsetl-fuzz-text`: the plain-text reader on arbitrary bytes.
///
/// Each input is a text file read with the default options (Stavanger site chrome, language
/// detection). See `ReaderFuzzer` for what counts as a finding.
enum TextReaderFuzzer {
  static let reader = ReaderFuzzer(format: .text)
}

/// The libFuzzer entry point: one input, `nil` when it is empty; always returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  TextReaderFuzzer.reader.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// libFuzzer's driver in a fuzzing build (scripts/fuzz.sh), else a replay of saved inputs.
@main
enum TextReaderFuzzerMain {
  static func main() { FuzzMain.run(fuzz) }
}
