// Nynorsk rows of the phrase table. Every row lists all quantities of its sentence.

import AtsetlModel
import Testing

/// Nynorsk sentences and every quantity the grammar must find in each.
enum NynorskPhrases {
  static var all: [PhraseCase] {
    seeds + counts + qualifiers + ranges + money + percents + fractions + timeAndDates
      + ordinals + changes + capitals + withinAndSpans
      + reportProse
  }

  /// The SPEC §4 phrases, as a Nynorsk report would write them.
  static let seeds: [PhraseCase] = [
    P("Det var i underkant av 500 personar som fekk tilbod.", [.count("i underkant av 500 personar", 500, .slightlyBelow, unit: "personar")]),
    P("I 2021 hadde senteret i overkant av 400 personar på kurs.", [.year(2021), .count("i overkant av 400 personar", 400, .slightlyAbove, unit: "personar", period: "2021")]),
    P("Det er ein nedgang på vel 100 personar frå året før.", [.count("vel 100 personar", 100, .slightlyAbove, unit: "personar", change: .decrease, comparedTo: "previous_year")]),
    P("Samanlikna med 2019 er det ein reduksjon på nær 200 personar.", [.year(2019), .count("nær 200 personar", 200, .slightlyBelow, unit: "personar", change: .decrease, comparedTo: "2019")]),
    P("Om lag 200 unge under 30 år fekk oppfølging.", [.count("Om lag 200 unge", 200, .approximately, unit: "unge"), .duration("under 30 år", 30, "year", .below)]),
    P("Dei siste to åra har talet vore stabilt.", [.duration("Dei siste to åra", 2, "year")]),
    P("Nærare 35 prosent av deltakarane var kvinner.", [.percent("Nærare 35 prosent", 35, .slightlyBelow)]),
    P("Tilsvarande tal i 2019 og 2020 var 20 prosent og 23 prosent.", [.year(2019), .year(2020), .percent("20 prosent", 20, period: "2019"), .percent("23 prosent", 23, period: "2020")]),
    P("Det er fem nye som har starta i haust.", [.count("fem", 5)]),
    P("Dei ni arbeidstakarane har faste oppgåver i kantina.", [.count("ni arbeidstakarane", 9, unit: "arbeidstakarane")]),
    P("Kommunen er med i eit fireårig prosjekt.", [.duration("fireårig", 4, "year")]),
    P("Meirforbruket vart om lag kr 0,1 mill.", [.money("om lag kr 0,1 mill.", 100000, .approximately)]),
    P("Netto driftsbudsjett for eininga var kr 15,6 mill.", [.money("kr 15,6 mill.", 15600000)]),
    P("Eininga hadde ein forbruksprosent på 98,7.", [.percent("forbruksprosent på 98,7", 98.7)]),
    P("Halvparten av dei tilsette har vidareutdanning.", [.fraction("Halvparten", 0.5)]),
    P("Frå 1. januar 2017 vart tenesta ei eiga eining.", [.date("1. januar 2017", iso: "2017-01-01")]),
    P("Det nye bygget vart teke i bruk i mai 2017.", [.date("mai 2017", iso: "2017-05")]),
    P("I 2022 var det 1 245 tilsette, mot 1 198 året før.", [.year(2022), .count("1 245 tilsette", 1245, unit: "tilsette", comparedTo: "previous_year", period: "2022"), .count("1 198", 1198, period: "2021")]),
    P("Dei 10 største verksemdene står for 60 prosent av sysselsettinga.", [.count("10 største verksemdene", 10, unit: "verksemdene"), .percent("60 prosent", 60)]),
    P("Sjukefråværet var 6,8 prosent, ein nedgang frå 7,2 prosent året før.", [.percent("6,8 prosent", 6.8, change: .decrease, comparedTo: "previous_year"), .percent("7,2 prosent", 7.2)]),
    P("Det var 300 deltakarar, mot 250 i fjor.", [.count("300 deltakarar", 300, unit: "deltakarar", comparedTo: "previous_year"), .count("250", 250)]),
    P("Det var 310 deltakarar i 2017, mot 270 i 2016.", [.count("310 deltakarar", 310, unit: "deltakarar", comparedTo: "2016", period: "2017"), .year(2017), .count("270", 270, period: "2016"), .year(2016)]),
  ]

