import AtsetlExtract
import AtsetlModel

/// Settings for finding facts in documents (`transform` in `pipeline.json`).
package struct TransformConfig: Sendable, Equatable {
  /// Regular expressions (ICU syntax, as `NSRegularExpression`) for page-chrome lines in
  /// text inputs; applied by the Extract stage (see `ExtractOptions.dropLines` for how a
  /// match drops or cuts a line). Giving `drop_lines` replaces the defaults; `[]` keeps
  /// every line.
  package var dropLines: [String]
  /// The fact kinds to keep; all kinds by default.
  package var kinds: Set<QuantityKind>

  /// The Stavanger report site's chrome, all kinds.
  package init(
    dropLines: [String] = Self.defaultDropLines,
    kinds: Set<QuantityKind> = Set(QuantityKind.allCases)
  ) {
    self.dropLines = dropLines
    self.kinds = kinds
  }

  /// Page chrome of Stavanger kommune's annual-report web pages saved as text.
  package static let defaultDropLines = ExtractOptions.defaultChrome
}
