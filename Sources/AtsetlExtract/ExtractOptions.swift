import AtsetlModel

/// How the Extract stage reads input files; the values come from `pipeline.json`.
///
/// `init()` holds every default, so `ExtractOptions()` reads the Stavanger report site
/// material as shipped in `input/`.
package struct ExtractOptions: Sendable, Equatable {
  /// Regular expressions (ICU syntax) for page-chrome lines in text files.
  ///
  /// Each pattern is tried on every line with surrounding whitespace trimmed. A match that
  /// starts at the beginning of the line drops the whole line; a match that starts later but
  /// runs to the end of the line cuts the line there (chrome glued to the last sentence, as
  /// in "…tilnærmet balanse.⇡ Til toppen"). Matches in the middle of a line are ignored.
  package var dropLines: [String]
  /// The municipality when the document does not say.
  package var municipality: String?
  /// The written standard; `nil` detects it per document from marker words.
  package var language: Language?
  /// The report year when the document does not say.
  package var reportYear: Int?
  /// XPath mapping for XML exports that do not follow the default schema; `nil` = default schema.
  package var xmlMapping: XMLMapping?
  /// XPath of the content element of an HTML page; `nil` = `ExtractOptions.defaultHTMLContentRoot`.
  package var htmlContentRoot: String?
  /// Files bigger than this many bytes are refused with `ExtractError.tooLarge`.
  package var maxFileSize: Int

  /// The page chrome of the Stavanger report site (see `input/stavanger-2017.txt`).
  package static let stavangerSiteChrome: [String] = [
    "⇡\\s*Til toppen$",
    "^Til toppen$",
    "^a a a$",
    "^For å endre størrelse på tekst:$",
    "^PC: Hold Ctrl-tasten nede",
    "^Mac: Hold Cmd-tasten",
  ]

  /// Page numbers of text taken from a paged report: "Side 4", "Side 4 av 56",
  /// "Årsrapport 2022 | Side 4", "Side 4 – Årsrapport 2022". A footer repeats the report's
  /// year on every page, and that year is no fact. Written without sets or groups, so that a
  /// line without "Side " is ruled out before ICU is asked (see `DropLinePattern`).
  package static let pageNumberChrome: [String] = [
    "^Side \\d+$",
    "^Side \\d+ av \\d+$",
    "^.*\\|\\s*Side \\d+$",
    "^.*\\|\\s*Side \\d+ av \\d+$",
    "^.*–\\s*Side \\d+$",
    "^Side \\d+\\s*\\|",
    "^Side \\d+\\s*–",
  ]

  /// When a page was published or last changed: "Sist oppdatert 28. april 2022",
  /// "Publisert: 12.03.2023". The date is the page's, not a fact of the report.
  package static let pageDateChrome: [String] = pageDateLabels.map { "^\($0):?\\s*\\d" }

  /// The words that open a page's own date (see `pageDateChrome`).
  package static let pageDateLabels = ["Sist oppdatert", "Sist endret", "Publisert"]

  /// The default `dropLines`: the Stavanger site's chrome, page numbers and page dates.
  package static let defaultChrome = stavangerSiteChrome + pageNumberChrome + pageDateChrome

  /// Where the report text of a saved page usually is: the first match wins, else `<body>`.
  package static let defaultHTMLContentRoot =
    "//main | //article | //*[@id='content'] | //*[@id='main-content'] | //*[@role='main']"
    + " | //*[@id='innhold'] | //*[@id='hovedinnhold'] | //*[@id='main']"

  /// The defaults: Stavanger site chrome and page numbers, no municipality, language detection, default XML
  /// schema, default HTML content root, 2 GiB size limit.
  package init() {
    dropLines = Self.defaultChrome
    municipality = nil
    language = nil
    reportYear = nil
    xmlMapping = nil
    htmlContentRoot = nil
    maxFileSize = 2 << 30
  }
}
