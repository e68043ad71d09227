import CLibXML2

/// A compiled XPath expression; a class because it owns the libxml2 compiled form.
final class XPathQuery {
  private let compiled: xmlXPathCompExprPtr

  /// Compiles `expression`, or throws `ExtractError.invalidXPath` naming the config field.
  init(_ expression: String, field: String, path: String) throws {
    let errors = XMLErrorCollector()
    let compiled = LibXML.collectingErrors(errors) { xmlXPathCompile(expression) }
    guard let compiled, errors.firstError == nil else {
      if let compiled { xmlXPathFreeCompExpr(compiled) }
      throw ExtractError.invalidXPath(path: path, field: field, expression: expression)
    }
    self.compiled = compiled
  }

  deinit { xmlXPathFreeCompExpr(compiled) }

  /// The nodes the expression selects from `node`, in document order (empty for non-node-sets).
  func nodes(from node: xmlNodePtr, in context: xmlXPathContextPtr) -> [xmlNodePtr] {
    context.pointee.node = node
    let errors = XMLErrorCollector()
    guard let result = LibXML.collectingErrors(errors, { xmlXPathCompiledEval(compiled, context) })
    else { return [] }
    defer { xmlXPathFreeObject(result) }
    guard result.pointee.type == XPATH_NODESET, let set = result.pointee.nodesetval,
      let table = set.pointee.nodeTab
    else { return [] }
    return (0..<Int(set.pointee.nodeNr)).compactMap { table[$0] }
  }

  /// The expression's value from `node` as text: the first node's text, or a string/number.
  func string(from node: xmlNodePtr, in context: xmlXPathContextPtr, text: inout MarkupText)
    throws -> String?
  {
    context.pointee.node = node
    let errors = XMLErrorCollector()
    guard let result = LibXML.collectingErrors(errors, { xmlXPathCompiledEval(compiled, context) })
    else { return nil }
    defer { xmlXPathFreeObject(result) }
    let value: String?
    switch result.pointee.type {
    case XPATH_NODESET:
      guard let set = result.pointee.nodesetval, set.pointee.nodeNr > 0,
        let first = set.pointee.nodeTab?[0]
      else { return nil }
      value =
        first.pointee.type == XML_ATTRIBUTE_NODE
        ? try text.text(ofChildren: first.pointee.children) : try text.text(of: first)
    case XPATH_STRING:
      value = LibXML.string(result.pointee.stringval)
    case XPATH_NUMBER:
      let number = result.pointee.floatval
      value =
        number.isFinite ? (number == number.rounded() ? String(Int(number)) : String(number)) : nil
    default:
      value = nil
    }
    return value.map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
  }
}
