import Foundation

/// One CSV file to describe in `datapackage.json`: where it is, its dialect and its table.
package struct DataPackageResource: Sendable, Hashable {
  /// The file's path relative to the folder of `datapackage.json`, `/`-separated
  /// (`facts.csv`, `excel/facts.csv`); never absolute, never through `..`.
  package var path: String
  /// The dialect the file was written in.
  package var dialect: CSVDialect
  /// Which table the file holds.
  package var table: DataPackageTable

  /// A resource at `path`, relative to the package's folder.
  package init(path: String, dialect: CSVDialect = .rfc4180, table: DataPackageTable) {
    self.path = path
    self.dialect = dialect
    self.table = table
  }

  /// A resource for `file`, its path taken relative to the folder of `package`
  /// (the `datapackage.json` URL).
  ///
  /// - Throws: ``DataPackageError/resourceOutsidePackage(package:path:)`` when `file` is not
  ///   inside that folder (Frictionless readers refuse such paths).
  package init(
    file: URL, package: URL, dialect: CSVDialect = .rfc4180, table: DataPackageTable
  ) throws {
    let folder = package.absoluteURL.deletingLastPathComponent().standardizedFileURL
      .pathComponents
    let components = file.absoluteURL.standardizedFileURL.pathComponents
    guard components.count > folder.count, Array(components.prefix(folder.count)) == folder
    else {
      throw DataPackageError.resourceOutsidePackage(
        package: package.relativePath, path: file.relativePath)
    }
    self.init(
      path: components.dropFirst(folder.count).joined(separator: "/"), dialect: dialect,
      table: table)
  }

  /// Whether ``path`` is one a Frictionless reader accepts: relative, `/`-separated, no `..`.
  package var hasSafePath: Bool {
    let segments = path.split(separator: "/", omittingEmptySubsequences: false)
    return !path.isEmpty && !path.hasPrefix("/") && !path.contains("\\")
      && !segments.contains { $0 == ".." || $0.isEmpty } && !path.contains("://")
  }
}
