import Foundation
import AtsetlModel

/// Finds each fact's phrase inside its sentence, for facts that arrive in document order.
///
/// A fact records its sentence and its phrase text, not where in the sentence the phrase
/// stands. Facts of one sentence come one after another, in order, so each phrase is looked
/// for after the previous one ("20 prosent … 20 prosent" finds the second occurrence for the
/// second fact). Used for `preceded_by` in metrics and for the highlights of the review page.
///
/// ```swift
/// var phrases = SentencePhrases()
/// let place = phrases.locate(fact)  // place.range in fact.sentence, place.before
/// ```
package struct SentencePhrases: Sendable {
  /// Where one phrase stands in its sentence.
  package struct Place: Sendable {
    /// The phrase's range in the sentence; `nil` when the text is not in the sentence.
    package var range: Range<String.Index>?
    /// The sentence text between the previous phrase (or the sentence start) and this one;
    /// the whole sentence up to the end when the phrase was not found.
    package var before: Substring
  }

  private var document = ""
  private var sentence = ""
  private var cursor: String.Index?

  package init() {}

  /// The place of `fact`'s phrase; call it for every fact, in (document, offset) order.
  package mutating func locate(_ fact: Fact) -> Place {
    if fact.document != document || fact.sentence != sentence || cursor == nil {
      document = fact.document
      sentence = fact.sentence
      cursor = sentence.startIndex
    }
    let text = fact.sentence
    let from = cursor ?? text.startIndex
    let found =
      fact.text.isEmpty
      ? nil : text.range(of: fact.text, range: from..<text.endIndex)
        ?? text.range(of: fact.text)
    guard let range = found else {
      return Place(range: nil, before: text[from...])
    }
    let before = range.lowerBound >= from ? text[from..<range.lowerBound] : text[..<range.lowerBound]
    cursor = max(from, range.upperBound)
    return Place(range: range, before: before)
  }
}
