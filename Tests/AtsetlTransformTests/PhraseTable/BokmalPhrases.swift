// Bokmål rows of the phrase table. Every row lists all quantities of its sentence.

import AtsetlModel
import Testing

/// Bokmål sentences and every quantity the grammar must find in each.
enum BokmalPhrases {
  static var all: [PhraseCase] {
    seeds + counts + numberWords + digits + approximately + slightlyAboveAndBelow
      + bounds + ranges + money + percents + fractions + years + dates + durations
      + ordinals + changes + periods + positions + capitals
      + withinAndSpans
  }

  /// The SPEC §4 phrase table, each phrase in a sentence of its own.
  static let seeds: [PhraseCase] = [
    P("I 2021 hadde senteret i overkant av 400 personer på kurs.", [.year(2021), .count("i overkant av 400 personer", 400, .slightlyAbove, unit: "personer", period: "2021")]),
    P("Det er en nedgang på vel 100 personer fra året før.", [.count("vel 100 personer", 100, .slightlyAbove, unit: "personer", change: .decrease, comparedTo: "previous_year")]),
    P("Sammenlignet med 2019 er det en reduksjon på nær 200 personer.", [.year(2019), .count("nær 200 personer", 200, .slightlyBelow, unit: "personer", change: .decrease, comparedTo: "2019")]),
    P("Cirka 200 unge under 30 år fikk tilbud om arbeidstrening.", [.count("Cirka 200 unge", 200, .approximately, unit: "unge"), .duration("under 30 år", 30, "year", .below)]),
    P("Tallet har vært stabilt de siste to årene.", [.duration("de siste to årene", 2, "year")]),
    P("Av deltakerne var nærmere 35 prosent kvinner.", [.percent("nærmere 35 prosent", 35, .slightlyBelow)]),
    P("Tilsvarende tall i 2019 og 2020 var 20 prosent og 23 prosent.", [.year(2019), .year(2020), .percent("20 prosent", 20, period: "2019"), .percent("23 prosent", 23, period: "2020")]),
    P("I høst har fem nye startet på senteret.", [.count("fem", 5)]),
    P("Blant søkerne er det fem nye som har startet.", [.count("fem", 5)]),
    P("De ni arbeidstakerne har faste oppgaver i kantina.", [.count("ni arbeidstakerne", 9, unit: "arbeidstakerne")]),
    P("Senteret deltar i et fireårig forsøk med lønnstilskudd.", [.duration("fireårig", 4, "year")]),
    P("Mindreforbruket var om lag kr 0,1 mill.", [.money("om lag kr 0,1 mill.", 100000, .approximately)]),
    P("Netto driftsbudsjett var kr 15,6 mill.", [.money("kr 15,6 mill.", 15600000)]),
    P("Gaven fra stiftelsen utgjorde kr 0,03 mill.", [.money("kr 0,03 mill.", 30000)]),
    P("Enheten hadde en forbruksprosent på 99,1.", [.percent("forbruksprosent på 99,1", 99.1)]),
    P("Halvparten av deltakerne gikk over til ordinært arbeid.", [.fraction("Halvparten", 0.5)]),
    P("Fra 1. januar 2017 ble tjenesten en egen enhet.", [.date("1. januar 2017", iso: "2017-01-01")]),
    P("Det nye bygget ble tatt i bruk i mai 2017.", [.date("mai 2017", iso: "2017-05")]),
    P("Kommunen hadde i 2022 totalt 1 245 ansatte, mot 1 198 året før.", [.year(2022), .count("1 245 ansatte", 1245, unit: "ansatte", comparedTo: "previous_year", period: "2022"), .count("1 198", 1198, period: "2021")]),
    P("De fem største tjenesteområdene fikk 80 prosent av midlene.", [.count("fem største tjenesteområdene", 5, unit: "tjenesteområdene"), .percent("80 prosent", 80)]),
    P("Sykefraværet var på 6,8 prosent, en nedgang fra 7,2 prosent i 2021.", [.percent("6,8 prosent", 6.8, change: .decrease, comparedTo: "2021"), .percent("7,2 prosent", 7.2, period: "2021"), .year(2021)]),
    P("I 2022 var det 520 brukere, en økning fra 480 i fjor.", [.year(2022), .count("520 brukere", 520, unit: "brukere", change: .increase, comparedTo: "previous_year", period: "2022"), .count("480", 480, period: "2021")]),
    P("Det var 300 deltakere i år, mot 250 året før.", [.count("300 deltakere", 300, unit: "deltakere", comparedTo: "previous_year"), .count("250", 250)]),
    P("Det var 300 deltakere, mot 250 i fjor.", [.count("300 deltakere", 300, unit: "deltakere", comparedTo: "previous_year"), .count("250", 250)]),
    P("Andelen var 8,2 prosent, mot 7,9 prosent året før.", [.percent("8,2 prosent", 8.2, comparedTo: "previous_year"), .percent("7,9 prosent", 7.9)]),
    P("Senteret hadde 310 deltakere i 2017, mot 270 i 2016.", [.count("310 deltakere", 310, unit: "deltakere", comparedTo: "2016", period: "2017"), .year(2017), .count("270", 270, period: "2016"), .year(2016)]),
  ]

