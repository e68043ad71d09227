import AtsetlModel
import Foundation

/// One file a source's patterns matched, as the run will read it.
package struct InputFile: Sendable, Hashable {
  /// The source (pipeline.json `sources[].id`) that matched it.
  package var source: String
  package var format: SourceFormat
  package var url: URL
  /// Its path relative to the config file: the facts' `document` field.
  package var path: String
}
