import ArgumentParser
import AtsetlPipeline
import Foundation

/// `atsetl validate [pipeline.json]`: checks the config and the inputs it names; writes nothing.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check pipeline.json and the files it names; write nothing. Exits 0 or 78.")

  @Argument(help: "Path to pipeline.json.")
  var config = "pipeline.json"

  func run() throws {
    let settings: PipelineConfig
    do {
      settings = try PipelineConfig.load(from: URL(fileURLWithPath: config))
    } catch {
      printToStandardError("error: \(error)")
      throw ExitStatus.invalidConfig.exitCode
    }
    let report = ConfigValidator.validate(settings)
    print(report.description)
    if !report.isValid { throw ExitStatus.invalidConfig.exitCode }
  }
}