  /// Counts with and without a counted noun, adjectives, nominalised adjectives, partitives.
  static let counts: [PhraseCase] = [
    P("Enheten mottok 20 nye forespørsler i løpet av våren.", [.count("20 nye forespørsler", 20, unit: "forespørsler")]),
    P("Det ble gitt seks ulike gruppetilbud.", [.count("seks ulike gruppetilbud", 6, unit: "gruppetilbud")]),
    P("Kommunen fikk tildelt fire VTA-plasser.", [.count("fire VTA-plasser", 4, unit: "vta-plasser")]),
    P("Vi har 30 ansatte fordelt på tre avdelinger.", [.count("30 ansatte", 30, unit: "ansatte"), .count("tre avdelinger", 3, unit: "avdelinger")]),
    P("Dagsenteret har plass til 12 eldre hver dag.", [.count("12 eldre", 12, unit: "eldre")]),
    P("Hele 195 av deltakerne svarte på undersøkelsen.", [.count("195 av deltakerne", 195, unit: "deltakerne")]),
    P("Til sammen har nær 300 deltatt på kurs.", [.count("nær 300", 300, .slightlyBelow)]),
    P("Vi inngikk et par nye avtaler med lokale bedrifter.", [.count("et par nye avtaler", 2, .approximately, unit: "avtaler")]),
    P("Vi har hatt et par møter med NAV.", [.count("et par møter", 2, .approximately, unit: "møter")]),
    P("Skolen har 420 elever.", [.count("420 elever", 420, unit: "elever")]),
    P("Det er 18 kommunale barnehager i bydelen.", [.count("18 kommunale barnehager", 18, unit: "barnehager")]),
    P("Totalt 450 personer fikk vedtak om hjemmehjelp.", [.count("450 personer", 450, unit: "personer")]),
    P("I alt 62 familier fikk bostøtte.", [.count("62 familier", 62, unit: "familier")]),
    P("Sykehjemmet har 96 plasser, hvorav 12 er korttidsplasser.", [.count("96 plasser", 96, unit: "plasser"), .count("12", 12)]),
    P("Fem av brukerne flyttet til egen bolig.", [.count("Fem av brukerne", 5, unit: "brukerne")]),
    P("Ved årsskiftet sto 14 personer på venteliste.", [.count("14 personer", 14, unit: "personer")]),
    P("Kommunen eier 870 utleieboliger.", [.count("870 utleieboliger", 870, unit: "utleieboliger")]),
    P("Etter en lang prosess fikk 16 lærlinger fagbrev.", [.count("16 lærlinger", 16, unit: "lærlinger")]),
    P("Tjenesten utgjør 15,6 årsverk.", [.count("15,6 årsverk", 15.6, unit: "årsverk")]),
    P("Ordningen omfatter 200 unge.", [.count("200 unge", 200, unit: "unge")]),
    P("Seniorsenteret arrangerte 48 turer for beboerne.", [.count("48 turer", 48, unit: "turer")]),
    P("Byggesaksavdelingen gjennomførte 35 tilsyn.", [.count("35 tilsyn", 35, unit: "tilsyn")]),
    P("Hele 80 frivillige stilte opp på dugnaden.", [.count("80 frivillige", 80, unit: "frivillige")]),
    P("Av disse har 25 fått fast jobb.", [.count("25", 25)]),
    P("Barnevernet mottok 212 bekymringsmeldinger.", [.count("212 bekymringsmeldinger", 212, unit: "bekymringsmeldinger")]),
    P("Kulturskolen har 14 faste lærere.", [.count("14 faste lærere", 14, unit: "lærere")]),
    P("Bare 3 av søkerne fikk avslag.", [.count("3 av søkerne", 3, unit: "søkerne")]),
  ]

  /// Numbers written as words.
  static let numberWords: [PhraseCase] = [
    P("Tre nye lærlinger begynte i august.", [.count("Tre nye lærlinger", 3, unit: "lærlinger")]),
    P("Vi tok imot tolv flyktninger.", [.count("tolv flyktninger", 12, unit: "flyktninger")]),
    P("Det ble registrert tjuefem avvik.", [.count("tjuefem avvik", 25, unit: "avvik")]),
    P("Det ble meldt tjue fem avvik i kvalitetssystemet.", [.count("tjue fem avvik", 25, unit: "avvik")]),
    P("Prosjektet nådde to hundre og femti deltakere.", [.count("to hundre og femti deltakere", 250, unit: "deltakere")]),
    P("Festivalen samlet tre tusen besøkende.", [.count("tre tusen besøkende", 3000, unit: "besøkende")]),
    P("Bare én deltaker avbrøt kurset.", [.count("én deltaker", 1, unit: "deltaker")]),
    P("Det ble opprettet ett nytt tiltak.", [.count("ett nytt tiltak", 1, unit: "tiltak")]),
    P("Ifølge protokollen var det femogtjue medlemmer i foreningen.", [.count("femogtjue medlemmer", 25, unit: "medlemmer")]),
    P("Femten elever fikk fagbrev.", [.count("Femten elever", 15, unit: "elever")]),
    P("Førti ansatte deltok på samlingen.", [.count("Førti ansatte", 40, unit: "ansatte")]),
    P("Sytten barn fikk plass etter suppleringsopptaket.", [.count("Sytten barn", 17, unit: "barn")]),
    P("Åtte boliger ble ferdigstilt.", [.count("Åtte boliger", 8, unit: "boliger")]),
    P("Elleve søknader ble avslått.", [.count("Elleve søknader", 11, unit: "søknader")]),
    P("Fondet fikk en million kroner i gave.", [.money("en million kroner", 1000000)]),
    P("Bydelen fikk seks nye lekeplasser.", [.count("seks nye lekeplasser", 6, unit: "lekeplasser")]),
    P("Skolen har ni klasser på hvert trinn.", [.count("ni klasser", 9, unit: "klasser")]),
    P("Sju av beboerne deltok på turen.", [.count("Sju av beboerne", 7, unit: "beboerne")]),
    P("Kommunen tilsatte tretti nye assistenter.", [.count("tretti nye assistenter", 30, unit: "assistenter")]),
  ]

  /// Digits: grouping spaces of every kind, dot groups, decimal comma, minus sign.
  static let digits: [PhraseCase] = [
    P("Hjemmetjenesten utførte 7 849 besøk.", [.count("7 849 besøk", 7849, unit: "besøk")]),
    P("Biblioteket hadde 7\u{00A0}849 utlån i juni.", [.count("7\u{00A0}849 utlån", 7849, unit: "utlån")]),
    P("Registeret omfatter 12\u{202F}500 boliger.", [.count("12\u{202F}500 boliger", 12500, unit: "boliger")]),
    P("Kulturhuset solgte 3\u{2009}200 billetter.", [.count("3\u{2009}200 billetter", 3200, unit: "billetter")]),
    P("Nettsidene hadde 1.234.567 sidevisninger.", [.count("1.234.567 sidevisninger", 1234567, unit: "sidevisninger")]),
    P("Det ble behandlet 1 250 søknader om byggetillatelse.", [.count("1 250 søknader", 1250, unit: "søknader")]),
    P("Kommunen har over 3 000 ansatte.", [.count("over 3 000 ansatte", 3000, .above, unit: "ansatte")]),
    P("Netto driftsresultat var −3 prosent.", [.percent("−3 prosent", -3)]),
    P("Skolene har til sammen 2 340 elever (inkludert 85 i spesialklasser).", [.count("2 340 elever", 2340, unit: "elever"), .count("85", 85)]),
    P("Renholdet omfatter 42 000 kvadratmeter.", [.count("42 000 kvadratmeter", 42000, unit: "kvadratmeter")]),
    P("Det ble delt ut 2,5 tonn mat.", [.count("2,5 tonn", 2.5, unit: "tonn")]),
  ]

