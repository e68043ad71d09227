import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One bad input file put next to the good sample, and how its quarantine must be recorded.
struct BadInput: Sendable, CustomTestStringConvertible {
  var name: String
  /// Where the file goes inside the project, e.g. `input/unclosed.xml`.
  var path: String
  var bytes: @Sendable () throws -> Data
  /// True when the error must carry `:line:column` (the format knows where the problem is).
  var located: Bool
  /// Words the reason must contain (case-insensitive), so that the operator learns what is wrong.
  var reasonWords: [String]

  var testDescription: String { name }

  static let all: [BadInput] = [
    BadInput(
      name: "malformed XML: an unclosed tag", path: "input/unclosed.xml",
      bytes: {
        Data(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <report municipality="Stavanger" year="2021" title="Årsrapport 2021">
            <section number="3.1" title="Skole">
              <p>Det gikk 412 elever i første klasse.
            </section>
          </report>

          """.utf8)
      }, located: true, reasonWords: ["malformed"]),
    BadInput(
      name: "malformed XML: a truncated export", path: "input/truncated.xml",
      bytes: {
        let whole = try Data(
          contentsOf: AtsetlBinary.inputFolder.appendingPathComponent("stavanger-okonomi.xml"))
        return whole.prefix(whole.count / 2)
      }, located: true, reasonWords: ["malformed"]),
    BadInput(
      name: "HTML garbage: random bytes named .html", path: "input/garbage.html",
      bytes: {
        var generator = SplitMix64(seed: 0xA75E_7100)
        return Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
      }, located: true, reasonWords: ["binary"]),
    BadInput(
      name: "an empty .txt", path: "input/empty.txt", bytes: { Data() }, located: false,
      reasonWords: ["empty"]),
    BadInput(
      name: "a binary .txt with NUL bytes", path: "input/binary.txt",
      bytes: {
        Data("Det var 12 deltakere.\nOg så".utf8) + Data([0, 0, 0, 1, 2, 0xFF, 0])
          + Data("resten\n".utf8)
      }, located: true, reasonWords: ["binary"]),
    BadInput(
      name: "UTF-16LE without a BOM (NUL bytes in every other place)", path: "input/utf16.txt",
      bytes: {
        let text = "Årsrapport 2021\n\nDet var 25 deltakere på kurset i fjor.\n"
        return Data(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      }, located: true, reasonWords: []),
    BadInput(
      name: "XML nested 100 000 levels deep", path: "input/deep.xml",
      bytes: {
        let depth = 100_000
        return Data(
          (#"<report municipality="Stavanger" year="2021" title="Dyp"><section number="1" title="A">"#
            + String(repeating: "<p>", count: depth) + "Det var 12 deltakere."
            + String(repeating: "</p>", count: depth) + "</section></report>\n").utf8)
      }, located: true, reasonWords: ["depth"]),
    BadInput(
      name: "HTML nested 100 000 levels deep", path: "input/deep.html",
      bytes: {
        let depth = 100_000
        return Data(
          ("<html><body><h1>Årsrapport 2021</h1>" + String(repeating: "<div>", count: depth)
            + "<p>Det var 12 deltakere.</p>" + String(repeating: "</div>", count: depth)
            + "</body></html>\n").utf8)
      }, located: true, reasonWords: ["depth"]),
  ]
}

/// One XXE attempt: the document, and the file holding the secret it tries to read.
struct XXEAttempt: Sendable, CustomTestStringConvertible {
  var name: String
  /// The secret file's content, given the secret string.
  var secretFile: @Sendable (String) -> String
  /// The XML document, given the secret file's absolute path.
  var document: @Sendable (String) -> String

  var testDescription: String { name }

  static let body = """
    <report municipality="Stavanger" year="2021" title="Årsrapport 2021">
      <section number="4.2" title="Hemmelig"><p>Det var 12 deltakere og &leak; 77 kroner.</p></section>
    </report>

    """

  static let all: [XXEAttempt] = [
    XXEAttempt(
      name: "external general entity (SYSTEM file://)",
      secretFile: { "\($0) 987654 kroner\n" },
      document: { path in
        """
        <?xml version="1.0"?>
        <!DOCTYPE report [ <!ENTITY leak SYSTEM "file://\(path)"> ]>
        \(body)
        """
      }),
    XXEAttempt(
      name: "external DTD defining the entity",
      secretFile: { #"<!ENTITY leak "\#($0) 987654 kroner">"# + "\n" },
      document: { path in
        """
        <?xml version="1.0"?>
        <!DOCTYPE report SYSTEM "file://\(path)">
        \(body)
        """
      }),
    XXEAttempt(
      name: "external parameter entity",
      secretFile: { #"<!ENTITY leak "\#($0) 987654 kroner">"# + "\n" },
      document: { path in
        """
        <?xml version="1.0"?>
        <!DOCTYPE report [ <!ENTITY % ext SYSTEM "file://\(path)"> %ext; ]>
        \(body)
        """
      }),
  ]
}

/// An entity-expansion bomb.
enum EntityBomb: String, CaseIterable, Sendable {
  /// Ten levels of ten references: 10⁹ × "lol".
  case billionLaughs
  /// One 20 000-character entity referenced 20 000 times: 400 MB from a 120 KB file.
  case quadraticBlowup

  var document: String {
    let body: String
    let dtd: String
    switch self {
    case .billionLaughs:
      var lines = [#" <!ENTITY lol0 "lol">"#]
      for level in 1...9 {
        lines.append(
          " <!ENTITY lol\(level) \""
            + String(repeating: "&lol\(level - 1);", count: 10) + "\">")
      }
      dtd = lines.joined(separator: "\n")
      body = "&lol9;"
    case .quadraticBlowup:
      dtd = #" <!ENTITY big ""# + String(repeating: "a", count: 20_000) + #"">"#
      body = String(repeating: "&big;", count: 20_000)
    }
    return """
      <?xml version="1.0"?>
      <!DOCTYPE report [
      \(dtd)
      ]>
      <report municipality="Stavanger" year="2021" title="Bombe">
        <section number="1" title="Bombe"><p>Det var 12 deltakere \(body).</p></section>
      </report>

      """
  }
}

/// SPEC §7 "one bad document never stops the run", input by input: each case runs `atsetl run`
/// on the good sample `stavanger-2021.txt` plus one bad file.
@Suite(.timeLimit(.minutes(3)))
struct BadInputTests {
  static let good = "input/stavanger-2021.txt"

  /// Text (required), XML and HTML (optional) sources; CSV and JSON facts.
  static let config = """
    {
      "version": 1,
      "name": "bad-input-tests",
      "defaults": { "municipality": "Stavanger", "language": "auto" },
      "sources": [
        { "id": "text", "format": "text", "paths": ["input/*.txt"] },
        { "id": "xml", "format": "xml", "paths": ["input/*.xml"], "optional": true },
        { "id": "html", "format": "html", "paths": ["input/*.html"], "optional": true }
      ],
      "outputs": [
        { "format": "csv", "path": "output/facts.csv", "dialect": "rfc4180" },
        { "format": "json", "path": "output/facts.json" }
      ]
    }
    """

  /// The facts.csv rows of the good sample when it is read alone.
  static let baseline = Task<[[String]], any Error> {
    let workspace = try Workspace(inputs: ["stavanger-2021.txt"], config: config)
    defer { workspace.remove() }
    let result = try await workspace.run("run", "--quiet")
    try #require(result.status == 0, "baseline run failed: \(result)")
    let rows = try PublishedRun(workspace).factRows(of: good)
    try #require(!rows.isEmpty, "the good sample gives no facts")
    return rows
  }

  /// A workspace with the good sample and `config`.
  static func workspace(pattern: String? = nil) throws -> Workspace {
    let text = pattern.map { config.replacingOccurrences(of: "input/*.txt", with: $0) } ?? config
    return try Workspace(inputs: ["stavanger-2021.txt"], config: text)
  }

  /// The good sample's facts are published exactly as when it is read alone.
  static func expectGoodFacts(
    _ run: PublishedRun, sourceLocation: SourceLocation = #_sourceLocation
  )
    async throws
  {
    let expected = try await baseline.value
    let actual = run.factRows(of: good)
    #expect(
      actual == expected,
      "the good sample's facts changed next to a bad input: \(actual.count) rows, expected \(expected.count)",
      sourceLocation: sourceLocation)
    #expect(run.document(good)?["status"] == "ok", sourceLocation: sourceLocation)
  }

  /// `path` is quarantined in documents.csv and run.json with an error naming it (and its line
  /// and column when `located`), gives no facts, and stderr names it.
  static func expectQuarantined(
    _ path: String, in run: PublishedRun, result: CommandResult, located: Bool,
    columnKnown: Bool = true, reasonWords: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(result.status == 3, "\(result)", sourceLocation: sourceLocation)
    #expect(
      result.stderr.contains(path), "stderr does not name \(path)", sourceLocation: sourceLocation)
    let row = try #require(
      run.document(path), "documents.csv has no row for \(path)", sourceLocation: sourceLocation)
    #expect(row["status"] == "quarantined", "\(row)", sourceLocation: sourceLocation)
    #expect(row["facts"] == "0", "\(row)", sourceLocation: sourceLocation)
    #expect(
      run.factRows(of: path).isEmpty, "a quarantined document leaked facts",
      sourceLocation: sourceLocation)
    let error = row["error"] ?? ""
    let escaped = NSRegularExpression.escapedPattern(for: path)
    // SPEC §7: file, line, and column where known.
    let pattern =
      located
      ? (columnKnown ? "^\(escaped):\\d+:\\d+: " : "^\(escaped):\\d+(:\\d+)?: ")
      : "^\(escaped)(:\\d+)*: "
    #expect(
      error.range(of: pattern, options: .regularExpression) != nil,
      "documents.csv error should start with \(located ? "file:line:column" : "the file"): \(error)",
      sourceLocation: sourceLocation)
    for word in reasonWords {
      #expect(
        error.localizedCaseInsensitiveContains(word), "error lacks “\(word)”: \(error)",
        sourceLocation: sourceLocation)
    }
    let entry = try #require(
      run.quarantineEntry(path),
      "run.json quarantined lacks \(path): \(run.summary["quarantined"] ?? "none")",
      sourceLocation: sourceLocation)
    let reason = entry["reason"] as? String ?? ""
    #expect(
      !reason.isEmpty, "run.json quarantine of \(path) has no reason",
      sourceLocation: sourceLocation)
    for word in reasonWords {
      #expect(
        reason.localizedCaseInsensitiveContains(word), "run.json reason lacks “\(word)”: \(reason)",
        sourceLocation: sourceLocation)
    }
    if located {
      #expect(
        JSON.number(entry["line"]) != nil && (!columnKnown || JSON.number(entry["column"]) != nil),
        "run.json should give line and column: \(entry)", sourceLocation: sourceLocation)
    }
    #expect(run.total("quarantined") == 1, sourceLocation: sourceLocation)
    #expect(run.total("facts") == Double(run.facts.rows.count), sourceLocation: sourceLocation)
  }

  // MARK: - Quarantined inputs

  @Test(arguments: BadInput.all)
  func badInputIsQuarantinedAndTheRestPublished(input: BadInput) async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    try workspace.write(bytes: input.bytes(), to: input.path)
    let clock = ContinuousClock.now
    let result = try await workspace.run("run")
    print("bad input “\(input.name)”: exit \(result.status) in \(ContinuousClock.now - clock)")
    try #require([0, 3].contains(result.status), "the run did not finish normally: \(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    try Self.expectQuarantined(
      input.path, in: run, result: result, located: input.located, reasonWords: input.reasonWords)
  }

  /// Plain text saved with an .html name has no markup; the HTML parser's recover mode reads it as
  /// one body of text. Readable: exit 0.
  @Test func textFileRenamedHTMLIsReadable() async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    let text = try Data(
      contentsOf: AtsetlBinary.inputFolder.appendingPathComponent("stavanger-2017.txt"))
    try workspace.write(bytes: text, to: "input/renamed.html")
    let result = try await workspace.run("run")
    #expect(result.status == 0, "\(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    #expect(run.document("input/renamed.html")?["status"] == "ok")
    #expect(!run.factRows(of: "input/renamed.html").isEmpty, "no facts from the renamed text")
  }

  /// Not an input format at all: a chmod 000 file. Root reads it anyway, so the case is skipped
  /// when the tests run as root.
  @Test(.enabled(if: getuid() != 0, "root reads a chmod 000 file anyway"))
  func unreadableFileIsQuarantined() async throws {
    let workspace = try Self.workspace()
    defer {
      chmod(workspace.url("input/locked.txt").path, 0o644)
      workspace.remove()
    }
    try workspace.write("Det var 12 deltakere.\n", to: "input/locked.txt")
    try #require(chmod(workspace.url("input/locked.txt").path, 0) == 0)
    let result = try await workspace.run("run")
    try #require([0, 3].contains(result.status), "\(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    try Self.expectQuarantined(
      "input/locked.txt", in: run, result: result, located: false, reasonWords: ["read"])
  }

  // MARK: - Encodings

  /// SPEC §5: Windows-1252 text is detected and decoded with a warning. The same report in UTF-8
  /// and in Windows-1252 gives the same facts.
  @Test func windows1252ReportIsDecodedWithAWarning() async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    let report = """
      Årsrapport 2021

      3.2 Bygg og eiendom

      Kommunen førte opp 14 nye omsorgsboliger i løpet av året, og ventelisten gikk ned med 25 prosent.

      Om lag 300 søkere fikk tildelt bolig på Våland og i Hillevåg – det er «godt over» målet.

      Særlig eldre over 80 år har fått nytt tilbud, i alt 42 personer.

      """
    let cp1252 = try #require(Self.windows1252(report), "not representable in Windows-1252")
    #expect(cp1252.count == report.unicodeScalars.count, "one byte per character")
    #expect(cp1252.contains(0xE6) && cp1252.contains(0xF8) && cp1252.contains(0xE5), "æøå")
    try workspace.write(bytes: cp1252, to: "input/rapport-cp1252.txt")
    try workspace.write(report, to: "input/rapport-utf8.txt")

    let result = try await workspace.run("run")
    #expect(result.status == 0, "\(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    #expect(run.document("input/rapport-cp1252.txt")?["status"] == "ok")
    let warned = run.warnings.filter { $0.contains("input/rapport-cp1252.txt") }
    #expect(!warned.isEmpty, "run.json warnings do not mention the 1252 file: \(run.warnings)")
    #expect(
      warned.contains { $0.contains("1252") || $0.localizedCaseInsensitiveContains("UTF-8") },
      "the warning does not say what happened: \(warned)")
    #expect(
      !run.warnings.contains { $0.contains("input/rapport-utf8.txt") },
      "the UTF-8 twin was warned about: \(run.warnings)")

    // Same facts, field by field (ids and the document name differ).
    let compared = ["section_number", "sentence", "text", "kind", "value", "qualifier", "unit"]
    let indices = compared.compactMap { run.facts.header.firstIndex(of: $0) }
    #expect(indices.count == compared.count)
    let fromCP1252 = run.factRows(of: "input/rapport-cp1252.txt").map { row in
      indices.map { row[$0] }
    }
    let fromUTF8 = run.factRows(of: "input/rapport-utf8.txt").map { row in indices.map { row[$0] } }
    #expect(fromCP1252.count >= 3, "expected the facts of the report: \(fromCP1252)")
    #expect(fromCP1252 == fromUTF8, "1252 and UTF-8 give different facts")
    let sentences = fromCP1252.map { $0[1] }.joined()
    #expect(sentences.contains("førte") && sentences.contains("søkere"), "\(sentences)")
    #expect(!sentences.contains("\u{FFFD}"), "replacement characters in \(sentences)")
  }

  /// `text` in Windows-1252: Latin-1 code points as themselves, plus the punctuation 1252 adds.
  static func windows1252(_ text: String) -> Data? {
    let extra: [Unicode.Scalar: UInt8] = [
      "–": 0x96, "—": 0x97, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "€": 0x80,
    ]
    var bytes: [UInt8] = []
    for scalar in text.unicodeScalars {
      if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
        bytes.append(UInt8(scalar.value))
      } else if let byte = extra[scalar] {
        bytes.append(byte)
      } else {
        return nil
      }
    }
    return Data(bytes)
  }

  // MARK: - Size

  /// A 10 MB text file on one line. SPEC §7: "huge lines … give a clear message, never a crash".
  @Test func tenMegabyteSingleLine() async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    let filler = "og så videre med mange ord uten punktum "
    let count = 10 * 1024 * 1024 / filler.utf8.count + 1
    let line = "Det var 12 deltakere " + String(repeating: filler, count: count)
    try workspace.write(line, to: "input/huge.txt")
    let (result, termination) = try await ChildRun.run(
      ["run"], in: workspace.project, capture: workspace.capture, timeout: 150)
    print("10 MB single line: \(termination)")
    #expect(!termination.timedOut && termination.signal == nil, "crashed or hung: \(termination)")
    #expect(result.status == 0, "expected exit 0 (readable): \(result)")
    #expect(termination.seconds < 60, "10 MB took \(termination.seconds) s")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    let row = try #require(run.document("input/huge.txt"))
    print("10 MB single line: documents.csv \(row)")
    #expect(row["status"] == "ok")
    // The clear message of SPEC §7: a warning naming the file, in run.json or on stderr.
    #expect(
      run.warnings.contains { $0.contains("input/huge.txt") }
        || result.stderr.contains("input/huge.txt"),
      "a 10 MB line was accepted without any message (SPEC §7 'huge lines … give a clear message'); warnings: \(run.warnings)"
    )
  }

  // MARK: - XML attacks

  /// SPEC §7: no XXE. The secret must not appear in any file the run writes, nor on its streams.
  @Test(arguments: XXEAttempt.all)
  func externalEntitiesAreNeverRead(attempt: XXEAttempt) async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    let secret = "ATSETL-SECRET-\(UUID().uuidString)"
    let secretURL = workspace.root.appendingPathComponent("secret.txt")
    try Data(attempt.secretFile(secret).utf8).write(to: secretURL)
    try workspace.write(attempt.document(secretURL.path), to: "input/xxe.xml")

    let result = try await workspace.run("run", "--verbose")
    print("XXE “\(attempt.name)”: exit \(result.status)")
    try #require([0, 3].contains(result.status), "\(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    for (path, data) in workspace.allFiles() {
      #expect(
        data.range(of: Data(secret.utf8)) == nil, "the secret leaked into \(path)")
    }
    #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
    #expect(
      !run.facts.rows.contains { $0.contains { $0.contains("987654") } },
      "a fact was taken from the secret file")
    if result.status == 3 {
      try Self.expectQuarantined(
        "input/xxe.xml", in: run, result: result, located: true, reasonWords: [])
    } else {
      #expect(run.document("input/xxe.xml")?["status"] == "ok")
    }
  }

  /// SPEC §7: entity expansion is bounded; a bomb fails fast as a quarantined document:
  /// the whole run (start-up, the bomb, publishing) within 1 CPU second and 100 MB peak RSS,
  /// from the child's own rusage. CPU time, not wall time: the tests run in parallel and a
  /// busy machine stretches wall time (a 30 s wall limit still catches a hang).
  @Test(arguments: EntityBomb.allCases)
  func entityBombIsQuarantinedFast(bomb: EntityBomb) async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    try workspace.write(bomb.document, to: "input/bomb.xml")
    let (result, termination) = try await ChildRun.run(
      ["run"], in: workspace.project, capture: workspace.capture, timeout: 60)
    print("\(bomb): \(termination)")
    #expect(!termination.timedOut && termination.signal == nil, "crashed or hung: \(termination)")
    #expect(termination.cpuSeconds < 1, "\(bomb) used \(termination.cpuSeconds) CPU seconds")
    #expect(termination.seconds < 30, "\(bomb) took \(termination.seconds) s")
    #expect(
      termination.peakRSS < 100 * 1024 * 1024,
      "\(bomb) peak RSS \(termination.peakRSS / 1024 / 1024) MiB (limit 100 MiB)")
    try #require([0, 3].contains(result.status), "\(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    // An entity bomb is stopped inside expanded text, which has no column of its own.
    try Self.expectQuarantined(
      "input/bomb.xml", in: run, result: result, located: true, columnKnown: false,
      reasonWords: [])
    // The location must point into the document (the DTD from line 3, the reference below it),
    // not at the XML declaration.
    if let entry = run.quarantineEntry("input/bomb.xml"), let line = JSON.number(entry["line"]) {
      #expect(line >= 3, "\(bomb) quarantined at line \(Int(line)): \(entry)")
    }
  }

  // MARK: - Discovery

  /// A symbolic link from a subfolder back to input/ under `**`: discovery ends, each file once.
  @Test func symlinkLoopUnderDoubleStarEnds() async throws {
    let workspace = try Self.workspace(pattern: "input/**/*.txt")
    defer { workspace.remove() }
    try FileManager.default.createDirectory(
      at: workspace.url("input/sub"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: workspace.url("input/sub/loop").path, withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(
      atPath: workspace.url("input/sub/self").path, withDestinationPath: ".")
    let result = try await workspace.run("run")
    #expect(result.status == 0, "\(result)")
    let run = try PublishedRun(workspace)
    try await Self.expectGoodFacts(run)
    #expect(
      run.documents.column("path") == [Self.good],
      "the sample should be read once: \(run.documents.column("path") ?? [])")
  }

  /// A dangling symbolic link matched by the pattern does not stop the run.
  @Test func danglingSymlinkDoesNotStopTheRun() async throws {
    let workspace = try Self.workspace()
    defer { workspace.remove() }
    try FileManager.default.createSymbolicLink(
      atPath: workspace.url("input/gone.txt").path,
      withDestinationPath: workspace.root.appendingPathComponent("nowhere.txt").path)
    let result = try await workspace.run("run")
    try #require([0, 3].contains(result.status), "\(result)")
    let run = try PublishedRun(workspace)
    print(
      "dangling symlink: exit \(result.status); documents \(run.documents.column("path") ?? [])")
    try await Self.expectGoodFacts(run)
    if result.status == 3 {
      try Self.expectQuarantined(
        "input/gone.txt", in: run, result: result, located: false, reasonWords: [])
    }
  }
}
