import AtsetlLoad
import AtsetlModel
import Foundation
import Logging
import Testing

@testable import AtsetlPipeline

/// SPEC §7: a file that disappears between discovery and reading is quarantined with a reason,
/// and every other input is still read. (The run discovers, then reads; this test deletes a
/// file in between, which a cron job racing a file mover can do.)
@Test func inputDeletedAfterDiscoveryIsQuarantined() async throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("atsetl-vanish-\(UUID().uuidString)")
  defer { try? FileManager.default.removeItem(at: folder) }
  let input = folder.appendingPathComponent("input")
  try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
  try Data("Årsrapport 2021\n\nDet var 12 deltakere.\n".utf8)
    .write(to: input.appendingPathComponent("a.txt"))
  try Data("Årsrapport 2021\n\nDet var 40 deltakere.\n".utf8)
    .write(to: input.appendingPathComponent("b.txt"))
  let config = try PipelineConfig(
    json: Data(#"{"version": 1, "sources": [{"format": "text", "paths": ["input/*.txt"]}]}"#.utf8),
    baseDirectory: folder)
  var logger = Logger(label: "test")
  logger.logLevel = .critical
  let pipeline = Pipeline(config: config, logger: logger)

  let inputs = try pipeline.discoverInputs().inputs
  #expect(inputs.map(\.path) == ["input/a.txt", "input/b.txt"])
  try FileManager.default.removeItem(at: input.appendingPathComponent("a.txt"))
  let results = try await pipeline.process(
    inputs, jobs: 2, state: IncrementalState(configHash: "x", atsetlVersion: "test"),
    cache: ResultCache(stateFile: folder.appendingPathComponent(".atsetl/state.json")))

  #expect(results.map(\.record.path) == ["input/a.txt", "input/b.txt"])
  let gone = try #require(results.first)
  #expect(gone.record.status == .quarantined)
  #expect(gone.facts.count == 0)
  let reason = try #require(gone.record.error).description
  print("vanished input: \(reason)")
  #expect(reason.hasPrefix("input/a.txt"), "\(reason)")
  #expect(reason.contains("cannot read"), "\(reason)")
  #expect(results[1].record.status == .ok)
  #expect(try results[1].facts.all().map(\.text) == ["40 deltakere"])
}
