import AtsetlTransform
import Testing

/// One input of the sentence splitter and the exact sentences it must give.
struct SplitCase: Sendable, CustomTestStringConvertible {
  let text: String
  let sentences: [String]
  let note: String

  init(_ note: String, _ text: String, _ sentences: [String]) {
    self.note = note
    self.text = text
    self.sentences = sentences
  }

  var testDescription: String { note }
}

/// `SentenceSplitter` cuts Norwegian prose at sentence ends and nowhere else.
@Suite("SentenceSplitter")
struct SentenceSplitterTests {
  /// The sentences of `text` as strings.
  static func split(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return SentenceSplitter.sentences(in: scalars).map {
      String(String.UnicodeScalarView(scalars[$0]))
    }
  }

  /// Abbreviations after which the sentence always goes on, even before a capital or a digit.
  static let continuing: [SplitCase] = [
    SplitCase(
      "ca. before a digit", "Vi fikk ca. 200 søknader. De fleste ble innvilget.",
      ["Vi fikk ca. 200 søknader.", "De fleste ble innvilget."]),
    SplitCase(
      "Ca. capitalised at the start", "Ca. 40 elever deltok. Neste år blir det flere.",
      ["Ca. 40 elever deltok.", "Neste år blir det flere."]),
    SplitCase(
      "bl.a. before a capital", "Tiltaket omfatter bl.a. Nav og skolene. Det er nytt av året.",
      ["Tiltaket omfatter bl.a. Nav og skolene.", "Det er nytt av året."]),
    SplitCase(
      "f.eks. before a capital",
      "Flere enheter, f.eks. Helsestasjonen, fikk nye lokaler i fjor.",
      ["Flere enheter, f.eks. Helsestasjonen, fikk nye lokaler i fjor."]),
    SplitCase(
      "dvs. before a digit", "Budsjettet er redusert, dvs. 12 stillinger færre enn i fjor.",
      ["Budsjettet er redusert, dvs. 12 stillinger færre enn i fjor."]),
    SplitCase(
      "jf. before a capital", "Resultatet er bedre enn ventet, jf. Tabell 3 nedenfor.",
      ["Resultatet er bedre enn ventet, jf. Tabell 3 nedenfor."]),
    SplitCase(
      "nr. before a digit", "Saken er registrert som nr. 14 i arkivet. Den er avsluttet.",
      ["Saken er registrert som nr. 14 i arkivet.", "Den er avsluttet."]),
    SplitCase(
      "kl. before a digit", "Møtet starter kl. 10 i rådhuset. Alle er velkomne.",
      ["Møtet starter kl. 10 i rådhuset.", "Alle er velkomne."]),
    SplitCase(
      "pr. before a date", "Antall ansatte pr. 31. desember var 40. Det er en økning.",
      ["Antall ansatte pr. 31. desember var 40.", "Det er en økning."]),
    SplitCase(
      "tlf. before a digit", "Bestill time på tlf. 51 50 70 90 innen fredag.",
      ["Bestill time på tlf. 51 50 70 90 innen fredag."]),
    SplitCase(
      "inkl. before a digit", "Prisen er 500 kroner inkl. 25 prosent merverdiavgift.",
      ["Prisen er 500 kroner inkl. 25 prosent merverdiavgift."]),
    SplitCase(
      "evt. before a capital", "Ta kontakt med evt. Nav-kontoret i bydelen. Det hjelper.",
      ["Ta kontakt med evt. Nav-kontoret i bydelen.", "Det hjelper."]),
    SplitCase(
      "mht. before a capital (Nynorsk)",
      "Det er gjort endringar mht. Plan- og bygningslova. Dei gjeld frå i år.",
      ["Det er gjort endringar mht. Plan- og bygningslova.", "Dei gjeld frå i år."]),
    SplitCase(
      "t.o.m. before a day number",
      "Tilbudet gjelder t.o.m. 31. desember 2022. Deretter vurderes det på nytt.",
      ["Tilbudet gjelder t.o.m. 31. desember 2022.", "Deretter vurderes det på nytt."]),
    SplitCase(
      "o.a. before a digit",
      "Utgifter til reiser o.a. 40 000 kroner er førte på eige prosjekt.",
      ["Utgifter til reiser o.a. 40 000 kroner er førte på eige prosjekt."]),
  ]

