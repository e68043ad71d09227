import AtsetlModel
import Foundation

/// Finds every number phrase in one sentence of Bokmål or Nynorsk report prose.
///
/// ```swift
/// let scanner = NumberScanner()
/// scanner.quantities(in: "I 2021 fikk i overkant av 400 personer tilbud.")
/// // [year 2021, count 400 slightly_above "personer" (period 2021)]
/// ```
/// The scanner is a value with no state; one instance may be shared by many tasks.
package struct NumberScanner: Sendable {
  package init() {}

  /// The quantities of `sentence`, in order, with change, comparison and period filled in
  /// where the sentence states them. The report year is not known here: a quantity whose
  /// sentence names no year has `period == nil`.
  package func quantities(in sentence: String) -> [Quantity] {
    let scalars = Array(sentence.unicodeScalars)
    guard scalars.contains(where: mayStartNumber) else { return [] }
    let tokens = Tokenizer.tokens(of: scalars)
    var phrases = PhraseReader(tokens: tokens).phrases()
    guard !phrases.isEmpty else { return [] }
    SentenceContext(tokens: tokens).annotate(&phrases)
    return phrases.map { phrase in
      let start = tokens[phrase.first].start
      let end = tokens[phrase.end - 1].end
      return Quantity(
        kind: phrase.kind, value: phrase.value, lower: phrase.lower, upper: phrase.upper,
        qualifier: phrase.qualifier, unit: phrase.unit, iso: phrase.iso, change: phrase.change,
        comparedTo: phrase.comparedTo, period: phrase.period,
        text: String(String.UnicodeScalarView(scalars[start..<end])), span: start..<end)
    }
  }

  /// A cheap test that lets sentences without any digit or letter skip tokenising.
  private func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39 || scalar.value >= 0x61
  }
}
