import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

@Test func jsonDecodesBackToTheSameFacts() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.json")
  try FactJSONWriter.write(sampleFacts, to: url)
  let data = try Data(contentsOf: url)
  #expect(try JSONDecoder().decode([Fact].self, from: data) == sampleFacts)

  let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  #expect(objects.count == sampleFacts.count)
  #expect(objects.allSatisfy { Set($0.keys) == Set(Fact.fieldNames) })
  #expect((objects[0]["value"] as? NSNumber)?.int64Value == 15_600_000)
  #expect((objects[0]["report_year"] as? NSNumber)?.intValue == 2021)
  #expect(objects[0]["value"] is String == false)
  #expect(objects[0]["iso"] is NSNull)
  #expect((objects[2]["value"] as? NSNumber)?.doubleValue == -0.4)
  #expect(objects[2]["section_title"] as? String == "=SUM(A1)")  // JSON is not guarded
  #expect(objects[1]["sentence"] as? String == sampleFacts[1].sentence)
}

@Test func jsonLayoutIsOneObjectPerLineInFieldOrder() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.json")
  try FactJSONWriter.write(Array(sampleFacts.prefix(2)), to: url)
  let text = try String(contentsOf: url, encoding: .utf8)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(lines.count == 5)
  #expect(lines[0] == "[")
  #expect(lines[1].hasPrefix("{\"id\":\"3f9a0c1d\",\"document\":\"input/arsrapport-2021.txt\","))
  #expect(lines[1].hasSuffix(",\"language\":\"nb\",\"row\":null,\"column\":null},"))
  #expect(lines[1].contains("\"value\":15600000,\"lower\":15600000,"))
  #expect(lines[1].contains("\"heading\":\"Økonomi\""))
  #expect(lines[2].contains("\\\"i overkant av 400 personer\\\""))
  #expect(lines[2].contains("året før.\\nNy linje"))
  #expect(lines[3] == "]")
  #expect(lines[4] == "")
  let keys = Fact.fieldNames.map { "\"\($0)\":" }
  let positions = keys.compactMap { lines[1].range(of: $0)?.lowerBound }
  #expect(positions.count == keys.count)
  #expect(positions == positions.sorted())
}

@Test func emptyJSONArray() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.json")
  try FactJSONWriter.write([], to: url)
  #expect(try String(contentsOf: url, encoding: .utf8) == "[]\n")
}

@Test func jsonIsByteIdenticalAcrossRuns() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try FactJSONWriter.write(sampleFacts, to: folder.file("a.json"))
  try FactJSONWriter.write(sampleFacts, to: folder.file("b.json"))
  #expect(try Data(contentsOf: folder.file("a.json")) == Data(contentsOf: folder.file("b.json")))
}

@Test(arguments: [
  ("plain", "\"plain\""), ("a\"b", "\"a\\\"b\""), ("back\\slash", "\"back\\\\slash\""),
  ("input/a.txt", "\"input/a.txt\""), ("æøå – «sitat»", "\"æøå – «sitat»\""),
  ("tab\tnl\ncr\r", "\"tab\\tnl\\ncr\\r\""), ("\u{01}\u{1F}", "\"\\u0001\\u001f\""),
  ("\u{08}\u{0C}", "\"\\b\\f\""), ("emoji 🙂", "\"emoji 🙂\""),
])
func jsonStringEscaping(text: String, expected: String) throws {
  let literal = JSONText.string(text)
  #expect(literal == expected)
  let decoded =
    try JSONSerialization.jsonObject(
      with: Data("[\(literal)]".utf8)) as? [String]
  #expect(decoded == [text])
}

@Test func jsonLineHasNoBreaks() {
  for fact in sampleFacts {
    #expect(!fact.jsonObject.contains("\n"))
    #expect(!fact.jsonObject.contains("\r"))
  }
}

@Test func jsonLinesWriterPrintsOneFactPerLine() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.jsonl")
  #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
  let handle = try FileHandle(forWritingTo: url)
  var writer = JSONLinesWriter(fileDescriptor: handle.fileDescriptor, name: "facts.jsonl")
  for fact in sampleFacts { try writer.write(fact) }
  try writer.flush()
  try handle.close()
  let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
  #expect(lines.count == sampleFacts.count)
  let decoded = try lines.map { try JSONDecoder().decode(Fact.self, from: Data($0.utf8)) }
  #expect(decoded == sampleFacts)
}
