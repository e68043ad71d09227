import Foundation

/// A heading, paragraph, list item or table cell of a document, with where it stands.
package struct Block: Sendable, Hashable {
  package var kind: BlockKind
  /// The block's text. Line breaks inside a paragraph stay as `\n` so that lines can be
  /// counted; the Transform stage folds them into spaces for sentences.
  package var text: String
  /// Unicode-scalar offset of `text` in the document's extracted plain text.
  package var offset: Int
  /// 1-based line of the block's first character in the source file.
  package var line: Int
  /// The numbered section the block belongs to ("8.16" / "Arbeidstreningssenteret").
  package var sectionNumber: String?
  package var sectionTitle: String?
  /// The nearest sub-heading above the block (for a heading block: the heading itself).
  package var heading: String?

  package init(
    kind: BlockKind, text: String, offset: Int, line: Int, sectionNumber: String? = nil,
    sectionTitle: String? = nil, heading: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.offset = offset
    self.line = line
    self.sectionNumber = sectionNumber
    self.sectionTitle = sectionTitle
    self.heading = heading
  }
}

/// The role a block plays in the document.
package enum BlockKind: Sendable, Hashable {
  /// A heading of the given level (1 = a report or section title, 2… = sub-headings).
  case heading(level: Int)
  case paragraph
  case listItem
  /// A table cell with its row label and column header.
  case tableCell(TableCell)
}

/// Where a table cell stands and how its number is to be read.
package struct TableCell: Sendable, Hashable {
  /// The row's label (its first cell), as written.
  package var row: String?
  /// The column's header, as written.
  package var column: String?
  /// A year in the column header (or the row label) that the cell is about.
  package var period: Int?
  /// A factor stated in the caption or header ("Beløp i 1000 kr" → 1000, "mill. kr" → 1 000 000).
  package var scale: Decimal?
  /// True when the caption or header says the cells are kroner ("kr", "NOK", "beløp").
  package var isMoney: Bool
  /// True when the header says the cells are percentages ("%", "prosent", "andel i %").
  package var isPercent: Bool
  /// What the cells count, lower-case, when the row label or header names it ("Antall
  /// årsverk" → "årsverk", "Innbyggere" → "innbyggere").
  package var countedNoun: String?

  package init(
    row: String? = nil, column: String? = nil, period: Int? = nil, scale: Decimal? = nil,
    isMoney: Bool = false, isPercent: Bool = false, countedNoun: String? = nil
  ) {
    self.row = row
    self.column = column
    self.period = period
    self.scale = scale
    self.isMoney = isMoney
    self.isPercent = isPercent
    self.countedNoun = countedNoun
  }
}
