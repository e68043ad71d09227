import AtsetlFuzzSupport

// Fuzz target `atsetl-fuzz-grammar`: the number grammar on arbitrary text (`GrammarFuzzer`).

/// The libFuzzer entry point: one input, `nil` when it is empty; always returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  GrammarFuzzer.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// libFuzzer's driver in a fuzzing build (scripts/fuzz.sh), else a replay of saved inputs.
@main
enum GrammarFuzzerMain {
  static func main() { FuzzMain.run(fuzz) }
}