  /// approximately: cirka, ca., om lag, omtrent, rundt, kring, omkring, anslagsvis.
  static let approximately: [PhraseCase] = [
    P("Cirka 80 elever tok sommerskole.", [.count("Cirka 80 elever", 80, .approximately, unit: "elever")]),
    P("Biblioteket lånte ut ca. 45 000 bøker.", [.count("ca. 45 000 bøker", 45000, .approximately, unit: "bøker")]),
    P("Det ble brukt om lag 300 timer på opplæring.", [.duration("om lag 300 timer", 300, "hour", .approximately)]),
    P("Omtrent 60 prosent av de ansatte svarte.", [.percent("Omtrent 60 prosent", 60, .approximately)]),
    P("Rundt 150 frivillige bidro under arrangementet.", [.count("Rundt 150 frivillige", 150, .approximately, unit: "frivillige")]),
    P("Kostnaden er beregnet til omkring kr 4 mill.", [.money("omkring kr 4 mill.", 4000000, .approximately)]),
    P("Anslagsvis 2 000 personer besøkte utstillingen.", [.count("Anslagsvis 2 000 personer", 2000, .approximately, unit: "personer")]),
    P("Tiltaket nådde, ifølge rapporten, ca. 90 familier.", [.count("ca. 90 familier", 90, .approximately, unit: "familier")]),
    P("Det gjelder rundt 40 boliger i sentrum.", [.count("rundt 40 boliger", 40, .approximately, unit: "boliger")]),
    P("Antallet ansatte (ca. 300) er uendret.", [.count("ca. 300", 300, .approximately)]),
    P("Prosjektet koster omtrent 2 millioner kroner.", [.money("omtrent 2 millioner kroner", 2000000, .approximately)]),
    P("Ventetiden er cirka seks uker.", [.duration("cirka seks uker", 6, "week", .approximately)]),
    P("Det ble servert anslagsvis 500 middager.", [.count("anslagsvis 500 middager", 500, .approximately, unit: "middager")]),
    P("Omkring 70 barn går i kulturskolen.", [.count("Omkring 70 barn", 70, .approximately, unit: "barn")]),
    P("Om lag halvparten av plassene er ledige.", [.fraction("Om lag halvparten", 0.5, .approximately)]),
  ]

  /// slightly_above and slightly_below.
  static let slightlyAboveAndBelow: [PhraseCase] = [
    P("Vel 60 prosent av elevene deltok.", [.percent("Vel 60 prosent", 60, .slightlyAbove)]),
    P("Drøyt 500 søknader kom inn før fristen.", [.count("Drøyt 500 søknader", 500, .slightlyAbove, unit: "søknader")]),
    P("Tjenesten hadde godt og vel 50 brukere.", [.count("godt og vel 50 brukere", 50, .slightlyAbove, unit: "brukere")]),
    P("Litt over 70 prosent fullførte kurset.", [.percent("Litt over 70 prosent", 70, .slightlyAbove)]),
    P("Kommunen brukte i overkant av kr 2 mill. på vedlikehold.", [.money("i overkant av kr 2 mill.", 2000000, .slightlyAbove)]),
    P("Ventetiden var drøyt tre uker.", [.duration("drøyt tre uker", 3, "week", .slightlyAbove)]),
    P("Prosjektet varte i vel to år.", [.duration("vel to år", 2, "year", .slightlyAbove)]),
    P("Det var i overkant av 1 000 deltakere på arrangementene.", [.count("i overkant av 1 000 deltakere", 1000, .slightlyAbove, unit: "deltakere")]),
    P("I underkant av 30 barn står på venteliste.", [.count("I underkant av 30 barn", 30, .slightlyBelow, unit: "barn")]),
    P("Knapt 40 prosent av søkerne fikk plass.", [.percent("Knapt 40 prosent", 40, .slightlyBelow)]),
    P("Snaut 200 deltakere fullførte programmet.", [.count("Snaut 200 deltakere", 200, .slightlyBelow, unit: "deltakere")]),
    P("Nesten 90 prosent er fornøyde med tilbudet.", [.percent("Nesten 90 prosent", 90, .slightlyBelow)]),
    P("Opp mot 40 familier kan få tilbud.", [.count("Opp mot 40 familier", 40, .slightlyBelow, unit: "familier")]),
    P("Tiltaket kostet nærmere kr 1,2 mill.", [.money("nærmere kr 1,2 mill.", 1200000, .slightlyBelow)]),
    P("Det kom nær 600 publikummere til konserten.", [.count("nær 600 publikummere", 600, .slightlyBelow, unit: "publikummere")]),
    P("Nærmere 20 ansatte har tatt videreutdanning.", [.count("Nærmere 20 ansatte", 20, .slightlyBelow, unit: "ansatte")]),
    P("Vi brukte i underkant av kr 0,5 mill. på kurs.", [.money("i underkant av kr 0,5 mill.", 500000, .slightlyBelow)]),
    P("Behandlingen tok nesten to måneder.", [.duration("nesten to måneder", 2, "month", .slightlyBelow)]),
  ]

  /// above, below, at_least, at_most.
  static let bounds: [PhraseCase] = [
    P("Over 100 personer sto på venteliste.", [.count("Over 100 personer", 100, .above, unit: "personer")]),
    P("Mer enn 40 prosent av budsjettet gikk til lønn.", [.percent("Mer enn 40 prosent", 40, .above)]),
    P("Flere enn 25 bedrifter deltok på messen.", [.count("Flere enn 25 bedrifter", 25, .above, unit: "bedrifter")]),
    P("Saksbehandlingen tok mer enn tolv uker.", [.duration("mer enn tolv uker", 12, "week", .above)]),
    P("Ordningen kostet over kr 6 mill.", [.money("over kr 6 mill.", 6000000, .above)]),
    P("Under 10 prosent av søknadene ble avslått.", [.percent("Under 10 prosent", 10, .below)]),
    P("Det var færre enn 20 deltakere per kurs.", [.count("færre enn 20 deltakere", 20, .below, unit: "deltakere")]),
    P("Mindre enn 5 prosent av bygningsmassen er universelt utformet.", [.percent("Mindre enn 5 prosent", 5, .below)]),
    P("Gruppene har under 15 barn.", [.count("under 15 barn", 15, .below, unit: "barn")]),
    P("Tiltaket kostet mindre enn kr 100 000.", [.money("mindre enn kr 100 000", 100000, .below)]),
    P("Minst 12 elever må melde seg på.", [.count("Minst 12 elever", 12, .atLeast, unit: "elever")]),
    P("Hver deltaker får minimum 20 timer veiledning.", [.duration("minimum 20 timer", 20, "hour", .atLeast)]),
    P("Kommunen skal bygge ikke mindre enn 50 nye boliger.", [.count("ikke mindre enn 50 nye boliger", 50, .atLeast, unit: "boliger")]),
    P("Prosjektet krever minst kr 5 mill. i tilskudd.", [.money("minst kr 5 mill.", 5000000, .atLeast)]),
    P("Kurset varer i minst tre uker.", [.duration("minst tre uker", 3, "week", .atLeast)]),
    P("Hver gruppe har maks 8 deltakere.", [.count("maks 8 deltakere", 8, .atMost, unit: "deltakere")]),
    P("Støtten er maksimalt kr 50 000.", [.money("maksimalt kr 50 000", 50000, .atMost)]),
    P("Det kan ta høyst fire uker å få svar.", [.duration("høyst fire uker", 4, "week", .atMost)]),
    P("Tilbudet gis i opptil seks måneder.", [.duration("opptil seks måneder", 6, "month", .atMost)]),
    P("Ordningen gir inntil 12 uker med lønnstilskudd.", [.duration("inntil 12 uker", 12, "week", .atMost)]),
    P("Opptil 30 personer kan delta.", [.count("Opptil 30 personer", 30, .atMost, unit: "personer")]),
    P("Ikke mer enn 15 barn får plass i gruppen.", [.count("Ikke mer enn 15 barn", 15, .atMost, unit: "barn")]),
    P("Egenandelen er høyst 20 prosent.", [.percent("høyst 20 prosent", 20, .atMost)]),
  ]

