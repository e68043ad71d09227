import AtsetlModel
import Foundation

/// Streams `review.html`: a self-contained page on which a person checks what a run found.
///
/// On top: the counts per kind, a line chart per metric (``SeriesChart``) and the quarantined
/// documents with their reasons. Below: every document with each sentence that holds a fact,
/// the phrases highlighted by kind; hovering over a phrase, or clicking it (it takes the
/// focus), shows the fact's fields. Every fact has the anchor `f-<id>`, so the charts and
/// other files can link to it. No script, no network: one file of HTML and CSS, written as
/// well-formed XML as well (polyglot markup), so any XML parser can check it.
///
/// The documents are streamed to a scratch file while the facts go by; the top, which sums
/// them up, is written in front of them by ``commit(overview:)``.
///
/// ```swift
/// let page = try ReviewPageWriter(publishing: url)
/// for (record, facts) in inputs { try page.write(record, facts: facts) }
/// try page.complete(overview: overview)
/// try page.commit()
/// ```
///
/// A class because it owns files; it is used from one task at a time.
package final class ReviewPageWriter {
  /// What the top of the page shows.
  package struct Overview: Sendable {
    /// The run's name (`name` in pipeline.json).
    package var title: String
    /// The number of input files.
    package var documentCount: Int
    /// The number of facts of each kind.
    package var factsPerKind: [QuantityKind: Int]
    /// The quarantined inputs: path and reason.
    package var quarantined: [(path: String, reason: String)]
    /// The metric series, if the config has metrics.
    package var series: SeriesTable?

    package init(
      title: String, documentCount: Int, factsPerKind: [QuantityKind: Int],
      quarantined: [(path: String, reason: String)], series: SeriesTable?
    ) {
      self.title = title
      self.documentCount = documentCount
      self.factsPerKind = factsPerKind
      self.quarantined = quarantined
      self.series = series
    }
  }

  private let file: AtomicFile
  private let scratchFolder: String
  private let documents: ScratchFile
  private let overview: Overview?
  private var documentCount = 0
  private var isComplete = false

  /// Opens the temporary file and the scratch file the documents go to; `overview`, when
  /// known already, is what ``commit(overview:)`` writes by default.
  package init(
    publishing url: URL, overview: Overview? = nil, faults: FaultInjection = .none
  ) throws {
    file = try AtomicFile(publishing: url, faults: faults)
    self.overview = overview
    do {
      scratchFolder = try ScratchFile.makeFolder(
        nextTo: url.absoluteURL.path, name: url.lastPathComponent, displayPath: url.relativePath)
      documents = try ScratchFile(path: scratchFolder + "/documents.html", displayPath: url.relativePath)
    } catch {
      file.abandon()
      throw error
    }
  }

  /// Appends one input file: its document record and its facts in (document, offset) order.
  package func write(_ record: DocumentRecord, facts: [Fact]) throws {
    documentCount += 1
    try documents.write(Self.article(record, facts: facts, index: documentCount))
  }

  /// Writes the whole page to the temporary file: the head, the summary, the charts and the
  /// quarantine list (`overview`, else the one given at the start), then the documents.
  package func complete(overview: Overview? = nil) throws {
    do {
      guard let overview = overview ?? self.overview, !isComplete else {
        throw LoadError.alreadyFinished(path: file.displayPath)
      }
      try file.write(Self.head(overview))
      try documents.close()
      try documents.copy { try file.write(contentsOf: $0) }
      try file.write("</section>\n</main>\n</body>\n</html>\n")
      isComplete = true
      ScratchFile.removeFolder(scratchFolder)
    } catch {
      abandon()
      throw error
    }
  }

  /// Publishes the page atomically (completing it first with the overview given at the start).
  package func commit() throws {
    if !isComplete { try complete() }
    try file.commit()
  }

  /// Discards the page; the previous file stays.
  package func abandon() {
    file.abandon()
    ScratchFile.removeFolder(scratchFolder)
  }

  // MARK: - Page parts

  private static func head(_ overview: Overview) -> String {
    let title = HTMLText.escaped(overview.title)
    let factCount = overview.factsPerKind.values.reduce(0, +)
    var html = """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="nb">
      <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="atsetl"/>
      <title>Gjennomgang av tall – \(title)</title>
      <style>\(ReviewStyle.css)</style>
      </head>
      <body>
      <header>
      <h1>Gjennomgang av tall <span class="run">\(title)</span></h1>
      <p class="totals"><strong>\(factCount)</strong> fakta fra <strong>\(overview.documentCount)</strong> filer\(overview.quarantined.isEmpty ? "" : ", <strong class=\"bad\">\(overview.quarantined.count)</strong> satt i karantene").</p>
      <nav><a href="#kinds">Fakta per type</a> <a href="#series">Tidsserier</a> <a href="#quarantine">Karantene</a> <a href="#documents">Dokumenter</a></nav>
      </header>
      <main>

      """
    html += "<section id=\"kinds\">\n<h2>Fakta per type</h2>\n<table class=\"kinds\">\n"
    html += "<thead><tr><th scope=\"col\">kind</th><th scope=\"col\" class=\"num\">fakta</th></tr></thead>\n<tbody>\n"
    for kind in QuantityKind.allCases {
      let count = overview.factsPerKind[kind, default: 0]
      html += "<tr><td><span class=\"swatch k-\(kind.rawValue)\"></span>\(kind.rawValue)</td><td class=\"num\">\(count)</td></tr>\n"
    }
    html += "</tbody>\n</table>\n</section>\n"

    html += "<section id=\"series\">\n<h2>Tidsserier</h2>\n"
    if let series = overview.series, !series.rows.isEmpty {
      html += "<p class=\"legend\">Hul sirkel: verdien er ikke eksakt (vel, nær, ca., over …). "
        + "Stiplet linje: år uten tall. Klikk et punkt for å se setningen tallet kom fra.</p>\n"
      html += "<div class=\"charts\">\n"
      for row in series.rows { html += chartFigure(row) }
      html += "</div>\n"
    } else {
      html += "<p class=\"empty\">Ingen metrics i pipeline.json.</p>\n"
    }
    html += "</section>\n"

    html += "<section id=\"quarantine\">\n<h2>Karantene</h2>\n"
    if overview.quarantined.isEmpty {
      html += "<p class=\"empty\">Ingen dokumenter satt i karantene.</p>\n"
    } else {
      html += "<ul class=\"quarantine\">\n"
      for entry in overview.quarantined {
        html += "<li><code>\(HTMLText.escaped(entry.path))</code>: \(HTMLText.escaped(entry.reason))</li>\n"
      }
      html += "</ul>\n"
    }
    html += "</section>\n<section id=\"documents\">\n<h2>Dokumenter</h2>\n"
    return html
  }

  private static func chartFigure(_ row: SeriesTable.Row) -> String {
    var html = "<figure class=\"series\" id=\"m-\(HTMLText.escaped(row.metric.id))\">\n"
    html += "<figcaption>\(HTMLText.escaped(row.metric.title)) <span class=\"metric\">\(HTMLText.escaped(row.metric.id)) · \(row.metric.kind.rawValue)\(row.points.first?.unit.map { " · " + HTMLText.escaped($0) } ?? "")</span></figcaption>\n"
    html += SeriesChart(row: row).svg + "\n"
    for conflict in row.conflicts {
      html += "<p class=\"conflict\">\(conflict.year): rapportene er uenige: \(HTMLText.escaped(conflict.readings.joined(separator: " / ")))</p>\n"
    }
    return html + "</figure>\n"
  }

  private static func article(_ record: DocumentRecord, facts: [Fact], index: Int) -> String {
    var html = "<article class=\"document\" id=\"doc-\(index)\">\n"
    html += "<h3>\(HTMLText.escaped(record.path))</h3>\n"
    var meta = [record.format.rawValue]
    if let year = record.reportYear { meta.append("rapportår \(year)") }
    if let municipality = facts.first?.municipality { meta.append(HTMLText.escaped(municipality)) }
    if let language = facts.first?.language { meta.append(language.rawValue) }
    meta.append("\(facts.count) fakta")
    html += "<p class=\"meta\">\(meta.joined(separator: " · "))</p>\n"
    if let error = record.error {
      html += "<p class=\"quarantined\">Satt i karantene: \(HTMLText.escaped(error.description))</p>\n"
    }
    // An input that holds several reports (an XML export) names each report above its facts.
    let hasSeveralReports = facts.contains { $0.document != record.path }
    var phrases = SentencePhrases()
    var document: String?
    var section: String?
    var heading: String?
    var sentence: [(Fact, SentencePhrases.Place)] = []
    func flushSentence() {
      guard let first = sentence.first else { return }
      html += sentenceParagraph(first.0.sentence, facts: sentence)
      sentence.removeAll()
    }
    for fact in facts {
      let place = phrases.locate(fact)
      if let last = sentence.last?.0, last.sentence != fact.sentence || last.document != fact.document {
        flushSentence()
      }
      if fact.document != document {
        if hasSeveralReports {
          html += "<h4 class=\"report\">\(HTMLText.escaped(fact.document))</h4>\n"
        }
        document = fact.document
        section = nil
        heading = nil
      }
      let sectionTitle = [fact.sectionNumber, fact.sectionTitle].compactMap { $0 }
        .joined(separator: " ")
      if sectionTitle != section {
        if !sectionTitle.isEmpty { html += "<h4>\(HTMLText.escaped(sectionTitle))</h4>\n" }
        section = sectionTitle
        heading = nil
      }
      if fact.heading != heading {
        if let text = fact.heading, text != fact.sectionTitle {
          html += "<h5>\(HTMLText.escaped(text))</h5>\n"
        }
        heading = fact.heading
      }
      sentence.append((fact, place))
    }
    flushSentence()
    return html + "</article>\n"
  }

  /// One sentence with its facts' phrases marked; a phrase that cannot be placed (or that
  /// overlaps the one before) is listed after the sentence, so that every fact is on the page.
  private static func sentenceParagraph(
    _ text: String, facts: [(Fact, SentencePhrases.Place)]
  ) -> String {
    var html = "<p class=\"sentence\">"
    var position = text.startIndex
    var unplaced: [Fact] = []
    for (fact, place) in facts {
      guard let range = place.range, range.lowerBound >= position else {
        unplaced.append(fact)
        continue
      }
      html += HTMLText.escaped(String(text[position..<range.lowerBound]))
      html += mark(fact, text: String(text[range]))
      position = range.upperBound
    }
    html += HTMLText.escaped(String(text[position...]))
    if !unplaced.isEmpty {
      html += " <span class=\"also\">også:"
      for fact in unplaced { html += " " + mark(fact, text: fact.text) }
      html += "</span>"
    }
    return html + "</p>\n"
  }

  /// A highlighted phrase with its fact's fields in a tooltip.
  private static func mark(_ fact: Fact, text: String) -> String {
    var fields: [(String, String)] = [("kind", fact.kind.rawValue)]
    func number(_ value: Decimal?) -> String? {
      value.map { value in
        let plain = DecimalFormatting.plain(value) ?? "\(value)"
        let written = NorwegianNumber.text(value, fractionDigits: 3)
        return written == plain ? plain : "\(plain) (\(written))"
      }
    }
    let optional: [(String, String?)] = [
      ("value", number(fact.value)), ("lower", number(fact.lower)), ("upper", number(fact.upper)),
      ("qualifier", fact.qualifier.rawValue), ("unit", fact.unit), ("iso", fact.iso),
      ("change", fact.change?.rawValue), ("compared_to", fact.comparedTo),
      ("period", fact.period), ("row", fact.row), ("column", fact.column), ("id", fact.id),
    ]
    for case let (name, value?) in optional { fields.append((name, value)) }
    var html = "<mark class=\"fact k-\(fact.kind.rawValue)\" id=\"f-\(HTMLText.escaped(fact.id))\" tabindex=\"0\">"
    html += HTMLText.escaped(text)
    html += "<span class=\"tip\" role=\"tooltip\">"
    for (name, value) in fields {
      html += "<span class=\"field\"><span class=\"name\">\(name)</span> \(HTMLText.escaped(value))</span>"
    }
    return html + "</span></mark>"
  }
}
