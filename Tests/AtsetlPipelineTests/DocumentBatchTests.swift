import AtsetlExtract
import AtsetlModel
import AtsetlTransform
import Foundation
import Testing

@testable import AtsetlPipeline

/// The documents of one input (an export holds thousands of reports) are transformed in
/// batches on several threads; the facts must come out exactly as one thread gives them, in
/// document order.
@Test(arguments: [1, 2, 3, 8])
func batchesGiveTheFactsOfOneThread(jobs: Int) throws {
  var documents: [Document] = []
  for name in ["stavanger-2021.xml", "stavanger-2021.txt", "stavanger-2017.txt"] {
    try Extractor.readDocuments(
      at: packageRoot.appendingPathComponent("input/\(name)"), displayPath: "input/\(name)",
      format: name.hasSuffix(".xml") ? .xml : .text, options: ExtractOptions()
    ) { documents.append($0) }
  }
  // More documents than a batch, so that lanes get several each and batches end unevenly.
  let many = (0..<(InputProcessor.batchSize + 7)).map { documents[$0 % documents.count] }
  let transformer = Transformer()
  let expected = many.map { transformer.facts(in: $0) }
  #expect(expected.allSatisfy { !$0.isEmpty })
  #expect(transformer.facts(in: many, jobs: jobs) == expected)
}
