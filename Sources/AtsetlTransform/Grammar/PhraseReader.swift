import AtsetlModel
import Foundation

/// Reads the number phrases of one tokenised sentence, left to right.
///
/// At each token the reader asks, in order: is this a code ("§ 12", "8.16", "kl. 14")?
/// a date? a number (digits or words), a fraction, an ordinal or a factor? Around a number
/// it then reads what belongs to it: before it a qualifier, a currency or a range opener;
/// after it a range or list partner, a scale, a currency, a percent sign, a time unit or
/// the noun it counts.
struct PhraseReader {
  let tokens: UnsafeBufferPointer<Token>
  /// The UTF-8 of the sentence the tokens were read from.
  let sentence: UnsafeBufferPointer<UInt8>
  /// The sentence has no lower-case letter ("DET VAR 400 PERSONER"): its capitals mark no
  /// acronym or name, so its words are read as ordinary words.
  var isAllCapitals = false

  /// Appends every phrase of the sentence to `phrases` (empty, its memory kept from an
  /// earlier sentence), in order, not overlapping.
  func phrases(into phrases: inout [Phrase]) {
    phrases.reserveCapacity(4)
    var index = 0
    var floor = 0  // prefixes may not reach back before the end of the previous phrase
    while index < tokens.count {
      // Most tokens start nothing (see `codeEnd` and `read`, and `Token.isAnchor`).
      guard tokens[index].isAnchor else {
        index += 1
        continue
      }
      if tokens[index].isNumber, let fraction = readSlashFraction(at: index, floor: floor) {
        phrases.append(fraction)
        index = fraction.end
        floor = index
        continue
      }
      if let skipTo = codeEnd(at: index) {
        index = skipTo
        floor = index
        continue
      }
      let found = phrases.count
      if read(at: index, floor: floor, into: &phrases) {
        index = phrases[found...].reduce(phrases[found].end) { max($0, $1.end) }
        floor = index
        continue
      }
      index += 1
    }
    if phrases.count >= 2 { linkChangesFromTo(&phrases) }
  }

  /// "gikk ned fra 8,1 prosent i 2021 til 7,4 prosent i 2022", "økte fra 200 personer til
  /// 260": a change stated across two phrases (each with its own unit, or a year between
  /// them), so not read as one "fra X til Y". The later figure gets the change (by the
  /// change word, or by the values after "gikk"/"endret"), and the earlier figure's year as
  /// `compared_to`; a later figure without a unit of its own shares the earlier one's.
  private func linkChangesFromTo(_ phrases: inout [Phrase]) {
    for index in phrases.indices.dropLast() {
      // Most phrases have no "fra" before them: that is asked first.
      guard let opener = word(phrases[index].first - 1), opener == "fra" || opener == "frå"
      else { continue }
      let from = phrases[index]
      guard !from.kind.is(.year), !from.kind.is(.date), !from.qualifier.isRange,
        let direction = changeBefore(from.first - 1)
      else { continue }
      var next = index + 1
      var cursor = from.end
      var fromYear: Int?
      // "… i 2021 til …" / "… 2021 til …": the earlier figure's year.
      if phrases[next].kind.is(.year), !phrases[next].qualifier.isRange,
        phrases[next].first == cursor || (phrases[next].first == cursor + 1 && word(cursor) == "i")
      {
        fromYear = phrases[next].year
        cursor = phrases[next].end
        next += 1
      }
      guard next < phrases.count, word(cursor) == "til", phrases[next].first == cursor + 1
      else { continue }
      var to = phrases[next]
      guard !to.kind.is(.year), !to.kind.is(.date), !to.qualifier.isRange, to.change == nil,
        let fromValue = from.value, let toValue = to.value
      else { continue }
      if to.unit == nil, from.unit != nil, to.kind.is(.count) || to.kind.is(.number) {
        to.kind = from.kind
        to.unit = from.unit
      }
      guard to.kind.is(from.kind) else { continue }
      to.change =
        direction.isAmbiguous ? (toValue > fromValue ? .increase : .decrease) : direction.change
      if let fromYear { to.comparedTo = .period(.year(fromYear)) }
      phrases[next] = to
    }
  }

  // MARK: - Dispatch

