import AtsetlModel
import Foundation

extension PhraseReader {
  /// Phrases that begin with a word other than a plain cardinal: ordinals ("første"),
  /// fractions ("halvparten", "to tredjedeler", "hver tredje", "en halv"), factors
  /// ("doblet", "halvert") and number-and-unit adjectives ("fireårig").
  func readWordPhrase(at index: Int, floor: Int) -> Phrase? {
    let word = tokens[index].word
    let next = index + 1 < tokens.count ? tokens[index + 1] : nil

    // "hver tredje", "kvar femte": one in N.
    if word == "hver" || word == "kvar" || word == "hvert" || word == "kvart", let next,
      let denominator = Lexicon.ordinals[next.word], denominator > 1
    {
      return fractionPhrase(index, index + 2, 1 / Decimal(denominator))
    }
    if Lexicon.halves.contains(word) { return fractionPhrase(index, index + 1, .half) }
    // "dobbelt så mange", "tredobbelt så høy": a factor.
    if word == "dobbelt" || word == "tredobbelt", self.word(index + 1) == "så" {
      var phrase = Phrase(
        first: index, end: index + 1, numberStart: index, kind: .number,
        value: word == "dobbelt" ? 2 : 3)
      phrase.change = .increase
      phrase.applyBounds()
      return phrase
    }
    if let factor = Lexicon.factors[word] {
      var phrase = Phrase(
        first: index, end: index + 1, numberStart: index, kind: factor.kind, value: factor.value)
      phrase.change = factor.change
      phrase.applyBounds()
      return phrase
    }
    // "en tredjedel", "to tredjedeler", "ein halv", "en halv time", "tredjedelen av".
    if let denominator = Lexicon.fractions[word] {
      return fractionPhrase(index, index + 1, 1 / Decimal(denominator))
    }
    if let next, next.isWord, let numerator = fractionNumerator(at: index) {
      if let denominator = Lexicon.fractions[next.word] {
        return fractionPhrase(index, index + 2, Decimal(numerator) / Decimal(denominator))
      }
      if next.word == "halv" || next.word == "halvt" || next.word == "halve",
        numerator == 1
      {
        return halfPhrase(at: index)
      }
    }
    // "fireårig", "toårige", "tredagers".
    if let duration = durationAdjective(at: index) {
      var phrase = Phrase(
        first: index, end: index + 1, numberStart: index, kind: .duration,
        value: Decimal(duration.value))
      phrase.unit = .time(duration.unit)
      phrase.applyBounds()
      return phrase
    }
    if let ordinal = ordinalValue(at: index) {
      var phrase = Phrase(
        first: index, end: index + 1, numberStart: index, kind: .ordinal, value: Decimal(ordinal))
      phrase.applyBounds()
      return phrase
    }
    return nil
  }

  /// "1/3 av deltakerne", "om lag 2/3 av elevene": a fraction written with a slash, of
  /// one-digit numbers (or a tenth), before "av". Without "av" a slash stays a date or code
  /// ("innen 1/3", "24/7", "2020/21", "1/1-2021", "sak 45/22").
  func readSlashFraction(at index: Int, floor: Int) -> Phrase? {
    let (numerator, denominator) = (index, index + 2)
    guard denominator + 1 < tokens.count, tokens[numerator + 1].is("/"),
      tokens[numerator + 1].gap == .none, tokens[denominator].isNumber,
      tokens[denominator].gap == .none, tokens[numerator].length == 1,
      tokens[denominator].length <= 2, case let top = tokens[numerator].number,
      case let bottom = tokens[denominator].number, top >= 1, top < bottom, bottom <= 10,
      word(denominator + 1) == "av", tokens[denominator + 1].gap == .single
    else { return nil }
    // Glued to what stands before ("sak/1/3", "-1/3"), or after a preposition of time
    // ("fra 1/3 av"): not a fraction.
    if numerator > 0, tokens[numerator].gap == .none, !tokens[numerator - 1].is("(") {
      return nil
    }
    if let before = word(numerator - 1), Lexicon.isDatePreposition(before) { return nil }
    var phrase = fractionPhrase(
      numerator, denominator + 1, Decimal(top) / Decimal(bottom))
    let prefix = readPrefix(before: numerator, floor: floor)
    if let start = prefix.qualifierStart, prefix.currency == nil {
      phrase.first = start
      phrase.qualifier = prefix.qualifier
      phrase.applyBounds()
    }
    return phrase
  }

