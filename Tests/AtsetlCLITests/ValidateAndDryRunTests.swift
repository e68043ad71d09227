import Foundation
import Testing

/// `atsetl validate` and `atsetl run --dry-run`: they report, and write nothing.
@Suite(.timeLimit(.minutes(1)))
struct ValidateAndDryRunTests {
  @Test func validateGoodConfigListsTheMatchedFiles() async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let before = workspace.tree()
    let result = try await workspace.run("validate", "pipeline.json")
    #expect(result.status == 0, "\(result)")
    for name in Workspace.sampleInputs {
      #expect(result.stdout.contains("input/\(name)"), "validate does not list \(name): \(result)")
    }
    #expect(workspace.tree() == before, "validate wrote \(workspace.tree().subtracting(before))")
  }

  @Test func validateUsesPipelineJSONByDefault() async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let result = try await workspace.run("validate")
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("input/stavanger-2021.txt"), "\(result)")
  }

  @Test func validateRejectsARequiredPatternThatMatchesNothing() async throws {
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
    let before = workspace.tree()
    let result = try await workspace.run("validate")
    #expect(result.status == 78, "\(result)")
    let output = result.stdout + result.stderr
    #expect(output.contains("incoming/*.txt"), "\(result)")
    #expect(output.contains("sources[1]"), "the JSON path is not named: \(result)")
    #expect(workspace.tree() == before, "validate wrote \(workspace.tree().subtracting(before))")
  }

  @Test func validateAcceptsAnOptionalPatternThatMatchesNothing() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"],
      config: """
        {
          "version": 1,
          "sources": [
            { "id": "xml", "format": "xml", "paths": ["input/*.xml"] },
            { "id": "text", "format": "text", "paths": ["incoming/*.txt"], "optional": true }
          ]
        }
        """)
    defer { workspace.remove() }
    let result = try await workspace.run("validate")
    #expect(result.status == 0, "\(result)")
    #expect((result.stdout + result.stderr).contains("incoming/*.txt"), "no warning: \(result)")
  }

  @Test func dryRunListsInputsAndOutputsAndWritesNothing() async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let before = workspace.tree()
    let result = try await workspace.run("run", "pipeline.json", "--dry-run")
    #expect(result.status == 0, "\(result)")
    for name in Workspace.sampleInputs {
      #expect(result.stdout.contains("input/\(name)"), "dry run does not list \(name): \(result)")
    }
    for output in [
      "output/facts.csv", "output/facts.json", "output/documents.csv", "output/run.json",
    ] {
      #expect(result.stdout.contains(output), "dry run does not list \(output): \(result)")
    }
    #expect(workspace.tree() == before, "--dry-run wrote \(workspace.tree().subtracting(before))")
  }

  @Test func dryRunDoesNotTouchPreviousOutputs() async throws {
    let workspace = try Workspace(
      inputs: ["stavanger-okonomi.xml"], config: Workspace.xmlOnlyConfig)
    defer { workspace.remove() }
    let first = try await workspace.run("run", "--quiet")
    try #require(first.status == 0, "\(first)")
    let before = try workspace.snapshot(of: "output")
    let tree = workspace.tree()
    try await Task.sleep(for: .milliseconds(20))
    let result = try await workspace.run("run", "--dry-run")
    #expect(result.status == 0, "\(result)")
    #expect(try workspace.snapshot(of: "output") == before)
    #expect(workspace.tree() == tree)
  }
}
