import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// SPEC §6/§7: outputs are published atomically. A run killed with SIGKILL at any moment leaves
/// each output either the previous complete version or the new complete version, run.json
/// (published last) is never newer than the others, and the next run takes over the stale lock.
@Suite(.timeLimit(.minutes(2)))
struct CrashSafetyTests {
  static let config = """
    {
      "version": 1,
      "name": "crash-safety",
      "defaults": { "municipality": "Stavanger", "language": "auto" },
      "sources": [ { "id": "text", "format": "text", "paths": ["input/*.txt"] } ],
      "outputs": [
        { "format": "csv", "path": "output/facts.csv", "dialect": "rfc4180" },
        { "format": "json", "path": "output/facts.json" }
      ]
    }
    """

  /// The outputs compared byte for byte; run.json differs in its times, so only its totals count.
  static let dataFiles = ["facts.csv", "facts.json", "documents.csv"]
  /// Kills with delays spread over 0…2× the normal run time.
  static let kills = 100
  /// Then kills aimed at the end of the run, where the outputs are published (a few ms wide).
  static let lateKills = 60

  /// What one killed run left behind.
  enum Observed: String, CaseIterable {
    case allOld = "all old"
    case dataNewSummaryOld = "facts/documents new, run.json old"
    case allNew = "all new"
    case finishedBeforeKill = "finished before the kill"
  }