  /// Ranges: mellom X og Y, fra X til Y, X–Y, X-Y.
  static let ranges: [PhraseCase] = [
    P("Mellom 10 og 15 elever deltar hver uke.", [.countRange("Mellom 10 og 15 elever", 10, 15, unit: "elever")]),
    P("Gruppene har fra 6 til 8 deltakere.", [.countRange("fra 6 til 8 deltakere", 6, 8, unit: "deltakere")]),
    P("Kurset samler 15–20 deltakere hver gang.", [.countRange("15–20 deltakere", 15, 20, unit: "deltakere")]),
    P("Hver klasse har 20-25 elever.", [.countRange("20-25 elever", 20, 25, unit: "elever")]),
    P("Mellom 20 og 30 prosent av de eldre bor alene.", [.percentRange("Mellom 20 og 30 prosent", 20, 30)]),
    P("Andelen ligger på 20–30 prosent.", [.percentRange("20–30 prosent", 20, 30)]),
    P("Utbyggingen vil koste kr 2–3 mill.", [.moneyRange("kr 2–3 mill.", 2000000, 3000000)]),
    P("Prosjektet er anslått til mellom 2 og 3 millioner kroner.", [.moneyRange("mellom 2 og 3 millioner kroner", 2000000, 3000000)]),
    P("Tilbudet gjelder ungdom mellom 16 og 25 år.", [.durationRange("mellom 16 og 25 år", 16, 25, "year")]),
    P("Tilbudet gjelder barn fra 6 til 12 år.", [.durationRange("fra 6 til 12 år", 6, 12, "year")]),
    P("Behandlingstiden er 2–4 uker.", [.durationRange("2–4 uker", 2, 4, "week")]),
    P("Hvert tiltak har plass til mellom 8 og 12 personer.", [.countRange("mellom 8 og 12 personer", 8, 12, unit: "personer")]),
    P("Andelen var fra 5 til 8 prosent i perioden.", [.percentRange("fra 5 til 8 prosent", 5, 8)]),
  ]

  /// Money: both orders, abbreviations, scale words, øre.
  static let money: [PhraseCase] = [
    P("Inntektene ble 15,6 mill. kr i fjor.", [.money("15,6 mill. kr", 15600000)]),
    P("Kommunen mottok 15,6 millioner kroner i statstilskudd.", [.money("15,6 millioner kroner", 15600000)]),
    P("Rammen er NOK 3 mill. for hele perioden.", [.money("NOK 3 mill.", 3000000)]),
    P("Tilskuddet på kr 450 000,- ble utbetalt i mars.", [.money("kr 450 000,-", 450000)]),
    P("Parkering koster 50 øre ekstra per minutt.", [.money("50 øre", 0.5)]),
    P("Kommunens samlede driftsinntekter var 14 milliarder kroner.", [.money("14 milliarder kroner", 14000000000)]),
    P("Det ble gitt 120 tusen kroner i tilskudd.", [.money("120 tusen kroner", 120000)]),
    P("Egenandelen er 1 200 kroner per måned.", [.money("1 200 kroner", 1200)]),
    P("Gebyret er 500 kr for hver søknad.", [.money("500 kr", 500)]),
    P("Prisen er kr. 350 per time.", [.money("kr. 350", 350)]),
    P("Bevilgningen var på 4 millioner norske kroner.", [.money("4 millioner norske kroner", 4000000)]),
    P("Et overskudd på kr 250 000 ble overført til fond.", [.money("kr 250 000", 250000)]),
    P("Driftsresultatet ble 1,2 mrd. kroner.", [.money("1,2 mrd. kroner", 1200000000)]),
    P("Tilskuddet utgjorde kr 75,5 mill. og gikk til drift.", [.money("kr 75,5 mill.", 75500000)]),
    P("Investeringene var på NOK 250 millioner.", [.money("NOK 250 millioner", 250000000)]),
    P("Fondet er på kr 3 mrd. etter salget.", [.money("kr 3 mrd.", 3000000000)]),
    P("Prosjektet fikk 2,4 mill. kroner fra Husbanken.", [.money("2,4 mill. kroner", 2400000)]),
    P("Refusjonen utgjorde kr 12 mill som ble inntektsført.", [.money("kr 12 mill", 12000000)]),
    P("Utstyret kostet 85 000 kroner.", [.money("85 000 kroner", 85000)]),
    P("Det samlede budsjettet var 3 mrd kr totalt.", [.money("3 mrd kr", 3000000000)]),
  ]

  /// Percent and percentage points.
  static let percents: [PhraseCase] = [
    P("Sykefraværet var 7,2 prosent.", [.percent("7,2 prosent", 7.2)]),
    P("Andelen med fagbrev er 35 %.", [.percent("35 %", 35)]),
    P("Andelen er 35% blant de yngste.", [.percent("35%", 35)]),
    P("Oppslutningen var 64\u{00A0}% i år.", [.percent("64\u{00A0}%", 64)]),
    P("Lønnsveksten ble 3,5 pst. i fjor.", [.percent("3,5 pst.", 3.5)]),
    P("Andelen var henholdsvis 12 og 15 prosent.", [.percent("12", 12), .percent("15 prosent", 15)]),
    P("Andelene i nord og sør var henholdsvis 40 og 45 prosent.", [.percent("40", 40), .percent("45 prosent", 45)]),
    P("35 prosent av elevene går på yrkesfag.", [.percent("35 prosent", 35)]),
    P("Svarprosenten var 78 prosent.", [.percent("78 prosent", 78)]),
    P("Andelen er 0,5 prosent.", [.percent("0,5 prosent", 0.5)]),
    P("Kantina endte med en forbruksprosent på 102,4.", [.percent("forbruksprosent på 102,4", 102.4)]),
    P("Sykefraværet gikk ned med 1,2 prosentpoeng.", [.points("1,2 prosentpoeng", 1.2, change: .decrease)]),
    P("Andelen økte med 3 %-poeng.", [.points("3 %-poeng", 3, change: .increase)]),
    P("Det er en økning på 2,5 prosentpoeng fra året før.", [.points("2,5 prosentpoeng", 2.5, change: .increase, comparedTo: "previous_year")]),
    P("Forskjellen mellom skolene er 4 prosentpoeng.", [.points("4 prosentpoeng", 4)]),
    P("Om lag 15 prosent av innbyggerne er over 67 år.", [.percent("Om lag 15 prosent", 15, .approximately), .duration("over 67 år", 67, "year", .above)]),
    P("Målet er at 95 % skal fullføre.", [.percent("95 %", 95)]),
  ]

