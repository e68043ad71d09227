import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one run of the `atsetl` executable did.
struct CommandResult: Sendable, CustomStringConvertible {
  var arguments: [String]
  var status: Int32
  var stdout: String
  var stderr: String

  /// For failure messages: the command, its exit status and both streams.
  var description: String {
    "atsetl \(arguments.joined(separator: " ")) → exit \(status)\n--- stdout:\n\(stdout)\n--- stderr:\n\(stderr)"
  }
}

/// Finds and runs the built `atsetl` executable.
enum AtsetlBinary {
  /// The package root: the folder above this file holding Package.swift and input/.
  static let packageRoot: URL = {
    var folder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
      .deletingLastPathComponent()
    while folder.path != "/" {
      let manifest = folder.appendingPathComponent("Package.swift").path
      let inputs = folder.appendingPathComponent("input/SOURCES").path
      if FileManager.default.fileExists(atPath: manifest),
        FileManager.default.fileExists(atPath: inputs)
      {
        return folder
      }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  /// The sample inputs shipped in the package's `input/` folder.
  static let inputFolder = packageRoot.appendingPathComponent("input", isDirectory: true)

  /// The executable: `ATSETL_BINARY` if set; else next to the running test bundle (the build
  /// folder `swift build --build-tests --scratch-path X` filled); else `<root>/.build/debug`.
  static let url: URL = {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["ATSETL_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    var starts: [URL] = []
    if let first = CommandLine.arguments.first {
      starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
    }
    if let executable = Bundle.main.executableURL { starts.append(executable) }
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    for start in starts {
      var folder = start.deletingLastPathComponent()
      // The bundle's own folder, or up to three levels above (…/debug/X.xctest/Contents/MacOS).
      for _ in 0..<4 {
        let candidate = folder.appendingPathComponent("atsetl")
        if isExecutableFile(candidate) { return candidate }
        folder.deleteLastPathComponent()
      }
    }
    return packageRoot.appendingPathComponent(".build/debug/atsetl")
  }()

  private static func isExecutableFile(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: url.path)
  }

  /// Runs `atsetl arguments` in `directory` with the test's environment plus `environment`
  /// (without any inherited `ATSETL_FAIL_WRITE`); stdout and stderr go to files in `capture`.
  /// A command still running after `timeout` seconds is killed.
  static func run(
    _ arguments: [String], in directory: URL, capture: URL,
    environment: [String: String] = [:], timeout: Int = 60
  ) async throws -> CommandResult {
    try #require(
      isExecutableFile(url),
      "atsetl executable not found at \(url.path); run swift build --build-tests first")
    let name = UUID().uuidString
    let outURL = capture.appendingPathComponent("\(name).stdout")
    let errURL = capture.appendingPathComponent("\(name).stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let outHandle = try FileHandle(forWritingTo: outURL)
    let errHandle = try FileHandle(forWritingTo: errURL)
    defer {
      try? outHandle.close()
      try? errHandle.close()
    }

    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var variables = ProcessInfo.processInfo.environment
    variables["ATSETL_FAIL_WRITE"] = nil
    variables.merge(environment) { _, new in new }
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = outHandle
    process.standardError = errHandle

    let exited = ExitFlag()
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { finished in
        exited.set()
        continuation.resume(returning: finished.terminationStatus)
      }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
        return
      }
      let pid = process.processIdentifier
      Task.detached {
        try? await Task.sleep(for: .seconds(timeout))
        if !exited.isSet { kill(pid, SIGKILL) }
      }
    }
    let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
    return CommandResult(arguments: arguments, status: status, stdout: stdout, stderr: stderr)
  }
}

/// Set once a child process has exited, so the watchdog never signals a reused pid.
private final class ExitFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false

  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
