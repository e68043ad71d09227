import AtsetlLoad
import AtsetlModel
import AtsetlPipeline
import Foundation
import Logging
import Testing

/// Unchanged inputs are not read again, changed ones are, deleted ones vanish, and the outputs
/// are byte-identical to a full run either way.
@Suite struct IncrementalStateTests {
  /// A temporary project with the two sample reports as text and a pipeline.json.
  struct Project {
    let folder: URL
    var config: PipelineConfig

    /// With `workbook`, the outputs are the default ones plus `output/facts.xlsx`.
    init(workbook: Bool = false) throws {
      folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("atsetl-state-\(UUID().uuidString)")
      let input = folder.appendingPathComponent("input")
      try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
      for name in ["stavanger-2021.txt", "stavanger-2017.txt"] {
        try FileManager.default.copyItem(
          at: packageRoot.appendingPathComponent("input/\(name)"),
          to: input.appendingPathComponent(name))
      }
      let outputs = """
        , "outputs": [{"format": "csv", "path": "output/facts.csv"},
          {"format": "json", "path": "output/facts.json"},
          {"format": "xlsx", "path": "output/facts.xlsx"}]
        """
      let json = """
        {"version": 1, "defaults": {"municipality": "Stavanger"},
         "sources": [{"id": "text", "format": "text", "paths": ["input/*.txt"]}]\(workbook ? outputs : "")}
        """
      try Data(json.utf8).write(to: folder.appendingPathComponent("pipeline.json"))
      config = try PipelineConfig.load(from: folder.appendingPathComponent("pipeline.json"))
    }

    func run(
      full: Bool = false, faults: FaultInjection = .none, hash: String = "config-1", jobs: Int = 2
    ) async throws -> RunReport {
      var logger = Logger(label: "test")
      logger.logLevel = .critical
      return try await Pipeline(config: config, logger: logger, faults: faults)
        .run(RunOptions(full: full, jobs: jobs, configHash: hash))
    }

    func outputs() throws -> [String: Data] {
      var files: [String: Data] = [:]
      for name in ["facts.csv", "facts.json", "documents.csv", "facts.xlsx"] {
        let url = folder.appendingPathComponent("output/\(name)")
        if name == "facts.xlsx", !FileManager.default.fileExists(atPath: url.path) { continue }
        files[name] = try Data(contentsOf: url)
      }
      return files
    }

    func file(_ path: String) -> URL { folder.appendingPathComponent(path) }

    /// Inode and modification time of each output: a rewritten (renamed-over) file changes both.
    func identities() throws -> [String: [String]] {
      var identities: [String: [String]] = [:]
      for name in ["facts.csv", "facts.json", "documents.csv"] {
        let attributes = try FileManager.default.attributesOfItem(
          atPath: folder.appendingPathComponent("output/\(name)").path)
        identities[name] = [
          "\(attributes[.systemFileNumber] ?? "")", "\(attributes[.modificationDate] ?? "")",
        ]
      }
      return identities
    }

    /// Gives `path` another modification time without changing its bytes.
    func touch(_ path: String, by seconds: TimeInterval = 10) throws {
      let url = file(path)
      let modified = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]
      let date = (modified as? Date ?? Date()).addingTimeInterval(seconds)
      try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  @Test func unchangedInputsAreReusedAndOutputsStayIdentical() async throws {
    let project = try Project()
    defer { project.remove() }
    let first = try await project.run()
    #expect(first.reused == 0)
    let before = try project.outputs()
    let second = try await project.run()
    #expect(second.reused == 2)
    #expect(try project.outputs() == before)
    let full = try await project.run(full: true)
    #expect(full.reused == 0)
    #expect(try project.outputs() == before)
  }

  @Test func aChangedInputIsReadAgain() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let path = project.file("input/stavanger-2017.txt")
    var text = try String(contentsOf: path, encoding: .utf8)
    text += "\n\nI 2017 deltok 77 nye personer i et ekstra tilbud.\n"
    try text.write(to: path, atomically: true, encoding: .utf8)
    let report = try await project.run()
    #expect(report.reused == 1)
    let csv = try String(contentsOf: project.file("output/facts.csv"), encoding: .utf8)
    #expect(csv.contains("77 nye personer"))
    // The same outputs as a full run of the changed inputs.
    let incremental = try project.outputs()
    _ = try await project.run(full: true)
    #expect(try project.outputs() == incremental)
  }