  /// Counts, counted nouns, nominalised adjectives, number words.
  static let counts: [PhraseCase] = [
    P("Kommunen har 30 tilsette i denne eininga.", [.count("30 tilsette", 30, unit: "tilsette")]),
    P("Vi fekk 20 nye førespurnader i løpet av våren.", [.count("20 nye førespurnader", 20, unit: "førespurnader")]),
    P("Det vart sett i gang seks ulike gruppetilbod.", [.count("seks ulike gruppetilbod", 6, unit: "gruppetilbod")]),
    P("Eininga fekk tildelt fire VTA-plassar.", [.count("fire VTA-plassar", 4, unit: "vta-plassar")]),
    P("Heile 195 av deltakarane svarte på undersøkinga.", [.count("195 av deltakarane", 195, unit: "deltakarane")]),
    P("Til saman har nær 300 delteke på kurs.", [.count("nær 300", 300, .slightlyBelow)]),
    P("Vi har hatt eit par møte med NAV.", [.count("eit par møte", 2, .approximately, unit: "møte")]),
    P("Dagsenteret har plass til 12 eldre kvar dag.", [.count("12 eldre", 12, unit: "eldre")]),
    P("Totalt 450 personar fekk vedtak om heimehjelp.", [.count("450 personar", 450, unit: "personar")]),
    P("Kommunen har over 3 000 tilsette.", [.count("over 3 000 tilsette", 3000, .above, unit: "tilsette")]),
    P("Tenesta utgjer 15,6 årsverk.", [.count("15,6 årsverk", 15.6, unit: "årsverk")]),
    P("Biblioteket hadde 7 849 besøk i juni.", [.count("7 849 besøk", 7849, unit: "besøk")]),
    P("Det vart behandla 1 250 søknader.", [.count("1 250 søknader", 1250, unit: "søknader")]),
    P("Sjukeheimen har 96 plassar, der 12 er korttidsplassar.", [.count("96 plassar", 96, unit: "plassar"), .count("12", 12)]),
    P("Avdelinga (med 24 tilsette) flytta i fjor.", [.count("24 tilsette", 24, unit: "tilsette")]),
    P("Kommunen bygde 45 nye bustader.", [.count("45 nye bustader", 45, unit: "bustader")]),
    P("Det var 45 verksemder med på messa.", [.count("45 verksemder", 45, unit: "verksemder")]),
    P("Skulen har 420 elevar.", [.count("420 elevar", 420, unit: "elevar")]),
    P("Vi tok imot tolv flyktningar.", [.count("tolv flyktningar", 12, unit: "flyktningar")]),
    P("Femten elevar fekk fagbrev.", [.count("Femten elevar", 15, unit: "elevar")]),
    P("Sytten born fekk plass etter suppleringsopptaket.", [.count("Sytten born", 17, unit: "born")]),
    P("Åtte bustader vart ferdige.", [.count("Åtte bustader", 8, unit: "bustader")]),
    P("Regionen har tjuefem kommunar.", [.count("tjuefem kommunar", 25, unit: "kommunar")]),
    P("Prosjektet nådde to hundre og femti deltakarar.", [.count("to hundre og femti deltakarar", 250, unit: "deltakarar")]),
    P("Festivalen samla tre tusen besøkjande.", [.count("tre tusen besøkjande", 3000, unit: "besøkjande")]),
    P("Berre éin deltakar avbraut kurset.", [.count("éin deltakar", 1, unit: "deltakar")]),
    P("Det vart oppretta eitt nytt tiltak.", [.count("eitt nytt tiltak", 1, unit: "tiltak")]),
    P("Barnevernet fekk 212 bekymringsmeldingar.", [.count("212 bekymringsmeldingar", 212, unit: "bekymringsmeldingar")]),
    P("Fem av brukarane flytta til eigen bustad.", [.count("Fem av brukarane", 5, unit: "brukarane")]),
    P("Av desse har 25 fått fast jobb.", [.count("25", 25)]),
    P("Kommunen har 18 kommunale barnehagar.", [.count("18 kommunale barnehagar", 18, unit: "barnehagar")]),
    P("Vi har 14 faste lærarar i kulturskulen.", [.count("14 faste lærarar", 14, unit: "lærarar")]),
    P("Seks nye lærlingar byrja i august.", [.count("Seks nye lærlingar", 6, unit: "lærlingar")]),
  ]

