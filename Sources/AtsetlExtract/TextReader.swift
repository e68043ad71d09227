import AtsetlModel

/// Reads a plain-text report (SPEC §5 text) into one document.
///
/// Offsets count Unicode scalars in the decoded text (`DecodedText`), so that
/// `decoded.unicodeScalars[offset..<offset + count]` is each block's text.
struct TextReader {
  let path: String
  let options: ExtractOptions

  /// One line of the decoded text: where its trimmed content starts and ends.
  private struct Line {
    var number: Int
    var start: Int
    var end: Int
    /// The line ended early because chrome was cut off: it closes its paragraph.
    var isCut = false
  }

  /// "12", "- 12 -", "– 12 –", "—12—": one to four digits, between dashes or none.
  static func isPageNumber(_ text: String) -> Bool {
    var digits = 0
    var dashesBefore = 0
    var dashesAfter = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "0"..."9":
        guard dashesAfter == 0 else { return false }
        digits += 1
      case "-", "–", "—":
        if digits == 0 { dashesBefore += 1 } else { dashesAfter += 1 }
      case " ", "\u{A0}":
        continue
      default:
        return false
      }
    }
    return (1...4).contains(digits) && dashesBefore <= 1 && dashesAfter == dashesBefore
  }

  /// Lines longer than this get a warning (report prose has lines of a few thousand at most).
  static let longLine = 100_000

  func document(from bytes: [UInt8]) throws -> Document {
    let decoded = try DecodedText(bytes: bytes, path: path)
    let scalars = Array(decoded.text.unicodeScalars)
    let patterns = ReportPatterns.shared
    var chrome = ChromeFilter(patterns: options.dropLines, path: path)

    var paragraphs: [[Line]] = []
    var current: [Line] = []
    func closeParagraph() {
      if !current.isEmpty { paragraphs.append(current) }
      current = []
    }
    var lineStart = 0
    var lineNumber = 1
    var longLines: [(number: Int, length: Int)] = []
    for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
      var line = Line(number: lineNumber, start: lineStart, end: index)
      if index - lineStart > Self.longLine { longLines.append((lineNumber, index - lineStart)) }
      trim(&line, in: scalars)
      lineStart = index + 1
      lineNumber += 1
      guard line.start < line.end else {
        closeParagraph()
        continue
      }
      let text = string(scalars, line.start, line.end)
      if patterns.isContentsLine(text) {
        closeParagraph()
        continue
      }
      switch try chrome.verdict(for: text) {
      case .keep:
        current.append(line)
      case .drop:
        closeParagraph()
      case .cut(let kept):
        line.end = line.start + kept
        line.isCut = true
        trim(&line, in: scalars)
        if line.start < line.end { current.append(line) }
        closeParagraph()
      }
    }
    closeParagraph()

    var metadata = DocumentMetadata(
      municipality: options.municipality, reportYear: options.reportYear,
      language: options.language)
    var outline = OutlineState()
    var blocks: [Block] = []
    var sawTitle = false
    func add(_ kind: BlockKind, _ start: Int, _ end: Int, line: Int) {
      blocks.append(
        outline.block(kind, text: string(scalars, start, end), offset: start, line: line))
    }

    let groups = paragraphs.flatMap { splitLeadingStructure($0, scalars: scalars, patterns: patterns) }
    // Whether the document gives its headings a line of their own (a blank line after them),
    // as the report site's pages do: only then is a title glued to a paragraph a fact box.
    let hasStandaloneHeadings = groups.contains { lines in
      guard lines.count == 1, let line = lines.first else { return false }
      let text = string(scalars, line.start, line.end)
      return patterns.isHeading(text) && patterns.title(text) == nil
        && patterns.section(text) == nil && !Self.isPageNumber(text)
    }
    for lines in groups {
      guard let first = lines.first, let last = lines.last else { continue }
      let firstText = string(scalars, first.start, first.end)
      if lines.count == 1 {
        if let title = patterns.title(firstText) {
          if !sawTitle {
            sawTitle = true
            metadata.title = title.title
            metadata.reportYear = title.year
            if let name = patterns.municipality(in: title.title) { metadata.municipality = name }
          }
          continue
        }
        // "Bergen kommune" under the title, before any text.
        if blocks.isEmpty, let name = patterns.municipalityLine(firstText) {
          metadata.municipality = name
          continue
        }
        // A page number of a paged report between blank lines ("12", "– 12 –"): a figure
        // alone, with nothing to say what it counts, is no fact.
        if Self.isPageNumber(firstText) { continue }
        if let section = patterns.section(firstText) {
          outline.setSection(number: section.number, title: section.title)
          add(.heading(level: 1), first.start, first.end, line: first.number)
          continue
        }
      }
      // Its caption, as an HTML table's, is read for the scale and money it names but is
      // not a heading of the prose after the table.
      if let table = tabSeparatedTable(lines, in: scalars) {
        for cell in table.numberCells {
          guard let offset = cell.offset else { continue }
          blocks.append(
            outline.block(.tableCell(cell.cell), text: cell.text, offset: offset, line: cell.line))
        }
        continue
      }
      if lines.allSatisfy({ patterns.bulletLength(string(scalars, $0.start, $0.end)) != nil }) {
        for line in lines {
          let marker = patterns.bulletLength(string(scalars, line.start, line.end)) ?? 0
          add(.listItem, line.start + marker, line.end, line: line.number)
        }
        continue
      }
      if lines.count == 1 {
        let kind: BlockKind = patterns.isHeading(firstText) ? .heading(level: 2) : .paragraph
        add(kind, first.start, first.end, line: first.number)
        continue
      }
      let second = lines[1]
      let secondText = string(scalars, second.start, second.end)
      if isTitle(firstText, over: secondText, patterns: patterns) {
        // "VTA-forsøk" over one unwrapped line, in a document whose headings stand alone: a
        // fact box, whose title is the heading of its own text only. In a hard-wrapped
        // export ("Barnehagedekning" over "Ved utgangen av 2022 gjekk 1 245 barn i" / …) or
        // one that never gives a heading a line of its own, the title is a sub-heading.
        let isFactBox = hasStandaloneHeadings && lines.count == 2
        if isFactBox { outline.push() }
        add(.heading(level: isFactBox ? 3 : 2), first.start, first.end, line: first.number)
        add(.paragraph, second.start, last.end, line: second.number)
        if isFactBox { outline.pop() }
        continue
      }
      add(.paragraph, first.start, last.end, line: first.number)
    }

    guard !blocks.isEmpty else {
      throw ExtractError.empty(
        path: path,
        reason: sawTitle ? "only a title line" : "only whitespace or page chrome")
    }
    if metadata.language == nil {
      metadata.language = LanguageDetector.detect(blocks.lazy.map(\.text))
    }
    var document = Document(path: path, format: .text, metadata: metadata, blocks: blocks)
    if let warning = decoded.warning { document.diagnostics.append(warning) }
    // A huge line is seldom report prose (an export gone wrong, a minified page): say so.
    for long in longLines.prefix(3) {
      document.diagnostics.append(
        Diagnostic(
          .warning,
          "line is \(long.length) characters long; facts from it carry a shortened sentence",
          file: path, line: long.number))
    }
    return document
  }

  /// Title, municipality and section lines with no blank line after them, each split off as a
  /// paragraph of its own: "Årsmelding 2020" / "Bergen kommune" / "3.5 Barnehage" / "Ved
  /// utgangen av året …". A section line is split off only when the next line starts a new
  /// sentence (a capital letter), so hard-wrapped prose that happens to begin "2.3 …" stays whole.
  private func splitLeadingStructure(
    _ lines: [Line], scalars: [Unicode.Scalar], patterns: ReportPatterns
  ) -> [[Line]] {
    var result: [[Line]] = []
    var rest = lines[...]
    while rest.count > 1, let first = rest.first {
      let text = string(scalars, first.start, first.end)
      let next = rest[rest.index(after: rest.startIndex)]
      let nextStartsSentence = scalars[next.start].properties.isUppercase
      guard patterns.title(text) != nil || patterns.municipalityLine(text) != nil
        || (patterns.section(text) != nil && nextStartsSentence)
      else { break }
      result.append([first])
      rest = rest.dropFirst()
    }
    result.append(Array(rest))
    return result
  }

  /// A table copied from a web page or spreadsheet: two or more lines of cells separated by
  /// tabs, under at most one caption line without a tab ("Netto driftsutgifter (1000 kr)").
  /// The first row is the column headers when none of its cells after the first holds a
  /// figure other than a year ("Teneste⇥2021⇥2022"); the first cell of a row is its label.
  private func tabSeparatedTable(_ lines: [Line], in scalars: [Unicode.Scalar]) -> TableData? {
    guard lines.count >= 2 else { return nil }
    func hasTab(_ line: Line) -> Bool { scalars[line.start..<line.end].contains("\t") }
    let captionLine = lines.first.flatMap { hasTab($0) ? nil : $0 }
    let rowLines = lines.dropFirst(captionLine == nil ? 0 : 1)
    guard rowLines.count >= 2, rowLines.allSatisfy(hasTab) else { return nil }
    var data = TableData(caption: captionLine.map { string(scalars, $0.start, $0.end) })
    for line in rowLines {
      var cells: [TableData.Cell] = []
      // The line was trimmed: an empty first cell ("⇥2021⇥2022") is found again before it.
      var start = line.start
      while start > 0, scalars[start - 1] == "\t" || scalars[start - 1] == " " { start -= 1 }
      for index in start...line.end where index == line.end || scalars[index] == "\t" {
        var cell = Line(number: line.number, start: start, end: index)
        trim(&cell, in: scalars)
        cells.append(
          TableData.Cell(
            text: string(scalars, cell.start, cell.end), isHeader: false, line: line.number,
            offset: cell.start))
        start = index + 1
      }
      data.rows.append(TableData.Row(cells: cells))
    }
    let head = data.rows[0].cells.dropFirst()
    if head.allSatisfy({ $0.text.isEmpty || !$0.text.contains(where: \.isNumber) || Self.isYearLabel($0.text) }) {
      data.rows[0].isHead = true
      for index in data.rows[0].cells.indices { data.rows[0].cells[index].isHeader = true }
    }
    return data
  }

  /// "2021", "2022*", "Budsjett 2022": a column header naming a year, not a figure.
  private static func isYearLabel(_ text: String) -> Bool {
    guard let year = TableData.year(in: text) else { return false }
    let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
    return digits == 4 && (1900...2100).contains(year)
  }

  /// A short title line over a paragraph with no blank line between ("VTA-forsøk" / "VTA
  /// står for …"): a fact box's title or a sub-heading.
  ///
  /// Hard-wrapped prose is told apart by length: a wrapped first line is about as long as
  /// the next one, a title much shorter, and the next line starts a new sentence.
  private func isTitle(_ first: String, over next: String, patterns: ReportPatterns)
    -> Bool
  {
    guard patterns.isHeading(first, maxLength: 60),
      ReportPatterns.wordCount(first, limit: 8) <= 8,
      let start = next.first, start.isUppercase || start.isNumber
    else { return false }
    return first.count * 5 < next.count * 3
  }

  private func trim(_ line: inout Line, in scalars: [Unicode.Scalar]) {
    while line.start < line.end, scalars[line.start].properties.isWhitespace { line.start += 1 }
    while line.end > line.start, scalars[line.end - 1].properties.isWhitespace { line.end -= 1 }
  }

  private func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    String(scalars: scalars[start..<end])
  }
}
