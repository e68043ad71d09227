import AtsetlModel
import CLibXML2

/// Streams an XML export in the default schema with `xmlTextReader` (SPEC §5 xml).
///
/// Each `<report>` is built into a document and handed on before the next one is read, so
/// memory stays flat however big the file is. Block subtrees (`heading`, `p`, `item`,
/// `table`) are expanded one at a time.
struct XMLStreamReader {
  let path: String
  let options: ExtractOptions

  /// Element names of the default schema.
  private enum Name {
    static let report = "report"
    static let section = "section"
    static let boxes: Set<String> = ["box", "factbox", "aside"]
    static let headings: Set<String> = ["heading", "h"]
    static let paragraphs: Set<String> = ["p", "paragraph"]
    static let items: Set<String> = ["item", "li"]
    static let table = "table"
  }

  func readDocuments(at filePath: String, _ body: (Document) throws -> Void) throws {
    guard let reader = xmlReaderForFile(filePath, nil, LibXML.xmlOptions) else {
      throw ExtractError.unreadable(path: path, reason: "libxml2 cannot open the file")
    }
    defer { xmlFreeTextReader(reader) }
    let errors = XMLErrorCollector()
    xmlTextReaderSetStructuredErrorHandler(
      reader, XMLErrorCollector.handler, Unmanaged.passUnretained(errors).toOpaque())
    try withExtendedLifetime(errors) {
      try read(reader, errors: errors, body)
    }
  }

  private func read(
    _ reader: xmlTextReaderPtr, errors: XMLErrorCollector, _ body: (Document) throws -> Void
  ) throws {
    var text = MarkupText(path: path)
    var builder: MarkupDocumentBuilder?
    var pending: Document?
    var reportCount = 0
    var blockCount = 0
    var heldWarnings: [Diagnostic] = []

    func fail(_ status: Int32) throws -> Never {
      if let error = errors.firstFatal ?? errors.firstError {
        // An error inside an entity's replacement text is numbered from that text's own first
        // line ("1:7"); where the reader stood in the file says more to an operator.
        let readerLine = Int(xmlTextReaderGetParserLineNumber(reader))
        if error.message.lowercased().contains("entity"), readerLine > (error.line ?? 0) {
          throw ExtractError.malformed(
            path: path, line: readerLine, column: nil, message: error.message)
        }
        throw ExtractError.malformed(
          path: path, line: error.line, column: error.column, message: error.message)
      }
      let line = Int(xmlTextReaderGetParserLineNumber(reader))
      let column = Int(xmlTextReaderGetParserColumnNumber(reader))
      throw ExtractError.malformed(
        path: path, line: line > 0 ? line : nil, column: column > 0 ? column : nil,
        message: "the XML reader stopped (status \(status))")
    }

    func finishReport() throws {
      guard let finished = builder else { return }
      builder = nil
      blockCount += finished.blocks.count
      var document = finished.document(part: reportCount == 1 ? nil : reportCount)
      if finished.blocks.isEmpty {
        document.diagnostics.append(
          Diagnostic(.warning, "report \(reportCount) holds no text", file: path))
      }
      if reportCount == 1 { pending = document } else { try body(document) }
    }

    var status = xmlTextReaderRead(reader)
    while status == 1 {
      for entry in errors.drain() {
        if entry.isFatal { try fail(status) }
        // A namespace or validity complaint: the document is still well-formed. The parser
        // reads ahead, so it may arrive before its report has started.
        heldWarnings.append(
          Diagnostic(.warning, entry.message, file: path, line: entry.line, column: entry.column))
      }
      if builder != nil, !heldWarnings.isEmpty {
        builder?.diagnostics += heldWarnings
        heldWarnings.removeAll()
      }
      var skipSubtree = false
      let type = xmlTextReaderNodeType(reader)
      let name = LibXML.string(xmlTextReaderConstLocalName(reader)) ?? ""
      if type == Int32(XML_READER_TYPE_ELEMENT.rawValue),
        let node = xmlTextReaderCurrentNode(reader)
      {
        let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
        let line = LibXML.line(of: node)
        if name == Name.report {
          if builder != nil {
            throw ExtractError.malformed(
              path: path, line: line, column: nil, message: "<report> inside <report>")
          }
          reportCount += 1
          if reportCount == 2, var first = pending {
            first.part = 1
            pending = nil
            try body(first)
          }
          builder = try startReport(node, text: &text)
          builder?.diagnostics += heldWarnings
          heldWarnings.removeAll()
          if isEmpty { try finishReport() }
        } else if builder != nil {
          do {
            skipSubtree = try readElement(
              name, node: node, isEmpty: isEmpty, reader: reader, builder: &builder, text: &text)
          } catch ExtractError.malformed(let errorPath, let line, nil, let message) {
            // An element that cannot be expanded (a truncated file): report libxml2's own
            // first error, which has the line and column, or else where the parser stopped.
            if errors.firstFatal ?? errors.firstError != nil { try fail(status) }
            let column = Int(xmlTextReaderGetParserColumnNumber(reader))
            throw ExtractError.malformed(
              path: errorPath, line: line, column: column > 0 ? column : nil, message: message)
          }
        }
      } else if type == Int32(XML_READER_TYPE_END_ELEMENT.rawValue) {
        if name == Name.report {
          try finishReport()
        } else if name == Name.section {
          builder?.leaveSection()
        } else if Name.boxes.contains(name) {
          builder?.leaveBox()
        }
      }
      status = skipSubtree ? xmlTextReaderNext(reader) : xmlTextReaderRead(reader)
    }
    if status < 0 || errors.firstFatal != nil { try fail(status) }
    guard reportCount > 0 else {
      throw ExtractError.empty(
        path: path,
        reason: "no <report> element (default export schema); set an XPath mapping for other shapes"
      )
    }
    guard blockCount > 0 else {
      throw ExtractError.empty(path: path, reason: "the <report> elements hold no text")
    }
    if var pending {
      pending.diagnostics += heldWarnings
      try body(pending)
    }
  }

