import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An invalid pipeline.json and what its message must contain.
struct InvalidConfig: Sendable, CustomTestStringConvertible {
  var name: String
  var json: String
  /// Substrings of stderr (each must appear).
  var messages: [String]

  var testDescription: String { name }

  /// The invalid-JSON case's expected `pipeline.json:LINE:COLUMN`, found from the text itself.
  static func syntaxLocation(in json: String, of token: String) -> String {
    for (number, line) in json.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if let range = line.range(of: token) {
        let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
        return "pipeline.json:\(number + 1):\(column)"
      }
    }
    return "pipeline.json:?:?"
  }

  static let invalidJSONText = """
    {
      "version": 1,
      "sources": [ { "format": "text" "paths": ["input/*.txt"] } ]
    }
    """

  static let all: [InvalidConfig] = [
    InvalidConfig(
      name: "unknown key with a suggestion",
      json: #"{ "version": 1, "sources": [ { "fromat": "text", "paths": ["input/*.txt"] } ] }"#,
      messages: ["sources[0].fromat", "did you mean format?"]),
    InvalidConfig(
      name: "unknown top-level key",
      json:
        #"{ "version": 1, "sources": [ { "format": "text", "paths": ["input/*.txt"] } ], "ouputs": [] }"#,
      messages: ["ouputs", "did you mean outputs?"]),
    InvalidConfig(
      name: "paths of the wrong type",
      json: #"{ "version": 1, "sources": [ { "format": "text", "paths": "input/*.txt" } ] }"#,
      messages: ["sources[0].paths", "expected an array"]),
    InvalidConfig(
      name: "version of the wrong type",
      json: #"{ "version": "1", "sources": [ { "format": "text", "paths": ["input/*.txt"] } ] }"#,
      messages: ["version", "expected an integer"]),
    InvalidConfig(
      name: "unknown source format",
      json: #"{ "version": 1, "sources": [ { "format": "pdf", "paths": ["input/*.pdf"] } ] }"#,
      messages: ["sources[0].format", "text, xml, html"]),
    InvalidConfig(
      name: "missing version",
      json: #"{ "sources": [ { "format": "text", "paths": ["input/*.txt"] } ] }"#,
      messages: ["version", "missing"]),
    InvalidConfig(
      name: "invalid JSON",
      json: invalidJSONText,
      messages: [syntaxLocation(in: invalidJSONText, of: #""paths""#), "invalid JSON"]),
  ]
}

/// Exit statuses 78, 64, 75 and 1 (SPEC §2) and what each leaves behind.
@Suite(.timeLimit(.minutes(1)))
struct ExitStatusTests {
  // MARK: 78 — invalid pipeline.json

  @Test(arguments: InvalidConfig.all, ["run", "validate"])
  func invalidConfigExits78AndWritesNothing(config: InvalidConfig, command: String) async throws {
    let workspace = try Workspace(inputs: ["stavanger-okonomi.xml"], config: config.json)
    defer { workspace.remove() }
    let before = workspace.tree()
    let result = try await workspace.run(command, "pipeline.json")
    #expect(result.status == 78, "\(result)")
    for message in config.messages {
      #expect(result.stderr.contains(message), "stderr lacks \(message): \(result)")
    }
    #expect(
      workspace.tree() == before, "files were created: \(workspace.tree().subtracting(before))")
  }

  @Test func missingConfigFileExits78() async throws {
    let workspace = try Workspace(config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("run", "nowhere.json")
    #expect(result.status == 78, "\(result)")
    #expect(result.stderr.contains("nowhere.json"), "\(result)")
    #expect(!workspace.exists("output"))
  }

  // MARK: 64 — usage errors

  @Test(arguments: [
    ["run", "--jobs", "0"],
    ["run", "--jobs", "many"],
    ["run", "--bogus"],
    ["run", "pipeline.json", "extra.json"],
    ["frobnicate"],
    ["extract"],
    ["parse"],
  ])
  func badFlagsExit64(arguments: [String]) async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let before = workspace.tree()
    let result = try await AtsetlBinary.run(
      arguments, in: workspace.project, capture: workspace.capture)
    #expect(result.status == 64, "\(result)")
    #expect(!result.stderr.isEmpty, "no message on stderr: \(result)")
    #expect(workspace.tree() == before, "a usage error wrote files")
  }

  @Test func invalidFaultInjectionValueIsAUsageError() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let result = try await workspace.run(
      "run", "--quiet", environment: ["ATSETL_FAIL_WRITE": "sometimes"])
    #expect(result.status == 64, "\(result)")
    #expect(result.stderr.contains("ATSETL_FAIL_WRITE"), "\(result)")
    #expect(!workspace.exists("output"))
  }

  // MARK: 75 — the lock

  @Test func liveLockExits75AndNamesTheHolder() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let holder =
      "pid=\(getpid()) host=\(ProcessInfo.processInfo.hostName) started=2024-05-02T01:00:00Z\n"
    try workspace.write(holder, to: ".atsetl/lock")
    let result = try await workspace.run("run")
    #expect(result.status == 75, "\(result)")
    #expect(result.stderr.contains("pid=\(getpid())"), "stderr does not name the holder: \(result)")
    #expect(
      (try? workspace.text(".atsetl/lock")) == holder,
      "the live holder's lock file was removed or changed by the run it locked out")
    #expect(!workspace.exists("output"), "a locked-out run wrote outputs")
  }

  /// The process a stale lock names: one that certainly does not exist, or one that just ended.
  enum StaleHolder: String, CaseIterable, Sendable {
    case unusedPID
    case finishedChild

    func pid() throws -> Int32 {
      switch self {
      case .unusedPID: return 999_999
      case .finishedChild:
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sh")
        child.arguments = ["-c", "exit 0"]
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
      }
    }
  }

  @Test(arguments: StaleHolder.allCases)
  func staleLockIsTakenOverWithAWarning(holder: StaleHolder) async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let pid = try holder.pid()
    try #require(kill(pid, 0) != 0, "pid \(pid) is alive; cannot stage a stale lock")
    try workspace.write(
      "pid=\(pid) host=elsewhere started=2024-05-02T01:00:00Z\n", to: ".atsetl/lock")
    let result = try await workspace.run("run")
    #expect(result.status == 0, "\(result)")
    let summary = try #require(JSON.parse(workspace.data("output/run.json")) as? [String: Any])
    let warnings = (summary["warnings"] as? [String]) ?? []
    #expect(
      result.stderr.contains("pid=\(pid)") || warnings.contains { $0.contains("pid=\(pid)") },
      "no warning about the stale lock of pid \(pid): \(warnings) / \(result.stderr)")
    #expect(!workspace.exists(".atsetl/lock"), "the lock was not released after the run")
  }

  // MARK: 1 — other failures leave previous outputs untouched

  @Test func outputFolderThatIsAFileExits1() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    try workspace.write("not a folder\n", to: "output")
    let result = try await workspace.run("run", "--quiet")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("output"), "\(result)")
    #expect(try workspace.text("output") == "not a folder\n", "the blocking file was changed")
    #expect(!workspace.exists(".atsetl/lock"), "the lock was left behind")
  }

  @Test func diskFullLeavesPreviousOutputsByteIdentical() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let first = try await workspace.run("run", "--quiet")
    try #require(first.status == 0, "\(first)")
    let before = try workspace.snapshot(of: "output")
    #expect(before.count == 4)

    // New input, so that a successful run would change every output.
    let more = try Data(
      contentsOf: AtsetlBinary.inputFolder.appendingPathComponent("stavanger-2021.xml"))
    try more.write(to: workspace.url("input/more.xml"))
    let failed = try await workspace.run(
      "run", "--quiet", environment: ["ATSETL_FAIL_WRITE": "after:100"])
    #expect(failed.status == 1, "\(failed)")
    #expect(failed.stderr.contains("No space left on device"), "\(failed)")
    let after = try workspace.snapshot(of: "output")
    #expect(Set(after.keys) == Set(before.keys), "temporary files left: \(after.keys.sorted())")
    for (name, data) in before {
      #expect(after[name] == data, "\(name) changed although the run failed")
    }
    #expect(!workspace.exists(".atsetl/lock"), "the lock was left behind")

    // Without the fault the same run succeeds and replaces them.
    let retry = try await workspace.run("run", "--quiet")
    #expect(retry.status == 0, "\(retry)")
    #expect(try workspace.data("output/facts.csv") != before["facts.csv"])
  }

  /// A failure while publishing (here: one target is a folder, so its rename fails) must not
  /// leave a mix of new and old outputs: SPEC §2 "1 … previous outputs left untouched".
  @Test(arguments: ["facts.json", "run.json"])
  func failureWhilePublishingLeavesPreviousOutputsUntouched(blocked: String) async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let first = try await workspace.run("run", "--quiet")
    try #require(first.status == 0, "\(first)")
    var before = try workspace.snapshot(of: "output")
    before[blocked] = nil
    try FileManager.default.removeItem(at: workspace.url("output/\(blocked)"))
    try workspace.write("", to: "output/\(blocked)/keep")

    let more = try Data(
      contentsOf: AtsetlBinary.inputFolder.appendingPathComponent("stavanger-2021.xml"))
    try more.write(to: workspace.url("input/more.xml"))
    let failed = try await workspace.run("run", "--quiet")
    #expect(failed.status == 1, "\(failed)")
    let after = try workspace.snapshot(of: "output")
    #expect(Set(after.keys) == Set(before.keys).union([blocked]), "files: \(after.keys.sorted())")
    for (name, data) in before {
      #expect(
        after[name] == data, "\(name) was replaced although the run failed (exit \(failed.status))")
    }
  }

  @Test func requiredSourceMatchingNothingFailsAndWritesNothing() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"],
      config: """
        {
          "version": 1,
          "sources": [
            { "id": "xml", "format": "xml", "paths": ["input/*.xml"] },
            { "id": "text", "format": "text", "paths": ["incoming/*.txt"] }
          ]
        }
        """)
    defer { workspace.remove() }
    let result = try await workspace.run("run")
    #expect(result.status == 1, "\(result)")
    #expect(result.stderr.contains("incoming/*.txt"), "\(result)")
    #expect(!workspace.exists("output"), "outputs were written")
  }
}
