import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a child process ended, with its peak memory.
struct ChildTermination: Sendable, CustomStringConvertible {
  /// The exit status, or nil when a signal ended the process.
  var exitStatus: Int32?
  /// The signal that ended the process, or nil when it exited.
  var signal: Int32?
  /// Peak resident set size in bytes (`ru_maxrss`).
  var peakRSS: Int
  /// Seconds from start to exit (wall clock: grows when the machine is busy).
  var seconds: Double
  /// CPU seconds the child itself used, user + system (`wait4`'s rusage): what the work
  /// costs, whatever else the machine is doing.
  var cpuSeconds: Double = 0
  /// True when the watchdog killed it.
  var timedOut: Bool

  var description: String {
    let end = exitStatus.map { "exit \($0)" } ?? "signal \(signal ?? -1)"
    return "\(end) after \(String(format: "%.3f", seconds)) s (CPU \(String(format: "%.3f", cpuSeconds)) s), peak RSS \(peakRSS / 1024) KiB"
      + (timedOut ? " (killed by the watchdog)" : "")
  }
}

/// `atsetl` started with `posix_spawn` so that a test can signal it at a chosen moment and read
/// its resource usage with `wait4` (Foundation's `Process` reaps the child itself and hides both).
///
/// The pid stays ours until ``wait(timeout:)`` reaps it, so a signal never reaches a reused pid.
struct ChildRun: Sendable {
  let pid: pid_t
  let started: Date
  let stdoutURL: URL
  let stderrURL: URL

  /// Starts `atsetl arguments` in `directory` (through `/bin/sh -c 'cd …; exec …'`, so the pid is
  /// atsetl's own after the exec); stdout and stderr go to new files in `capture`.
  static func start(_ arguments: [String], in directory: URL, capture: URL) throws -> ChildRun {
    let binary = AtsetlBinary.url.path
    try #require(
      FileManager.default.isExecutableFile(atPath: binary),
      "atsetl executable not found at \(binary); run swift build --build-tests first")
    let name = UUID().uuidString
    let stdoutURL = capture.appendingPathComponent("\(name).stdout")
    let stderrURL = capture.appendingPathComponent("\(name).stderr")
    let argv =
      ["/bin/sh", "-c", #"cd -- "$1" || exit 126; shift; exec "$@""#, "sh", directory.path, binary]
      + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["ATSETL_FAIL_WRITE"] = nil
    let envp = environment.map { "\($0.key)=\($0.value)" }

    let cArguments = argv.map { strdup($0) } + [nil]
    let cEnvironment = envp.map { strdup($0) } + [nil]
    defer {
      for pointer in cArguments { free(pointer) }
      for pointer in cEnvironment { free(pointer) }
    }
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t?
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, stdoutURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(
      &actions, 2, stderrURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    var pid: pid_t = 0
    let started = Date()
    let error = posix_spawn(&pid, "/bin/sh", &actions, nil, cArguments, cEnvironment)
    try #require(error == 0, "posix_spawn failed: \(String(cString: strerror(error)))")
    return ChildRun(pid: pid, started: started, stdoutURL: stdoutURL, stderrURL: stderrURL)
  }

  /// `VmHWM` of a running process in bytes, from /proc (nil when gone or not Linux).
  static func highWaterMark(of pid: pid_t) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
    else { return nil }
    return kilobytes * 1024
  }

  /// Sends SIGKILL (harmless once the process has exited: it stays a zombie until reaped).
  func sendKill() { _ = kill(pid, SIGKILL) }

