import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import AtsetlPipeline
import Foundation
import Testing

// MARK: - Helpers

/// The folder the fixture configs pretend to live in.
private let fixtureBase = URL(fileURLWithPath: "/srv/atsetl")

private func decode(_ json: String, base: URL = fixtureBase) throws(ConfigError) -> PipelineConfig {
  try PipelineConfig(json: Data(json.utf8), baseDirectory: base)
}

/// The error `json` fails with, or `nil` when it decodes.
private func decodingError(_ json: String) -> ConfigError? {
  do {
    _ = try decode(json)
    return nil
  } catch {
    return error
  }
}

/// A config with one text source plus `extra` top-level members (a JSON fragment).
private func config(
  _ extra: String = "", source: String = #"{"format": "text", "paths": ["input/*.txt"]}"#
) -> String {
  #"{"version": 1, "sources": [\#(source)]\#(extra.isEmpty ? "" : ", " + extra)}"#
}

/// A fresh temporary folder, removed by the caller.
private func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("atsetl-config-tests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

private func touch(_ relativePaths: [String], in folder: URL) throws {
  for relative in relativePaths {
    let url = folder.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("x".utf8).write(to: url)
  }
}

private func relative(_ urls: [URL], to base: URL) -> [String] {
  urls.map { InputDiscovery.relativePath(of: $0, to: base) }
}

// MARK: - Decoding

@Suite struct ConfigDecodingTests {
  @Test func minimalConfigHasTheDefaults() throws {
    let json = """
      {"version": 1, "sources": [
        {"format": "text", "paths": ["input/*.txt"]},
        {"format": "xml", "paths": ["input/*.xml"]},
        {"format": "html", "paths": ["input/*.html"]}
      ]}
      """
    let config = try decode(json)
    #expect(config == PipelineConfig(baseDirectory: fixtureBase))
    #expect(config.version == 1)
    #expect(config.name == nil)
    #expect(config.defaults == DocumentDefaults())
    #expect(config.sources.map(\.id) == ["text", "xml", "html"])
    #expect(
      config.sources.allSatisfy { !$0.isOptional && $0.mapping == nil && $0.contentRoot == nil })
    #expect(config.transform.dropLines == ExtractOptions.defaultChrome)
    #expect(config.transform.kinds == Set(QuantityKind.allCases))
    #expect(config.outputs.map(\.format) == [.csv, .json])
    #expect(
      config.outputs.map(\.path.path) == [
        "/srv/atsetl/output/facts.csv", "/srv/atsetl/output/facts.json",
      ])
    #expect(config.outputs.map(\.dialect) == [.rfc4180, nil])
    #expect(config.outputDirectory.path == "/srv/atsetl/output")
    #expect(config.state.path == "/srv/atsetl/.atsetl/state.json")
    #expect(config.lock.path == "/srv/atsetl/.atsetl/lock")
  }

  @Test func fullConfigDecodesEveryKey() throws {
    let json = """
      {
        "version": 1,
        "name": "stavanger-ats",
        "defaults": {"municipality": "Stavanger", "language": "nn", "report_year": 2021},
        "sources": [
          {"id": "prose", "format": "text", "paths": ["input/*.txt", "more/**/*.txt"], "optional": true},
          {"id": "export", "format": "xml", "paths": ["input/*.xml"],
           "mapping": {"report": "/arsrapport", "block": "avsnitt", "year": "@aar", "section": "kapittel",
                       "section_number": "@nr", "section_title": "@navn", "heading": "tittel",
                       "list_item": "punkt", "municipality": "@kommune", "title": "@tittel", "language": null}},
          {"id": "web", "format": "html", "paths": ["input/*.html"], "content_root": "//main"}
        ],
        "transform": {"drop_lines": ["^⇡ Til toppen$"], "kinds": ["count", "money", "percentage_points"]},
        "outputs": [
          {"format": "csv", "path": "out/facts.csv", "dialect": "rfc4180"},
          {"format": "csv", "path": "out/facts-excel.csv", "dialect": "excel-nb"},
          {"format": "json", "path": "out/facts.json"}
        ],
        "output_dir": "reports",
        "state": "var/state.json",
        "lock": "/run/atsetl.lock"
      }
      """
    let config = try decode(json)
    #expect(config.name == "stavanger-ats")
    #expect(
      config.defaults
        == DocumentDefaults(municipality: "Stavanger", language: .nn, reportYear: 2021))
    #expect(
      config.sources[0]
        == SourceConfig(
          id: "prose", format: .text, paths: ["input/*.txt", "more/**/*.txt"], isOptional: true))
    var mapping = XMLMapping(report: "/arsrapport", block: "avsnitt")
    mapping.year = "@aar"
    mapping.section = "kapittel"
    mapping.sectionNumber = "@nr"
    mapping.sectionTitle = "@navn"
    mapping.heading = "tittel"
    mapping.listItem = "punkt"
    mapping.municipality = "@kommune"
    mapping.title = "@tittel"
    #expect(config.sources[1].mapping == mapping)
    #expect(config.sources[2].contentRoot == "//main")
    #expect(
      config.transform
        == TransformConfig(
          dropLines: ["^⇡ Til toppen$"], kinds: [.count, .money, .percentagePoints]))
    #expect(config.outputs.map(\.dialect) == [.rfc4180, .excelNB, nil])
    #expect(config.outputs[1].path.written == "out/facts-excel.csv")
    #expect(config.outputDirectory.path == "/srv/atsetl/reports")
    #expect(config.state.path == "/srv/atsetl/var/state.json")
    #expect(config.lock.path == "/run/atsetl.lock")
  }

  @Test func outputDirectoryDefaultsToTheFirstOutputsFolder() throws {
    let nested = try decode(config(#""outputs": [{"format": "json", "path": "a/b/facts.json"}]"#))
    #expect(nested.outputDirectory.written == "a/b")
    #expect(nested.outputDirectory.path == "/srv/atsetl/a/b")
    let flat = try decode(config(#""outputs": [{"format": "json", "path": "facts.json"}]"#))
    #expect(flat.outputDirectory.path == "/srv/atsetl")
  }

  @Test(arguments: [
    ("input/a.txt", "/srv/atsetl/input/a.txt"),
    ("./out/../out/facts.csv", "/srv/atsetl/out/facts.csv"),
    ("../shared/facts.csv", "/srv/shared/facts.csv"),
    ("/var/lib/atsetl/facts.csv", "/var/lib/atsetl/facts.csv"),
  ])
  func relativePathsResolveAgainstTheConfigFolder(written: String, resolved: String) throws {
    let config = try decode(config(#""outputs": [{"format": "json", "path": "\#(written)"}]"#))
    #expect(config.outputs[0].path.written == written)
    #expect(config.outputs[0].path.path == resolved)
    #expect(config.outputs[0].path.url == URL(fileURLWithPath: resolved))
  }

  @Test func loadResolvesPathsAgainstTheFilesFolder() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("conf/pipeline.json")
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(config().utf8).write(to: file)
    let loaded = try PipelineConfig.load(from: file)
    let base = folder.appendingPathComponent("conf").standardizedFileURL
    #expect(loaded.baseDirectory.path == base.path)
    #expect(loaded.outputs[0].path.path == base.path + "/output/facts.csv")
  }

  @Test(arguments: ["auto", "nb", "nn"])
  func languageNames(name: String) throws {
    let config = try decode(config(#""defaults": {"language": "\#(name)"}"#))
    #expect(config.defaults.language == Language(rawValue: name))
  }

  @Test func nullMeansNotGivenForOptionalValues() throws {
    let config = try decode(
      config(#""name": null, "defaults": {"municipality": null, "report_year": null}"#))
    #expect(config.name == nil)
    #expect(config.defaults == DocumentDefaults())
  }

  @Test func kindsAllAndEmptyDropLines() throws {
    let config = try decode(config(#""transform": {"kinds": "all", "drop_lines": []}"#))
    #expect(config.transform.kinds == Set(QuantityKind.allCases))
    #expect(config.transform.dropLines.isEmpty)
  }

  @Test func byteOrderMarkIsAccepted() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data(config().utf8)
    #expect(throws: Never.self) { try PipelineConfig(json: data, baseDirectory: fixtureBase) }
  }

  @Test func shippedPipelineJSONDecodes() throws {
    let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let config = try PipelineConfig.load(from: root.appendingPathComponent("pipeline.json"))
    #expect(config.sources.map(\.format) == [.text, .xml, .html])
    #expect(config.defaults.municipality == "Stavanger")
    #expect(config.defaults.language == nil)
    #expect(
      config.outputs.map(\.path.written) == [
        "output/facts.csv", "output/facts-excel.csv", "output/facts.json", "output/facts.xlsx",
        "output/series.csv", "output/review.html", "output/datapackage.json",
      ])
    #expect(
      config.outputs.map(\.format) == [.csv, .csv, .json, .xlsx, .series, .review, .datapackage])
    #expect(config.outputs[1].dialect == .excelNB)
    #expect(config.outputs[0].dialect == .rfc4180)
    #expect(config.outputs[4].dialect == .excelNB)
    #expect(config.outputs[5].dialect == nil)
    #expect(config.metrics.count >= 3)
    #expect(config.metrics[0].id == "ats-deltakere")
    #expect(config.metrics[0].kind == .count)
  }

  @Test func metricsDecodeEveryKey() throws {
    let decoded = try decode(
      config(
        #"""
        "metrics": [
          {"id": "ramme", "title": "Budsjettramme", "kind": "money", "section": ["arbeidstrening"],
           "units": ["NOK"], "keywords": ["regnskap"], "preceded_by": ["budsjettramme"],
           "row": ["Sum"], "column": ["Budsjett"], "change": "any"},
          {"id": "deltakere", "kind": "count"}],
        "outputs": [{"format": "series", "path": "out/series.csv"},
                    {"format": "review", "path": "out/review.html"}]
        """#))
    #expect(
      decoded.metrics == [
        Metric(
          id: "ramme", title: "Budsjettramme", kind: .money, section: ["arbeidstrening"],
          units: ["NOK"], keywords: ["regnskap"], precededBy: ["budsjettramme"], row: ["Sum"],
          column: ["Budsjett"], change: .any),
        Metric(id: "deltakere", title: "deltakere", kind: .count),
      ])
    #expect(decoded.outputs.map(\.format) == [.series, .review])
    #expect(decoded.outputs[0].dialect == .rfc4180)
  }

  @Test(arguments: [
    (
      config(#""metrics": [{"id": "a", "kind": "count", "keyword": ["x"]}]"#),
      "metrics[0].keyword: unknown key; did you mean keywords?"
    ),
    (config(#""metrics": [{"id": "a"}]"#), "metrics[0].kind: missing required key"),
    (config(#""metrics": [{"kind": "count"}]"#), "metrics[0].id: missing required key"),
    (
      config(#""metrics": [{"id": "a", "kind": "count"}, {"id": "a", "kind": "money"}]"#),
      #"metrics[1].id: duplicate value "a" (already used by metrics[0].id)"#
    ),
    (
      config(#""metrics": [{"id": "a", "kind": "count", "units": ["personer", " "]}]"#),
      "metrics[0].units[1]: must not be empty"
    ),
    (
      config(#""outputs": [{"format": "series", "path": "s.csv"}]"#),
      #"outputs[0].format: a series output needs "metrics" to follow; add some or remove the output"#
    ),
    (
      config(#""outputs": [{"format": "review", "path": "r.html", "dialect": "excel-nb"}]"#),
      "outputs[0].dialect: only csv and series outputs take a dialect"
    ),
  ])
  func metricErrors(json: String, message: String) {
    #expect(decodingError(json)?.description == message)
  }

  @Test func extractOptionsCarryTheConfig() throws {
    let config = try decode(
      config(
        #""defaults": {"municipality": "Sandnes", "language": "nb", "report_year": 2020}, "transform": {"drop_lines": ["^x$"]}"#,
        source: #"{"format": "html", "paths": ["a/*.html"], "content_root": "//article"}"#))
    let options = config.extractOptions(for: config.sources[0])
    #expect(options.municipality == "Sandnes")
    #expect(options.language == .nb)
    #expect(options.reportYear == 2020)
    #expect(options.dropLines == ["^x$"])
    #expect(options.htmlContentRoot == "//article")
    #expect(options.xmlMapping == nil)
  }
}

// MARK: - Errors, one per ConfigError case, with their exact messages

@Suite struct ConfigErrorTests {
  @Test(arguments: [
    // unknownKey (with and without a suggestion)
    (
      config(source: #"{"fromat": "text", "paths": ["a"]}"#),
      "sources[0].fromat: unknown key; did you mean format?"
    ),
    (config(#""ouputs": []"#), "ouputs: unknown key; did you mean outputs?"),
    (
      config(#""transform": {"drop-lines": []}"#),
      "transform.drop-lines: unknown key; did you mean drop_lines?"
    ),
    (
      config(#""defaults": {"Municipality": "Bergen"}"#),
      "defaults.Municipality: unknown key; did you mean municipality?"
    ),
    (config(#""colour": "blue""#), "colour: unknown key"),
    // missingKey
    (config(#""outputs": [{"format": "csv"}]"#), "outputs[0].path: missing required key"),
    (#"{"version": 1}"#, "sources: missing required key"),
    (#"{"sources": []}"#, "version: missing required key"),
    (config(source: #"{"paths": ["a"]}"#), "sources[0].format: missing required key"),
    (
      config(source: #"{"format": "xml", "paths": ["a"], "mapping": {"report": "//r"}}"#),
      "sources[0].mapping.block: missing required key"
    ),
    // wrongType
    (#"{"version": "1", "sources": []}"#, #"version: expected an integer (found "1")"#),
    (#"{"version": 1.0, "sources": []}"#, "version: expected an integer (found 1.0)"),
    (
      config(source: #"{"format": "text", "paths": "input/*.txt"}"#),
      #"sources[0].paths: expected an array (found "input/*.txt")"#
    ),
    (
      config(source: #"{"format": "text", "paths": ["a", 3]}"#),
      "sources[0].paths[1]: expected a string (found 3)"
    ),
    (
      config(source: #"{"format": "text", "paths": ["a"], "optional": "yes"}"#),
      #"sources[0].optional: expected true or false (found "yes")"#
    ),
    (config(#""defaults": []"#), "defaults: expected an object (found an array)"),
    (
      config(#""transform": {"kinds": 3}"#),
      #"transform.kinds: expected "all" or an array of kind names (found 3)"#
    ),
    ("[1]", "expected an object (found an array)"),
    // notOneOf
    (
      config(source: #"{"format": "pdf", "paths": ["a"]}"#),
      #"sources[0].format: expected one of text, xml, html (found "pdf")"#
    ),
    (
      config(#""defaults": {"language": "se"}"#),
      #"defaults.language: expected one of auto, nb, nn (found "se")"#
    ),
    (
      config(#""outputs": [{"format": "csv", "path": "a.csv", "dialect": "excel"}]"#),
      #"outputs[0].dialect: expected one of rfc4180, excel-nb (found "excel")"#
    ),
    (
      config(#""outputs": [{"format": "parquet", "path": "a"}]"#),
      #"outputs[0].format: expected one of csv, json, xlsx, datapackage, series, review (found "parquet")"#
    ),
    (
      config(#""transform": {"kinds": ["count", "persons"]}"#),
      #"transform.kinds[1]: expected one of count, percent, percentage_points, money, fraction, year, date, duration, ordinal, number (found "persons")"#
    ),
    // unsupportedVersion (checked before unknown keys)
    (
      #"{"version": 2, "sources": [], "future_key": true}"#,
      "version: 2 is newer than this atsetl understands (latest: 1); upgrade atsetl"
    ),
    // empty
    (#"{"version": 1, "sources": []}"#, "sources: must not be empty"),
    (config(source: #"{"format": "text", "paths": []}"#), "sources[0].paths: must not be empty"),
    (
      config(source: #"{"format": "text", "paths": ["  "]}"#),
      "sources[0].paths[0]: must not be empty"
    ),
    (config(#""outputs": []"#), "outputs: must not be empty"),
    (config(#""transform": {"kinds": []}"#), "transform.kinds: must not be empty"),
    // duplicateValue
    (
      #"{"version": 1, "sources": [{"id": "a", "format": "text", "paths": ["x"]}, {"id": "a", "format": "xml", "paths": ["y"]}]}"#,
      #"sources[1].id: duplicate value "a" (already used by sources[0].id)"#
    ),
    (
      #"{"version": 1, "sources": [{"format": "text", "paths": ["x"]}, {"format": "text", "paths": ["y"]}]}"#,
      #"sources[1]: its default id "text" (the format's name) is already used by sources[0]; give each source an "id""#
    ),
    (
      config(
        #""outputs": [{"format": "csv", "path": "o/f.csv"}, {"format": "json", "path": "./o/f.csv"}]"#
      ),
      #"outputs[1].path: duplicate value "./o/f.csv" (already used by outputs[0].path)"#
    ),
    // invalidRegularExpression
    (
      config(#""transform": {"drop_lines": ["^a$", "^b$", "(unclosed"]}"#),
      #"transform.drop_lines[2]: invalid regular expression "(unclosed": cannot be compiled (check brackets, parentheses, escapes and quantifiers)"#
    ),
    // invalidPathPattern
    (
      config(source: #"{"format": "text", "paths": ["input/[ab.txt"]}"#),
      #"sources[0].paths[0]: invalid path pattern "input/[ab.txt": unclosed '['"#
    ),
    (
      config(source: #"{"format": "text", "paths": ["input/**.txt"]}"#),
      #"sources[0].paths[0]: invalid path pattern "input/**.txt": '**' must be a whole path segment, as in input/**/*.txt"#
    ),
    (
      config(source: #"{"format": "text", "paths": ["input/"]}"#),
      #"sources[0].paths[0]: invalid path pattern "input/": ends with '/'; name the files, e.g. input/*.txt or input/**"#
    ),
    // invalidValue
    (#"{"version": 0, "sources": []}"#, "version: expected 1 (found 0)"),
    (
      config(#""defaults": {"report_year": 21}"#),
      "defaults.report_year: expected a year from 1900 to 2100 (found 21)"
    ),
    (
      config(#""outputs": [{"format": "json", "path": "o/f.json", "dialect": "rfc4180"}]"#),
      "outputs[0].dialect: only csv and series outputs take a dialect"
    ),
    (
      config(
        source: #"{"format": "html", "paths": ["a"], "mapping": {"report": "//r", "block": "p"}}"#),
      "sources[0].mapping: only xml sources take a mapping"
    ),
    (
      config(source: #"{"format": "xml", "paths": ["a"], "content_root": "//main"}"#),
      "sources[0].content_root: only html sources take a content_root"
    ),
    (
      config(#""outputs": [{"format": "csv", "path": "output/documents.csv"}]"#),
      #"outputs[0].path: "output/documents.csv" would overwrite documents.csv"#
    ),
    (config(#""state": "x/s", "lock": "x/s""#), "lock: must differ from state"),
    (
      #"{"version": 99999999999999999999, "sources": []}"#,
      "version: 99999999999999999999 is out of range"
    ),
    // duplicateKey
    (
      "{\"version\": 1,\n  \"defaults\": {\"language\": \"nb\",\n    \"language\": \"nn\"}}",
      "3:5: defaults.language: duplicate key"
    ),
    // invalidJSON
    (
      "{\"version\": 1,\n  \"sources\": [\n    {\"format\": \"text\",}\n  ]}",
      "3:23: invalid JSON: trailing comma before '}'"
    ),
  ])
  func errorMessage(json: String, message: String) {
    #expect(decodingError(json)?.description == message)
  }

  @Test(arguments: [
    ("", "1:1: invalid JSON: unexpected end of input; expected a value"),
    ("{\"version\": 1", "1:14: invalid JSON: unexpected end of input; expected ',' or '}'"),
    ("{\"version\": 1,\n \"sources\": [}", "2:14: invalid JSON: unexpected '}'; expected a value"),
    ("{\"version\" 1}", "1:12: invalid JSON: unexpected '1'; expected ':' after the key"),
    ("{'version': 1}", "1:2: invalid JSON: unexpected '''; expected a key in double quotes"),
    ("{\"a\": [1, 2,]}", "1:13: invalid JSON: trailing comma before ']'"),
    ("{\"a\": 01}", "1:8: invalid JSON: leading zeros are not allowed in numbers"),
    ("{\"a\": tru}", "1:7: invalid JSON: unexpected 't'; expected a value"),
    (
      "{\"a\": \"x\ny\"}",
      "1:9: invalid JSON: control character in string (write \\n, \\t or \\u00XX)"
    ),
    ("{\"a\": \"\\q\"}", "1:8: invalid JSON: invalid escape sequence in string"),
    ("{\"a\": \"unterminated}", "1:21: invalid JSON: unterminated string"),
    ("{\"å\": \"ø\", // note\n}", "1:12: invalid JSON: comments are not allowed in JSON"),
    ("{} {}", "1:4: invalid JSON: unexpected '{' after the end of the document"),
    (String(repeating: "[", count: 300), "1:201: invalid JSON: nesting deeper than 200 levels"),
  ])
  func invalidJSONHasLineAndColumn(json: String, message: String) {
    #expect(decodingError(json)?.description == message)
  }

  @Test func invalidUTF8IsLocated() {
    let data = Data("{\"a\": \"".utf8) + Data([0xFF]) + Data("\"}".utf8)
    #expect(
      throws: ConfigError.invalidJSON(line: 1, column: 8, message: "the file is not valid UTF-8")
    ) {
      try PipelineConfig(json: data, baseDirectory: fixtureBase)
    }
  }

  @Test func escapesDecode() throws {
    let config = try decode(config(#""name": "caf\u00e9 \ud83d\ude00 \"q\" \/""#))
    #expect(config.name == "café 😀 \"q\" /")
  }

  @Test func unknownKeysAreReportedBeforeMissingOnes() {
    // A misspelt required key gets a suggestion rather than "missing".
    #expect(
      decodingError(#"{"verison": 1, "sources": []}"#)
        == .unknownKey(path: "verison", suggestion: "version"))
    #expect(
      decodingError(#"{"version": 1, "source": []}"#)
        == .unknownKey(path: "source", suggestion: "sources"))
  }

  @Test(arguments: [
    ("fromat", "format"), ("pths", "paths"), ("optinal", "optional"),
    ("contentroot", "content_root"),
    ("ID", "id"), ("mappings", "mapping"),
  ])
  func didYouMeanInSources(typed: String, suggestion: String) {
    let json = config(source: #"{"format": "text", "paths": ["a"], "\#(typed)": 1}"#)
    #expect(decodingError(json) == .unknownKey(path: "sources[0].\(typed)", suggestion: suggestion))
  }

  @Test(arguments: ["xyz", "pathways", "formation", "encoding"])
  func noSuggestionWhenNothingIsClose(typed: String) {
    let json = config(source: #"{"format": "text", "paths": ["a"], "\#(typed)": 1}"#)
    #expect(decodingError(json) == .unknownKey(path: "sources[0].\(typed)", suggestion: nil))
  }

  @Test func duplicateKeysAreRefusedWherever() {
    #expect(
      decodingError(#"{"version": 1, "version": 1, "sources": []}"#)
        == .duplicateKey(path: "version", line: 1, column: 16))
    let inArray =
      #"{"version": 1, "sources": [{"format": "text", "paths": ["a"], "format": "xml"}]}"#
    #expect(decodingError(inArray) == .duplicateKey(path: "sources[0].format", line: 1, column: 63))
  }

  @Test func loadPrefixesTheFileName() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("pipeline.json")
    try Data(config(source: #"{"fromat": "text", "paths": ["a"]}"#).utf8).write(to: file)
    let expected = ConfigError.inFile(
      file.relativePath, .unknownKey(path: "sources[0].fromat", suggestion: "format"))
    #expect(throws: expected) { try PipelineConfig.load(from: file) }
    #expect(
      expected.description == "\(file.path): sources[0].fromat: unknown key; did you mean format?")
    #expect(expected.underlying == .unknownKey(path: "sources[0].fromat", suggestion: "format"))

    try Data("{\n  \"version\": 1,\n  \"sources\": [x]}".utf8).write(to: file)
    #expect(
      throws: ConfigError.inFile(
        file.relativePath,
        .invalidJSON(line: 3, column: 15, message: "unexpected 'x'; expected a value"))
    ) {
      try PipelineConfig.load(from: file)
    }
    #expect(
      ConfigError.inFile(
        "pipeline.json",
        .invalidJSON(line: 3, column: 14, message: "unexpected 'x'; expected a value")
      ).description
        == "pipeline.json:3:14: invalid JSON: unexpected 'x'; expected a value")
    #expect(
      ConfigError.inFile("pipeline.json", .duplicateKey(path: "name", line: 2, column: 3))
        .description
        == "pipeline.json:2:3: name: duplicate key")
    #expect(
      ConfigError.inFile(
        "pipeline.json", .wrongType(path: "", expected: "an object", found: "an array")
      ).description
        == "pipeline.json: expected an object (found an array)")
  }

  @Test func fileNotFound() {
    let missing = URL(fileURLWithPath: "/nonexistent-atsetl/pipeline.json")
    #expect(throws: ConfigError.fileNotFound(path: "/nonexistent-atsetl/pipeline.json")) {
      try PipelineConfig.load(from: missing)
    }
    #expect(
      ConfigError.fileNotFound(path: "pipeline.json").description
        == "pipeline.json: config file not found")
  }

  @Test func unreadableFile() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(
      throws: ConfigError.unreadableFile(path: folder.path, reason: "is a folder, not a file")
    ) {
      try PipelineConfig.load(from: folder)
    }
    #expect(
      ConfigError.unreadableFile(path: "pipeline.json", reason: "Permission denied").description
        == "pipeline.json: cannot read config file: Permission denied")
  }
}

// MARK: - Input discovery

@Suite struct InputDiscoveryTests {
  @Test func globExpansion() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try touch(
      [
        "input/b.txt", "input/a.txt", "input/c.xml", "input/.hidden.txt", "input/notes.TXT",
        "input/2021/x.txt", "input/2021/deep/y.txt", "input/.git/z.txt", "input/a1.txt",
        "input/ab.txt",
      ], in: folder)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("input/folder.txt"), withIntermediateDirectories: true)
    func files(_ patterns: String...) throws -> [String] {
      relative(try InputDiscovery.files(matching: patterns, relativeTo: folder), to: folder)
    }
    #expect(
      try files("input/*.txt") == ["input/a.txt", "input/a1.txt", "input/ab.txt", "input/b.txt"])
    #expect(try files("input/a?.txt") == ["input/a1.txt", "input/ab.txt"])
    #expect(try files("input/a[0-9].txt", "input/[!a]*.txt") == ["input/a1.txt", "input/b.txt"])
    #expect(
      try files("input/**/*.txt") == [
        "input/2021/deep/y.txt", "input/2021/x.txt", "input/a.txt", "input/a1.txt", "input/ab.txt",
        "input/b.txt",
      ])
    #expect(try files("**/y.txt") == ["input/2021/deep/y.txt"])
    #expect(try files("input/2021/**") == ["input/2021/deep/y.txt", "input/2021/x.txt"])
    #expect(try files("input/.*.txt") == ["input/.hidden.txt"])
    #expect(
      try files("input/a.txt", "input/*.txt", "./input/a.txt") == [
        "input/a.txt", "input/a1.txt", "input/ab.txt", "input/b.txt",
      ])
    #expect(try files("input/*.pdf").isEmpty)
    #expect(try files("missing/*.txt").isEmpty)
    #expect(try files("input/folder.txt").isEmpty)
    #expect(try files("input/c.xml") == ["input/c.xml"])
    #expect(try files(folder.path + "/input/*.xml") == ["input/c.xml"])
  }

  @Test func symlinkLoopsEnd() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try touch(["input/sub/a.txt"], in: folder)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("input/sub/loop").path, withDestinationPath: "..")
    let found = try InputDiscovery.files(matching: ["input/**/*.txt"], relativeTo: folder)
    // The loop is entered once (input/sub/loop → input) and then stops.
    #expect(relative(found, to: folder).first == "input/sub/a.txt")
    #expect(found.count < 10)
  }

  /// Folder entries are typed by `readdir`; a symbolic link is asked with `stat`, so links to
  /// files and to folders are followed like the files and folders themselves.
  @Test func symlinksToFilesAndFoldersAreFollowed() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try touch(["input/real/x.txt", "input/real/deeper/y.txt"], in: folder)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("input/linked").path, withDestinationPath: "real")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("input/alias.txt").path,
      withDestinationPath: "real/x.txt")
    let everywhere = try InputDiscovery.files(matching: ["input/**/*.txt"], relativeTo: folder)
    #expect(
      relative(everywhere, to: folder) == [
        "input/alias.txt", "input/linked/deeper/y.txt", "input/linked/x.txt",
        "input/real/deeper/y.txt", "input/real/x.txt",
      ])
    let oneDown = try InputDiscovery.files(matching: ["input/*/x.txt"], relativeTo: folder)
    #expect(relative(oneDown, to: folder) == ["input/linked/x.txt", "input/real/x.txt"])
  }

  @Test func nfcAndNFDNamesMatch() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try touch(["input/a\u{030A}rsrapport.txt"], in: folder)  // "årsrapport" decomposed
    let found = try InputDiscovery.files(matching: ["input/\u{E5}rs*.txt"], relativeTo: folder)
    #expect(found.count == 1)
  }

  @Test func invalidPatternThrows() {
    #expect(throws: InputDiscoveryError.invalidPattern(pattern: "a/[x", reason: "unclosed '['")) {
      try InputDiscovery.files(matching: ["a/[x"], relativeTo: fixtureBase)
    }
  }

  @Test func relativePath() {
    let base = URL(fileURLWithPath: "/srv/atsetl")
    #expect(
      InputDiscovery.relativePath(of: URL(fileURLWithPath: "/srv/atsetl/input/a.txt"), to: base)
        == "input/a.txt")
    #expect(
      InputDiscovery.relativePath(of: URL(fileURLWithPath: "/srv/other/a.txt"), to: base)
        == "/srv/other/a.txt")
  }
}

// MARK: - Validation

@Suite struct ConfigValidatorTests {
  @Test func reportsMatchesAndProblems() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try touch(["input/b.txt", "input/a.txt", "blocker"], in: folder)
    let json = """
      {"version": 1,
       "sources": [
         {"id": "text", "format": "text", "paths": ["input/*.txt"]},
         {"id": "xml", "format": "xml", "paths": ["input/*.xml"]},
         {"id": "html", "format": "html", "paths": ["input/*.html"], "optional": true},
         {"id": "again", "format": "text", "paths": ["input/a.txt"]}
       ],
       "outputs": [
         {"format": "csv", "path": "output/new/facts.csv"},
         {"format": "json", "path": "blocker/facts.json"},
         {"format": "json", "path": "input"},
         {"format": "json", "path": "blocker/sub/facts.json"}
       ],
       "output_dir": "output"}
      """
    let config = try PipelineConfig(json: Data(json.utf8), baseDirectory: folder)
    let report = ConfigValidator.validate(config)
    #expect(report.sources.map(\.id) == ["text", "xml", "html", "again"])
    #expect(relative(report.sources[0].files, to: folder) == ["input/a.txt", "input/b.txt"])
    #expect(report.sources[1].files.isEmpty)
    #expect(report.sources[2].patterns[0].problem == nil)
    #expect(
      report.locations.map(\.jsonPath) == [
        "outputs[0].path", "outputs[1].path", "outputs[2].path", "outputs[3].path", "output_dir",
        "state", "lock",
      ])
    #expect(report.locations[0].problem == nil)  // output/new can be created
    #expect(report.locations[1].problem == "\(folder.path)/blocker is not a folder")
    #expect(report.locations[2].problem == "is a folder, not a file")
    #expect(
      report.locations[3].problem
        == "cannot create \(folder.path)/blocker/sub: \(folder.path)/blocker is not a folder")
    #expect(report.locations[4...].allSatisfy { $0.problem == nil })
    #expect(
      report.problems == [
        #"sources[1].paths[0]: no files match "input/*.xml""#,
        "outputs[1].path: \(folder.path)/blocker is not a folder",
        "outputs[2].path: is a folder, not a file",
        "outputs[3].path: cannot create \(folder.path)/blocker/sub: \(folder.path)/blocker is not a folder",
      ])
    #expect(
      report.warnings == [
        #"sources[2].paths[0]: no files match "input/*.html" (source is optional)"#,
        "input/a.txt is matched by sources text and again; it will be read twice",
      ])
    #expect(!report.isValid)
    #expect(
      report.description.contains("source text (text): 2 files\n  input/a.txt\n  input/b.txt"))
    #expect(report.description.hasSuffix("\n4 problems"))
    // Nothing was written.
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("output").path))
  }

  @Test func validConfigIsValid() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try touch(["input/a.txt", "input/b.xml", "input/c.html"], in: folder)
    let report = ConfigValidator.validate(PipelineConfig(baseDirectory: folder))
    #expect(report.isValid)
    #expect(report.problems.isEmpty)
    #expect(report.sources.map { $0.files.count } == [1, 1, 1])
    #expect(report.description.hasSuffix("\nno problems"))
  }

  @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
  func unwritableOutputFolder() throws {
    let folder = try temporaryFolder()
    defer {
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("locked").path)
      try? FileManager.default.removeItem(at: folder)
    }
    try touch(["input/a.txt"], in: folder)
    let locked = folder.appendingPathComponent("locked")
    try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
    var config = PipelineConfig(baseDirectory: folder)
    config.sources = [SourceConfig(format: .text, paths: ["input/*.txt"])]
    config.outputs = [
      OutputConfig(format: .csv, path: ConfigPath("locked/facts.csv", relativeTo: folder)),
      OutputConfig(format: .json, path: ConfigPath("locked/sub/facts.json", relativeTo: folder)),
    ]
    let report = ConfigValidator.validate(config)
    #expect(report.locations[0].problem == "folder \(locked.path) is not writable")
    #expect(
      report.locations[1].problem
        == "cannot create \(locked.path)/sub: folder \(locked.path) is not writable")
  }
}