  /// Appends the phrases starting at `index` (two for "fra 200 til 300" read as a change);
  /// false when none starts there.
  private func read(at index: Int, floor: Int, into phrases: inout [Phrase]) -> Bool {
    let token = tokens[index]
    if token.isNumber {
      if let date = readDate(at: index) {
        phrases.append(date)
        return true
      }
      if let ordinal = readDigitOrdinal(at: index) {
        phrases.append(ordinal)
        return true
      }
    }
    if token.isWord {
      guard token.mayStartPhrase else { return false }
      if let date = readMonthYear(at: index) {
        phrases.append(date)
        return true
      }
      if var special = readWordPhrase(at: index, floor: floor) {
        // "over halvparten", "nesten en tredjedel", "i over et halvt år", "meir enn dobla":
        // a hedge before a fraction, a half of a time unit or a factor.
        if special.change == nil && (special.kind.is(.fraction) || special.kind.is(.duration))
          || Lexicon.factors[tokens[index].word] != nil
        {
          let prefix = readPrefix(before: index, floor: floor)
          if let start = prefix.qualifierStart {
            special.first = start
            special.qualifier = prefix.qualifier
            special.lower = nil
            special.upper = nil
            special.applyBounds()
          }
        }
        phrases.append(special)
        return true
      }
    }
    guard let core = readCore(at: index) else { return false }
    return readQuantity(core: core, floor: floor, into: &phrases)
  }

  // MARK: - Codes and other numbers that are not quantities

  /// True when a number stands right after the token at `index`, or after a full stop or
  /// "§" after it: where a code marker ("kl. 14", "§ 12") would make the number a code.
  private func numberFollowsMarker(at index: Int) -> Bool {
    var peek = index + 1
    if peek < tokens.count, tokens[peek].is(".") || tokens[peek].is("§") { peek += 1 }
    return peek < tokens.count && tokens[peek].isNumber
  }