  /// Nynorsk qualifier words: kring, om lag, nesten, nærare, meir enn, fleire enn, høgst, ikkje meir enn, minst …
  static let qualifiers: [PhraseCase] = [
    P("I 2021 fekk kring 40 elevar tilbod om leksehjelp.", [.year(2021), .count("kring 40 elevar", 40, .approximately, unit: "elevar", period: "2021")]),
    P("Kring 60 prosent av innbyggjarane svarte.", [.percent("Kring 60 prosent", 60, .approximately)]),
    P("Cirka 80 elevar tok sommarskule.", [.count("Cirka 80 elevar", 80, .approximately, unit: "elevar")]),
    P("Rundt 150 frivillige hjelpte til under arrangementet.", [.count("Rundt 150 frivillige", 150, .approximately, unit: "frivillige")]),
    P("Omkring 70 born går i kulturskulen.", [.count("Omkring 70 born", 70, .approximately, unit: "born")]),
    P("Anslagsvis 2 000 personar vitja utstillinga.", [.count("Anslagsvis 2 000 personar", 2000, .approximately, unit: "personar")]),
    P("Det vart brukt om lag 300 timar på opplæring.", [.duration("om lag 300 timar", 300, "hour", .approximately)]),
    P("I overkant av 400 personar var på kurs.", [.count("I overkant av 400 personar", 400, .slightlyAbove, unit: "personar")]),
    P("Vel 60 prosent av elevane deltok.", [.percent("Vel 60 prosent", 60, .slightlyAbove)]),
    P("Drygt 500 søknader kom inn før fristen.", [.count("Drygt 500 søknader", 500, .slightlyAbove, unit: "søknader")]),
    P("Godt og vel 50 brukarar nyttar tenesta.", [.count("Godt og vel 50 brukarar", 50, .slightlyAbove, unit: "brukarar")]),
    P("Litt over 70 prosent fullførte opplæringa.", [.percent("Litt over 70 prosent", 70, .slightlyAbove)]),
    P("Nesten 90 prosent er nøgde med tilbodet.", [.percent("Nesten 90 prosent", 90, .slightlyBelow)]),
    P("Det kom nærare 600 publikummarar på konserten.", [.count("nærare 600 publikummarar", 600, .slightlyBelow, unit: "publikummarar")]),
    P("Knapt 40 prosent av søkjarane fekk plass.", [.percent("Knapt 40 prosent", 40, .slightlyBelow)]),
    P("Opp mot 40 familiar kan få tilbod.", [.count("Opp mot 40 familiar", 40, .slightlyBelow, unit: "familiar")]),
    P("I underkant av 30 born står på venteliste.", [.count("I underkant av 30 born", 30, .slightlyBelow, unit: "born")]),
    P("Meir enn 40 verksemder deltok på messa.", [.count("Meir enn 40 verksemder", 40, .above, unit: "verksemder")]),
    P("Fleire enn 25 elevar søkte om plass.", [.count("Fleire enn 25 elevar", 25, .above, unit: "elevar")]),
    P("Over 100 personar stod på venteliste.", [.count("Over 100 personar", 100, .above, unit: "personar")]),
    P("Under 10 prosent av søknadene vart avslått.", [.percent("Under 10 prosent", 10, .below)]),
    P("Det var færre enn 20 deltakarar per kurs.", [.count("færre enn 20 deltakarar", 20, .below, unit: "deltakarar")]),
    P("Mindre enn 5 prosent av bygga er universelt utforma.", [.percent("Mindre enn 5 prosent", 5, .below)]),
    P("Minst 12 elevar må melde seg på.", [.count("Minst 12 elevar", 12, .atLeast, unit: "elevar")]),
    P("Ikkje mindre enn 50 nye bustader skal byggjast.", [.count("Ikkje mindre enn 50 nye bustader", 50, .atLeast, unit: "bustader")]),
    P("Kvar deltakar får minimum 20 timar rettleiing.", [.duration("minimum 20 timar", 20, "hour", .atLeast)]),
    P("Kvar gruppe har maks 8 deltakarar.", [.count("maks 8 deltakarar", 8, .atMost, unit: "deltakarar")]),
    P("Høgst 30 personar kan delta.", [.count("Høgst 30 personar", 30, .atMost, unit: "personar")]),
    P("Ikkje meir enn 15 born får plass i gruppa.", [.count("Ikkje meir enn 15 born", 15, .atMost, unit: "born")]),
    P("Støtta er maksimalt kr 50 000.", [.money("maksimalt kr 50 000", 50000, .atMost)]),
    P("Det kan ta høgst fire veker å få svar.", [.duration("høgst fire veker", 4, "week", .atMost)]),
    P("Tilbodet varer i opptil seks månader.", [.duration("opptil seks månader", 6, "month", .atMost)]),
    P("Ordninga gjev inntil 12 veker med lønstilskot.", [.duration("inntil 12 veker", 12, "week", .atMost)]),
  ]

  /// Ranges: mellom … og …, frå … til …, X–Y.
  static let ranges: [PhraseCase] = [
    P("Mellom 10 og 15 elevar deltek kvar veke.", [.countRange("Mellom 10 og 15 elevar", 10, 15, unit: "elevar")]),
    P("Gruppene har frå 6 til 8 deltakarar.", [.countRange("frå 6 til 8 deltakarar", 6, 8, unit: "deltakarar")]),
    P("Tilbodet gjeld ungdom mellom 16 og 25 år.", [.durationRange("mellom 16 og 25 år", 16, 25, "year")]),
    P("Utbygginga vil koste kr 2–3 mill.", [.moneyRange("kr 2–3 mill.", 2000000, 3000000)]),
    P("Delen ligg på 20–30 prosent.", [.percentRange("20–30 prosent", 20, 30)]),
    P("Prosjektet varte frå 2019 til 2021.", [.years("frå 2019 til 2021", 2019, 2021)]),
    P("Planperioden for tenesta er 2019–2021.", [.years("2019–2021", 2019, 2021)]),
    P("Kurset samlar 15–20 deltakarar kvar gong.", [.countRange("15–20 deltakarar", 15, 20, unit: "deltakarar")]),
    P("Sakshandsaminga tek 2–4 veker.", [.durationRange("2–4 veker", 2, 4, "week")]),
  ]