  /// Fractions and factors.
  static let fractions: [PhraseCase] = [
    P("En tredjedel av budsjettet går til lønn.", [.fraction("En tredjedel", 0.333333)]),
    P("To tredjedeler av deltakerne er menn.", [.fraction("To tredjedeler", 0.666667)]),
    P("Tre fjerdedeler av boligene er kommunale.", [.fraction("Tre fjerdedeler", 0.75)]),
    P("Tre av fire brukere er fornøyde.", [.fraction("Tre av fire", 0.75)]),
    P("Hver tredje elev opplever mobbing.", [.fraction("Hver tredje", 0.333333)]),
    P("Nesten halvparten av søkerne var under 25 år.", [.fraction("Nesten halvparten", 0.5, .slightlyBelow), .duration("under 25 år", 25, "year", .below)]),
    P("Over halvparten av de ansatte har høyere utdanning.", [.fraction("Over halvparten", 0.5, .above)]),
    P("En fjerdedel av kommunens ansatte jobber deltid.", [.fraction("En fjerdedel", 0.25)]),
    P("Ventelistene ble halvert i løpet av året.", [.fraction("halvert", 0.5, change: .decrease)]),
    P("Antallet besøk ble doblet fra året før.", [.number("doblet", 2, change: .increase, comparedTo: "previous_year")]),
    P("Kapasiteten i skolefritidsordningen er doblet.", [.number("doblet", 2, change: .increase)]),
    P("Ni av ti foreldre er fornøyde med barnehagen.", [.fraction("Ni av ti", 0.9)]),
    P("To av tre ansatte har tatt kurset.", [.fraction("To av tre", 0.666667)]),
    P("Hver fjerde innbygger er over 67 år.", [.fraction("Hver fjerde", 0.25), .duration("over 67 år", 67, "year", .above)]),
    P("Nærmere en tredjedel av elevene valgte yrkesfag.", [.fraction("Nærmere en tredjedel", 0.333333, .slightlyBelow)]),
    P("Antallet søknader er tredoblet.", [.number("tredoblet", 3, change: .increase)]),
    P("Vi har redusert ventetiden med halvparten.", [.fraction("halvparten", 0.5, change: .decrease)]),
    P("Om lag en femtedel av bygningene trenger nytt tak.", [.fraction("Om lag en femtedel", 0.2, .approximately)]),
    P("Det gjelder fire av fem nye søkere.", [.fraction("fire av fem", 0.8)]),
    P("Mer enn halvparten av elevene deltok.", [.fraction("Mer enn halvparten", 0.5, .above)]),
  ]

  /// Years and year ranges.
  static let years: [PhraseCase] = [
    P("I 2021 ble det åpnet en ny skole.", [.year(2021)]),
    P("Planen ble vedtatt i 2019.", [.year(2019)]),
    P("Arbeidet fortsetter i 2022, etter planen.", [.year(2022)]),
    P("Prosjektet pågikk fra 2019 til 2021.", [.years("fra 2019 til 2021", 2019, 2021)]),
    P("Planperioden er 2019–2021.", [.years("2019–2021", 2019, 2021)]),
    P("Tallene for årene 2019 og 2020 er ikke sammenlignbare.", [.year(2019), .year(2020)]),
    P("Mellom 2019 og 2021 ble ordningen evaluert.", [.years("Mellom 2019 og 2021", 2019, 2021)]),
    P("Ordningen gjaldt i perioden 2018-2020.", [.years("2018-2020", 2018, 2020)]),
    P("Budsjettet for 2022 er ikke vedtatt.", [.year(2022)]),
    P("Skolen ble bygget i 1972 og rehabilitert i 2015.", [.year(1972), .year(2015)]),
    P("Fra 2018 til 2020 ble det bygget nye boliger.", [.years("Fra 2018 til 2020", 2018, 2020)]),
    P("Evalueringen fra 2020 viser gode resultater.", [.year(2020)]),
  ]

  /// Dates, months with year, date ranges.
  static let dates: [PhraseCase] = [
    P("Loven trådte i kraft 1. januar 2020.", [.date("1. januar 2020", iso: "2020-01-01")]),
    P("Søknadsfristen var 15. mars 2021.", [.date("15. mars 2021", iso: "2021-03-15")]),
    P("Avtalen ble signert 17.05.2021.", [.date("17.05.2021", iso: "2021-05-17")]),
    P("Rapporten ble levert 2021-05-17.", [.date("2021-05-17", iso: "2021-05-17")]),
    P("Fra 1. januar gjelder nye satser.", [.date("1. januar", iso: "--01-01")]),
    P("Tilbudet ble stengt i mars 2020.", [.date("mars 2020", iso: "2020-03")]),
    P("Konferansen gikk av stabelen 3.–5. mars 2021.", [.date("3.–5. mars 2021", iso: "2021-03-03/2021-03-05", .range)]),
    P("Per 31. desember 2021 var det ingen ventelister.", [.date("31. desember 2021", iso: "2021-12-31")]),
    P("Endringen gjelder fra 1. juli.", [.date("1. juli", iso: "--07-01")]),
    P("Nytt system ble innført i september 2018.", [.date("september 2018", iso: "2018-09")]),
    P("Byggestart var 01.09.2020.", [.date("01.09.2020", iso: "2020-09-01")]),
    P("Siste møte ble holdt 30. november 2021 i rådhuset.", [.date("30. november 2021", iso: "2021-11-30")]),
    P("Kurset gikk 10.–12. juni 2019.", [.date("10.–12. juni 2019", iso: "2019-06-10/2019-06-12", .range)]),
    P("Januar 2021 var preget av nedstengning.", [.date("Januar 2021", iso: "2021-01")]),
    P("Fristen er 15. oktober hvert år.", [.date("15. oktober", iso: "--10-15")]),
  ]

