import CLibXML2
import Foundation

/// Small helpers around libxml2; nothing here hands a libxml2 pointer out of the module.
enum LibXML {
  /// `xmlInitParser()` runs once, thread-safely, the first time this is read.
  static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  /// Parser options for XML: no network, no entity substitution, no external DTD, no HUGE,
  /// line numbers above 65 535 kept.
  static let xmlOptions = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
      | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

  /// Parser options for HTML: recover from broken markup, no network, errors collected by us.
  static let htmlOptions = Int32(
    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue)

  /// A libxml2 string as Swift, or nil.
  static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  /// A libxml2 string that the caller owns, freed after conversion.
  static func takeString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { atsetl_xmlFree(pointer) }
    return String(cString: pointer)
  }

  /// The element's local name, lower-cased for HTML's sake.
  static func name(of node: xmlNodePtr) -> String {
    string(node.pointee.name)?.lowercased() ?? ""
  }

  /// The node's 1-based source line, or nil.
  static func line(of node: xmlNodePtr) -> Int? {
    let line = Int(xmlGetLineNo(node))
    return line > 0 ? line : nil
  }

  /// Runs a synchronous libxml2 call with a per-thread structured error handler installed.
  static func collectingErrors<Result>(
    _ errors: XMLErrorCollector, _ body: () throws -> Result
  ) rethrows -> Result {
    let context = Unmanaged.passUnretained(errors).toOpaque()
    xmlSetStructuredErrorFunc(context, XMLErrorCollector.handler)
    defer { xmlSetStructuredErrorFunc(nil, nil) }
    return try withExtendedLifetime(errors) { try body() }
  }
}

/// Receives libxml2's structured errors during one parse.
///
/// A class because libxml2 calls back through a raw context pointer; used on one thread only.
final class XMLErrorCollector {
  /// One error or warning as libxml2 reported it.
  struct Entry: Equatable {
    var line: Int?
    var column: Int?
    var message: String
    var isError: Bool
    /// libxml2 gave up: the input is not well-formed (or broke a limit).
    var isFatal: Bool
    var code: Int
  }

  private(set) var entries: [Entry] = []
  private var drained = 0

  /// The first error (not warning), if any.
  var firstError: Entry? { entries.first(where: \.isError) }

  /// The first fatal error, if any.
  var firstFatal: Entry? { entries.first(where: \.isFatal) }

  /// The entries recorded since the last call.
  func drain() -> ArraySlice<Entry> {
    defer { drained = entries.count }
    return entries[drained...]
  }

  /// The C callback: `userData` is an unretained `XMLErrorCollector`.
  static let handler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let collector = Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue()
    collector.record(error.pointee)
  }

  private func record(_ error: xmlError) {
    guard entries.count < 100 else { return }
    let message =
      error.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
      ?? "unknown libxml2 error \(error.code)"
    let line = error.line > 0 ? Int(error.line) : nil
    let column = error.int2 > 0 ? Int(error.int2) : nil
    let isError = error.level.rawValue >= XML_ERR_ERROR.rawValue
    let isFatal = error.level.rawValue >= XML_ERR_FATAL.rawValue
    entries.append(
      Entry(
        line: line, column: column, message: message, isError: isError, isFatal: isFatal,
        code: Int(error.code)))
  }
}
