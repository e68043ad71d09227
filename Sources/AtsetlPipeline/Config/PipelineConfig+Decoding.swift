import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import Foundation

/// Strict decoding of `pipeline.json`.
///
/// The JSON is parsed by `StrictJSONParser` (line:column syntax errors, duplicate keys
/// refused) and walked by hand: `JSONDecoder` would ignore unknown keys, turn `1.0` into
/// `1` and name no path. Within each object, unknown keys are reported before missing ones,
/// so a misspelt required key gets a suggestion rather than "missing".
extension PipelineConfig {
  /// Keys of the top-level object.
  static let topLevelKeys = [
    "version", "name", "defaults", "sources", "transform", "metrics", "outputs", "output_dir",
    "state", "lock",
  ]
  static let defaultsKeys = ["municipality", "language", "report_year"]
  static let sourceKeys = ["id", "format", "paths", "optional", "mapping", "content_root"]
  static let transformKeys = ["drop_lines", "kinds"]
  static let outputKeys = ["format", "path", "dialect"]
  static let metricKeys = [
    "id", "title", "kind", "section", "units", "keywords", "preceded_by", "row", "column", "change",
  ]
  /// Report years outside this range are taken for typos.
  static let reportYears = 1900...2100

  /// Decodes a config document; relative paths resolve against `baseDirectory`.
  ///
  /// Errors carry no file name; `load(from:)` adds it.
  package init(json data: Data, baseDirectory: URL) throws(ConfigError) {
    let root = try ConfigObject(StrictJSONParser.parse(Array(data)), path: "")
    // Check the version before the keys: a newer config may use keys this build lacks.
    if root["version"] != nil { _ = try Self.decodeVersion(root) }
    try root.rejectUnknownKeys(allowed: Self.topLevelKeys)
    let version = try Self.decodeVersion(root)

    self.init(baseDirectory: baseDirectory)
    self.version = version
    let base = self.baseDirectory
    name = try root.string("name", nullable: true)
    if let value = root["defaults"] {
      defaults = try Self.decodeDefaults(ConfigObject(value, path: "defaults"))
    }
    sources = try Self.decodeSources(root.required("sources"))
    if let value = root["transform"] {
      transform = try Self.decodeTransform(ConfigObject(value, path: "transform"))
    }
    if let value = root["metrics"] { metrics = try Self.decodeMetrics(value) }
    if let value = root["outputs"] { outputs = try Self.decodeOutputs(value, relativeTo: base) }
    if metrics.isEmpty, let index = outputs.firstIndex(where: { $0.format == .series }) {
      throw .invalidValue(
        path: "outputs[\(index)].format",
        message: "a series output needs \"metrics\" to follow; add some or remove the output")
    }
    if let written = try root.string("output_dir") {
      outputDirectory = ConfigPath(written, relativeTo: base)
    } else if let first = outputs.first {
      let folder = (first.path.written as NSString).deletingLastPathComponent
      outputDirectory = ConfigPath(folder.isEmpty ? "." : folder, relativeTo: base)
    }
    if let written = try root.string("state") { state = ConfigPath(written, relativeTo: base) }
    if let written = try root.string("lock") { lock = ConfigPath(written, relativeTo: base) }
    try checkFilesDoNotCollide()
  }

  private static func decodeVersion(_ root: ConfigObject) throws(ConfigError) -> Int {
    let version = try ConfigObject.integer(root.required("version"), path: "version")
    guard version <= latestVersion else {
      throw .unsupportedVersion(found: version, latest: latestVersion)
    }
    guard version >= 1 else {
      throw .invalidValue(path: "version", message: "expected \(latestVersion) (found \(version))")
    }
    return version
  }

  private static func decodeDefaults(_ object: ConfigObject) throws(ConfigError) -> DocumentDefaults
  {
    try object.rejectUnknownKeys(allowed: defaultsKeys)
    var defaults = DocumentDefaults()
    defaults.municipality = try object.string("municipality", nullable: true)
    if let value = object["language"] {
      let allowed = ["auto"] + Language.allCases.map(\.rawValue)
      guard case .string(let text) = value, allowed.contains(text) else {
        throw .notOneOf(path: "defaults.language", allowed: allowed, found: value.summary)
      }
      defaults.language = Language(rawValue: text)  // "auto" → nil
    }
    if let year = try object.integer("report_year", nullable: true) {
      guard reportYears.contains(year) else {
        throw .invalidValue(
          path: "defaults.report_year",
          message:
            "expected a year from \(reportYears.lowerBound) to \(reportYears.upperBound) (found \(year))"
        )
      }
      defaults.reportYear = year
    }
    return defaults
  }

