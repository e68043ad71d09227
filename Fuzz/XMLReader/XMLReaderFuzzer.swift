import AtsetlExtract
import AtsetlFuzzSupport
import AtsetlModel

/// Fuzz target `atsetl-fuzz-xml`: both XML readers on arbitrary bytes.
///
/// Each input is read twice: by the streaming default-schema reader (`xmlMapping == nil`)
/// and by the DOM + XPath reader with the default schema written as a mapping
/// (`XMLMapping.defaultSchema`), so one seed exercises both. See `ReaderFuzzer` for what counts as a finding.
enum XMLReaderFuzzer {
  static let reader: ReaderFuzzer = {
    var mapped = ExtractOptions()
    mapped.xmlMapping = .defaultSchema
    return ReaderFuzzer(format: .xml, optionSets: [ExtractOptions(), mapped])
  }()
}

/// The libFuzzer entry point: one input, `nil` when it is empty; always returns 0.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  XMLReaderFuzzer.reader.run(UnsafeBufferPointer(start: data, count: size))
  return 0
}

/// libFuzzer's driver in a fuzzing build (scripts/fuzz.sh), else a replay of saved inputs.
@main
enum XMLReaderFuzzerMain {
  static func main() { FuzzMain.run(fuzz) }
}
