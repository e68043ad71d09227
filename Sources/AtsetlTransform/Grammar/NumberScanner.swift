import AtsetlModel
import Foundation

/// Finds every number phrase in one sentence of Bokmål or Nynorsk report prose.
///
/// ```swift
/// let scanner = NumberScanner()
/// scanner.quantities(in: "I 2021 fikk i overkant av 400 personer tilbud.")
/// // [year 2021, count 400 slightly_above "personer" (period 2021)]
/// ```
/// The scanner is a value whose only state is memory for tokens and phrases, lent to one
/// sentence at a time (see `TokenPool`), and the tokenizer's word tables; one instance may
/// be shared by many tasks.
package struct NumberScanner: Sendable {
  private let pool = TokenPool()
  private let tables = Tokenizer.WordTables()

  package init() {}

  /// The quantities of `sentence`, in order, with change, comparison and period filled in
  /// where the sentence states them. The report year is not known here: a quantity whose
  /// sentence names no year has `period == nil`.
  package func quantities(in sentence: String) -> [Quantity] {
    var sentence = sentence
    return sentence.withUTF8 { bytes in
      guard bytes.contains(where: mayStartNumber) else { return [] }
      var scratch = pool.take(capacity: bytes.count / 4 + 4)
      defer { pool.giveBack(scratch) }
      let (mayHoldPhrase, isAllCapitals) = Tokenizer.tokens(
        of: bytes, into: &scratch.tokens, tables: tables)
      guard mayHoldPhrase else { return [] }
      let tokens = scratch.tokens.tokens
      PhraseReader(tokens: tokens, sentence: bytes, isAllCapitals: isAllCapitals)
        .phrases(into: &scratch.phrases)
      guard !scratch.phrases.isEmpty else { return [] }
      SentenceContext(tokens: tokens, sentence: bytes).annotate(&scratch.phrases)
      return scratch.phrases.map { phrase in
        let first = tokens[phrase.first]
        let last = tokens[phrase.end - 1]
        let text = UnsafeBufferPointer(
          rebasing: bytes[first.byteStart..<last.byteEnd])
        var quantity = Quantity(
          kind: phrase.kind, value: phrase.value, lower: phrase.lower, upper: phrase.upper,
          qualifier: phrase.qualifier,
          unit: phrase.unit.map { unit in
            switch unit {
            case .percent: "%"
            case .percentagePoints: "pp"
            case .kroner: "NOK"
            case .time(let unit): unit.rawValue
            case .noun(let token): tokens[token].text(in: bytes)
            }
          }, iso: phrase.iso?.text, change: phrase.change,
          comparedTo: phrase.comparedTo?.text, period: phrase.period?.text,
          text: String(decoding: text, as: UTF8.self), span: first.start..<last.end)
        quantity.periodOffset = phrase.periodOffset
        return quantity
      }
    }
  }

  /// A cheap test that lets sentences without any digit or letter skip tokenising (every
  /// byte of a non-ASCII scalar is above 0x7F). Capitals count: a sentence written all in
  /// capitals ("TRE PERSONER FIKK TILBUD") may hold number words.
  private func mayStartNumber(_ byte: UInt8) -> Bool {
    byte &- 0x30 < 10 || byte >= 0x41
  }
}
