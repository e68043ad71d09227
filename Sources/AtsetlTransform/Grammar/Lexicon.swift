import AtsetlModel
import Foundation

/// The words of the number grammar, Bokmål and Nynorsk side by side.
///
/// Every table is written as Norwegian reads; the scanner only looks words up here.
/// Keys are lower-case.
enum Lexicon {
  // MARK: Numbers written as words

  /// Cardinal numbers that stand on their own. "en/ei/et/ein/eit" are absent on purpose:
  /// they are articles unless they quantify a scale word or a fraction (see `articles`).
  static let cardinals: WordTable<Int> = [
    "null": 0,
    "én": 1, "ett": 1, "éin": 1, "eitt": 1,
    "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8, "ni": 9,
    "ti": 10, "elleve": 11, "elve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "søtten": 17, "atten": 18, "nitten": 19,
    "tjue": 20, "tyve": 20, "tretti": 30, "tredve": 30, "førti": 40, "firti": 40, "femti": 50,
    "seksti": 60, "sytti": 70, "søtti": 70, "åtti": 80, "nitti": 90,
    "hundre": 100, "tusen": 1000,
  ]

  /// Articles: "en nedgang" is not a number, "en million" and "en tredjedel" are.
  static let articles: WordSet = ["en", "ei", "et", "ein", "eit"]

  /// Words that multiply the number before them ("to millioner", "15,6 mill.").
  static let scaleWords: WordTable<Decimal> = [
    "hundre": 100, "tusen": 1000,
    "million": 1_000_000, "millioner": 1_000_000, "millionar": 1_000_000,
    "millionen": 1_000_000,
    "mill": 1_000_000, "mio": 1_000_000, "mln": 1_000_000,
    "milliard": 1_000_000_000, "milliarder": 1_000_000_000, "milliardar": 1_000_000_000,
    "mrd": 1_000_000_000,
  ]

  /// Scale abbreviations that take a full stop: "mill.", "mrd.", "mio.".
  static let abbreviatedScales: WordSet = ["mill", "mrd", "mio", "mln"]

  /// Currency words that also scale: "MNOK 15", "15 mkr", "450 tkr".
  static let scaledCurrencies: WordTable<Decimal> = [
    "mnok": 1_000_000, "mkr": 1_000_000, "mill.kr": 1_000_000, "tnok": 1000, "tkr": 1000,
    "mrdkr": 1_000_000_000,
  ]

  /// Currency words: kroner and øre. "NOK" is matched only in capitals ("nok" is *enough*).
  static let currencies: WordTable<Decimal> = [
    "kr": 1, "kroner": 1, "kronar": 1, "krone": 1, "krona": 1, "kronene": 1, "øre": 0.01,
  ]

  // MARK: Ordinals and fractions

  /// Ordinal words. "andre" and "annen" mean *other* far more often than *second*,
  /// so they are ordinals only before the words in `secondContexts`.
  static let ordinals: WordTable<Int> = [
    "første": 1, "fyrste": 1, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
    "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12,
    "trettende": 13, "fjortende": 14, "femtende": 15, "sekstende": 16, "syttende": 17,
    "attende": 18, "nittende": 19, "tjuende": 20, "tyvende": 20, "trettiende": 30,
    "førtiende": 40, "femtiende": 50, "hundrede": 100,
  ]

  /// "andre tertial", "for andre gang", "andre året på rad": here *andre* is *second*.
  static let secondContexts: WordSet = [
    "gang", "tertial", "kvartal", "halvår", "halvåret", "halvdel", "trinn", "klasse", "plass",
    "runde", "omgang", "året", "rad", "tertialet", "kvartalet", "trinnet", "runden", "omgangen",
    "gangen", "gongen",
  ]

  /// Fraction nouns by denominator; plural and definite forms are derived.
  static let fractionStems: [String: Int] = [
    "tredjedel": 3, "tredel": 3, "fjerdedel": 4, "firedel": 4, "femtedel": 5, "sjettedel": 6,
    "sjuendedel": 7, "syvendedel": 7, "åttendedel": 8, "niendedel": 9, "tidel": 10,
    "tiendedel": 10,
  ]

  /// Fraction nouns in all their forms: "tredjedel", "tredjedeler", "tredjedelar", "tredjedelen".
  static let fractions: WordTable<Int> = {
    var all: [String: Int] = [:]
    for (stem, denominator) in fractionStems {
      for ending in ["", "er", "ar", "en", "ene", "ane", "a"] { all[stem + ending] = denominator }
    }
    return WordTable(all)
  }()

  /// Words that are a half by themselves ("halvparten av deltakerne").
  static let halves: WordSet = ["halvparten", "halvdelen", "halvdel"]

  /// "halvannen million", "halvanna år": one and a half.
  static let oneAndAHalf: WordSet = [
    "halvannen", "halvannet", "halvanna", "halvannan", "halvtanna", "halvtannan",
  ]

