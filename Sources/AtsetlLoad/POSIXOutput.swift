#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The raw system calls the writers need, kept apart so that method names such as `write`
/// do not shadow the C functions.
package enum POSIXOutput {
  /// Writes all of `bytes` to `descriptor`, retrying short writes and `EINTR`.
  ///
  /// `limit` is the number of bytes this descriptor may still take before the write fails with
  /// `ENOSPC` (fault injection); `nil` means no limit. Returns the number of bytes written.
  package static func writeAll(
    _ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String, limit: Int? = nil
  ) throws -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var offset = 0
    while offset < bytes.count {
      var length = bytes.count - offset
      if let limit {
        let allowed = max(0, limit - offset)
        if allowed == 0 { throw LoadError.writeFailed(path: path, errno: ENOSPC) }
        length = min(length, allowed)
      }
      let written = write(descriptor, base + offset, length)
      if written < 0 {
        let code = errno
        if code == EINTR { continue }
        throw LoadError.writeFailed(path: path, errno: code)
      }
      offset += written
    }
    return offset
  }

  /// Asks the kernel to start writing `count` bytes from `offset` to the disk now, without
  /// waiting and without dropping them from the page cache (the next run copies unchanged
  /// inputs' bytes from these files). Linux's `sync_file_range(2)`, which Swift's Glibc module
  /// does not declare; elsewhere nothing. Only a hint: errors surface at the `fsync`.
  package static func startWriteback(_ descriptor: Int32, from offset: Int, count: Int) {
    #if os(Linux)
      _ = linuxSyncFileRange(descriptor, Int64(offset), Int64(count), syncFileRangeWrite)
    #endif
  }

  /// `fsync`, retrying `EINTR`; returns `0` or the `errno`.
  package static func sync(_ descriptor: Int32) -> Int32 {
    while fsync(descriptor) != 0 {
      let code = errno
      if code != EINTR { return code }
    }
    return 0
  }

  /// `close`; returns `0` or the `errno` (`EINTR` counts as closed on Linux).
  package static func close(_ descriptor: Int32) -> Int32 {
    #if canImport(Darwin)
      let result = Darwin.close(descriptor)
    #elseif canImport(Musl)
      let result = Musl.close(descriptor)
    #else
      let result = Glibc.close(descriptor)
    #endif
    if result == 0 { return 0 }
    let code = errno
    return code == EINTR ? 0 : code
  }

  /// Creates a new file exclusively (`O_EXCL`); returns the descriptor or `-errno`.
  package static func createExclusive(_ path: String, mode: mode_t) -> Int32 {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    return descriptor >= 0 ? descriptor : -errno
  }

  /// Copies an existing file's permission bits onto `descriptor` (so a replaced output keeps
  /// its mode); does nothing when `path` does not exist.
  package static func copyMode(from path: String, to descriptor: Int32) {
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return }
    _ = fchmod(descriptor, status.st_mode & 0o7777)
  }

  /// `rename`; returns `0` or the `errno`.
  package static func rename(_ source: String, over target: String) -> Int32 {
    #if canImport(Darwin)
      let result = Darwin.rename(source, target)
    #elseif canImport(Musl)
      let result = Musl.rename(source, target)
    #else
      let result = Glibc.rename(source, target)
    #endif
    return result == 0 ? 0 : errno
  }

  /// Removes a file, ignoring errors (used for temporary files only).
  package static func remove(_ path: String) {
    _ = unlink(path)
  }

  /// Flushes a folder's entries (the rename) to disk, best effort.
  ///
  /// Errors are ignored on purpose: the rename has already happened, so either the old or
  /// the new file is whole whatever this returns; some file systems reject `fsync` on folders.
  package static func syncDirectory(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = sync(descriptor)
    _ = close(descriptor)
  }
}

#if os(Linux)
  /// `SYNC_FILE_RANGE_WRITE` from `<fcntl.h>`: start writeback of the range's dirty pages.
  private let syncFileRangeWrite: UInt32 = 2

  /// `int sync_file_range(int fd, off64_t offset, off64_t nbytes, unsigned int flags)`, a
  /// glibc function hidden from Swift's Glibc module (it needs `_GNU_SOURCE`).
  @_silgen_name("sync_file_range")
  private func linuxSyncFileRange(_ fd: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32)
    -> Int32
#endif
