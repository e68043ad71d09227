import Foundation
import Testing

/// A fresh folder for one test: `project/` (the config's folder, the command's working
/// directory) and `capture/` (the commands' stdout and stderr). Removed by `remove()`.
struct Workspace {
  /// The five sample inputs shipped in the package's `input/` folder.
  static let sampleInputs = [
    "stavanger-2017.txt", "stavanger-2021.html", "stavanger-2021.txt", "stavanger-2021.xml",
    "stavanger-okonomi.xml",
  ]

  /// The config of the package's own pipeline.json: the three sample sources, CSV and JSON.
  static let standardConfig = """
    {
      "version": 1,
      "name": "cli-tests",
      "defaults": { "municipality": "Stavanger", "language": "auto" },
      "sources": [
        { "id": "text", "format": "text", "paths": ["input/*.txt"] },
        { "id": "xml", "format": "xml", "paths": ["input/*.xml"] },
        { "id": "html", "format": "html", "paths": ["input/*.html"] }
      ],
      "outputs": [
        { "format": "csv", "path": "output/facts.csv", "dialect": "rfc4180" },
        { "format": "json", "path": "output/facts.json" }
      ]
    }
    """

  /// A config reading only the `.xml` samples (fast; the smallest one has 16 facts).
  static let xmlOnlyConfig = """
    {
      "version": 1,
      "sources": [ { "id": "xml", "format": "xml", "paths": ["input/*.xml"] } ],
      "outputs": [
        { "format": "csv", "path": "output/facts.csv" },
        { "format": "json", "path": "output/facts.json" }
      ]
    }
    """

  let root: URL
  let project: URL
  let capture: URL

  /// Copies `inputs` (names in the package's `input/`) to `project/input/` and writes `config`
  /// (if any) to `project/pipeline.json`.
  init(inputs: [String] = Workspace.sampleInputs, config: String? = Workspace.standardConfig)
    throws
  {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-cli-tests-\(UUID().uuidString)", isDirectory: true)
    project = root.appendingPathComponent("project", isDirectory: true)
    capture = root.appendingPathComponent("capture", isDirectory: true)
    let manager = FileManager.default
    try manager.createDirectory(at: capture, withIntermediateDirectories: true)
    try manager.createDirectory(
      at: project.appendingPathComponent("input"), withIntermediateDirectories: true)
    for name in inputs {
      let data = try Data(contentsOf: AtsetlBinary.inputFolder.appendingPathComponent(name))
      try data.write(to: url("input/\(name)"))
    }
    if let config { try write(config, to: "pipeline.json") }
  }

  /// `path` inside the project folder.
  func url(_ path: String) -> URL { project.appendingPathComponent(path) }

  /// Writes text to `path` (inside the project), creating folders.
  func write(_ text: String, to path: String) throws {
    let target = url(path)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: target)
  }

  /// The bytes of `path`.
  func data(_ path: String) throws -> Data { try Data(contentsOf: url(path)) }

  /// The UTF-8 text of `path`.
  func text(_ path: String) throws -> String {
    try #require(String(data: data(path), encoding: .utf8), "\(path) is not UTF-8")
  }

  func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

  /// Every file and folder below the project (hidden ones included), as relative paths.
  func tree() -> Set<String> {
    var paths: Set<String> = []
    guard let walker = FileManager.default.enumerator(atPath: project.path) else { return [] }
    while let path = walker.nextObject() as? String { paths.insert(path) }
    return paths
  }

  /// Every entry of a folder (hidden ones included) with its bytes; a subfolder's bytes are
  /// empty.
  func snapshot(of folder: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: url(folder).path) {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: url("\(folder)/\(name)").path, isDirectory: &isDirectory)
      files[name] = isDirectory.boolValue ? Data() : try data("\(folder)/\(name)")
    }
    return files
  }

  /// A fact's `document` without the `#n` part suffix (a file holding several reports).
  static func file(ofDocument document: String) -> String {
    document.range(of: #"#\d+$"#, options: .regularExpression).map {
      String(document[..<$0.lowerBound])
    } ?? document
  }

  /// Runs `atsetl arguments` in the project folder.
  func run(_ arguments: String..., environment: [String: String] = [:]) async throws
    -> CommandResult
  {
    try await AtsetlBinary.run(
      arguments, in: project, capture: capture, environment: environment)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
