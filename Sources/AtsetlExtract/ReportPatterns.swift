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
    if let year = Self.plainTitleYear(line) { return (line, year) }
    return titleByRegex(line)
  }

  /// `title(_:)` by the regular expression alone.
  func titleByRegex(_ line: String) -> (title: String, year: Int)? {
    guard Self.contains(line, anyOf: Self.titleWords), line.prefix(121).count <= 120,
      Self.containsYear(line), let match = line.wholeMatch(of: titleLine),
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
    guard Self.contains(title, anyOf: Self.municipalityWords) else { return nil }
    return (title.firstMatch(of: municipalityName)?.output.name).map(String.init)
  }

  /// "Bergen kommune" as a whole line (under the title of a report) → "Bergen".
  func municipalityLine(_ line: String) -> String? {
    guard line.prefix(61).count <= 60, Self.contains(line, anyOf: Self.municipalityWords),
      let match = line.wholeMatch(of: municipalityName)
    else { return nil }
    return String(match.output.name)
  }

  /// "8.16 Arbeidstreningssenteret" → ("8.16", "Arbeidstreningssenteret").
  func section(_ line: String) -> (number: String, title: String)? {
    let parts = Self.plainSection(line) ?? sectionByRegex(line)
    guard let (number, title) = parts else { return nil }
    let trimmed = Self.trimmingWhitespaces(title)
    guard let last = trimmed.last, last != ".", last != ":", last != "," else { return nil }
    return (String(number), trimmed)
  }

  /// The number and title that `sectionLine` matches in `line`.
  func sectionByRegex(_ line: String) -> (number: Substring, title: Substring)? {
    // `\d` also matches digits of other scripts: only a first scalar that is ASCII and not a
    // digit, or a Latin-1 letter, rules a line out at once.
    guard let first = line.unicodeScalars.first?.value,
      (0x30...0x39).contains(first) || (0x80..<0xC0).contains(first) || first > 0xFF,
      line.prefix(161).count <= 160, let match = line.wholeMatch(of: sectionLine)
    else { return nil }
    return (match.output.number, match.output.title)
  }

  /// What `sectionByRegex(_:)` gives for the common section line, "8.16 Arbeidstreningssenteret",
  /// told without the regex: Latin-1 text (each scalar a character) of at most 160 scalars and
  /// no line breaks, a number of two to six groups of one to three ASCII digits, maybe a full
  /// stop, spaces or tabs, and a title that starts with an upper-case Latin-1 letter. `nil`
  /// for other lines, which the regex then decides.
  static func plainSection(_ line: String) -> (number: Substring, title: Substring)? {
    let scalars = line.unicodeScalars
    guard let first = line.utf8.first, (0x30...0x39).contains(first), line.utf8.count <= 320,
      scalars.count <= 160, scalars.allSatisfy(isLatin1OutsideLineBreaks)
    else { return nil }
    var index = scalars.startIndex
    /// The length of the run of ASCII digits at `index`, which moves past it.
    func digits() -> Int {
      let start = index
      while index < scalars.endIndex, ("0"..."9").contains(scalars[index]) {
        scalars.formIndex(after: &index)
      }
      return scalars.distance(from: start, to: index)
    }
    guard (1...3).contains(digits()) else { return nil }
    var groups = 0
    while index < scalars.endIndex, scalars[index] == "." {
      let dot = index
      scalars.formIndex(after: &index)
      let count = digits()
      if count == 0 {
        index = dot
        break
      }
      guard count <= 3 else { return nil }
      groups += 1
    }
    guard (1...5).contains(groups) else { return nil }
    let number = line[..<index]
    if index < scalars.endIndex, scalars[index] == "." { scalars.formIndex(after: &index) }
    let spaces = index
    while index < scalars.endIndex, scalars[index] == " " || scalars[index] == "\t" {
      scalars.formIndex(after: &index)
    }
    guard index > spaces, index < scalars.endIndex else { return nil }
    let initial = scalars[index].value
    guard (0x41...0x5A).contains(initial) || ((0xC0...0xDE).contains(initial) && initial != 0xD7),
      scalars[index...].count <= 151
    else { return nil }
    return (number, line[index...])
  }

  /// A Latin-1 scalar other than the line breaks (LF, VT, FF, CR, NEL) that `.` and `$` treat
  /// apart.
  private static func isLatin1OutsideLineBreaks(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x100 && !(0x0A...0x0D).contains(scalar.value) && scalar != "\u{85}"
  }

  /// A short line without a final full stop that reads as a heading.
  func isHeading(_ line: String, maxLength: Int = 120) -> Bool {
    // The checks at the ends first: most lines are prose that ends in a full stop.
    guard let first = line.first, let last = line.last, !".:;,".contains(last),
      first.isUppercase || first.isNumber || "«\"(".contains(first),
      line.prefix(maxLength + 1).count <= maxLength,
      Self.wordCount(line, limit: 16) <= 16, line.contains(where: \.isLetter)
    else { return false }
    return true
  }

  /// The number of white-space separated words in `line`, counting no further than `limit + 1`
  /// (`line.split(whereSeparator: \.isWhitespace).count` without building the words).
  static func wordCount(_ line: String, limit: Int) -> Int {
    // Below U+0300 every scalar is a character of its own (CR LF aside, both white space).
    if line.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
      return words(in: line.unicodeScalars, limit: limit) { scalar in
        // ASCII white space is tab to carriage return, and space.
        scalar.isASCII
          ? scalar == " " || (0x09...0x0D).contains(scalar.value)
          : scalar.properties.isWhitespace
      }
    }
    return words(in: line, limit: limit) { $0.isWhitespace }
  }

  private static func words<Text: Sequence>(
    in text: Text, limit: Int, isWhitespace: (Text.Element) -> Bool
  ) -> Int {
    var count = 0
    var inWord = false
    for character in text {
      if isWhitespace(character) {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
        if count > limit { break }
      }
    }
    return count
  }

  /// A table-of-contents entry: text, dot leaders, page number.
  func isContentsLine(_ line: String) -> Bool {
    // Cheap checks first: a contents line ends in a page number and has dot leaders.
    guard let last = line.utf8.last, last >= UInt8(ascii: "0"), last <= UInt8(ascii: "9"),
      Self.hasLeaders(line)
    else { return false }
    return line.count <= 240 && line.wholeMatch(of: contentsLine) != nil
  }

  /// The scalar length of a list marker ("- ", "• ") at the start of `line`, or nil.
  func bulletLength(_ line: String) -> Int? {
    guard let first = line.unicodeScalars.first, Self.bulletMarkers.contains(first),
      line.prefixMatch(of: bulletLine) != nil
    else { return nil }
    let scalars = line.unicodeScalars
    var count = 1
    var index = scalars.index(after: scalars.startIndex)
    while index < scalars.endIndex, scalars[index].properties.isWhitespace {
      count += 1
      index = scalars.index(after: index)
    }
    return count
  }

  // Cheap tests that rule most lines out before a regex is run. Each is a necessary condition
  // of its regex, so it never changes a result. Case-insensitive words are spelt without the
  // letters that other characters can match (k: the Kelvin sign, s: long s, å: the ångström
  // sign), so that only ASCII letters can match them. `line.prefix(n + 1).count <= n` is
  // `line.count <= n` without counting the characters of a long line.

  /// Every title names an "årsrapport", "årsmelding" or "årsberetning".
  private static let titleWords = ["rapport", "melding", "beretning"].map { Array($0.utf8) }
  /// Every municipality line names a "kommune" or "herad".
  private static let municipalityWords = ["ommune", "erad"].map { Array($0.utf8) }
  /// The markers `bulletLine` accepts.
  private static let bulletMarkers: Set<Unicode.Scalar> = ["-", "•", "*", "–", "▪", "●", "◦"]

  /// The year of a title that is only a report word and a year, "Årsrapport 2021" (in any
  /// case, with spaces or tabs between): the most common title, which `titleLine` matches
  /// with the same year, told without the regex. `nil` for every other line.
  static func plainTitleYear(_ line: String) -> Int? {
    line.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var rest = bytes[...]
      // "å" or "Å", then "rsrapport", "rsmelding" or "rsberetning" in any ASCII case.
      guard rest.count > 6, rest[0] == 0xC3, rest[1] == 0xA5 || rest[1] == 0x85 else { return nil }
      rest = rest.dropFirst(2)
      guard
        let word = plainTitleWords.first(where: { word in
          rest.count > word.count && zip(rest, word).allSatisfy { $0 | 0x20 == $1 }
        })
      else { return nil }
      rest = rest.dropFirst(word.count)
      let spaces = rest.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
      rest = rest.dropFirst(spaces.count)
      guard !spaces.isEmpty, rest.count == 4, rest.allSatisfy({ (0x30...0x39).contains($0) }),
        rest.starts(with: "19".utf8) || rest.starts(with: "20".utf8)
      else { return nil }
      return rest.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    } ?? nil
  }

  private static let plainTitleWords = ["rsrapport", "rsmelding", "rsberetning"].map {
    Array($0.utf8)
  }

  /// True when `line` holds a year a title can name: "19" or "20" and two more ASCII digits
  /// (the year is read with `Int()`, which takes no other digits).
  static func containsYear(_ line: String) -> Bool {
    line.utf8.withContiguousStorageIfAvailable { bytes in
      var digits = 0
      for index in bytes.indices {
        guard (0x30...0x39).contains(bytes[index]) else {
          digits = 0
          continue
        }
        digits += 1
        if digits >= 4 {
          let century = (bytes[index - 3], bytes[index - 2])
          if century == (0x31, 0x39) || century == (0x32, 0x30) { return true }
        }
      }
      return false
    } ?? true
  }

  /// `line.contains("..") || line.contains(". .") || line.contains("…")`, with Foundation's
  /// search (which compares whole characters) asked only when the bytes are there.
  static func hasLeaders(_ line: String) -> Bool {
    let leaders = [("..", Self.dots), (". .", Self.spacedDots), ("…", Self.ellipsis)]
    return leaders.contains { text, bytes in
      line.containsUTF8(bytes) && line.contains(text)
    }
  }

  private static let dots = Array("..".utf8)
  private static let spacedDots = Array(". .".utf8)
  private static let ellipsis = Array("…".utf8)

  /// `text.trimmingCharacters(in: .whitespaces)`, without Foundation when `text` starts and
  /// ends with ASCII characters other than space and tab (the only ASCII in that set).
  static func trimmingWhitespaces(_ text: Substring) -> String {
    func isPlain(_ scalar: Unicode.Scalar?) -> Bool {
      scalar.map { $0.isASCII && $0 != " " && $0 != "\t" } ?? false
    }
    let scalars = text.unicodeScalars
    guard isPlain(scalars.first), isPlain(scalars.last) else {
      return text.trimmingCharacters(in: .whitespaces)
    }
    return String(text)
  }

  /// True when `line` contains one of `words` (lower-case ASCII), ignoring ASCII case.
  static func contains(_ line: String, anyOf words: [[UInt8]]) -> Bool {
    line.containsUTF8(anyOf: words, ignoringASCIICase: true)
  }
}
