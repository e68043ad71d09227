#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Read-only questions about the file system, answered with `stat(2)` and `access(2)`.
enum FileProbe {
  /// What a path names, following symbolic links.
  struct Status: Sendable, Equatable {
    var isDirectory: Bool
    var isRegularFile: Bool
    /// Device and inode: the same folder reached twice (a symlink loop) has the same identity.
    var identity: Identity
  }

  /// A file's device and inode numbers.
  struct Identity: Sendable, Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// The status of `path` (links followed), or `nil` when it does not exist or cannot be
  /// reached; `errorNumber` then holds `errno`.
  static func status(of path: String) -> (status: Status?, errorNumber: Int32) {
    var info = stat()
    guard stat(path, &info) == 0 else { return (nil, errno) }
    let type = info.st_mode & S_IFMT
    let status = Status(
      isDirectory: type == S_IFDIR,
      isRegularFile: type == S_IFREG,
      identity: Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    )
    return (status, 0)
  }

  /// What `readdir(3)` says an entry is: a symbolic link, or an entry of a file system that
  /// does not say, is `unknown` (ask ``status(of:)``).
  enum EntryKind: Sendable, Equatable {
    case regularFile, directory, unknown
  }

  /// The names in the folder at `path` (without `.` and `..`) and what each is, read with one
  /// `readdir(3)` pass: a `**` pattern over thousands of files needs no `stat(2)` per file.
  /// `nil` and `errno` when the folder cannot be opened.
  static func entries(of path: String) -> (entries: [(name: String, kind: EntryKind)]?, errorNumber: Int32) {
    guard let folder = opendir(path) else { return (nil, errno) }
    defer { closedir(folder) }
    var entries: [(name: String, kind: EntryKind)] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name == "." || name == ".." { continue }
      let kind: EntryKind
      switch Int32(entry.pointee.d_type) {
      case Int32(DT_REG): kind = .regularFile
      case Int32(DT_DIR): kind = .directory
      default: kind = .unknown
      }
      entries.append((name, kind))
    }
    return (entries, 0)
  }

  /// The size and modification time (seconds since 1970) of the regular file at `path`
  /// (links followed), or `nil` when it is missing or something else.
  static func regularFile(at path: String) -> (size: Int, modified: Double)? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    return (Int(info.st_size), Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
  }

  /// Exactly `count` bytes of the open file `descriptor` from `offset` (`pread(2)`, retried
  /// on short reads and `EINTR`), or nil when the file ends first or cannot be read.
  static func read(_ descriptor: Int32, count: Int, at offset: Int) -> [UInt8]? {
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var done = 0
      while done < count {
        let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
        if got < 0, errno == EINTR { continue }
        guard got > 0 else {
          failed = true
          break
        }
        done += got
      }
      initialized = done
    }
    return failed ? nil : bytes
  }

  /// Whether a new entry could be created in the folder at `path` by this process.
  static func canCreateEntries(in path: String) -> Bool {
    access(path, W_OK | X_OK) == 0
  }

  /// Whether something exists at `path` without following a final symbolic link.
  static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// The operating system's message for an `errno` value.
  static func message(for errorNumber: Int32) -> String {
    String(cString: strerror(errorNumber))
  }
}
