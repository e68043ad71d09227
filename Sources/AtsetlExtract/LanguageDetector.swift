import AtsetlModel

/// Tells Nynorsk from Bokmål by counting marker words that only one of them uses.
///
/// Bokmål wins ties and texts without markers: it is by far the more common standard in
/// municipal reports.
enum LanguageDetector {
  /// Words that are Nynorsk and not Bokmål.
  static let nynorsk: Set<String> = [
    "ikkje", "eit", "ein", "frå", "blei", "vart", "korleis", "dei", "kva", "berre", "mykje",
    "meir", "fleire", "noko", "nokre", "sjølv", "heile", "hjå", "saman", "medan", "personar",
    "auke", "vore", "òg", "kvar", "kven", "sidan", "difor", "tilbod", "deltakarar", "deltakarane",
    "talet", "fekk", "gjekk", "seier", "vere", "vera", "utgjer", "tenesta", "tenester",
    "tenestene", "desse", "kvifor", "eg",
  ]
  /// Words that are Bokmål and not Nynorsk.
  static let bokmal: Set<String> = [
    "ikke", "et", "fra", "ble", "hvordan", "de", "hva", "bare", "mye", "mer", "flere", "noe",
    "noen", "selv", "hele", "hos", "sammen", "mens", "personer", "økning", "vært", "også", "hver",
    "hvem", "siden", "tilbud", "deltakere", "deltakerne", "tallet", "fikk", "gikk", "sier",
    "være", "utgjør", "tjenesten", "tjenester", "tjenestene", "hvor", "hvis", "hvorfor", "disse",
    "hvilke", "jeg",
  ]

  /// The most words read; a report's first pages tell the standard well enough.
  static let wordLimit = 3_000

  /// The standard the texts are written in; `nb` when unsure.
  static func detect(_ texts: some Sequence<String>) -> Language {
    var nn = 0
    var nb = 0
    var words = 0
    // The current word's length and, as long as it could be a marker, its letters.
    var length = 0
    var word: [Unicode.Scalar] = []
    word.reserveCapacity(longestMarker)
    func count() {
      guard length > 0 else { return }
      words += 1
      // Every marker word is short; longer words need no look-up (nor a String).
      if length <= longestMarker {
        let language: Language?
        if let packed = PackedWord(lowercasing: word) {
          language = packed.mayBeMarker ? markers[packed] : nil
        } else {
          let lower = String(String.UnicodeScalarView(word)).lowercased()
          language = nynorsk.contains(lower) ? .nn : bokmal.contains(lower) ? .nb : nil
        }
        if language == .nn { nn += 1 } else if language == .nb { nb += 1 }
      }
      length = 0
      word.removeAll(keepingCapacity: true)
    }
    for text in texts where words < wordLimit {
      for scalar in text.unicodeScalars {
        if isLetter(scalar) {
          length += 1
          if length <= longestMarker { word.append(scalar) }
        } else {
          count()
        }
      }
      count()
    }
    return nn >= 2 && nn > nb ? .nn : .nb
  }

  /// The marker words by their packed form; a word in both lists counts as Nynorsk.
  static let markers: [PackedWord: Language] = {
    var markers: [PackedWord: Language] = [:]
    for (words, language) in [(bokmal, Language.nb), (nynorsk, .nn)] {
      for word in words {
        if let packed = PackedWord(lowercasing: Array(word.unicodeScalars)) {
          markers[packed] = language
        }
      }
    }
    return markers
  }()

  /// A word of at most 16 Latin-1 letters, lower-cased, one byte per letter in two integers:
  /// a look-up key that needs no `String`.
  ///
  /// For such a word, lower-casing is adding 0x20 to A–Z and À–Þ (except ×), and equal
  /// packed words are equal strings (Latin-1 text has no combining marks, so it is NFC).
  /// Other words (a Kelvin sign lower-cases to "k") take the `String` path.
  struct PackedWord: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var length = 0

    /// False when no marker word has this word's first letter and length, which is most
    /// words: they need no look-up.
    var mayBeMarker: Bool { Self.shapes[Int(low & 0xFF)] & (1 << length) != 0 }

    /// Bit *n* of `shapes[b]` is set when a marker word of *n* letters starts with byte *b*.
    private static let shapes: [UInt32] = {
      var shapes = [UInt32](repeating: 0, count: 256)
      for word in markers.keys { shapes[Int(word.low & 0xFF)] |= 1 << word.length }
      return shapes
    }()

    init?(lowercasing word: [Unicode.Scalar]) {
      guard word.count <= 16 else { return nil }
      length = word.count
      for (index, scalar) in word.enumerated() {
        guard scalar.value > 0, scalar.value < 0x100 else { return nil }
        var value = UInt64(scalar.value)
        if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) {
          value += 0x20
        }
        if index < 8 {
          low |= value << (8 * index)
        } else {
          high |= value << (8 * (index - 8))
        }
      }
    }
  }

  /// The length of the longest marker word, in scalars.
  static let longestMarker = nynorsk.union(bokmal).map(\.unicodeScalars.count).max() ?? 0

  /// A letter (`Alphabetic`): ASCII and Latin-1 letters at once, others by their Unicode
  /// property.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: true
    case 0..<0x100: false
    default: scalar.properties.isAlphabetic
    }
  }
}