  /// Round numbers that an article makes a rough count: "et titall barn" (about ten),
  /// "eit tjuetal personar", "et hundretall innbyggere".
  static let roundNumbers: WordTable<Decimal> = [
    "titall": 10, "tital": 10, "tjuetall": 20, "tjuetal": 20, "tyvetall": 20,
    "trettitall": 30, "trettital": 30, "førtitall": 40, "førtital": 40, "femtitall": 50,
    "femtital": 50, "hundretall": 100, "hundretal": 100,
  ]

  /// Verbs and nouns that state a factor: "doblet" (×2, up), "halvert" (½, down).
  static let factors: WordTable<(value: Decimal, change: Change, kind: QuantityKind)> = [
    "doblet": (2, .increase, .number), "dobla": (2, .increase, .number),
    "doblert": (2, .increase, .number), "fordoblet": (2, .increase, .number),
    "fordobla": (2, .increase, .number), "dobling": (2, .increase, .number),
    "doblingen": (2, .increase, .number), "fordobling": (2, .increase, .number),
    "tredoblet": (3, .increase, .number), "tredobla": (3, .increase, .number),
    "firedoblet": (4, .increase, .number), "firedobla": (4, .increase, .number),
    "halvert": (0.5, .decrease, .fraction), "halverte": (0.5, .decrease, .fraction),
    "halvera": (0.5, .decrease, .fraction), "halvering": (0.5, .decrease, .fraction),
    "halveringen": (0.5, .decrease, .fraction), "halveringa": (0.5, .decrease, .fraction),
  ]

  // MARK: Units

  /// "prosent", "pst.", "%": kind percent.
  static let percentWords: WordSet = ["prosent", "pst", "prosents", "pct"]
  /// "prosentpoeng", "%-poeng": kind percentage_points.
  static let pointWords: WordSet = [
    "prosentpoeng", "prosentpoengs", "prosentpoenget", "prosentenheter", "poeng",
  ]

  /// Time words in the definite singular: never the unit of a cardinal ("mot 250 året før"
  /// is 250 compared with the year before, not a duration of 250 years).
  static let definiteTimeUnits: WordSet = [
    "året", "måneden", "månaden", "uka", "uken", "veka", "dagen", "døgnet", "timen", "minuttet",
  ]

  /// Words naming a length of time, with the unit written to `unit`.
  static let timeUnits: WordTable<TimeUnit> = {
    let forms: [(TimeUnit, [String])] = [
      (.year, ["år", "året", "årene", "åra", "års"]),
      (
        .month,
        [
          "måned", "måneder", "måneden", "månedene", "måneds", "måneders", "månad", "månader",
          "månaden", "månadene", "månads", "månaders", "mnd",
        ]
      ),
      (
        .week,
        [
          "uke", "uker", "uka", "uken", "ukene", "ukes", "ukers", "veke", "veker", "veka",
          "vekene", "vekes", "vekers",
        ]
      ),
      (
        .day,
        [
          "dag", "dager", "dagen", "dagene", "dags", "dagers", "dagar", "dagane", "dagars", "døgn",
          "døgnet",
        ]
      ),
      (.hour, ["time", "timer", "timen", "timene", "timers", "timar", "timane", "timars"]),
      (
        .minute,
        ["minutt", "minutter", "minuttet", "minuttene", "minutta", "minuttar", "minuttane", "min"]
      ),
    ]
    var table: [String: TimeUnit] = [:]
    for (unit, words) in forms { for word in words { table[word] = unit } }
    return WordTable(table)
  }()

  /// "en uke", "ein månad", "et år": the singular time units an article may count.
  static func isSingularTimeUnit(_ word: Word) -> Bool {
    switch word {
    case "år", "måned", "månad", "uke", "veke", "dag", "døgn", "time", "minutt": true
    default: false
    }
  }

  /// Adjective compounds of a number and a time unit: "fireårig", "tredagers", "seksukers".
  static let durationSuffixes: [(suffix: String, unit: TimeUnit)] = [
    ("årige", .year), ("årig", .year), ("årsperioden", .year), ("årsperiode", .year),
    ("dagers", .day), ("dagars", .day), ("ukers", .week), ("vekers", .week),
    ("måneders", .month), ("månaders", .month), ("timers", .hour),
  ]

  /// `durationSuffixes` as packed spellings, each with its last two bytes.
  static let durationEndings: [(suffix: Word, tail: Int)] = durationSuffixes.map {
    let suffix = Word(utf8: $0.suffix.utf8)
    precondition(suffix.byteCount >= 5, "endsLikeDurationAdjective skips words below five bytes")
    return (suffix, suffix.lastTwoBytes)
  }

  /// False when no word ending with `byte` can end with one of `durationSuffixes`.
  static func mayEndDurationAdjective(_ byte: UInt8) -> Bool {
    durationEndingBytes[Int(byte) >> 6] & (1 << UInt64(byte & 63)) != 0
  }

