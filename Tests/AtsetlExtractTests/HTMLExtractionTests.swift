import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

@Suite("HTML files")
struct HTMLExtractionTests {
  @Test func savedReportPageMatchesTheTextSeed() throws {
    let document = try TestInput.document(TestInput.input("stavanger-2021.html"), format: .html)
    let text = try TestInput.document(TestInput.fixture("seed-2021.txt"), format: .text)
    #expect(document.format == .html)
    #expect(document.metadata.title == "Årsrapport 2021")
    #expect(document.metadata.reportYear == 2021)
    #expect(document.metadata.municipality == "Stavanger")
    #expect(document.metadata.language == .nb)
    #expect(document.headingTexts == text.headingTexts)
    #expect(document.paragraphTexts == text.paragraphTexts)
    #expect(document.blocks.map(\.kind) == text.blocks.map(\.kind))
    #expect(document.blocks.map(\.heading) == text.blocks.map(\.heading))
    #expect(document.blocks.allSatisfy { $0.sectionNumber == "8.16" })

    let all = Extractor.plainText(of: document)
    for chrome in [
      "Hovedmeny", "Forside", "dataLayer", "999 personer", "Søk", "Postboks",
      "Sist oppdatert", "Til toppen", "Les også", "Ctrl-tasten", "Brødsmule", "8 Helse og velferd",
    ] {
      #expect(!all.contains(chrome), "\(chrome) should be ignored")
    }
    let first = try #require(document.blocks.first)
    #expect(first.text == "8.16 Arbeidstreningssenteret")
    #expect(first.kind == .heading(level: 1))
    #expect(first.line == 45)
    let economy = try #require(document.blocks.last)
    #expect(economy.text.hasPrefix("Regnskapet for arbeidstreningssenteret"))
    #expect(economy.heading == "Økonomi")
  }

  @Test func contentRootOptionAndBodyFallback() throws {
    let html = """
      <html><head><title>Årsmelding 2020 - Sola kommune</title></head><body>
      <header><p>Logo og meny</p></header>
      <div class="sidebar"><p>Sidemeny</p></div>
      <div class="tekst"><h2>Barnehage</h2><p>Det var 1 200 barn i barnehage.</p>
        Løs tekst med <b>fem</b> ord.
        <ul><li>Tre nye barnehager<ul><li>To private</li></ul></li></ul></div>
      <aside><p>Relatert innhold</p></aside>
      <footer><p>Kontakt oss</p></footer>
      </body></html>
      """
    let url = try TestInput.temp(html, ext: "html")
    let fallback = try TestInput.document(url, format: .html)
    #expect(fallback.metadata.reportYear == 2020)
    #expect(fallback.metadata.municipality == "Sola")
    #expect(fallback.metadata.title == "Årsmelding 2020")
    #expect(
      fallback.blocks.map(\.text) == [
        "Sidemeny", "Barnehage", "Det var 1 200 barn i barnehage.", "Løs tekst med fem ord.",
        "Tre nye barnehager", "To private",
      ])
    #expect(fallback.blocks[4].kind == .listItem)
    #expect(fallback.blocks[5].heading == "Barnehage")

