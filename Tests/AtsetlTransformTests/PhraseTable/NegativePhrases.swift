// Negative rows: sentences with no quantity, or with tempting tokens that must not become one.

import AtsetlModel
import Testing

/// Sentences whose tempting tokens (section numbers, codes, articles, times, …) are not facts.
enum NegativePhrases {
  static var all: [PhraseCase] { none + nynorskNone + tempting + capitals + slashes + declarations }

  /// Bokmål sentences without any quantity.
  static let none: [PhraseCase] = [
    // Section numbers and page chrome.
    N("Se kapittel 8.16 for mer informasjon."),
    N("Tiltaket er omtalt i punkt 5.5.15."),
    N("8.16 Arbeidstreningssenteret"),
    N("Arbeidstreningssenteret ....... 45"),
    N("Innledning .......... 3"),
    N("Økonomi og styring ..... 112"),
    // Names and codes.
    N("VTA-plassene er fordelt på flere avdelinger."),
    N("PFF samarbeider tett med NAV."),
    N("Trafikken på E39 påvirket oppmøtet."),
    N("Covid-19 preget driften gjennom hele året."),
    N("Covid-19-pandemien førte til nye rutiner."),
    N("Jobbverksted II ble videreført."),
    N("Virksomheten er sertifisert etter ISO 9001."),
    N("Kapittel IV omhandler økonomi."),
    N("Fase III av prosjektet er utsatt."),
    N("Del II av planen ble behandlet i bystyret."),
    N("Alle dokumenter skrives ut i A4-format."),
    // Phone numbers, law paragraphs, times of day.
    N("Ring tlf. 51 50 70 90 for påmelding."),
    N("Henvendelser kan rettes til +47 51 50 70 90."),
    N("Vedtaket er fattet etter § 12."),
    N("Tilsynet skjedde jf. § 4-1 i forskriften."),
    N("Kontoret åpner kl. 08.00."),
    N("Møtet starter kl 14 i rådhuset."),
    N("Samlingen begynner 10:30 på biblioteket."),
    N("Kafeen er åpen kl. 10.00–14.00."),
    // File names, URLs, e-mail addresses.
    N("Se bilde_2021.jpg i vedlegget."),
    N("Les mer på www.stavanger.kommune.no/ats2021."),
    N("Skriv til post2021@stavanger.kommune.no."),
    N("Skjemaet finnes på https://example.no/skjema/123."),
    // Articles, other, several, some, many, a lot.
    N("Det ble en god start på året."),
    N("Ei ny avdeling åpnet i høst."),
    N("Et annet tiltak var leksehjelp."),
    N("Andre tiltak ble også vurdert."),
    N("Dette gjelder blant andre NAV og helsetjenesten."),
    N("Andre kommuner har lignende ordninger."),
    N("Flere deltakere fikk jobb etter kurset."),
    N("Flere av de ansatte tok videreutdanning."),
    N("Noen av brukerne ønsket mer oppfølging."),
    N("Mange søkte om plass i barnehagen."),
    N("Det er mange som ønsker plass."),
    N("Hundrevis av frivillige stilte opp."),
    N("Tusenvis av besøkende kom til festivalen."),
    N("En del av arbeidet ble utsatt."),
    N("Det har vært en nedgang i sykefraværet."),
    N("En økning i antall henvendelser var ventet."),
    // Numbers after "uke" and "nr.".
    N("Samlingen ble holdt i uke 12."),
    N("Saken er registrert som nr. 5."),
    N("Vaksineringen startet i uke 2."),
    // A month alone is not a date.
    N("Skolen starter opp i august."),
    N("I mai ble det gjennomført brukerundersøkelse."),
    // Number words inside other words.
    N("Tjenesten kjøpes fra en tredjepart."),
    N("Totalt sett var året godt."),
    N("Førstelinjetjenesten ble styrket."),
    N("Ettervernet fungerer bedre enn før."),
    N("Treningsrommet er pusset opp."),
    N("Seksjonen fikk ny leder."),
    N("Først ble lokalene pusset opp."),
    // Plain prose.
    N("Bygget har fått ny ventilasjon."),
    N("Ingen søknader ble avslått."),
    N("Tilbudet ble godt mottatt av brukerne."),
    N("Andelen som fullfører, har økt."),
    N("Arbeidet med kommuneplanen fortsetter."),
    N("Hvert år arrangeres det sommerleir."),
    N("Resultatet var bedre enn året før."),
  ]

