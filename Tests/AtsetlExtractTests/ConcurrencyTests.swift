import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

@Suite("Concurrent extraction")
struct ConcurrencyTests {
  /// Parses run on several threads at once (the pipeline's task group) and agree with a
  /// sequential run; error handlers are per reader or per thread and do not mix.
  @Test func parallelReadsAgreeWithSequentialOnes() async throws {
    let inputs: [(URL, SourceFormat)] = [
      (TestInput.input("stavanger-2021.xml"), .xml),
      (TestInput.input("stavanger-2021.html"), .html),
      (TestInput.input("stavanger-okonomi.xml"), .xml), (TestInput.fixture("seed-2017.txt"), .text),
    ]
    let broken = try TestInput.temp("<report>\n<p>x</section>", ext: "xml")
    let expected = try inputs.map { try TestInput.documents($0.0, format: $0.1) }
    let results = try await withThrowingTaskGroup(of: (Int, [Document]).self) { group in
      for round in 0..<6 {
        for (index, input) in inputs.enumerated() {
          group.addTask { (index, try TestInput.documents(input.0, format: input.1)) }
        }
        group.addTask {
          let error = TestInput.extractError { _ = try TestInput.documents(broken, format: .xml) }
          #expect(error?.line == 2, "round \(round)")
          return (-1, [])
        }
      }
      var results: [(Int, [Document])] = []
      for try await result in group where result.0 >= 0 { results.append(result) }
      return results
    }
    #expect(results.count == 24)
    for (index, documents) in results {
      #expect(documents == expected[index])
    }
  }
}