  /// Money in Nynorsk sentences: millionar, milliardar, kroner.
  static let money: [PhraseCase] = [
    P("Kommunen fekk 2 millionar kroner i tilskot.", [.money("2 millionar kroner", 2000000)]),
    P("Kommunen fekk 14 milliardar kroner i driftsinntekter.", [.money("14 milliardar kroner", 14000000000)]),
    P("Ein million kroner gjekk til kultur.", [.money("Ein million kroner", 1000000)]),
    P("Kommunen brukte i overkant av kr 2 mill. på vedlikehald.", [.money("i overkant av kr 2 mill.", 2000000, .slightlyAbove)]),
    P("Eigendelen er 1 200 kroner per månad.", [.money("1 200 kroner", 1200)]),
    P("Tilskotet på kr 450 000,- vart utbetalt i mars.", [.money("kr 450 000,-", 450000)]),
    P("Det er 120 tusen kroner att på fondet.", [.money("120 tusen kroner", 120000)]),
    P("Tiltaket kosta nærare kr 1,2 mill.", [.money("nærare kr 1,2 mill.", 1200000, .slightlyBelow)]),
    P("Inntektene vart 15,6 mill. kr i fjor.", [.money("15,6 mill. kr", 15600000)]),
    P("Ramma er NOK 3 mill. for heile perioden.", [.money("NOK 3 mill.", 3000000)]),
    P("Kommunen brukte kr 12,4 mill. på skuleskyss i 2021.", [.money("kr 12,4 mill.", 12400000, period: "2021"), .year(2021)]),
    P("Prosjektet kostar omtrent 3 millionar kroner.", [.money("omtrent 3 millionar kroner", 3000000, .approximately)]),
  ]

  /// Percent and percentage points, høvesvis lists.
  static let percents: [PhraseCase] = [
    P("Sjukefråværet var 6,4 prosent i 2021.", [.percent("6,4 prosent", 6.4, period: "2021"), .year(2021)]),
    P("Sjukefråværet gjekk ned med 1,5 prosentpoeng.", [.points("1,5 prosentpoeng", 1.5, change: .decrease)]),
    P("Det var ein auke på 2,5 prosentpoeng.", [.points("2,5 prosentpoeng", 2.5, change: .increase)]),
    P("Delen var høvesvis 12 og 15 prosent.", [.percent("12", 12), .percent("15 prosent", 15)]),
    P("Det var 64 % oppslutnad i år.", [.percent("64 %", 64)]),
    P("Delen med fagbrev er 35%.", [.percent("35%", 35)]),
    P("Lønsveksten vart 3,5 pst. i fjor.", [.percent("3,5 pst.", 3.5)]),
    P("Netto driftsresultat for kommunen vart −3 prosent.", [.percent("−3 prosent", -3)]),
    P("Barnehagane enda med ein forbruksprosent på 97,4 i 2021.", [.percent("forbruksprosent på 97,4", 97.4, period: "2021"), .year(2021)]),
    P("Delen var 44 prosent i 2019, mot 39 prosent i 2018.", [.percent("44 prosent", 44, comparedTo: "2018", period: "2019"), .year(2019), .percent("39 prosent", 39, period: "2018"), .year(2018)]),
    P("Svarprosenten vart 78 prosent.", [.percent("78 prosent", 78)]),
    P("Delen auka med 3 %-poeng.", [.points("3 %-poeng", 3, change: .increase)]),
  ]

  /// Fractions: tredjedelar, fjerdedelar, kvar tredje, halvert, dobla.
  static let fractions: [PhraseCase] = [
    P("To tredjedelar av deltakarane er menn.", [.fraction("To tredjedelar", 0.666667)]),
    P("Tre fjerdedelar av bustadene er kommunale.", [.fraction("Tre fjerdedelar", 0.75)]),
    P("Kvar tredje elev opplever press.", [.fraction("Kvar tredje", 0.333333)]),
    P("Ein tredjedel av budsjettet går til løn.", [.fraction("Ein tredjedel", 0.333333)]),
    P("Ein fjerdedel av dei tilsette jobbar deltid.", [.fraction("Ein fjerdedel", 0.25)]),
    P("Tre av fire brukarar er nøgde.", [.fraction("Tre av fire", 0.75)]),
    P("To av tre tilsette har teke kurset.", [.fraction("To av tre", 0.666667)]),
    P("Ni av ti føresette er nøgde med barnehagen.", [.fraction("Ni av ti", 0.9)]),
    P("Nesten halvparten av søkjarane var under 25 år.", [.fraction("Nesten halvparten", 0.5, .slightlyBelow), .duration("under 25 år", 25, "year", .below)]),
    P("Over halvparten av dei tilsette har høgare utdanning.", [.fraction("Over halvparten", 0.5, .above)]),
    P("Ventelista vart halvert i løpet av året.", [.fraction("halvert", 0.5, change: .decrease)]),
    P("Talet på besøk vart dobla frå året før.", [.number("dobla", 2, change: .increase, comparedTo: "previous_year")]),
    P("Kapasiteten i skulefritidsordninga er dobla.", [.number("dobla", 2, change: .increase)]),
    P("Kvar fjerde innbyggjar er over 67 år.", [.fraction("Kvar fjerde", 0.25), .duration("over 67 år", 67, "year", .above)]),
  ]

