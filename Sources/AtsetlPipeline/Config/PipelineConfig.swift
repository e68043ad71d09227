import AtsetlLoad
import AtsetlModel
import Foundation

/// The decoded, validated `pipeline.json`: what to read, how, and where to write.
///
/// `init(baseDirectory:)` holds every default. Decoding is strict (see
/// `PipelineConfig+Decoding.swift`): unknown keys, wrong types, missing required keys,
/// duplicate keys and invalid values are `ConfigError`s naming their JSON path.
///
/// ```swift
/// let config = try PipelineConfig.load(from: URL(fileURLWithPath: "pipeline.json"))
/// let inputs = try InputDiscovery.files(matching: config.sources[0].paths, relativeTo: config.baseDirectory)
/// ```
package struct PipelineConfig: Sendable, Equatable {
  /// The newest config `version` this build understands.
  package static let latestVersion = 1

  /// The config format version (always `latestVersion` after decoding).
  package var version: Int
  /// A name for logs and `run.json`; `nil` when not given.
  package var name: String?
  /// The folder holding the config file; every relative path is resolved against it.
  package var baseDirectory: URL
  /// Metadata for documents that do not state it themselves.
  package var defaults: DocumentDefaults
  /// The inputs, in config order; ids are unique.
  package var sources: [SourceConfig]
  /// Settings for the Transform stage.
  package var transform: TransformConfig
  /// The figures followed over the years (`series` outputs, the `series` sheet, the charts).
  package var metrics: [Metric]
  /// The facts files to write; paths are unique.
  package var outputs: [OutputConfig]
  /// Where `documents.csv` and `run.json` go.
  package var outputDirectory: ConfigPath
  /// The incremental state file.
  package var state: ConfigPath
  /// The lock file that keeps two runs from overlapping.
  package var lock: ConfigPath

  /// Every default, with paths resolved against `baseDirectory` (default: the current folder).
  ///
  /// Sources: `input/*.txt` (text), `input/*.xml` (xml), `input/*.html` (html); outputs:
  /// `output/facts.csv` (rfc4180) and `output/facts.json`; `output_dir` `output`; state
  /// `.atsetl/state.json`; lock `.atsetl/lock`; no municipality or report year; language auto.
  package init(baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
  {
    let base = baseDirectory.standardizedFileURL
    self.version = Self.latestVersion
    self.name = nil
    self.baseDirectory = base
    self.defaults = DocumentDefaults()
    self.sources = [
      SourceConfig(format: .text, paths: ["input/*.txt"]),
      SourceConfig(format: .xml, paths: ["input/*.xml"]),
      SourceConfig(format: .html, paths: ["input/*.html"]),
    ]
    self.transform = TransformConfig()
    self.metrics = []
    self.outputs = Self.defaultOutputs(relativeTo: base)
    self.outputDirectory = ConfigPath(Self.defaultOutputDirectory, relativeTo: base)
    self.state = ConfigPath(Self.defaultStatePath, relativeTo: base)
    self.lock = ConfigPath(Self.defaultLockPath, relativeTo: base)
  }

  /// `output_dir` when neither it nor any output is given.
  package static let defaultOutputDirectory = "output"
  /// `state` when not given.
  package static let defaultStatePath = ".atsetl/state.json"
  /// `lock` when not given.
  package static let defaultLockPath = ".atsetl/lock"

  /// `outputs` when not given: `output/facts.csv` (rfc4180) and `output/facts.json`.
  package static func defaultOutputs(relativeTo base: URL) -> [OutputConfig] {
    [
      OutputConfig(
        format: .csv, path: ConfigPath("output/facts.csv", relativeTo: base), dialect: .rfc4180),
      OutputConfig(format: .json, path: ConfigPath("output/facts.json", relativeTo: base)),
    ]
  }

  /// Reads and decodes the config file at `url`; relative paths resolve against its folder.
  ///
  /// Errors found in the file's content come wrapped as `.inFile(url.relativePath, …)`.
  package static func load(from url: URL) throws(ConfigError) -> PipelineConfig {
    let displayPath = url.relativePath
    let data: Data
    do {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        throw ConfigError.fileNotFound(path: displayPath)
      }
      if isDirectory.boolValue {
        throw ConfigError.unreadableFile(path: displayPath, reason: "is a folder, not a file")
      }
      data = try Data(contentsOf: url)
    } catch let error as ConfigError {
      throw error
    } catch {
      throw .unreadableFile(path: displayPath, reason: Self.reason(error))
    }
    let base = url.absoluteURL.deletingLastPathComponent()
    do {
      return try PipelineConfig(json: data, baseDirectory: base)
    } catch {
      throw .inFile(displayPath, error)
    }
  }

  private static func reason(_ error: any Error) -> String {
    (error as NSError).localizedDescription
  }
}
