import AtsetlModel
import Foundation

/// What follows a number: scale, currency, percent sign, time unit or counted noun.
struct Suffix {
  var end: Int
  var scale: Decimal = .one
  var scaleIsAbbreviation = false
  var currency: Decimal?
  var isPercent = false
  var isPoints = false
  var timeUnit: TimeUnit?
  /// The token of the counted noun.
  var noun: Int?

  /// A scale other than 1 was read. The scale is 1 or one of the lexicon's factors, so
  /// comparing its bits with those of 1 is enough, and much cheaper than `Decimal` equality.
  var isScaled: Bool { scale.powerOfTen != 0 }

  /// True when the suffix says what the number measures (so a list may share it).
  var namesUnit: Bool {
    currency != nil || isPercent || isPoints || timeUnit != nil || noun != nil || isScaled
  }
}

/// What stands before a number: qualifier, currency, range opener.
struct Prefix {
  var first: Int
  var qualifier: Qualifier = .exact
  var qualifierStart: Int?
  var qualifierWords: [Word] = []
  var currency: Decimal?
  var currencyScale: Decimal = .one
  var rangeOpener: Word?
  var rangeOpenerIndex: Int?
  /// "forbruksprosent på 99,1": where the percentage noun named before the number starts.
  var percentNounStart: Int?
}

extension PhraseReader {
  /// Reads the quantity around `core`: prefixes, a range or list partner, and suffixes.
  /// Appends what it reads to `phrases`; false when `core` is no quantity after all.
  func readQuantity(core: NumberCore, floor: Int, into phrases: inout [Phrase]) -> Bool {
    let prefix = readPrefix(before: core.start, floor: floor)

    // "tre av fire": a fraction of two small numbers.
    if let fraction = readOutOf(core: core, prefix: prefix) {
      phrases.append(fraction)
      return true
    }
    // "en av de ansatte": an article before "av" is no number after all.
    if Lexicon.articles.contains(tokens[core.start].word), core.end - core.start == 1,
      word(core.end) == "av"
    {
      return false
    }
    // "en gjennomsnittsscore på 4,3 av 6": a score; the scale's top is not a fact.
    if word(core.end) == "av", !core.isInteger, core.end + 1 < tokens.count,
      let top = readCore(at: core.end + 1), top.isInteger, top.value <= 10
    {
      var score = phrase(core: core, prefix: prefix, suffix: Suffix(end: core.end))
      score.end = top.end
      phrases.append(score)
      return true
    }

    // A range or a change: "mellom 20 og 30", "fra 2019 til 2021", "20–30", "fra 200 til 300".
    if let partner = readRangePartner(after: core, prefix: prefix) {
      return rangePhrases(core, partner, prefix: prefix, into: &phrases)
    }

    var suffix = readSuffix(from: core.end, core: core)
    // "henholdsvis 12 og 15 prosent": a list shares the unit written after its last number.
    if !suffix.namesUnit, !core.isYearLike, let shared = sharedSuffix(after: core.end) {
      suffix.scale = shared.scale
      suffix.scaleIsAbbreviation = shared.scaleIsAbbreviation
      suffix.currency = shared.currency
      suffix.isPercent = shared.isPercent
      suffix.isPoints = shared.isPoints
      suffix.timeUnit = shared.timeUnit
      suffix.noun = shared.noun
    }
    phrases.append(phrase(core: core, prefix: prefix, suffix: suffix))
    return true
  }

  // MARK: - Before the number

