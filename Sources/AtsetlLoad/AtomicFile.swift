import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An output file that appears all at once or not at all (SPEC §7).
///
/// Bytes go to a temporary file in the target's folder (`.facts.csv.tmp-<pid>-<random>`),
/// through a 256 KiB buffer. ``commit()`` flushes the buffer, `fsync`s the file, renames it over
/// the target and `fsync`s the folder. If anything throws, or the writer is dropped or
/// ``abandon()``ed before ``commit()``, the temporary file is removed and the previous target is
/// left exactly as it was. Readers therefore see either the old file or the new one, whole.
///
/// ```swift
/// try AtomicFile.publish(URL(fileURLWithPath: "output/facts.csv")) { file in
///   try file.write("id,value\n")
///   try file.write("a1,15600000\n")
/// }
/// ```
///
/// A class because it owns a file descriptor; it is used from one task at a time.
package final class AtomicFile {
  /// Bytes collected before they are handed to the kernel.
  package static let bufferCapacity = 256 * 1024

  /// The target path as shown in messages (the URL's relative path, as configured).
  package let displayPath: String
  /// The path of the temporary file while the output is being written.
  package let temporaryPath: String

  private let targetPath: String
  private let folderPath: String
  private let faults: FaultInjection
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private var bytesWritten = 0
  /// Where the bytes not yet handed to the disk start (see ``writebackChunk``).
  private var writebackStart = 0
  /// Written bytes are sent to the disk every 16 MiB while the file grows (they stay in the
  /// page cache), so that the `fsync` at commit does not wait for hundreds of megabytes at once.
  package static let writebackChunk = 16 << 20
  private var isFinished = false

  /// Creates the temporary file next to `url`; nothing is visible at `url` until ``commit()``.
  ///
  /// - Throws: ``LoadError/cannotCreateTemporaryFile(path:errno:)`` when the folder is missing,
  ///   read-only or full.
  package init(publishing url: URL, faults: FaultInjection = .none) throws {
    let target = url.absoluteURL
    targetPath = target.path
    folderPath = target.deletingLastPathComponent().path
    displayPath = url.relativePath
    self.faults = faults
    var attempt = 0
    var created: (descriptor: Int32, path: String)?
    while created == nil {
      let suffix = String(UInt64.random(in: .min ... .max), radix: 16)
      let candidate = folderPath + "/.\(target.lastPathComponent).tmp-\(getpid())-\(suffix)"
      let result = POSIXOutput.createExclusive(candidate, mode: 0o666)
      if result >= 0 {
        created = (result, candidate)
      } else {
        attempt += 1
        if -result != EEXIST || attempt >= 8 {
          throw LoadError.cannotCreateTemporaryFile(path: displayPath, errno: -result)
        }
      }
    }
    guard let created else {
      throw LoadError.cannotCreateTemporaryFile(path: displayPath, errno: EEXIST)
    }
    descriptor = created.descriptor
    temporaryPath = created.path
    POSIXOutput.copyMode(from: targetPath, to: descriptor)
    buffer.reserveCapacity(Self.bufferCapacity)
  }

  deinit {
    if !isFinished { discard() }
  }

  /// Bytes written so far (handed to the kernel or still buffered): where the next byte goes.
  package var offset: Int { bytesWritten + buffer.count }

  /// Appends a string's UTF-8 bytes.
  package func write(_ string: String) throws {
    try checkOpen()
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= Self.bufferCapacity { try flush() }
  }

  /// Lets `body` append to the file's buffer directly (no intermediate string).
  package func write(_ body: (inout [UInt8]) throws -> Void) throws {
    try checkOpen()
    try body(&buffer)
    if buffer.count >= Self.bufferCapacity { try flush() }
  }

  /// Appends a block of bytes; a large one goes to the file without a copy into the buffer.
  package func write(contentsOf bytes: [UInt8]) throws {
    try checkOpen()
    guard buffer.count + bytes.count >= Self.bufferCapacity else {
      buffer.append(contentsOf: bytes)
      return
    }
    try flush()
    try bytes.withUnsafeBytes { try writeOut($0) }
  }

  /// Appends raw bytes.
  package func write(contentsOf bytes: some Sequence<UInt8>) throws {
    try checkOpen()
    buffer.append(contentsOf: bytes)
    if buffer.count >= Self.bufferCapacity { try flush() }
  }

  /// Flushes, syncs and renames the temporary file over the target, then syncs the folder.
  ///
  /// After a successful commit the writer is finished; any error removes the temporary file
  /// and leaves the target untouched.
  package func commit() throws {
    try checkOpen()
    try flush()
    let syncError = POSIXOutput.sync(descriptor)
    if syncError != 0 { fail() }
    guard syncError == 0 else { throw LoadError.syncFailed(path: displayPath, errno: syncError) }
    let closeError = POSIXOutput.close(descriptor)
    descriptor = -1
    if closeError != 0 { fail() }
    guard closeError == 0 else { throw LoadError.syncFailed(path: displayPath, errno: closeError) }
    let renameError = POSIXOutput.rename(temporaryPath, over: targetPath)
    if renameError != 0 { fail() }
    guard renameError == 0 else {
      throw LoadError.publishFailed(path: displayPath, errno: renameError)
    }
    isFinished = true
    POSIXOutput.syncDirectory(folderPath)
  }

  /// Gives up: removes the temporary file; the target keeps its previous content.
  ///
  /// Calling it after ``commit()`` or twice does nothing.
  package func abandon() {
    guard !isFinished else { return }
    discard()
    isFinished = true
  }

  /// Runs `body` with a fresh atomic file and commits it; if `body` throws, abandons it.
  package static func publish(
    _ url: URL, faults: FaultInjection = .none, _ body: (AtomicFile) throws -> Void
  ) throws {
    let file = try AtomicFile(publishing: url, faults: faults)
    do {
      try body(file)
      try file.commit()
    } catch {
      file.abandon()
      throw error
    }
  }

  private func checkOpen() throws {
    guard !isFinished else { throw LoadError.alreadyFinished(path: displayPath) }
  }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { try writeOut($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `bytes` to the temporary file (the buffer must be empty or flushed first).
  private func writeOut(_ bytes: UnsafeRawBufferPointer) throws {
    let limit = faults.failWritesAfterBytes.map { max(0, $0 - bytesWritten) }
    do {
      bytesWritten += try POSIXOutput.writeAll(bytes, to: descriptor, path: displayPath, limit: limit)
      if bytesWritten - writebackStart >= Self.writebackChunk {
        POSIXOutput.startWriteback(descriptor, from: writebackStart, count: bytesWritten - writebackStart)
        writebackStart = bytesWritten
      }
    } catch {
      fail()
      throw error
    }
  }

  /// Marks the writer finished after an error and removes the temporary file.
  private func fail() {
    discard()
    isFinished = true
  }

  private func discard() {
    if descriptor >= 0 {
      _ = POSIXOutput.close(descriptor)
      descriptor = -1
    }
    POSIXOutput.remove(temporaryPath)
    buffer = []
  }
}
