import ArgumentParser

@main
struct Atsetl: AsyncParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Norwegian report numbers to facts.")
}
