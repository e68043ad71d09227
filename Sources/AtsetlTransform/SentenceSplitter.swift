import AtsetlModel
/// Splits a block of Norwegian prose into sentences without cutting inside a number phrase.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and a capital letter, a digit
/// or an opening quote — except after abbreviations that never end a sentence ("ca.",
/// "bl.a.", "f.eks.", "nr.", "jf.") and after a day number ("1. januar"). Abbreviations that
/// may end one ("kr.", "mill.", "mrd.", "pst.", "mnd.", "osv.") end it only before a capital letter:
/// "kr 15,6 mill. Dette tilsvarer …" is two sentences, "kr. 100" is not.
///
/// ```swift
/// SentenceSplitter.sentences(in: Array("Vi fikk ca. 200 søknader. De fleste ble innvilget.".unicodeScalars))
/// // [0..<26, 27..<52]
/// ```
package enum SentenceSplitter {
  /// Abbreviations after which the next word always belongs to the same sentence.
  static let continuingAbbreviations: Set<String> = [
    "ca", "bl.a", "f.eks", "dvs", "jf", "jfr", "nr", "kl", "pr", "tlf", "iht", "ift", "inkl",
    "ekskl", "evt", "ev", "mht", "vedr", "ang", "adm", "avd", "st", "prof", "dr", "gnr", "bnr",
    "kap", "pkt", "fig", "tab", "s", "ref", "vs", "t.o.m", "f.o.m", "o.a", "bl", "pga", "p.g.a",
    "gj.sn", "gjennomsn", "tilsv", "hhv", "h.h.v", "m.a", "m.a.", "t.d", "m.v",
  ]

  /// Abbreviations that end a sentence when a capital letter follows: units and amounts
  /// that close a figure ("varte i 3 mnd. Deretter …", "i 45 min. Det …") and months
  /// ("startet i jan. Etter det …"), which stay in the sentence before a digit ("maks. 20",
  /// "jan. 2022").
  static let closingAbbreviations: Set<String> = [
    "kr", "mill", "mrd", "mio", "pst", "mv", "m.m", "o.l", "osv", "etc", "m.fl", "mfl", "stk",
    "mm", "ol", "mnd", "min", "maks", "jan", "feb", "apr", "aug", "sep", "sept", "okt", "nov",
    "des",
  ]

  /// Scalar ranges of the sentences in `text`, trimmed of surrounding white space.
  package static func sentences(in text: [Unicode.Scalar]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = text.count
    while index < count {
      let scalar = text[index]
      guard scalar == "." || scalar == "!" || scalar == "?" else {
        index += 1
        continue
      }
      // Closing quotes and brackets stay with the sentence they close.
      var end = index + 1
      while end < count, ["\"", "”", "»", ")", "’", "'"].contains(text[end]) { end += 1 }
      var next = end
      while next < count, isSpace(text[next]) { next += 1 }
      guard next > end || next == count else {
        index = end
        continue
      }
      if next == count || opensSentence(at: next, in: text, after: index) {
        appendTrimmed(start..<end, of: text, to: &sentences)
        start = next
        index = next
      } else {
        index = end
      }
    }
    appendTrimmed(start..<count, of: text, to: &sentences)
    return sentences
  }

  /// True when the text at `next` starts a new sentence after the full stop at `stop`.
  private static func opensSentence(at next: Int, in text: [Unicode.Scalar], after stop: Int)
    -> Bool
  {
    let first = text[next]
    let startsUpper = isUppercase(first) || ["\"", "«", "“", "(", "–", "-", "•"].contains(first)
    let startsDigit = first.value >= 0x30 && first.value <= 0x39
    guard startsUpper || startsDigit else { return false }
    guard text[stop] == "." else { return true }
    let word = wordBefore(stop, in: text)
    if word.isEmpty { return true }
    if word.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }) {
      // "1. januar" has a lower-case month; "i 2017. Dette" ends a sentence.
      return startsUpper || word.count > 2
    }
    let lower = word.lowercased()
    if continuingAbbreviations.contains(lower) { return false }
    if closingAbbreviations.contains(lower) { return startsUpper }
    // A single letter before a full stop is an initial or an abbreviation ("H. Olsen").
    if word.count == 1, word.first?.isUppercase == true { return false }
    return true
  }

  /// The word (letters, digits and inner full stops) that ends at the full stop `stop`.
  private static func wordBefore(_ stop: Int, in text: [Unicode.Scalar]) -> String {
    var begin = stop
    while begin > 0 {
      let previous = text[begin - 1]
      let isWordScalar =
        isAlphabetic(previous) || (previous.value >= 0x30 && previous.value <= 0x39)
        || (previous == "." && begin - 1 > 0 && isAlphabetic(text[begin - 2]))
      guard isWordScalar else { break }
      begin -= 1
    }
    return String(scalars: text[begin..<stop])
  }

  private static func appendTrimmed(
    _ range: Range<Int>, of text: [Unicode.Scalar], to sentences: inout [Range<Int>]
  ) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, isSpace(text[lower]) { lower += 1 }
    while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
    if lower < upper { sentences.append(lower..<upper) }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
      || scalar == "\u{202F}" || scalar == "\u{2009}"
  }

  /// The `Alphabetic` property, answered at once for ASCII.
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80: false
    default: scalar.properties.isAlphabetic
    }
  }

  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isUppercase
  }
}
