import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

@Test func rfc4180FactsFile() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try FactCSVWriter.write(sampleFacts, to: url)
  let bytes = try Data(contentsOf: url)
  #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
  let text = String(decoding: bytes, as: UTF8.self)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
  #expect(lines.first == Substring(Fact.fieldNames.joined(separator: ",")))
  #expect(text.hasSuffix("\n"))
  #expect(!text.contains("\r\n2"))  // LF record ends (CR only inside quoted fields)
  #expect(
    lines[1]
      == "3f9a0c1d,input/arsrapport-2021.txt,text,Stavanger,2021,8.16,Arbeidstreningssenteret,"
      + "Økonomi,\"Senteret brukte kr 15,6 mill. på drift i 2021.\",\"kr 15,6 mill.\",120,7,money,"
      + "15600000,15600000,15600000,exact,NOK,,,,2021,nb,,")
  let rows = CSVReader.parse(text, separator: ",")
  #expect(rows.count == sampleFacts.count + 1)
  #expect(rows.allSatisfy { $0.count == Fact.fieldNames.count })
  #expect(rows[1][13] == "15600000")
  #expect(
    rows[2][8] == "Det var \"i overkant av 400 personer\" i tiltak; flere enn året før.\nNy linje")
  #expect(rows[3][1] == "input/a;b.xml#2")
  #expect(rows[3][6] == "'=SUM(A1)")
  #expect(rows[3][7] == "'@x")
  #expect(rows[3][9] == "'-0,4 prosentpoeng")
  #expect(rows[3][13] == "-0.4")
  #expect(rows[3][23] == "'+4790000000")
  #expect(rows[3][24] == "'\tTab")
  #expect(rows[4][13] == "99.1")
  #expect(rows[5][13] == "")
  #expect(rows[6][13] == "0.000001")
}

@Test func excelNorwegianBytes() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts-excel.csv")
  try FactCSVWriter.write(sampleFacts, to: url, dialect: .excelNorwegian)
  let bytes = try Data(contentsOf: url)
  #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
  let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
  #expect(!text.hasPrefix("sep="))
  #expect(text.hasPrefix(Fact.fieldNames.joined(separator: ";") + "\r\n"))
  #expect(text.hasSuffix("\r\n"))
  #expect(text.contains(";99,1;"))
  #expect(text.contains(";-0,4;"))
  #expect(text.contains(";\u{2060}8.16;"))
  #expect(text.contains(";\u{2060}5.5.15;"))
  #expect(text.contains(";\u{2060}1103;"))
  #expect(text.contains(";\u{2060}01.05;"))
}

/// Undoes the excel-nb text guards: the invisible marker, or the `'` before a formula trigger.
func unguarded(_ cell: String) -> String {
  if cell.hasPrefix(CSVDialect.textMarker) { return String(cell.dropFirst()) }
  let scalars = cell.unicodeScalars
  if scalars.first == "'", let second = scalars.dropFirst().first,
    "=+-@\t\r".unicodeScalars.contains(second)
  {
    return String(scalars.dropFirst())
  }
  return cell
}

@Test func excelNorwegianRoundTrip() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try FactCSVWriter.write(sampleFacts, to: url, dialect: .excelNorwegian)
  let text = String(decoding: try Data(contentsOf: url).dropFirst(3), as: UTF8.self)
  let rows = CSVReader.parse(text, separator: ";")
  #expect(rows.first == Fact.fieldNames)
  #expect(rows.count == sampleFacts.count + 1)
  for (fact, row) in zip(sampleFacts, rows.dropFirst()) {
    #expect(row.count == Fact.fieldNames.count)
    for (field, cell) in zip(fact.fieldValues, row) {
      switch field {
      case .null: #expect(cell == "")
      case .integer(let value): #expect(Int(cell) == value)
      case .decimal(let value):
        #expect(!cell.contains("."))
        #expect(decimal(cell.replacingOccurrences(of: ",", with: ".")) == value)
      case .text(let value): #expect(unguarded(cell) == value)
      }
    }
  }
}

@Test func emptyFactsGiveHeaderOnly() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("facts.csv")
  try FactCSVWriter.write([], to: url)
  #expect(
    try String(contentsOf: url, encoding: .utf8) == Fact.fieldNames.joined(separator: ",") + "\n")
}

@Test func csvIsByteIdenticalAcrossRuns() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  try FactCSVWriter.write(sampleFacts, to: folder.file("a.csv"), dialect: .excelNorwegian)
  try FactCSVWriter.write(sampleFacts, to: folder.file("b.csv"), dialect: .excelNorwegian)
  #expect(try Data(contentsOf: folder.file("a.csv")) == Data(contentsOf: folder.file("b.csv")))
}
