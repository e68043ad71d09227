import AtsetlModel
import AtsetlTransform
import Foundation

/// Fuzz target `atsetl-fuzz-grammar`: the Norwegian number grammar on arbitrary text.
///
/// The input bytes are decoded as UTF-8 (invalid sequences become U+FFFD) and go through
/// the three Transform entry points: `NumberScanner` on the whole text, `SentenceSplitter`
/// and the scanner on each sentence, and `Transformer` over a document with the text once
/// as a paragraph and once as a table cell. Besides crashes and hangs it checks the ranges
/// the API promises: sentences and quantity spans lie inside the text they came from.
package enum GrammarFuzzer {
  /// The table cell reading: thousands of kroner, as in "Beløp i 1000 kr".
  package static let moneyCell = TableCell(row: "Sum", column: "Regnskap 2021", scale: 1000, isMoney: true)

  /// Runs one input.
  package static func run(_ input: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: input, as: UTF8.self)
    let scanner = NumberScanner()
    check(scanner.quantities(in: text), in: text)

    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for range in SentenceSplitter.sentences(in: scalars) {
      precondition(
        range.lowerBound >= previousEnd && range.upperBound <= scalars.count,
        "sentence \(range) overlaps \(previousEnd) or leaves the text (\(scalars.count))")
      previousEnd = range.upperBound
      let sentence = String(String.UnicodeScalarView(scalars[range]))
      check(scanner.quantities(in: sentence), in: sentence)
    }

    let document = Document(
      path: "fuzz.txt", format: .text, metadata: DocumentMetadata(reportYear: 2021),
      blocks: [
        Block(kind: .paragraph, text: text, offset: 0, line: 1),
        Block(kind: .tableCell(moneyCell), text: text, offset: scalars.count + 2, line: 3),
      ])
    _ = Transformer().facts(in: document)
  }

  /// Each quantity's span is a range of `sentence`'s scalars and its text is that range.
  private static func check(_ quantities: [Quantity], in sentence: String) {
    let scalars = Array(sentence.unicodeScalars)
    for quantity in quantities {
      precondition(
        quantity.span.lowerBound >= 0 && quantity.span.upperBound <= scalars.count,
        "span \(quantity.span) leaves the sentence (\(scalars.count) scalars)")
      precondition(
        String(String.UnicodeScalarView(scalars[quantity.span])) == quantity.text,
        "span \(quantity.span) does not hold \"\(quantity.text)\"")
    }
  }
}