  private func startReport(_ node: xmlNodePtr, text: inout MarkupText) throws
    -> MarkupDocumentBuilder
  {
    var builder = MarkupDocumentBuilder(path: path, format: .xml, options: options)
    let attributes = try text.attributes(of: node)
    let patterns = ReportPatterns.shared
    if let title = attributes["title"].map(Whitespace.collapse), !title.isEmpty {
      builder.metadata.title = title
      if let found = patterns.titleInside(title) { builder.metadata.reportYear = found.year }
      if let name = patterns.municipality(in: title) { builder.metadata.municipality = name }
    }
    if let year = attributes["year"].flatMap(TableData.year(in:)) {
      builder.metadata.reportYear = year
    }
    if let municipality = attributes["municipality"].map(Whitespace.collapse),
      !municipality.isEmpty
    {
      builder.metadata.municipality = municipality
    }
    if options.language == nil, let language = attributes["language"] ?? attributes["lang"] {
      builder.metadata.language = Language(rawValue: language.lowercased().prefix(2).description)
    }
    return builder
  }

  /// Handles one start tag inside a report; returns true when its subtree was consumed.
  private func readElement(
    _ name: String, node: xmlNodePtr, isEmpty: Bool, reader: xmlTextReaderPtr,
    builder: inout MarkupDocumentBuilder?, text: inout MarkupText
  ) throws -> Bool {
    let line = LibXML.line(of: node)
    if name == Name.section {
      let attributes = try text.attributes(of: node)
      builder?.enterSection(number: attributes["number"], title: attributes["title"], line: line)
      if isEmpty { builder?.leaveSection() }
      return false
    }
    if Name.boxes.contains(name) {
      builder?.enterBox()
      if isEmpty { builder?.leaveBox() }
      return false
    }
    let isBlock =
      Name.headings.contains(name) || Name.paragraphs.contains(name) || Name.items.contains(name)
      || name == Name.table
    guard isBlock else { return false }
    guard let expanded = xmlTextReaderExpand(reader) else {
      throw ExtractError.malformed(
        path: path, line: line, column: nil, message: "cannot read the <\(name)> element")
    }
    if name == Name.table {
      builder?.add(try TableReader.read(expanded, text: &text))
    } else if Name.headings.contains(name) {
      let level = try text.attributes(of: expanded)["level"].flatMap { Int($0) }
      builder?.add(
        .heading(level: min(max(level ?? 2, 2), 6)), text: try text.text(of: expanded), line: line)
    } else {
      let kind: BlockKind = Name.items.contains(name) ? .listItem : .paragraph
      builder?.add(kind, text: try text.text(of: expanded), line: line)
    }
    if text.takeSkippedEntity() {
      builder?.diagnostics.append(
        Diagnostic(
          .warning, "external entity not read (atsetl never loads them)", file: path, line: line))
    }
    return true
  }
}
