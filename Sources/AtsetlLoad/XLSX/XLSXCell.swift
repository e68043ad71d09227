import AtsetlModel
import Foundation

/// One spreadsheet cell as ``XLSXWriter`` writes it: typed, so numbers stay numbers.
///
/// Numbers become numeric cells (`<c r="B2"><v>15600000</v></c>`, plain digits with `.`,
/// never an exponent); text becomes an inline string, guarded against formula injection like
/// the CSV writers; a date becomes a serial number shown as `yyyy-mm-dd`; an empty cell is left
/// out of the row.
package enum XLSXCell: Sendable, Hashable {
  /// No cell at all (a missing value).
  case empty
  /// A text cell (inline string); an empty string is written as ``empty``.
  case text(String)
  /// An integer cell.
  case integer(Int)
  /// A decimal number cell; `NaN` is written as ``empty``.
  case number(Decimal)
  /// A date cell with the workbook's `yyyy-mm-dd` style.
  case date(XLSXDate)

  /// The cell for a fact or document field: numbers numeric, text text, null empty.
  package init(_ field: FieldValue) {
    switch field {
    case .null: self = .empty
    case .text(let text): self = .text(text)
    case .integer(let value): self = .integer(value)
    case .decimal(let value): self = .number(value)
    }
  }

  /// A date cell for a full ISO date (`2017-01-01`), else a text cell holding `text` as it is.
  ///
  /// Use it for a column whose every value should be a date; partial dates (`2017-05`) stay text.
  package static func dateOrText(_ text: String) -> XLSXCell {
    XLSXDate(iso: text).map(XLSXCell.date) ?? .text(text)
  }
}
