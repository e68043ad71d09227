/// Why `datapackage.json` could not be written; the previous file at that path is left whole.
///
/// Messages name the `datapackage.json` path first, as configured. Disk errors come as
/// ``LoadError``.
package enum DataPackageError: Error, Equatable, CustomStringConvertible {
  /// A package must describe at least one file.
  case noResources(package: String)
  /// A resource path is absolute, goes through `..` or lies outside the package's folder.
  case resourceOutsidePackage(package: String, path: String)

  /// The operator-facing message, path first.
  package var description: String {
    switch self {
    case .noResources(let package):
      "\(package): a data package needs at least one CSV output to describe"
    case .resourceOutsidePackage(let package, let path):
      "\(package): '\(path)' must be in the data package's folder or below it (relative, no '..')"
    }
  }
}