  private static func decodeSources(_ value: JSONValue) throws(ConfigError) -> [SourceConfig] {
    var sources: [SourceConfig] = []
    var firstUse: [String: String] = [:]
    for (index, element) in try ConfigObject.array(value, path: "sources").enumerated() {
      let object = try ConfigObject(element, path: "sources[\(index)]")
      let source = try decodeSource(object)
      let hasExplicitID = object["id"] != nil
      if let earlier = firstUse[source.id] {
        guard hasExplicitID else {
          throw .invalidValue(
            path: object.path,
            message:
              "its default id \(JSONValue.quoted(source.id)) (the format's name) is already used by \(earlier); give each source an \"id\""
          )
        }
        throw .duplicateValue(
          path: object.path(of: "id"), value: JSONValue.quoted(source.id), firstPath: earlier)
      }
      firstUse[source.id] = hasExplicitID ? object.path(of: "id") : object.path
      sources.append(source)
    }
    return sources
  }

  private static func decodeSource(_ object: ConfigObject) throws(ConfigError) -> SourceConfig {
    try object.rejectUnknownKeys(allowed: sourceKeys)
    let id = try object.string("id")
    guard let format = try object.name("format", as: SourceFormat.self) else {
      throw .missingKey(path: object.path(of: "format"))
    }
    guard let paths = try object.strings("paths") else {
      throw .missingKey(path: object.path(of: "paths"))
    }
    for (index, pattern) in paths.enumerated() {
      do {
        _ = try GlobPattern(pattern)
      } catch {
        throw .invalidPathPattern(
          path: "\(object.path(of: "paths"))[\(index)]", pattern: pattern, reason: error.reason)
      }
    }
    let isOptional = try object.bool("optional") ?? false
    var mapping: XMLMapping?
    if let value = object["mapping"] {
      guard format == .xml else {
        throw .invalidValue(
          path: object.path(of: "mapping"), message: "only xml sources take a mapping")
      }
      mapping = try decodeMapping(ConfigObject(value, path: object.path(of: "mapping")))
    }
    let contentRoot = try object.string("content_root", nullable: true)
    if contentRoot != nil, format != .html {
      throw .invalidValue(
        path: object.path(of: "content_root"), message: "only html sources take a content_root")
    }
    return SourceConfig(
      id: id, format: format, paths: paths, isOptional: isOptional, mapping: mapping,
      contentRoot: contentRoot)
  }

  /// Keys of a source's `mapping` object (AtsetlExtract's `XMLMapping`).
  static let mappingKeys = [
    "report", "block", "year", "municipality", "title", "language", "section", "section_number",
    "section_title", "heading", "list_item",
  ]

  private static func decodeMapping(_ object: ConfigObject) throws(ConfigError) -> XMLMapping {
    try object.rejectUnknownKeys(allowed: mappingKeys)
    var mapping = XMLMapping(
      report: try object.requiredString("report"), block: try object.requiredString("block"))
    mapping.year = try object.string("year", nullable: true)
    mapping.municipality = try object.string("municipality", nullable: true)
    mapping.title = try object.string("title", nullable: true)
    mapping.language = try object.string("language", nullable: true)
    mapping.section = try object.string("section", nullable: true)
    mapping.sectionNumber = try object.string("section_number", nullable: true)
    mapping.sectionTitle = try object.string("section_title", nullable: true)
    mapping.heading = try object.string("heading", nullable: true)
    mapping.listItem = try object.string("list_item", nullable: true)
    return mapping
  }

  private static func decodeTransform(_ object: ConfigObject) throws(ConfigError) -> TransformConfig
  {
    try object.rejectUnknownKeys(allowed: transformKeys)
    var transform = TransformConfig()
    if let value = object["drop_lines"] {
      // An empty list is allowed here: it switches the default chrome filters off.
      guard case .array(let elements) = value else {
        throw .wrongType(path: "transform.drop_lines", expected: "an array", found: value.summary)
      }
      var patterns: [String] = []
      for (index, element) in elements.enumerated() {
        let path = "transform.drop_lines[\(index)]"
        let pattern = try ConfigObject.nonEmptyString(element, path: path)
        do {
          _ = try NSRegularExpression(pattern: pattern)
        } catch {
          throw .invalidRegularExpression(path: path, pattern: pattern, reason: regexReason(error))
        }
        patterns.append(pattern)
      }
      transform.dropLines = patterns
    }
    if let value = object["kinds"] {
      switch value {
      case .string("all"):
        transform.kinds = Set(QuantityKind.allCases)
      case .array:
        var kinds: Set<QuantityKind> = []
        for (index, element) in try ConfigObject.array(value, path: "transform.kinds").enumerated()
        {
          kinds.insert(
            try ConfigObject.name(
              element, path: "transform.kinds[\(index)]", allowed: QuantityKind.allCases))
        }
        transform.kinds = kinds
      default:
        throw .wrongType(
          path: "transform.kinds", expected: "\"all\" or an array of kind names",
          found: value.summary)
      }
    }
    return transform
  }

