import AtsetlModel

/// Assembles one XML or HTML document block by block, keeping plain-text offsets.
///
/// The plain text of a markup document is its block texts joined by "\n\n"; each block's
/// offset counts Unicode scalars in it.
struct MarkupDocumentBuilder {
  var path: String
  var format: SourceFormat
  var metadata: DocumentMetadata
  var diagnostics: [Diagnostic] = []
  private(set) var blocks: [Block] = []
  private var outline = OutlineState()
  private var offset = 0
  private var boxDepth = 0

  init(path: String, format: SourceFormat, options: ExtractOptions) {
    self.path = path
    self.format = format
    metadata = DocumentMetadata(
      municipality: options.municipality, reportYear: options.reportYear,
      language: options.language)
  }

  /// Adds a block; whitespace is collapsed, an empty text adds nothing.
  mutating func add(_ kind: BlockKind, text raw: String, line: Int?) {
    let text = Whitespace.collapse(raw)
    guard !text.isEmpty else { return }
    var kind = kind
    if case .heading(let level) = kind, boxDepth > 0 { kind = .heading(level: max(3, level)) }
    blocks.append(outline.block(kind, text: text, offset: offset, line: line ?? 0))
    offset += text.unicodeScalars.count + 2
  }

  /// Adds a block for every number cell of a table.
  mutating func add(_ table: TableData) {
    for cell in table.numberCells {
      add(.tableCell(cell.cell), text: cell.text, line: cell.line)
    }
  }

  /// Starts a (possibly nested) section and adds its level-1 heading "8.16 Title".
  mutating func enterSection(number: String?, title: String?, line: Int?) {
    let number = number.map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
    let title = title.map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
    outline.push()
    outline.setSection(number: number, title: title)
    add(
      .heading(level: 1), text: [number, title].compactMap { $0 }.joined(separator: " "), line: line
    )
  }

  /// Replaces the current section (HTML headings do not nest).
  mutating func setSection(number: String, title: String, heading: String, line: Int?) {
    outline.setSection(number: number, title: title)
    add(.heading(level: 1), text: heading, line: line)
  }

  /// Ends the section started by the matching `enterSection`.
  mutating func leaveSection() { outline.pop() }

  /// Starts a fact box: its headings are level 3 and apply only inside it.
  mutating func enterBox() {
    outline.push()
    boxDepth += 1
  }

  /// Ends a fact box.
  mutating func leaveBox() {
    outline.pop()
    boxDepth = max(0, boxDepth - 1)
  }

  /// The finished document: language detected unless stated.
  func document(part: Int?) -> Document {
    var metadata = metadata
    if metadata.language == nil {
      metadata.language = LanguageDetector.detect(blocks.lazy.map(\.text))
    }
    return Document(
      path: path, part: part, format: format, metadata: metadata, blocks: blocks,
      diagnostics: diagnostics)
  }
}
