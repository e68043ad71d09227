import Foundation

/// Writes `datapackage.json`: a Frictionless Tabular Data Package describing the CSV outputs.
///
/// With it, `frictionless validate`, pandas (via `frictionless`) and R's `frictionless` package
/// read each CSV with its dialect (separator, line ends, BOM) and each column with its type:
/// `report_year`, `offset` and `line` as integers, `value`, `lower` and `upper` as numbers
/// (with `decimalChar: ","` for `excel-nb`), identifiers such as `section_number` as strings,
/// enumerations (`kind`, `qualifier`, `change`, `language`, `format`, `status`) as `enum`
/// constraints. An empty cell is a missing value. The output is deterministic (sorted keys,
/// resources in the given order) and published atomically.
///
/// ```swift
/// try DataPackageWriter.write(
///   to: URL(fileURLWithPath: "output/datapackage.json"), name: "stavanger-ats",
///   resources: [
///     DataPackageResource(path: "facts.csv", table: .facts),
///     DataPackageResource(path: "facts-excel.csv", dialect: .excelNorwegian, table: .facts),
///     DataPackageResource(path: "documents.csv", table: .documents),
///   ])
/// ```
package enum DataPackageWriter {
  /// The package name used when none is given.
  package static let defaultName = "atsetl-facts"

  /// The descriptor for `resources`, named after `name` (made a valid package name).
  ///
  /// Resource names come from the file names (`facts-excel.csv` → `facts-excel`), made unique
  /// with `-2`, `-3` … when two files share a name.
  ///
  /// - Throws: ``DataPackageError`` for an empty list or an unsafe path; `packagePath` is the
  ///   path shown in the message.
  package static func descriptor(
    name: String = defaultName, resources: [DataPackageResource], packagePath: String
  ) throws -> DataPackageDescriptor {
    guard !resources.isEmpty else { throw DataPackageError.noResources(package: packagePath) }
    var usedNames: Set<String> = []
    let described = try resources.map { resource in
      guard resource.hasSafePath else {
        throw DataPackageError.resourceOutsidePackage(package: packagePath, path: resource.path)
      }
      let fileName = resource.path.split(separator: "/").last.map(String.init) ?? resource.path
      let stem = fileName.lowercased().hasSuffix(".csv") ? String(fileName.dropLast(4)) : fileName
      var resourceName = identifier(stem, fallback: resource.table.name)
      var counter = 2
      while usedNames.contains(resourceName) {
        resourceName = identifier(stem, fallback: resource.table.name) + "-\(counter)"
        counter += 1
      }
      usedNames.insert(resourceName)
      return describe(resource, name: resourceName)
    }
    return DataPackageDescriptor(
      name: identifier(name, fallback: defaultName), resources: described)
  }

  /// The `datapackage.json` bytes: pretty-printed, sorted keys, `/` unescaped, final newline.
  package static func encoded(_ descriptor: DataPackageDescriptor, packagePath: String) throws
    -> Data
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      var data = try encoder.encode(descriptor)
      data.append(UInt8(ascii: "\n"))
      return data
    } catch {
      throw LoadError.encodingFailed(path: packagePath, reason: "\(error)")
    }
  }

  /// Writes `datapackage.json` describing `resources` to `url`, atomically.
  ///
  /// Resource paths are relative to `url`'s folder (see ``DataPackageResource``).
  package static func write(
    to url: URL, name: String = defaultName, resources: [DataPackageResource],
    faults: FaultInjection = .none
  ) throws {
    let packagePath = url.relativePath
    let data = try encoded(
      descriptor(name: name, resources: resources, packagePath: packagePath),
      packagePath: packagePath)
    try AtomicFile.publish(url, faults: faults) { try $0.write(contentsOf: data) }
  }

  /// `text` as a Frictionless name: lower-case `a-z`, `0-9`, `-`, `_`, `.`; other characters
  /// become `-` (`Stavanger ATS` → `stavanger-ats`, `æ` → `-`).
  package static func identifier(_ text: String, fallback: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9", "-", "_", ".": result.unicodeScalars.append(scalar)
      default: result += "-"
      }
    }
    return result.isEmpty ? fallback : result
  }

  private static func describe(_ resource: DataPackageResource, name: String)
    -> DataPackageDescriptor.Resource
  {
    let dialect = resource.dialect
    var description = resource.table.summary + " CSV dialect \(dialect.name)."
    if dialect.neutralisesFormulas {
      description +=
        " Text cells that begin with =, +, -, @, tab or CR start with an added apostrophe (')."
    }
    if dialect.keepsIdentifiersAsText {
      description +=
        " Text cells a spreadsheet would read as a number or date start with an invisible"
        + " U+2060 WORD JOINER."
    }
    return DataPackageDescriptor.Resource(
      name: name, path: resource.path, description: description,
      encoding: dialect.writesByteOrderMark ? "utf-8-sig" : "utf-8",
      dialect: DataPackageDescriptor.Dialect(
        delimiter: String(UnicodeScalar(dialect.separator)), lineTerminator: dialect.lineEnding),
      schema: DataPackageDescriptor.Schema(
        fields: resource.table.fields(decimalSeparator: dialect.decimalSeparator),
        primaryKey: resource.table.primaryKey))
  }
}