  /// When the token at `index` starts something that is not a quantity (a section number,
  /// a paragraph sign, a time of day, a phone number, a code, a URL), the index after it.
  private func codeEnd(at index: Int) -> Int? {
    let token = tokens[index]
    // "§ 12", "kl. 14", "uke 12", "nr. 5": skip the marker and the number group after it.
    if token.isWord || token.is("§") {
      // Only a marker with a number right after it ("§ 12", "kl. 14") matters.
      guard numberFollowsMarker(at: index), Lexicon.codeMarkers.contains(token.word) else {
        return nil
      }
      // "EN 1090" is a standard; "en 50 prosent stilling", "en 20 % økning" are quantities.
      if token.word == "en", !token.isAllCaps || isAllCapitals { return nil }
      // "se s. 14": a page only with its full stop ("12 s" is seconds elsewhere).
      if token.word == "s", !tokens[index + 1].is(".") { return nil }
      var next = index + 1
      if next < tokens.count, tokens[next].is("."), tokens[next].gap == .none { next += 1 }
      if next < tokens.count, tokens[next].is("§") { next += 1 }
      guard next < tokens.count, tokens[next].isNumber else { return nil }
      let end = numberGroupEnd(from: next)
      // "kl. 18 til 22", "veke 29 og 30", "§ 12 og 13": the second number is a code too.
      if let joiner = word(end), joiner == "til" || joiner == "og" || joiner == "eller",
        end + 1 < tokens.count, tokens[end + 1].isNumber
      {
        return numberGroupEnd(from: end + 1)
      }
      return end
    }
    guard token.isNumber else { return nil }
    // List and heading numbering at the start: "1. Innledning", "2) Tiltak", "3.2 Økonomi".
    if index == 0 || (index == 1 && tokens[0].is("(")), index + 1 < tokens.count {
      let next = tokens[index + 1]
      if next.is(")") { return index + 2 }
      if next.is("."), next.gap == .none, index + 2 < tokens.count, tokens[index + 2].isCapitalized,
        tokens[index + 2].gap != .none, Lexicon.months[tokens[index + 2].word] == nil
      {
        return index + 2
      }
      // "1 Innledning", "3 ØKONOMI": a heading number of one or two digits before a
      // capitalised title (in prose a number is not followed by a capital).
      if next.isWord, next.isCapitalized, next.gap != .none, tokens[index].length <= 2,
        Lexicon.months[next.word] == nil
      {
        return index + 1
      }
    }
    // "i Storgata 12", "Solbakken 4 ble utvidet": a house number after a street name (a
    // capitalised word inside the sentence that ends like one).
    if index >= 2, tokens[index].length <= 3, tokens[index].gap == .single,
      case let name = tokens[index - 1], name.isWord, name.isCapitalized, !name.isAllCaps,
      !isAllCapitals, !tokens[index - 2].is("."), !tokens[index - 2].is(":"),
      Lexicon.isStreetName(lower(index - 1)), isHouseNumberEnd(index + 1)
    {
      return index + 1
    }
    // "Olav Kyrres gate 19, 4005 Stavanger": a postal code, four digits before the name of
    // a place that ends the sentence or clause.
    if tokens[index].length == 4, index + 1 < tokens.count, case let place = tokens[index + 1],
      place.isWord, place.isCapitalized, !place.isAllCaps, !isAllCapitals, place.gap == .single,
      Lexicon.months[place.word] == nil, !lower(index + 1).contains("-"),
      index + 2 == tokens.count || tokens[index + 2].is(",") || tokens[index + 2].is(")")
        || (tokens[index + 2].is(".") && index + 3 == tokens.count)
    {
      return index + 1
    }
    // "(PDF, 2,3 MB)": the size of a linked file.
    if index >= 2, tokens[index - 1].is(","), let format = word(index - 2),
      Lexicon.isFileFormat(format)
    {
      var end = index + 1
      if end + 1 < tokens.count, tokens[end].is(","), tokens[end].gap == .none,
        tokens[end + 1].isNumber
      {
        end += 2
      }
      if let unit = word(end), unit == "kb" || unit == "mb" || unit == "gb" { return end + 1 }
    }
    // "side 12 av 120": the page count after a page number.
    if index >= 2, word(index - 1) == "av", tokens[index - 2].isNumber, index >= 3,
      let marker = word(index - 3), marker == "side" || marker == "s"
    {
      return index + 1
    }
    let chainEnd = noGapChainEnd(from: index)
    let chain = index..<chainEnd
    // A number glued to letters or inside a path, address or file name: "E39", "3D",
    // "COVID-19", "bilde_2021.jpg", "post@kommune.no".
    if index > 0, tokens[index].gap == .none, isCodeGlue(before: index) { return chainEnd }
    if chain.contains(where: { tokens[$0].is("_") || tokens[$0].is("@") || tokens[$0].is("\\") }) {
      return chainEnd
    }
    if let glued = gluedWordAfterNumber(index), !isAllowedSuffix(glued) { return chainEnd }
    // "8.16", "5.5.15", "08.00", "10:30", "24/7": dotted, coloned or slashed digit chains
    // that are neither a date, a year span nor a thousands grouping.
    if index + 2 < tokens.count, tokens[index + 1].gap == .none, tokens[index + 2].gap == .none,
      tokens[index + 2].isNumber
    {
      let joiner = tokens[index + 1]
      if joiner.is(":") { return chainEnd }
      if joiner.is("/"), !(isYear(index) && isYearOrShortYear(index + 2)) { return chainEnd }
      if joiner.is("."), numericDate(at: index) == nil, !isDotGrouped(at: index) {
        return dottedChainEnd(from: index)
      }
    }
    // A rate base: "1 lege per 1000 innbyggere", "per 1 000 innbyggere".
    if index >= 1, let before = word(index - 1), before == "per" || before == "pr" {
      let end = numberRunEnd(from: index)
      let digits = (index..<end).map(lower).joined()
      if Lexicon.rateBases.contains(digits) { return end }
    }
    if index >= 2, tokens[index - 1].is("."), word(index - 2) == "pr" {
      let end = numberRunEnd(from: index)
      if Lexicon.rateBases.contains((index..<end).map(lower).joined()) { return end }
    }
    // "Elever 412 430 455": three groups of three digits with no currency or unit may be one
    // number of hundreds of millions or a row of three; neither is read.
    if let end = ambiguousGroupsEnd(at: index) { return end }
    // "Beløp i 1000 kr", "(i 1 000 kroner)": the unit a table is written in, not an amount.
    if let end = unitDeclarationEnd(at: index) { return end }
    // "på en skala fra 1 til 5": the ends of a rating scale.
    if index >= 2, let from = word(index - 1), from == "fra" || from == "frå",
      let scale = word(index - 2), scale == "skala" || scale == "skalaen",
      index + 2 < tokens.count, word(index + 1) == "til" || tokens[index + 1].isDash,
      tokens[index + 2].isNumber
    {
      return index + 3
    }
    // A page number after dot leaders: "Arbeidstreningssenteret ........ 45".
    if index >= 3, (1...3).allSatisfy({ tokens[index - $0].is(".") || tokens[index - $0].is("…") }) {
      return index + 1
    }
    if index >= 1, tokens[index - 1].is("…") { return index + 1 }
    // A phone number: "51 50 70 90", "+47 51 50 70 90", "800 12 345".
    if let phoneEnd = phoneNumberEnd(at: index) { return phoneEnd }
    return nil
  }