  /// Durations and ages.
  static let durations: [PhraseCase] = [
    P("Kurset varer i fire uker.", [.duration("fire uker", 4, "week")]),
    P("Prosjektet har pågått i to år.", [.duration("to år", 2, "year")]),
    P("Klagefristen er 30 dager.", [.duration("30 dager", 30, "day")]),
    P("Opplæringen tar tre måneder.", [.duration("tre måneder", 3, "month")]),
    P("Hver deltaker får 20 timer veiledning.", [.duration("20 timer", 20, "hour")]),
    P("Det ble holdt et tre dagers seminar for lederne.", [.duration("tre dagers", 3, "day")]),
    P("Resultatene har vært gode de to foregående årene.", [.duration("de to foregående årene", 2, "year")]),
    P("Tilbudet er et ettårig program.", [.duration("ettårig", 1, "year")]),
    P("Skolen tilbyr en toårig utdanning.", [.duration("toårig", 2, "year")]),
    P("Kommunen deltar i et treårig prosjekt.", [.duration("treårig", 3, "year")]),
    P("Det har vært stabilt de siste tre årene.", [.duration("de siste tre årene", 3, "year")]),
    P("Elevene hadde praksis i seks uker.", [.duration("seks uker", 6, "week")]),
    P("Tiltaket varer ett år.", [.duration("ett år", 1, "year")]),
    P("Ventetiden er 14 dager.", [.duration("14 dager", 14, "day")]),
    P("Boligen sto tom i åtte måneder.", [.duration("åtte måneder", 8, "month")]),
    P("Ordningen gjelder personer over 67 år.", [.duration("over 67 år", 67, "year", .above)]),
    P("Tjenesten er for unge under 25 år.", [.duration("under 25 år", 25, "year", .below)]),
    P("Kurset hadde to ukers varighet.", [.duration("to ukers", 2, "week")]),
    P("Lærlingene går to år i skole og to år i bedrift.", [.duration("to år", 2, "year"), .duration("to år", 2, "year")]),
    P("Møtet varte i tre timer.", [.duration("tre timer", 3, "hour")]),
    P("Kommunen inngikk en femårig avtale med leverandøren.", [.duration("femårig", 5, "year")]),
    P("Oppholdet varer vanligvis 12 måneder.", [.duration("12 måneder", 12, "month")]),
    P("Barn under 6 år går gratis.", [.duration("under 6 år", 6, "year", .below)]),
  ]

  /// Ordinals.
  static let ordinals: [PhraseCase] = [
    P("For første gang ble det arrangert jobbmesse.", [.ordinal("første", 1)]),
    P("Resultatet ble best for andre år på rad.", [.ordinal("andre", 2)]),
    P("Regnskapet for andre tertial viser balanse.", [.ordinal("andre", 2)]),
    P("I 2. tertial ble det ansatt en ny leder.", [.ordinal("2.", 2)]),
    P("Tredje kvartal var preget av sykdom.", [.ordinal("Tredje", 3)]),
    P("Dette er den femte utgaven av festivalen.", [.ordinal("femte", 5)]),
    P("Elevene på 10. trinn fikk tilbud om leksehjelp.", [.ordinal("10.", 10)]),
    P("Skolen ble kåret for tredje gang.", [.ordinal("tredje", 3)]),
    P("I 1. klasse er det 60 elever.", [.ordinal("1.", 1), .count("60 elever", 60, unit: "elever")]),
    P("Det er fjerde år på rad at målet nås.", [.ordinal("fjerde", 4)]),
    P("Rapporten for 3. kvartal er klar.", [.ordinal("3.", 3)]),
    P("Den første gruppen startet etter påske.", [.ordinal("første", 1)]),
  ]

  /// Stated changes: økning, nedgang, reduksjon, redusert med, lavere, flere, færre, budget differences.
  static let changes: [PhraseCase] = [
    P("Det var en økning på 20 prosent.", [.percent("20 prosent", 20, change: .increase)]),
    P("Antallet ble redusert med 20 prosent.", [.percent("20 prosent", 20, change: .decrease)]),
    P("Sykefraværet var 50 prosent lavere enn i 2019.", [.percent("50 prosent", 50, change: .decrease, comparedTo: "2019"), .year(2019)]),
    P("I år var det 25 prosent flere deltakere.", [.percent("25 prosent", 25, change: .increase)]),
    P("Skolen har 30 færre elever enn året før.", [.count("30 færre elever", 30, unit: "elever", change: .decrease, comparedTo: "previous_year")]),
    P("Det ble registrert 40 flere saker enn i 2020.", [.count("40 flere saker", 40, unit: "saker", change: .increase, comparedTo: "2020"), .year(2020)]),
    P("En nedgang på 12 personer skyldes færre henvisninger.", [.count("12 personer", 12, unit: "personer", change: .decrease)]),
    P("Vi så en økning på 15 deltakere fra året før.", [.count("15 deltakere", 15, unit: "deltakere", change: .increase, comparedTo: "previous_year")]),
    P("Kostnadene økte med 8 prosent.", [.percent("8 prosent", 8, change: .increase)]),
    P("Bruken av vikarer gikk ned med 10 prosent fra 2020.", [.percent("10 prosent", 10, change: .decrease, comparedTo: "2020"), .year(2020)]),
    P("Utgiftene var 12 prosent høyere enn i 2020.", [.percent("12 prosent", 12, change: .increase, comparedTo: "2020"), .year(2020)]),
    P("Det er en reduksjon på kr 1,1 mill. fra året før.", [.money("kr 1,1 mill.", 1100000, change: .decrease, comparedTo: "previous_year")]),
    P("Antall brukere økte med 35 fra fjoråret.", [.count("35", 35, change: .increase, comparedTo: "previous_year")]),
    P("Sammenlignet med året før er det 18 flere barn i barnehagene.", [.count("18 flere barn", 18, unit: "barn", change: .increase, comparedTo: "previous_year")]),
    P("Det er 9 færre plasser enn i fjor.", [.count("9 færre plasser", 9, unit: "plasser", change: .decrease, comparedTo: "previous_year")]),
    P("Lønnsutgiftene ble kr 3,2 mill. mer enn budsjettert.", [.money("kr 3,2 mill.", 3200000, change: .increase)]),
    P("Inntektene ble 8 mill. kr under budsjett.", [.money("8 mill. kr", 8000000, change: .decrease)]),
    P("Vedlikeholdet kostet kr 1,5 mill. mindre enn budsjettert.", [.money("kr 1,5 mill.", 1500000, change: .decrease)]),
    P("Husleien økte med kr 0,4 mill.", [.money("kr 0,4 mill.", 400000, change: .increase)]),
    P("Rammen ble redusert med 2,5 millioner kroner.", [.money("2,5 millioner kroner", 2500000, change: .decrease)]),
    P("Det var en nedgang på 6 prosent sammenlignet med 2019.", [.percent("6 prosent", 6, change: .decrease, comparedTo: "2019"), .year(2019)]),
    P("Sammenlignet med 2020 er det en økning på om lag 50 brukere.", [.year(2020), .count("om lag 50 brukere", 50, .approximately, unit: "brukere", change: .increase, comparedTo: "2020")]),
    P("Ventetiden er redusert med to uker.", [.duration("to uker", 2, "week", change: .decrease)]),
    P("Alle så nær som to fullførte kurset.", [.count("to", 2)]),
    P("Det var en økning på drøyt 30 prosent fra året før.", [.percent("drøyt 30 prosent", 30, .slightlyAbove, change: .increase, comparedTo: "previous_year")]),
    P("Antall klager gikk ned med 14.", [.count("14", 14, change: .decrease)]),
  ]

