import Foundation

/// Checks a decoded config against the file system for `atsetl validate`, writing nothing.
///
/// Every pattern of a non-optional source must match at least one regular file, and every
/// place the run writes (outputs, `output_dir`, state, lock) must be in a writable folder,
/// or in one that can be created because its nearest existing ancestor is a writable folder.
///
/// ```swift
/// let report = ConfigValidator.validate(config)
/// print(report)
/// exit(report.isValid ? 0 : 78)
/// ```
package enum ConfigValidator {
  /// The report for `config`; problems are collected, never thrown.
  package static func validate(_ config: PipelineConfig) -> ValidationReport {
    let base = config.baseDirectory
    var sources: [ValidationReport.SourceCheck] = []
    var warnings: [String] = []
    var firstSource: [URL: String] = [:]
    for (sourceIndex, source) in config.sources.enumerated() {
      var checks: [ValidationReport.PatternCheck] = []
      for (index, pattern) in source.paths.enumerated() {
        var check = ValidationReport.PatternCheck(
          jsonPath: "sources[\(sourceIndex)].paths[\(index)]", pattern: pattern, files: [],
          problem: nil)
        do {
          check.files = try InputDiscovery.files(matching: [pattern], relativeTo: base)
          if check.files.isEmpty {
            let message = "no files match \(JSONValue.quoted(pattern))"
            if source.isOptional {
              warnings.append("\(check.jsonPath): \(message) (source is optional)")
            } else {
              check.problem = message
            }
          }
        } catch {
          check.problem = error.description
        }
        checks.append(check)
      }
      let result = ValidationReport.SourceCheck(
        id: source.id, format: source.format, isOptional: source.isOptional, patterns: checks)
      for file in result.files {
        if let other = firstSource[file] {
          warnings.append(
            "\(InputDiscovery.relativePath(of: file, to: base)) is matched by sources \(other) and \(source.id); it will be read twice"
          )
        } else {
          firstSource[file] = source.id
        }
      }
      sources.append(result)
    }

    var locations: [ValidationReport.LocationCheck] = []
    for (index, output) in config.outputs.enumerated() {
      locations.append(
        .init(
          jsonPath: "outputs[\(index)].path", path: output.path,
          problem: fileProblem(output.path.url)))
    }
    locations.append(
      .init(
        jsonPath: "output_dir", path: config.outputDirectory,
        problem: folderProblem(config.outputDirectory.url)))
    locations.append(
      .init(jsonPath: "state", path: config.state, problem: fileProblem(config.state.url)))
    locations.append(
      .init(jsonPath: "lock", path: config.lock, problem: fileProblem(config.lock.url)))
    return ValidationReport(
      baseDirectory: base, sources: sources, locations: locations, warnings: warnings)
  }

  /// Why a file could not be (re)placed at `url`, or `nil`.
  static func fileProblem(_ url: URL) -> String? {
    if let status = FileProbe.status(of: url.path).status, status.isDirectory {
      return "is a folder, not a file"
    }
    return folderProblem(url.deletingLastPathComponent())
  }

  /// Why the run could not create files in the folder `url` (creating it if needed), or `nil`.
  static func folderProblem(_ url: URL) -> String? {
    let folder = url.standardizedFileURL.path
    let (status, errorNumber) = FileProbe.status(of: folder)
    if let status {
      guard status.isDirectory else { return "\(folder) is not a folder" }
      return FileProbe.canCreateEntries(in: folder) ? nil : "folder \(folder) is not writable"
    }
    if errorNumber != ENOENT, errorNumber != ENOTDIR {
      return "\(folder): \(FileProbe.message(for: errorNumber))"
    }
    // Missing: find the nearest existing ancestor, which must be a writable folder.
    var ancestor = URL(fileURLWithPath: folder).deletingLastPathComponent()
    while true {
      let path = ancestor.standardizedFileURL.path
      let (status, errorNumber) = FileProbe.status(of: path)
      if let status {
        guard status.isDirectory else { return "cannot create \(folder): \(path) is not a folder" }
        return FileProbe.canCreateEntries(in: path)
          ? nil : "cannot create \(folder): folder \(path) is not writable"
      }
      if errorNumber != ENOENT, errorNumber != ENOTDIR {
        return "cannot create \(folder): \(path): \(FileProbe.message(for: errorNumber))"
      }
      if path == "/" { return "cannot create \(folder)" }
      ancestor = ancestor.deletingLastPathComponent()
    }
  }
}