  /// The end of a run like "412 430 455" (a lead of three digits and two or more groups of
  /// three, single-spaced) that has no currency before it and no unit, scale, percent sign or
  /// noun after it.
  private func ambiguousGroupsEnd(at index: Int) -> Int? {
    guard tokens[index].length == 3, index + 2 < tokens.count else { return nil }
    var end = index + 1
    while end < tokens.count, tokens[end].isNumber, tokens[end].gap == .single,
      tokens[end].length == 3
    {
      end += 1
    }
    guard end - index >= 3 else { return nil }
    if index >= 1, let before = word(index - 1),
      before == "kr" || before == "nok" || Lexicon.scaledCurrencies[before] != nil
    {
      return nil
    }
    if index >= 2, tokens[index - 1].is("."), word(index - 2) == "kr" { return nil }
    guard end < tokens.count else { return end }
    let next = tokens[end]
    if next.is("%") || (next.is(",") && end + 1 < tokens.count && tokens[end + 1].gap == .none) {
      return nil
    }
    if next.isWord {
      let classes = Lexicon.classes(of: next.word)
      if !classes.isDisjoint(with: [.currency, .scaleWord, .scaledCurrency, .percentWord, .pointWord])
        || isContentWord(end) || next.word == "nok"
      {
        return nil
      }
    }
    return end
  }

  /// "i 1000 kr", "(1 000 kroner)" closing a heading or caption: the end of the declaration.
  private func unitDeclarationEnd(at index: Int) -> Int? {
    guard index >= 1, word(index - 1) == "i" || tokens[index - 1].is("(") else { return nil }
    // "1000" or "1 000", read from the tokens' values (no text is made).
    let token = tokens[index]
    var end = index + 1
    if token.number == 1, token.length == 1, end < tokens.count, tokens[end].isNumber,
      tokens[end].gap == .single, tokens[end].length == 3, tokens[end].number == 0
    {
      end += 1
    } else if !(token.number == 1000 && token.length == 4) {
      return nil
    }
    guard let currency = word(end),
      currency == "kr" || currency == "kroner" || currency == "kronar"
    else { return nil }
    var cursor = end + 1
    if cursor < tokens.count, tokens[cursor].is("."), tokens[cursor].gap == .none { cursor += 1 }
    guard cursor < tokens.count else { return cursor }
    let next = tokens[cursor]
    let closes =
      next.is(")") || next.is(":") || next.is(",") || (next.is(".") && cursor + 1 == tokens.count)
    return closes ? cursor : nil
  }

  /// What may follow a house number: the end, a punctuation mark other than a decimal comma
  /// or "%", or a function word ("Solbakken 4 ble utvidet"); not a unit ("Husbanken 12 mill.").
  private func isHouseNumberEnd(_ index: Int) -> Bool {
    guard index < tokens.count else { return true }
    let next = tokens[index]
    if next.isWord { return Lexicon.classes(of: next.word).contains(.functionWord) }
    if next.is(",") {
      return !(index + 1 < tokens.count && tokens[index + 1].isNumber
        && tokens[index + 1].gap == .none)
    }
    // A full stop only at the end: "Statsforvalteren 3. mars" is a date.
    if next.is(".") { return index + 1 == tokens.count }
    return next.is(":") || next.is(")") || next.is(";")
  }

  /// The end of a run of tokens joined without whitespace.
  private func noGapChainEnd(from index: Int) -> Int {
    var end = index + 1
    while end < tokens.count, tokens[end].gap == .none, !tokens[end].is(","),
      !(tokens[end].is(".") && (end + 1 == tokens.count || tokens[end + 1].gap != .none)),
      !tokens[end].is(")"), !tokens[end].is(";")
    {
      end += 1
    }
    return end
  }

  /// True when the token before a number glues it into a code: a word ("E39"), or a word
  /// and a hyphen ("COVID-19"), or a slash or underscore.
  private func isCodeGlue(before index: Int) -> Bool {
    let previous = tokens[index - 1]
    if previous.isWord { return Lexicon.currencies[previous.word] == nil }
    if previous.is("_") || previous.is("/") || previous.is("@") { return true }
    if previous.isDash, previous.gap == .none, index >= 2, tokens[index - 2].isWord {
      // "1. januar–31. desember 2022": a range of dates, not a code.
      return !(Lexicon.months[tokens[index - 2].word] != nil && readDate(at: index) != nil)
    }
    if previous.is("."), previous.gap == .none, index >= 2, tokens[index - 2].isWord {
      return !["kr", "ca", "pr", "maks", "mill", "mrd", "pst"].contains(tokens[index - 2].word)
    }
    return false
  }