  /// Durations, ages, years and dates.
  static let timeAndDates: [PhraseCase] = [
    P("Tiltaket varte i fire veker.", [.duration("fire veker", 4, "week")]),
    P("Opplæringa tok tre månader.", [.duration("tre månader", 3, "month")]),
    P("Klagefristen er 30 dagar.", [.duration("30 dagar", 30, "day")]),
    P("Kvar deltakar får 20 timar rettleiing.", [.duration("20 timar", 20, "hour")]),
    P("Tiltaket varer i eitt år.", [.duration("eitt år", 1, "year")]),
    P("Skulen tilbyr ei toårig utdanning.", [.duration("toårig", 2, "year")]),
    P("Det vart halde eit tre dagars seminar for leiarane.", [.duration("tre dagars", 3, "day")]),
    P("Lærlingane går to år i skule og to år i bedrift.", [.duration("to år", 2, "year"), .duration("to år", 2, "year")]),
    P("Ventetida var drygt tre veker.", [.duration("drygt tre veker", 3, "week", .slightlyAbove)]),
    P("Arbeidet med planen tok vel to år.", [.duration("vel to år", 2, "year", .slightlyAbove)]),
    P("Sakshandsaminga tok meir enn tolv veker.", [.duration("meir enn tolv veker", 12, "week", .above)]),
    P("Tenesta er for personar over 67 år.", [.duration("over 67 år", 67, "year", .above)]),
    P("Det har vore stabilt dei siste tre åra.", [.duration("dei siste tre åra", 3, "year")]),
    P("Resultata har vore gode dei to føregåande åra.", [.duration("dei to føregåande åra", 2, "year")]),
    P("Elevane hadde praksis i seks veker.", [.duration("seks veker", 6, "week")]),
    P("Bustaden stod tom i åtte månader.", [.duration("åtte månader", 8, "month")]),
    P("Kurset varte i 10 dagar.", [.duration("10 dagar", 10, "day")]),
    P("I 2021 vart det opna ein ny skule.", [.year(2021)]),
    P("Planen vart vedteken i 2019.", [.year(2019)]),
    P("Tala for åra 2019 og 2020 er ikkje samanliknbare.", [.year(2019), .year(2020)]),
    P("Mellom 2018 og 2020 vart ordninga evaluert.", [.years("Mellom 2018 og 2020", 2018, 2020)]),
    P("Avtalen vart signert 17.05.2021.", [.date("17.05.2021", iso: "2021-05-17")]),
    P("Søknadsfristen gjekk ut 15. mars 2021.", [.date("15. mars 2021", iso: "2021-03-15")]),
    P("Konferansen gjekk føre seg 3.–5. mars 2021.", [.date("3.–5. mars 2021", iso: "2021-03-03/2021-03-05", .range)]),
    P("Frå 1. juli gjeld nye satsar.", [.date("1. juli", iso: "--07-01")]),
    P("Nytt system vart innført i september 2018.", [.date("september 2018", iso: "2018-09")]),
    P("Per 31. desember 2021 var det inga venteliste.", [.date("31. desember 2021", iso: "2021-12-31")]),
    P("Kommunen bygde 45 nye bustader i 2020.", [.count("45 nye bustader", 45, unit: "bustader", period: "2020"), .year(2020)]),
    P("I 2020 var det 58 nye brukarar.", [.year(2020), .count("58 nye brukarar", 58, unit: "brukarar", period: "2020")]),
  ]

  /// Ordinals: første/fyrste, andre in clear cases, 2. tertial.
  static let ordinals: [PhraseCase] = [
    P("For første gong vart det skipa til jobbmesse.", [.ordinal("første", 1)]),
    P("For fyrste gong fekk alle elevane eige nettbrett.", [.ordinal("fyrste", 1)]),
    P("Resultatet var best for andre år på rad.", [.ordinal("andre", 2)]),
    P("Rekneskapen for andre tertial viser balanse.", [.ordinal("andre", 2)]),
    P("I 2. tertial vart det tilsett ein ny leiar.", [.ordinal("2.", 2)]),
    P("Tredje kvartal var prega av sjukdom.", [.ordinal("Tredje", 3)]),
    P("Dette er den femte utgåva av festivalen.", [.ordinal("femte", 5)]),
    P("I 1. klasse er det 60 elevar.", [.ordinal("1.", 1), .count("60 elevar", 60, unit: "elevar")]),
  ]

