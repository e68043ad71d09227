import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

@testable import AtsetlPipeline

/// The result cache writes facts with the Load stage's JSON writer and reads them with
/// `JSONDecoder`: every field must come back exactly.
@Suite struct ResultCacheTests {
  static let facts: [Fact] = [
    Fact(
      id: "a1", document: "input/a \"b\".txt", format: .text, municipality: "Bø",
      reportYear: 2021, sectionNumber: "8.16", sectionTitle: "Økonomi\tog drift",
      heading: nil, sentence: "Senteret brukte kr 15,6 mill.\nNy linje \\ slutt.",
      text: "kr 15,6 mill.", offset: 12, line: 3, kind: .money,
      value: Decimal(string: "15600000"), lower: Decimal(string: "15600000"),
      upper: Decimal(string: "15600000"), qualifier: .exact, unit: "NOK", period: "2021"),
    Fact(
      id: "a2", document: "input/x.xml#2", format: .xml, sentence: "Nær 0,000001 av -0,4.",
      text: "-0,4", offset: 0, line: 1, kind: .percentagePoints,
      value: Decimal(string: "-0.4"), qualifier: .slightlyBelow, unit: "pp", iso: "--01-01",
      change: .decrease, comparedTo: "previous_year", language: .nn, row: "=SUM(A1)",
      column: "Regnskap 2021"),
  ]

  /// A cache in a folder that is removed at the end of the test, and an input `input/a.txt`.
  struct Scratch {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-cache-\(UUID().uuidString)")
    var cache: ResultCache { ResultCache(stateFile: folder.appendingPathComponent("state.json")) }
    var input: InputFile {
      InputFile(
        source: "text", format: .text, url: folder.appendingPathComponent("a.txt"),
        path: "input/a.txt")
    }
    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  /// The input's result as the processor leaves it: facts spooled, record in the trailer.
  static func spooled(
    _ facts: [Fact], error: Diagnostic? = nil, in cache: ResultCache, for input: InputFile
  ) throws -> InputResult {
    let spool = try cache.makeSpool(for: input.path)
    try spool.append(Array(facts.prefix(1)))
    try spool.append([])
    try spool.append(Array(facts.dropFirst()))
    var result = InputResult(
      source: "text",
      record: DocumentRecord(
        path: input.path, format: .text, sha256: "ab12", reportYear: error == nil ? 2021 : nil,
        sections: 2, facts: facts.count, error: error),
      facts: .inMemory(facts),
      diagnostics: [Diagnostic(.warning, "Windows-1252", file: "input/a.txt", line: 1)],
      extractSeconds: 1, transformSeconds: 1)
    try cache.finish(spool, for: result)
    result.facts = .spooled(spool.url, count: facts.count)
    return result
  }

  @Test func storedResultsComeBackExactly() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (cache, input) = (scratch.cache, scratch.input)
    for error in [nil, Diagnostic(.error, "bad \"tag\"", file: "input/a.txt", line: 3, column: 7)] {
      let stored = try Self.spooled(Self.facts, error: error, in: cache, for: input)
      let read = try #require(cache.result(for: input, sha256: "ab12"))
      #expect(try read.facts.all() == Self.facts)
      #expect(read.facts.count == 2)
      #expect(read.record == stored.record)
      #expect(read.diagnostics == stored.diagnostics)
      #expect(read.reused)
      #expect(cache.result(for: input, sha256: "other") == nil)
    }
  }

