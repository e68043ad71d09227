import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

/// Chrome patterns matched without ICU, and the byte search that rules lines out, must
/// give what `NSRegularExpression` gives.
@Suite("Drop-line patterns")
struct DropLinePatternTests {
  static let lines = [
    "Til toppen", "⇡ Til toppen", "⇡Til toppen", "⇡\u{A0}\u{2009} Til toppen",
    "…tilnærmet balanse.⇡ Til toppen", "…balanse. ⇡ Til toppen og mer", "Til toppen ⇡ Til toppen",
    "a a a", "a a a a", "PC: Hold Ctrl-tasten nede og trykk", "Side 1 av 2", "Side 12 av 20",
    "Ved utgangen av året", "", "⇡", "aaa", "a+b", "a.b", "x\u{301}", "Til toppen\n",
    "Til toppen\r\n", "Til toppen\u{2028}", "ab ab abc", "a  b", "ab", "b",
    "Årsrapport 2022 | Side 4", "Årsrapport 2022 |Side 14 av 56", "Side 4 – Årsrapport 2022",
    "Side 4 | Bømlo kommune", "Side 7", "Se side 4 | figur 2", "Side 4 viser tabellen.",
    "Sist oppdatert 28. april 2022", "Publisert: 12.03.2023", "Publisert materiale viser",
  ]
  static let patterns = [
    "⇡\\s*Til toppen$", "^Til toppen$", "^a a a$", "^For å endre størrelse på tekst:$",
    "^PC: Hold Ctrl-tasten nede", "Til toppen", "a*", "a+", "^a?a a", "a\\+b", "a\\.b", "a.b",
    "\\s+", "ab?c?$", "b$", "^Side \\d+ av \\d+$", "x\u{301}", "a\\s*b", "a\\s?b", "toppen$",
  ] + ExtractOptions.pageNumberChrome + ExtractOptions.pageDateChrome

  /// What `NSRegularExpression` finds, as a range of Unicode scalars.
  static func icuMatch(_ pattern: String, _ line: String) throws -> Range<Int>? {
    let expression = try NSRegularExpression(pattern: pattern)
    let whole = NSRange(line.startIndex..<line.endIndex, in: line)
    guard let match = expression.firstMatch(in: line, range: whole),
      let range = Range(match.range, in: line)
    else { return nil }
    let start = line.unicodeScalars[..<range.lowerBound].count
    return start..<(start + line.unicodeScalars[range].count)
  }

  @Test(arguments: patterns)
  func plainPatternsMatchAsICUDoes(pattern: String) throws {
    let parsed = try #require(DropLinePattern(pattern))
    for line in Self.lines {
      let icu = try Self.icuMatch(pattern, line)
      if parsed.isPlain {
        #expect(parsed.firstMatch(in: Array(line.unicodeScalars)) == icu, "\(pattern) on \(line)")
      }
      // A line without the pattern's literal text is never matched.
      if icu != nil {
        for literal in parsed.requiredLiterals { #expect(line.containsUTF8(literal)) }
        #expect(line.utf8.starts(with: parsed.requiredPrefix))
        if !"\n\r\u{2028}".unicodeScalars.contains(where: { line.unicodeScalars.last == $0 }) {
          #expect(line.utf8.reversed().starts(with: parsed.requiredSuffix.reversed()))
        }
      }
    }
  }

  @Test(arguments: ["(unclosed", "a|b", "[ab]", "a{2}", "a*?", "(?i)til", "\\x41", "^*", "", "^$"])
  func otherPatternsAreLeftToICU(pattern: String) {
    #expect(DropLinePattern(pattern) == nil)
  }

  @Test func literalsOfAPattern() throws {
    let pattern = try #require(DropLinePattern("⇡\\s*Til toppen$"))
    #expect(pattern.isPlain)
    #expect(pattern.requiredLiterals == [Array("⇡".utf8), Array("Til toppen".utf8)])
    #expect(pattern.requiredPrefix.isEmpty)
    #expect(pattern.requiredSuffix == Array("Til toppen".utf8))
    let side = try #require(DropLinePattern("^Side \\d+ av \\d+$"))
    #expect(!side.isPlain)
    #expect(side.requiredPrefix == Array("Side ".utf8))
  }

  @Test(arguments: patterns)
  func chromeVerdictsAreICUs(pattern: String) throws {
    var filter = ChromeFilter(patterns: [pattern], path: "t")
    for line in Self.lines where !line.isEmpty {
      let expected: ChromeFilter.Verdict =
        switch try Self.icuMatch(pattern, line) {
        case .some(let range) where range.lowerBound == 0: .drop
        case .some(let range) where range.upperBound == line.unicodeScalars.count:
          .cut(scalars: range.lowerBound)
        default: .keep
        }
      #expect(try filter.verdict(for: line) == expected, "\(pattern) on \(line)")
    }
  }

  @Test(arguments: [
    ("Årsrapport", "rapport", true), ("ÅRSRAPPORT", "rapport", true), ("rappor", "rapport", false),
    ("Til toppen", "Til toppen", true), ("til toppen", "Til toppen", false), ("", "", true),
  ])
  func byteSearch(line: String, word: String, found: Bool) {
    let ignoringCase = word == word.lowercased()
    #expect(line.containsUTF8(Array(word.utf8), ignoringASCIICase: ignoringCase) == found)
  }
}
