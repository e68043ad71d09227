import AtsetlModel
import Foundation

/// What `atsetl validate` found: the files each source matches and whether every output
/// location can be written. Problems are values here, never thrown.
package struct ValidationReport: Sendable, Equatable, CustomStringConvertible {
  /// One path pattern of a source and the files it matched.
  package struct PatternCheck: Sendable, Equatable {
    /// JSON path of the pattern (`sources[0].paths[1]`).
    package var jsonPath: String
    /// The pattern as written.
    package var pattern: String
    /// Matching regular files, sorted.
    package var files: [URL]
    /// Why the pattern is not usable (no match in a required source, unreadable folder).
    package var problem: String?
  }

  /// One source and what its patterns matched.
  package struct SourceCheck: Sendable, Equatable {
    /// The source's id.
    package var id: String
    /// How the source's files are read.
    package var format: SourceFormat
    /// Whether patterns without matches are tolerated.
    package var isOptional: Bool
    /// One check per pattern, in config order.
    package var patterns: [PatternCheck]

    /// Every file the source matched, sorted and de-duplicated.
    package var files: [URL] {
      Array(Set(patterns.flatMap(\.files))).sorted { $0.path < $1.path }
    }
  }

  /// A place the run will write (an output file, `output_dir`, the state or lock file).
  package struct LocationCheck: Sendable, Equatable {
    /// What it is, as a JSON path (`outputs[0].path`, `output_dir`, `state`, `lock`).
    package var jsonPath: String
    /// The file or folder, as written and resolved.
    package var path: ConfigPath
    /// Why the run could not write there; `nil` when it can.
    package var problem: String?
  }

  /// The folder of the config file (paths in `description` are shown relative to it).
  package var baseDirectory: URL
  /// One check per source, in config order.
  package var sources: [SourceCheck]
  /// The outputs, then `output_dir`, `state` and `lock`.
  package var locations: [LocationCheck]
  /// Things worth knowing that do not fail validation (a file matched by two sources,
  /// an optional source without files).
  package var warnings: [String]

  /// Every problem as `json.path: message`, in config order.
  package var problems: [String] {
    sources.flatMap { source in
      source.patterns.compactMap { check in check.problem.map { "\(check.jsonPath): \($0)" } }
    } + locations.compactMap { check in check.problem.map { "\(check.jsonPath): \($0)" } }
  }

  /// True when nothing stops a run (warnings allowed).
  package var isValid: Bool { problems.isEmpty }

  /// A plain-text report for the terminal: sources with their files, locations, then
  /// warnings and problems.
  package var description: String {
    var lines: [String] = []
    for source in sources {
      let files = source.files
      let optional = source.isOptional ? ", optional" : ""
      lines.append(
        "source \(source.id) (\(source.format.rawValue)\(optional)): \(files.count) file\(files.count == 1 ? "" : "s")"
      )
      for file in files {
        lines.append("  \(InputDiscovery.relativePath(of: file, to: baseDirectory))")
      }
    }
    for location in locations {
      lines.append("\(location.jsonPath) \(location.path.written): \(location.problem ?? "ok")")
    }
    for warning in warnings { lines.append("warning: \(warning)") }
    for problem in problems { lines.append("error: \(problem)") }
    lines.append(
      isValid
        ? "no problems"
        : "\(problems.count) problem\(problems.count == 1 ? "" : "s")")
    return lines.joined(separator: "\n")
  }
}