  /// The word glued directly (or by a hyphen) after the number at `index`, if any.
  private func gluedWordAfterNumber(_ index: Int) -> String? {
    let next = index + 1
    guard next < tokens.count, tokens[next].gap == .none else { return nil }
    if tokens[next].isWord { return lower(next) }
    if tokens[next].isDash, next + 1 < tokens.count, tokens[next + 1].gap == .none,
      tokens[next + 1].isWord
    {
      return "-" + lower(next + 1)
    }
    return nil
  }

  /// Words that may touch a number: "15,6mill.", "20%-poeng", "4-årig", "1.januar".
  private func isAllowedSuffix(_ word: String) -> Bool {
    let bare = word.hasPrefix("-") ? String(word.dropFirst()) : word
    if Lexicon.scaleWords[text: bare] != nil || Lexicon.currencies[text: bare] != nil {
      return true
    }
    if Lexicon.scaledCurrencies[text: bare] != nil || Lexicon.percentWords.contains(text: bare) {
      return true
    }
    if Lexicon.pointWords.contains(text: bare) || bare == "poeng" { return true }
    if Lexicon.durationSuffixes.contains(where: { bare == $0.suffix }) { return true }
    if bare == "åring" || bare == "åringer" || bare == "åringar" { return false }
    return false
  }

  /// The end of "§ 12", "kl. 08.00–16.00", "tlf. 51 50 70 90": digits and their joiners.
  private func numberGroupEnd(from index: Int) -> Int {
    var end = index
    while end < tokens.count {
      let token = tokens[end]
      if token.isNumber {
        end += 1
      } else if token.gap == .none, token.is(".") || token.is(":") || token.isDash || token.is("/"),
        end + 1 < tokens.count, tokens[end + 1].isNumber || tokens[end + 1].isDash
      {
        end += 1
      } else if token.isDash, end + 1 < tokens.count, tokens[end + 1].isNumber {
        end += 1
      } else if token.isWord, lower(end).count == 1, token.gap == .none {
        end += 1  // "§ 4a"
      } else {
        break
      }
    }
    return end
  }

  /// The end of a dotted chain like "5.5.15".
  private func dottedChainEnd(from index: Int) -> Int {
    var end = index + 1
    while end + 1 < tokens.count, tokens[end].is("."), tokens[end].gap == .none,
      tokens[end + 1].isNumber, tokens[end + 1].gap == .none
    {
      end += 2
    }
    return end
  }

  /// "51 50 70 90": three or more digit groups in a row that are not a thousands grouping.
  private func phoneNumberEnd(at index: Int) -> Int? {
    var end = index + 1
    if index > 0, tokens[index - 1].is("+"), tokens[index].word == "47" {
      return numberRunEnd(from: index)
    }
    while end < tokens.count, tokens[end].isNumber, tokens[end].gap == .single { end += 1 }
    guard end - index >= 3 else { return nil }
    let groups = tokens[index..<end].map(\.length)
    let isThousands = groups[0] <= 3 && groups.dropFirst().allSatisfy { $0 == 3 }
    return isThousands ? nil : end
  }

  private func numberRunEnd(from index: Int) -> Int {
    var end = index
    while end < tokens.count, tokens[end].isNumber, end == index || tokens[end].gap == .single {
      end += 1
    }
    return end
  }

  // MARK: - Numbers

  /// The number starting at `index`: digits or words.
  func readCore(at index: Int, inRange: Bool = false) -> NumberCore? {
    let token = tokens[index]
    if token.isNumber { return readDigits(at: index) }
    if token.isWord { return readWords(at: index, inRange: inRange) }
    return nil
  }

