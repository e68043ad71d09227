import AtsetlModel
import Foundation

/// Reads what the rest of a sentence says about its phrases: the change a phrase states
/// ("en nedgang på vel 100 personer"), what it is compared with ("fra året før",
/// "sammenlignet med 2019") and the year it is about ("mot 270 i 2016").
struct SentenceContext {
  let tokens: UnsafeBufferPointer<Token>
  /// The UTF-8 of the sentence the tokens were read from.
  let sentence: UnsafeBufferPointer<UInt8>
  /// The sentence holds a "(": without one, nothing stands in parentheses.
  private let hasParentheses: Bool

  init(tokens: UnsafeBufferPointer<Token>, sentence: UnsafeBufferPointer<UInt8>) {
    self.tokens = tokens
    self.sentence = sentence
    hasParentheses = tokens.contains { $0.is("(") }
  }

  /// Fills `change`, `comparedTo` and `period` of `phrases` in place.
  func annotate(_ phrases: inout [Phrase]) {
    for index in phrases.indices where !phrases[index].kind.is(.year) && !phrases[index].kind.is(.date) {
      if phrases[index].change == nil {
        phrases[index].change = changeAround(phrases[index], in: phrases)
      }
    }
    let comparisonYears = comparisonYearIndexes(phrases)
    assignMot(&phrases)
    for index in phrases.indices where phrases[index].change != nil {
      if phrases[index].comparedTo == nil {
        phrases[index].comparedTo = comparison(for: phrases[index], phrases: phrases)
      }
    }
    assignPeriods(&phrases, excluding: comparisonYears)
    // "I fjor var det 300 deltakere", "Fjorårets resultat var 5 mill.": about the year before.
    if let end = lastYearClauseEnd {
      for index in phrases.indices where phrases[index].period == nil && phrases[index].first < end {
        if !phrases[index].kind.is(.year), !phrases[index].kind.is(.date) {
          phrases[index].periodOffset = -1
        }
      }
    }
    assignChangeFrom(&phrases)
    // "1 245 ansatte i 2022, mot 1 198 året før": the figure of the year before, and before
    // the year of the figure it is set against ("7,2 prosent i 2022, mot 6,8 prosent året
    // før") when the sentence gives it no year of its own.
    for index in phrases.indices where phrases[index].periodOffset != 0 {
      if phrases[index].period == nil,
        let earlier = phrases[..<index].lastIndex(where: { $0.kind.is(phrases[index].kind) })
      {
        phrases[index].period = phrases[earlier].period
      }
      if let year = phrases[index].period?.year {
        phrases[index].period = .year(year + phrases[index].periodOffset)
        phrases[index].periodOffset = 0
      }
    }
  }

  /// When the sentence opens with "I fjor" or "Fjorårets"/"Fjoråret", the end (a token
  /// index) of the clause that speaks of last year: the first comma or semicolon, else the
  /// end of the sentence.
  private var lastYearClauseEnd: Int? {
    let opens =
      switch word(0) {
      case "i": word(1) == "fjor"
      case "fjorårets", "fjoråret": true
      default: false
      }
    guard opens else { return nil }
    return tokens.indices.first {
      tokens[$0].is(";") || (tokens[$0].is(",") && !isInsideNumber($0))
    } ?? tokens.count
  }

  // MARK: - Change