    var options = ExtractOptions()
    options.htmlContentRoot = "//div[@class='tekst']"
    options.municipality = "Sandnes"
    let rooted = try TestInput.document(url, format: .html, options: options)
    #expect(rooted.blocks.first?.text == "Barnehage")
    #expect(rooted.blocks.count == 5)
    #expect(rooted.metadata.municipality == "Sola")
  }

  @Test func factBoxHeadingsApplyInsideTheBoxOnly() throws {
    let html = """
      <html lang="nn"><body><main>
      <h2>Sjukeheim</h2><p>Det var 212 plassar.</p>
      <div class="faktaboks"><h4>Visste du?</h4><p>Kvar veke køyrer dei 3 000 km.</p></div>
      <p>Belegget var 97,5 prosent.</p>
      <section id="infoboks-2"><h3>Tal</h3><p>Om lag 40 prosent har demens.</p></section>
      <div class="content-box"><h3>Heimeteneste</h3><p>Dei har 300 brukarar.</p></div>
      <p>Talet auka med 12.</p>
      </main></body></html>
      """
    let document = try TestInput.document(try TestInput.temp(html, ext: "html"), format: .html)
    let headings = Dictionary(
      uniqueKeysWithValues: document.blocks.filter { $0.kind == .paragraph }.map {
        ($0.text, $0.heading)
      })
    #expect(headings["Kvar veke køyrer dei 3 000 km."] == "Visste du?")
    #expect(headings["Belegget var 97,5 prosent."] == "Sjukeheim")
    #expect(headings["Om lag 40 prosent har demens."] == "Tal")
    // A wrapper named "content-box" is no fact box: its heading goes on after it.
    #expect(headings["Talet auka med 12."] == "Heimeteneste")
  }

  @Test func nynorskPageByLangAttribute() throws {
    let html = "<html lang=\"nn-NO\"><body><main><p>Det var 20 personar.</p></main></body></html>"
    let document = try TestInput.document(try TestInput.temp(html, ext: "html"), format: .html)
    #expect(document.metadata.language == .nn)
    #expect(document.blocks.map(\.text) == ["Det var 20 personar."])
  }

  @Test func brokenMarkupIsRecovered() throws {
    let html =
      "<html><body><main><h3>Tal</h3><p>Første <b>avsnitt<p>Andre avsnitt med 30 prosent</main>"
    let document = try TestInput.document(try TestInput.temp(html, ext: "html"), format: .html)
    #expect(
      document.blocks.map(\.text) == ["Tal", "Første avsnitt", "Andre avsnitt med 30 prosent"])
    #expect(document.blocks.map(\.heading) == ["Tal", "Tal", "Tal"])
  }

  @Test func htmlTableWithHeadAndColspan() throws {
    let html = """
      <html><body><main>
      <table><caption>Netto driftsutgifter, i millioner kroner</caption>
      <thead><tr><th rowspan="2">Tjeneste</th><th colspan="2">Regnskap</th></tr>
      <tr><th>2020</th><th>2021</th></tr></thead>
      <tbody><tr><th>Barnevern</th><td>101,5</td><td>110,2</td></tr>
      <tr><td>Andel av total (%)</td><td>4,1</td><td>4,3</td></tr></tbody></table>
      </main></body></html>
      """
    let document = try TestInput.document(try TestInput.temp(html, ext: "html"), format: .html)
    let cells = document.tableCells
    #expect(cells.map(\.text) == ["101,5", "110,2", "4,1", "4,3"])
    #expect(
      cells[0].cell
        == TableCell(
          row: "Barnevern", column: "Regnskap 2020", period: 2020, scale: 1_000_000, isMoney: true))
    #expect(cells[0].cell.row == "Barnevern")
    #expect(cells[3].cell.isPercent)
    #expect(cells[3].cell.scale == nil)
  }

  @Test(arguments: ["innhold", "hovedinnhold", "main"])
  func norwegianContentRootsAreFound(id: String) throws {
    let html = """
      <html><body><div class="cookie">Vi bruker 3 typer informasjonskapsler.</div>
      <div id="\(id)"><h2>Barnehage</h2>
      <p class="dato">Publisert 12.03.2023 · Sist oppdatert 14.03.2023</p>
      <p>Kommunen har 42 barnehager.</p><p>Sist oppdatert: 1. mars 2023</p>
      <p>Publisert materiale viser 3 funn.</p></div></body></html>
      """
    let document = try TestInput.document(try TestInput.temp(html, ext: "html"), format: .html)
    #expect(
      document.blocks.map(\.text) == [
        "Barnehage", "Kommunen har 42 barnehager.", "Publisert materiale viser 3 funn.",
      ])
  }

  @Test func unitInTheRowLabelSpeaksForItsRow() throws {
    let html = """
      <html><body><main><table>
      <tr><th>Indikator</th><th>2021</th><th>2022</th><th>Endring i %</th></tr>
      <tr><td>Barn i barnehage</td><td>1 187</td><td>1 210</td><td>1,9</td></tr>
      <tr><td>Netto driftsutgifter (1000 kr)</td><td>251 880</td><td>262 004</td><td>4,0</td></tr>
      <tr><td>Utgifter per barn (kr)</td><td>205 112</td><td>211 500</td><td>3,1</td></tr>
      </table></main></body></html>
      """
    let document = try TestInput.document(try TestInput.temp(html, ext: "html"), format: .html)
    let cells = document.tableCells.map(\.cell)
    #expect(cells.map(\.scale) == [nil, nil, nil, 1000, 1000, nil, nil, nil, nil])
    #expect(cells.map(\.isMoney) == [false, false, false, true, true, false, true, true, false])
    #expect(cells.map(\.isPercent) == [false, false, true, false, false, true, false, false, true])
    #expect(cells.map(\.period) == [2021, 2022, nil, 2021, 2022, nil, 2021, 2022, nil])
  }

  @Test(arguments: [true, false])
  func windows1252Page(declared: Bool) throws {
    let head = declared ? "<meta charset=\"windows-1252\">" : ""
    let bytes =
      Array("<html><head>\(head)</head><body><p>".utf8) + [0xD8] + Array("kning p".utf8) + [0xE5]
      + Array(" 5 prosent.</p></body></html>".utf8)
    let document = try TestInput.document(try TestInput.temp(bytes, ext: "html"), format: .html)
    #expect(document.blocks.map(\.text) == ["Økning på 5 prosent."])
  }

  @Test func garbageIsAnError() throws {
    var bytes: [UInt8] = []
    var seed: UInt32 = 12345
    for _ in 0..<4096 {
      seed = seed &* 1_103_515_245 &+ 12345
      bytes.append(UInt8(truncatingIfNeeded: seed >> 16))
    }
    let url = try TestInput.temp(bytes, ext: "html")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .html) }
    #expect(error != nil)
    let controls = try TestInput.temp(
      Array(repeating: 0x01, count: 100) + Array("<p>x</p>".utf8), ext: "html")
    let controlError = TestInput.extractError {
      _ = try TestInput.documents(controls, format: .html)
    }
    #expect(controlError == .binary(path: "input/test", line: 1, column: 1))
    let empty = try TestInput.temp(
      "<html><body><script>var x = 1;</script></body></html>", ext: "html")
    let emptyError = TestInput.extractError { _ = try TestInput.documents(empty, format: .html) }
    #expect(emptyError == .empty(path: "input/test", reason: "the page holds no report text"))
  }

  @Test func deepHTMLNestingIsAnErrorNotACrash() throws {
    let depth = 100_000
    let html =
      "<html><body><main>" + String(repeating: "<div>", count: depth) + "Tekst"
      + String(repeating: "</div>", count: depth) + "</main></body></html>"
    let url = try TestInput.temp(html, ext: "html")
    let error = TestInput.extractError { _ = try TestInput.documents(url, format: .html) }
    guard case .malformed(_, let line, _, let message) = error else {
      Issue.record("expected .malformed, got \(String(describing: error))")
      return
    }
    #expect(line == 1)
    #expect(message.contains("depth"))
  }
}