  /// Stated changes: auke, nedgang, reduksjon, redusert med, lågare, høgare, fleire, færre.
  static let changes: [PhraseCase] = [
    P("Det var ein auke på 12 prosent frå året før.", [.percent("12 prosent", 12, change: .increase, comparedTo: "previous_year")]),
    P("Det var ein nedgang på 15 personar samanlikna med 2020.", [.count("15 personar", 15, unit: "personar", change: .decrease, comparedTo: "2020"), .year(2020)]),
    P("Skulen har 30 færre elevar enn året før.", [.count("30 færre elevar", 30, unit: "elevar", change: .decrease, comparedTo: "previous_year")]),
    P("Det var 25 prosent fleire deltakarar i år.", [.percent("25 prosent", 25, change: .increase)]),
    P("Kostnadene var 10 prosent lågare enn i 2019.", [.percent("10 prosent", 10, change: .decrease, comparedTo: "2019"), .year(2019)]),
    P("Utgiftene var 12 prosent høgare enn i 2020.", [.percent("12 prosent", 12, change: .increase, comparedTo: "2020"), .year(2020)]),
    P("Kostnadene auka med 8 prosent.", [.percent("8 prosent", 8, change: .increase)]),
    P("Bruken av vikarar gjekk ned med 10 prosent frå 2020.", [.percent("10 prosent", 10, change: .decrease, comparedTo: "2020"), .year(2020)]),
    P("Det er 18 fleire born i barnehagane samanlikna med året før.", [.count("18 fleire born", 18, unit: "born", change: .increase, comparedTo: "previous_year")]),
    P("Det er 9 færre plassar enn i fjor.", [.count("9 færre plassar", 9, unit: "plassar", change: .decrease, comparedTo: "previous_year")]),
    P("Talet på brukarar auka med 35 frå året før.", [.count("35", 35, change: .increase, comparedTo: "previous_year")]),
    P("Det er ein reduksjon på kr 1,1 mill. frå året før.", [.money("kr 1,1 mill.", 1100000, change: .decrease, comparedTo: "previous_year")]),
    P("Lønsutgiftene vart kr 3,2 mill. meir enn budsjettert.", [.money("kr 3,2 mill.", 3200000, change: .increase)]),
    P("Inntektene vart 8 mill. kr under budsjett.", [.money("8 mill. kr", 8000000, change: .decrease)]),
    P("Husleiga auka med kr 0,4 mill.", [.money("kr 0,4 mill.", 400000, change: .increase)]),
    P("Ramma vart redusert med 2,5 millionar kroner.", [.money("2,5 millionar kroner", 2500000, change: .decrease)]),
    P("Talet på søknader vart redusert med 20 prosent.", [.percent("20 prosent", 20, change: .decrease)]),
    P("Det var ein auke på om lag 50 brukarar samanlikna med 2020.", [.count("om lag 50 brukarar", 50, .approximately, unit: "brukarar", change: .increase, comparedTo: "2020"), .year(2020)]),
    P("Ventetida er redusert med to veker.", [.duration("to veker", 2, "week", change: .decrease)]),
    P("Talet på klager er tredobla.", [.number("tredobla", 3, change: .increase)]),
    P("Alle så nær som to fullførte opplæringa.", [.count("to", 2)]),
    P("I 2021 fekk 400 personar tilbod.", [.year(2021), .count("400 personar", 400, unit: "personar", period: "2021")]),
    // Regression rows: a change over a span of years, "ein av fire", "éin eller fleire".
    P("Talet på brukarar auka med 8 prosent frå 2020 til 2021.", [.percent("8 prosent", 8, change: .increase, comparedTo: "2020", period: "2021"), .years("frå 2020 til 2021", 2020, 2021)]),
    P("Ein av fire tilsette jobbar deltid.", [.fraction("Ein av fire", 0.25)]),
    P("Ventetida gjekk ned frå 12 til 8 veker.", [.duration("12", 12, "week"), .duration("8 veker", 8, "week", change: .decrease)]),
  ]

  /// Sentences and headings written all in capitals: their words are read as ordinary words.
  static let capitals: [PhraseCase] = [
    P("KRING 300 ELEVAR", [.count("KRING 300 ELEVAR", 300, .approximately, unit: "elevar")]),
    P("I UNDERKANT AV 50 TILSETTE FEKK TILBOD", [.count("I UNDERKANT AV 50 TILSETTE", 50, .slightlyBelow, unit: "tilsette")]),
    P("TRE AV FIRE ELEVAR TRIVST PÅ SKULEN", [.fraction("TRE AV FIRE", 0.75)]),
    P("DET VART FATTA 145 VEDTAK", [.count("145 VEDTAK", 145, unit: "vedtak")]),
    P("EIN AUKE PÅ 12 PROSENT FRÅ ÅRET FØR", [.percent("12 PROSENT", 12, change: .increase, comparedTo: "previous_year")]),
    P("SEKS NYE BUSTADER VART TEKNE I BRUK", [.count("SEKS NYE BUSTADER", 6, unit: "bustader")]),
  ]