  /// The change a phrase states through the words around it.
  private func changeAround(_ phrase: Phrase, in phrases: [Phrase]) -> Change? {
    // Inside: "30 færre elever" (the comparative is part of the phrase).
    if phrase.end - phrase.numberStart >= 3 {
      for index in (phrase.numberStart + 1)..<(phrase.end - 1) {
        if let change = Lexicon.comparatives[tokens[index].word],
          Lexicon.isCountComparative(tokens[index].word)
        {
          return change
        }
      }
    }
    // After: "50 prosent lavere", "30 færre", "3,2 mill. mer enn budsjettert", "8 mill. under budsjett".
    if phrase.end < tokens.count, tokens[phrase.end].isWord {
      let next = tokens[phrase.end].word
      // "4 mindre prosjekt", "3 større utbyggingar": minor and larger, not a difference.
      let describesNoun = (next == "mindre" || next == "større") && phrase.kind.is(.count)
        && phrase.end + 1 < tokens.count && tokens[phrase.end + 1].isWord
        && !Lexicon.classes(of: tokens[phrase.end + 1].word).contains(.functionWord)
      if !describesNoun, let change = Lexicon.comparatives[next] {
        // "25 prosent flere deltakere", but not "fem flere enn 300" read as a bound of 300.
        // "30 prosent høyere enn 2019" compares with a year: still a change.
        if !(phrase.end + 2 < tokens.count && tokens[phrase.end + 1].word == "enn"
          && tokens[phrase.end + 2].isNumber && !isYearToken(phrase.end + 2))
        {
          return change
        }
      }
      if let change = Lexicon.qualityComparatives[next], phrase.end + 1 < tokens.count,
        tokens[phrase.end + 1].word == "enn" || Lexicon.comparisonObjects.contains(tokens[phrase.end + 1].word)
      {
        return change
      }
      // "en 20 % økning", "5 prosent nedgang": a share followed by the change it names.
      if Lexicon.isChangeNoun(next), phrase.kind.is(.percent) || phrase.kind.is(.percentagePoints),
        let change = Lexicon.changeWords[next]
      {
        return change
      }
      if next == "over" || next == "under", phrase.end + 1 < tokens.count,
        Lexicon.comparisonObjects.contains(tokens[phrase.end + 1].word)
      {
        return next == "over" ? .increase : .decrease
      }
    }
    // Before: "en økning på 20 prosent", "redusert med 20 prosent",
    // "en økning i antall deltakere på 25 prosent".
    let start = phrase.first
    // "økte 12 prosent", "gikk ned 2 prosentenheter": a change verb right before the figure.
    if start >= 1, let verb = word(start - 1), Lexicon.isChangeVerb(verb) {
      return Lexicon.changeWords[verb]
    }
    if start >= 2, let adverb = word(start - 1), adverb == "opp" || adverb == "ned",
      let verb = word(start - 2), verb == "gikk" || verb == "gjekk" || verb == "gått" || verb == "går"
    {
      return adverb == "opp" ? .increase : .decrease
    }
    guard start >= 1, let link = word(start - 1), Lexicon.isChangeLink(link) else { return nil }
    var cursor = start - 2
    while cursor >= 0, start - cursor <= 7 {
      let token = tokens[cursor]
      if token.is(",") || token.is(".") || token.is(";") || token.is("(") { return nil }
      if token.isNumber { return nil }
      if token.isWord, let change = Lexicon.changeWords[token.word] {
        // "gikk opp med" / "gikk ned med"; a bare "opp"/"ned" needs its verb.
        if token.word == "opp" || token.word == "ned" {
          guard cursor >= 1, let verb = word(cursor - 1),
            ["gikk", "gjekk", "går", "gått", "gå", "justert", "justerte", "skrevet", "skrive"]
              .contains(verb)
          else { return nil }
        }
        // "økning til 300" names the new level, not the size of the change.
        if link == "til" { return nil }
        return change
      }
      cursor -= 1
    }
    return nil
  }

  // MARK: - Comparison

  /// Indexes (into `tokens`) of years that are comparison objects: "sammenlignet med 2019",
  /// "enn i 2019", "fra 2019" after a change word.
  /// A sentence names few years: a short array (allocated only when one is found) is
  /// cheaper than a set.
  private func comparisonYearIndexes(_ phrases: [Phrase]) -> [Int] {
    var indexes: [Int] = []
    let statesChange = phrases.contains { $0.change != nil }
    for phrase in phrases where phrase.kind.is(.year) && !phrase.qualifier.isRange {
      let before = word(phrase.first - 1)
      if isComparisonObject(at: phrase.first)
        // "gikk ned med 10 prosent fra 2020": the year a change is measured from.
        || (statesChange && (before == "fra" || before == "frå"))
        // "siden 2019": where a span starts, never the year the sentence is about.
        || before == "siden" || before == "sidan"
      {
        indexes.append(phrase.first)
      }
    }
    return indexes
  }

