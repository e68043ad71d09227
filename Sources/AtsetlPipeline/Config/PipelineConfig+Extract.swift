import AtsetlExtract

extension PipelineConfig {
  /// The Extract stage's options for one source: the config's defaults, `drop_lines`, and
  /// the source's XML mapping or HTML content root.
  package func extractOptions(for source: SourceConfig) -> ExtractOptions {
    var options = ExtractOptions()
    options.dropLines = transform.dropLines
    options.municipality = defaults.municipality
    options.language = defaults.language
    options.reportYear = defaults.reportYear
    options.xmlMapping = source.mapping
    options.htmlContentRoot = source.contentRoot
    return options
  }
}
