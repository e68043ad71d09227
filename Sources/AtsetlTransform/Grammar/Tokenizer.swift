import Foundation

/// Splits a sentence into tokens: words, digit runs and single symbols.
///
/// Works on Unicode scalars so that every token knows its exact scalar offset.
/// Letters are ASCII, Latin-1 and Latin Extended letters and anything Unicode calls
/// alphabetic; a hyphen or apostrophe between two letters stays inside the word
/// ("VTA-plasser", "PFF-ordningen"), one followed by a space ends it ("helse- og").
struct Tokenizer {
  /// The tokens of `scalars`, in order.
  static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 4)
    var index = 0
    var gap = Token.Gap.none
    var spaceRun = 0
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      if let space = spaceKind(scalar) {
        spaceRun += 1
        gap = (spaceRun == 1 && space == .single) ? .single : .wide
        index += 1
        continue
      }
      let start = index
      if isDigit(scalar) {
        var value = 0
        while index < count, isDigit(scalars[index]) {
          if index - start < 18 { value = value * 10 + Int(scalars[index].value - 0x30) }
          index += 1
        }
        tokens.append(
          Token(
            kind: .number, gap: gap, start: start, end: index,
            word: Word(digits: scalars[start..<index]),
            number: index - start <= 18 ? value : -1, isCapitalized: false, isAllCaps: false))
      } else if isLetter(scalar) {
        // One pass: each letter (and each joiner with a letter after it) is lowered and
        // packed as it is read.
        var capitals = 0
        var letters = 0
        var isPlain = true  // NFC-stable scalars, each its own character
        var word = Word()
        var byteCount = 0
        while true {
          let original = scalars[index]
          if original.value < 0x80 {
            // ASCII: a letter, or the hyphen or apostrophe inside a word.
            var byte = UInt8(truncatingIfNeeded: original.value)
            if byte &- 0x41 < 26 {
              capitals += 1
              byte |= 0x20
            }
            word.append(ascii: byte, byteCount: &byteCount)
            if byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") { letters += 1 }
          } else {
            var lowered = original
            if isUppercase(original) {
              capitals += 1
              lowered = lowercase(original)
            }
            word.append(lowered, byteCount: &byteCount)
            if original != "’" { letters += 1 }
            if original.value >= 0x300, original != "’", original != "\u{2011}" { isPlain = false }
          }
          index += 1
          guard index < count else { break }
          let next = scalars[index]
          if isLetter(next) { continue }
          if isJoiner(next), index + 1 < count, isLetter(scalars[index + 1]) { continue }
          break
        }
        // A compound is recognised by its bytes as written ("tjuefem", "fireårig").
        let startsCompound =
          byteCount >= 5 && NumberWords.startsWithMorpheme(word, byteCount: byteCount)
        if !isPlain {
          // Lexicon lookups compare canonical forms, as `String` equality does.
          let text = lowerText(of: scalars[start..<index])
          word = Word(utf8: text.precomposedStringWithCanonicalMapping.utf8)
        }
        let mayStart = startsCompound || Lexicon.phraseStarters.contains(word)
        tokens.append(
          Token(
            kind: .word, gap: gap, start: start, end: index, word: word,
            isCapitalized: isUppercase(scalar), isAllCaps: letters >= 2 && capitals == letters,
            mayStartPhrase: mayStart, startsCompound: startsCompound, isRespelt: !isPlain))
      } else {
        index += 1
        tokens.append(
          Token(
            kind: .symbol, gap: gap, start: start, end: index,
            word: Word(scalar: scalar), symbol: scalar, isCapitalized: false,
            isAllCaps: false))
      }
      gap = .none
      spaceRun = 0
    }
    return tokens
  }

  /// The lower-case text of the word `scalars`, as the tokenizer spells it.
  static func lowerText(of scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    for scalar in scalars {
      appendUTF8(isUppercase(scalar) ? lowercase(scalar) : scalar, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The lower-case form of an upper-case letter (ASCII and Latin-1 without Foundation).
  @inline(__always)
  private static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x80 || (value >= 0xC0 && value <= 0xDE && value != 0xD7) {
      return Unicode.Scalar(value + 0x20) ?? scalar
    }
    return Character(scalar).lowercased().unicodeScalars.first ?? scalar
  }

  /// Appends the UTF-8 encoding of `scalar`.
  private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case 0..<0x80:
      bytes.append(UInt8(value))
    case 0x80..<0x800:
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    default:
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  /// `.single` for the spaces that may group thousands, `.wide` for other whitespace.
  @inline(__always)
  private static func spaceKind(_ scalar: Unicode.Scalar) -> Token.Gap? {
    if scalar.value == 0x20 { return .single }
    if scalar.value > 0x20 && scalar.value < 0x7F { return nil }
    return switch scalar.value {
    case 0x20, 0xA0, 0x202F, 0x2009, 0x2007: .single
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029, 0x1680, 0x2000...0x2006, 0x2008,
      0x200A, 0x205F, 0x3000:
      .wide
    default: nil
    }
  }

  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  @inline(__always)
  private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "'" || scalar == "’" || scalar == "\u{2011}"
  }

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
    }
    if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }
    if value >= 0x300 && value <= 0x36F { return true }  // combining accents
    if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
    return scalar.properties.isAlphabetic
  }

  @inline(__always)
  private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    if value >= 0xC0 && value <= 0xDE { return value != 0xD7 }
    if value < 0x100 { return false }
    return scalar.properties.isUppercase
  }
}
