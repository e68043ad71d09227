import AtsetlModel
import Foundation

/// A table as read from markup, before its numeric cells become blocks.
struct TableData: Equatable {
  /// One cell as written.
  struct Cell: Equatable {
    var text: String
    var isHeader: Bool
    var span: Int = 1
    var rowSpan: Int = 1
    var line: Int
    /// Where the cell's text starts in the document's plain text, when the reader knows
    /// (a text file's tab-separated table); markup tables are placed as they are added.
    var offset: Int? = nil
  }

  /// One row; `isHead` when it stood in `<thead>`.
  struct Row: Equatable {
    var cells: [Cell]
    var isHead = false
  }

  var caption: String?
  var rows: [Row] = []

  /// A number cell ready to become a block.
  struct NumberCell: Equatable {
    var text: String
    var line: Int
    var offset: Int?
    var cell: TableCell
  }

  /// The most columns or rows one cell may span (guards against absurd `colspan` values).
  private static let maxSpan = 100

  /// The rows laid out on a grid: `colspan`/`rowspan` cells fill every slot they cover;
  /// `isOrigin` marks the slot where the cell was written.
  private var grid: [[(cell: Cell, isOrigin: Bool)?]] {
    var grid: [[(cell: Cell, isOrigin: Bool)?]] = Array(repeating: [], count: rows.count)
    for (rowIndex, row) in rows.enumerated() {
      var column = 0
      for cell in row.cells {
        while column < grid[rowIndex].count, grid[rowIndex][column] != nil { column += 1 }
        let width = max(1, min(cell.span, Self.maxSpan))
        let height = max(1, min(cell.rowSpan, Self.maxSpan, rows.count - rowIndex))
        for down in 0..<height {
          for across in 0..<width {
            let target = rowIndex + down
            while grid[target].count <= column + across { grid[target].append(nil) }
            grid[target][column + across] = (cell, down == 0 && across == 0)
          }
        }
        column += width
      }
    }
    return grid
  }

  /// Every data cell that holds a digit, with its row label, column header, period and scale.
  ///
  /// Leading rows in `<thead>` or made only of header cells are the column headers; the
  /// first cell of a row with more than one cell is its label. Neither becomes a block.
  var numberCells: [NumberCell] {
    let headerRowCount = rows.prefix { row in
      row.isHead
        || (row.cells.contains(where: \.isHeader)
          && row.cells.allSatisfy { $0.isHeader || $0.text.isEmpty })
    }.count
    let grid = grid
    var headers: [String] = []
    for row in grid.prefix(headerRowCount) {
      for (column, slot) in row.enumerated() {
        while headers.count <= column { headers.append("") }
        guard let text = slot?.cell.text, !text.isEmpty else { continue }
        // A cell spanning several header rows is named once.
        if headers[column].hasSuffix(text) { continue }
        headers[column] = headers[column].isEmpty ? text : headers[column] + " " + text
      }
    }
    let context = Label([caption ?? "", headers.first ?? ""].joined(separator: " "))
    // Each header, label and the caption read once, not once per cell.
    let columns = headers.map { $0.isEmpty ? nil : Label($0) }
    var result: [NumberCell] = []
    for row in grid.dropFirst(headerRowCount) {
      let hasLabel = row.count > 1
      let label = (hasLabel ? row.first??.cell.text : nil).flatMap { $0.isEmpty ? nil : Label($0) }
      for (column, slot) in row.enumerated() {
        guard let slot, slot.isOrigin, !(hasLabel && column == 0) else { continue }
        guard slot.cell.text.contains(where: \.isNumber) else { continue }
        let header = column < columns.count ? columns[column] : nil
        result.append(
          NumberCell(
            text: slot.cell.text, line: slot.cell.line, offset: slot.cell.offset,
            cell: Self.describe(row: label, column: header, context: context)))
      }
    }
    return result
  }

  /// What a header, row label or caption says about the numbers under it.
  struct Label {
    var text: String
    var isPercent: Bool
    var scale: Decimal?
    var mentionsMoney: Bool
    var year: Int?
    /// The label counts something ("Antall årsverk", "Tal på brukarar", "Elevar").
    var namesCount: Bool
    /// The noun it counts: "årsverk", "brukarar", "elevar"; nil for a bare "Antall".
    var countedNoun: String?

    init(_ text: String) {
      self.text = text
      let lowered = text.lowercased()
      isPercent = lowered.containsUTF8(Array("%".utf8)) || lowered.containsUTF8(Array("prosent".utf8))
      scale = TableData.scale(in: text)
      mentionsMoney = TableData.mentionsMoney(text)
      year = TableData.year(in: text)
      namesCount = TableData.namesCount(lowered)
      countedNoun = namesCount ? TableData.countedNoun(lowered) : nil
    }
  }