  /// Period from an explicit year in the sentence.
  static let periods: [PhraseCase] = [
    P("I 2021 fikk 400 personer tilbud.", [.year(2021), .count("400 personer", 400, unit: "personer", period: "2021")]),
    P("I 2020 var det 58 nye brukere.", [.year(2020), .count("58 nye brukere", 58, unit: "brukere", period: "2020")]),
    P("Det ble ansatt 14 nye lærere i 2021.", [.count("14 nye lærere", 14, unit: "lærere", period: "2021"), .year(2021)]),
    P("Andelen var 44 prosent i 2019, mot 39 prosent i 2018.", [.percent("44 prosent", 44, comparedTo: "2018", period: "2019"), .year(2019), .percent("39 prosent", 39, period: "2018"), .year(2018)]),
    P("I løpet av 2021 fikk 85 personer jobb.", [.year(2021), .count("85 personer", 85, unit: "personer", period: "2021")]),
    P("Kommunen hadde 1 200 ansatte i 2020.", [.count("1 200 ansatte", 1200, unit: "ansatte", period: "2020"), .year(2020)]),
    P("Sykefraværet i 2021 var 6,8 prosent.", [.year(2021), .percent("6,8 prosent", 6.8, period: "2021")]),
    P("Kommunen brukte kr 12,4 mill. på skoleskyss i 2021.", [.money("kr 12,4 mill.", 12400000, period: "2021"), .year(2021)]),
    P("Investeringene utgjorde 2,5 mrd. kr i 2021.", [.money("2,5 mrd. kr", 2500000000, period: "2021"), .year(2021)]),
    P("Barnehagene endte med en forbruksprosent på 97,4 i 2021.", [.percent("forbruksprosent på 97,4", 97.4, period: "2021"), .year(2021)]),
    P("I 2021 varte kurset i 10 uker.", [.year(2021), .duration("10 uker", 10, "week", period: "2021")]),
    P("I 2019 hadde skolen 512 elever, mot 498 i 2018.", [.year(2019), .count("512 elever", 512, unit: "elever", comparedTo: "2018", period: "2019"), .count("498", 498, period: "2018"), .year(2018)]),
    P("I 2020 ble cirka 120 søknader behandlet.", [.year(2020), .count("cirka 120 søknader", 120, .approximately, unit: "søknader", period: "2020")]),
  ]

  /// Phrases in different positions: sentence start, after commas, in parentheses, at the end.
  static let positions: [PhraseCase] = [
    P("Tiltaket (med plass til 24 deltakere) ble godt mottatt.", [.count("24 deltakere", 24, unit: "deltakere")]),
    P("Evalueringen, som omfattet 120 brukere, ga nyttige innspill.", [.count("120 brukere", 120, unit: "brukere")]),
    P("På slutten av året ventet cirka 40 personer på bolig.", [.count("cirka 40 personer", 40, .approximately, unit: "personer")]),
    P("Avdelingen (ca. 25 ansatte) flyttet til nye lokaler.", [.count("ca. 25 ansatte", 25, .approximately, unit: "ansatte")]),
    P("Ved årets slutt, etter flere runder, var 33 stillinger besatt.", [.count("33 stillinger", 33, unit: "stillinger")]),
    P("Bibliotekene hadde i alt 210 arrangementer.", [.count("210 arrangementer", 210, unit: "arrangementer")]),
    P("Tilbudet (for barn under 12 år) er gratis.", [.duration("under 12 år", 12, "year", .below)]),
    P("Over 90 prosent, altså de fleste, var fornøyde.", [.percent("Over 90 prosent", 90, .above)]),
    P("Regnskapet viser et mindreforbruk (kr 0,8 mill.) for enheten.", [.money("kr 0,8 mill.", 800000)]),
    P("Antall deltakere var 64, og av disse er 21 i jobb.", [.count("64", 64), .count("21", 21)]),
    P("Svarprosenten ble 71 prosent, og resultatene er publisert.", [.percent("71 prosent", 71)]),
    P("Hjemmetjenesten (om lag 140 ansatte) har fått ny turnus.", [.count("om lag 140 ansatte", 140, .approximately, unit: "ansatte")]),
    P("Samlet ble det brukt kr 4,2 mill., altså som planlagt.", [.money("kr 4,2 mill.", 4200000)]),
    P("Vi ga tilbud til 48 familier, mens 12 fortsatt venter.", [.count("48 familier", 48, unit: "familier"), .count("12", 12)]),
    P("Drøyt 30 elever, ca. 10 prosent av kullet, valgte språk.", [.count("Drøyt 30 elever", 30, .slightlyAbove, unit: "elever"), .percent("ca. 10 prosent", 10, .approximately)]),
    // Regression rows from report-style sentences (scores, rate bases, open ends, "fra og med").
    P("Brukerne ga en gjennomsnittsscore på 4,3 av 6.", [.number("4,3 av 6", 4.3)]),
    P("Det er 1 lege per 1000 innbyggere.", [.count("1 lege", 1, unit: "lege")]),
    P("Personer som er 67 år og eldre utgjør 15 prosent av befolkningen.", [.duration("67 år og eldre", 67, "year", .atLeast), .percent("15 prosent", 15)]),
    P("Fra og med 2022 gjelder nye regler.", [.year(2022)]),
    P("Antall årsverk økte fra 10,5 til 12,0.", [.number("10,5", 10.5), .number("12,0", 12, change: .increase)]),
    P("Sykefraværet var på 8,2 %, mot 7,9 % året før.", [.percent("8,2 %", 8.2, comparedTo: "previous_year"), .percent("7,9 %", 7.9)]),
    P("En av fem innbyggere bruker tjenesten.", [.fraction("En av fem", 0.2)]),
    P("En av de ansatte sluttet i mai.", []),
    P("Kommunen hadde et par hundre søkere.", [.count("et par hundre søkere", 200, .approximately, unit: "søkere")]),
    P("Innbyggertallet var henholdsvis 12 345 og 12 567 i 2020 og 2021.", [.count("12 345", 12345, period: "2020"), .count("12 567", 12567, period: "2021"), .year(2020), .year(2021)]),
    P("Fra 1. januar til 30. juni 2021 var tilbudet stengt.", [.date("1. januar", iso: "2021-01-01"), .date("30. juni 2021", iso: "2021-06-30")]),
    P("Det er satt av inntil 5 mill. til formålet.", [.money("inntil 5 mill.", 5000000, .atMost)]),
    P("Kommunen hadde 7 849 innbyggere per 1. januar 2022.", [.count("7 849 innbyggere", 7849, unit: "innbyggere", period: "2022"), .date("1. januar 2022", iso: "2022-01-01")]),
    P("Svarprosenten endte på 64.", [.percent("Svarprosenten endte på 64", 64)]),
    P("Vi har 3 årsverk færre enn i 2020.", [.count("3 årsverk", 3, unit: "årsverk", change: .decrease, comparedTo: "2020"), .year(2020)]),
  ]

