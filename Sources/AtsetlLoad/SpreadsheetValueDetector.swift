/// Tells whether a spreadsheet opening a CSV would turn a text cell into something else.
///
/// Excel (and LibreOffice) guess a type for every unquoted-or-quoted CSV cell: digits become
/// numbers (dropping leading zeros, rounding past 15 digits), `8.16` and `01.05` become dates
/// under Norwegian settings, `12:30` a time, `12 %` a percentage, `kr 400` currency, `2e5`
/// scientific, `(5)` a negative number, `mai 2017` a date, `SANN` a boolean. This detector is
/// deliberately generous: a false positive costs one invisible character, a miss corrupts a value.
enum SpreadsheetValueDetector {
  /// Month names and abbreviations (bokmål, nynorsk, English) Excel reads in dates.
  static let monthWords: Set<[UInt8]> = bytes([
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "des", "january", "february", "march", "may", "june", "july",
    "october", "december", "oct", "dec",
  ])
  /// Other words a number-like cell may hold: currency and the scientific `e`.
  static let otherWords: Set<[UInt8]> = bytes(["kr", "nok", "e"])
  /// Cells Excel reads as booleans (Norwegian and English).
  static let booleans: Set<[UInt8]> = bytes(["sann", "usann", "true", "false"])

  private static func bytes(_ words: [String]) -> Set<[UInt8]> { Set(words.map { Array($0.utf8) }) }

  /// Whether `text` (at most 64 bytes) is a digit-bearing run of numbers, date/time punctuation,
  /// month names, currency words or a boolean.
  ///
  /// Every text cell of the Excel dialect passes here, so it reads UTF-8 bytes: the words it
  /// knows are all ASCII, so any other letter or symbol (but the no-break space) means text.
  static func looksLikeValue(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { utf8 in
      // Numbers, dates and times are short; this keeps sentences cheap.
      guard utf8.count <= 64 else { return false }
      // Without a digit only a boolean can be a value; most text cells end here.
      guard utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
        return utf8.count <= 16 && startsLikeBoolean(utf8)
          && booleans.contains(trimmedLowercase(utf8))
      }
      var word: [UInt8] = []
      var hasDigit = false
      var index = 0
      while index < utf8.count {
        let byte = utf8[index]
        index += 1
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
          hasDigit = true
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
          word.append(byte)
          continue
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          word.append(byte + 32)
          continue
        case 0xC2 where index < utf8.count && utf8[index] == 0xA0:
          index += 1  // no-break space
        case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
          UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "%"),
          UInt8(ascii: "("), UInt8(ascii: ")"):
          break
        default:
          return false
        }
        if !word.isEmpty {
          guard isAllowed(word) else { return false }
          word.removeAll(keepingCapacity: true)
        }
      }
      return hasDigit && (word.isEmpty || isAllowed(word))
    }
  }

  /// `bytes` without leading and trailing spaces and no-break spaces, ASCII lower-cased.
  /// Whether the first byte past leading spaces is a letter a boolean starts with (s, u, t,
  /// f, either case): a short word such as a unit or a qualifier is ruled out without
  /// building and hashing its lower-case copy.
  private static func startsLikeBoolean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      switch bytes[index] | 0x20 {
      case UInt8(ascii: " "): index += 1
      case 0xE2 where bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0:
        index += 2  // no-break space (0xC2 | 0x20 is 0xE2)
      case UInt8(ascii: "s"), UInt8(ascii: "u"), UInt8(ascii: "t"), UInt8(ascii: "f"): return true
      default: return false
      }
    }
    return false
  }

  private static func trimmedLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var start = 0
    var end = bytes.count
    while start < end {
      if bytes[start] == UInt8(ascii: " ") {
        start += 1
      } else if end - start >= 2, bytes[start] == 0xC2, bytes[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while start < end {
      if bytes[end - 1] == UInt8(ascii: " ") {
        end -= 1
      } else if end - start >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA0 {
        end -= 2
      } else {
        break
      }
    }
    return bytes[start..<end].map {
      $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0
    }
  }

  private static func isAllowed(_ word: [UInt8]) -> Bool {
    monthWords.contains(word) || otherWords.contains(word)
  }
}
