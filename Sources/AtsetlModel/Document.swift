/// One report read from an input file: its metadata and its ordered blocks.
///
/// A file usually holds one document; an XML export may hold several, told apart by
/// `part` (1-based) and shown as `path#part`. Offsets in the blocks count Unicode scalars
/// in the document's extracted plain text: for a text file the decoded file itself (BOM
/// removed, line ends as `\n`), for XML and HTML the block texts joined by blank lines.
package struct Document: Sendable, Hashable {
  /// The input path as the operator wrote it, relative to the config file.
  package var path: String
  /// 1-based position of this report in a file holding several, else `nil`.
  package var part: Int?
  package var format: SourceFormat
  package var metadata: DocumentMetadata
  package var blocks: [Block]
  /// Recoverable problems met while reading (an undecodable byte, a skipped table).
  package var diagnostics: [Diagnostic]

  package init(
    path: String, part: Int? = nil, format: SourceFormat, metadata: DocumentMetadata = .init(),
    blocks: [Block] = [], diagnostics: [Diagnostic] = []
  ) {
    self.path = path
    self.part = part
    self.format = format
    self.metadata = metadata
    self.blocks = blocks
    self.diagnostics = diagnostics
  }

  /// The name facts carry in their `document` field: `path`, or `path#part`.
  package var name: String {
    if let part { "\(path)#\(part)" } else { path }
  }
}

/// What a document says about itself (or what the config supplies for it).
package struct DocumentMetadata: Sendable, Hashable {
  package var municipality: String?
  /// From the title ("Årsrapport 2021"), the export's metadata or the config.
  package var reportYear: Int?
  package var title: String?
  /// Detected from marker words unless the export or config states it.
  package var language: Language?

  package init(
    municipality: String? = nil, reportYear: Int? = nil, title: String? = nil,
    language: Language? = nil
  ) {
    self.municipality = municipality
    self.reportYear = reportYear
    self.title = title
    self.language = language
  }
}
