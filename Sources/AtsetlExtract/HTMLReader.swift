import AtsetlModel
import CLibXML2

/// Reads a saved report web page with libxml2's HTML parser in recover mode (SPEC §5 html).
///
/// Only the content root is read (`ExtractOptions.htmlContentRoot`, by default the first
/// `main`, `article`, `#content` or `[role=main]`, else `body`). Scripts, styles, navigation
/// and forms are ignored everywhere; when the root falls back to `body`, `header`, `footer`
/// and `aside` are site chrome and ignored too, while inside a content root an `aside` is
/// read as a fact box and only `footer` is skipped. A `div` or `section` whose class or id
/// names a box (`faktaboks`, `fact-box`, `infoboks`) is a fact box too.
struct HTMLReader {
  let path: String
  let options: ExtractOptions

  /// "Sist oppdatert 28. april 2022", "Publisert: 12.03.2023": a page's own date, as
  /// `ExtractOptions.pageDateChrome` finds it in text files.
  static func isPageDate(_ paragraph: String) -> Bool {
    ExtractOptions.pageDateLabels.contains { label in
      guard paragraph.hasPrefix(label) else { return false }
      var rest = paragraph.unicodeScalars.dropFirst(label.unicodeScalars.count)
      if rest.first == ":" { rest = rest.dropFirst() }
      let date = rest.drop { $0.properties.isWhitespace }
      return date.first.map { ("0"..."9").contains($0) } ?? false
    }
  }

  /// Elements that never hold report text.
  private static let ignored: Set<String> = [
    "script", "style", "noscript", "template", "nav", "form", "button", "select", "textarea",
    "iframe", "svg", "canvas", "object", "embed", "head", "input", "label", "menu", "dialog",
  ]
  /// Parts of a class or id that mark a `div` or `section` as a fact box.
  /// (Not "box" alone: a page may wrap its whole text in a "content-box".)
  private static let boxNames = [
    "fakta", "factbox", "fact-box", "infoboks", "infobox", "info-box", "callout",
  ]
  /// Elements that only mark up words inside a paragraph.
  private static let inline: Set<String> = [
    "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i",
    "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
    "var", "wbr", "del", "ins",
  ]