  /// Damages every cached spool's frames (their trailers intact, so they are trusted until
  /// read) and gives input 2021 a new time, so that the run does not stop at "nothing changed".
  private func damageTheCacheAndTouch(_ project: Project) throws {
    let cache = project.file(".atsetl/cache")
    for name in try FileManager.default.contentsOfDirectory(atPath: cache.path) {
      let url = cache.appendingPathComponent(name)
      var bytes = try Data(contentsOf: url)
      for index in stride(from: 20, to: bytes.count / 2, by: 97) { bytes[index] = 0xFF }
      try bytes.write(to: url)
    }
    try project.touch("input/stavanger-2021.txt")
  }

  /// A damaged cached spool whose facts are needed (here: an output changed since, so the
  /// unchanged input's rows cannot be copied from it): the run notices while publishing,
  /// starts again reading every input, and writes what a full run writes.
  @Test func aDamagedCacheIsReadAgain() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let expected = try project.outputs()
    try damageTheCacheAndTouch(project)
    try Data("[]\n".utf8).write(to: project.file("output/facts.json"))
    let report = try await project.run()
    #expect(report.reused == 0)
    #expect(try project.outputs() == expected)
  }

  /// An unchanged input's CSV rows, JSON objects and workbook piece are copied from the
  /// outputs the last run published, not rendered from its spool: with its spool damaged, it
  /// is still reused and the outputs are still those of a full run, with one job or two.
  @Test(arguments: [(1, false), (2, false), (1, true), (2, true)])
  func anUnchangedInputIsCopiedFromTheLastOutputs(jobs: Int, workbook: Bool) async throws {
    let project = try Project(workbook: workbook)
    defer { project.remove() }
    _ = try await project.run()
    let expected = try project.outputs()
    #expect(expected.keys.contains("facts.xlsx") == workbook)
    try damageTheCacheAndTouch(project)
    let report = try await project.run(jobs: jobs)
    #expect(report.reused == 1)
    #expect(try project.outputs() == expected)
    // Again, now from the outputs this run wrote.
    try project.touch("input/stavanger-2021.txt")
    #expect(try await project.run(jobs: jobs).reused == 1)
    #expect(try project.outputs() == expected)
  }

  @Test func aDeletedInputsFactsDisappear() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    try FileManager.default.removeItem(at: project.file("input/stavanger-2017.txt"))
    let report = try await project.run()
    #expect(report.records.map(\.path) == ["input/stavanger-2021.txt"])
    #expect(report.reused == 1)
    let csv = try String(contentsOf: project.file("output/facts.csv"), encoding: .utf8)
    #expect(!csv.contains("stavanger-2017.txt"))
    let cache = try FileManager.default.contentsOfDirectory(atPath: project.file(".atsetl/cache").path)
    #expect(cache.count == 1)
  }

  @Test func anotherConfigReadsEverythingAgain() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run(hash: "config-1")
    let report = try await project.run(hash: "config-2")
    #expect(report.reused == 0)
  }

  /// State saved by another build of atsetl (another version, or the same version rebuilt):
  /// nothing is reused, as its facts may come from another grammar.
  @Test func anotherBuildReadsEverythingAgain() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let url = project.file(".atsetl/state.json")
    let saved = try String(contentsOf: url, encoding: .utf8)
    #expect(saved.contains(#""atsetlVersion":"\#(Pipeline.version) ("#))
    let other = saved.replacingOccurrences(of: #""atsetlVersion":""#, with: #""atsetlVersion":"x"#)
    try other.write(to: url, atomically: true, encoding: .utf8)
    let report = try await project.run()
    #expect(report.reused == 0)
  }

  @Test func aFailedRunDoesNotSaveTheState() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let stateBefore = try Data(contentsOf: project.file(".atsetl/state.json"))
    let path = project.file("input/stavanger-2021.txt")
    try (String(contentsOf: path, encoding: .utf8) + "\n\nEn ny setning med 12 personer.\n")
      .write(to: path, atomically: true, encoding: .utf8)
    await #expect(throws: PipelineError.self) {
      _ = try await project.run(faults: FaultInjection(failWritesAfterBytes: 100))
    }
    #expect(try Data(contentsOf: project.file(".atsetl/state.json")) == stateBefore)
    // The next run still reads the changed input and publishes its facts.
    let report = try await project.run()
    #expect(report.reused == 1)
    let csv = try String(contentsOf: project.file("output/facts.csv"), encoding: .utf8)
    #expect(csv.contains("12 personer"))
  }

  @Test func aNoChangeRerunLeavesTheOutputsAloneAndWritesRunJSON() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let before = try project.outputs()
    let identities = try project.identities()
    try FileManager.default.removeItem(at: project.file("output/run.json"))
    let report = try await project.run()
    #expect(report.reused == 2)
    #expect(report.records.map(\.path) == ["input/stavanger-2017.txt", "input/stavanger-2021.txt"])
    #expect(report.factCount > 0)
    #expect(try project.outputs() == before)
    #expect(try project.identities() == identities)  // not rewritten
    let summary = try JSONSerialization.jsonObject(
      with: Data(contentsOf: project.file("output/run.json"))) as? [String: Any]
    let totals = summary?["totals"] as? [String: Any]
    #expect(totals?["facts"] as? Int == report.factCount)
    #expect(totals?["documents"] as? Int == 2)
    // And they are what a full run writes.
    _ = try await project.run(full: true)
    #expect(try project.outputs() == before)
  }

  @Test func anOutputChangedOnDiskIsPublishedAgain() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let before = try project.outputs()
    let handle = try FileHandle(forWritingTo: project.file("output/facts.csv"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("edited by hand\n".utf8))
    try handle.close()
    _ = try await project.run()
    #expect(try project.outputs() == before)
    try FileManager.default.removeItem(at: project.file("output/facts.json"))
    _ = try await project.run()
    #expect(try project.outputs() == before)
  }

  @Test func aTouchedInputIsReadAgainAndTheOutputsStayIdentical() async throws {
    let project = try Project()
    defer { project.remove() }
    _ = try await project.run()
    let before = try project.outputs()
    try project.touch("input/stavanger-2017.txt")
    let report = try await project.run()
    #expect(report.reused == 1)
    #expect(try project.outputs() == before)
    // The state now holds the new time: the next run changes nothing again.
    let identities = try project.identities()
    #expect(try await project.run().reused == 2)
    #expect(try project.identities() == identities)
  }

  @Test func aNoChangeRerunStillReportsQuarantinedInputs() async throws {
    let project = try Project()
    defer { project.remove() }
    try Data().write(to: project.file("input/empty.txt"))
    let first = try await project.run()
    #expect(first.quarantined.map(\.path) == ["input/empty.txt"])
    let firstSummary = try Data(contentsOf: project.file("output/run.json"))
    let identities = try project.identities()
    let second = try await project.run()
    #expect(second.reused == 3)
    #expect(second.quarantined.map(\.path) == ["input/empty.txt"])
    #expect(second.quarantined.first?.error == first.quarantined.first?.error)
    #expect(second.warnings == first.warnings)
    #expect(try project.identities() == identities)
    let keys = ["quarantined", "sources", "totals", "warnings"]
    let old = try JSONSerialization.jsonObject(with: firstSummary) as? [String: Any] ?? [:]
    let new = try JSONSerialization.jsonObject(
      with: Data(contentsOf: project.file("output/run.json"))) as? [String: Any] ?? [:]
    func canonical(_ value: Any?) throws -> Data {
      try JSONSerialization.data(
        withJSONObject: value ?? NSNull(), options: [.sortedKeys, .fragmentsAllowed])
    }
    for key in keys {
      #expect(try canonical(old[key]) == canonical(new[key]), "run.json \(key)")
    }
  }
}