  /// The currency, qualifier and range opener written right before `start`.
  func readPrefix(before start: Int, floor: Int) -> Prefix {
    var prefix = Prefix(first: start)
    var cursor = start
    // The classes of the word before the number, looked up once for the currency and the
    // qualifier below.
    let previousClasses = start >= 1 ? Lexicon.classes(of: tokens[start - 1].word) : []
    // Currency: "kr", "kr.", "NOK", "MNOK".
    if cursor - 1 >= floor {
      let previous = tokens[cursor - 1]
      if previous.is("."), cursor - 2 >= floor, tokens[cursor - 2].word == "kr" {
        prefix.currency = 1
        cursor -= 2
      } else if previous.word == "kr" || (previous.word == "nok" && previous.isAllCaps) {
        prefix.currency = 1
        cursor -= 1
      } else if previousClasses.contains(.scaledCurrency),
        let scaled = Lexicon.scaledCurrencies[previous.word],
        previous.isAllCaps || previous.word == "mnok"
      {
        prefix.currency = 1
        prefix.currencyScale = scaled
        cursor -= 1
      }
    }
    // Range opener: "mellom", "fra", "frå".
    if cursor - 1 >= floor, let opener = word(cursor - 1),
      opener == "mellom" || opener == "fra" || opener == "frå"
    {
      prefix.rangeOpener = opener
      prefix.rangeOpenerIndex = cursor - 1
    }
    // Qualifier: the longest hedge that ends right before the number (or its currency).
    let lastClasses =
      cursor == start
      ? previousClasses : cursor >= 1 ? Lexicon.classes(of: tokens[cursor - 1].word) : []
    let candidates =
      lastClasses.contains(.qualifierEnd)
      ? Lexicon.qualifiersByLastWord[tokens[cursor - 1].word] ?? [] : []
    for candidate in candidates {
      let length = candidate.words.count
      let begin = cursor - length
      guard begin >= floor, matches(candidate.words, at: begin) else { continue }
      // "alle så nær som to": an idiom, not a hedge.
      if candidate.words == ["nær"], begin >= 1, word(begin - 1) == "så" { continue }
      if candidate.words.last == ".", tokens[begin + length - 1].gap != .none { continue }
      prefix.qualifier = candidate.qualifier
      prefix.qualifierStart = begin
      prefix.qualifierWords = candidate.words
      cursor = begin
      break
    }
    // "ca." is spelt "ca" "."; accept it after a qualifier-less "ca".
    if prefix.qualifierStart == nil, cursor - 2 >= floor, tokens[cursor - 1].is("."),
      word(cursor - 2) == "ca" || word(cursor - 2) == "maks"
    {
      prefix.qualifier = word(cursor - 2) == "ca" ? .approximately : .atMost
      prefix.qualifierStart = cursor - 2
      prefix.qualifierWords = [word(cursor - 2) ?? "", "."]
      cursor -= 2
    }
    // "omlag kr 0,1 mill.": a currency after the qualifier is already counted above.
    prefix.first = cursor
    // "forbruksprosent på 99,1", "sykefraværsprosenten var 7,4", "svarprosenten endte på 64".
    if prefix.qualifierStart == nil, prefix.currency == nil, cursor - 2 >= floor,
      let link = word(cursor - 1), Lexicon.isPercentLink(link)
    {
      var nounIndex = cursor - 2
      if link == "på", let verb = word(nounIndex), Lexicon.isPercentVerb(verb),
        nounIndex - 1 >= floor
      {
        nounIndex -= 1
      }
      if word(nounIndex) != nil, isPercentNoun(nounIndex) {
        prefix.percentNounStart = nounIndex
      }
    }
    return prefix
  }

  /// "forbruksprosent", "sykefraværsprosenten": a word ending with "prosent" or "prosenten"
  /// that is not "prosent" itself. A packed word whose scalars are each a character of their
  /// own is read from its bytes (there a byte suffix is a character suffix), without making
  /// its text: this is asked before most numbers ("på 400").
  private func isPercentNoun(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.isRespelt || token.word.isLong else {
      let noun = token.word
      return (noun.hasSuffix("prosent") || noun.hasSuffix("prosenten")) && noun != "prosent"
    }
    let noun = lower(index)
    return (noun.hasSuffix("prosent") || noun.hasSuffix("prosenten")) && noun != "prosent"
  }

  // MARK: - After the number