  /// Waits for the process, polling every 2 ms; kills it after `timeout` seconds.
  func wait(timeout: Double = 60) async -> ChildTermination {
    var timedOut = false
    var highWater = 0
    while true {
      // The child's own high-water mark. `ru_maxrss` cannot be used on Linux: it survives
      // execve, so a child spawned from this (large) test process reports our peak, not its own.
      highWater = max(highWater, Self.highWaterMark(of: pid) ?? 0)
      var status: Int32 = 0
      var usage = rusage()
      let reaped = wait4(pid, &status, WNOHANG, &usage)
      if reaped == pid {
        let seconds = Date().timeIntervalSince(started)
        let signal = status & 0x7f
        #if canImport(Darwin)
          let peak = Int(usage.ru_maxrss)  // bytes
        #else
          let peak = highWater > 0 ? highWater : Int(usage.ru_maxrss) * 1024  // KiB
        #endif
        return ChildTermination(
          exitStatus: signal == 0 ? (status >> 8) & 0xff : nil,
          signal: signal == 0 ? nil : signal, peakRSS: peak, seconds: seconds,
          cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000,
          timedOut: timedOut)
      }
      if reaped < 0 && errno != EINTR {
        return ChildTermination(
          exitStatus: nil, signal: nil, peakRSS: 0, seconds: 0, timedOut: timedOut)
      }
      if !timedOut && Date().timeIntervalSince(started) > timeout {
        timedOut = true
        sendKill()
      }
      try? await Task.sleep(for: .milliseconds(2))
    }
  }

  /// Runs to the end and returns the result in the shape of `AtsetlBinary.run`, plus the
  /// termination (time, peak memory).
  static func run(
    _ arguments: [String], in directory: URL, capture: URL, timeout: Double = 60
  ) async throws -> (CommandResult, ChildTermination) {
    let child = try start(arguments, in: directory, capture: capture)
    let termination = await child.wait(timeout: timeout)
    let result = CommandResult(
      arguments: arguments, status: termination.exitStatus ?? 128 + (termination.signal ?? 0),
      stdout: (try? String(contentsOf: child.stdoutURL, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOf: child.stderrURL, encoding: .utf8)) ?? "")
    return (result, termination)
  }
}

/// The published outputs of one run, parsed.
struct PublishedRun {
  var facts: CSVTable
  var factsJSON: [[String: Any]]
  var documents: CSVTable
  var summary: [String: Any]

  init(_ workspace: Workspace) throws {
    facts = try CSVTable(workspace.text("output/facts.csv"))
    factsJSON = try #require(
      JSON.parse(workspace.data("output/facts.json")) as? [[String: Any]],
      "facts.json is not an array of objects")
    documents = try CSVTable(workspace.text("output/documents.csv"))
    summary = try #require(
      JSON.parse(workspace.data("output/run.json")) as? [String: Any], "run.json not an object")
  }

  /// The facts.csv rows of one input file.
  func factRows(of path: String) -> [[String]] {
    guard let index = facts.header.firstIndex(of: "document") else { return [] }
    return facts.rows.filter { Workspace.file(ofDocument: $0[index]) == path }
  }

  /// The documents.csv row of `path`.
  func document(_ path: String) -> [String: String]? {
    documents.records.first { $0["path"] == path }
  }

  /// The run.json `quarantined` entry of `path`.
  func quarantineEntry(_ path: String) -> [String: Any]? {
    (summary["quarantined"] as? [[String: Any]])?.first { $0["path"] as? String == path }
  }

  var warnings: [String] { (summary["warnings"] as? [String]) ?? [] }

  func total(_ name: String) -> Double? {
    JSON.number((summary["totals"] as? [String: Any])?[name])
  }
}

/// A deterministic pseudo-random generator (SplitMix64), so that failures reproduce.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension Workspace {
  /// Writes raw bytes to `path` (inside the project), creating folders.
  func write(bytes: Data, to path: String) throws {
    let target = url(path)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try bytes.write(to: target)
  }

  /// Every regular file below the project and the capture folder, with its bytes.
  func allFiles() -> [String: Data] {
    var files: [String: Data] = [:]
    for folder in [project, capture] {
      guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
      while let path = walker.nextObject() as? String {
        let full = folder.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, let data = try? Data(contentsOf: full)
        else { continue }
        files["\(folder.lastPathComponent)/\(path)"] = data
      }
    }
    return files
  }

  /// Names of leftover temporary outputs (`.<name>.tmp-<pid>-<random>`) in `folder`.
  func temporaryFiles(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? [])
      .filter { $0.hasPrefix(".") && $0.contains(".tmp-") }.sorted()
  }
}
