import AtsetlModel
import Foundation
import Testing

/// The sample inputs' facts, checked field by field against reviewed golden files.
@Suite struct GoldenTests {
  static let samples = [
    "stavanger-2021.txt", "stavanger-2017.txt", "stavanger-2021.xml", "stavanger-2021.html",
    "stavanger-okonomi.xml",
  ]

  @Test(arguments: samples)
  func sampleMatchesGolden(name: String) throws {
    try expectMatchesGolden(facts(ofSample: name), named: "\(name).facts.jsonl")
  }

  /// The same report as text, XML and HTML gives the same facts, but for where they stand.
  @Test(arguments: [
    ("stavanger-2021.txt", "stavanger-2021.html", nil),
    ("stavanger-2021.txt", "stavanger-2021.xml", "input/stavanger-2021.xml#1"),
    ("stavanger-2017.txt", "stavanger-2021.xml", "input/stavanger-2021.xml#2"),
  ] as [(String, String, String?)])
  func formatsGiveTheSameFacts(text: String, other: String, document: String?) throws {
    let reference = try facts(ofSample: text).map(\.placeless)
    let compared = try facts(ofSample: other).filter { document == nil || $0.document == document }
      .map(\.placeless)
    #expect(reference.count == compared.count)
    for (expected, actual) in zip(reference, compared) { #expect(actual == expected) }
  }

  /// The SPEC §4 phrase table, as the 2021 and 2017 seeds state it.
  @Test func seedPhrasesComeOutAsSpecified() throws {
    let all = try facts(ofSample: "stavanger-2021.txt") + facts(ofSample: "stavanger-2017.txt")
    func fact(_ text: String) throws -> Fact { try #require(all.first { $0.text == text }, "\(text)") }
    let overkant = try fact("i overkant av 400 personer")
    #expect(overkant.kind == .count && overkant.value == 400 && overkant.qualifier == .slightlyAbove)
    #expect(overkant.unit == "personer" && overkant.lower == 400 && overkant.upper == nil)
    let vel = try fact("vel 100 personer")
    #expect(vel.change == .decrease && vel.comparedTo == "previous_year" && vel.qualifier == .slightlyAbove)
    let naer = try fact("nær 200 personer")
    #expect(naer.change == .decrease && naer.comparedTo == "2019" && naer.qualifier == .slightlyBelow)
    let cirka = try fact("Cirka 200 unge")
    #expect(cirka.qualifier == .approximately && cirka.unit == "unge")
    let age = try #require(all.first { $0.text == "under 30 år" })
    #expect(age.kind == .duration && age.value == 30 && age.qualifier == .below && age.unit == "year")
    let years = try fact("de siste to årene")
    #expect(years.kind == .duration && years.value == 2 && years.unit == "year")
    let percent = try fact("nærmere 35 prosent")
    #expect(percent.kind == .percent && percent.value == 35 && percent.qualifier == .slightlyBelow)
    #expect(all.filter { $0.text == "20 prosent" && $0.period == "2019" }.count == 1)
    #expect(all.filter { $0.text == "23 prosent" && $0.period == "2020" }.count == 1)
    let fem = try fact("fem")
    #expect(fem.kind == .count && fem.value == 5 && fem.unit == nil)
    #expect(try fact("ni arbeidstakerne").unit == "arbeidstakerne")
    #expect(try fact("fireårig").kind == .duration)
    let tenth = try fact("om lag kr 0,1 mill.")
    #expect(tenth.kind == .money && tenth.value == 100_000 && tenth.qualifier == .approximately)
    #expect(try fact("kr 15,6 mill.").value == 15_600_000)
    #expect(try fact("kr 0,03 mill.").value == 30_000)
    #expect(try fact("forbruksprosent på 99,1").value == Decimal(string: "99.1"))
    #expect(try fact("halvparten").value == 0.5)
    #expect(try fact("1. januar 2017").iso == "2017-01-01")
    #expect(try fact("mai 2017").iso == "2017-05")
    #expect(try fact("270").period == "2016")
    // Not facts: articles, "andre", section numbers, report titles.
    #expect(!all.contains { ["en", "et", "andre", "8.16", "5.5.15"].contains($0.text) })
    #expect(!all.contains { $0.kind == .year && $0.offset < 20 })
  }
}

extension Fact {
  /// The fact without the fields that say where it stands in its file.
  var placeless: Fact {
    var copy = self
    copy.id = ""
    copy.document = ""
    copy.format = .text
    copy.line = 0
    copy.offset = 0
    return copy
  }
}