  /// The last bytes of `durationSuffixes`, as a 256-bit set.
  private static let durationEndingBytes: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 4)
    for (suffix, _) in durationSuffixes {
      guard let last = suffix.utf8.last else { continue }
      bits[Int(last) >> 6] |= 1 << UInt64(last & 63)
    }
    return bits
  }()

  /// True when the packed `word` ends with one of `durationSuffixes` ("fireårig",
  /// "tredagers"); only meaningful for a word that is not long.
  static func endsLikeDurationAdjective(_ word: Word) -> Bool {
    // The shortest suffixes ("årig", "ukers") have five bytes; the words asked about most
    // ("en", "et", "to") have fewer.
    guard word.byteCount >= 5 else { return false }
    let tail = word.lastTwoBytes
    // Most words end with a byte that ends no suffix: one bit test instead of the list.
    guard mayEndDurationAdjective(UInt8(truncatingIfNeeded: tail)) else { return false }
    return durationEndings.contains { $0.tail == tail && word.hasSuffix($0.suffix) }
  }

  /// Month names and their common abbreviations.
  static let months: WordTable<Int> = [
    "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "april": 4, "apr": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "desember": 12, "des": 12,
  ]

  // MARK: Qualifiers

  /// Hedges written before a number, longest first where they overlap.
  static let qualifiers: [(words: [Word], qualifier: Qualifier)] = {
    let table: [(String, Qualifier)] = [
      // approximately
      ("cirka", .approximately), ("circa", .approximately), ("ca", .approximately),
      ("ca.", .approximately), ("om lag", .approximately), ("omlag", .approximately),
      ("omtrent", .approximately), ("rundt", .approximately), ("rundt regnet", .approximately),
      ("kring", .approximately), ("omkring", .approximately), ("anslagsvis", .approximately),
      ("et par", .approximately), ("tilnærmet", .approximately), ("tilnærma", .approximately),
      // slightly above
      ("i overkant av", .slightlyAbove), ("vel", .slightlyAbove), ("godt og vel", .slightlyAbove),
      ("drøyt", .slightlyAbove), ("drøye", .slightlyAbove), ("drygt", .slightlyAbove),
      ("litt over", .slightlyAbove), ("like over", .slightlyAbove), ("noe over", .slightlyAbove),
      ("noko over", .slightlyAbove), ("i overkant", .slightlyAbove),
      // slightly below
      ("i underkant av", .slightlyBelow), ("nær", .slightlyBelow), ("nærmere", .slightlyBelow),
      ("nærare", .slightlyBelow), ("nærmare", .slightlyBelow), ("knapt", .slightlyBelow),
      ("knappe", .slightlyBelow), ("snaut", .slightlyBelow), ("snaue", .slightlyBelow),
      ("snautt", .slightlyBelow), ("nesten", .slightlyBelow), ("opp mot", .slightlyBelow),
      ("opp imot", .slightlyBelow), ("oppimot", .slightlyBelow), ("bortimot", .slightlyBelow), ("litt under", .slightlyBelow),
      ("like under", .slightlyBelow), ("noe under", .slightlyBelow),
      ("noko under", .slightlyBelow), ("i underkant", .slightlyBelow),
      // above
      ("over", .above), ("mer enn", .above), ("meir enn", .above), ("flere enn", .above),
      ("fleire enn", .above), ("godt over", .above), ("langt over", .above), ("utover", .above),
      // below
      ("under", .below), ("mindre enn", .below), ("færre enn", .below), ("godt under", .below),
      ("langt under", .below),
      // "eldre enn 3 år", "kortare enn 2 veker", "høyere enn 7 prosent": a comparison with
      // the number itself is a bound of it.
      ("eldre enn", .above), ("lengre enn", .above), ("lenger enn", .above),
      ("høyere enn", .above), ("høgare enn", .above), ("større enn", .above),
      ("yngre enn", .below), ("kortere enn", .below), ("kortare enn", .below),
      ("lavere enn", .below), ("lågare enn", .below),
      // at least
      ("minst", .atLeast), ("minimum", .atLeast), ("ikke mindre enn", .atLeast),
      ("ikkje mindre enn", .atLeast), ("ikke færre enn", .atLeast),
      ("ikkje færre enn", .atLeast), ("i det minste", .atLeast),
      // at most
      ("maks", .atMost), ("maks.", .atMost), ("maksimalt", .atMost), ("maksimum", .atMost),
      ("høyst", .atMost), ("høgst", .atMost), ("opptil", .atMost), ("opp til", .atMost),
      ("inntil", .atMost), ("ikke mer enn", .atMost), ("ikkje meir enn", .atMost),
      ("ikke flere enn", .atMost), ("ikkje fleire enn", .atMost), ("ikke over", .atMost),
      ("ikkje over", .atMost),
      // "innen tre uker": within, so at most ("innen 2025" stays a year: see below).
      ("innen", .atMost), ("innan", .atMost),
    ]
    return table.map { (phrase: String, qualifier: Qualifier) in
      (Self.words(phrase), qualifier)
    }.sorted { $0.words.count > $1.words.count }
  }()

  /// `qualifiers` by their last word (what stands right before the number), in the same order.
  static let qualifiersByLastWord: WordTable<[(words: [Word], qualifier: Qualifier)]> = {
    var table: [String: [(words: [Word], qualifier: Qualifier)]] = [:]
    for candidate in qualifiers {
      guard let last = candidate.words.last else { continue }
      table[last.description, default: []].append(candidate)
    }
    return WordTable(table)
  }()

  /// Qualifiers that are also prepositions of time: before a bare year they mean
  /// *during*, *until*, *from* ("under 2021", "inntil 2025"), not a bound.
  static let temporalQualifiers: WordSet = [
    "over", "under", "inntil", "opptil", "utover", "opp til", "fra", "frå", "innen", "innan",
  ]

  // MARK: Change and comparison

  /// Words that announce a change, with its direction: "en økning på", "redusert med".
  static let changeWords: WordTable<Change> = {
    let increase = [
      "økning", "økningen", "økninga", "auke", "auken", "auka", "aukar", "aukinga", "vekst",
      "veksten", "økt", "økte", "øker", "økes", "øke", "steg", "stiger", "stige", "stigning",
      "stigningen", "oppgang", "oppgangen", "tilvekst", "tilveksten", "forbedring",
      "forbedringen", "forbetring", "forbedret", "forbetra", "opp", "vokste", "vokser", "vaks",
      "veks", "aukte", "vokst", "vakse", "steget", "stege",
    ]
    let decrease = [
      "nedgang", "nedgangen", "nedgongen", "reduksjon", "reduksjonen", "redusert", "reduserte",
      "reduseres", "redusere", "reduserast", "fall", "fallet", "falt", "faller", "falle",
      "sank", "synker", "synke", "minket", "minka", "minkar", "minking", "minkinga", "minsket",
      "minskes", "tilbakegang", "tilbakegangen", "ned", "svekket", "svekka", "kutt", "kuttet",
      "kutta", "avtatt", "avtok", "avtar", "avta", "avteke", "sunket", "sokke",
    ]
    var table: [String: Change] = [:]
    for word in increase { table[word] = .increase }
    for word in decrease { table[word] = .decrease }
    return WordTable(table)
  }()

  /// The verbs among `changeWords` that may take the figure right after them: "økte 12
  /// prosent", "falt 3 prosentpoeng".
  static func isChangeVerb(_ word: Word) -> Bool {
    switch word {
    case "økte", "økt", "øker", "steg", "stiger", "falt", "faller", "sank", "synker", "auka",
      "aukar", "minket", "minka", "minkar", "vokste", "vaks":
      true
    default: false
    }
  }

  /// The nouns among `changeWords`: "en 20 % økning", "5 prosent nedgang".
  static func isChangeNoun(_ word: Word) -> Bool {
    switch word {
    case "økning", "auke", "vekst", "stigning", "oppgang", "tilvekst", "nedgang", "reduksjon",
      "tilbakegang", "minking":
      true
    default: false
    }
  }

  /// Comparatives after a number that state a difference: "30 færre", "50 prosent lavere".
  static let comparatives: WordTable<Change> = [
    "flere": .increase, "fleire": .increase, "mer": .increase, "meir": .increase,
    "høyere": .increase, "høgare": .increase, "større": .increase, "bedre": .increase,
    "betre": .increase,
    "færre": .decrease, "mindre": .decrease, "lavere": .decrease, "lågare": .decrease,
    "lægre": .decrease,
  ]

  /// Comparatives of quality that state a difference only before what they compare with:
  /// "3 mill. kroner svakere enn budsjettert", but not "to svakere år".
  static let qualityComparatives: WordTable<Change> = [
    "svakere": .decrease, "svakare": .decrease, "dårligere": .decrease,
    "dårlegare": .decrease, "verre": .decrease, "sterkere": .increase, "sterkare": .increase,
  ]

  /// "(PDF, 2,3 MB)": formats of linked files, whose size follows.
  static func isFileFormat(_ word: Word) -> Bool {
    switch word {
    case "pdf", "docx", "doc", "xlsx", "xls", "pptx", "odt", "ods", "csv", "zip": true
    default: false
    }
  }

  /// "1,2 GWh", "400 kW": units of energy and power, written with capitals but no names.
  static func isEnergyUnit(_ word: Word) -> Bool {
    switch word {
    case "kwh", "mwh", "gwh", "twh", "kw", "mw", "gw": true
    default: false
    }
  }

  /// Comparison objects after "over"/"under": "8 mill. under budsjett".
  static let comparisonObjects: WordSet = [
    "budsjett", "budsjettet", "budsjettert", "budsjetterte", "budsjetta", "målet", "måltallet",
    "forventet", "forventa", "plan", "planen", "planlagt", "prognose", "prognosen", "normen",
    "snittet", "gjennomsnittet", "landsgjennomsnittet", "landssnittet", "fjoråret", "året",
    "fjorårets", "ramma", "rammen", "fylkessnittet", "fylkesgjennomsnittet", "kommunegruppa",
    "kommunegruppen", "kostragruppa", "kostragruppen", "landet",
  ]

  // MARK: Counted nouns

  /// Prepositions and time words after which a four-digit number is a year whatever follows:
  /// "I 2021 varte kurset …".
  static let yearLeaders: WordSet = [
    "i", "fra", "frå", "til", "siden", "sidan", "før", "etter", "innen", "innan", "per", "pr",
    "gjennom", "for", "mot", "fram", "frem", "året", "årene", "åra", "år", "høsten", "hausten",
    "våren", "sommeren", "sommaren", "vinteren", "budsjettåret", "regnskapsåret", "skoleåret",
    "skuleåret", "januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "desember", "og", "eller", "utgangen", "slutten",
    "starten", "begynnelsen", "byrjinga", "med", "perioden", "perioda", "periode",
  ]

  /// Open ends after a number: "67 år og eldre" (at least), "5 år og yngre" (at most).
  static let openEnds: [(words: [Word], qualifier: Qualifier)] = [
    (["og", "eldre"], .atLeast), (["og", "over"], .atLeast), (["eller", "eldre"], .atLeast),
    (["eller", "mer"], .atLeast), (["eller", "meir"], .atLeast), (["eller", "flere"], .atLeast),
    (["eller", "fleire"], .atLeast), (["og", "oppover"], .atLeast), (["eller", "over"], .atLeast),
    (["og", "yngre"], .atMost), (["og", "under"], .atMost), (["eller", "yngre"], .atMost),
    (["eller", "mindre"], .atMost), (["eller", "færre"], .atMost), (["og", "nedover"], .atMost),
    (["eller", "under"], .atMost),
  ]

  /// The words that begin an entry of `openEnds`: what must follow a phrase for one to match.
  static let openEndStarts = WordSet(openEnds.map { $0.words[0].description })

  /// Rate bases after "per": "1 lege per 1000 innbyggere" (the 1000 is not a count).
  static let rateBases: Set<String> = ["10", "100", "1000", "10000", "100000"]

  /// Closed-class words that are never the noun a number counts: "fem nye har startet".
  static let functionWords: WordSet = [
    // prepositions
    "i", "på", "av", "til", "fra", "frå", "med", "for", "om", "ved", "hos", "hjå", "under",
    "over", "etter", "før", "mot", "mellom", "gjennom", "uten", "utan", "innen", "innan", "per",
    "pr", "rundt", "blant", "langs", "siden", "sidan", "fram", "frem", "inn", "ut", "opp", "ned",
    "bort", "igjen", "innenfor", "utenfor", "innanfor", "utanfor", "samt",
    // conjunctions and subjunctions
    "og", "eller", "men", "som", "at", "da", "når", "fordi", "mens", "medan", "enn", "så",
    "dersom", "hvis", "viss", "både", "enten", "verken", "korkje",
    // pronouns and determiners
    "de", "dei", "den", "det", "denne", "dette", "disse", "desse", "sin", "sitt", "sine", "hans",
    "hennes", "deres", "deira", "vi", "me", "oss", "dere", "dykk", "dem", "alle", "hver", "kvar",
    "hvert", "kvart", "seg", "han", "ho", "hun", "man", "ein", "en", "et", "ei", "eit", "noen",
    "nokre", "noko", "noe", "ingen", "inga", "ingenting", "somme", "alt", "annet",
    "anna", "andre", "egne", "eigne", "samme", "same", "hele", "heile", "selv", "sjølv",
    // auxiliaries and very common verbs
    "er", "var", "har", "hadde", "blir", "ble", "blei", "vart", "vert", "vil", "ville", "skal",
    "skulle", "kan", "kunne", "må", "måtte", "bør", "burde", "får", "fikk", "fekk", "gikk",
    "gjekk", "går", "kom", "kjem", "kommer", "deltok", "deltar", "deltek", "mottar", "mottok",
    "tok", "tar", "gir", "gav", "ga", "gjer", "gjør", "gjorde", "fullførte", "fullfører",
    "startet", "starta", "begynte", "byrja", "ligger", "ligg", "lå", "står", "stod", "sto",
    "bor", "jobber", "arbeider", "trenger", "treng", "venter", "ventar", "søkte", "søker",
    "søkjer", "avsluttet", "avslutta", "utgjør", "utgjorde", "tilsvarer",
    "tilsvarar", "viser", "synes", "meldte", "fått", "hatt", "vært", "vore", "blitt", "vorte",
    "deltatt", "gitt", "gått", "kommet", "komme", "være", "vere", "vera", "bli", "verte",
    "delteke", "motteke", "teke", "gjeve", "fullført", "varte", "varer", "varar", "stilte",
    "bidro", "bidrog", "hjelpte", "hjalp", "fordelt", "fordelte", "utgjer", "brukte",
    "nytta", "nyttar", "møtte", "svarte", "sa", "sluttet", "slutta", "døde", "flyttet",
    "flytta", "fylte", "besøkte", "gjelder", "gjeld", "gjaldt",
    // verbs of change, which often follow a year or a figure ("2019–2022 økte antallet")
    "økte", "øker", "økes", "steg", "stiger", "falt", "faller", "sank", "synker", "sokk",
    "reduserte", "reduseres", "minket", "minsket", "minskes", "minka", "minkar", "auka",
    "aukar", "aukte", "vokste", "veks", "vaks", "endret", "endra", "endrar", "varierte",
    "varierer", "svingte", "svinger", "holdt", "heldt",
    // Nynorsk passives ("skuldast"), and the past of "skyldes"
    "skuldast", "brukast", "nyttast", "fordelast", "gjevast", "betalast", "skyldtes",
    // adverbs
    "også", "òg", "ikke", "ikkje", "fortsatt", "framleis", "fremdeles", "allerede",
    "allereie", "bare", "berre", "kun", "totalt", "nå", "no", "her", "der", "mer", "meir",
    "mindre", "flere", "fleire", "færre", "lavere", "høyere", "hittil", "tidligere",
    "tidlegare", "senere", "seinare", "ellers", "elles", "likevel", "dermed", "derfor",
    "difor", "altså", "nesten", "omtrent", "cirka", "ca",
    "henholdsvis", "høvesvis", "respektive", "stk", "sammen", "saman", "i alt", "samlet",
    "samla", "nye", "nytt", "nasjonalt", "regionalt", "lokalt", "kommunalt", "fylkesvis",
    "landsdekkende", "delvis", "gradvis", "minus", "pluss",
  ]

  /// Adjectives skipped between a number and its noun: "20 nye forespørsler".
  static let adjectives: WordSet = [
    "nye", "ny", "nytt", "ulike", "forskjellige", "faste", "aktive", "kommunale", "private",
    "statlige", "statlege", "ordinære", "unike", "registrerte", "ledige", "midlertidige",
    "mellombelse", "varige", "fulltids", "heltids", "deltids", "årlige", "årlege", "daglige",
    "daglege", "ukentlige", "vekentlege", "månedlige", "kvalifiserte", "godkjente", "offentlige",
    "offentlege", "andre", "små", "store", "gamle", "siste", "neste", "første", "foregående",
    "kommende", "kommande", "tidligere", "tidlegare", "flere", "fleire", "enkelte", "egne",
    "eigne", "lokale", "regionale", "nasjonale", "interne", "eksterne",
    "eldste", "yngste", "største", "minste", "beste", "viktigste", "vanligste", "høyeste",
    "høgaste", "laveste", "lågaste", "nyeste", "nyaste", "tyngste", "øvrige", "øvrege", "samlede", "samla", "totale", "hele", "heile",
    "fysiske", "digitale", "individuelle", "nyankomne", "kortere", "lengre", "gode", "dårlige",
    "nyetablerte", "nyopprettede", "påbegynte", "gjennomførte", "utførte", "planlagte",
    "tilsatte", "ansatte", "voksne", "unge", "eldre", "syke", "frivillige",
    "psykiske", "somatiske", "sosiale", "økonomiske", "slike", "sånne", "aktuelle", "eneste",
    "einaste", "interkommunal", "interkommunale", "kommunal", "regional", "nasjonal", "privat",
    "felles", "ekstra", "ledig", "midlertidig", "mellombels", "digital", "fysisk", "heil",
    "fast", "statlig", "statleg", "offentlig", "offentleg", "enslige", "einslege",
  ]

  /// Adjectives that also stand as nouns: "200 unge", "30 ansatte", "12 eldre".
  static let nominalAdjectives: WordSet = [
    "unge", "eldre", "ansatte", "tilsette", "tilsatte", "ledige", "arbeidsledige", "syke",
    "frivillige", "voksne", "vaksne", "pårørende", "pårørande", "funksjonshemmede",
    "funksjonshemma", "innsatte", "nyankomne", "påmeldte", "påmelde", "innlagte", "innlagde",
    "permitterte", "uføre", "sykmeldte", "sjukmelde", "hjemløse", "heimlause", "bostedsløse",
    "enslige", "mindreårige", "studenter", "øvrige", "sakkyndige", "fullmektige",
  ]

  /// Words after which the next number is a code, not a quantity: "§ 12", "kl. 14", "uke 12".
  static let codeMarkers: WordSet = [
    "§", "§§", "kl", "klokka", "klokken", "klokkeslett", "tlf", "telefon", "telefonnummer",
    "mobil", "mob", "nr", "nummer", "numre", "uke", "veke", "side", "sidene", "s", "kap",
    "kapittel", "kapitlene", "punkt", "pkt", "tabell", "figur", "fig", "vedlegg", "sak",
    "saksnr", "saksnummer", "versjon", "postboks", "gnr", "bnr", "rv", "fv", "ev", "covid",
    "korona", "paragraf", "artikkel", "art", "konto", "kontonr", "kontonummer", "orgnr",
    "org.nr", "organisasjonsnummer", "kommunenummer", "knr", "postnr", "postnummer", "rute",
    "linje", "bussrute", "tertial", "kvartal", "lov", "forskrift", "ps", "fo", "ks", "rom",
    "romnr", "plan", "planid", "sone", "trinn", "klasse", "vei", "veg", "gate", "gata", "gt",
    "vegen", "veien", "gaten", "id", "ref", "rundskriv", "ns", "iso", "en", "nou", "prop",
    "meld", "innst", "st", "ot", "dokument", "bilag", "sokn", "seksjon", "vedtak", "del",
    "gruppe", "kostra-gruppe", "kostragruppe", "kommunegruppe", "bilde", "foto", "kart",
    "illustrasjon", "diagram", "graf", "lønnstrinn", "ltr", "prosjektnummer", "prosjektnr",
    "fase", "tiltak", "mål", "delmål", "modul", "etappe", "byggetrinn", "alternativ",
    "post", "agenda", "reguleringsplan", "detaljplan", "områdeplan", "planident", "windows",
    "office", "microsoft", "iphone", "ipad", "android", "ios",
  ]

  /// "forbruksprosent på 99,1", "sykefraværsprosenten var 7,4": the words between a
  /// percentage noun and its figure.
  static func isPercentLink(_ word: Word) -> Bool {
    switch word {
    case "på", "var", "er", "ble", "blei", "vart", "endte": true
    default: false
    }
  }

  /// "svarprosenten endte på 64": the verbs before "på" there.
  static func isPercentVerb(_ word: Word) -> Bool {
    switch word {
    case "endte", "var", "er", "ble", "blei", "vart", "ligger", "ligg", "lå", "landet", "havnet":
      true
    default: false
    }
  }

  /// "195 av deltakerne", "fem av dei tilsette": determiners between "av" and the noun.
  static func isPartitiveDeterminer(_ word: Word) -> Bool {
    switch word {
    case "de", "dei", "disse", "desse", "våre", "sine", "dine", "deres": true
    default: false
    }
  }

  /// "de siste to årene": determiners before a span leader.
  static func isSpanDeterminer(_ word: Word) -> Bool {
    word == "de" || word == "dei" || word == "den" || word == "det"
  }

  /// "30 færre elever": comparatives that take the counted noun into the phrase.
  static func isCountComparative(_ word: Word) -> Bool {
    word == "færre" || word == "flere" || word == "fleire"
  }

  /// "en økning på", "redusert med": the word between a change word and its figure.
  static func isChangeLink(_ word: Word) -> Bool {
    word == "på" || word == "med" || word == "av" || word == "til"
  }

  /// Parts of words that name money: "mindreforbruk", "budsjettet", "rekneskapen",
  /// "tilskot", "skjønnsmidler", "kostnader", "driftsinntekter".
  static let moneyStems = [
    "forbruk", "budsjett", "regnskap", "rekneskap", "tilskudd", "tilskot", "overskudd",
    "overskot", "underskudd", "underskot", "kostnad", "utgift", "inntekt", "midler", "midlar",
    "bevilg", "løyving", "gjeld", "avsetning", "avsetjing", "fond", "kroner", "kronar",
  ]

  /// "ganger", "gonger": after a number, times (a factor before "så" or a comparative).
  static func isTimesWord(_ word: Word) -> Bool {
    word == "ganger" || word == "gonger" || word == "gongar" || word == "gangar"
  }

  /// "noen hundre", "fleire tusen", "mange tusen": words that leave a scale without a figure.
  static func isVagueQuantifier(_ word: Word) -> Bool {
    switch word {
    case "noen", "nokre", "nokon", "flere", "fleire", "mange", "titalls", "tital", "hundrevis",
      "tusenvis", "få":
      true
    default: false
    }
  }

  /// "er", "var", "blir": "Kommunen er en av fem kommuner" names one of several.
  static func isCopula(_ word: Word) -> Bool {
    switch word {
    case "er", "var", "blir", "ble", "blei", "vart", "vert", "blitt", "vore", "vært": true
    default: false
    }
  }

  /// "går over seks veker", "strekker seg over fire år", "fordeles over tre år": verbs after
  /// which "over" spans a length of time rather than bounding it.
  static func isSpanVerb(_ word: Word) -> Bool {
    switch word {
    case "seg", "fordeles", "fordelast", "fordelt", "fordelte", "fordeler", "fordeld", "spredt",
      "spreidd", "avskrives", "avskrivast", "nedbetales", "nedbetalast", "går", "gikk", "gjekk",
      "gjeng", "løper", "løp", "strekker", "strekkjer", "strakk":
      true
    default: false
    }
  }

  /// Span verbs that read as *elapsed* after an empty subject ("det gikk over tre måneder
  /// før …" is more than three months): they span time only after a real subject.
  static func isSpanVerbNeedingSubject(_ word: Word) -> Bool {
    word == "går" || word == "gikk" || word == "gjekk" || word == "gjeng" || word == "løper"
      || word == "løp"
  }

  /// "Storgata", "Kirkeveien", "Solbakken", "Rådhusplassen": a name that ends like a street.
  static func isStreetName(_ name: String) -> Bool {
    streetEndings.contains { name.hasSuffix($0) } && !name.contains("-")
  }

  private static let streetEndings = [
    "gata", "gate", "gaten", "veien", "vegen", "vei", "veg", "bakken", "haugen", "plassen",
    "torget", "allé", "alle", "stien", "brygga", "brygge", "kaien", "tunet", "svingen", "lia",
  ]

  /// "fra 1/3", "innen 1/3", "den 1/3": prepositions before a day written with a slash.
  static func isDatePreposition(_ word: Word) -> Bool {
    switch word {
    case "fra", "frå", "til", "innen", "innan", "per", "pr", "før", "etter", "den", "siden",
      "sidan", "fram", "frem", "fom", "tom":
      true
    default: false
    }
  }

  /// "7 849 innbyggere per 1. januar 2022": prepositions of a dated status.
  static func isStatusPreposition(_ word: Word) -> Bool {
    word == "per" || word == "pr" || word == "ved" || word == "pr."
  }

  /// The closed sets a word belongs to, for the rules that ask about several at once.
  struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32
    static let functionWord = WordClasses(rawValue: 1 << 0)
    static let cardinal = WordClasses(rawValue: 1 << 1)
    static let article = WordClasses(rawValue: 1 << 2)
    static let month = WordClasses(rawValue: 1 << 3)
    static let percentWord = WordClasses(rawValue: 1 << 4)
    static let comparative = WordClasses(rawValue: 1 << 5)
    static let adjective = WordClasses(rawValue: 1 << 6)
    static let nominalAdjective = WordClasses(rawValue: 1 << 7)
    static let scaleWord = WordClasses(rawValue: 1 << 8)
    static let scaledCurrency = WordClasses(rawValue: 1 << 9)
    static let currency = WordClasses(rawValue: 1 << 10)
    static let pointWord = WordClasses(rawValue: 1 << 11)
    static let spanLeader = WordClasses(rawValue: 1 << 12)
    static let timeUnit = WordClasses(rawValue: 1 << 13)
    static let definiteTimeUnit = WordClasses(rawValue: 1 << 14)
    /// The last word of a qualifier (a key of `qualifiersByLastWord`).
    static let qualifierEnd = WordClasses(rawValue: 1 << 15)
  }

  /// Every word of the sets in `WordClasses`, with the classes it belongs to.
  static let wordClasses: WordTable<WordClasses> = {
    let sets: [(WordClasses, [String])] = [
      (.functionWord, Array(functionWords.words)), (.cardinal, Array(cardinals.entries.keys)),
      (.article, Array(articles.words)), (.month, Array(months.entries.keys)),
      (.percentWord, Array(percentWords.words)), (.comparative, Array(comparatives.entries.keys)),
      (.adjective, Array(adjectives.words)), (.nominalAdjective, Array(nominalAdjectives.words)),
      (.scaleWord, Array(scaleWords.entries.keys)),
      (.scaledCurrency, Array(scaledCurrencies.entries.keys)),
      (.currency, Array(currencies.entries.keys)), (.pointWord, Array(pointWords.words)),
      (.spanLeader, Array(spanLeaders.words)), (.timeUnit, Array(timeUnits.entries.keys)),
      (.definiteTimeUnit, Array(definiteTimeUnits.words)),
      (.qualifierEnd, Array(qualifiersByLastWord.entries.keys)),
    ]
    var table: [String: WordClasses] = [:]
    for (classes, words) in sets {
      for word in words {
        table[word.precomposedStringWithCanonicalMapping, default: []].insert(classes)
      }
    }
    return WordTable(table)
  }()

  /// The classes of `word`: one lookup for what would be several.
  static func classes(of word: Word) -> WordClasses {
    wordClasses[word] ?? []
  }

  /// "de siste to årene", "dei neste tre åra": the words that lead a span of years.
  static let spanLeaders: WordSet = [
    "siste", "neste", "kommende", "kommande", "komande", "foregående", "føregåande",
    "foregåande", "første", "fyrste", "forrige", "førre",
  ]

  /// Every word that can begin a phrase on its own or with its neighbour: number words,
  /// articles, ordinals, fractions, factors, months, "hver"/"kvar", "halvparten".
  /// Words outside it are still tried as compounds ("tjuefem", "fireårig").
  static let phraseStarters: WordSet = {
    var words = Set(cardinals.entries.keys).union(articles.words).union(ordinals.entries.keys)
      .union(fractions.entries.keys)
    words.formUnion(halves.words)
    words.formUnion(oneAndAHalf.words)
    words.formUnion(factors.entries.keys)
    words.formUnion(months.entries.keys)
    words.formUnion(["hver", "kvar", "hvert", "kvart", "andre", "annen", "anna", "annan"])
    words.formUnion(["dobbelt", "tredobbelt"])
    return WordSet(words)
  }()

  /// The first two bytes of the `phraseStarters`.
  static let phraseStarterFilter = WordPrefixFilter(
    phraseStarters.words.map { Word(utf8: $0.precomposedStringWithCanonicalMapping.utf8) })

  /// Splits a written phrase into its tokens' lower-case spellings ("ca." → ["ca", "."]).
  static func words(_ phrase: String) -> [Word] {
    Tokenizer.tokens(of: phrase.lowercased()).map(\.word)
  }
}