  /// "antall årsverk" → "årsverk", "tal på brukarar" → "brukarar", "innbyggere" →
  /// "innbyggere": the noun after "antall" or "tal/talet/tallet på", or a counted noun
  /// that opens the label.
  static func countedNoun(_ lowered: String) -> String? {
    let words = lowered.split { !$0.isLetter && $0 != "-" }
    guard let first = words.first else { return nil }
    var index = 0
    if first == "antall" {
      index = 1
    } else if ["tal", "talet", "tallet"].contains(first) {
      guard words.count > 1, words[1] == "på" else { return nil }
      index = 2
    }
    guard index < words.count, words[index].first?.isLetter == true else { return nil }
    let noun = words[index]
    // "Antall i alt", "Antall per 1000": not a noun of a counted thing.
    guard index == 0 || !["i", "per", "pr", "av", "med", "som", "totalt"].contains(noun) else {
      return nil
    }
    return String(noun)
  }

  /// First words of a row label that say its cells are counts, not kroner: a row "Antall
  /// årsverk" in a table "beløp i mill. kr" holds 612 årsverk, not 612 million kroner. Only
  /// the first word counts: "Netto driftsutgifter per barn" is kroner.
  private static let countWords: Set<Substring> = [
    "antall", "årsverk", "stillinger", "stillingar", "ansatte",
    "tilsette", "elever", "elevar", "barn", "brukere", "brukarar", "personer", "personar",
    "plasser", "plassar", "innbyggere", "innbyggjarar", "deltakere", "deltakarar", "søknader",
    "søknadar", "pasienter", "pasientar", "beboere", "bebuarar", "vedtak", "saker",
  ]

  /// True when a (lower-case) label starts by naming what it counts, and is no ratio
  /// ("Elever per lærer", "Barn pr. årsverk" are not counts; "Innbyggere per 1. januar" is).
  static func namesCount(_ lowered: String) -> Bool {
    let letterWords = lowered.split(whereSeparator: { !$0.isLetter })
    guard let first = letterWords.first else { return false }
    // "Tal på brukarar", "Tallet på søknader"; "Tal i 1000 kr" is no count.
    let talPå = ["tal", "talet", "tallet"].contains(first) && letterWords.dropFirst().first == "på"
    guard countWords.contains(first) || talPå else { return false }
    let words = lowered.split(whereSeparator: \.isWhitespace)
    for (index, word) in words.enumerated().dropLast()
    where word == "per" || word == "pr" || word == "pr." {
      if words[index + 1].first?.isLetter == true { return false }
    }
    return true
  }

  /// Period, scale and money/percent flags from a cell's header, row label and the caption.
  static func describe(row: String?, column: String?, context: String) -> TableCell {
    describe(row: row.map(Label.init), column: column.map(Label.init), context: Label(context))
  }

  private static func describe(row: Label?, column: Label?, context: Label) -> TableCell {
    let isPercent = column?.isPercent == true || row?.isPercent == true
    // A row that names what it counts ("Antall årsverk") holds counts, whatever scale or
    // kroner the caption or header give the rest of the table; so does a column ("Antall")
    // unless its row is kroner.
    let rowCounts = row?.namesCount == true && row?.mentionsMoney != true
    let columnCounts =
      column?.namesCount == true && column?.mentionsMoney != true && row?.mentionsMoney != true
    let isCount = !isPercent && (rowCounts || columnCounts)
    // A unit in the row label ("Netto driftsutgifter (1000 kr)") speaks for its row, as one
    // in the header does for its column; the header's goes first.
    let scale = isPercent || isCount ? nil : (column?.scale ?? row?.scale ?? context.scale)
    let isMoney =
      !isPercent && !isCount
      && (column?.mentionsMoney == true || row?.mentionsMoney == true || context.mentionsMoney)
    let period = column?.year ?? row?.year
    let noun = isCount ? (rowCounts ? row?.countedNoun : column?.countedNoun) : nil
    return TableCell(
      row: row?.text, column: column?.text, period: period, scale: scale, isMoney: isMoney,
      isPercent: isPercent, countedNoun: noun)
  }

  /// 1000 for "Beløp i 1000 kr" / "i 1 000 kroner" / "tusen kroner", 1 000 000 for
  /// "mill. kr" / "i millioner kroner" / "MNOK", 10⁹ for "mrd. kr".
  static func scale(in text: String) -> Decimal? {
    let compact = String(
      text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    func has(_ word: String) -> Bool { compact.containsUTF8(Array(word.utf8)) }
    if has("milliard") || has("mrd") { return 1_000_000_000 }
    if has("mill") || has("mnok") { return 1_000_000 }
    let thousands = ["i1000", "1000kr", "kr1000", "1000nok", "nok1000", "tusen", "tkr", "(1000)"]
    if thousands.contains(where: has) { return 1000 }
    return nil
  }

  /// True when the text speaks of kroner: "kr", "kroner", "NOK", "MNOK", "tkr", "beløp".
  static func mentionsMoney(_ text: String) -> Bool {
    let words = text.lowercased().split { !$0.isLetter }
    return words.contains { ["kr", "kroner", "nok", "mnok", "tkr", "beløp", "mill"].contains($0) }
  }

  /// A year 1900–2100 standing as its own number in the text.
  static func year(in text: String) -> Int? {
    let digits = text.split { !$0.isNumber }
    for run in digits where run.count == 4 {
      if let year = Int(run), (1900...2100).contains(year) { return year }
    }
    return nil
  }
}