  private func isComparisonObject(at index: Int) -> Bool {
    let before1 = word(index - 1)
    let before2 = word(index - 2)
    if before1 == "med", before2 != nil, case let before2 = lower(index - 2),
      before2.hasPrefix("sammenlign") || before2.hasPrefix("sammenlikn")
        || before2.hasPrefix("samanlikn") || before2 == "jamført" || before2 == "jamfört"
    {
      return true
    }
    if before1 == "enn" || (before1 == "i" && before2 == "enn") { return true }
    // "samanlikna med rekneskapen for 2021", "sammenlignet med nivået i 2019".
    if before1 == "for" || before1 == "i", before2 != nil, word(index - 3) == "med",
      index >= 4, word(index - 4) != nil, case let verb = lower(index - 4),
      verb.hasPrefix("sammenlign") || verb.hasPrefix("sammenlikn") || verb.hasPrefix("samanlikn")
    {
      return true
    }
    if before1 == "til", before2 == "forhold" { return true }
    // "dobbelt så mange som i 2020", "på same nivå som i 2021": what is compared with; but
    // "som i 2021 utgjorde 4 mill." is a relative clause about 2021.
    if before1 == "i", before2 == "som", saysSameOrAs(before: index - 2) { return true }
    // "fram mot 2030", "opp mot 2025": towards a year, not against it.
    if before1 == "mot", before2 == "fram" || before2 == "frem" || before2 == "opp" {
      return false
    }
    if before1 == "mot" || (before1 == "i" && before2 == "mot") { return true }
    return false
  }

  /// True when "så", "like", "samme"/"same" or "nivå" stands shortly before `index` in the
  /// same clause: "så mange som", "like høyt som", "samme nivå som".
  private func saysSameOrAs(before index: Int) -> Bool {
    var cursor = index - 1
    while cursor >= 0, index - cursor <= 6 {
      if tokens[cursor].is(",") || tokens[cursor].is(";") { return false }
      if let word = word(cursor) {
        switch word {
        case "så", "like", "samme", "same", "nivå", "nivået": return true
        default: break
        }
      }
      cursor -= 1
    }
    return false
  }

  /// What a changed phrase is compared with: a year or `previous_year`.
  private func comparison(for phrase: Phrase, phrases: [Phrase]) -> Phrase.Comparison? {
    // Nearest comparison object in the sentence, preferring the one after the phrase (the
    // first of equally near ones).
    var nearest: (distance: Int, value: Phrase.Comparison)?
    for index in tokens.indices {
      guard let value = comparisonObject(at: index) else { continue }
      let distance = index >= phrase.end ? index - phrase.end : (phrase.first - index) + 1000
      if distance < nearest?.distance ?? .max { nearest = (distance, value) }
    }
    return nearest?.value
  }

  /// A comparison object starting at `index`: "fra året før", "i fjor", "enn i 2019".
  private func comparisonObject(at index: Int) -> Phrase.Comparison? {
    guard let current = word(index) else {
      if tokens[index].isNumber, isYearToken(index), isComparisonObject(at: index) {
        return .period(.year(tokens[index].number))
      }
      // "fra 2019" after a change: "en økning på 5 prosent fra 2019"; "økt med 40 prosent
      // siden 2019".
      if tokens[index].isNumber, isYearToken(index),
        let before = word(index - 1),
        before == "fra" || before == "frå" || before == "siden" || before == "sidan"
      {
        return .period(.year(tokens[index].number))
      }
      return nil
    }
    if current == "året" || current == "åra" || current == "årene",
      let next = word(index + 1), next == "før" || next == "forut" || next == "tidligere"
    {
      return .previousYear
    }
    if current == "fjor" || current == "fjoråret" || current == "fjorårets" { return .previousYear }
    if current == "forrige" || current == "førre", word(index + 1) == "år" { return .previousYear }
    return nil
  }

  /// True for a number of four digits from 1800 to 2099 (called on numbers only).
  private func isYearToken(_ index: Int) -> Bool {
    guard tokens[index].length == 4 else { return false }
    return tokens[index].number >= 1800 && tokens[index].number <= 2099
  }

  /// "året før" or "i fjor" starts at `index`: what stands before it is the previous year's.
  private func saysPreviousYear(at index: Int) -> Bool {
    (word(index) == "året" && word(index + 1) == "før")
      || (word(index) == "i" && word(index + 1) == "fjor")
  }

