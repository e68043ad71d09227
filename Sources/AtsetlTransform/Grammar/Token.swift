/// One word, digit run or symbol of a sentence, with where it stands.
///
/// Offsets count Unicode scalars in the sentence. Whitespace is not a token: each token
/// records the `gap` before it instead, which is what decides whether "7 849" is one
/// number and whether "COVID-19" is a code.
struct Token: Sendable {
  enum Kind: UInt8, Sendable {
    /// Letters, with inner hyphens and apostrophes: "VTA-plasser".
    case word
    /// ASCII digits only: "2021", "7", "849".
    case number
    /// Any other single scalar: "." "," "%" "–" "(" "§" …
    case symbol
  }

  /// The whitespace between the previous token and this one.
  enum Gap: UInt8, Sendable {
    /// Touching the previous token (or first in the sentence).
    case none
    /// Exactly one space, no-break space, narrow no-break space, thin or figure space.
    case single
    /// Anything wider: several spaces, a tab, a line break.
    case wide
  }

  var kind: Kind
  var gap: Gap
  /// Scalar range in the sentence.
  var start: Int
  var end: Int
  /// Lower-case text for words, digits for numbers, the scalar for symbols.
  var lower: String
  /// The word begins with a capital letter ("Cirka", "VTA-plasser").
  var isCapitalized: Bool
  /// Every letter is a capital, and there are at least two ("VTA", "NOK").
  var isAllCaps: Bool
  /// A word that may start a phrase (a number word, ordinal, fraction, month, …, or a
  /// compound that begins with a number morpheme). Other words are skipped at once.
  var mayStartPhrase: Bool = false

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }

  /// True when this is the symbol `scalar`.
  func `is`(_ symbol: Unicode.Scalar) -> Bool {
    kind == .symbol && lower.unicodeScalars.first == symbol
  }

  /// True for the dashes that join a range: hyphen-minus, en dash, em dash, minus sign.
  var isDash: Bool {
    kind == .symbol && (lower == "-" || lower == "–" || lower == "—" || lower == "−")
  }
}
