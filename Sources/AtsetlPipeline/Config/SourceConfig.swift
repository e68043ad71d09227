import AtsetlExtract
import AtsetlModel

/// One group of input files read the same way (an element of `sources`).
package struct SourceConfig: Sendable, Equatable {
  /// A name unique within the config, used in logs and the validate report.
  package var id: String
  /// How the files are read.
  package var format: SourceFormat
  /// Path patterns relative to the config file's folder, as written (`*`, `?`, `[...]`,
  /// and `**` for any depth of folders). Expand them with `InputDiscovery`.
  package var paths: [String]
  /// When true, a pattern that matches no file is not a problem.
  package var isOptional: Bool
  /// For `xml` sources: XPath rules for a non-default export shape; `nil` = default schema
  /// (streamed). The expressions are compiled by the Extract stage, not here.
  package var mapping: XMLMapping?
  /// For `html` sources: an XPath selecting the element that holds the report text
  /// (`//main`); `nil` = `ExtractOptions.defaultHTMLContentRoot`.
  package var contentRoot: String?

  /// A source with the given patterns; `id` defaults to the format's name.
  package init(
    id: String? = nil, format: SourceFormat, paths: [String], isOptional: Bool = false,
    mapping: XMLMapping? = nil, contentRoot: String? = nil
  ) {
    self.id = id ?? format.rawValue
    self.format = format
    self.paths = paths
    self.isOptional = isOptional
    self.mapping = mapping
    self.contentRoot = contentRoot
  }
}
