import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A private working file (a sheet's deflated rows while they stream in), written through a
/// buffer.
///
/// Unlike ``AtomicFile`` it is never published: the workbook writer copies it into the zip
/// and removes its folder (the review page uses it likewise). Errors name the output the file belongs to (`displayPath`).
final class ScratchFile {
  /// The file's path in the scratch folder.
  let path: String
  private let displayPath: String
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  /// Bytes handed to the kernel so far plus those still buffered.
  private(set) var size = 0

  /// Creates `path` exclusively; fails with ``LoadError/cannotCreateTemporaryFile(path:errno:)``.
  init(path: String, displayPath: String) throws {
    self.path = path
    self.displayPath = displayPath
    let result = POSIXOutput.createExclusive(path, mode: 0o600)
    guard result >= 0 else {
      throw LoadError.cannotCreateTemporaryFile(path: displayPath, errno: -result)
    }
    descriptor = result
    buffer.reserveCapacity(AtomicFile.bufferCapacity)
  }

  deinit {
    if descriptor >= 0 { _ = POSIXOutput.close(descriptor) }
  }

  /// Appends a string's UTF-8 bytes.
  func write(_ string: String) throws {
    buffer.append(contentsOf: string.utf8)
    size += string.utf8.count
    if buffer.count >= AtomicFile.bufferCapacity { try flush() }
  }

  /// Lets `body` append to the buffer directly (no intermediate string).
  func write(_ body: (inout [UInt8]) throws -> Void) throws {
    let before = buffer.count
    try body(&buffer)
    size += buffer.count - before
    if buffer.count >= AtomicFile.bufferCapacity { try flush() }
  }

  /// Writes what is buffered and closes the file; it can then be read back.
  func close() throws {
    guard descriptor >= 0 else { return }
    try flush()
    let error = POSIXOutput.close(descriptor)
    descriptor = -1
    guard error == 0 else { throw LoadError.writeFailed(path: displayPath, errno: error) }
  }

  /// Reads the closed file back in chunks, handing each to `body`.
  func copy(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
    let input = open(path, O_RDONLY | O_CLOEXEC)
    guard input >= 0 else { throw LoadError.writeFailed(path: displayPath, errno: errno) }
    defer { _ = POSIXOutput.close(input) }
    var chunk = [UInt8](repeating: 0, count: AtomicFile.bufferCapacity)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { throw LoadError.writeFailed(path: displayPath, errno: errno) }
      if count == 0 { return }
      try chunk.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    }
  }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    guard descriptor >= 0 else { throw LoadError.alreadyFinished(path: displayPath) }
    _ = try buffer.withUnsafeBytes {
      try POSIXOutput.writeAll($0, to: descriptor, path: displayPath)
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Creates a fresh private folder `.<name>.parts-<pid>-<random>` next to `target`.
  ///
  /// - Returns: the folder's path.
  /// - Throws: ``LoadError/cannotCreateTemporaryFile(path:errno:)`` when the folder is
  ///   missing or read-only.
  static func makeFolder(nextTo targetPath: String, name: String, displayPath: String) throws
    -> String
  {
    let parent = String(targetPath[..<(targetPath.lastIndex(of: "/") ?? targetPath.startIndex)])
    for _ in 0..<8 {
      let suffix = String(UInt64.random(in: .min ... .max), radix: 16)
      let candidate = (parent.isEmpty ? "" : parent) + "/.\(name).parts-\(getpid())-\(suffix)"
      if mkdir(candidate, 0o700) == 0 { return candidate }
      let code = errno
      if code != EEXIST {
        throw LoadError.cannotCreateTemporaryFile(path: displayPath, errno: code)
      }
    }
    throw LoadError.cannotCreateTemporaryFile(path: displayPath, errno: EEXIST)
  }

  /// Removes a scratch folder and everything in it, ignoring errors.
  static func removeFolder(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }
}
