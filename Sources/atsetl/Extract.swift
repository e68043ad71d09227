import ArgumentParser
import AtsetlExtract
import AtsetlLoad
import AtsetlModel
import AtsetlTransform
import Foundation

/// `atsetl extract FILE...`: the facts of files as JSON Lines, no config needed.
struct Extract: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the facts of report files as JSON Lines (format from the extension).",
    discussion: "Exits 0 when every file was read, 3 when one or more could not be.")

  @Argument(help: "Report files: .txt, .xml, .html.")
  var files: [String]

  @Option(help: "Municipality for documents that do not name one.")
  var municipality: String?

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("name at least one file") }
    for file in files where SourceFormat(pathExtension: (file as NSString).pathExtension) == nil {
      throw ValidationError("\(file): unknown format; expected .txt, .xml or .html")
    }
  }

  func run() throws {
    var options = ExtractOptions()
    options.municipality = municipality
    let transformer = Transformer()
    var output = JSONLinesWriter()
    var failed = false
    for file in files {
      let format = SourceFormat(pathExtension: (file as NSString).pathExtension) ?? .text
      do {
        try Extractor.readDocuments(
          at: URL(fileURLWithPath: file), displayPath: file, format: format, options: options
        ) { document in
          for diagnostic in document.diagnostics { printToStandardError(diagnostic.description) }
          for fact in transformer.facts(in: document) { try output.write(fact) }
        }
      } catch let error as ExtractError {
        printToStandardError(error.diagnostic.description)
        failed = true
      }
    }
    try output.flush()
    if failed { throw ExitStatus.quarantined.exitCode }
  }
}
