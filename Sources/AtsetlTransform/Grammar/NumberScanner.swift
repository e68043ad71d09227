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
    let scalars = Self.scalars(of: sentence)
    guard scalars.contains(where: mayStartNumber) else { return [] }
    let tokens = Tokenizer.tokens(of: scalars)
    var phrases = PhraseReader(tokens: tokens, scalars: scalars).phrases()
    guard !phrases.isEmpty else { return [] }
    SentenceContext(tokens: tokens, scalars: scalars).annotate(&phrases)
    return phrases.map { phrase in
      let start = tokens[phrase.first].start
      let end = tokens[phrase.end - 1].end
      var quantity = Quantity(
        kind: phrase.kind, value: phrase.value, lower: phrase.lower, upper: phrase.upper,
        qualifier: phrase.qualifier, unit: phrase.unit, iso: phrase.iso, change: phrase.change,
        comparedTo: phrase.comparedTo, period: phrase.period,
        text: String(scalars: scalars[start..<end]), span: start..<end)
      quantity.periodOffset = phrase.periodOffset
      return quantity
    }
  }

  /// The Unicode scalars of `text`, decoded straight from its UTF-8.
  static func scalars(of text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
        var index = 0
        count = 0
        while index < bytes.count {
          let lead = UInt32(bytes[index])
          if lead < 0x80 {
            scalars.initializeElement(at: count, to: Unicode.Scalar(UInt8(truncatingIfNeeded: lead)))
            count += 1
            index += 1
            continue
          }
          // A String holds valid UTF-8: the lead byte says how many bytes follow.
          var value: UInt32
          var length: Int
          switch lead {
          case 0..<0x80: (value, length) = (lead, 1)
          case 0xC0..<0xE0: (value, length) = (lead & 0x1F, 2)
          case 0xE0..<0xF0: (value, length) = (lead & 0x0F, 3)
          default: (value, length) = (lead & 0x07, 4)
          }
          for offset in 1..<max(length, 1) where index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
          }
          scalars.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          count += 1
          index += length
        }
      }
    }
  }

  /// A cheap test that lets sentences without any digit or letter skip tokenising.
  private func mayStartNumber(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39 || scalar.value >= 0x61
  }
}
