import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct Oops: Error {}

@Test func commitPublishesAndLeavesNoTemporaryFile() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try AtomicFile.publish(url) { file in
    try file.write("hello ")
    try file.write(contentsOf: Array("world\n".utf8))
  }
  #expect(try String(contentsOf: url, encoding: .utf8) == "hello world\n")
  #expect(try folder.contents() == ["facts.csv"])
}

@Test func nothingIsVisibleBeforeCommit() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try Data("old\n".utf8).write(to: url)
  let file = try AtomicFile(publishing: url)
  try file.write(String(repeating: "x", count: 300_000))  // more than one buffer
  #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
  let temporaryName = URL(fileURLWithPath: file.temporaryPath).lastPathComponent
  #expect(temporaryName.hasPrefix(".facts.csv.tmp-\(getpid())-"))
  #expect(try folder.contents() == [temporaryName, "facts.csv"].sorted())
  try file.commit()
  #expect(try Data(contentsOf: url).count == 300_000)
  #expect(try folder.contents() == ["facts.csv"])
  #expect(throws: LoadError.alreadyFinished(path: url.relativePath)) { try file.write("more") }
}

@Test func throwingBodyLeavesOldFileWhole() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try Data("old\n".utf8).write(to: url)
  #expect(throws: Oops.self) {
    try AtomicFile.publish(url) { file in
      try file.write(String(repeating: "new\n", count: 100_000))
      throw Oops()
    }
  }
  #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
  #expect(try folder.contents() == ["facts.csv"])
}

@Test func droppedWriterCleansUp() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.json")
  try Data("[]\n".utf8).write(to: url)
  do {
    let writer = try FactJSONWriter(publishing: url)
    try writer.write(sampleFacts[0])
  }
  #expect(try String(contentsOf: url, encoding: .utf8) == "[]\n")
  #expect(try folder.contents() == ["facts.json"])
}

@Test func abandonCleansUp() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("documents.csv")
  let writer = try DocumentsCSVWriter(publishing: url)
  writer.abandon()
  writer.abandon()
  #expect(try folder.contents() == [])
  #expect(throws: LoadError.alreadyFinished(path: url.relativePath)) { try writer.commit() }
}

@Test func missingFolderIsAClearError() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = URL(fileURLWithPath: "output/facts.csv", relativeTo: folder.url)
  let error = LoadError.cannotCreateTemporaryFile(path: "output/facts.csv", errno: ENOENT)
  #expect(throws: error) { try FactCSVWriter.write(sampleFacts, to: url) }
  #expect(
    error.description
      == "output/facts.csv: cannot create temporary file: No such file or directory (errno 2)")
}

@Test func folderThatIsAFileIsAClearError() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try Data().write(to: folder.file("output"))
  let url = URL(fileURLWithPath: "output/facts.csv", relativeTo: folder.url)
  #expect(throws: LoadError.cannotCreateTemporaryFile(path: "output/facts.csv", errno: ENOTDIR)) {
    try FactJSONWriter.write(sampleFacts, to: url)
  }
}

@Test(.enabled(if: geteuid() != 0, "root may write anywhere"))
func readOnlyFolderIsAClearError() throws {
  let folder = try TemporaryFolder()
  defer {
    _ = chmod(folder.url.path, 0o755)
    folder.remove()
  }
  let url = folder.file("facts.csv")
  try Data("old\n".utf8).write(to: url)
  #expect(chmod(folder.url.path, 0o555) == 0)
  let error = LoadError.cannotCreateTemporaryFile(path: url.relativePath, errno: EACCES)
  #expect(throws: error) { try FactCSVWriter.write(sampleFacts, to: url) }
  #expect(
    error.description.hasSuffix(": cannot create temporary file: Permission denied (errno 13)"))
  #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
}

@Test(arguments: [0, 10, 1000, 300_000])
func injectedDiskFullKeepsOldFile(limit: Int) throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try Data("old\n".utf8).write(to: url)
  let faults = FaultInjection(failWritesAfterBytes: limit)
  let manyFacts = Array(repeating: sampleFacts, count: 400).flatMap { $0 }
  let error = LoadError.writeFailed(path: url.relativePath, errno: ENOSPC)
  #expect(throws: error) { try FactCSVWriter.write(manyFacts, to: url, faults: faults) }
  #expect(error.description.hasSuffix(": cannot write: No space left on device (errno 28)"))
  #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
  #expect(try folder.contents() == ["facts.csv"])
}

@Test func injectedLimitAboveSizeDoesNotFail() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.json")
  try FactJSONWriter.write(
    sampleFacts, to: url, faults: FaultInjection(failWritesAfterBytes: 1_000_000))
  #expect(try JSONDecoder().decode([Fact].self, from: Data(contentsOf: url)) == sampleFacts)
}

@Test func replacedFileKeepsItsPermissions() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try Data("old\n".utf8).write(to: url)
  #expect(chmod(url.path, 0o640) == 0)
  try FactCSVWriter.write(sampleFacts, to: url)
  let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
  #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
}

@Test(arguments: [
  ([:], FaultInjection.none), (["ATSETL_FAIL_WRITE": ""], .none),
  (["ATSETL_FAIL_WRITE": "after:4096"], FaultInjection(failWritesAfterBytes: 4096)),
  (["ATSETL_FAIL_WRITE": "after:0"], FaultInjection(failWritesAfterBytes: 0)),
])
func faultInjectionFromEnvironment(environment: [String: String], expected: FaultInjection) throws {
  #expect(try FaultInjection(environment: environment) == expected)
}

@Test(arguments: ["4096", "after:", "after:-1", "after:x", "before:10"])
func badFaultInjectionIsRejected(value: String) {
  #expect(throws: LoadError.invalidFaultInjection(value)) {
    try FaultInjection(environment: ["ATSETL_FAIL_WRITE": value])
  }
}

/// Blocks of every size, small ones through the buffer and large ones past it, with the
/// early writeback every 16 MiB: the file holds exactly the bytes in order.
@Test func largeAndSmallBlocksArriveInOrderAcrossWriteback() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.json")
  var expected: [UInt8] = []
  var generator = SystemRandomNumberGenerator()
  try AtomicFile.publish(url) { file in
    var block = 0
    while expected.count < AtomicFile.writebackChunk * 2 + 12_345 {
      let size = [1, 100, AtomicFile.bufferCapacity - 1, AtomicFile.bufferCapacity * 3, 4_000_000][
        block % 5]
      // Each block its own byte, its ends marked, so a lost or moved block shows.
      var bytes = [UInt8](repeating: UInt8(truncatingIfNeeded: block), count: size)
      bytes[0] = UInt8.random(in: 0...255, using: &generator)
      bytes[size - 1] = UInt8.random(in: 0...255, using: &generator)
      if block % 2 == 0 { try file.write(contentsOf: bytes) } else { try file.write { $0 += bytes } }
      expected += bytes
      block += 1
    }
  }
  #expect(try [UInt8](Data(contentsOf: url)) == expected)
}
