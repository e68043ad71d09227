import AtsetlExtract
import AtsetlFuzzSupport
import AtsetlModel
import Foundation
import Testing

/// Every fuzz seed and every saved fuzz finding, run through what its fuzz target runs.
///
/// A finding (a crash, hang or sanitizer report from `scripts/fuzz.sh`) is fixed, then its
/// input is copied to `Fuzz/Regressions/TARGET/`; from then on this table replays it.
struct FuzzRegressionTests {
  /// A fuzz target's name and what it does with one input.
  enum Target: String, CaseIterable, Sendable {
    case grammar, text, xml, html

    func run(_ bytes: UnsafeBufferPointer<UInt8>) {
      switch self {
      case .grammar: GrammarFuzzer.run(bytes)
      case .text: ReaderFuzzer(format: .text).run(bytes)
      case .html: ReaderFuzzer(format: .html).run(bytes)
      case .xml:
        var mapped = ExtractOptions()
        mapped.xmlMapping = .defaultSchema
        ReaderFuzzer(format: .xml, optionSets: [ExtractOptions(), mapped]).run(bytes)
      }
    }
  }

  /// One saved input: its target and its path relative to the package.
  struct Input: CustomTestStringConvertible, Sendable {
    let target: Target
    let path: String
    var testDescription: String { path }
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The files under `Fuzz/Corpus/TARGET` and `Fuzz/Regressions/TARGET`, sorted.
  static let inputs: [Input] = Target.allCases.flatMap { target in
    ["Corpus", "Regressions"].flatMap { folder -> [Input] in
      let relative = "Fuzz/\(folder)/\(target.rawValue)"
      let names = (try? FileManager.default.contentsOfDirectory(
        atPath: packageRoot.appendingPathComponent(relative).path)) ?? []
      return names.filter { !$0.hasPrefix(".") }.sorted().map {
        Input(target: target, path: "\(relative)/\($0)")
      }
    }
  }

  @Test func everyTargetHasSeeds() {
    for target in Target.allCases {
      #expect(Self.inputs.contains { $0.target == target }, "no seed for \(target.rawValue)")
    }
  }

  @Test(arguments: inputs)
  func replays(_ input: Input) throws {
    let data = try Data(contentsOf: Self.packageRoot.appendingPathComponent(input.path))
    data.withUnsafeBytes { raw in
      input.target.run(raw.bindMemory(to: UInt8.self))
    }
  }
}
