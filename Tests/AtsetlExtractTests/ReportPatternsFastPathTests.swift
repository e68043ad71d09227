import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

/// The hand-written tests that spare `ReportPatterns` its regular expressions must give
/// what the expressions give.
@Suite("Report patterns without regexes")
struct ReportPatternsFastPathTests {
  @Test(arguments: [
    "Årsrapport 2021", "ÅRSMELDING 1999", "årsberetning\t2020", "ÅrsRapport   2008",
    "Årsrapport 2021 for Sandnes kommune", "Årsrapport 1899", "Årsrapport 20211", "Årsrapport2021",
    "Årsmeldingen 2021", "Arsrapport 2021", "A\u{30A}rsrapport 2021", "Årsrapport 2O21",
  ])
  func plainTitlesAreTheRegexs(line: String) {
    let regex = ReportPatterns().titleByRegex(line)
    if let year = ReportPatterns.plainTitleYear(line) {
      #expect(regex?.year == year)
      #expect(regex?.title == line)
    }
    #expect(ReportPatterns().title(line)?.year == regex?.year)
  }

  @Test(arguments: [
    "8.16 Arbeidstreningssenteret", "5.5.15 Arbeidstreningsseksjonen", "3.2. Helse og velferd",
    "1.2.3.4.5.6 Seks", "1.2.3.4.5.6.7 Sju", "1234.5 Feil", "1.2345 Feil", "1 Ingen gruppe",
    "8.16\tÅrsverk", "8.16 arbeid", "8.16  Øvrige tiltak  ", "8.16Arbeid",
    "8.16 Dette er en setning.",
    "8.16 «Sitat»", "8.16 Tittel\u{301}", "2.5 prosent økning",
    "8.16 " + String(repeating: "A", count: 151),
    "8.16 " + String(repeating: "A", count: 152), "8.16 Tittel: ", "8.16 Æ", "8.16 ×",
  ])
  func plainSectionsAreTheRegexs(line: String) {
    let regex = ReportPatterns().sectionByRegex(line)
    if let plain = ReportPatterns.plainSection(line) {
      #expect(regex?.number == plain.number)
      #expect(regex?.title == plain.title)
    }
  }

  @Test(arguments: ["", "en", "  to  ord ", "a\tb\nc", "én to tre fire", "x\u{A0}y z"])
  func wordCountIsSplitCount(line: String) {
    let words = line.split(whereSeparator: \.isWhitespace).count
    #expect(ReportPatterns.wordCount(line, limit: 16) == words)
    #expect(ReportPatterns.wordCount(line, limit: 1) == min(words, 2))
  }

  @Test(arguments: ["Helse", " Helse ", "\tHelse\u{A0}", "Helse og omsorg", "«Helse»", "Økonomi"])
  func trimmingIsFoundations(title: String) {
    #expect(
      ReportPatterns.trimmingWhitespaces(title[...])
        == title.trimmingCharacters(in: .whitespaces))
  }
}