  /// "7 849", "1.234.567", "15,6", "−0,4", "450 000,-".
  private func readDigits(at index: Int) -> NumberCore? {
    var start = index
    var sign = 0
    if index > 0 {
      let previous = tokens[index - 1]
      let signed = previous.is("-") || previous.is("−") || previous.is("+") || previous.is("–")
      let detached =
        index == 1 || previous.gap != .none || tokens[index - 2].is("(")
        || tokens[index - 2].is("[")
      if signed, tokens[index].gap == .none, detached {
        start = index - 1
        sign = previous.is("+") ? 1 : -1
      } else if previous.word == "minus", tokens[index].gap == .single,
        !(index >= 2 && tokens[index - 2].word == "pluss")
      {
        // "et avvik på minus 2,1 mill. kroner": the sign written as a word.
        start = index - 1
        sign = -1
      } else if previous.word == "med", index >= 2, case let adjective = tokens[index - 2].word,
        adjective == "negativt" || adjective == "negativ" || adjective == "negative"
      {
        // "Netto driftsresultat ble negativt med 8,1 mill. kroner": a negative figure.
        start = index - 2
        sign = -1
      }
    }
    // The digits are read as one integer significand (up to 18 of them, else as text).
    var significand: UInt64 = 0
    var digitCount = 0
    func add(_ token: Token) {
      if token.length <= 18, digitCount + token.length <= 18 {
        var power: UInt64 = 1
        for _ in 0..<token.length { power *= 10 }
        significand = significand * power + UInt64(token.number)
      }
      digitCount += token.length
    }
    add(tokens[index])
    var end = index + 1
    var grouped = false
    if tokens[index].length <= 3 {
      // Space grouping: "7 849", "1 234 567". A four-digit year never joins.
      while end < tokens.count, tokens[end].isNumber, tokens[end].gap == .single,
        tokens[end].length == 3,
        !(end + 1 < tokens.count && tokens[end + 1].isNumber && tokens[end + 1].gap == .none)
      {
        add(tokens[end])
        end += 1
        grouped = true
      }
      if !grouped, isDotGrouped(at: index) {
        while end + 1 < tokens.count, tokens[end].is("."), tokens[end].gap == .none,
          tokens[end + 1].isNumber, tokens[end + 1].gap == .none,
          tokens[end + 1].length == 3
        {
          add(tokens[end + 1])
          end += 2
          grouped = true
        }
      }
    }
    let integerDigits = digitCount
    var fractionDigits = 0
    var hasMoneyDash = false
    if end + 1 < tokens.count, tokens[end].is(","), tokens[end].gap == .none,
      tokens[end + 1].gap == .none
    {
      if tokens[end + 1].isNumber {
        add(tokens[end + 1])
        fractionDigits = tokens[end + 1].length
        end += 2
      } else if tokens[end + 1].isDash {
        hasMoneyDash = true
        end += 2
      }
    }
    if !hasMoneyDash, end + 1 < tokens.count, tokens[end].is(","), tokens[end].gap == .none,
      tokens[end + 1].isDash, tokens[end + 1].gap == .none
    {
      hasMoneyDash = true
      end += 2
    }
    var value: Decimal
    if digitCount <= 18 {
      value = Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    } else {
      guard let long = Self.decimal(digitText(index..<end)) else { return nil }
      value = long
    }
    if sign < 0 { value = -value }
    let plain = !grouped && sign == 0 && fractionDigits == 0 && integerDigits == 4
    let isYearLike = plain && significand >= 1800 && significand <= 2099
    return NumberCore(
      value: value, start: start, end: end, isDigits: true, isYearLike: isYearLike, sign: sign,
      hasMoneyDash: hasMoneyDash, isApproximate: false, integerDigits: integerDigits,
      digits: digitCount <= 18 ? (significand, -fractionDigits) : nil)
  }

  /// The digits of the numbers in `range` as text, with "." before the decimals (the
  /// number after a comma): "1 234,5" → "1234.5".
  private func digitText(_ range: Range<Int>) -> String {
    var text = ""
    for cursor in range where tokens[cursor].isNumber {
      if cursor > range.lowerBound, tokens[cursor - 1].is(",") { text += "." }
      text += lower(cursor)
    }
    return text
  }

  /// The value of plain digits with an optional "." decimal part, without Foundation parsing.
  static func decimal(_ digits: String) -> Decimal? {
    var significand: UInt64 = 0
    var exponent = 0
    var seenPoint = false
    var count = 0
    for byte in digits.utf8 {
      if byte == UInt8(ascii: ".") {
        seenPoint = true
        continue
      }
      guard byte >= 48, byte <= 57 else { return nil }
      count += 1
      if count > 18 { return Decimal(string: digits, locale: posix) }
      significand = significand * 10 + UInt64(byte - 48)
      if seenPoint { exponent -= 1 }
    }
    return Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
  }

  private static let posix = Locale(identifier: "en_US_POSIX")

