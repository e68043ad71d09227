import AtsetlLoad
import AtsetlModel
import Foundation

/// A fresh folder under the system temporary directory, removed by `remove()`.
struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("atsetl-load-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func file(_ name: String) -> URL { url.appendingPathComponent(name) }

  /// Everything in the folder, hidden temporary files included.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

func decimal(_ text: String) -> Decimal {
  Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}

/// Facts with the awkward bits: quotes, separators, line breaks, injections, negatives.
let sampleFacts: [Fact] = [
  Fact(
    id: "3f9a0c1d", document: "input/arsrapport-2021.txt", format: .text,
    municipality: "Stavanger", reportYear: 2021, sectionNumber: "8.16",
    sectionTitle: "Arbeidstreningssenteret", heading: "Økonomi",
    sentence: "Senteret brukte kr 15,6 mill. på drift i 2021.", text: "kr 15,6 mill.",
    offset: 120, line: 7, kind: .money, value: decimal("15600000"), lower: decimal("15600000"),
    upper: decimal("15600000"), qualifier: .exact, unit: "NOK", period: "2021"),
  Fact(
    id: "77b2e410", document: "input/arsrapport-2021.txt", format: .text,
    municipality: "Stavanger", reportYear: 2021, sectionNumber: "8.16",
    sectionTitle: "Arbeidstreningssenteret",
    sentence: "Det var \"i overkant av 400 personer\" i tiltak; flere enn året før.\nNy linje",
    text: "i overkant av 400 personer", offset: 310, line: 12, kind: .count,
    value: decimal("400"), lower: decimal("400"), qualifier: .slightlyAbove,
    unit: "personer", change: .increase, comparedTo: "previous_year", period: "2021"),
  Fact(
    id: "0000e123", document: "input/a;b.xml#2", format: .xml, municipality: nil,
    reportYear: 2017, sectionNumber: "5.5.15", sectionTitle: "=SUM(A1)", heading: "@x",
    sentence: "-0,4 prosentpoeng lavere enn i 2019.", text: "-0,4 prosentpoeng", offset: 0,
    line: 1, kind: .percentagePoints, value: decimal("-0.4"), qualifier: .exact, unit: "pp",
    change: .decrease, comparedTo: "2019", period: "2017", language: .nn, row: "+4790000000",
    column: "\tTab"),
  Fact(
    id: "a1", document: "input/side.html", format: .html, reportYear: nil,
    sentence: "Andelen var 99,1 prosent, og halvparten\r\nfikk jobb.", text: "99,1 prosent",
    offset: 5, line: 3, kind: .percent, value: decimal("99.1"), qualifier: .approximately,
    unit: "%", period: "01.05", row: "1103", column: "\rCR"),
  Fact(
    id: "a2", document: "input/side.html", format: .html, sentence: "Fra 1. januar 2017.",
    text: "1. januar 2017", offset: 9, line: 4, kind: .date, value: nil, qualifier: .exact,
    iso: "2017-01-01"),
  Fact(
    id: "a3", document: "input/side.html", format: .html, sentence: "Halvparten av 0,000001.",
    text: "0,000001", offset: 14, line: 5, kind: .fraction, value: decimal("0.000001"),
    qualifier: .atMost),
]

/// A small RFC 4180 reader for checking what the writers wrote.
enum CSVReader {
  static func parse(_ text: String, separator: Unicode.Scalar) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var scalars = text.unicodeScalars[...]
    while let scalar = scalars.popFirst() {
      if inQuotes {
        if scalar == "\"" {
          if scalars.first == "\"" {
            field.append("\"")
            scalars.removeFirst()
          } else {
            inQuotes = false
          }
        } else {
          field.append(scalar)
        }
      } else if scalar == "\"" {
        inQuotes = true
      } else if scalar == separator {
        row.append(String(field))
        field = String.UnicodeScalarView()
      } else if scalar == "\r" || scalar == "\n" {
        if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
        row.append(String(field))
        field = String.UnicodeScalarView()
        rows.append(row)
        row = []
      } else {
        field.append(scalar)
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(String(field))
      rows.append(row)
    }
    return rows
  }
}