  /// Scale, currency, percent, time unit or noun after the number ending at `start`.
  func readSuffix(from start: Int, core: NumberCore) -> Suffix {
    var suffix = Suffix(end: start)
    var cursor = start
    // Scale: "mill.", "millioner", "mrd.", "tusen" (after digits), "MNOK".
    // One class lookup tells whether any table below can hold the word after the number.
    var classes = wordClasses(at: cursor)
    if let scaleWord = word(cursor), tokens[cursor].gap != .wide {
      if classes.contains(.scaleWord), let factor = Lexicon.scaleWords[scaleWord],
        core.isDigits ? scaleWord != "hundre" : factor >= 1_000_000
      {
        suffix.scale = factor
        suffix.scaleIsAbbreviation = Lexicon.abbreviatedScales.contains(scaleWord)
        cursor += 1
        if suffix.scaleIsAbbreviation, cursor < tokens.count, tokens[cursor].is("."),
          tokens[cursor].gap == .none
        {
          cursor += 1
        }
      } else if classes.contains(.scaledCurrency), let factor = Lexicon.scaledCurrencies[scaleWord]
      {
        suffix.scale = factor
        suffix.currency = 1
        cursor += 1
      }
      if cursor != start { classes = wordClasses(at: cursor) }
    }
    // Currency: "kr", "kr.", "kroner", "NOK", "norske kroner", "øre".
    if suffix.currency == nil, let currencyWord = word(cursor), tokens[cursor].gap != .wide {
      if classes.contains(.currency), let factor = Lexicon.currencies[currencyWord] {
        suffix.currency = factor
        cursor += 1
        if currencyWord == "kr", cursor < tokens.count, tokens[cursor].is("."),
          tokens[cursor].gap == .none
        {
          cursor += 1
        }
      } else if currencyWord == "nok", tokens[cursor].isAllCaps {
        suffix.currency = 1
        cursor += 1
      } else if currencyWord == "norske", word(cursor + 1) == "kroner" {
        suffix.currency = 1
        cursor += 2
      }
    }
    if suffix.currency != nil || core.hasMoneyDash {
      suffix.end = cursor
      return suffix
    }
    // Percent: "%", "%-poeng", "prosent", "pst.", "prosentpoeng".
    if cursor < tokens.count, tokens[cursor].is("%"), tokens[cursor].gap != .wide {
      cursor += 1
      if cursor + 1 < tokens.count, tokens[cursor].isDash, tokens[cursor].gap == .none,
        tokens[cursor + 1].word == "poeng", tokens[cursor + 1].gap == .none
      {
        suffix.isPoints = true
        cursor += 2
      } else {
        suffix.isPercent = true
      }
      suffix.end = cursor
      return suffix
    }
    if let percentWord = word(cursor), tokens[cursor].gap != .wide {
      if classes.contains(.percentWord) {
        suffix.isPercent = true
        cursor += 1
        if percentWord == "pst", cursor < tokens.count, tokens[cursor].is("."),
          tokens[cursor].gap == .none
        {
          cursor += 1
        }
        suffix.end = cursor
        return suffix
      }
      if classes.contains(.pointWord), percentWord != "poeng" {
        suffix.isPoints = true
        suffix.end = cursor + 1
        return suffix
      }
    }
    // Time: "fire uker", "to foregående årene", "30 år".
    var lookahead = cursor
    while lookahead - cursor < 2, wordClasses(at: lookahead).contains(.spanLeader) {
      lookahead += 1
    }
    let unitClasses = lookahead == cursor ? classes : wordClasses(at: lookahead)
    if unitClasses.contains(.timeUnit), !unitClasses.contains(.definiteTimeUnit),
      let unitWord = word(lookahead), let unit = Lexicon.timeUnits[unitWord],
      tokens[lookahead].gap != .wide,
      !core.isYearLike || suffix.isScaled
    {
      suffix.timeUnit = unit
      suffix.end = lookahead + 1
      return suffix
    }
    // "30 færre elever", "fem fleire tilsette": a difference with its noun.
    if let comparative = word(cursor), comparative == "færre" || comparative == "flere"
      || comparative == "fleire", let noun = readNoun(from: cursor + 1)
    {
      suffix.noun = noun.token
      suffix.end = noun.end
      return suffix
    }
    // A counted noun: "400 personer", "20 nye forespørsler", "195 av deltakerne".
    if let noun = readNoun(from: cursor) {
      suffix.noun = noun.token
      cursor = noun.end
    } else if !core.isYearLike, let noun = nounOfWhole(after: cursor) {
      // "14 av 120 søkjarar": the part counts what the whole counts. The phrase stays "14",
      // and "120 søkjarar" is a phrase of its own.
      suffix.noun = noun
    }
    suffix.end = cursor
    return suffix
  }

  /// The counted noun of a whole after "av" ("av 120 søkere", "av dei fem einingane"), when
  /// the whole is a plain count.
  private func nounOfWhole(after index: Int) -> Int? {
    guard word(index) == "av" else { return nil }
    var cursor = index + 1
    if let determiner = word(cursor), Lexicon.isPartitiveDeterminer(determiner) { cursor += 1 }
    guard let whole = readCore(at: cursor), whole.isInteger, !whole.isYearLike else { return nil }
    let after = readSuffix(from: whole.end, core: whole)
    guard after.currency == nil, !after.isPercent, !after.isPoints, after.timeUnit == nil,
      !after.isScaled
    else { return nil }
    return after.noun
  }

  /// The noun a number counts (its token), skipping adjectives; `nil` when none follows.
  func readNoun(from start: Int) -> (token: Int, end: Int)? {
    guard start < tokens.count, tokens[start].isWord, tokens[start].gap != .none else { return nil }
    // Partitive: "195 av deltakerne", "fem av dei tilsette".
    if tokens[start].word == "av" {
      var cursor = start + 1
      if let determiner = word(cursor), Lexicon.isPartitiveDeterminer(determiner) {
        cursor += 1
      }
      guard let noun = readNoun(from: cursor),
        case let classes = Lexicon.classes(of: tokens[noun.token].word),
        !classes.contains(.adjective) || classes.contains(.nominalAdjective)
      else { return nil }
      return noun
    }
    var cursor = start
    var skipped = 0
    while skipped < 2, cursor + 1 < tokens.count, tokens[cursor + 1].isWord,
      isContentWord(cursor + 1), isSkippableAdjective(cursor)
    {
      cursor += 1
      skipped += 1
    }
    guard isContentWord(cursor) else { return nil }
    let classes = Lexicon.classes(of: tokens[cursor].word)
    if classes.contains(.adjective), !classes.contains(.nominalAdjective) { return nil }
    // "12 norske og 4 utenlandske leverandører": an adjective without its noun counts
    // nothing that can be named.
    if !classes.contains(.nominalAdjective), looksLikeAdjective(at: cursor) { return nil }
    // "260 km²", "40 m³": the unit is more than the word, and "km" alone would be wrong.
    // "30 helse- og omsorgsarbeidere": the first half of a pair of compounds is no noun.
    if cursor + 1 < tokens.count, tokens[cursor + 1].gap == .none,
      tokens[cursor + 1].is("²") || tokens[cursor + 1].is("³")
        || (tokens[cursor + 1].is("-") && isConjunction(cursor + 2))
    {
      return nil
    }
    return (cursor, cursor + 1)
  }

