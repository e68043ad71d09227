import CLibXML2
import Foundation

/// Reads a `<table>` subtree (XML default schema or HTML) into `TableData`.
enum TableReader {
  static func read(_ table: xmlNodePtr, text: inout MarkupText) throws -> TableData {
    var data = TableData()
    try collect(table.pointee.children, into: &data, isHead: false, text: &text, depth: 0)
    return data
  }

  private static func collect(
    _ first: xmlNodePtr?, into data: inout TableData, isHead: Bool, text: inout MarkupText,
    depth: Int
  ) throws {
    var child = first
    while let node = child {
      defer { child = node.pointee.next }
      guard node.pointee.type == XML_ELEMENT_NODE, depth < 8 else { continue }
      switch LibXML.name(of: node) {
      case "caption":
        data.caption = Whitespace.collapse(try text.text(of: node))
      case "thead":
        try collect(node.pointee.children, into: &data, isHead: true, text: &text, depth: depth + 1)
      case "tbody", "tfoot", "rows", "body", "head":
        let head = isHead || LibXML.name(of: node) == "head"
        try collect(node.pointee.children, into: &data, isHead: head, text: &text, depth: depth + 1)
      case "tr", "row":
        data.rows.append(try row(node, isHead: isHead, text: &text))
      default:
        continue
      }
    }
  }

  private static func row(_ node: xmlNodePtr, isHead: Bool, text: inout MarkupText) throws
    -> TableData.Row
  {
    var row = TableData.Row(cells: [], isHead: isHead)
    var child = node.pointee.children
    while let cell = child {
      defer { child = cell.pointee.next }
      guard cell.pointee.type == XML_ELEMENT_NODE else { continue }
      let name = LibXML.name(of: cell)
      guard name == "td" || name == "th" || name == "cell" else { continue }
      let attributes = try text.attributes(of: cell)
      func number(_ name: String) -> Int? {
        attributes[name].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
      }
      row.cells.append(
        TableData.Cell(
          text: Whitespace.collapse(try text.text(of: cell)), isHeader: name == "th",
          span: number("colspan") ?? 1, rowSpan: number("rowspan") ?? 1,
          line: LibXML.line(of: cell) ?? 0))
    }
    return row
  }
}
