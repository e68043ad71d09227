import Foundation

/// A file or folder path from `pipeline.json`: as written, and resolved against the
/// config file's folder.
///
/// Absolute paths stay as they are; relative ones are joined to the config's folder.
/// `.` and `..` are folded; symbolic links are not resolved. `~` is not expanded.
package struct ConfigPath: Sendable, Hashable, CustomStringConvertible {
  /// The path exactly as written in the config (or the default's spelling).
  package var written: String
  /// The absolute file URL it names.
  package var url: URL

  /// Resolves `written` against `base`, the folder that holds the config file.
  package init(_ written: String, relativeTo base: URL) {
    self.written = written
    self.url = Self.resolve(written, relativeTo: base)
  }

  /// The resolved absolute path.
  package var path: String { url.path }

  /// The path as written.
  package var description: String { written }

  /// `written` made absolute against `base` and standardised.
  package static func resolve(_ written: String, relativeTo base: URL) -> URL {
    if written.hasPrefix("/") {
      return URL(fileURLWithPath: written).standardizedFileURL
    }
    let folder = base.standardizedFileURL.path
    let joined = folder.hasSuffix("/") ? folder + written : folder + "/" + written
    return URL(fileURLWithPath: joined).standardizedFileURL
  }
}