  /// Abbreviations that end a sentence before a capital letter and only there.
  static let closing: [SplitCase] = [
    SplitCase(
      "mill. before a capital", "Netto driftsbudsjett var kr 15,6 mill. Dette tilsvarer en økning.",
      ["Netto driftsbudsjett var kr 15,6 mill.", "Dette tilsvarer en økning."]),
    SplitCase(
      "mill. before lower case", "Rammen er 2,3 mill. kroner i år. Den er uendret.",
      ["Rammen er 2,3 mill. kroner i år.", "Den er uendret."]),
    SplitCase(
      "kr. before a digit", "Egenandelen er kr. 100 per time for voksne.",
      ["Egenandelen er kr. 100 per time for voksne."]),
    SplitCase(
      "kr. before a capital", "Gaven var på 5 000 kr. Den gikk til nytt utstyr.",
      ["Gaven var på 5 000 kr.", "Den gikk til nytt utstyr."]),
    SplitCase(
      "kr. before a digit at a would-be sentence end",
      "Prisen var 300 kr. 20 av dem gikk til frakt.",
      ["Prisen var 300 kr. 20 av dem gikk til frakt."]),
    SplitCase(
      "mrd. before a capital", "Investeringene var 1,2 mrd. Det er mer enn planlagt.",
      ["Investeringene var 1,2 mrd.", "Det er mer enn planlagt."]),
    SplitCase(
      "mrd. before lower case", "Kommunen har 11 mrd. kroner i lånegjeld.",
      ["Kommunen har 11 mrd. kroner i lånegjeld."]),
    SplitCase(
      "pst. before a capital", "Sykefraværet var 6,1 pst. Målet er 5,5 pst.",
      ["Sykefraværet var 6,1 pst.", "Målet er 5,5 pst."]),
    SplitCase(
      "pst. before lower case", "Om lag 5 pst. av budsjettet gikk til vedlikehold.",
      ["Om lag 5 pst. av budsjettet gikk til vedlikehold."]),
    SplitCase(
      "osv. before a capital", "Vi kjøpte stoler, bord osv. Alt ble levert i mai.",
      ["Vi kjøpte stoler, bord osv.", "Alt ble levert i mai."]),
    SplitCase(
      "m.m. before a capital", "Det gjelder vei, vann m.m. Neste år kommer nye tiltak.",
      ["Det gjelder vei, vann m.m.", "Neste år kommer nye tiltak."]),
    SplitCase(
      "mv. before a capital (Nynorsk)", "Drift av bygg, reinhald mv. Utgiftene auka i fjor.",
      ["Drift av bygg, reinhald mv.", "Utgiftene auka i fjor."]),
    SplitCase(
      "o.l. before a capital (Nynorsk)", "Det gjeld utstyr til kontor o.l. Kostnaden var låg.",
      ["Det gjeld utstyr til kontor o.l.", "Kostnaden var låg."]),
    SplitCase(
      "m.fl. before a capital", "Arbeidet ble gjort av Nav, skolene m.fl. Resultatet var godt.",
      ["Arbeidet ble gjort av Nav, skolene m.fl.", "Resultatet var godt."]),
    SplitCase(
      "mnd. before a capital", "Prosjektet varte i 3 mnd. Ca. 30 elever deltok.",
      ["Prosjektet varte i 3 mnd.", "Ca. 30 elever deltok."]),
    SplitCase(
      "mnd. before lower case", "Etter 3 mnd. oppfølging var 12 i arbeid.",
      ["Etter 3 mnd. oppfølging var 12 i arbeid."]),
    SplitCase(
      "min. before a capital (Nynorsk)", "Kurset tek 45 min. Deretter er det prøve.",
      ["Kurset tek 45 min.", "Deretter er det prøve."]),
    SplitCase(
      "maks. before a digit", "Gruppene har maks. 12 deltakere. Det er nok.",
      ["Gruppene har maks. 12 deltakere.", "Det er nok."]),
    SplitCase(
      "jan. before a year", "Tiltaket startet i jan. 2022 og varte ut året.",
      ["Tiltaket startet i jan. 2022 og varte ut året."]),
    SplitCase(
      "okt. before a capital", "Byggestart var i okt. Bygget står ferdig i 2024.",
      ["Byggestart var i okt.", "Bygget står ferdig i 2024."]),
    SplitCase(
      "stk. before a capital", "Vi kjøpte inn 40 stk. Alle er tatt i bruk.",
      ["Vi kjøpte inn 40 stk.", "Alle er tatt i bruk."]),
    SplitCase(
      "stk. before lower case", "Det ble levert 40 stk. nettbrett til skolen.",
      ["Det ble levert 40 stk. nettbrett til skolen."]),
  ]

