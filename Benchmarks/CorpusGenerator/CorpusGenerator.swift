import Foundation

/// Writes the deterministic benchmark corpus of `make bench` from the sample reports.
///
/// Usage: `atsetl-corpus SAMPLES OUT [--files N] [--xml-bytes B]`
///
/// - `OUT/text/kNNN/…txt`: N (default 10 000) report sections, each one of the sample text
///   reports (`SAMPLES/*.txt`) with its report year (15 years), section number, headings and
///   every other number varied; about 4.8 KB each, so 48 MB for the default.
/// - `OUT/xml/export.xml`: one export in the default XML schema, `<reports>` of one
///   `<report>` per municipality, year and section (the same varied prose plus the sample
///   economy table), until it holds at least B bytes (default 1 GiB; 0 writes no XML).
/// - `OUT/text.pipeline.json` and `OUT/xml.pipeline.json` to run atsetl on them.
///
/// The same arguments always give byte-identical files (a fixed-seed generator).
@main
struct CorpusGenerator {
  static func main() throws {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var files = 10_000
    var xmlBytes = 1 << 30
    func option(_ name: String) -> Int? {
      guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
        return nil
      }
      defer { arguments.removeSubrange(index...(index + 1)) }
      return Int(arguments[index + 1])
    }
    files = option("--files") ?? files
    xmlBytes = option("--xml-bytes") ?? xmlBytes
    guard arguments.count == 2 else {
      FileHandle.standardError.write(
        Data("usage: atsetl-corpus SAMPLES OUT [--files N] [--xml-bytes B]\n".utf8))
      exit(64)
    }
    let samples = URL(fileURLWithPath: arguments[0])
    let out = URL(fileURLWithPath: arguments[1])
    let names = try FileManager.default.contentsOfDirectory(atPath: samples.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let templates = try names.map {
      try ReportTemplate(Array(Data(contentsOf: samples.appendingPathComponent($0))))
    }
    guard !templates.isEmpty else { throw GeneratorError("no sample .txt report in \(samples.path)") }
    let table = try tableTemplate(in: samples)
    let fileManager = FileManager.default
    try? fileManager.removeItem(at: out.appendingPathComponent("text"))
    try? fileManager.removeItem(at: out.appendingPathComponent("xml"))

    var random = SplitMix64(seed: 2021)
    var textBytes = 0
    var created: Set<String> = []
    for index in 0..<files {
      let variant = Variant(index: index, random: &random)
      let template = templates[index % templates.count]
      let folder = out.appendingPathComponent("text/k\(String(format: "%03d", variant.municipality))")
      if created.insert(folder.path).inserted {
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
      }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(6000)
      template.writeText(variant, random: &random, to: &bytes)
      let name = "aarsrapport-\(variant.year)-\(String(format: "%05d", index)).txt"
      try Data(bytes).write(to: folder.appendingPathComponent(name))
      textBytes += bytes.count
    }
    try pipeline(name: "bench-text", format: "text", pattern: "text/**/*.txt", xlsx: true)
      .write(to: out.appendingPathComponent("text.pipeline.json"))
    print("text: \(files) files, \(textBytes) bytes in \(out.path)/text")

    guard xmlBytes > 0 else { return }
    try fileManager.createDirectory(at: out.appendingPathComponent("xml"), withIntermediateDirectories: true)
    let xmlURL = out.appendingPathComponent("xml/export.xml")
    guard fileManager.createFile(atPath: xmlURL.path, contents: nil) else {
      throw GeneratorError("cannot create \(xmlURL.path)")
    }
    let handle = try FileHandle(forWritingTo: xmlURL)
    defer { try? handle.close() }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 21)
    buffer += Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports>\n".utf8)
    var written = 0
    var reports = 0
    while written + buffer.count < xmlBytes {
      let variant = Variant(index: reports, random: &random)
      templates[reports % templates.count].writeXML(variant, table: table, random: &random, to: &buffer)
      reports += 1
      if buffer.count >= 1 << 20 {
        try handle.write(contentsOf: buffer)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
    }
    buffer += Array("</reports>\n".utf8)
    try handle.write(contentsOf: buffer)
    written += buffer.count
    // A large export is not a spreadsheet: millions of facts exceed the xlsx row limit.
    try pipeline(name: "bench-xml", format: "xml", pattern: "xml/*.xml", xlsx: false)
      .write(to: out.appendingPathComponent("xml.pipeline.json"))
    print("xml: \(reports) reports, \(written) bytes in \(xmlURL.path)")
  }

