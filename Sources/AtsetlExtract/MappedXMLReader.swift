import AtsetlModel
import CLibXML2

/// Reads an XML export of another shape through an `XMLMapping` (DOM + XPath).
///
/// The whole file is parsed into memory; only the default schema is streamed.
struct MappedXMLReader {
  let path: String
  let options: ExtractOptions
  let mapping: XMLMapping

  func readDocuments(from bytes: [UInt8], _ body: (Document) throws -> Void) throws {
    let queries = try Queries(mapping, path: path)
    guard let count = Int32(exactly: bytes.count) else {
      throw ExtractError.tooLarge(path: path, size: bytes.count, limit: Int(Int32.max))
    }
    guard let parser = xmlNewParserCtxt() else { throw ExtractError.outOfMemory(path: path) }
    defer { xmlFreeParserCtxt(parser) }
    let errors = XMLErrorCollector()
    let parsed = LibXML.collectingErrors(errors) {
      bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          xmlCtxtReadMemory(parser, $0.baseAddress, count, path, nil, LibXML.xmlOptions)
        }
      }
    }
    guard let doc = parsed, errors.firstFatal == nil else {
      if let parsed { xmlFreeDoc(parsed) }
      let error = errors.firstFatal ?? errors.firstError
      throw ExtractError.malformed(
        path: path, line: error?.line, column: error?.column,
        message: error?.message ?? "libxml2 could not parse the file")
    }
    defer { xmlFreeDoc(doc) }
    guard let context = xmlXPathNewContext(doc) else {
      throw ExtractError.outOfMemory(path: path)
    }
    defer { xmlXPathFreeContext(context) }
    guard let root = xmlDocGetRootElement(doc) else {
      throw ExtractError.empty(path: path, reason: "no root element")
    }

    var text = MarkupText(path: path)
    let reports = queries.report.nodes(from: root, in: context)
    guard !reports.isEmpty else {
      throw ExtractError.empty(
        path: path, reason: "the mapping's report XPath '\(mapping.report)' matches nothing")
    }
    var documents: [Document] = []
    for (index, report) in reports.enumerated() {
      let builder = try read(report, queries: queries, context: context, text: &text)
      documents.append(builder.document(part: reports.count == 1 ? nil : index + 1))
    }
    guard documents.contains(where: { !$0.blocks.isEmpty }) else {
      throw ExtractError.empty(
        path: path, reason: "the mapping's block XPath '\(mapping.block)' selects no text")
    }
    for document in documents { try body(document) }
  }

  private func read(
    _ report: xmlNodePtr, queries: Queries, context: xmlXPathContextPtr, text: inout MarkupText
  ) throws -> MarkupDocumentBuilder {
    var builder = MarkupDocumentBuilder(path: path, format: .xml, options: options)
    let patterns = ReportPatterns.shared
    if let title = try queries.title?.string(from: report, in: context, text: &text) {
      builder.metadata.title = title
      if let found = patterns.titleInside(title) { builder.metadata.reportYear = found.year }
    }
    if let year = try queries.year?.string(from: report, in: context, text: &text)
      .flatMap(TableData.year(in:))
    {
      builder.metadata.reportYear = year
    }
    if let municipality = try queries.municipality?.string(from: report, in: context, text: &text) {
      builder.metadata.municipality = municipality
    }
    if options.language == nil,
      let language = try queries.language?.string(from: report, in: context, text: &text)
    {
      builder.metadata.language = Language(rawValue: String(language.lowercased().prefix(2)))
    }
    if let section = queries.section {
      for node in section.nodes(from: report, in: context) {
        builder.enterSection(
          number: try queries.sectionNumber?.string(from: node, in: context, text: &text),
          title: try queries.sectionTitle?.string(from: node, in: context, text: &text),
          line: LibXML.line(of: node))
        try readBlocks(of: node, queries: queries, context: context, builder: &builder, text: &text)
        builder.leaveSection()
      }
    } else {
      try readBlocks(of: report, queries: queries, context: context, builder: &builder, text: &text)
    }
    return builder
  }

  private func readBlocks(
    of container: xmlNodePtr, queries: Queries, context: xmlXPathContextPtr,
    builder: inout MarkupDocumentBuilder, text: inout MarkupText
  ) throws {
    let headings = Set(queries.heading?.nodes(from: container, in: context) ?? [])
    let items = Set(queries.listItem?.nodes(from: container, in: context) ?? [])
    let blocks = queries.block.nodes(from: container, in: context)
    // Document order across the three sets: libxml2 sorts a union, so ask it for one.
    var all = Set(blocks).union(headings).union(items)
    let ordered =
      queries.union?.nodes(from: container, in: context).filter { all.remove($0) != nil }
      ?? blocks
    for node in ordered {
      let line = LibXML.line(of: node)
      if headings.contains(node) {
        builder.add(.heading(level: 2), text: try text.text(of: node), line: line)
      } else if items.contains(node) {
        builder.add(.listItem, text: try text.text(of: node), line: line)
      } else if LibXML.name(of: node) == "table" {
        builder.add(try TableReader.read(node, text: &text))
      } else {
        builder.add(.paragraph, text: try text.text(of: node), line: line)
      }
    }
  }

  /// The mapping's expressions, compiled once per file.
  private struct Queries {
    var report: XPathQuery
    var year, municipality, title, language, section: XPathQuery?
    var sectionNumber, sectionTitle, heading, listItem: XPathQuery?
    var block: XPathQuery
    /// `(block) | (heading) | (listItem)`, for document order.
    var union: XPathQuery?

    init(_ mapping: XMLMapping, path: String) throws {
      func compile(_ expression: String?, _ field: String) throws -> XPathQuery? {
        try expression.map { try XPathQuery($0, field: field, path: path) }
      }
      report = try XPathQuery(mapping.report, field: "report", path: path)
      block = try XPathQuery(mapping.block, field: "block", path: path)
      year = try compile(mapping.year, "year")
      municipality = try compile(mapping.municipality, "municipality")
      title = try compile(mapping.title, "title")
      language = try compile(mapping.language, "language")
      section = try compile(mapping.section, "section")
      sectionNumber = try compile(mapping.sectionNumber, "section_number")
      sectionTitle = try compile(mapping.sectionTitle, "section_title")
      heading = try compile(mapping.heading, "heading")
      listItem = try compile(mapping.listItem, "list_item")
      let parts = [mapping.block, mapping.heading, mapping.listItem].compactMap { $0 }
      union = try compile(parts.map { "(\($0))" }.joined(separator: " | "), "block")
    }
  }
}
