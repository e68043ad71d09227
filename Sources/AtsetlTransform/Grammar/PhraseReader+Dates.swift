import AtsetlModel
import Foundation

extension PhraseReader {
  /// "1. januar 2017", "3.–5. mars 2021", "17.05.2021", "2021-05-17".
  func readDate(at index: Int) -> Phrase? {
    if let numeric = numericDate(at: index) {
      return datePhrase(index, numeric.end, iso: numeric.iso, year: numeric.iso.year)
    }
    guard let day = dayNumber(at: index), index + 2 < tokens.count, tokens[index + 1].is("."),
      tokens[index + 1].gap == .none
    else { return nil }
    // "3.–5. mars": a range of days in one month.
    if index + 4 < tokens.count, tokens[index + 2].isDash, let lastDay = dayNumber(at: index + 3),
      tokens[index + 4].is("."), let month = monthAt(index + 5), lastDay > day
    {
      let (end, year) = yearAfter(month.end)
      let iso = Phrase.IsoDate(year: year, month: month.value, day: day, lastDay: lastDay)
      var phrase = datePhrase(index, end, iso: iso, year: year)
      phrase.qualifier = .range
      return phrase
    }
    guard let month = monthAt(index + 2) else {
      // "12. og 13. mai", "12.–13. mai" is read above: a day that takes the month (and year)
      // of the date after it.
      guard let joiner = word(index + 2), joiner == "og" || joiner == "eller" || joiner == "til",
        let second = readDate(at: index + 3), let secondMonth = second.iso?.month,
        second.iso?.lastDay == nil
      else { return nil }
      var phrase = datePhrase(
        index, index + 2,
        iso: Phrase.IsoDate(year: second.year, month: secondMonth, day: day), year: second.year)
      phrase.period = second.year.map(Phrase.Period.year)
      return phrase
    }
    var (end, year) = yearAfter(month.end)
    var inherited = false
    // "fra 1. januar til 30. juni 2021": the first date takes the year of the second.
    if year == nil, word(end) == "til" || tokens.indices.contains(end) && tokens[end].isDash,
      let second = readDate(at: end + 1), let secondYear = second.year
    {
      year = secondYear
      inherited = true
    }
    var phrase = datePhrase(
      index, end, iso: Phrase.IsoDate(year: year, month: month.value, day: day), year: year)
    if inherited { phrase.period = year.map(Phrase.Period.year) }
    return phrase
  }

  /// "mai 2017", "januar 2021": a month and a year.
  func readMonthYear(at index: Int) -> Phrase? {
    guard let month = monthAt(index), month.end < tokens.count, isYear(month.end),
      tokens[month.end].gap == .single
    else { return nil }
    let year: Int? = tokens[month.end].number
    return datePhrase(
      index, month.end + 1, iso: Phrase.IsoDate(year: year, month: month.value), year: year)
  }

  /// "17.05.2021" or "2021-05-17" starting at `index`, validated.
  func numericDate(at index: Int) -> (end: Int, iso: Phrase.IsoDate)? {
    guard index + 4 < tokens.count,
      (1...4).allSatisfy({ tokens[index + $0].gap == .none }),
      tokens[index + 2].isNumber, tokens[index + 4].isNumber
    else { return nil }
    let separator = tokens[index + 1]
    guard tokens[index + 3].word == separator.word else { return nil }
    // Digit groups of at most four digits, whose values the tokenizer read.
    let (first, second, third) = (tokens[index], tokens[index + 2], tokens[index + 4])
    let day: Int
    let month: Int
    let year: Int
    if separator.is("."), first.length <= 2, second.length <= 2, third.length == 4 {
      (day, month, year) = (first.number, second.number, third.number)
    } else if separator.is("-"), first.length == 4, second.length == 2, third.length == 2 {
      (day, month, year) = (third.number, second.number, first.number)
    } else {
      return nil
    }
    guard (1...12).contains(month),
      (1...daysIn(month: month, year: year)).contains(day), (1800...2099).contains(year)
    else { return nil }
    // "17.05.2021." — a trailing digit would make it something else.
    if index + 5 < tokens.count, tokens[index + 5].gap == .none, tokens[index + 5].isNumber {
      return nil
    }
    return (index + 5, Phrase.IsoDate(year: year, month: month, day: day))
  }

  private func dayNumber(at index: Int) -> Int? {
    guard index < tokens.count, tokens[index].isNumber, tokens[index].length <= 2 else {
      return nil
    }
    let day = tokens[index].number
    guard (1...31).contains(day) else { return nil }
    return day
  }

  /// A month name at `index` (an abbreviation only with its full stop): value and end.
  private func monthAt(_ index: Int) -> (value: Int, end: Int)? {
    guard index < tokens.count, tokens[index].isWord, let month = Lexicon.months[tokens[index].word]
    else { return nil }
    let word = lower(index)
    let isAbbreviation = word.count <= 4 && !["mars", "mai", "juni", "juli"].contains(word)
    if isAbbreviation {
      guard index + 1 < tokens.count, tokens[index + 1].is("."), tokens[index + 1].gap == .none
      else { return nil }
      return (month, index + 2)
    }
    return (month, index + 1)
  }

  /// The year written after a day and month, if any.
  private func yearAfter(_ index: Int) -> (end: Int, year: Int?) {
    if index < tokens.count, isYear(index), tokens[index].gap != .wide {
      return (index + 1, tokens[index].number)
    }
    return (index, nil)
  }

  private func datePhrase(_ first: Int, _ end: Int, iso: Phrase.IsoDate, year: Int?) -> Phrase {
    var phrase = Phrase(first: first, end: end, numberStart: first, kind: .date, value: nil)
    phrase.iso = iso
    phrase.year = year
    phrase.period = year.map(Phrase.Period.year)
    return phrase
  }

  private func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // MARK: - Ordinals written with digits

  /// "2. tertial", "10. trinn", "1.–4. trinn": a number with a full stop before a word.
  func readDigitOrdinal(at index: Int) -> Phrase? {
    guard tokens[index].length <= 3, index + 2 < tokens.count, tokens[index + 1].is("."),
      tokens[index + 1].gap == .none, case let value = Decimal(tokens[index].number),
      !(index > 0 && tokens[index].gap == .none && !tokens[index - 1].is("("))
    else { return nil }
    var first = index
    var end = index + 2
    var upper: Decimal?
    // "1.–4. trinn", "frå 1. til 7. trinn"
    if tokens[end].isDash || tokens[end].word == "til", end + 2 < tokens.count,
      tokens[end + 1].isNumber, tokens[end + 2].is("."), tokens[end + 2].gap == .none,
      let last = digitValue(at: end + 1), last > value
    {
      upper = last
      if tokens[end].word == "til", let opener = word(index - 1), opener == "fra" || opener == "frå" {
        first = index - 1
      }
      end += 3
    }
    guard end < tokens.count, tokens[end].isWord, !tokens[end].isCapitalized,
      tokens[end].gap != .none, Lexicon.months[tokens[end].word] == nil
    else { return nil }
    var phrase = Phrase(
      first: first, end: end, numberStart: index, kind: .ordinal, value: value)
    if let upper {
      phrase.value = nil
      phrase.qualifier = .range
      phrase.lower = value
      phrase.upper = upper
    } else {
      phrase.applyBounds()
    }
    return phrase
  }

  /// The value of the digits at `index`; beyond 18 digits they are parsed as text.
  private func digitValue(at index: Int) -> Decimal? {
    let token = tokens[index]
    return token.length <= 18 ? Decimal(token.number) : Decimal(string: lower(index))
  }
}
