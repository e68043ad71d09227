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
    var seen = SeenSentences()
    let language = document.metadata.language ?? .nb
    for block in document.blocks {
      let scalars = Array(block.text.unicodeScalars)
      let cell: TableCell? =
        if case .tableCell(let cell) = block.kind { cell } else { nil }
      let sentences =
        cell == nil ? SentenceSplitter.sentences(in: scalars) : [0..<scalars.count]
      let lineBreaks = scalars.indices.filter { scalars[$0] == "\n" }
      let section = (block.sectionNumber ?? "") + "\u{1F}" + (block.sectionTitle ?? "") + "\u{1F}"
      for range in sentences {
        let sentenceText = Self.folded(scalars[range])
        if cell == nil {
          guard seen.insert(section + sentenceText) else { continue }
        }
        let raw = String(scalars: scalars[range])
        let wrapped = Self.unwrapped(scalars[range])
        for var quantity in scanner.quantities(in: wrapped?.text ?? raw) {
          if let wrapped { wrapped.restore(&quantity, from: scalars[range]) }
          if let cell { Self.apply(cell, to: &quantity) }
          guard kinds.contains(quantity.kind) else { continue }
          let offsetInBlock = range.lowerBound + quantity.span.lowerBound
          let offset = block.offset + offsetInBlock
          let line = block.line + lineBreaks.prefix { $0 < offsetInBlock }.count
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
    // Sorted by offset, then length, as `facts.sorted { … }` with that comparison would:
    // sorting the keys in place of the facts makes the same comparisons, so ties keep the
    // same order, without counting characters or moving whole facts at each step.
    let keys = facts.map { (offset: $0.offset, length: $0.text.count) }
    return keys.indices.sorted { keys[$0] < keys[$1] }.map { facts[$0] }
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
    } else if quantity.kind == .count, quantity.unit == nil, let noun = cell.countedNoun {
      quantity.unit = noun
    }
  }

  /// The longest `sentence` a fact carries; a spreadsheet cell holds at most 32 767 characters.
  static let sentenceLimit = 2_000

  /// `sentence`, or when it is longer than `limit` characters, the part around the phrase at
  /// `span` (scalar offsets in `raw`) between "…" marks.
  static func shortened(_ sentence: String, around span: Range<Int>, in raw: String, limit: Int)
    -> String
  {
    // A string has no more scalars than UTF-8 bytes: most sentences are told at once.
    guard sentence.utf8.count > limit, sentence.unicodeScalars.count > limit else {
      return sentence
    }
    let scalars = Array(raw.unicodeScalars)
    let half = limit / 2
    let start = max(0, span.lowerBound - half)
    let end = min(scalars.count, max(span.upperBound, start) + half)
    let window = folded(scalars[start..<end])
    return (start > 0 ? "…" : "") + window + (end < scalars.count ? "…" : "")
  }

  /// A hard-wrapped sentence as the grammar reads it: each run of white space that holds a
  /// line break becomes one space ("kr 15,6⏎mill." is "kr 15,6 mill.", 15 600 000, not 15,6
  /// with the scale left behind), with where each of its scalars came from. Nil for a
  /// sentence on one line, which is read as it is.
  struct Unwrapped {
    var text: String
    /// For each scalar of `text`, its index in the sentence as written.
    var origins: [Int]

    /// Puts a quantity found in `text` back where it stands in the sentence as written:
    /// its span, and its text exactly as written there, line breaks and all.
    func restore(_ quantity: inout Quantity, from sentence: ArraySlice<Unicode.Scalar>) {
      guard !quantity.span.isEmpty, quantity.span.upperBound <= origins.count else { return }
      let start = origins[quantity.span.lowerBound]
      let end = origins[quantity.span.upperBound - 1] + 1
      quantity.span = start..<end
      let base = sentence.startIndex
      quantity.text = String(scalars: sentence[(base + start)..<(base + end)])
    }
  }

  static func unwrapped(_ sentence: ArraySlice<Unicode.Scalar>) -> Unwrapped? {
    guard sentence.contains(where: { $0 == "\n" || $0 == "\r" }) else { return nil }
    var kept: [Unicode.Scalar] = []
    var origins: [Int] = []
    kept.reserveCapacity(sentence.count)
    origins.reserveCapacity(sentence.count)
    var index = sentence.startIndex
    while index < sentence.endIndex {
      let scalar = sentence[index]
      guard SentenceSplitter.isSpace(scalar) else {
        kept.append(scalar)
        origins.append(index - sentence.startIndex)
        index += 1
        continue
      }
      var end = index
      var breaksLine = false
      while end < sentence.endIndex, SentenceSplitter.isSpace(sentence[end]) {
        breaksLine = breaksLine || sentence[end] == "\n" || sentence[end] == "\r"
        end += 1
      }
      if breaksLine {
        switch hyphenation(before: kept, after: sentence[end...]) {
        case .joined:
          // "arbeids-⏎søkere": one word, "arbeidssøkere".
          kept.removeLast()
          origins.removeLast()
        case .hyphenated:
          // "VTA-⏎plasser": one word, "VTA-plasser".
          break
        case .none:
          kept.append(" ")
          origins.append(index - sentence.startIndex)
        }
      } else {
        for offset in index..<end {
          kept.append(sentence[offset])
          origins.append(offset - sentence.startIndex)
        }
      }
      index = end
    }
    return Unwrapped(text: String(scalars: kept[...]), origins: origins)
  }

  enum Hyphenation { case none, joined, hyphenated }

  /// What a hyphen at the end of a line does: a lower-case word broken in two is joined
  /// ("arbeids-⏎søkere"), a hyphen after a capital or digit kept ("VTA-⏎plasser"), a range
  /// kept whole ("2019–⏎2021"); before
  /// "og"/"eller" it is the first half of a pair and stays a word of its own ("helse-⏎og
  /// omsorg").
  static func hyphenation(before kept: [Unicode.Scalar], after rest: ArraySlice<Unicode.Scalar>)
    -> Hyphenation
  {
    // "2019–⏎2021", "20-⏎30 prosent": a range broken after its dash.
    if kept.count >= 2, kept[kept.count - 1] == "-" || kept[kept.count - 1] == "–",
      let next = rest.first, ("0"..."9").contains(next), ("0"..."9").contains(kept[kept.count - 2])
    {
      return .hyphenated
    }
    guard kept.count >= 2, kept[kept.count - 1] == "-", let next = rest.first,
      next.properties.isAlphabetic, kept[kept.count - 2].properties.isAlphabetic
        || kept[kept.count - 2].properties.numericType != nil
    else { return .none }
    let word = String(String.UnicodeScalarView(rest.prefix { $0.properties.isAlphabetic }))
    if ["og", "eller", "enn", "som", "til"].contains(word.lowercased()) { return .none }
    let lowerBefore = kept[kept.count - 2].properties.isLowercase
    return lowerBefore && next.properties.isLowercase ? .joined : .hyphenated
  }

  /// The sentence as one line: white space runs (line breaks included) folded to a space.
  static func folded(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var kept: [Unicode.Scalar] = []
    kept.reserveCapacity(scalars.count)
    var pendingSpace = false
    for scalar in scalars {
      if SentenceSplitter.isSpace(scalar), scalar != "\u{A0}", scalar != "\u{202F}" {
        pendingSpace = !kept.isEmpty
      } else {
        if pendingSpace { kept.append(" ") }
        pendingSpace = false
        kept.append(scalar)
      }
    }
    return String(scalars: kept[...])
  }

  /// A fact's stable id: the first 16 hex digits of SHA-256 over document, offset and text.
  package static func identifier(document: String, offset: Int, text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(document.utf8.count + text.utf8.count + 22)
    bytes += document.utf8
    bytes.append(0x1F)
    bytes += String(offset).utf8
    bytes.append(0x1F)
    bytes += text.utf8
    return SHA256.hash(data: bytes).prefix(8).hexString
  }
}