  /// Day numbers, ordinals and years.
  static let numbers: [SplitCase] = [
    SplitCase(
      "ordinal date", "Fra 1. januar 2017 ble tjenesten en egen enhet.",
      ["Fra 1. januar 2017 ble tjenesten en egen enhet."]),
    SplitCase(
      "ordinal date (Nynorsk)", "Frå 15. mars 2021 var kontoret stengt. Det opna att i mai.",
      ["Frå 15. mars 2021 var kontoret stengt.", "Det opna att i mai."]),
    SplitCase(
      "tertial", "Rapporten for 2. tertial viser et merforbruk.",
      ["Rapporten for 2. tertial viser et merforbruk."]),
    SplitCase(
      "school year", "Elevene på 10. trinn hadde eksamen i juni.",
      ["Elevene på 10. trinn hadde eksamen i juni."]),
    SplitCase(
      "year before a capital", "Senteret åpnet i 2017. Dette året hadde det 40 deltakere.",
      ["Senteret åpnet i 2017.", "Dette året hadde det 40 deltakere."]),
    SplitCase(
      "year before a digit", "Senteret åpnet i 2017. 12 av deltakerne var under 30 år.",
      ["Senteret åpnet i 2017.", "12 av deltakerne var under 30 år."]),
    SplitCase(
      "sentence starting with a digit", "Vi hadde mange søkere i året. 10 prosent har fått jobb.",
      ["Vi hadde mange søkere i året.", "10 prosent har fått jobb."]),
    SplitCase(
      "sentence starting with a digit (Nynorsk)",
      "Talet på søkjarar auka i fjor. 45 av dei fekk tilbod.",
      ["Talet på søkjarar auka i fjor.", "45 av dei fekk tilbod."]),
    SplitCase(
      "decimal number and web address", "Se www.stavanger.kommune.no for 2,5 prosent mer.",
      ["Se www.stavanger.kommune.no for 2,5 prosent mer."]),
  ]