  /// "innan" (within) as at most; a change across two phrases; slash fractions before "av".
  static let withinAndSpans: [PhraseCase] = [
    P("Søknaden vert behandla innan tre veker.", [.duration("innan tre veker", 3, "week", .atMost)]),
    P("Saka skal vere avgjort innan 30 dagar.", [.duration("innan 30 dagar", 30, "day", .atMost)]),
    P("Målet er at 90 prosent får svar innan to veker.", [.percent("90 prosent", 90), .duration("innan to veker", 2, "week", .atMost)]),
    P("Sjukefråveret gjekk ned frå 9,1 prosent i 2021 til 8,4 prosent i 2022.", [.percent("9,1 prosent", 9.1, period: "2021"), .year(2021), .percent("8,4 prosent", 8.4, change: .decrease, comparedTo: "2021", period: "2022"), .year(2022)]),
    P("Talet på brukarar auka frå 150 i 2020 til 190 i 2022.", [.count("150", 150, period: "2020"), .year(2020), .count("190", 190, change: .increase, comparedTo: "2020", period: "2022"), .year(2022)]),
    P("Talet på tilsette auka frå 120 årsverk i 2021 til 128 i 2022.", [.count("120 årsverk", 120, unit: "årsverk", period: "2021"), .year(2021), .count("128", 128, unit: "årsverk", change: .increase, comparedTo: "2021", period: "2022"), .year(2022)]),
    P("Sjukefråveret gjekk frå 7,1 prosent til 6,3 prosent.", [.percent("7,1 prosent", 7.1), .percent("6,3 prosent", 6.3, change: .decrease)]),
    P("I 2019–2022 auka folketalet med 2 prosent.", [.years("2019–2022", 2019, 2022), .percent("2 prosent", 2, change: .increase)]),
    P("Kring 2/3 av elevane har skuleskyss.", [.fraction("Kring 2/3", 0.666667, .approximately)]),
    P("Om lag 1/4 av innbyggjarane er over 67 år.", [.fraction("Om lag 1/4", 0.25, .approximately), .duration("over 67 år", 67, "year", .above)]),
    P("Kurset held fram i perioden 1. august–20. desember 2022.", [.date("1. august", iso: "2022-08-01"), .date("20. desember 2022", iso: "2022-12-20")]),
  ]

