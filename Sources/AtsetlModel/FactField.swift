import Foundation

/// A fact's field as a writer sees it: nothing, text, or a number.
///
/// Writers switch over this instead of knowing the fact's shape, so that CSV, JSON and
/// spreadsheet outputs list the same fields in the same order with the same types.
package enum FieldValue: Sendable, Hashable {
  case null
  case text(String)
  case integer(Int)
  case decimal(Decimal)
}

extension Fact {
  /// The fact's fields in `Fact.fieldNames` order.
  package var fieldValues: [FieldValue] {
    func text(_ string: String?) -> FieldValue { string.map(FieldValue.text) ?? .null }
    func number(_ decimal: Decimal?) -> FieldValue { decimal.map(FieldValue.decimal) ?? .null }
    return [
      .text(id), .text(document), .text(format.rawValue), text(municipality),
      reportYear.map(FieldValue.integer) ?? .null, text(sectionNumber), text(sectionTitle),
      text(heading), .text(sentence), .text(self.text), .integer(offset), .integer(line),
      .text(kind.rawValue), number(value), number(lower), number(upper),
      .text(qualifier.rawValue), text(unit), text(iso), text(change?.rawValue), text(comparedTo),
      text(period), .text(language.rawValue), text(row), text(column),
    ]
  }
}
