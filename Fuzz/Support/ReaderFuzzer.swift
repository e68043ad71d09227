import AtsetlExtract
import AtsetlModel
import Foundation

/// One Extract reader fed arbitrary bytes: what the text, XML and HTML fuzz targets share.
///
/// Each input is written to a scratch file and read once per option set. `ExtractError` is
/// the reader's answer to bad input, not a finding; a crash, a hang, a sanitizer report or
/// any other error type is.
///
/// ```swift
/// let reader = ReaderFuzzer(format: .xml, optionSets: [ExtractOptions()])
/// reader.run(input)
/// ```
package struct ReaderFuzzer: Sendable {
  /// The format the reader is chosen by.
  package let format: SourceFormat
  /// The options each input is read with, one read per element.
  package let optionSets: [ExtractOptions]
  private let scratch: FuzzScratchFile

  /// A reader of `format`, run once with each of `optionSets` (default options when empty).
  package init(format: SourceFormat, optionSets: [ExtractOptions] = [ExtractOptions()]) {
    self.format = format
    self.optionSets = optionSets.isEmpty ? [ExtractOptions()] : optionSets
    scratch = FuzzScratchFile(fileExtension: format.rawValue)
  }

  /// Reads one input with every option set.
  package func run(_ input: UnsafeBufferPointer<UInt8>) {
    scratch.withContents(input) { url in
      for options in optionSets {
        do {
          try Extractor.readDocuments(
            at: url, displayPath: "fuzz.\(format.rawValue)", format: format, options: options
          ) { _ in }
        } catch is ExtractError {
          // Bad input, reported as it should be.
        } catch {
          fatalError("the \(format.rawValue) reader threw a non-ExtractError: \(error)")
        }
      }
    }
  }
}