  /// Nynorsk report sentences written for probing the grammar.
  static let reportProse: [PhraseCase] = [
    P("Meirforbruket på 2,1 mill. skuldast auka utgifter.", [.money("2,1 mill.", 2100000)]),
    P("Kurset gjekk over tolv veker.", [.duration("tolv veker", 12, "week")]),
    P("Det andre tertialet viste eit meirforbruk.", [.ordinal("andre", 2)]),
    P("Rekneskapen syner eit meirforbruk på 1,7 mill. kroner.", [.money("1,7 mill. kroner", 1700000)]),
    P("Kring 300 elevar går på skulen.", [.count("Kring 300 elevar", 300, .approximately, unit: "elevar")]),
    P("I underkant av 50 tilsette har fått tilbod om kurs.", [.count("I underkant av 50 tilsette", 50, .slightlyBelow, unit: "tilsette")]),
    P("Om lag halvparten av brukarane bur heime.", [.fraction("Om lag halvparten", 0.5, .approximately)]),
    P("Det var fleire enn 200 søkjarar til stillingane.", [.count("fleire enn 200 søkjarar", 200, .above, unit: "søkjarar")]),
    P("Nærare 20 prosent av elevane har spesialundervisning.", [.percent("Nærare 20 prosent", 20, .slightlyBelow)]),
    P("Ventetida er høgst fire veker.", [.duration("høgst fire veker", 4, "week", .atMost)]),
    P("Kommunen har 230 årsverk innan helse og omsorg.", [.count("230 årsverk", 230, unit: "årsverk")]),
    P("Det vart fatta 145 vedtak om praktisk bistand.", [.count("145 vedtak", 145, unit: "vedtak")]),
    P("Eit nytt bufellesskap med seks bustader vart opna.", [.count("seks bustader", 6, unit: "bustader")]),
    P("Skulen har 18 klassar fordelte på 1.–10. trinn.", [.count("18 klassar", 18, unit: "klassar"), .ordinalRange("1.–10.", 1, 10)]),
    P("Om lag ein tredjedel av innbyggjarane er over 60 år.", [.fraction("Om lag ein tredjedel", 0.333333, .approximately), .duration("over 60 år", 60, "year", .above)]),
    P("Talet på tilsette gjekk ned med 8 frå året før.", [.count("8", 8, change: .decrease, comparedTo: "previous_year")]),
    P("Lønsutgiftene auka med 4,1 prosent.", [.percent("4,1 prosent", 4.1, change: .increase)]),
    P("Snautt 40 prosent av dei tilsette har full stilling.", [.percent("Snautt 40 prosent", 40, .slightlyBelow)]),
    P("Godt over 100 personar deltok på møtet.", [.count("Godt over 100 personar", 100, .above, unit: "personar")]),
    P("Tenesta har vore i drift i over 20 år.", [.duration("over 20 år", 20, "year", .above)]),
    P("Dei siste fem åra har talet på eldre auka.", [.duration("Dei siste fem åra", 5, "year")]),
    P("Det er 22 plassar på sjukeheimen, mot 24 i fjor.", [.count("22 plassar", 22, unit: "plassar", comparedTo: "previous_year"), .count("24", 24)]),
    P("Kostnadene vart 8 prosent lågare enn i 2021.", [.percent("8 prosent", 8, change: .decrease, comparedTo: "2021"), .year(2021)]),
    P("Ungdomane er mellom 16 og 23 år.", [.durationRange("mellom 16 og 23 år", 16, 23, "year")]),
    P("Heile 95 prosent av brukarane er nøgde.", [.percent("95 prosent", 95)]),
    P("Barnehagen har open 10,5 timar kvar dag.", [.duration("10,5 timar", 10.5, "hour")]),
    P("Vi har hatt eit par møte med fylkeskommunen.", [.count("eit par møte", 2, .approximately, unit: "møte")]),
    P("Sju av ti elevar trivst godt på skulen.", [.fraction("Sju av ti", 0.7)]),
    P("Vi fekk 4,5 nye årsverk i 2022.", [.count("4,5 nye årsverk", 4.5, unit: "årsverk", period: "2022"), .year(2022)]),
    P("Ordninga vart forlengd med eitt år.", [.duration("eitt år", 1, "year")]),
    P("Ventetida var i snitt halvanna veke.", [.duration("halvanna veke", 1.5, "week")]),
    P("Det vart bygd 16 nye omsorgsbustader.", [.count("16 nye omsorgsbustader", 16, unit: "omsorgsbustader")]),
    P("Ungdom frå 13 til 19 år kan delta.", [.durationRange("frå 13 til 19 år", 13, 19, "year")]),
    P("Gjennomsnittleg storleik på klassane var 18 elevar.", [.count("18 elevar", 18, unit: "elevar")]),
    P("Kommunen tok inn 12 nye lærlingar.", [.count("12 nye lærlingar", 12, unit: "lærlingar")]),
    // An article counts one of a time unit after a hedge; minutes are a time unit.
    P("Ventetida var på kring ein månad.", [.duration("kring ein månad", 1, "month", .approximately)]),
    P("Det tok i underkant av eitt år å få avtalen på plass.", [.duration("i underkant av eitt år", 1, "year", .slightlyBelow)]),
    P("Gjennomsnittleg responstid var 12 minutt.", [.duration("12 minutt", 12, "minute")]),
    P("Responstida var under 25 minutt i 90 prosent av tilfella.", [.duration("under 25 minutt", 25, "minute", .below), .percent("90 prosent", 90)]),
    P("Det budde 2 314 personar over 80 år i kommunen.", [.count("2 314 personar", 2314, unit: "personar"), .duration("over 80 år", 80, "year", .above)]),
    P("Barnevernet mottok 132 meldingar, ein auke på 14 prosent.", [.count("132 meldingar", 132, unit: "meldingar"), .percent("14 prosent", 14, change: .increase)]),
    P("Talet på meldingar gjekk ned frå 150 til 132.", [.count("150", 150), .count("132", 132, change: .decrease)]),
    P("Institusjonsplassane hadde ein beleggsprosent på 97.", [.percent("beleggsprosent på 97", 97)]),
    P("Berre éin av einingane hadde mindreforbruk.", [.count("éin av einingane", 1, unit: "einingane")]),
    P("Eininga fekk tilført eitt nytt årsverk.", [.count("eitt nytt årsverk", 1, unit: "årsverk")]),
    P("Minst to tredjedelar av midlane skal gå til tiltak.", [.fraction("Minst to tredjedelar", 0.666667, .atLeast)]),
    P("Driftsinntektene auka med 6,3 prosent til 512 mill. kroner.", [.percent("6,3 prosent", 6.3, change: .increase), .money("512 mill. kroner", 512000000)]),
    P("Disposisjonsfondet er på 38 mill. kroner, eller 7,4 prosent av driftsinntektene.", [.money("38 mill. kroner", 38000000), .percent("7,4 prosent", 7.4)]),
    P("Kommunen brukte kr 780 000 meir enn venta.", [.money("kr 780 000", 780000, change: .increase)]),
    P("Renteutgiftene auka med over 40 prosent.", [.percent("over 40 prosent", 40, .above, change: .increase)]),
    P("Sjukefråveret var 7,2 % i 2021 og 8,1 % i 2022.", [.percent("7,2 %", 7.2, period: "2021"), .year(2021), .percent("8,1 %", 8.1, period: "2022"), .year(2022)]),
    P("I 2022 var det 62 fødde, mot 58 året før.", [.year(2022), .count("62 fødde", 62, unit: "fødde", comparedTo: "previous_year", period: "2022"), .count("58", 58, period: "2021")]),
    P("Det var 23 fleire innflyttarar enn utflyttarar.", [.count("23 fleire innflyttarar", 23, unit: "innflyttarar", change: .increase)]),
    P("Fleire av dei tilsette har meir enn 20 års erfaring.", [.duration("meir enn 20 års", 20, "year", .above)]),
    P("Frå og med 1. januar 2023 er satsen 250 kroner.", [.date("1. januar 2023", iso: "2023-01-01"), .money("250 kroner", 250)]),
    P("Prisen for ein barnehageplass er 3 315 kroner per månad.", [.money("3 315 kroner", 3315)]),
  ]
}