  /// "1.234.567": dot-grouped thousands (a lead of 1–3 digits, then groups of exactly three).
  private func isDotGrouped(at index: Int) -> Bool {
    guard tokens[index].length <= 3, index + 2 < tokens.count else { return false }
    var end = index + 1
    var groups = 0
    while end + 1 < tokens.count, tokens[end].is("."), tokens[end].gap == .none,
      tokens[end + 1].isNumber, tokens[end + 1].gap == .none
    {
      guard tokens[end + 1].length == 3 else { return false }
      groups += 1
      end += 2
    }
    if end < tokens.count, tokens[end].gap == .none, tokens[end].isNumber { return false }
    // "1.200" is a thousand and two hundred; "3.100" as a section number is rare in prose.
    return groups >= 1
  }

  /// "fem", "tjuefem", "to hundre og femti", "tre tusen", "en million", "halvannen".
  private func readWords(at index: Int, inRange: Bool) -> NumberCore? {
    let word = tokens[index].word
    if Lexicon.oneAndAHalf.contains(word) {
      return wordCore(.oneAndAHalf, index, index + 1)
    }
    // An article counts only before a scale word: "en million", "et hundre".
    if Lexicon.articles.contains(word) {
      guard index + 1 < tokens.count, tokens[index + 1].isWord else { return nil }
      let next = tokens[index + 1].word
      // "en av tre", "ein av fem": one out of a few (read as a fraction by the caller).
      if next == "av", index + 2 < tokens.count, tokens[index + 2].isNumber
        || Lexicon.cardinals[tokens[index + 2].word] != nil, word == "en" || word == "ein" || word == "ei"
      {
        return wordCore(1, index, index + 1)
      }
      // "en til tre ansatte", "ein til to veker": one, as the start of a range.
      if next == "til", index + 2 < tokens.count,
        tokens[index + 2].isNumber || Lexicon.cardinals[tokens[index + 2].word] != nil
      {
        return wordCore(1, index, index + 1)
      }
      // "et titall barn", "eit tjuetal personar": about ten, about twenty.
      if word == "et" || word == "eit", let value = Lexicon.roundNumbers[next] {
        var core = wordCore(value, index, index + 2)
        core.isApproximate = true
        return core
      }
      if next == "par", word == "et" || word == "eit" {
        var core = wordCore(2, index, index + 2)
        // "et par hundre søkere": a couple of hundred.
        if let scale = self.word(index + 2), scale == "hundre" || scale == "tusen" {
          core = wordCore(scale == "hundre" ? 200 : 2000, index, index + 3)
        }
        core.isApproximate = true
        return core
      }
      // "kring ein månad", "ca. en uke", "innen et år": after a hedge, an article before a
      // time unit in the singular is one.
      if Lexicon.isSingularTimeUnit(next), readPrefix(before: index, floor: 0).qualifierStart != nil
      {
        return wordCore(1, index, index + 1)
      }
      guard next == "hundre" || next == "tusen" || isLargeScale(next) else { return nil }
      if next == "hundre" || next == "tusen" {
        return continueWords(from: index + 1, accumulator: startAccumulator(1), start: index, inRange: inRange)
      }
      return wordCore(1, index, index + 1)
    }
    guard let value = numberValue(at: index), !isNotANumber(at: index) else { return nil }
    // "ikke én søknad", "ikkje registrert eitt einaste avvik": not one, so none; no fact.
    if value == 1, isNegated(index) { return nil }
    var accumulator = NumberWords.Accumulator()
    if Lexicon.cardinals[word] != nil || value < 100 {
      _ = accumulator.add(value)
      return continueWords(from: index + 1, accumulator: accumulator, start: index, inRange: inRange)
    }
    return wordCore(Decimal(value), index, index + 1)
  }

  /// "ikke" right before the word at `index`, or up to three words before it when "eneste"
  /// or "einaste" follows it.
  private func isNegated(_ index: Int) -> Bool {
    let reach = word(index + 1) == "eneste" || word(index + 1) == "einaste" ? 3 : 1
    for distance in 1...reach {
      guard let before = word(index - distance) else { return false }
      if before == "ikke" || before == "ikkje" { return true }
    }
    return false
  }

  private func startAccumulator(_ value: Int) -> NumberWords.Accumulator {
    var accumulator = NumberWords.Accumulator()
    _ = accumulator.add(value)
    return accumulator
  }

