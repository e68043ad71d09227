/// Tells whether a spreadsheet opening a CSV would turn a text cell into something else.
///
/// Excel (and LibreOffice) guess a type for every unquoted-or-quoted CSV cell: digits become
/// numbers (dropping leading zeros, rounding past 15 digits), `8.16` and `01.05` become dates
/// under Norwegian settings, `12:30` a time, `12 %` a percentage, `kr 400` currency, `2e5`
/// scientific, `(5)` a negative number, `mai 2017` a date, `SANN` a boolean. This detector is
/// deliberately generous: a false positive costs one invisible character, a miss corrupts a value.
enum SpreadsheetValueDetector {
  /// Month names and abbreviations (bokmål, nynorsk, English) Excel reads in dates.
  static let monthWords: Set<String> = [
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "okt", "nov", "des", "january", "february", "march", "may", "june", "july",
    "october", "december", "oct", "dec",
  ]
  /// Other words a number-like cell may hold: currency and the scientific `e`.
  static let otherWords: Set<String> = ["kr", "nok", "e"]
  /// Cells Excel reads as booleans (Norwegian and English).
  static let booleans: Set<String> = ["sann", "usann", "true", "false"]
  /// Characters a number, date, time or percentage may hold besides digits and words.
  static let punctuation: Set<Unicode.Scalar> = [
    " ", "\u{A0}", ".", ",", ":", "/", "-", "+", "%", "(", ")",
  ]

  /// Whether `text` (at most 64 bytes) is a digit-bearing run of numbers, date/time punctuation, month names,
  /// currency words or a boolean.
  static func looksLikeValue(_ text: String) -> Bool {
    // Numbers, dates and times are short; this keeps sentences cheap.
    guard text.utf8.count <= 64 else { return false }
    // Without a digit only a boolean can be a value; most text cells end here.
    if !text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
      guard text.utf8.count <= 16 else { return false }
      return booleans.contains(text.lowercased().trimmingScalars(" \u{A0}"))
    }
    let lowered = text.lowercased().trimmingScalars(" \u{A0}")
    if booleans.contains(lowered) { return true }
    var hasDigit = false
    var word = ""
    for scalar in lowered.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        hasDigit = true
      } else if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
        continue
      } else if !punctuation.contains(scalar) {
        return false
      }
      if !word.isEmpty {
        guard isAllowed(word) else { return false }
        word = ""
      }
    }
    return hasDigit && (word.isEmpty || isAllowed(word))
  }

  private static func isAllowed(_ word: String) -> Bool {
    monthWords.contains(word) || otherWords.contains(word)
  }
}

extension String {
  /// The string without leading and trailing scalars from `set`.
  fileprivate func trimmingScalars(_ set: String) -> String {
    let trimmed = Set(set.unicodeScalars)
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !trimmed.contains($0) }),
      let end = scalars.lastIndex(where: { !trimmed.contains($0) })
    else { return "" }
    return String(scalars[start...end])
  }
}
