import AtsetlModel
import CLibXML2
import Foundation

/// Collects the text of a libxml2 subtree within a budget, expanding internal entities.
///
/// libxml2 keeps entity references as nodes (atsetl never asks it to substitute them); an
/// internal entity's text is read from its declaration, an external one is never read. The
/// budget, per element read, bounds the work a crafted file can cause (nested entities, huge
/// subtrees); libxml2's own entity-amplification check usually stops such a file first.
struct MarkupText {
  /// The most nodes one element may make us visit.
  static let nodeBudget = 1_000_000
  /// The most UTF-8 bytes of text one element may make us collect.
  static let byteBudget = 8 << 20
  /// The deepest element or entity nesting we walk.
  static let maxDepth = 512

  let path: String
  /// Elements whose text is not content (HTML `script`, `style`, …).
  var skipped: Set<String> = []
  private(set) var visitedNodes = 0
  private(set) var collectedBytes = 0
  /// The line of the element being read: where a limit is reported when the node that breaks
  /// it (text from an entity declared in the DTD) has no line of its own.
  private var elementLine: Int?
  /// An external entity reference was met and left unread since the last `takeSkippedEntity()`.
  private var skippedExternalEntity = false

  /// True once after an external entity reference was met and left unread.
  mutating func takeSkippedEntity() -> Bool {
    defer { skippedExternalEntity = false }
    return skippedExternalEntity
  }

  init(path: String, skipped: Set<String> = []) {
    self.path = path
    self.skipped = skipped
  }

  /// The raw text of `node` and its descendants (whitespace as written).
  mutating func text(of node: xmlNodePtr) throws -> String {
    resetBudget()
    elementLine = LibXML.line(of: node)
    var output = ""
    try append(node, to: &output, depth: 0)
    return output
  }

  /// The raw text of the children of `node` (for attributes and entity declarations).
  mutating func text(ofChildren first: xmlNodePtr?) throws -> String {
    resetBudget()
    elementLine = first.flatMap { $0.pointee.parent }.flatMap { LibXML.line(of: $0) }
    var output = ""
    try appendSiblings(first, to: &output, depth: 0)
    return output
  }

  /// The attributes of an element, their values with entities expanded within the budget.
  mutating func attributes(of node: xmlNodePtr) throws -> [String: String] {
    var result: [String: String] = [:]
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = LibXML.string(current.pointee.name)?.lowercased() ?? ""
      let first = current.pointee.children
      result[name] = try text(ofChildren: first)
      attribute = current.pointee.next
    }
    return result
  }

  private mutating func resetBudget() {
    visitedNodes = 0
    collectedBytes = 0
  }

  private mutating func appendSiblings(_ first: xmlNodePtr?, to output: inout String, depth: Int)
    throws
  {
    var child = first
    while let node = child {
      try append(node, to: &output, depth: depth)
      child = node.pointee.next
    }
  }

  private mutating func append(_ node: xmlNodePtr, to output: inout String, depth: Int) throws {
    visitedNodes += 1
    guard visitedNodes <= Self.nodeBudget else {
      throw ExtractError.limitExceeded(
        path: path, line: LibXML.line(of: node) ?? elementLine,
        reason: "more than \(Self.nodeBudget) nodes (entity expansion?)")
    }
    guard depth <= Self.maxDepth else {
      throw ExtractError.limitExceeded(
        path: path, line: LibXML.line(of: node) ?? elementLine,
        reason: "nesting deeper than \(Self.maxDepth) levels")
    }
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      if let content = LibXML.string(node.pointee.content) {
        try append(text: content, of: node, to: &output)
      }
    case XML_ELEMENT_NODE:
      if !skipped.isEmpty, skipped.contains(LibXML.name(of: node)) { return }
      if LibXML.name(of: node) == "br" { output += "\n" }
      try appendSiblings(node.pointee.children, to: &output, depth: depth + 1)
    case XML_ENTITY_REF_NODE:
      try appendEntity(referencedBy: node, to: &output, depth: depth)
    default:
      return
    }
  }

  private mutating func append(text: String, of node: xmlNodePtr, to output: inout String) throws {
    collectedBytes += text.utf8.count
    guard collectedBytes <= Self.byteBudget else {
      throw ExtractError.limitExceeded(
        path: path, line: LibXML.line(of: node) ?? elementLine,
        reason: "more than \(Self.byteBudget >> 20) MiB of text in one element (entity expansion?)")
    }
    output += text
  }

  private mutating func appendEntity(
    referencedBy node: xmlNodePtr, to output: inout String, depth: Int
  ) throws {
    // libxml2 points an entity reference's `children` at the entity declaration.
    guard let declaration = node.pointee.children,
      declaration.pointee.type == XML_ENTITY_DECL
    else { return }
    let entity = UnsafeMutableRawPointer(declaration).assumingMemoryBound(to: xmlEntity.self)
    switch entity.pointee.etype {
    case XML_INTERNAL_GENERAL_ENTITY, XML_INTERNAL_PREDEFINED_ENTITY:
      if let children = entity.pointee.children {
        try appendSiblings(children, to: &output, depth: depth + 1)
      } else if let content = LibXML.string(entity.pointee.content), !content.contains("&"),
        !content.contains("<")
      {
        try append(text: content, of: node, to: &output)
      }
    default:
      skippedExternalEntity = true
    }
  }
}

/// Whitespace rules for markup text.
enum Whitespace {
  /// Collapses runs of whitespace to one space and trims; NFC-normalises.
  ///
  /// A run made only of no-break spaces is kept as written ("1 234" keeps its grouping
  /// space); any run that holds an ordinary space or a line break becomes one space.
  static func collapse(_ text: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    /// Where the pending run of spaces starts in `text`'s UTF-8, and whether it holds only
    /// no-break spaces.
    var run: Range<Int>?
    var runIsHard = true
    var text = text
    text.withUTF8 { utf8 in
      var index = 0
      while index < utf8.count {
        let start = index
        let scalar = Self.scalar(in: utf8, at: &index)
        if isWhitespace(scalar) {
          run = (run?.lowerBound ?? start)..<index
          if !isNoBreakSpace(scalar) { runIsHard = false }
          continue
        }
        if let pending = run {
          if !result.isEmpty {
            if runIsHard {
              result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[pending]))
            } else {
              result.append(UInt8(ascii: " "))
            }
          }
          run = nil
          runIsHard = true
        }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
      }
    }
    let collapsed = String(decoding: result, as: UTF8.self)
    return collapsed.isSurelyNFC
      ? collapsed : collapsed.precomposedStringWithCanonicalMapping
  }

  /// The scalar whose UTF-8 starts at `index` (valid UTF-8: a Swift string's), moving past it.
  private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at index: inout Int)
    -> Unicode.Scalar
  {
    let lead = UInt32(utf8[index])
    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
    for offset in 1..<max(1, length) { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
    index += length
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Unicode's White_Space characters, and the zero-width space that web pages put between
  /// words.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }

  private static func isNoBreakSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{A0}" || scalar == "\u{202F}" || scalar == "\u{2007}"
  }
}
