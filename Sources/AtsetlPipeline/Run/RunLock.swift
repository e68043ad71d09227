import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The lock file that keeps two nightly runs from overlapping.
///
/// Taken with `O_CREAT | O_EXCL`, it holds the owner's process id, host and start time.
/// A lock whose process is gone (a run killed with SIGKILL) is stale: it is taken over,
/// and `tookOverFrom` says from whom so the caller can warn.
package final class RunLock {
  package let url: URL
  /// The holder of a stale lock this run took over, if any.
  package private(set) var tookOverFrom: String?
  /// True once this run owns the lock file; only then may it remove it.
  private var owned = false

  /// Takes the lock at `url`, creating its folder.
  package init(at url: URL, now: Date = Date()) throws(PipelineError) {
    self.url = url
    let path = url.path
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    } catch {
      throw .lockFailed(path: path, reason: error.localizedDescription)
    }
    let content = "pid=\(getpid()) host=\(ProcessInfo.processInfo.hostName) "
      + "started=\(ISO8601DateFormatter().string(from: now))\n"
    for _ in 0..<2 {
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if descriptor >= 0 {
        _ = content.withCString { write(descriptor, $0, strlen($0)) }
        fsync(descriptor)
        close(descriptor)
        owned = true
        return
      }
      guard errno == EEXIST else {
        throw .lockFailed(path: path, reason: String(cString: strerror(errno)))
      }
      let holder = (try? String(contentsOf: url, encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown holder"
      if let pid = Self.processID(in: holder), Self.isAlive(pid) {
        throw .locked(path: path, holder: holder)
      }
      // Stale: its process is gone. Remove it and try once more.
      tookOverFrom = holder
      unlink(path)
    }
    throw .lockFailed(path: path, reason: "the lock file reappeared while taking it over")
  }

  /// Removes the lock file, if this run took it. A run that was refused the lock never
  /// touches the holder's file.
  package func release() {
    guard owned else { return }
    owned = false
    unlink(url.path)
  }

  deinit { release() }

  static func processID(in holder: String) -> pid_t? {
    guard let field = holder.split(separator: " ").first(where: { $0.hasPrefix("pid=") }) else {
      return nil
    }
    return pid_t(field.dropFirst(4))
  }

  static func isAlive(_ pid: pid_t) -> Bool {
    guard pid > 0 else { return false }
    return kill(pid, 0) == 0 || errno == EPERM
  }
}
