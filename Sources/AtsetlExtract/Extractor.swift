import AtsetlModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Extract stage: reads one input file into documents (SPEC §5).
///
/// ```swift
/// try Extractor.readDocuments(
///   at: URL(fileURLWithPath: "input/stavanger-2021.xml"), displayPath: "input/stavanger-2021.xml",
///   format: .xml, options: ExtractOptions()
/// ) { document in facts += transform(document) }
/// ```
package enum Extractor {
  /// Reads one input file and calls `body` for each report in it, in order.
  ///
  /// An XML file may hold several reports: they get `part` 1, 2, …; a file with one report
  /// has `part == nil`. Default-schema XML is streamed, so at most two reports are held in
  /// memory at a time. If a later report is malformed, `body` may already have seen the
  /// earlier ones before the error is thrown; a caller that quarantines the file should drop
  /// them. Never crashes on input: every unreadable file is an `ExtractError`; an error that
  /// `body` throws is passed through unchanged.
  package static func readDocuments(
    at fileURL: URL, displayPath: String, format: SourceFormat, options: ExtractOptions,
    _ body: (Document) throws -> Void
  ) throws {
    _ = LibXML.initialised
    let size = try fileSize(at: fileURL, displayPath: displayPath, limit: options.maxFileSize)
    guard size > 0 else { throw ExtractError.empty(path: displayPath, reason: "file is empty") }
    switch format {
    case .text:
      let bytes = try readBytes(at: fileURL, displayPath: displayPath)
      try body(TextReader(path: displayPath, options: options).document(from: bytes))
    case .html:
      let bytes = try readBytes(at: fileURL, displayPath: displayPath)
      try body(HTMLReader(path: displayPath, options: options).document(from: bytes))
    case .xml:
      if let mapping = options.xmlMapping {
        let bytes = try readBytes(at: fileURL, displayPath: displayPath)
        try MappedXMLReader(path: displayPath, options: options, mapping: mapping)
          .readDocuments(from: bytes, body)
      } else {
        try XMLStreamReader(path: displayPath, options: options)
          .readDocuments(at: fileURL.path, body)
      }
    }
  }

  /// All documents of one input file (see `readDocuments(at:displayPath:format:options:_:)`).
  package static func documents(
    at fileURL: URL, displayPath: String, format: SourceFormat,
    options: ExtractOptions = ExtractOptions()
  ) throws -> [Document] {
    var documents: [Document] = []
    try readDocuments(at: fileURL, displayPath: displayPath, format: format, options: options) {
      documents.append($0)
    }
    return documents
  }

  /// The document's extracted plain text for XML and HTML: block texts joined by blank lines.
  ///
  /// Block offsets count Unicode scalars in this text. (For a text file the plain text is the
  /// decoded file itself, which the document does not keep.)
  package static func plainText(of document: Document) -> String {
    document.blocks.map(\.text).joined(separator: "\n\n")
  }

  /// The size of the file at `url`, checked against `limit`.
  ///
  /// One `lstat(2)`, as `URL.resourceValues` does on Linux (a symbolic link reports its own
  /// size and is never a folder) but without building its dictionary of values, which cost
  /// more than reading a short report.
  private static func fileSize(at url: URL, displayPath: String, limit: Int) throws -> Int {
    var info = stat()
    let found = url.withUnsafeFileSystemRepresentation { path in
      path.map { lstat($0, &info) == 0 } ?? false
    }
    guard found else {
      let reason =
        FileManager.default.fileExists(atPath: url.path) ? "permission denied" : "no such file"
      throw ExtractError.unreadable(path: displayPath, reason: reason)
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw ExtractError.unreadable(path: displayPath, reason: "is a folder, not a file")
    }
    let size = Int(info.st_size)
    guard size <= limit else {
      throw ExtractError.tooLarge(path: displayPath, size: size, limit: limit)
    }
    return size
  }

  private static func readBytes(at url: URL, displayPath: String) throws -> [UInt8] {
    do {
      return [UInt8](try Data(contentsOf: url))
    } catch {
      throw ExtractError.unreadable(path: displayPath, reason: error.localizedDescription)
    }
  }
}
