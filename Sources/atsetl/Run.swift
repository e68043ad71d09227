import ArgumentParser
import AtsetlLoad
import AtsetlModel
import AtsetlPipeline
import Crypto
import Foundation
import Logging

/// `atsetl run [pipeline.json]`: the nightly job.
struct Run: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Run the pipeline: read the inputs, write the facts (the nightly job).",
    discussion: ExitStatus.helpText)

  @Argument(help: "Path to pipeline.json.")
  var config = "pipeline.json"

  @Flag(help: "Ignore the incremental state and re-extract every input.")
  var full = false

  @Option(help: "Documents processed in parallel (default: all cores).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "List what would be read and written, and stop.")
  var dryRun = false

  @OptionGroup var logging: LoggingOptions

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() async throws {
    let logger = logging.makeLogger()
    let url = URL(fileURLWithPath: config)
    let settings: PipelineConfig
    do {
      settings = try PipelineConfig.load(from: url)
    } catch {
      printToStandardError("error: \(error)")
      throw ExitStatus.invalidConfig.exitCode
    }
    let faults: FaultInjection
    do {
      faults = try FaultInjection(environment: ProcessInfo.processInfo.environment)
    } catch {
      printToStandardError("error: \(error)")
      throw ExitStatus.usage.exitCode
    }
    // A progress line for a person watching; cron (no terminal) gets plain log lines only.
    var progress: (@Sendable (Int, Int) -> Void)? = nil
    if standardErrorIsTerminal && !logging.quiet {
      progress = { @Sendable (done: Int, total: Int) -> Void in
        printProgress("atsetl: read \(done)/\(total) inputs", final: done == total)
      }
    }
    let pipeline = Pipeline(config: settings, logger: logger, faults: faults, progress: progress)
    if dryRun { return try printPlan(of: pipeline) }
    let hash = (try? Data(contentsOf: url)).map { Array(SHA256.hash(data: $0)).hexString } ?? ""
    do {
      let report = try await pipeline.run(RunOptions(full: full, jobs: jobs, configHash: hash))
      if !report.quarantined.isEmpty {
        for record in report.quarantined {
          printToStandardError("quarantined: \(record.error?.description ?? record.path)")
        }
        throw ExitStatus.quarantined.exitCode
      }
    } catch let error as PipelineError {
      printToStandardError("error: \(error)")
      if case .locked = error { throw ExitStatus.locked.exitCode }
      throw ExitStatus.failure.exitCode
    }
  }

  /// `--dry-run`: the inputs and outputs, on standard output; nothing is read or written.
  private func printPlan(of pipeline: Pipeline) throws {
    do {
      let (inputs, warnings) = try pipeline.discoverInputs()
      for warning in warnings { printToStandardError("warning: \(warning)") }
      print("would read \(inputs.count) input files:")
      for input in inputs { print("  \(input.path)  (\(input.format.rawValue), source \(input.source))") }
      print("would write:")
      for file in pipeline.outputFiles { print("  \(file.path)") }
    } catch {
      printToStandardError("error: \(error)")
      throw ExitStatus.failure.exitCode
    }
  }
}
