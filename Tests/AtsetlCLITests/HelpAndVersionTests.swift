import Foundation
import Testing

/// `--help` and `--version`.
@Suite(.timeLimit(.minutes(1)))
struct HelpAndVersionTests {
  @Test func versionPrintsASemanticVersion() async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("--version")
    #expect(result.status == 0, "\(result)")
    let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      version.range(of: #"^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$"#, options: .regularExpression)
        != nil,
      "not a version: \(version)")
  }

  @Test func helpListsTheCommandsAndExitCodes() async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("--help")
    #expect(result.status == 0, "\(result)")
    let help = collapsingWhitespace(result.stdout)
    for command in ["run", "validate", "parse", "extract"] {
      #expect(
        help.range(of: #"\b\#(command)\b"#, options: .regularExpression) != nil,
        "--help does not list \(command)")
    }
    for code in [
      "0 ok", "3 outputs written", "64 usage", "75 another run", "78 invalid",
      "1 any other failure",
    ] {
      #expect(help.contains(code), "--help does not explain exit code “\(code)”: \(help)")
    }
  }

  @Test func runHelpListsItsOptions() async throws {
    let workspace = try Workspace(inputs: [], config: nil)
    defer { workspace.remove() }
    let result = try await workspace.run("run", "--help")
    #expect(result.status == 0, "\(result)")
    for option in ["--full", "--jobs", "--dry-run", "--quiet", "--verbose"] {
      #expect(result.stdout.contains(option), "run --help lacks \(option)")
    }
  }
}