  /// Many facts sharing their document, section and sentence, in frames of at most
  /// ``FactSpool/maximumFrameFacts``: every field comes back, and the shared texts are stored once.
  @Test func largeSpoolsComeBackInFrames() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (cache, input) = (scratch.cache, scratch.input)
    let facts = (0..<10_000).map { index in
      var fact = Self.facts[index % 2]
      fact.id = "f\(index)"
      fact.offset = index * 7
      fact.sentence = "Setning nummer \(index / 4) med tall og en lang tekst som deles av fire fakta."
      fact.value = Decimal(
        sign: index % 3 == 0 ? .minus : .plus, exponent: index % 9 - 4,
        significand: Decimal(index + 1))
      fact.upper = index % 5 == 0 ? Decimal(string: "123456789012345678901234567890") : nil
      return fact
    }
    let result = try Self.spooled(facts, in: cache, for: input)
    var frames: [Int] = []
    try result.facts.forEachBatch { frames.append($0.count) }
    #expect(frames == [1, 4096, 4096, 1807])
    #expect(try result.facts.all() == facts)
    let spool = try Data(contentsOf: cache.spoolURL(for: input.path))
    let json = facts.reduce(0) { $0 + $1.jsonObject.utf8.count }
    #expect(spool.count * 2 < json, "\(spool.count) bytes spooled, \(json) as JSON")
    // A sentence shared by four facts in a row is stored once.
    var sentences = 0
    var rest = spool[...]
    while let found = rest.firstRange(of: Data("Setning nummer 7 med".utf8)) {
      sentences += 1
      rest = rest[found.upperBound...]
    }
    #expect(sentences == 1)
  }

  @Test func damagedSpoolsAreNotTrusted() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (cache, input) = (scratch.cache, scratch.input)
    let url = cache.spoolURL(for: input.path)
    _ = try Self.spooled(Self.facts, in: cache, for: input)
    let whole = try Data(contentsOf: url)

    // Cut short (a run killed while writing it): no trailer, no entry.
    try whole.prefix(whole.count - 3).write(to: url)
    #expect(cache.result(for: input, sha256: "ab12") == nil)

    // Damaged but with the trailer intact: the entry is found, its facts are not. Every byte
    // of the first frame (header and facts) in turn.
    for index in FactSpool.magic.count..<(FactSpool.magic.count + FactSpool.headerSize + 40) {
      var damaged = whole
      damaged[index] ^= 0xA5
      try damaged.write(to: url)
      let entry = try #require(cache.result(for: input, sha256: "ab12"))
      #expect(throws: FactSpool.Corrupt.self, "byte \(index)") { try entry.facts.all() }
    }

    // An abandoned spool leaves nothing behind.
    let spool = try cache.makeSpool(for: input.path)
    try spool.append(Self.facts)
    spool.abandon()
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }

  /// A spool is rewritten in place: a shorter or longer new content reads back exactly, with
  /// nothing of the old one left.
  @Test func rewrittenSpoolsHoldOnlyTheNewFacts() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (cache, input) = (scratch.cache, scratch.input)
    let url = cache.spoolURL(for: input.path)
    let long = Array(repeating: Self.facts, count: 40).flatMap { $0 }
    for facts in [long, [Self.facts[1]], long, Self.facts] {
      let stored = try Self.spooled(facts, in: cache, for: input)
      #expect(try stored.facts.all() == facts)
      let read = try #require(cache.result(for: input, sha256: "ab12"))
      #expect(try read.facts.all() == facts)
      let fresh = scratch.folder.appendingPathComponent("fresh.facts")
      try? FileManager.default.removeItem(at: fresh)
      try FileManager.default.copyItem(at: url, to: fresh)
      #expect(try Data(contentsOf: url).count == Data(contentsOf: fresh).count)
    }
  }

  /// A run killed while rewriting a spool leaves new bytes over old ones: cut anywhere, and
  /// whether the new content is shorter or longer, the file is not taken for a spool.
  @Test func aSpoolCutShortWhileRewrittenIsNotTrusted() throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let (cache, input) = (scratch.cache, scratch.input)
    let url = cache.spoolURL(for: input.path)
    let long = Array(repeating: Self.facts, count: 8).flatMap { $0 }
    _ = try Self.spooled(long, in: cache, for: input)
    let old = try Data(contentsOf: url)
    _ = try Self.spooled(Self.facts, in: cache, for: input)
    let short = try Data(contentsOf: url)
    for (before, after) in [(old, short), (short, old)] {
      // What opening a writer over `before` leaves: its footer wiped.
      try before.write(to: url)
      let writer = try FactSpoolWriter(url: url)
      _ = writer  // opened only; dropping it would remove the file, so read a copy now
      var wiped = try Data(contentsOf: url)
      #expect(wiped.count == before.count)
      #expect(cache.result(for: input, sha256: "ab12") == nil)
      // Every cut short of the end; and, when the new content is shorter, all of it written
      // but the old tail not yet cut off.
      var cuts = Array(stride(from: 0, to: after.count, by: 7))
      if after.count < before.count { cuts.append(after.count) }
      for cut in cuts {
        // `after` written up to `cut`, the rest still `before`'s (footer wiped).
        wiped.replaceSubrange(0..<min(cut, wiped.count), with: after.prefix(cut))
        try wiped.write(to: url)
        #expect(cache.result(for: input, sha256: "ab12") == nil, "cut at \(cut)")
      }
      writer.abandon()
    }
  }

  /// A cache entry reads back from its trailer exactly; anything else (an older trailer
  /// written by JSONEncoder, a cut or extended one) reads as no entry.
  @Test func entriesReadBackFromTheirTrailers() {
    let entries = [
      ResultCache.Entry(
        source: "tekst \"1\"", path: "input/å\\b\n.txt", format: .text, sha256: "ab12",
        reportYear: nil, sections: 0, error: nil, diagnostics: [], factCount: 0),
      ResultCache.Entry(
        source: "xml", path: "input/x.xml", format: .xml, sha256: String(repeating: "f", count: 64),
        reportYear: 2021, sections: 12,
        error: Diagnostic(.error, "tag \"p\"\tmismatch", file: "input/x.xml", line: 3, column: nil),
        diagnostics: [
          Diagnostic(.warning, "Windows-1252", file: "input/x.xml"),
          Diagnostic(.warning, "😀\u{1}", file: "input/x.xml", line: 1, column: 2),
        ],
        factCount: 123_456),
    ]
    for entry in entries {
      let bytes = entry.encoded()
      #expect(ResultCache.Entry.decode(bytes) == entry)
      for length in 0..<bytes.count {
        #expect(ResultCache.Entry.decode(Array(bytes[..<length])) == nil)
      }
      #expect(ResultCache.Entry.decode(bytes + Array(",".utf8)) == nil)
    }
    let older = #"{"factCount":0,"format":"text","path":"input/a.txt","sections":0,"sha256":"ab12","source":"text","diagnostics":[]}"#
    #expect(ResultCache.Entry.decode(Array(older.utf8)) == nil)
  }
}