  /// Sentences and headings written all in capitals: their words are read as ordinary words.
  static let capitals: [PhraseCase] = [
    P("TRE PERSONER FIKK TILBUD I 2021", [.count("TRE PERSONER", 3, unit: "personer", period: "2021"), .year(2021)]),
    P("DET VAR 400 PERSONER", [.count("400 PERSONER", 400, unit: "personer")]),
    P("OM LAG KR 15,6 MILL.", [.money("OM LAG KR 15,6 MILL.", 15600000, .approximately)]),
    P("FEM NYE BRUKERE FIKK VEDTAK", [.count("FEM NYE BRUKERE", 5, unit: "brukere")]),
    P("I OVERKANT AV 400 PERSONER FIKK TILBUD", [.count("I OVERKANT AV 400 PERSONER", 400, .slightlyAbove, unit: "personer")]),
    P("ØKONOMI: ET MERFORBRUK PÅ 2,3 MILL. KRONER", [.money("2,3 MILL. KRONER", 2300000)]),
    P("NÆRMERE 35 PROSENT AV DELTAKERNE VAR KVINNER", [.percent("NÆRMERE 35 PROSENT", 35, .slightlyBelow)]),
    P("HALVPARTEN AV DELTAKERNE FIKK JOBB", [.fraction("HALVPARTEN", 0.5)]),
    P("SYKEFRAVÆRET VAR 7,9 PROSENT I 2022", [.percent("7,9 PROSENT", 7.9, period: "2022"), .year(2022)]),
    P("EN NEDGANG PÅ VEL 100 PERSONER FRA ÅRET FØR", [.count("VEL 100 PERSONER", 100, .slightlyAbove, unit: "personer", change: .decrease, comparedTo: "previous_year")]),
    P("KOMMUNEN FIKK FIRE VTA-PLASSER", [.count("FIRE VTA-PLASSER", 4, unit: "vta-plasser")]),
    P("NAV HADDE 12 DELTAKERE", [.count("12 DELTAKERE", 12, unit: "deltakere")]),
    // An acronym in a sentence with lower-case letters is still no counted noun.
    P("Tiltaket hadde 12 START-deltakere og 3 i NAV.", [.count("12 START-deltakere", 12, unit: "start-deltakere"), .count("3", 3)]),
  ]

  /// "innen" (within) as at most; a change across two phrases with years between them; slash
  /// fractions before "av"; year spans followed by a verb; date ranges with a dash.
  static let withinAndSpans: [PhraseCase] = [
    P("Søknaden skal behandles innen tre uker.", [.duration("innen tre uker", 3, "week", .atMost)]),
    P("Vedtak skal fattes innen 14 dager etter at søknaden er mottatt.", [.duration("innen 14 dager", 14, "day", .atMost)]),
    P("Klager skal få svar innen fire uker.", [.duration("innen fire uker", 4, "week", .atMost)]),
    P("Innen 2025 skal alle ha fått tilbud.", [.year(2025)]),
    P("Arbeidet skal være ferdig innen 1. mars 2023.", [.date("1. mars 2023", iso: "2023-03-01")]),
    P("Sykefraværet gikk ned fra 8,1 prosent i 2021 til 7,4 prosent i 2022.", [.percent("8,1 prosent", 8.1, period: "2021"), .year(2021), .percent("7,4 prosent", 7.4, change: .decrease, comparedTo: "2021", period: "2022"), .year(2022)]),
    P("Antall brukere økte fra 200 personer i 2020 til 260 i 2021.", [.count("200 personer", 200, unit: "personer", period: "2020"), .year(2020), .count("260", 260, unit: "personer", change: .increase, comparedTo: "2020", period: "2021"), .year(2021)]),
    P("Antall deltakere økte fra 200 personer til 260.", [.count("200 personer", 200, unit: "personer"), .count("260", 260, unit: "personer", change: .increase)]),
    P("Utgiftene økte fra kr 2,1 mill. i 2021 til kr 2,8 mill. i 2022.", [.money("kr 2,1 mill.", 2100000, period: "2021"), .year(2021), .money("kr 2,8 mill.", 2800000, change: .increase, comparedTo: "2021", period: "2022"), .year(2022)]),
    P("Sykefraværet endret seg fra 6,1 prosent i 2021 til 5,2 prosent i 2022.", [.percent("6,1 prosent", 6.1, period: "2021"), .year(2021), .percent("5,2 prosent", 5.2, change: .decrease, comparedTo: "2021", period: "2022"), .year(2022)]),
    // Without a change word "fra … til …" across two phrases states no change.
    P("Antallet varierte fra 20 personer i januar til 40 i juni.", [.count("20 personer", 20, unit: "personer"), .count("40", 40)]),
    P("Om lag 1/3 av deltakerne var under 25 år.", [.fraction("Om lag 1/3", 0.333333, .approximately), .duration("under 25 år", 25, "year", .below)]),
    P("2/3 av elevene svarte på undersøkelsen.", [.fraction("2/3", 0.666667)]),
    P("Hele 3/4 av de ansatte har tatt kurset.", [.fraction("3/4", 0.75)]),
    P("I 1/3 av sakene ble fristen overholdt.", [.fraction("1/3", 0.333333)]),
    P("Nesten 1/2 av budsjettet går til lønn.", [.fraction("Nesten 1/2", 0.5, .slightlyBelow)]),
    P("I 2019–2022 økte antall brukere med 30 prosent.", [.years("2019–2022", 2019, 2022), .percent("30 prosent", 30, change: .increase)]),
    P("I 2020–2021 gjennomførte kommunen 12 tilsyn.", [.years("2020–2021", 2020, 2021), .count("12 tilsyn", 12, unit: "tilsyn")]),
    P("Fra 2020 til 2022 falt sykefraværet med 1,2 prosentpoeng.", [.years("Fra 2020 til 2022", 2020, 2022), .points("1,2 prosentpoeng", 1.2, change: .decrease, comparedTo: "2020", period: "2022")]),
    P("Fra 2019 til 2021 vokste folketallet med 300 personer.", [.years("Fra 2019 til 2021", 2019, 2021), .count("300 personer", 300, unit: "personer", change: .increase, comparedTo: "2019", period: "2021")]),
    P("Rapporten dekker perioden 1. januar–31. desember 2022.", [.date("1. januar", iso: "2022-01-01"), .date("31. desember 2022", iso: "2022-12-31")]),
    P("Tilbudet var stengt 1. juli–15. august.", [.date("1. juli", iso: "--07-01"), .date("15. august", iso: "--08-15")]),
  ]
}