  /// Adds the number words that follow: "to" "hundre" "og" "femti".
  private func continueWords(
    from index: Int, accumulator start: NumberWords.Accumulator, start first: Int, inRange: Bool
  ) -> NumberCore? {
    var accumulator = start
    var end = index
    while end < tokens.count, tokens[end].isWord, tokens[end].gap != .wide {
      let word = tokens[end].word
      if word == "og", accumulator.acceptsAnd, !inRange, end + 1 < tokens.count,
        tokens[end + 1].isWord, let next = numberValue(at: end + 1),
        next > 0, next < 100
      {
        var trial = accumulator
        if trial.add(next) {
          accumulator = trial
          end += 2
          continue
        }
        break
      }
      guard let value = numberValue(at: end), value > 0,
        value < 100 || Lexicon.cardinals[word] != nil
      else { break }
      var trial = accumulator
      guard trial.add(value) else { break }
      accumulator = trial
      end += 1
    }
    // "to og en halv", "tre og ein halv": and a half.
    var value = Decimal(accumulator.value)
    if end + 2 < tokens.count, tokens[end].word == "og",
      Lexicon.articles.contains(tokens[end + 1].word),
      tokens[end + 2].word == "halv" || tokens[end + 2].word == "halvt"
    {
      value += .half
      end += 3
    }
    return wordCore(value, first, end)
  }

  private func wordCore(_ value: Decimal, _ start: Int, _ end: Int) -> NumberCore {
    NumberCore(
      value: value, start: start, end: end, isDigits: false, isYearLike: false, sign: 0,
      hasMoneyDash: false, isApproximate: false, integerDigits: 0)
  }

  private func isLargeScale(_ word: Word) -> Bool {
    guard let factor = Lexicon.scaleWords[word] else { return false }
    return factor >= 1_000_000 && !Lexicon.abbreviatedScales.contains(word)
  }

  /// Number words that are something else here: "tre i kraft", "bygget i tre".
  private func isNotANumber(at index: Int) -> Bool {
    let word = tokens[index].word
    if word == "tre" {
      if index + 2 < tokens.count, tokens[index + 1].word == "i", tokens[index + 2].word == "kraft" {
        return true
      }
      if index + 1 < tokens.count, tokens[index + 1].word == "inn" || tokens[index + 1].word == "ut" {
        return true
      }
      let atEnd = index + 1 == tokens.count || tokens[index + 1].kind == .symbol
      if atEnd, index > 0, case let previous = tokens[index - 1].word,
        previous == "i" || previous == "av" || previous == "på",
        !(index > 1 && (tokens[index - 2].isNumber || Lexicon.cardinals[tokens[index - 2].word] != nil))
      {
        return true
      }
    }
    if word == "null", index + 1 < tokens.count, tokens[index + 1].is("-") { return true }
    // "noen hundre", "fleire tusen": some hundreds, several thousands; no figure is given.
    if word == "hundre" || word == "tusen", let before = self.word(index - 1),
      Lexicon.isVagueQuantifier(before)
    {
      return true
    }
    return false
  }

  // MARK: - Helpers shared by the rules

  func isYear(_ index: Int) -> Bool {
    guard index < tokens.count, tokens[index].isNumber, tokens[index].length == 4 else {
      return false
    }
    return tokens[index].number >= 1800 && tokens[index].number <= 2099
  }

  func isYearOrShortYear(_ index: Int) -> Bool {
    isYear(index) || (index < tokens.count && tokens[index].isNumber && tokens[index].length == 2)
  }

  /// The token at `index` when it is a word, lower-case.
  @inline(__always)
  func word(_ index: Int) -> Word? {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
    return tokens[index].word
  }

  /// The lower-case text of the token at `index`, for rules that need more than equality.
  func lower(_ index: Int) -> String {
    tokens[index].text(in: sentence)
  }

  /// The value of the number word at `index` ("fem", "tjuefem"), or `nil`.
  func numberValue(at index: Int) -> Int? {
    let token = tokens[index]
    if let value = Lexicon.cardinals[token.word] { return value }
    // A compound starts with a number morpheme, and the tokenizer marked those words.
    guard token.startsCompound else { return nil }
    // The packed spelling is the word as written unless it is long or respelt; the
    // tokenizer has split such a compound already.
    if !token.isRespelt, !token.word.isLong {
      return token.compoundValue >= 0 ? Int(token.compoundValue) : nil
    }
    return NumberWords.value(ofWord: lower(index))
  }

  /// True when the tokens from `index` spell `words` (lower-case), each after a single gap.
  func matches(_ words: [Word], at index: Int) -> Bool {
    guard index >= 0, index + words.count <= tokens.count else { return false }
    for (offset, expected) in words.enumerated() where tokens[index + offset].word != expected {
      return false
    }
    return true
  }
}
