import Foundation

/// Splits a sentence into tokens: words, digit runs and single symbols.
///
/// Reads the sentence's UTF-8 directly (ASCII bytes without decoding) and counts scalars as
/// it goes, so that every token knows its exact scalar offset as well as its bytes.
/// Letters are ASCII, Latin-1 and Latin Extended letters and anything Unicode calls
/// alphabetic; a hyphen or apostrophe between two letters stays inside the word
/// ("VTA-plasser", "PFF-ordningen"), one followed by a space ends it ("helse- og").
struct Tokenizer {
  /// The tokens of `text`, in order.
  static func tokens(of text: String) -> [Token] {
    var text = text
    return text.withUTF8 { tokens(of: $0).tokens }
  }

  /// The tokens of the UTF-8 `bytes` (valid UTF-8, as a `String` holds), and whether any of
  /// them is a number or a word that may start a phrase: without one, a sentence has no
  /// phrase, since phrases start only there.
  static func tokens(of bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], mayHoldPhrase: Bool) {
    var tokens: [Token] = []
    tokens.reserveCapacity(bytes.count / 5 + 1)
    // Tables read once per sentence, not once per word.
    let starters = Lexicon.phraseStarters
    let starterFilter = Lexicon.phraseStarterFilter
    let morphemes = NumberWords.morphemeFilter
    var mayHoldPhrase = false
    var index = 0
    var scalarIndex = 0
    var gap = Token.Gap.none
    var spaceRun = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead == 0x20 {
        spaceRun += 1
        gap = spaceRun == 1 ? .single : .wide
        index += 1
        scalarIndex += 1
        continue
      }
      let (scalar, length) = decode(bytes, at: index)
      if lead < 0x21 || lead >= 0x7F, let space = spaceKind(scalar) {
        spaceRun += 1
        gap = (spaceRun == 1 && space == .single) ? .single : .wide
        index += length
        scalarIndex += 1
        continue
      }
      let start = scalarIndex
      let byteStart = index
      if lead &- 0x30 < 10 {
        var value = 0
        var word = Word()
        var digits = 0
        while index < count, bytes[index] &- 0x30 < 10 {
          if digits < 18 { value = value * 10 + Int(bytes[index] &- 0x30) }
          word.append(byte: bytes[index], byteCount: &digits)
          index += 1
        }
        scalarIndex += digits
        mayHoldPhrase = true
        tokens.append(
          Token(
            kind: .number, gap: gap, start: start, end: scalarIndex, word: word,
            byteStart: Int32(truncatingIfNeeded: byteStart), byteEnd: Int32(truncatingIfNeeded: index),
            number: digits <= 18 ? value : -1))
      } else if isLetter(scalar) {
        // One pass: each letter (and each joiner with a letter after it) is lowered and
        // packed as it is read.
        var capitals = 0
        var letters = 0
        var isPlain = true  // NFC-stable scalars, each its own character
        var word = Word()
        var byteCount = 0
        var current = scalar
        var currentLength = length
        while true {
          if current.value < 0x80 {
            // ASCII: a letter, or the hyphen or apostrophe inside a word; then the ASCII
            // letters after it, in a tight loop.
            var byte = UInt8(truncatingIfNeeded: current.value)
            if byte &- 0x41 < 26 {
              capitals += 1
              byte |= 0x20
            }
            word.append(byte: byte, byteCount: &byteCount)
            if byte != UInt8(ascii: "-") && byte != UInt8(ascii: "'") { letters += 1 }
            index += 1
            scalarIndex += 1
            while index < count {
              let next = bytes[index]
              let lowered = next | 0x20
              guard lowered &- 0x61 < 26 else { break }
              if next < 0x61 { capitals += 1 }
              word.append(byte: lowered, byteCount: &byteCount)
              letters += 1
              index += 1
              scalarIndex += 1
            }
          } else {
            if isUppercase(current) {
              capitals += 1
              word.append(lowercase(current), byteCount: &byteCount)
            } else {
              for offset in index..<(index + currentLength) {
                word.append(byte: bytes[offset], byteCount: &byteCount)
              }
            }
            if current != "’" { letters += 1 }
            if current.value >= 0x300, current != "’", current != "\u{2011}" { isPlain = false }
            index += currentLength
            scalarIndex += 1
          }
          guard index < count else { break }
          let (next, nextLength) = decode(bytes, at: index)
          if !isLetter(next) {
            guard isJoiner(next), index + nextLength < count,
              isLetter(decode(bytes, at: index + nextLength).scalar)
            else { break }
          }
          current = next
          currentLength = nextLength
        }
        // A compound is recognised by its bytes as written ("tjuefem", "fireårig").
        let startsCompound =
          byteCount >= 5 && morphemes.mayMatch(word)
          && NumberWords.startsWithMorpheme(word, byteCount: byteCount)
        if !isPlain {
          // Lexicon lookups compare canonical forms, as `String` equality does.
          let text = lowerText(of: UnsafeBufferPointer(rebasing: bytes[byteStart..<index]))
          word = Word(utf8: text.precomposedStringWithCanonicalMapping.utf8)
        }
        var mayStart = starterFilter.mayMatch(word) && starters.contains(word)
        var compoundValue: Int32 = -1
        if startsCompound {
          if isPlain, !word.isLong {
            // Only a compound that spells a number, or a number-and-unit adjective
            // ("fireårig"), can start a phrase; "tilbud" and "etter" cannot.
            if let value = NumberWords.value(ofCompound: word) {
              compoundValue = Int32(clamping: value)
            }
            mayStart = mayStart || compoundValue >= 0 || Lexicon.endsLikeDurationAdjective(word)
          } else {
            mayStart = true
          }
        }
        mayHoldPhrase = mayHoldPhrase || mayStart
        tokens.append(
          Token(
            kind: .word, gap: gap, isCapitalized: isUppercase(scalar),
            isAllCaps: letters >= 2 && capitals == letters, mayStartPhrase: mayStart,
            startsCompound: startsCompound, isRespelt: !isPlain, start: start, end: scalarIndex,
            word: word, byteStart: Int32(truncatingIfNeeded: byteStart),
            byteEnd: Int32(truncatingIfNeeded: index), compoundValue: compoundValue))
      } else {
        index += length
        scalarIndex += 1
        tokens.append(
          Token(
            kind: .symbol, gap: gap, start: start, end: scalarIndex,
            word: Word(utf8: UnsafeBufferPointer(rebasing: bytes[byteStart..<index])),
            symbol: scalar, byteStart: Int32(truncatingIfNeeded: byteStart),
            byteEnd: Int32(truncatingIfNeeded: index)))
      }
      gap = .none
      spaceRun = 0
    }
    return (tokens, mayHoldPhrase)
  }

  /// The scalar starting at byte `index` of valid UTF-8, and its length in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (scalar: Unicode.Scalar, length: Int)
  {
    let lead = UInt32(bytes[index])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), 1) }
    var value: UInt32
    var length: Int
    switch lead {
    case 0xC0..<0xE0: (value, length) = (lead & 0x1F, 2)
    case 0xE0..<0xF0: (value, length) = (lead & 0x0F, 3)
    default: (value, length) = (lead & 0x07, 4)
    }
    for offset in 1..<length where index + offset < bytes.count {
      value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The lower-case text of the word spelt by the UTF-8 `bytes`, as the tokenizer spells it.
  static func lowerText(of bytes: UnsafeBufferPointer<UInt8>) -> String {
    var lowered: [UInt8] = []
    lowered.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let (scalar, length) = decode(bytes, at: index)
      appendUTF8(isUppercase(scalar) ? lowercase(scalar) : scalar, to: &lowered)
      index += length
    }
    return String(decoding: lowered, as: UTF8.self)
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