  /// Other sentence ends, punctuation that stays with its sentence, and white space.
  static let punctuation: [SplitCase] = [
    SplitCase(
      "exclamation mark", "For et år! Vi nådde alle målene.",
      ["For et år!", "Vi nådde alle målene."]),
    SplitCase(
      "question mark", "Hva betyr dette for brukerne? Svaret er enkelt.",
      ["Hva betyr dette for brukerne?", "Svaret er enkelt."]),
    SplitCase(
      "question mark (Nynorsk)", "Kva tyder dette for brukarane? Svaret er enkelt.",
      ["Kva tyder dette for brukarane?", "Svaret er enkelt."]),
    SplitCase(
      "closing bracket", "Andelen økte (25 prosent i 2020). Neste år ventes en nedgang.",
      ["Andelen økte (25 prosent i 2020).", "Neste år ventes en nedgang."]),
    SplitCase(
      "closing guillemet", "«Ja.» Så startet arbeidet.", ["«Ja.»", "Så startet arbeidet."]),
    SplitCase(
      "question inside quotes followed by lower case", "«Hva nå?» spurte hun. Ingen svarte.",
      ["«Hva nå?» spurte hun.", "Ingen svarte."]),
    SplitCase(
      "closing double quote", "Han sa \"Nei.\" Deretter gikk han.",
      ["Han sa \"Nei.\"", "Deretter gikk han."]),
    SplitCase(
      "opening guillemet starts a sentence", "Det skjedde i 2017. «Endelig», sa lederen.",
      ["Det skjedde i 2017.", "«Endelig», sa lederen."]),
    SplitCase(
      "bracket with an abbreviation inside",
      "Tallet var høyt (jf. tabell 3). Det har flere årsaker.",
      ["Tallet var høyt (jf. tabell 3).", "Det har flere årsaker."]),
    SplitCase(
      "initials", "Rapporten er skrevet av H. Olsen og K. Berg. De leder enheten.",
      ["Rapporten er skrevet av H. Olsen og K. Berg.", "De leder enheten."]),
    SplitCase(
      "line breaks inside a paragraph", "Enheten hadde 40 ansatte\ni 2021. Det er\nen økning.",
      ["Enheten hadde 40 ansatte\ni 2021.", "Det er\nen økning."]),
    SplitCase(
      "line break as the only space between sentences", "Det var et godt år.\nNeste år blir bedre.",
      ["Det var et godt år.", "Neste år blir bedre."]),
    SplitCase(
      "no-break space between sentences", "Det var 40 deltakere.\u{A0}Neste år blir det flere.",
      ["Det var 40 deltakere.", "Neste år blir det flere."]),
    SplitCase(
      "several spaces and a tab", "Slutt.   \tNy start her.", ["Slutt.", "Ny start her."]),
    SplitCase(
      "leading and trailing white space", "  \n Det var en god start.  \n",
      ["Det var en god start."]),
    SplitCase("empty input", "", []),
    SplitCase("white space only", "  \n\t ", []),
    SplitCase("no final stop", "Nøkkeltall for 2021", ["Nøkkeltall for 2021"]),
    SplitCase(
      "last sentence without a stop", "Første setning er ferdig. Den andre er det ikke",
      ["Første setning er ferdig.", "Den andre er det ikke"]),
    SplitCase(
      "stop followed by lower case", "Det gjaldt bl. a. skolene. Neste punkt.",
      ["Det gjaldt bl. a. skolene.", "Neste punkt."]),
  ]

  @Test("Abbreviations that never end a sentence", arguments: continuing)
  func continuingAbbreviations(_ row: SplitCase) {
    #expect(Self.split(row.text) == row.sentences)
  }

  @Test("Abbreviations that end a sentence only before a capital", arguments: closing)
  func closingAbbreviations(_ row: SplitCase) {
    #expect(Self.split(row.text) == row.sentences)
  }

  @Test("Day numbers, ordinals and years", arguments: numbers)
  func numbersAtFullStops(_ row: SplitCase) {
    #expect(Self.split(row.text) == row.sentences)
  }

  @Test("Punctuation and white space", arguments: punctuation)
  func punctuationAndSpace(_ row: SplitCase) {
    #expect(Self.split(row.text) == row.sentences)
  }

  @Test("The table is large enough")
  func tableSize() {
    #expect(
      Self.continuing.count + Self.closing.count + Self.numbers.count
        + Self.punctuation.count >= 40)
  }

  @Test("Ranges are scalar offsets of trimmed sentences")
  func rangesAreScalarOffsets() {
    let text = " Økonomi 📈: ca. 5 prosent. Neste år. "
    let ranges = SentenceSplitter.sentences(in: Array(text.unicodeScalars))
    #expect(ranges == [1..<26, 27..<36])
  }
}
