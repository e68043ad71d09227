import Foundation

/// The line shapes of a Norwegian annual report: title, numbered section, heading, contents line.
///
/// Shared by the text, XML and HTML readers. Holds compiled regular expressions; use
/// ``shared``: a regex literal is parsed and compiled again for every new instance, which cost
/// more than reading a short report file.
///
/// `@unchecked Sendable`: the instance is immutable, and a `Regex` lowers its program once,
/// on first use, with an atomic compare-and-swap (swift-experimental-string-processing,
/// `Regex.Program.loweredProgram`), so concurrent readers may share it.
struct ReportPatterns: @unchecked Sendable {
  /// The one instance every reader uses.
  static let shared = ReportPatterns()

  private let titleLine =
    #/^(?:(?<prefix>[^\d]{0,60}?)\s+)?(?i:års(?:rapport|melding|beretning)(?:\s+og\s+års(?:regnskap|rekneskap))?)(?:\s+for)?\s+(?<year>(?:19|20)\d\d)(?:\s*[-–—|:]\s*[^\d]{0,60}|\s+(?i:for|i)\s+[^\d]{0,60})?$/#
  private let titleInside =
    #/(?i:års(?:rapport|melding|beretning))(?:\s+for)?\s+(?<year>(?:19|20)\d\d)/#
  private let municipalityName = #/(?<name>\p{Lu}[\p{L}\-]+)\s+(?i:kommunes?|herads?)\b/#
  private let sectionLine =
    #/^(?<number>\d{1,3}(?:\.\d{1,3}){1,5})\.?\s+(?<title>[\p{Lu}\p{Lt}«"].{0,150})$/#
  private let contentsLine = #/^.{1,200}?(?:\s*\.{4,}|\s*(?:\.\s){3,}\.?|\s*…{2,})\s*\d{1,4}$/#
  private let bulletLine = #/^[-•*–▪●◦]\s+\S/#

  /// "Årsrapport 2021", "Stavanger kommune – Årsmelding 2017", "Årsrapport 2021 for Sandnes
  /// kommune" as a whole line → year.
  func title(_ line: String) -> (title: String, year: Int)? {
    guard line.count <= 120, let match = line.wholeMatch(of: titleLine),
      let year = Int(match.output.year)
    else { return nil }
    return (line, year)
  }

  /// A report title somewhere inside a longer text (an HTML `<title>`): the matched words.
  func titleInside(_ text: String) -> (title: String, year: Int)? {
    guard let match = text.firstMatch(of: titleInside), let year = Int(match.output.year) else {
      return nil
    }
    return (String(text[match.range]), year)
  }

  /// "Stavanger" from "Stavanger kommune årsrapport 2021", "Voss" from "… – Voss herad"
  /// (*herad* is the Nynorsk name a few municipalities use).
  func municipality(in title: String) -> String? {
    (title.firstMatch(of: municipalityName)?.output.name).map(String.init)
  }

  /// "Bergen kommune" as a whole line (under the title of a report) → "Bergen".
  func municipalityLine(_ line: String) -> String? {
    guard line.count <= 60, let match = line.wholeMatch(of: municipalityName) else { return nil }
    return String(match.output.name)
  }

  /// "8.16 Arbeidstreningssenteret" → ("8.16", "Arbeidstreningssenteret").
  func section(_ line: String) -> (number: String, title: String)? {
    guard line.count <= 160, let match = line.wholeMatch(of: sectionLine) else { return nil }
    let title = match.output.title.trimmingCharacters(in: .whitespaces)
    guard let last = title.last, last != ".", last != ":", last != "," else { return nil }
    return (String(match.output.number), title)
  }

  /// A short line without a final full stop that reads as a heading.
  func isHeading(_ line: String, maxLength: Int = 120) -> Bool {
    guard !line.isEmpty, line.count <= maxLength,
      line.split(whereSeparator: \.isWhitespace).count <= 16,
      let first = line.first, let last = line.last,
      first.isUppercase || first.isNumber || "«\"(".contains(first),
      !".:;,".contains(last), line.contains(where: \.isLetter)
    else { return false }
    return true
  }

  /// A table-of-contents entry: text, dot leaders, page number.
  func isContentsLine(_ line: String) -> Bool {
    // Cheap checks first: a contents line ends in a page number and has dot leaders.
    guard let last = line.utf8.last, last >= UInt8(ascii: "0"), last <= UInt8(ascii: "9"),
      line.contains("..") || line.contains(". .") || line.contains("…")
    else { return false }
    return line.count <= 240 && line.wholeMatch(of: contentsLine) != nil
  }

  /// The scalar length of a list marker ("- ", "• ") at the start of `line`, or nil.
  func bulletLength(_ line: String) -> Int? {
    guard line.prefixMatch(of: bulletLine) != nil else { return nil }
    let scalars = line.unicodeScalars
    var count = 1
    var index = scalars.index(after: scalars.startIndex)
    while index < scalars.endIndex, scalars[index].properties.isWhitespace {
      count += 1
      index = scalars.index(after: index)
    }
    return count
  }
}