  /// "6,8 prosent, en nedgang fra 7,2 prosent i 2021": the first figure is the new level,
  /// a decrease compared with the second one, and with its year when the sentence gives one
  /// ("året før" / "i fjor": the previous year, and the second figure is that year's).
  private func assignChangeFrom(_ phrases: inout [Phrase]) {
    for index in phrases.indices.dropLast() {
      let level = phrases[index]
      let earlier = phrases[index + 1]
      guard !level.kind.is(.year), !level.kind.is(.date), level.change == nil,
        earlier.kind.is(level.kind), level.end < tokens.count, tokens[level.end].is(",")
      else { continue }
      var cursor = level.end + 1
      if let article = word(cursor),
        article == "en" || article == "ein" || article == "ei" || article == "et" || article == "eit"
      {
        cursor += 1
      }
      guard let changeWord = word(cursor), changeWord != "opp", changeWord != "ned",
        let change = Lexicon.changeWords[changeWord], let from = word(cursor + 1),
        from == "fra" || from == "frå", earlier.first == cursor + 2
      else { continue }
      phrases[index].change = change
      // "… frå 7,2 prosent året før" / "i fjor": the earlier figure is the year before's.
      if saysPreviousYear(at: earlier.end) {
        phrases[index].comparedTo = phrases[index].comparedTo ?? .previousYear
        phrases[index + 1].periodOffset = -1
      } else if phrases[index].comparedTo == nil, let year = earlier.period, year != level.period {
        phrases[index].comparedTo = .period(year)
      }
    }
  }

  /// "400 … i 2017, mot 270 i 2016": 270 is about 2016, and 400 is compared with it.
  private func assignMot(_ phrases: inout [Phrase]) {
    for index in phrases.indices where !phrases[index].kind.is(.year) && !phrases[index].kind.is(.date) {
      let phrase = phrases[index]
      guard phrase.first >= 1, word(phrase.first - 1) == "mot" else { continue }
      var cursor = phrase.end
      if word(cursor) == "i" || word(cursor) == "for" { cursor += 1 }
      // "8,2 %, mot 7,9 % året før": compared with the previous year.
      if saysPreviousYear(at: phrase.end) {
        phrases[index].periodOffset = -1
        if let earlier = phrases[..<index].lastIndex(where: { $0.kind.is(phrase.kind) }) {
          phrases[earlier].comparedTo = phrases[earlier].comparedTo ?? .previousYear
        }
        continue
      }
      guard cursor < tokens.count, tokens[cursor].isNumber, isYearToken(cursor) else { continue }
      let year = Phrase.Period.year(tokens[cursor].number)
      phrases[index].period = year
      if let earlier = phrases[..<index].lastIndex(where: {
        $0.kind.is(phrase.kind) && !$0.kind.is(.year) && !$0.kind.is(.date)
      }) {
        phrases[earlier].comparedTo = phrases[earlier].comparedTo ?? .period(year)
      }
    }
  }

  // MARK: - Period

