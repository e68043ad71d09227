import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

/// Test inputs: fixtures next to this file, the shipped `input/` folder, and temp files.
enum TestInput {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")
  static let inputFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("input")

  static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }
  static func input(_ name: String) -> URL { inputFolder.appendingPathComponent(name) }

  /// Writes `bytes` to a fresh temp file with the given extension.
  static func temp(_ bytes: [UInt8], ext: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "atsetl-extract-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent("input.\(ext)")
    try Data(bytes).write(to: url)
    return url
  }

  static func temp(_ text: String, ext: String) throws -> URL {
    try temp(Array(text.utf8), ext: ext)
  }

  /// Extracts all documents of a file.
  static func documents(
    _ url: URL, format: SourceFormat, options: ExtractOptions = ExtractOptions(),
    displayPath: String = "input/test"
  ) throws -> [Document] {
    try Extractor.documents(at: url, displayPath: displayPath, format: format, options: options)
  }

  /// Extracts the one document of a file.
  static func document(
    _ url: URL, format: SourceFormat, options: ExtractOptions = ExtractOptions()
  ) throws -> Document {
    let documents = try documents(url, format: format, options: options)
    #expect(documents.count == 1)
    guard let first = documents.first else { throw TestFailure.noDocument }
    return first
  }

  /// The `ExtractError` a call throws, or nil.
  static func extractError(_ body: () throws -> Void) -> ExtractError? {
    do {
      try body()
      return nil
    } catch let error as ExtractError {
      return error
    } catch {
      return nil
    }
  }

  enum TestFailure: Error { case noDocument }
}

extension Document {
  /// Texts of the blocks of one kind.
  func texts(where predicate: (BlockKind) -> Bool) -> [String] {
    blocks.filter { predicate($0.kind) }.map(\.text)
  }

  var headingTexts: [String] {
    texts { if case .heading = $0 { true } else { false } }
  }

  var paragraphTexts: [String] {
    texts { $0 == .paragraph }
  }

  var tableCells: [(text: String, cell: TableCell)] {
    blocks.compactMap { block in
      if case .tableCell(let cell) = block.kind { (block.text, cell) } else { nil }
    }
  }
}