  /// Nynorsk sentences without any quantity.
  static let nynorskNone: [PhraseCase] = [
    N("Sjå kapittel 8.16 for meir informasjon."),
    N("Fleire tilsette tok vidareutdanning."),
    N("Nokre av elevane ønskte meir oppfølging."),
    N("Ein del av arbeidet vart utsett."),
    N("Eit anna tiltak var leksehjelp."),
    N("Andre kommunar har liknande ordningar."),
    N("Mange ønskte plass i kulturskulen."),
    N("Samlinga vart halden i veke 12."),
    N("Ei ny avdeling opna i haust."),
    N("Tusenvis av besøkjande kom til festivalen."),
    N("I mai vart det gjennomført brukarundersøking."),
    N("Det har vore ein nedgang i sjukefråværet."),
    N("Ring tlf. 51 50 70 90 for å melde deg på."),
    N("Vedtaket er gjort etter § 12 i lova."),
    N("Kontoret opnar kl. 08.00."),
    N("Jobbverkstad II vart vidareført."),
    N("Ettervernet fungerer betre enn før."),
    N("Ingen søknader vart avslått."),
  ]

  /// Sentences where one real quantity sits next to tokens that are not quantities.
  static let tempting: [PhraseCase] = [
    P("Etter § 12 fikk 40 personer vedtak.", [.count("40 personer", 40, unit: "personer")]),
    P("I uke 12 deltok 35 elever.", [.count("35 elever", 35, unit: "elever")]),
    P("Kl. 08.00 møtte 25 ansatte opp.", [.count("25 ansatte", 25, unit: "ansatte")]),
    P("Se punkt 8.16, der 14 tiltak er beskrevet.", [.count("14 tiltak", 14, unit: "tiltak")]),
    P("Andre kommuner har 20 plasser.", [.count("20 plasser", 20, unit: "plasser")]),
    P("Jobbverksted II hadde 18 deltakere.", [.count("18 deltakere", 18, unit: "deltakere")]),
    P("VTA-avdelingen har 45 plasser.", [.count("45 plasser", 45, unit: "plasser")]),
    P("Covid-19 førte til at 30 kurs ble avlyst.", [.count("30 kurs", 30, unit: "kurs")]),
    P("Langs E39 ble det satt opp 12 nye skilt.", [.count("12 nye skilt", 12, unit: "skilt")]),
    P("En ny avdeling med 16 plasser åpnet.", [.count("16 plasser", 16, unit: "plasser")]),
    P("Noen av de 40 deltakerne sluttet.", [.count("40 deltakerne", 40, unit: "deltakerne")]),
    P("I mai fikk 22 personer jobb.", [.count("22 personer", 22, unit: "personer")]),
    P("Nr. 5 på listen fikk 12 stemmer.", [.count("12 stemmer", 12, unit: "stemmer")]),
    P("PFF tok imot 9 nye brukere.", [.count("9 nye brukere", 9, unit: "brukere")]),
    P("Flere enn før, hele 60 elever, deltok.", [.count("60 elever", 60, unit: "elever")]),
    P("Ring tlf. 51 50 70 90 for å bestille plass; det er 8 plasser igjen.", [.count("8 plasser", 8, unit: "plasser")]),
    P("Andre steder i landet er det 3 slike sentre.", [.count("3 slike sentre", 3, unit: "sentre")]),
    P("Ei avdeling på Jobbverksted II har 6 ansatte.", [.count("6 ansatte", 6, unit: "ansatte")]),
    P("Etter § 4-1 fekk 12 personar vedtak.", [.count("12 personar", 12, unit: "personar")]),
    P("I veke 12 deltok 35 elevar.", [.count("35 elevar", 35, unit: "elevar")]),
    // Numbering and page counts.
    N("1. Innledning"),
    N("2) Tiltak for unge"),
    N("Side 12 av 120"),
  ]