  /// Gives each phrase the year it is about, when the sentence names one.
  private func assignPeriods(_ phrases: inout [Phrase], excluding comparisonYears: [Int]) {
    // Every rule below needs a year or a date among the phrases.
    guard phrases.contains(where: { $0.kind.is(.year) || $0.kind.is(.date) }) else { return }
    // "auka med 8 prosent frå 2020 til 2021": a change over a span of years is about its end.
    if let span = phrases.first(where: {
      $0.kind.is(.year) && $0.qualifier.isRange
        && (word($0.first) == "fra" || word($0.first) == "frå")
    }), let end = span.upper {
      for index in phrases.indices where phrases[index].change != nil && phrases[index].period == nil {
        phrases[index].period = Phrase.Period(end)
        if phrases[index].comparedTo == nil, let start = span.lower {
          phrases[index].comparedTo = .period(Phrase.Period(start))
        }
      }
    }
    // The indexes of the years that can give a period (phrases hold no references, but an
    // index is cheaper to copy than a phrase).
    var years: [Int] = []
    for index in phrases.indices where phrases[index].kind.is(.year) {
      let phrase = phrases[index]
      if !phrase.qualifier.isRange, !comparisonYears.contains(phrase.first),
        !isMotYear(phrase.first)
      {
        years.append(index)
      }
    }
    var attached: [Int] = []
    // "12 345 og 12 567 i 2020 og 2021": a list of figures, then a list of years.
    for index in phrases.indices where !phrases[index].kind.is(.year) && phrases[index].period == nil {
      var cursor = phrases[index].end
      if word(cursor) == "i" { cursor += 1 }
      guard let firstYear = years.firstIndex(where: { phrases[$0].first == cursor }) else {
        continue
      }
      var figures = [index]
      while let last = figures.first, last > 0, isListJoin(phrases[last - 1].end, phrases[last].first),
        phrases[last - 1].kind.is(phrases[index].kind)
      {
        figures.insert(last - 1, at: 0)
      }
      var yearRun = [firstYear]
      while let last = yearRun.last, last + 1 < years.count,
        isListJoin(phrases[years[last]].end, phrases[years[last + 1]].first)
      {
        yearRun.append(last + 1)
      }
      guard figures.count >= 2, figures.count == yearRun.count else { continue }
      for (figure, year) in zip(figures, yearRun) {
        phrases[figure].period = phrases[years[year]].period
        attached.append(years[year])
      }
    }
    // "2021: 7,8 %", "12 (2021)": a year labelling a figure, before it with a colon or after
    // it in brackets.
    for index in phrases.indices where phrases[index].period == nil {
      let phrase = phrases[index]
      guard !phrase.kind.is(.year), !phrase.kind.is(.date) else { continue }
      let first = phrase.first
      if first >= 2, tokens[first - 1].is(":"),
        let year = years.first(where: { phrases[$0].end == first - 1 })
      {
        phrases[index].period = phrases[year].period
        attached.append(year)
      } else if phrase.end + 2 < tokens.count, tokens[phrase.end].is("("),
        tokens[phrase.end + 2].is(")"),
        let year = years.first(where: { phrases[$0].first == phrase.end + 1 })
      {
        phrases[index].period = phrases[year].period
        attached.append(year)
      }
    }
    // "N i 2020" / "N 2020": the year right after a phrase is its own.
    for index in phrases.indices where phrases[index].period == nil {
      guard !phrases[index].kind.is(.year), !phrases[index].kind.is(.date) else { continue }
      var cursor = phrases[index].end
      if word(cursor) == "i" { cursor += 1 }
      if let year = years.first(where: { phrases[$0].first == cursor }),
        !comparisonYears.contains(cursor)
      {
        phrases[index].period = phrases[year].period
        attached.append(year)
      }
    }
    // "i 2019 og 2020 var 20 prosent og 23 prosent": respectively.
    // Speed: the lists below are filtered only when something is to be left out (most
    // sentences), not copied element by element.
    let yearList = attached.isEmpty ? years : years.filter { !attached.contains($0) }
    if yearList.count >= 2, let lastYear = yearList.last {
      let following = phrases.indices.filter {
        $0 > lastYear && !phrases[$0].kind.is(.year) && !phrases[$0].kind.is(.date)
          && phrases[$0].period == nil
      }
      if following.count == yearList.count,
        following.allSatisfy({ phrases[$0].kind.is(phrases[following[0]].kind) })
      {
        for (phraseIndex, yearIndex) in zip(following, yearList) {
          phrases[phraseIndex].period = phrases[yearIndex].period
        }
        return
      }
    }
    // "I 2021 var tallet 45, i 2022 52", "for 2021 var 5 mill., og for 2022 7 mill.": when
    // the sentence names several years, a figure is about the year that opens its clause.
    let free =
      yearList.contains { isInParentheses(phrases[$0].first) }
      ? yearList.filter { !isInParentheses(phrases[$0].first) } : yearList
    if holdsTwoPeriods(free, in: phrases) {
      for index in phrases.indices where phrases[index].period == nil {
        guard !phrases[index].kind.is(.year), !phrases[index].kind.is(.date),
          let year = clauseOpeningYear(before: phrases[index].first, among: free, in: phrases)
        else { continue }
        phrases[index].period = phrases[year].period
      }
    }
    // One free-standing year in the sentence ("I 2021 har …"): everything else is about it.
    // Years in parentheses or attached to a phrase speak only for that phrase; so is a dated
    // status ("7 849 innbyggere per 1. januar 2022") about the date's year.
    var only: Phrase.Period?
    for index in phrases.indices {
      let phrase = phrases[index]
      let speaks =
        phrase.kind.is(.year)
        ? years.contains(index) && !attached.contains(index) && !isInParentheses(phrase.first)
        : phrase.kind.is(.date) && !phrase.qualifier.isRange && phrase.year != nil
          && Lexicon.isStatusPreposition(word(phrase.first - 1) ?? "")
      guard speaks, let period = phrase.period else { continue }
      // Two different years: none is the sentence's.
      if let only, only != period { return }
      only = period
    }
    guard let only else { return }
    let lastYearEnd = lastYearClauseEnd ?? 0
    for index in phrases.indices where phrases[index].period == nil {
      // "I fjor var det 300, i 2019 var det 280": 300 is last year's, not 2019's.
      guard !isInParentheses(phrases[index].first), phrases[index].first >= lastYearEnd else {
        continue
      }
      phrases[index].period = only
    }
  }

