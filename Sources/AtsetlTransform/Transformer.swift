import AtsetlModel
import Crypto
import Foundation

/// The Transform stage: turns a document's blocks into facts.
///
/// Each block is split into sentences, each sentence scanned for number phrases, and each
/// phrase placed in its context: document, section, heading, sentence, exact offset and
/// line, language, period. A sentence repeated verbatim within a section (fact boxes repeat
/// their paragraph) gives its facts once.
///
/// ```swift
/// let facts = Transformer().facts(in: document)
/// ```
package struct Transformer: Sendable {
  /// The kinds of fact to keep (pipeline.json `transform.kinds`).
  package var kinds: Set<QuantityKind>
  private let scanner = NumberScanner()

  package init(kinds: Set<QuantityKind> = Set(QuantityKind.allCases)) {
    self.kinds = kinds
  }

  /// The facts of `document`, ordered by offset.
  package func facts(in document: Document) -> [Fact] {
    var facts: [Fact] = []
    var seen: Set<String> = []
    let language = document.metadata.language ?? .nb
    for block in document.blocks {
      let scalars = Array(block.text.unicodeScalars)
      let cell: TableCell? =
        if case .tableCell(let cell) = block.kind { cell } else { nil }
      let sentences =
        cell == nil ? SentenceSplitter.sentences(in: scalars) : [0..<scalars.count]
      for range in sentences {
        let sentenceText = Self.folded(scalars[range])
        if cell == nil {
          let key = [block.sectionNumber ?? "", block.sectionTitle ?? "", sentenceText]
            .joined(separator: "\u{1F}")
          guard seen.insert(key).inserted else { continue }
        }
        let raw = String(scalars: scalars[range])
        for var quantity in scanner.quantities(in: raw) {
          if let cell { Self.apply(cell, to: &quantity) }
          guard kinds.contains(quantity.kind) else { continue }
          let offsetInBlock = range.lowerBound + quantity.span.lowerBound
          let offset = block.offset + offsetInBlock
          let line =
            block.line + scalars[..<offsetInBlock].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
          let period =
            quantity.period ?? cell?.period.map(String.init)
            ?? document.metadata.reportYear.map { String($0 + quantity.periodOffset) }
          let context = Self.shortened(
            sentenceText, around: quantity.span, in: raw, limit: Self.sentenceLimit)
          facts.append(
            Fact(
              id: Self.identifier(document: document.name, offset: offset, text: quantity.text),
              document: document.name, format: document.format,
              municipality: document.metadata.municipality,
              reportYear: document.metadata.reportYear, sectionNumber: block.sectionNumber,
              sectionTitle: block.sectionTitle, heading: block.heading, sentence: context,
              text: quantity.text, offset: offset, line: line, kind: quantity.kind,
              value: quantity.value, lower: quantity.lower, upper: quantity.upper,
              qualifier: quantity.qualifier, unit: quantity.unit, iso: quantity.iso,
              change: quantity.change, comparedTo: quantity.comparedTo, period: period,
              language: language, row: cell?.row, column: cell?.column))
        }
      }
    }
    return facts.sorted { ($0.offset, $0.text.count) < ($1.offset, $1.text.count) }
  }

  /// A table cell's number read with what its table says: scale, kroner, percent.
  private static func apply(_ cell: TableCell, to quantity: inout Quantity) {
    if quantity.kind == .year {
      quantity.kind = .count
      quantity.period = nil
    }
    guard quantity.kind == .count || quantity.kind == .number else { return }
    if cell.isPercent {
      quantity.kind = .percent
      quantity.unit = "%"
      return
    }
    let scale = cell.scale ?? 1
    func scaled(_ value: Decimal?) -> Decimal? { value.map { $0 * scale } }
    quantity.value = scaled(quantity.value)
    quantity.lower = scaled(quantity.lower)
    quantity.upper = scaled(quantity.upper)
    if cell.isMoney {
      quantity.kind = .money
      quantity.unit = "NOK"
    }
  }

  /// The longest `sentence` a fact carries; a spreadsheet cell holds at most 32 767 characters.
  static let sentenceLimit = 2_000

  /// `sentence`, or when it is longer than `limit` characters, the part around the phrase at
  /// `span` (scalar offsets in `raw`) between "…" marks.
  static func shortened(_ sentence: String, around span: Range<Int>, in raw: String, limit: Int)
    -> String
  {
    guard sentence.unicodeScalars.count > limit else { return sentence }
    let scalars = Array(raw.unicodeScalars)
    let half = limit / 2
    let start = max(0, span.lowerBound - half)
    let end = min(scalars.count, max(span.upperBound, start) + half)
    let window = folded(scalars[start..<end])
    return (start > 0 ? "…" : "") + window + (end < scalars.count ? "…" : "")
  }

  /// The sentence as one line: white space runs (line breaks included) folded to a space.
  static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in scalars {
      if SentenceSplitter.isSpace(scalar), scalar != "\u{A0}", scalar != "\u{202F}" {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// A fact's stable id: the first 16 hex digits of SHA-256 over document, offset and text.
  package static func identifier(document: String, offset: Int, text: String) -> String {
    let digest = SHA256.hash(data: Data("\(document)\u{1F}\(offset)\u{1F}\(text)".utf8))
    return digest.prefix(8).hexString
  }
}