  /// Headings in capitals and heading numbers before a capitalised title.
  static let capitals: [PhraseCase] = [
    N("1 INNLEDNING"),
    N("3 ØKONOMI OG ADMINISTRASJON"),
    N("1 Innledning"),
    N("2 Økonomi og styring"),
    N("NAV OG KOMMUNEN SAMARBEIDER"),
    N("EN GOD START FOR ALLE"),
    N("EIT GODT ÅR FOR KULTUREN"),
    N("TILTAK 3: MER HELTID"),
    N("MÅL 2: REDUSERT SYKEFRAVÆR"),
    N("Tiltak 3: Mer heltid"),
    N("Mål 2: Redusert sykefravær"),
    N("FASE 2"),
  ]

  /// Slashes that are no fraction: around the clock, school years, dates, case numbers.
  static let slashes: [PhraseCase] = [
    N("Tjenesten er tilgjengelig 24/7."),
    N("Avtalen gjaldt fra 1/1-2021."),
    N("Fristen er 1/3 hvert år."),
    N("Fra 1/3 av neste år gjelder nye regler."),
    N("Kommunestyret vedtok i sak 45/22 å øke rammen."),
    N("Det gjeld frå 1/8 kvart år."),
    N("Vakta er organisert som 2/2-turnus."),
  ]

  /// Unit declarations of tables, articles and "andre" meaning *other*.
  static let declarations: [PhraseCase] = [
    N("Beløp i 1000 kr"),
    N("Tabell 4: Driftsutgifter (i 1000 kr)"),
    N("Alle tall i 1 000 kroner."),
    N("En bruker fikk avslag, mens de andre fikk innvilget søknaden."),
    N("Et av målene er å redusere sykefraværet."),
    N("Ei av avdelingene hadde et merforbruk."),
    N("Ein av dei største utfordringane er rekruttering."),
    N("Eit av tiltaka var å tilsette ein koordinator."),
    N("Dei andre einingane hadde eit mindreforbruk."),
    N("Andre kommuner i regionen har lavere sykefravær."),
    N("Ein tilsett slutta i løpet av året."),
    N("Ei ny avdeling vart etablert i haust."),
    N("En dag i uken er det åpent."),
    N("Han kom for en uke siden."),
    N("Skulen vart bygd på 1960-talet."),
    N("Saka vart handsama i PS 45/22."),
    N("Det er 24/7 bemanning på legevakta."),
    N("Møtet varte frå 18.00 til 21.00."),
    N("Kontakt oss på 57 12 34 00."),
    N("Produktet følger EN 1090."),
    N("Det var ikke én eneste klage."),
    N("Ikke én søknad ble avslått."),
    N("Det vart ikkje registrert eitt einaste avvik."),
    N("Ein gong i månaden har vi fellesmøte."),
    N("Vi har møte annakvar veke."),
    N("Dei fleste av dei tilsette er nøgde."),
    N("Det tok eit år å få avtalen på plass."),
    N("Det var ei stor utfordring å rekruttere sjukepleiarar."),
    N("Det ble tilsatt en ny rektor."),
    N("DEL 2: ØKONOMI"),
    N("Del 3 omhandler tjenestene."),
    N("Skolen ligger i Storgata 12."),
    N("Barnehagen i Solbakken 4 ble utvidet."),
    N("Kontoret ligger i Kirkeveien 3B."),
    N("Bilde 3: Den nye skolen."),
    N("Lønnstrinn 45 gjelder stillingen."),
    N("Prosjektnummer 22045 er avsluttet."),
    N("Vedlegg 1–3 viser detaljene."),
    N("Lærertettheten er 1:15."),
    N("Fordelingen var 60/40 mellom kvinner og menn."),
    N("Barnehagane har stengt i veke 29 og 30."),
    N("Se § 12 og 13 i loven."),
    N("Sjå side 4 og 5."),
    N("Nokre hundre personar møtte opp."),
    N("Fleire tusen innbyggjarar har nytta tilbodet."),
    N("Noen hundre søkere fikk avslag."),
    N("Mange tusen besøkte festivalen."),
    N("Elever 412 430 455"),
    N("Sum driftsutgifter 1 245 300 1 198 450"),
  ]
}