  func document(from bytes: [UInt8]) throws -> Document {
    try BinarySniffer.check(bytes, path: path)
    guard let count = Int32(exactly: bytes.count) else {
      throw ExtractError.tooLarge(path: path, size: bytes.count, limit: Int(Int32.max))
    }
    guard let parser = htmlNewParserCtxt() else { throw ExtractError.outOfMemory(path: path) }
    defer { htmlFreeParserCtxt(parser) }
    let encoding: String? = String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : nil
    let errors = XMLErrorCollector()
    let parsed = LibXML.collectingErrors(errors) {
      bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          htmlCtxtReadMemory(parser, $0.baseAddress, count, path, encoding, LibXML.htmlOptions)
        }
      }
    }
    guard let doc = parsed else {
      let error = errors.firstError
      throw ExtractError.malformed(
        path: path, line: error?.line, column: error?.column,
        message: error?.message ?? "libxml2 could not parse the page")
    }
    defer { xmlFreeDoc(doc) }
    // Recover mode mends broken tags, but a parser limit (nesting depth) cuts the page short.
    if let limit = errors.entries.first(where: { $0.message.hasPrefix("Excessive depth") }) {
      throw ExtractError.malformed(
        path: path, line: limit.line, column: limit.column, message: limit.message)
    }
    guard let html = xmlDocGetRootElement(doc) else {
      throw ExtractError.empty(path: path, reason: "no HTML element")
    }
    guard let context = xmlXPathNewContext(doc) else { throw ExtractError.outOfMemory(path: path) }
    defer { xmlXPathFreeContext(context) }

    var walker = Walker(
      path: path, builder: MarkupDocumentBuilder(path: path, format: .html, options: options),
      text: MarkupText(path: path, skipped: Self.ignored))
    try walker.readHead(html, context: context, options: options)

    let rootQuery = try XPathQuery(
      options.htmlContentRoot ?? ExtractOptions.defaultHTMLContentRoot, field: "html_content_root",
      path: path)
    let body = XPathQuery.firstElement(named: "body", under: html)
    if let root = rootQuery.nodes(from: html, in: context).first(where: {
      $0.pointee.type == XML_ELEMENT_NODE
    }) {
      walker.chrome = ["footer"]
      try walker.walk(root, depth: 0)
    } else {
      walker.chrome = ["header", "footer", "aside"]
      try walker.walk(body ?? html, depth: 0)
    }
    walker.flush()
    guard !walker.builder.blocks.isEmpty else {
      throw ExtractError.empty(path: path, reason: "the page holds no report text")
    }
    return walker.builder.document(part: nil)
  }

  /// Walks the content root in document order, building blocks.
  private struct Walker {
    let path: String
    var builder: MarkupDocumentBuilder
    var text: MarkupText
    var chrome: Set<String> = []
    let patterns = ReportPatterns.shared
    private var pending = ""
    private var pendingLine: Int?
    private var sawTitle = false

    init(path: String, builder: MarkupDocumentBuilder, text: MarkupText) {
      self.path = path
      self.builder = builder
      self.text = text
    }

    /// Title, year, municipality and language from `<html lang>` and `<title>`.
    mutating func readHead(
      _ html: xmlNodePtr, context: xmlXPathContextPtr, options: ExtractOptions
    ) throws {
      let attributes = try text.attributes(of: html)
      if options.language == nil, let lang = attributes["lang"]?.lowercased() {
        if lang.hasPrefix("nn") { builder.metadata.language = .nn }
        if lang.hasPrefix("nb") { builder.metadata.language = .nb }
      }
      let titleQuery = try XPathQuery("//head/title | //title", field: "title", path: path)
      if let node = titleQuery.nodes(from: html, in: context).first {
        let title = Whitespace.collapse(try text.text(of: node))
        if let found = patterns.titleInside(title) {
          builder.metadata.title = found.title
          builder.metadata.reportYear = found.year
        }
        if let name = patterns.municipality(in: title) { builder.metadata.municipality = name }
      }
    }

    mutating func walk(_ node: xmlNodePtr, depth: Int) throws {
      guard depth < MarkupText.maxDepth else {
        throw ExtractError.limitExceeded(
          path: path, line: LibXML.line(of: node),
          reason: "elements nest deeper than \(MarkupText.maxDepth) levels")
      }
      var child = node.pointee.children
      while let current = child {
        defer { child = current.pointee.next }
        switch current.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_ENTITY_REF_NODE:
          try addPending(current)
        case XML_ELEMENT_NODE:
          let name = LibXML.name(of: current)
          if HTMLReader.ignored.contains(name) || chrome.contains(name) { continue }
          if HTMLReader.inline.contains(name) {
            try addPending(current)
          } else {
            flush()
            try element(name, current, depth: depth)
          }
        default:
          continue
        }
      }
      flush()
    }

    private mutating func element(_ name: String, _ node: xmlNodePtr, depth: Int) throws {
      let line = LibXML.line(of: node)
      switch name {
      case "h1", "h2", "h3", "h4", "h5", "h6":
        try heading(Int(name.dropFirst()) ?? 2, node, line: line)
      case "p", "dt", "dd", "figcaption", "pre", "address":
        let paragraph = try text.text(of: node)
        // "Sist oppdatert 28. april 2022": when the page changed, not a fact of the report.
        guard !HTMLReader.isPageDate(paragraph) else { return }
        builder.add(.paragraph, text: paragraph, line: line)
      case "li":
        text.skipped.formUnion(["ul", "ol", "table"])
        let own = try text.text(of: node)
        text.skipped.subtract(["ul", "ol", "table"])
        builder.add(.listItem, text: own, line: line)
        try walkNested(["ul", "ol", "table"], in: node, depth: depth)
      case "table":
        builder.add(try TableReader.read(node, text: &text))
      case "aside":
        try walkBox(node, depth: depth)
      case "div", "section":
        if try isFactBox(node) {
          try walkBox(node, depth: depth)
        } else {
          try walk(node, depth: depth + 1)
        }
      default:
        try walk(node, depth: depth + 1)
      }
    }

    /// A fact box: its headings apply inside it only, so the paragraph after the box keeps
    /// the heading it stood under ("Visste du?" is not the heading of what follows).
    private mutating func walkBox(_ node: xmlNodePtr, depth: Int) throws {
      builder.enterBox()
      try walk(node, depth: depth + 1)
      builder.leaveBox()
    }

    /// True for a `div` or `section` whose class or id names a fact box ("faktaboks",
    /// "fact-box", "infoboks", "callout").
    private mutating func isFactBox(_ node: xmlNodePtr) throws -> Bool {
      guard node.pointee.properties != nil else { return false }
      let attributes = try text.attributes(of: node)
      let names = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
      return HTMLReader.boxNames.contains { names.contains($0) }
    }

    private mutating func heading(_ level: Int, _ node: xmlNodePtr, line: Int?) throws {
      let heading = Whitespace.collapse(try text.text(of: node))
      guard !heading.isEmpty else { return }
      if level == 1, let title = patterns.title(heading) {
        if !sawTitle {
          sawTitle = true
          builder.metadata.title = title.title
          builder.metadata.reportYear = title.year
          if let name = patterns.municipality(in: heading) { builder.metadata.municipality = name }
        }
        return
      }
      if level <= 2, let section = patterns.section(heading) {
        builder.setSection(
          number: section.number, title: section.title, heading: heading, line: line)
        return
      }
      let blockLevel = level == 1 ? 1 : (level <= 3 ? 2 : 3)
      builder.add(.heading(level: blockLevel), text: heading, line: line)
    }

    private mutating func walkNested(_ names: Set<String>, in node: xmlNodePtr, depth: Int) throws {
      var child = node.pointee.children
      while let current = child {
        defer { child = current.pointee.next }
        guard current.pointee.type == XML_ELEMENT_NODE else { continue }
        let name = LibXML.name(of: current)
        if names.contains(name) {
          try element(name, current, depth: depth + 1)
        }
      }
    }

    private mutating func addPending(_ node: xmlNodePtr) throws {
      let piece = try text.text(of: node)
      if pendingLine == nil, piece.contains(where: { !$0.isWhitespace }) {
        pendingLine = LibXML.line(of: node)
      }
      pending += piece
    }

    /// Loose text between block elements becomes a paragraph of its own.
    mutating func flush() {
      if pendingLine != nil { builder.add(.paragraph, text: pending, line: pendingLine) }
      pending = ""
      pendingLine = nil
    }
  }
}

extension XPathQuery {
  /// The first child element of `node` with the given name.
  static func firstElement(named name: String, under node: xmlNodePtr) -> xmlNodePtr? {
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, LibXML.name(of: current) == name {
        return current
      }
      child = current.pointee.next
    }
    return nil
  }
}
