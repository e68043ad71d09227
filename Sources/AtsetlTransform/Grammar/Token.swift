/// One word, digit run or symbol of a sentence, with where it stands.
///
/// Offsets count Unicode scalars in the sentence. Whitespace is not a token: each token
/// records the `gap` before it instead, which is what decides whether "7 849" is one
/// number and whether "COVID-19" is a code. A token holds no reference (its spelling is a
/// packed `Word`), so arrays of tokens copy without reference counting.
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
  /// Lower-case spelling of words, digits of numbers, the scalar of symbols.
  var word: Word
  /// The scalar of a symbol (unused for words and numbers).
  var symbol: Unicode.Scalar = "\0"
  /// The value of a number of at most 18 digits (else -1); unused for words and symbols.
  var number: Int = -1
  /// The word begins with a capital letter ("Cirka", "VTA-plasser").
  var isCapitalized: Bool
  /// Every letter is a capital, and there are at least two ("VTA", "NOK").
  var isAllCaps: Bool
  /// A word that may start a phrase (a number word, ordinal, fraction, month, …, or a
  /// compound that begins with a number morpheme). Other words are skipped at once.
  var mayStartPhrase: Bool = false
  /// The word begins with a number morpheme and is long enough to be a compound
  /// ("tjuefem", "fireårig"); no other word can spell a number on its own.
  var startsCompound: Bool = false
  /// The word holds a scalar from U+0300 up (a combining accent, a non-Latin letter), so
  /// `word` spells its canonical (NFC) form and its text as written must be read again.
  var isRespelt: Bool = false

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }
  /// Scalars in the token: a number's digit count.
  var length: Int { end - start }

  /// True when this is the symbol `scalar`.
  func `is`(_ symbol: Unicode.Scalar) -> Bool {
    kind == .symbol && self.symbol == symbol
  }

  /// True for the dashes that join a range: hyphen-minus, en dash, em dash, minus sign.
  var isDash: Bool {
    kind == .symbol && (symbol == "-" || symbol == "–" || symbol == "—" || symbol == "−")
  }
}

extension Token {
  /// The lower-case text of the token as written: what `word` spells, in full.
  ///
  /// For the rules that need more than equality (suffixes, a unit's text, digits to parse).
  func text(in scalars: [Unicode.Scalar]) -> String {
    if !isRespelt, let text = word.text { return text }
    return Tokenizer.lowerText(of: scalars[start..<end])
  }
}