  /// Foundation does not say what is wrong with a pattern, only that it is.
  private static func regexReason(_ error: any Error) -> String {
    "cannot be compiled (check brackets, parentheses, escapes and quantifiers)"
  }

  private static func decodeOutputs(_ value: JSONValue, relativeTo base: URL) throws(ConfigError)
    -> [OutputConfig]
  {
    var outputs: [OutputConfig] = []
    var firstUse: [String: String] = [:]
    for (index, element) in try ConfigObject.array(value, path: "outputs").enumerated() {
      let object = try ConfigObject(element, path: "outputs[\(index)]")
      try object.rejectUnknownKeys(allowed: outputKeys)
      guard let format = try object.name("format", as: OutputConfig.Format.self) else {
        throw .missingKey(path: object.path(of: "format"))
      }
      let path = ConfigPath(try object.requiredString("path"), relativeTo: base)
      if let earlier = firstUse[path.path] {
        throw .duplicateValue(
          path: object.path(of: "path"), value: JSONValue.quoted(path.written), firstPath: earlier)
      }
      firstUse[path.path] = object.path(of: "path")
      let dialect = try object.name("dialect", as: OutputConfig.CSVDialect.self)
      if dialect != nil, !format.isCSV {
        throw .invalidValue(
          path: object.path(of: "dialect"), message: "only csv and series outputs take a dialect")
      }
      outputs.append(OutputConfig(format: format, path: path, dialect: dialect))
    }
    return outputs
  }

  private static func decodeMetrics(_ value: JSONValue) throws(ConfigError) -> [Metric] {
    var metrics: [Metric] = []
    var firstUse: [String: String] = [:]
    for (index, element) in try ConfigObject.array(value, path: "metrics").enumerated() {
      let object = try ConfigObject(element, path: "metrics[\(index)]")
      try object.rejectUnknownKeys(allowed: metricKeys)
      let id = try ConfigObject.nonEmptyString(object.required("id"), path: object.path(of: "id"))
      if let earlier = firstUse[id] {
        throw .duplicateValue(
          path: object.path(of: "id"), value: JSONValue.quoted(id), firstPath: earlier)
      }
      firstUse[id] = object.path(of: "id")
      guard let kind = try object.name("kind", as: QuantityKind.self) else {
        throw .missingKey(path: object.path(of: "kind"))
      }
      // `strings` refuses empty and blank words, which would match everything.
      func words(_ key: String) throws(ConfigError) -> [String] { try object.strings(key) ?? [] }
      metrics.append(
        Metric(
          id: id, title: try object.string("title"), kind: kind, section: try words("section"),
          units: try words("units"), keywords: try words("keywords"),
          precededBy: try words("preceded_by"), row: try words("row"), column: try words("column"),
          change: try object.name("change", as: Metric.ChangeFilter.self) ?? .none))
    }
    return metrics
  }

  /// Facts files must not overwrite the run's own files (documents.csv, run.json, state, lock).
  private func checkFilesDoNotCollide() throws(ConfigError) {
    let reserved: [(path: String, name: String)] = [
      (
        outputDirectory.url.appendingPathComponent("documents.csv").standardizedFileURL.path,
        "documents.csv"
      ),
      (outputDirectory.url.appendingPathComponent("run.json").standardizedFileURL.path, "run.json"),
      (state.path, "the state file"),
      (lock.path, "the lock file"),
    ]
    for (index, output) in outputs.enumerated() {
      if let clash = reserved.first(where: { $0.path == output.path.path }) {
        throw .invalidValue(
          path: "outputs[\(index)].path",
          message: "\(JSONValue.quoted(output.path.written)) would overwrite \(clash.name)")
      }
    }
    if state.path == lock.path {
      throw .invalidValue(path: "lock", message: "must differ from state")
    }
  }
}