  /// The phrase index of the year, among `years`, that stands after "i" or "for" in the
  /// clause before `index` ("i 2022 52"), looking back no further than a comma or semicolon.
  private func clauseOpeningYear(before index: Int, among years: [Int], in phrases: [Phrase])
    -> Int?
  {
    var cursor = index - 1
    while cursor >= 0 {
      if tokens[cursor].is(";") || (tokens[cursor].is(",") && !isInsideNumber(cursor)) {
        return nil
      }
      if let year = years.first(where: { phrases[$0].first == cursor && phrases[$0].end <= index }) {
        let before = word(cursor - 1)
        return before == "i" || before == "for" ? year : nil
      }
      cursor -= 1
    }
    return nil
  }

  /// True when the tokens between two phrases are just a list joiner: "og", "eller", ",".
  private func isListJoin(_ end: Int, _ nextStart: Int) -> Bool {
    guard nextStart == end + 1, end < tokens.count else { return false }
    return tokens[end].word == "og" || tokens[end].word == "eller" || tokens[end].is(",")
  }

  /// True when the token at `index` stands inside round brackets.
  private func isInParentheses(_ index: Int) -> Bool {
    guard hasParentheses else { return false }
    var depth = 0
    for cursor in 0..<min(index, tokens.count) {
      if tokens[cursor].is("(") { depth += 1 } else if tokens[cursor].is(")") { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  private func isMotYear(_ index: Int) -> Bool {
    // "mot 270 i 2016": the year belongs to the 270 only.
    var cursor = index - 1
    if word(cursor) == "i" { cursor -= 1 }
    while cursor >= 0, index - cursor <= 6 {
      if word(cursor) == "mot" {
        let before = word(cursor - 1)
        return before != "fram" && before != "frem" && before != "opp"
      }
      // A clause ends at a comma or full stop, not at a decimal comma ("mot 10,4 prosent").
      if tokens[cursor].is(",") || tokens[cursor].is("."), !isInsideNumber(cursor) { return false }
      cursor -= 1
    }
    return false
  }

  /// True when the symbol at `index` joins two digit groups ("10,4", "1.234").
  private func isInsideNumber(_ index: Int) -> Bool {
    index > 0 && index + 1 < tokens.count && tokens[index - 1].isNumber
      && tokens[index + 1].isNumber && tokens[index].gap == .none && tokens[index + 1].gap == .none
  }

  @inline(__always)
  private func word(_ index: Int) -> Word? {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
    return tokens[index].word
  }

  private func lower(_ index: Int) -> String {
    tokens[index].text(in: sentence)
  }

  /// True when the phrases at `indexes` name at least two different periods (what a set of
  /// their periods would count, without making one: this is asked for most sentences with a
  /// year).
  private func holdsTwoPeriods(_ indexes: [Int], in phrases: [Phrase]) -> Bool {
    var first: Phrase.Period?
    for index in indexes {
      guard let period = phrases[index].period else { continue }
      if let first, first != period { return true }
      first = first ?? period
    }
    return false
  }
}
