import ArgumentParser
import AtsetlPipeline

/// `atsetl`: Norwegian annual-report numbers to typed facts.
@main
struct Atsetl: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "atsetl",
    abstract: "Turn the number phrases of Norwegian annual reports into typed facts.",
    discussion: ExitStatus.helpText,
    version: Pipeline.version,
    subcommands: [Run.self, Validate.self, Parse.self, Extract.self]
  )
}