  private func isConjunction(_ index: Int) -> Bool {
    guard let word = word(index) else { return false }
    return word == "og" || word == "eller"
  }

  /// True when the word at `index`, before a content word, is an adjective to skip on the
  /// way to the counted noun: a listed one ("20 nye forespørsler"), or one known by its
  /// ending ("250 ukrainske flyktninger", "3 alvorlige hendelser"). An adjective that also
  /// stands as a noun is skipped only before a word that reads as a plural noun ("30
  /// frivillige medarbeidere", but "80 frivillige stilte"). "mindre"/"større" before a noun
  /// mean minor and larger, not fewer ("12 mindre alvorlige hendelser", "4 mindre prosjekt").
  private func isSkippableAdjective(_ index: Int) -> Bool {
    let classes = Lexicon.classes(of: tokens[index].word)
    if tokens[index].word == "mindre" || tokens[index].word == "større" { return true }
    if classes.contains(.nominalAdjective) { return looksLikePluralNoun(at: index + 1) }
    if classes.contains(.adjective) { return true }
    guard classes.isEmpty else { return false }
    if looksLikeAdjective(at: index) { return true }
    // A participle in -ende/-ande is a noun as often as not ("12 reisende", "20
    // arbeidssøkjande"): skipped only before a plural noun ("3 gjenværende plasser").
    return wordEnds(at: index, minimumLength: 6) { ends in ends("ende") || ends("ande") }
      && looksLikePluralNoun(at: index + 1)
  }

  /// "ukrainske", "alvorlige", "daglege", "ordinære", "aktive", "sosiale", "formelle":
  /// endings of plural adjectives that plural nouns do not have ("menneske", "kollege" and
  /// "tilfelle" are the nouns with such endings that a count can take).
  func looksLikeAdjective(at index: Int) -> Bool {
    wordEnds(at: index, minimumLength: 5) { ends in
      if ends("ske") { return !ends("menneske") }
      if ends("lege") { return !ends("kollege") }
      if ends("elle") { return !ends("tilfelle") }
      return ends("ige") || ends("ære") || ends("ive") || ends("iale") || ends("nale")
    }
  }

  /// "brukere", "medarbeidarar", "arbeidsledige": a word that reads as a plural noun, for
  /// telling "30 frivillige medarbeidere" (skip the adjective) from "80 frivillige stilte".
  func looksLikePluralNoun(at index: Int) -> Bool {
    guard index < tokens.count, tokens[index].isWord else { return false }
    if Lexicon.classes(of: tokens[index].word).contains(.nominalAdjective) { return true }
    return wordEnds(at: index, minimumLength: 0, hyphenated: true) { ends in
      ends("er") || ends("ere") || ends("ar") || ends("ene") || ends("ane") || ends("erne")
    }
  }

