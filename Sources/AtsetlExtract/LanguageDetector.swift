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
    var word = String.UnicodeScalarView()
    func count() {
      guard !word.isEmpty else { return }
      words += 1
      // Every marker word is short; longer words need no look-up (nor a String).
      if word.count <= longestMarker {
        let lower = String(word).lowercased()
        if nynorsk.contains(lower) { nn += 1 } else if bokmal.contains(lower) { nb += 1 }
      }
      word = String.UnicodeScalarView()
    }
    for text in texts where words < wordLimit {
      for scalar in text.unicodeScalars {
        if isLetter(scalar) { word.append(scalar) } else { count() }
      }
      count()
    }
    return nn >= 2 && nn > nb ? .nn : .nb
  }

  /// The length of the longest marker word, in scalars.
  static let longestMarker = nynorsk.union(bokmal).map(\.unicodeScalars.count).max() ?? 0

  /// A letter: ASCII letters at once, others by their Unicode property.
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: true
    case 0..<0x80: false
    default: scalar.properties.isAlphabetic
    }
  }
}
