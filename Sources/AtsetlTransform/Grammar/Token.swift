/// One word, digit run or symbol of a sentence, with where it stands.
///
/// `start` and `end` count Unicode scalars in the sentence, `byteStart` and `byteEnd` its
/// UTF-8 bytes. Whitespace is not a token: each token records the `gap` before it instead,
/// which is what decides whether "7 849" is one number and whether "COVID-19" is a code. A token holds no reference (its spelling is a
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

  // Flags and kinds first, then offsets and spelling: the layout keeps a token at 80 bytes.
  var kind: Kind
  var gap: Gap
  /// The word begins with a capital letter ("Cirka", "VTA-plasser").
  var isCapitalized: Bool = false
  /// Every letter is a capital, and there are at least two ("VTA", "NOK").
  var isAllCaps: Bool = false
  /// A word that may start a phrase (a number word, ordinal, fraction, month, …, or a
  /// compound of number morphemes that spells a number or a duration adjective). Other
  /// words are skipped at once.
  var mayStartPhrase: Bool = false
  /// Something may start here: a number, a word that may start a phrase, "§", or a word
  /// with a number right after it (or after a full stop or "§" after it), which may be a
  /// code marker ("kl. 14"). The phrase reader skips every other token at once.
  var isAnchor: Bool = false
  /// The word begins with a number morpheme and is long enough to be a compound
  /// ("tjuefem", "fireårig"); no other word can spell a number on its own. Left false for a
  /// plain word that cannot end like a number or a duration adjective ("tilbud"): it would
  /// change nothing there.
  var startsCompound: Bool = false
  /// The word holds a scalar from U+0300 up (a combining accent, a non-Latin letter), so
  /// `word` spells its canonical (NFC) form and its text as written must be read again.
  var isRespelt: Bool = false
  /// Scalar range in the sentence.
  var start: Int
  var end: Int
  /// Lower-case spelling of words, digits of numbers, the scalar of symbols.
  var word: Word
  /// The scalar of a symbol (unused for words and numbers).
  var symbol: Unicode.Scalar = "\0"
  /// The number a compound spells ("tjuefem": 25) when `startsCompound` and the word is
  /// plain and short enough to be packed whole; else -1.
  var compoundValue: Int32 = -1
  /// UTF-8 byte range in the sentence.
  var byteStart: Int
  var byteEnd: Int
  /// The value of a number of at most 18 digits (else -1); unused for words and symbols.
  var number: Int = -1

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
  /// `sentence` is the UTF-8 of the sentence the token was read from.
  func text(in sentence: UnsafeBufferPointer<UInt8>) -> String {
    if !isRespelt, let text = word.text { return text }
    return Tokenizer.lowerText(of: bytes(in: sentence))
  }

  /// The token's UTF-8 as written.
  func bytes(in sentence: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: sentence[byteStart..<byteEnd])
  }
}