/// The sentences of a document that already gave their facts, keyed by section and text
/// (the `Transformer`'s alone, so it lives in this file).
///
/// Behaves as a `Set<String>` of the keys, which compares strings by canonical equivalence;
/// but a `String` hashes a non-ASCII text through Unicode normalisation, which cost more
/// than splitting the document into sentences. Two NFC texts are canonically equivalent
/// exactly when their bytes are equal, so while every key is surely NFC the keys are
/// compared and hashed as bytes; the first key that might not be NFC moves all of them into
/// a `Set<String>`, which decides from then on.
struct SeenSentences {
  /// A key compared and hashed by its UTF-8 bytes.
  private struct Bytes: Hashable {
    var text: String

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.text.utf8.elementsEqual(rhs.text.utf8) }

    func hash(into hasher: inout Hasher) {
      var text = text
      text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }

  private var byBytes: Set<Bytes> = []
  /// Set once a key that might not be NFC comes; then it holds every key.
  private var byStrings: Set<String>?

  /// Adds `key`; false when an equal key was added before.
  mutating func insert(_ key: String) -> Bool {
    if byStrings == nil {
      if key.isSurelyNFC { return byBytes.insert(Bytes(text: key)).inserted }
      byStrings = Set(byBytes.map(\.text))
      byBytes = []
    }
    return byStrings?.insert(key).inserted ?? true
  }
}