  /// Asks `test` about the endings of the word at `index`, read from its UTF-8 without
  /// making a string (this runs for every word after a number): `ends(suffix)` is true when
  /// the word ends with the lower-case `suffix`, whatever the case of its letters. False for
  /// a word of fewer than `minimumLength` bytes, and unless `hyphenated`, for a word with a
  /// hyphen ("VTA-plasser" is a noun, whatever its ending).
  func wordEnds(
    at index: Int, minimumLength: Int, hyphenated: Bool = false,
    _ test: ((StaticString) -> Bool) -> Bool
  ) -> Bool {
    guard index < tokens.count, tokens[index].isWord else { return false }
    func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      guard bytes.count >= minimumLength, hyphenated || !bytes.contains(UInt8(ascii: "-")) else {
        return false
      }
      return test { suffix in
        let count = suffix.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        let tail = bytes.count - count
        for offset in 0..<count where Self.folded(bytes[tail + offset]) != suffix.utf8Start[offset] {
          return false
        }
        return true
      }
    }
    // A respelt word (combining marks) is read from its NFC spelling.
    guard tokens[index].isRespelt else { return check(tokens[index].bytes(in: sentence)) }
    var text = lower(index)
    return text.withUTF8(check)
  }

  /// A UTF-8 byte with ASCII capitals and the second byte of "Æ", "Ø", "Å" (and their
  /// neighbours from U+00C0) made lower-case; only compared with lower-case suffixes.
  private static func folded(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) || (0x80...0x9E).contains(byte) ? byte | 0x20 : byte
  }

  /// The classes of the word at `index`; none for a symbol or number, or past the end.
  func wordClasses(at index: Int) -> Lexicon.WordClasses {
    guard let word = word(index) else { return [] }
    return Lexicon.classes(of: word)
  }

  /// A word that can be a noun here: not a function word, verb form, number word or name.
  func isContentWord(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].isWord, tokens[index].gap != .none else {
      return false
    }
    let token = tokens[index]
    // "3 x 3 meter": a single letter counts nothing.
    if token.length < 2 { return false }
    let classes = Lexicon.classes(of: token.word)
    if classes.contains(.functionWord), !isSingularNounAfterOne(index) { return false }
    // A name or an acronym ("NAV", "START") counts nothing; in a sentence written all in
    // capitals a capital marks neither.
    if !isAllCapitals, token.isCapitalized || token.isAllCaps, !hasHyphen(index),
      !Lexicon.isEnergyUnit(token.word)
    {
      return false
    }
    // "300 tre", "Tre tre vart felte": after a number "tre" is trees, unless a noun follows
    // ("to tre gonger" is two or three times).
    if token.word == "tre", index >= 1, tokens[index - 1].isNumber || numberValue(at: index - 1) != nil {
      return index + 1 >= tokens.count || !tokens[index + 1].isWord
        || Lexicon.classes(of: tokens[index + 1].word).contains(.functionWord)
    }
    // Number words, articles, months, percent words and comparatives are no nouns either.
    if !classes.isDisjoint(with: [.cardinal, .article, .month, .percentWord, .comparative]) {
      return false
    }
    return !looksLikeVerb(at: index) && !looksLikeAdverb(at: index)
  }

  /// "én søker", "1 arbeider": after one, a verb that is also a singular noun is the noun
  /// ("tre søker om plass" is the verb).
  private func isSingularNounAfterOne(_ index: Int) -> Bool {
    let word = tokens[index].word
    guard word == "søker" || word == "arbeider", index >= 1 else { return false }
    return numberValue(at: index - 1) == 1 || (tokens[index - 1].isNumber && lower(index - 1) == "1")
  }

  /// "årlig", "dagleg", "gjennomsnittlig": an adjective or adverb in -lig/-leg, which no
  /// noun ends with.
  func looksLikeAdverb(at index: Int) -> Bool {
    let word = tokens[index].word
    let count = word.byteCount
    guard count > 4, !word.isLong else { return false }
    let (third, second, last) = (word[count - 3], word[count - 2], word[count - 1])
    return third == UInt8(ascii: "l") && (second == UInt8(ascii: "i") || second == UInt8(ascii: "e"))
      && last == UInt8(ascii: "g")
  }

  /// True when the word at `index` holds a hyphen ("VTA-plasser").
  private func hasHyphen(_ index: Int) -> Bool {
    let token = tokens[index]
    // Without combining marks a hyphen is a character of its own, so the bytes decide.
    guard token.isRespelt else { return token.bytes(in: sentence).contains(UInt8(ascii: "-")) }
    return lower(index).contains("-")
  }

  /// `looksLikeVerb(_:)` for the word at `index`, read from its packed spelling when that
  /// is the whole word and each scalar is a character of its own.
  func looksLikeVerb(at index: Int) -> Bool {
    let token = tokens[index]
    guard !token.isRespelt, !token.word.isLong else { return looksLikeVerb(lower(index)) }
    let word = token.word
    let count = token.length
    guard count > 3, !word.contains(UInt8(ascii: "-")) else { return false }
    // The endings of `looksLikeVerb(_:)`, read from the last three bytes (there are four).
    let bytes = word.byteCount
    let (third, second, last) = (word[bytes - 3], word[bytes - 2], word[bytes - 1])
    let (e, t) = (UInt8(ascii: "e"), UInt8(ascii: "t"))
    let endsTT = second == t && last == t
    let endsET = second == e && last == t
    let endsDD = second == UInt8(ascii: "d") && last == UInt8(ascii: "d")
    let endsERT = third == e && second == UInt8(ascii: "r") && last == t
    // A passive ("skyldes", "fordeles", "brukes"): no Norwegian plural ends in "-es".
    let endsES = second == e && last == UInt8(ascii: "s") && count > 4
    if third == e && endsTT || endsERT && count < 5 { return false }
    return endsTT || endsET || endsERT || endsDD || endsES
  }

  /// Participles and past tenses that follow a number as its verb: "nær 300 deltatt".
  func looksLikeVerb(_ word: String) -> Bool {
    guard word.count > 3, !word.contains("-") else { return false }
    if word.hasSuffix("ett") || word.hasSuffix("ert") && word.count < 5 { return false }
    return word.hasSuffix("tt") || word.hasSuffix("et") || word.hasSuffix("ert")
      || word.hasSuffix("dd") || (word.hasSuffix("es") && word.count > 4)
  }

  /// The unit a list's last number carries, for the numbers before it: "12 og 15 prosent".
  func sharedSuffix(after end: Int) -> Suffix? {
    guard end + 1 < tokens.count else { return nil }
    let connector = tokens[end]
    guard connector.word == "og" || connector.word == "eller" || connector.is(",") else {
      return nil
    }
    guard let next = readCore(at: end + 1), !next.isYearLike else { return nil }
    var suffix = readSuffix(from: next.end, core: next)
    if !suffix.namesUnit, let further = sharedSuffix(after: next.end) { suffix = further }
    // Only units that belong to a whole list: a noun after "og fem" is not shared by "12, ".
    return suffix.namesUnit ? suffix : nil
  }

  // MARK: - Building the phrase

  /// The phrase for a single number with its prefix and suffix.
  func phrase(core: NumberCore, prefix: Prefix, suffix: Suffix) -> Phrase {
    var phrase = Phrase(
      first: prefix.qualifierStart ?? prefix.first, end: max(suffix.end, core.end),
      numberStart: core.start, kind: .count, value: core.value)
    if let nounStart = prefix.percentNounStart, !suffix.namesUnit {
      phrase.first = nounStart
      phrase.kind = .percent
      phrase.unit = .percent
    } else if suffix.isPoints {
      phrase.kind = .percentagePoints
      phrase.unit = .percentagePoints
    } else if suffix.isPercent {
      phrase.kind = .percent
      phrase.unit = .percent
    } else if prefix.currency != nil || suffix.currency != nil || core.hasMoneyDash {
      phrase.kind = .money
      phrase.unit = .kroner
      let (before, after) = (prefix.currency ?? 1, suffix.currency ?? 1)
      phrase.value =
        core.scaled(by: suffix.scale, prefix.currencyScale, before, after)
        ?? core.value * suffix.scale * prefix.currencyScale * (before * after)
    } else if let unit = suffix.timeUnit {
      phrase.kind = .duration
      phrase.unit = .time(unit)
    } else if suffix.isScaled {
      phrase.value = core.scaled(by: suffix.scale) ?? core.value * suffix.scale
      // "mill."/"mrd." with no noun after them means kroner in Norwegian report prose.
      if suffix.scaleIsAbbreviation, suffix.noun == nil {
        phrase.kind = .money
        phrase.unit = .kroner
      } else if suffix.noun == nil, speaksOfMoney() {
        // "et mindreforbruk på 2 millioner": kroner, when the sentence speaks of money.
        phrase.kind = .money
        phrase.unit = .kroner
      } else if let noun = suffix.noun {
        phrase.unit = .noun(token: noun)
      } else {
        phrase.kind = .number
      }
    } else if core.isYearLike, !isNumericHedge(prefix),
      suffix.noun == nil || Lexicon.yearLeaders.contains(word(core.start - 1) ?? "")
    {
      return yearPhrase(core: core, prefix: prefix)
    } else if let noun = suffix.noun {
      phrase.unit = .noun(token: noun)
    } else if !core.isInteger {
      phrase.kind = .number
    }
    // "tre ganger så mange", "ti gonger fleire søknader": a factor, not a count of times.
    if case .noun(let noun) = phrase.unit, Lexicon.isTimesWord(tokens[noun].word),
      let next = word(phrase.end), next == "så" || Lexicon.comparatives[next] != nil
    {
      phrase.kind = .number
      phrase.unit = nil
      phrase.change = Lexicon.comparatives[next] ?? .increase
    }
    // A signed point figure states its own change: "(−0,4 prosentpoeng)". A signed percent
    // is a level ("driftsresultat var −3 prosent"), not a change.
    if core.sign != 0, phrase.kind.is(.percentagePoints) {
      phrase.change = core.sign > 0 ? .increase : .decrease
    }
    phrase.qualifier = core.isApproximate ? .approximately : prefix.qualifier
    var hasQualifier = prefix.qualifierStart != nil
    // "Turnusen går over seks veker", "fordeles over tre år": the time is spanned, not
    // bounded ("det gikk over tre måneder før …" stays above).
    if let start = prefix.qualifierStart, prefix.qualifierWords.count == 1,
      prefix.qualifierWords[0] == "over", phrase.kind.is(.duration),
      let verb = word(start - 1), Lexicon.isSpanVerb(verb),
      !Lexicon.isSpanVerbNeedingSubject(verb)
        || (word(start - 2).map { $0 != "det" && $0 != "der" } ?? false)
    {
      phrase.qualifier = .exact
      phrase.first = core.start
      hasQualifier = false
    }
    // "67 år og eldre", "5 år og yngre": an open end written after the phrase.
    if prefix.qualifierStart == nil, !core.isApproximate,
      let next = word(phrase.end), Lexicon.openEndStarts.contains(next),
      let openEnd = Lexicon.openEnds.first(where: { matches($0.words, at: phrase.end) })
    {
      phrase.qualifier = openEnd.qualifier
      phrase.end += openEnd.words.count
    }
    if core.isApproximate { phrase.first = min(phrase.first, core.start) }
    if phrase.kind.is(.duration), !hasQualifier, prefix.currency == nil {
      phrase.first = spanLeaderStart(before: core.start, floor: prefix.first)
    }
    phrase.applyBounds()
    return phrase
  }

  /// True when a word of the sentence names money: a budget, accounts, a cost, a grant
  /// ("mindreforbruk", "tilskudd", "skjønnsmidler"). Asked only for a scaled number without
  /// a unit, which is rare.
  func speaksOfMoney() -> Bool {
    tokens.indices.contains { index in
      guard tokens[index].isWord, tokens[index].length >= 3 else { return false }
      let text = lower(index)
      return Lexicon.moneyStems.contains { text.contains($0) }
    }
  }

  /// "de siste to årene", "dei to neste åra": the determiner and leader before a span of time.
  func spanLeaderStart(before start: Int, floor: Int) -> Int {
    var first = start
    if let leader = word(first - 1), Lexicon.spanLeaders.contains(leader) { first -= 1 }
    if let determiner = word(first - 1), Lexicon.isSpanDeterminer(determiner) {
      first -= 1
    }
    return first
  }

  /// True for hedges that make a four-digit number a count ("cirka 2000"), as opposed to
  /// prepositions of time ("under 2021", "inntil 2025").
  func isNumericHedge(_ prefix: Prefix) -> Bool {
    guard prefix.qualifierStart != nil else { return false }
    // "30 prosent mer enn 2019", "lavere enn 2021": a comparison with a bare year; "flere
    // enn 2000" still counts.
    if prefix.qualifierWords.count == 2, prefix.qualifierWords[1] == "enn",
      !Lexicon.isCountComparative(prefix.qualifierWords[0])
    {
      return false
    }
    let phrase = prefix.qualifierWords.map { $0.description }.joined(separator: " ")
    return !Lexicon.temporalQualifiers.contains(text: phrase)
  }

  /// "i 2021": a year as a time reference. Its text is the year alone.
  func yearPhrase(core: NumberCore, prefix: Prefix) -> Phrase {
    // A year-like core is one token of four digits, whose value the tokenizer read.
    let number = tokens[core.start].number
    let year = Decimal(number)
    var phrase = Phrase(
      first: core.start, end: core.end, numberStart: core.start, kind: .year, value: year)
    phrase.lower = year
    phrase.upper = year
    phrase.year = number
    phrase.period = .year(number)
    return phrase
  }

  // MARK: - Ranges, changes and fractions of two numbers

  /// The second number of "mellom X og Y", "fra X til Y", "X–Y", "X til Y".
  func readRangePartner(after core: NumberCore, prefix: Prefix) -> NumberCore? {
    var cursor = core.end
    // "kr 2–3 mill.": the scale comes after the second number only.
    guard cursor + 1 < tokens.count else { return nil }
    let joiner = tokens[cursor]
    let opener = prefix.rangeOpener
    // "to tre gonger", "fire fem personar": two neighbouring number words are a rough range.
    if !core.isDigits, core.end - core.start == 1, opener == nil, joiner.isWord,
      joiner.gap == .single, Lexicon.cardinals[joiner.word] != nil,
      Lexicon.cardinals[tokens[core.start].word] != nil, let next = numberValue(at: cursor),
      next < 20, case let step = Decimal(next) - core.value, step > 0, step <= 2
    {
      return readCore(at: cursor, inRange: true)
    }
    var joined = false
    if opener == "mellom", joiner.word == "og" || joiner.isDash {
      joined = true
    } else if opener == "fra" || opener == "frå", joiner.word == "til" || joiner.isDash {
      joined = true
    } else if joiner.isDash, joiner.gap != .wide, core.sign == 0 || core.isDigits {
      joined = true
    } else if joiner.word == "til", core.isDigits || core.end - core.start == 1,
      !core.isYearLike || isYear(cursor + 1)
    {
      joined = prefix.rangeOpener == nil
    } else if joiner.is("/"), joiner.gap == .none, core.isYearLike, isYearOrShortYear(cursor + 1),
      tokens[cursor + 1].gap == .none
    {
      joined = true
    }
    guard joined else { return nil }
    cursor += 1
    // "mellom kr 2 og kr 3 mill.": a repeated currency.
    if word(cursor) == "kr" { cursor += 1 }
    guard cursor < tokens.count, let partner = readCore(at: cursor, inRange: true) else {
      return nil
    }
    guard partner.sign == 0 || !partner.isDigits || tokens[partner.start].gap != .none else {
      return nil
    }
    return partner
  }

  /// Phrases for two numbers joined as a range, or as the two ends of a change.
  /// Appends them to `phrases`; false when the two numbers make neither.
  func rangePhrases(
    _ from: NumberCore, _ to: NumberCore, prefix: Prefix, into phrases: inout [Phrase]
  ) -> Bool {
    var lowerValue = from.value
    var upperValue = to.value
    // "2019–20", "2020/21": a school or budget year written short.
    if from.isYearLike, !to.isYearLike, to.isDigits, tokens[to.start].length == 2 {
      upperValue = (from.value / 100).rounded(scale: 0, mode: .down) * 100 + to.value
    }
    let suffix = readSuffix(from: to.end, core: to)
    // "I 2020–2021 gjennomførte kommunen …": after a preposition of time two years are a
    // span whatever follows them, as a single year is ("I 2021 varte kurset …").
    let afterYearLeader =
      from.isYearLike && to.isYearLike && !suffix.isScaled && suffix.currency == nil
      && !suffix.isPercent && !suffix.isPoints && suffix.timeUnit == nil
      && Lexicon.yearLeaders.contains(word((prefix.rangeOpenerIndex ?? from.start) - 1) ?? "")
    let bothYears =
      from.isYearLike && (to.isYearLike || upperValue > 1800)
      && (!suffix.namesUnit || afterYearLeader)
    if bothYears {
      guard lowerValue < upperValue else { return false }
      var phrase = Phrase(
        first: prefix.rangeOpenerIndex ?? from.start, end: to.end, numberStart: from.start,
        kind: .year, value: nil)
      phrase.qualifier = .range
      phrase.lower = lowerValue
      phrase.upper = upperValue
      phrases.append(phrase)
      return true
    }
    // "økte fra 200 til 300 personer": not a range but a change from one figure to another;
    // so is "fra 15 til 6 prosent", which no range can be.
    let direction = changeBefore(prefix.rangeOpenerIndex ?? from.start)
    if prefix.rangeOpener == "fra" || prefix.rangeOpener == "frå",
      direction != nil || to.value < from.value
    {
      var first = phrase(core: from, prefix: Prefix(first: from.start), suffix: suffix)
      first.end = from.end
      first.change = nil
      var second = phrase(core: to, prefix: Prefix(first: to.start), suffix: suffix)
      if first.kind.is(.number) || second.kind.is(.number) {
        first.kind = .number
        second.kind = .number
      }
      let rising = to.value > from.value
      if let direction, !direction.isAmbiguous {
        second.change = direction.change
      } else {
        second.change = rising ? .increase : .decrease
      }
      phrases.append(first)
      phrases.append(second)
      return true
    }
    guard lowerValue < upperValue else { return false }
    var single = phrase(core: to, prefix: prefix, suffix: suffix)
    if single.kind.is(.year) { single.kind = .count }
    let factor = single.value.map { to.value == 0 ? 1 : $0 / to.value } ?? 1
    lowerValue *= factor
    upperValue *= factor
    single.first = prefix.rangeOpenerIndex ?? (prefix.qualifierStart ?? prefix.first)
    single.value = nil
    single.qualifier = .range
    single.lower = lowerValue
    single.upper = upperValue
    single.period = nil
    single.year = nil
    phrases.append(single)
    return true
  }

  /// A change word shortly before `index` in the same clause: "økte fra", "gikk ned fra".
  func changeBefore(_ index: Int) -> (change: Change, isAmbiguous: Bool)? {
    var cursor = index - 1
    while cursor >= 0, index - cursor <= 5 {
      let token = tokens[cursor]
      if token.is(",") || token.is(".") || token.is(";") { return nil }
      if token.isWord, let change = Lexicon.changeWords[token.word] {
        return (change, token.word == "endret" || token.word == "endra")
      }
      // "halvert frå 40 til 20", "dobla frå 10 til 20".
      if token.isWord, let factor = Lexicon.factors[token.word] { return (factor.change, false) }
      if token.isWord, token.word == "endret" || token.word == "endra" || token.word == "gikk"
        || token.word == "gjekk"
      {
        return (.increase, true)
      }
      cursor -= 1
    }
    return nil
  }

  /// "tre av fire", "en av fem": a fraction of two small whole numbers.
  func readOutOf(core: NumberCore, prefix: Prefix) -> Phrase? {
    // "Kommunen er en av fem kommuner …": one of several, not a share.
    guard word(core.end) == "av" else { return nil }
    if let verb = word(core.start - 1), Lexicon.isCopula(verb), core.value == 1 { return nil }
    guard core.isInteger, core.value >= 1, core.value <= 20,
      core.end + 1 < tokens.count, let whole = readCore(at: core.end + 1), whole.isInteger,
      whole.value <= 20, core.value < whole.value, !whole.isYearLike
    else { return nil }
    // "fem av ti prosent" is not a fraction.
    let after = readSuffix(from: whole.end, core: whole)
    guard after.currency == nil, !after.isPercent, !after.isPoints, after.timeUnit == nil else {
      return nil
    }
    var phrase = Phrase(
      first: prefix.qualifierStart ?? core.start, end: whole.end, numberStart: core.start,
      kind: .fraction, value: (core.value / whole.value).rounded(scale: 6))
    phrase.qualifier = prefix.qualifier
    phrase.applyBounds()
    return phrase
  }
}

extension Decimal {
  /// This value rounded to `scale` places with `mode`.
  func rounded(scale: Int, mode: NSDecimalNumber.RoundingMode) -> Decimal {
    var input = self
    var result = Decimal()
    NSDecimalRound(&result, &input, scale, mode)
    return result
  }
}
