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
    return text.withUTF8 { bytes in
      var buffer = TokenBuffer(capacity: bytes.count / 4 + 4)
      defer { buffer.deallocate() }
      _ = tokens(of: bytes, into: &buffer, tables: WordTables())
      return Array(buffer.tokens)
    }
  }

  /// The tokens of the UTF-8 `bytes` (valid UTF-8, as a `String` holds), whether any of
  /// them is a number or a word that may start a phrase (without one, a sentence has no
  /// phrase, since phrases start only there), and whether the sentence is written all in
  /// capitals: no word holds a lower-case letter ("DET VAR 400 PERSONER"), so a capital
  /// says nothing about acronyms or names there. The tokens are appended to `tokens`; words
  /// are classified with `tables`.
  static func tokens(
    of bytes: UnsafeBufferPointer<UInt8>, into tokens: inout TokenBuffer, tables: WordTables
  ) -> (mayHoldPhrase: Bool, isAllCapitals: Bool) {
    var mayHoldPhrase = false
    var hasSmallLetter = false
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
      // Most words: ASCII letters, or ASCII and Latin-1 letters ("måneder"), up to an ASCII
      // byte that joins nothing (a space, a full stop, a comma). The general path below
      // reads every other word.
      var found: LatinWord?
      if (lead | 0x20) &- 0x61 < 26 {
        let run = asciiLetterRun(bytes, from: index)
        let end = index + run.count
        if end == count
          || (bytes[end] < 0x80 && bytes[end] != UInt8(ascii: "-")
            && bytes[end] != UInt8(ascii: "'"))
        {
          found = LatinWord(
            byteCount: run.count, scalarCount: run.count,
            word: Word(bytes, from: index, count: run.count, orMask: 0x20),
            isCapitalized: lead < 0x61, hasSmall: run.hasSmall)
        } else if bytes[end] == 0xC3 {
          found = latinWord(bytes, from: index)
        }
      } else if lead == 0xC3 {
        found = latinWord(bytes, from: index)
      }
      if let found {
        let end = index &+ found.byteCount
        let token = wordToken(
          found.word, asWritten: found.word, byteCount: found.byteCount, isPlain: true,
          gap: gap, isCapitalized: found.isCapitalized,
          isAllCaps: found.scalarCount >= 2 && !found.hasSmall, start: scalarIndex,
          end: scalarIndex &+ found.scalarCount, byteStart: index, byteEnd: end, tables: tables)
        mayHoldPhrase = mayHoldPhrase || token.mayStartPhrase
        hasSmallLetter = hasSmallLetter || found.hasSmall
        tokens.append(token)
        scalarIndex &+= found.scalarCount
        // The space after a word is read here, as the loop would read it next.
        if end < count, bytes[end] == 0x20 {
          index = end &+ 1
          scalarIndex &+= 1
          gap = .single
          spaceRun = 1
        } else {
          index = end
          gap = .none
          spaceRun = 0
        }
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
        while index < count, bytes[index] &- 0x30 < 10 {
          if index - byteStart < 18 { value = value &* 10 &+ Int(bytes[index] &- 0x30) }
          index += 1
        }
        let digits = index - byteStart
        scalarIndex += digits
        mayHoldPhrase = true
        // A word right before the number, or before a full stop or "§" before it, may be a
        // code marker ("kl. 14", "§ 12").
        let previous = tokens.count - 1
        if previous >= 0, tokens[previous].isWord {
          tokens[previous].isAnchor = true
        } else if previous >= 1, tokens[previous].is(".") || tokens[previous].is("§"),
          tokens[previous - 1].isWord
        {
          tokens[previous - 1].isAnchor = true
        }
        tokens.append(
          Token(
            kind: .number, gap: gap, isAnchor: true, start: start, end: scalarIndex,
            word: Word(bytes, from: byteStart, count: digits, orMask: 0),
            byteStart: byteStart, byteEnd: index,
            number: digits <= 18 ? value : -1))
      } else if isLetter(scalar) {
        // Leading ASCII letters are packed eight at a time; after them, each letter (and
        // each joiner with a letter after it) is lowered and packed as it is read.
        var letters = 0
        var isSmall = false  // a letter that is not a capital was read
        var isPlain = true  // NFC-stable scalars, each its own character
        let run = asciiLetterRun(bytes, from: index)
        index += run.count
        var byteCount = run.count
        var word = Word(bytes, from: byteStart, count: byteCount, orMask: 0x20)
        letters = byteCount
        isSmall = run.hasSmall
        scalarIndex += byteCount
        while index < count {
          if (bytes[index] | 0x20) &- 0x61 < 26 {
            // ASCII letters after one that is not ("måneder"): packed as a run, as above.
            let run = asciiLetterRun(bytes, from: index)
            word.append(bytes, from: index, count: run.count, orMask: 0x20, byteCount: &byteCount)
            letters += run.count
            isSmall = isSmall || run.hasSmall
            index += run.count
            scalarIndex += run.count
            continue
          }
          let (next, nextLength) = decode(bytes, at: index)
          if !isLetter(next) {
            guard isJoiner(next), index + nextLength < count,
              isLetter(decode(bytes, at: index + nextLength).scalar)
            else { break }
          }
          if next.value < 0x80 {
            // ASCII: a letter, or the hyphen or apostrophe inside a word.
            // Setting 0x20 lowers a letter and keeps "-" and "'".
            let byte = UInt8(truncatingIfNeeded: next.value)
            word.append(byte: byte | 0x20, byteCount: &byteCount)
            if !isJoiner(next) {
              letters += 1
              if byte >= 0x61 { isSmall = true }
            }
          } else {
            if isUppercase(next) {
              word.append(lowercase(next), byteCount: &byteCount)
            } else {
              for offset in index..<(index + nextLength) {
                word.append(byte: bytes[offset], byteCount: &byteCount)
              }
              if next != "’" { isSmall = true }
            }
            if next != "’" { letters += 1 }
            if next.value >= 0x300, next != "’", next != "\u{2011}" { isPlain = false }
          }
          index += nextLength
          scalarIndex += 1
        }
        var canonical = word
        if !isPlain {
          // Lexicon lookups compare canonical forms, as `String` equality does.
          let text = lowerText(of: UnsafeBufferPointer(rebasing: bytes[byteStart..<index]))
          canonical = Word(utf8: text.precomposedStringWithCanonicalMapping.utf8)
        }
        tokens.append(
          wordToken(
            canonical, asWritten: word, byteCount: byteCount, isPlain: isPlain, gap: gap,
            isCapitalized: isUppercase(scalar), isAllCaps: letters >= 2 && !isSmall,
            start: start, end: scalarIndex, byteStart: byteStart, byteEnd: index, tables: tables))
        mayHoldPhrase = mayHoldPhrase || tokens[tokens.count - 1].mayStartPhrase
        hasSmallLetter = hasSmallLetter || isSmall
      } else {
        index += length
        scalarIndex += 1
        tokens.append(
          Token(
            kind: .symbol, gap: gap, isAnchor: scalar == "§", start: start, end: scalarIndex,
            word: Word(bytes, from: byteStart, count: length, orMask: 0),
            symbol: scalar, byteStart: byteStart,
            byteEnd: index))
      }
      gap = .none
      spaceRun = 0
    }
    return (mayHoldPhrase, !hasSmallLetter)
  }

  /// A word read by the fast path: its UTF-8 length, its scalars, its lower-case spelling,
  /// whether its first letter is a capital and whether one of its letters is not.
  struct LatinWord {
    var byteCount: Int
    var scalarCount: Int
    var word: Word
    var isCapitalized: Bool
    var hasSmall: Bool
  }

  /// The word from `start` when it is made of ASCII letters and Latin-1 letters ("måneder",
  /// "Økonomi") only and ends at the end of the sentence or at an ASCII byte that joins
  /// nothing; `nil` for any other word (a joiner, an accent, another script), which the
  /// general path reads. Spelt, and counted, as the general path would (see
  /// `Word.lowercasedLatin1()`). Speed: one Norwegian word in eight has
  /// "æ", "ø" or "å", and the general path decodes and tests every scalar of it.
  @inline(never)
  static func latinWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> LatinWord? {
    let count = bytes.count
    let run = asciiLetterRun(bytes, from: start)
    var index = start &+ run.count
    var scalarCount = run.count
    var hasSmall = run.hasSmall
    var isCapitalized = run.count > 0 && bytes[start] < 0x61
    // Each Latin-1 letter ("C3 80"–"C3 BF"), then the ASCII letters after it.
    while index &+ 1 < count, bytes[index] == 0xC3 {
      let second = bytes[index &+ 1]
      // "×" and "÷" are no letters.
      guard second != 0x97, second != 0xB7 else { return nil }
      let isCapital = second < 0x9F
      if index == start { isCapitalized = isCapital }
      let next = asciiLetterRun(bytes, from: index &+ 2)
      hasSmall = hasSmall || !isCapital || next.hasSmall
      index &+= 2 &+ next.count
      scalarCount &+= 1 &+ next.count
    }
    guard scalarCount > 0 else { return nil }
    if index < count {
      let byte = bytes[index]
      guard byte < 0x80, byte != UInt8(ascii: "-"), byte != UInt8(ascii: "'") else { return nil }
    }
    // Packed as written, then lowered all at once.
    let byteCount = index &- start
    return LatinWord(
      byteCount: byteCount, scalarCount: scalarCount,
      word: Word(bytes, from: start, count: byteCount, orMask: 0).lowercasedLatin1(),
      isCapitalized: isCapitalized, hasSmall: hasSmall)
  }

  /// The tables a word is classified with, read from `Lexicon` and `NumberWords` once per
  /// scanner: reading them once per sentence retained and released their arrays each time
  /// (about 2% of the scanner's time).
  struct WordTables: Sendable {
    let starters = Lexicon.phraseStarters
    let starterFilter = Lexicon.phraseStarterFilter
    let morphemes = NumberWords.morphemeFilter
    let compoundTails = NumberWords.compoundTails
  }

  /// The token of a word: `word` is its canonical spelling, `asWritten` its spelling as
  /// written (they differ only when the word is not plain), `byteCount` the length of that.
  @inline(__always)
  private static func wordToken(
    _ word: Word, asWritten: Word, byteCount: Int, isPlain: Bool, gap: Token.Gap,
    isCapitalized: Bool, isAllCaps: Bool, start: Int, end: Int, byteStart: Int, byteEnd: Int,
    tables: WordTables
  ) -> Token {
    // A compound is recognised by its bytes as written ("tjuefem", "fireårig"). A plain word
    // whose last two bytes end neither a number nor a duration adjective ("tilbud", "etter")
    // could only be a compound that is neither, so it is not looked at as one.
    let isPacked = isPlain && !word.isLong
    let startsCompound =
      byteCount >= 5 && tables.morphemes.mayMatch(asWritten)
      && (!isPacked || tables.compoundTails.mayMatch(word, byteCount: byteCount))
      && NumberWords.startsWithMorpheme(asWritten, byteCount: byteCount)
    var mayStart = tables.starterFilter.mayMatch(word) && tables.starters.contains(word)
    var compoundValue: Int32 = -1
    if startsCompound {
      if isPacked {
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
    return Token(
      kind: .word, gap: gap, isCapitalized: isCapitalized, isAllCaps: isAllCaps,
      mayStartPhrase: mayStart, isAnchor: mayStart, startsCompound: startsCompound,
      isRespelt: !isPlain, start: start, end: end, word: word, compoundValue: compoundValue,
      byteStart: byteStart, byteEnd: byteEnd)
  }

  /// The length of the run of ASCII letters from `start`, and whether one of them is
  /// lower-case: eight bytes at a time, each byte tested in parallel.
  @inline(__always)
  static func asciiLetterRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int)
    -> (count: Int, hasSmall: Bool)
  {
    guard let base = bytes.baseAddress else { return (0, false) }
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var index = start
    // The letters read, ORed: each lower-case letter sets its byte's 0x20 bit.
    var small: UInt64 = 0
    while index &+ 8 <= bytes.count {
      let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self).littleEndian
      // Each byte folded to lower case and 7 bits; no sum below carries into the next byte.
      let folded = (chunk | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
      // High bit set where the byte is ASCII and its folded value lies in "a"..."z".
      let letters =
        (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~chunk & highBits
      guard letters == highBits else {
        // The first byte that is not a letter ends the run (no index arithmetic overflows:
        // it stays within the buffer).
        let length = (~letters & highBits).trailingZeroBitCount &>> 3
        small |= chunk & ((1 &<< UInt64(length &* 8)) &- 1)
        index &+= length
        return (index &- start, small & 0x2020_2020_2020_2020 != 0)
      }
      small |= chunk
      index &+= 8
    }
    while index < bytes.count {
      let byte = bytes[index]
      guard (byte | 0x20) &- 0x61 < 26 else { break }
      small |= UInt64(byte)
      index &+= 1
    }
    return (index &- start, small & 0x2020_2020_2020_2020 != 0)
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