  @Test func sigkillAtAnyMomentLeavesOldOrNewOutputs() async throws {
    let workspace = try Workspace(inputs: ["stavanger-2021.txt"], config: Self.config)
    defer { workspace.remove() }
    let manager = FileManager.default

    // Set A, published: the "old" outputs and the incremental state that goes with them.
    let first = try await workspace.run("run", "--quiet")
    try #require(first.status == 0, "\(first)")
    let old = try workspace.snapshot(of: "output")
    try #require(Set(old.keys) == Set(Self.dataFiles + ["run.json"]), "\(old.keys.sorted())")
    let oldState = workspace.root.appendingPathComponent("old-state", isDirectory: true)
    try manager.copyItem(at: workspace.url(".atsetl"), to: oldState)
    let oldFacts = try Self.factTotal(old["run.json"])

    // Set B = A + the 2017 report; the "new" outputs come from a run in a copy of the project.
    let more = try Data(
      contentsOf: AtsetlBinary.inputFolder.appendingPathComponent("stavanger-2017.txt"))
    try more.write(to: workspace.url("input/stavanger-2017.txt"))
    let copy = workspace.root.appendingPathComponent("reference", isDirectory: true)
    try manager.copyItem(at: workspace.project, to: copy)
    let (reference, referenceRun) = try await ChildRun.run(
      ["run", "--quiet"], in: copy, capture: workspace.capture)
    try #require(reference.status == 0, "\(reference)")
    var new: [String: Data] = [:]
    for name in Self.dataFiles + ["run.json"] {
      new[name] = try Data(contentsOf: copy.appendingPathComponent("output/\(name)"))
    }
    let newFacts = try Self.factTotal(new["run.json"])
    try #require(oldFacts != newFacts, "set B must change the fact count")
    for name in Self.dataFiles { try #require(old[name] != new[name], "\(name) unchanged by B") }
    print("crash safety: the reference run took \(referenceRun)")

    // Kill runs at pseudo-random moments from 0 to 2× the normal run time. The machine is shared
    // (other tests run in parallel), so the normal time is measured here, again every 40 kills.
    var generator = SplitMix64(seed: 0x5EED_C0DE)
    var seen: [Observed: Int] = [:]
    var leftovers: [String: Int] = [:]
    var normal = 0.0
    let started = ContinuousClock.now
    for round in 0..<(Self.kills + Self.lateKills) {
      if round % 40 == 0 {
        normal = try await Self.normalRunTime(old: old, state: oldState, in: workspace)
        print("crash safety: a normal run takes \(String(format: "%.1f", normal * 1000)) ms")
      }
      try Self.restore(old: old, state: oldState, in: workspace)
      let spread = round < Self.kills ? 0.0...2.0 : 0.8...1.1
      let delay = Double.random(in: spread, using: &generator) * normal
      let child = try ChildRun.start(
        ["run", "--quiet"], in: workspace.project, capture: workspace.capture)
      try await Task.sleep(for: .microseconds(Int(delay * 1_000_000)))
      child.sendKill()
      let termination = await child.wait(timeout: 30)
      let label =
        "round \(round), kill after \(String(format: "%.1f", delay * 1000)) ms (\(termination))"

      if let status = termination.exitStatus {
        // Finished before the signal: it must have succeeded (taking over the stale lock).
        #expect(status == 0, "\(label): a run that was not killed failed")
      }
      let after = try workspace.snapshot(of: "output")
      var newer: [String] = []
      for name in Self.dataFiles {
        let data = try #require(after[name], "\(label): \(name) is missing")
        #expect(data == old[name] || data == new[name], "\(label): \(name) is neither old nor new")
        if data == new[name] { newer.append(name) }
      }
      // Published in order (the configured outputs, then documents.csv): the new ones are a prefix.
      #expect(
        newer == Array(Self.dataFiles.prefix(newer.count)),
        "\(label): new \(newer) is not a prefix of the publishing order \(Self.dataFiles)")
      let summaryFacts = try #require(
        try? Self.factTotal(after["run.json"]), "\(label): run.json does not parse")
      #expect(
        summaryFacts == oldFacts || summaryFacts == newFacts,
        "\(label): run.json totals.facts \(summaryFacts), expected \(oldFacts) or \(newFacts)")
      let summaryIsNew = after["run.json"] != old["run.json"]
      if summaryIsNew {
        #expect(summaryFacts == newFacts, "\(label): run.json replaced by a wrong summary")
        #expect(
          newer.count == Self.dataFiles.count,
          "\(label): run.json is new but only \(newer) are new (run.json must be published last)")
      }
      for name in workspace.temporaryFiles(in: "output") + workspace.temporaryFiles(in: ".atsetl") {
        let kind = name.replacingOccurrences(
          of: #"\.tmp-.*$"#, with: "", options: .regularExpression)
        leftovers[kind, default: 0] += 1
      }
      let observed: Observed =
        termination.exitStatus != nil
        ? .finishedBeforeKill
        : summaryIsNew ? .allNew : newer.isEmpty ? .allOld : .dataNewSummaryOld
      seen[observed, default: 0] += 1
    }
    print(
      "crash safety: \(Self.kills + Self.lateKills) kills in \(ContinuousClock.now - started): "
        + Observed.allCases.map { "\($0.rawValue) \(seen[$0] ?? 0)" }.joined(separator: ", "))
    print(
      "crash safety: temporary files left by SIGKILL: "
        + (leftovers.isEmpty
          ? "none"
          : leftovers.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(
            separator: ", ")))

    // After the last kill (outputs as it left them): a temporary file like one a killed run leaves,
    // and a stale lock if the last run did not leave one. A normal run must succeed and publish B.
    let planted = ".facts.csv.tmp-999999-deadbeef"
    try workspace.write("id,document\npartial", to: "output/\(planted)")
    if !workspace.exists(".atsetl/lock") {
      try workspace.write(
        "pid=999999 host=elsewhere started=2024-05-02T01:00:00Z\n", to: ".atsetl/lock")
    }
    let holder = try workspace.text(".atsetl/lock")
    let before = Set(workspace.temporaryFiles(in: "output"))
    let final = try await workspace.run("run")
    #expect(final.status == 0, "the run after the kills failed: \(final)")
    let after = try workspace.snapshot(of: "output")
    for name in Self.dataFiles {
      #expect(after[name] == new[name], "\(name) after a normal run is not the new version")
    }
    #expect(try Self.factTotal(after["run.json"]) == newFacts)
    let summary = try #require(JSON.parse(workspace.data("output/run.json")) as? [String: Any])
    let warnings = (summary["warnings"] as? [String]) ?? []
    if let pid = holder.split(separator: " ").first, pid.hasPrefix("pid=") {
      #expect(
        final.stderr.contains(String(pid)) || warnings.contains { $0.contains(String(pid)) },
        "no warning about taking over the stale lock \(holder)")
    }
    #expect(!workspace.exists(".atsetl/lock"), "the lock was not released")
    let remaining = Set(workspace.temporaryFiles(in: "output"))
    print(
      "crash safety: temporary files before the normal run \(before.sorted()), after \(remaining.sorted()) → "
        + (remaining.isEmpty
          ? "removed" : remaining == before ? "ignored (left in place)" : "partly removed"))
    #expect(remaining.isSubset(of: before), "the normal run left new temporary files: \(remaining)")
    // Leftovers of killed runs (their process is gone) are removed once the lock is held.
    #expect(!remaining.contains(planted), "the killed run's \(planted) was not removed")
    #expect(workspace.temporaryFiles(in: ".atsetl").isEmpty, "leftovers remain in .atsetl")
  }

  /// The median time of three unkilled runs from the old outputs and state (B is in input/).
  static func normalRunTime(old: [String: Data], state: URL, in workspace: Workspace) async throws
    -> Double
  {
    var times: [Double] = []
    for _ in 0..<3 {
      try restore(old: old, state: state, in: workspace)
      let (result, termination) = try await ChildRun.run(
        ["run", "--quiet"], in: workspace.project, capture: workspace.capture)
      try #require(result.status == 0, "a calibration run failed: \(result)")
      times.append(termination.seconds)
    }
    return max(times.sorted()[1], 0.01)
  }

  /// run.json's `totals.facts`.
  static func factTotal(_ data: Data?) throws -> Int {
    let data = try #require(data, "no run.json")
    let summary = try #require(JSON.parse(data) as? [String: Any], "run.json not an object")
    let totals = try #require(summary["totals"] as? [String: Any], "run.json has no totals")
    return Int(try #require(JSON.number(totals["facts"]), "totals.facts is not a number"))
  }

  /// Puts back the old outputs (removing anything else in output/) and the old incremental
  /// state, keeping the lock file a killed run left, so that the next run must take it over.
  static func restore(old: [String: Data], state: URL, in workspace: Workspace) throws {
    let manager = FileManager.default
    try? manager.removeItem(at: workspace.url("output"))
    try manager.createDirectory(at: workspace.url("output"), withIntermediateDirectories: true)
    for (name, data) in old { try data.write(to: workspace.url("output/\(name)")) }
    let folder = workspace.url(".atsetl")
    for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where name != "lock" {
      try manager.removeItem(at: folder.appendingPathComponent(name))
    }
    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
    for name in try manager.contentsOfDirectory(atPath: state.path) {
      try manager.copyItem(
        at: state.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
  }
}
