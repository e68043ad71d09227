import AtsetlModel
import AtsetlTransform
import Foundation
import Testing

/// The phrase table: each row gives a sentence and every quantity the grammar must find in it.
@Suite("Phrase table")
struct PhraseTableTests {
  static let allRows: [PhraseCase] = BokmalPhrases.all + NynorskPhrases.all + NegativePhrases.all

  @Test("Bokmål phrases", arguments: BokmalPhrases.all)
  func bokmal(_ row: PhraseCase) {
    comparePhrase(row, found: NumberScanner().quantities(in: row.sentence))
  }

  @Test("Nynorsk phrases", arguments: NynorskPhrases.all)
  func nynorsk(_ row: PhraseCase) {
    comparePhrase(row, found: NumberScanner().quantities(in: row.sentence))
  }

  @Test("Sentences whose tempting tokens are not quantities", arguments: NegativePhrases.all)
  func negative(_ row: PhraseCase) {
    comparePhrase(row, found: NumberScanner().quantities(in: row.sentence))
  }

  /// Checks the table itself (independent of the grammar): every expected text occurs in
  /// its sentence, in order, at word boundaries, and the bounds follow the qualifier rules.
  @Test("Rows are well formed", arguments: allRows)
  func rowsAreWellFormed(_ row: PhraseCase) {
    for (expected, span) in zip(row.expected, row.expectedSpans) {
      #expect(
        span != nil, "«\(row.sentence)»: text «\(expected.text)» not found in order",
        sourceLocation: row.location)
      switch expected.qualifier {
      case .exact where expected.kind != .date:
        #expect(
          expected.value != nil && expected.lower == expected.value
            && expected.upper == expected.value,
          "«\(row.sentence)»: exact bounds of «\(expected.text)»", sourceLocation: row.location)
      case .range:
        #expect(
          expected.value == nil
            && (expected.kind == .date || (expected.lower != nil && expected.upper != nil)),
          "«\(row.sentence)»: range bounds of «\(expected.text)»", sourceLocation: row.location)
      default:
        break
      }
      if expected.kind == .date || expected.kind == .year {
        #expect(expected.unit == nil, sourceLocation: row.location)
      } else {
        #expect(expected.iso == nil, sourceLocation: row.location)
      }
    }
  }

  @Test("The table is large and balanced enough")
  func tableSize() {
    #expect(Self.allRows.count >= 420)
    #expect(NynorskPhrases.all.count >= 110)
    #expect(NegativePhrases.all.count >= 70)
    let sentences = Self.allRows.map(\.sentence)
    let duplicates = Dictionary(grouping: sentences, by: { $0 }).filter { $0.value.count > 1 }.keys
    #expect(duplicates.isEmpty, "duplicate rows: \(duplicates.sorted())")
  }
}