  /// The sample economy table (`<table>…</table>` of a sample XML file), if there is one.
  static func tableTemplate(in samples: URL) throws -> Segments? {
    let names = try FileManager.default.contentsOfDirectory(atPath: samples.path)
      .filter { $0.hasSuffix(".xml") }.sorted()
    for name in names {
      let text = try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
      if let start = text.range(of: "<table>"), let end = text.range(of: "</table>") {
        return Segments(Array(text[start.lowerBound..<end.upperBound].utf8), templateYear: 2021)
      }
    }
    return nil
  }

  /// A pipeline.json for a corpus folder, with the shipped config's outputs.
  /// Outputs go to `output/<format>/`, the state and lock to `.atsetl/<format>/`.
  static func pipeline(name: String, format: String, pattern: String, xlsx: Bool) -> Data {
    let folder = "output/\(format)"
    var outputs = [
      #"{ "format": "csv", "path": "\#(folder)/facts.csv", "dialect": "rfc4180" }"#,
      #"{ "format": "csv", "path": "\#(folder)/facts-excel.csv", "dialect": "excel-nb" }"#,
      #"{ "format": "json", "path": "\#(folder)/facts.json" }"#,
    ]
    if xlsx { outputs.append(#"{ "format": "xlsx", "path": "\#(folder)/facts.xlsx" }"#) }
    outputs.append(#"{ "format": "datapackage", "path": "\#(folder)/datapackage.json" }"#)
    return Data(
      """
      {
        "version": 1,
        "name": "\(name)",
        "defaults": { "municipality": "Stavanger", "language": "auto" },
        "sources": [ { "id": "\(format)", "format": "\(format)", "paths": ["\(pattern)"] } ],
        "outputs": [
          \(outputs.joined(separator: ",\n    "))
        ],
        "state": ".atsetl/\(format)/state.json",
        "lock": ".atsetl/\(format)/lock"
      }

      """.utf8)
  }
}

struct GeneratorError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A small fixed-seed generator (SplitMix64), so that every run writes the same corpus.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// What varies between two generated reports made from the same sample.
struct Variant {
  static let municipalities = [
    "Stavanger", "Bergen", "Trondheim", "Oslo", "Kristiansand", "Tromsø", "Drammen", "Sandnes",
    "Bodø", "Ålesund", "Fredrikstad", "Sarpsborg", "Skien", "Haugesund", "Tønsberg", "Arendal",
    "Moss", "Porsgrunn", "Lillestrøm", "Asker", "Bærum", "Molde", "Harstad", "Kongsberg",
  ]
  static let headingTails = ["", "", " i \u{0}", " – status", " og videre arbeid", " (oppdatert)"]

  /// 15 report years per municipality.
  var year: Int
  var municipality: Int
  var sectionNumber: String
  var headingTail: Int

  init(index: Int, random: inout SplitMix64) {
    year = 2008 + index % 15
    municipality = index / 150
    sectionNumber = "\(1 + random.next(below: 12)).\(1 + random.next(below: 20))"
    if random.next(below: 3) == 0 { sectionNumber += ".\(1 + random.next(below: 30))" }
    headingTail = random.next(below: Self.headingTails.count)
  }

  var municipalityName: String {
    let names = Self.municipalities
    let name = names[municipality % names.count]
    return municipality < names.count ? name : "\(name) \(municipality / names.count + 1)"
  }

  func heading(_ text: [UInt8]) -> [UInt8] {
    let tail = Self.headingTails[headingTail].replacingOccurrences(of: "\u{0}", with: "\(year)")
    return text + Array(tail.utf8)
  }
}

/// A line of a sample with its numbers as slots: literal bytes, varied numbers and years.
struct Segments {
  enum Piece {
    case literal([UInt8])
    case number(digits: Int)
    /// A year, as an offset from the sample's report year.
    case year(offset: Int)
  }
  var pieces: [Piece] = []

  init(_ bytes: [UInt8], templateYear: Int) {
    var literal: [UInt8] = []
    var index = 0
    while index < bytes.count {
      guard bytes[index] >= 0x30, bytes[index] <= 0x39 else {
        literal.append(bytes[index])
        index += 1
        continue
      }
      var end = index
      var value = 0
      while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 {
        value = value * 10 + Int(bytes[end] - 0x30)
        end += 1
      }
      if !literal.isEmpty { pieces.append(.literal(literal)) }
      literal = []
      let digits = end - index
      pieces.append(digits == 4 && (1990...2030).contains(value)
        ? .year(offset: value - templateYear) : .number(digits: digits))
      index = end
    }
    if !literal.isEmpty { pieces.append(.literal(literal)) }
  }

  func write(year: Int, random: inout SplitMix64, escapeXML: Bool, to out: inout [UInt8]) {
    for piece in pieces {
      switch piece {
      case .literal(let bytes):
        if escapeXML { Self.appendEscaped(bytes, to: &out) } else { out += bytes }
      case .number(let digits):
        let low = digits == 1 ? 1 : Self.powers[digits - 1]
        let high = Self.powers[min(digits, Self.powers.count - 1)]
        Self.appendDecimal(low + random.next(below: high - low), to: &out)
      case .year(let offset):
        Self.appendDecimal(year + offset, to: &out)
      }
    }
  }

  static let powers = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000]

  static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
    out += Array(String(value).utf8)
  }

  static func appendEscaped(_ bytes: [UInt8], to out: inout [UInt8]) {
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"): out += Array("&amp;".utf8)
      case UInt8(ascii: "<"): out += Array("&lt;".utf8)
      case UInt8(ascii: ">"): out += Array("&gt;".utf8)
      case UInt8(ascii: "\""): out += Array("&quot;".utf8)
      default: out.append(byte)
      }
    }
  }
}