  /// The numerator a word gives a fraction: "en", "to", "tre" …
  private func fractionNumerator(at index: Int) -> Int? {
    if Lexicon.articles.contains(tokens[index].word) { return 1 }
    return numberValue(at: index)
  }

  private func fractionPhrase(_ first: Int, _ end: Int, _ value: Decimal) -> Phrase {
    var phrase = Phrase(
      first: first, end: end, numberStart: first, kind: .fraction, value: value.rounded(scale: 6))
    phrase.applyBounds()
    return phrase
  }

  /// "en halv" (a fraction), "en halv time" / "et halvt år" (a duration), "en halv million".
  private func halfPhrase(at index: Int) -> Phrase {
    let after = index + 2
    if let unitWord = word(after), let unit = Lexicon.timeUnits[unitWord] {
      var phrase = Phrase(
        first: index, end: after + 1, numberStart: index, kind: .duration, value: .half)
      phrase.unit = .time(unit)
      phrase.applyBounds()
      return phrase
    }
    if let scaleWord = word(after), let factor = Lexicon.scaleWords[scaleWord], factor >= 1000 {
      var phrase = Phrase(
        first: index, end: after + 1, numberStart: index, kind: .count, value: factor / 2)
      if let noun = readNoun(from: after + 1) {
        phrase.unit = .noun(token: noun.token)
        phrase.end = noun.end
      } else if let currency = word(after + 1), Lexicon.currencies[currency] != nil {
        phrase.kind = .money
        phrase.unit = .kroner
        phrase.end = after + 2
      } else if factor >= 1_000_000, speaksOfMoney() {
        // "en halv million i tilskudd"
        phrase.kind = .money
        phrase.unit = .kroner
      }
      phrase.applyBounds()
      return phrase
    }
    return fractionPhrase(index, index + 2, .half)
  }

  /// "fireårig" → (4, year); "eittårige" → (1, year); "flerårig" → nil.
  private func durationAdjective(at index: Int) -> (value: Int, unit: TimeUnit)? {
    // Nearly every word ends in none of the suffixes; only the others are spelt out. The
    // packed spelling decides that exactly for a plain word (one scalar per character).
    let token = tokens[index]
    if !token.isRespelt, !token.word.isLong,
      !Lexicon.endsLikeDurationAdjective(token.word)
    {
      return nil
    }
    let word = lower(index)
    for (suffix, unit) in Lexicon.durationSuffixes where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      if let value = NumberWords.value(ofWord: stem), value > 0 { return (value, unit) }
      if ["ett", "eitt", "ein", "en", "et"].contains(stem) { return (1, unit) }
      if stem.hasSuffix("-"), let value = Int(stem.dropLast()) { return (value, unit) }
    }
    return nil
  }

  /// The value of an ordinal word at `index`, with *andre* only where it means *second*.
  private func ordinalValue(at index: Int) -> Int? {
    let word = tokens[index].word
    let isOrdinalWord = Lexicon.ordinals[word] != nil
    guard isOrdinalWord || word == "andre" || word == "annen" || word == "anna" || word == "annan"
    else { return nil }
    // "de første to årene": the ordinal leads a number, it is not one itself.
    if index + 1 < tokens.count, readCore(at: index + 1) != nil { return nil }
    if let value = Lexicon.ordinals[word] { return value }
    guard word == "andre" || word == "annen" || word == "anna" || word == "annan" else {
      return nil
    }
    if let next = self.word(index + 1), Lexicon.secondContexts.contains(next) {
      // "andre året på rad" / "andre tertial" / "for andre gang".
      return 2
    }
    if index > 0, self.word(index - 1) == "for", let next = self.word(index + 1),
      next == "år" || next == "gong"
    {
      return 2
    }
    return nil
  }
}