/// One sample text report, cut into lines that the generator varies.
struct ReportTemplate {
  enum Line {
    /// Page chrome before the title, written as it is (text files only).
    case chrome([UInt8])
    case title
    case section(title: [UInt8])
    case heading(Segments)
    case paragraph(Segments)
    case blank
  }
  var lines: [Line] = []
  var year = 2021

  init(_ bytes: [UInt8]) throws {
    let rawLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let title = Array("Årsrapport ".utf8)
    guard let titleIndex = rawLines.firstIndex(where: { $0.starts(with: title) }) else {
      throw GeneratorError("a sample report has no 'Årsrapport YYYY' title line")
    }
    year = Int(String(decoding: rawLines[titleIndex].dropFirst(title.count), as: UTF8.self)
      .trimmingCharacters(in: .whitespaces)) ?? 2021
    var seenSection = false
    for (index, raw) in rawLines.enumerated() {
      let line = Array(raw)
      let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
      if text.isEmpty {
        lines.append(.blank)
      } else if index < titleIndex {
        lines.append(.chrome(line))
      } else if index == titleIndex {
        lines.append(.title)
      } else if !seenSection, let space = text.firstIndex(of: " "),
        text[..<space].allSatisfy({ $0.isNumber || $0 == "." })
      {
        seenSection = true
        lines.append(.section(title: Array(text[text.index(after: space)...].utf8)))
      } else if text.count < 100, !text.hasSuffix(".") {
        lines.append(.heading(Segments(Array(text.utf8), templateYear: year)))
      } else {
        lines.append(.paragraph(Segments(line, templateYear: year)))
      }
    }
  }

  func writeText(_ variant: Variant, random: inout SplitMix64, to out: inout [UInt8]) {
    for (index, line) in lines.enumerated() {
      switch line {
      case .chrome(let bytes): out += bytes
      case .title: out += Array("Årsrapport \(variant.year)".utf8)
      case .section(let title): out += Array("\(variant.sectionNumber) ".utf8) + title
      case .heading(let segments):
        var heading: [UInt8] = []
        segments.write(year: variant.year, random: &random, escapeXML: false, to: &heading)
        out += variant.heading(heading)
      case .paragraph(let segments):
        segments.write(year: variant.year, random: &random, escapeXML: false, to: &out)
      case .blank: break
      }
      if index < lines.count - 1 { out.append(UInt8(ascii: "\n")) }
    }
  }

  func writeXML(
    _ variant: Variant, table: Segments?, random: inout SplitMix64, to out: inout [UInt8]
  ) {
    out += Array(
      "  <report municipality=\"\(variant.municipalityName)\" year=\"\(variant.year)\" title=\"Årsrapport \(variant.year)\" language=\"nb\">\n"
        .utf8)
    var open = false
    for line in lines {
      switch line {
      case .chrome, .title, .blank: continue
      case .section(let title):
        out += Array("    <section number=\"\(variant.sectionNumber)\" title=\"".utf8)
        Segments.appendEscaped(title, to: &out)
        out += Array("\">\n".utf8)
        open = true
      case .heading(let segments):
        var heading: [UInt8] = []
        segments.write(year: variant.year, random: &random, escapeXML: true, to: &heading)
        out += Array("      <heading>".utf8) + variant.heading(heading) + Array("</heading>\n".utf8)
      case .paragraph(let segments):
        out += Array("      <p>".utf8)
        segments.write(year: variant.year, random: &random, escapeXML: true, to: &out)
        out += Array("</p>\n".utf8)
      }
    }
    if let table {
      out += Array("      ".utf8)
      table.write(year: variant.year, random: &random, escapeXML: false, to: &out)
      out += Array("\n".utf8)
    }
    if open { out += Array("    </section>\n".utf8) }
    out += Array("  </report>\n".utf8)
  }
}
