import AtsetlModel

/// A figure analysts follow from year to year (an element of `metrics` in `pipeline.json`),
/// and the rule that picks its facts.
///
/// Every condition that is given must hold; a list holds when any of its words does. Words
/// are compared case-insensitively as substrings, except `units`, which must equal the
/// fact's unit. By default only levels count, not changes: "en nedgang på vel 100 personer"
/// is not a number of participants.
///
/// ```swift
/// let participants = Metric(
///   id: "ats-deltakere", title: "Deltakere ved arbeidstreningssenteret", kind: .count,
///   section: ["arbeidstrening"], units: ["personer", "personar"], keywords: ["tilbud", "tilbod"])
/// participants.matches(fact, before: "har i 2021 gitt tilbud til ")
/// ```
package struct Metric: Sendable, Hashable {
  /// Which changes a metric takes.
  package enum ChangeFilter: String, Sendable, Hashable, CaseIterable {
    /// Levels only: facts without a change (the default).
    case none
    /// Only increases ("en økning på 5 prosent").
    case increase
    /// Only decreases ("en nedgang på vel 100 personer").
    case decrease
    /// Levels and changes alike.
    case any

    func admits(_ change: Change?) -> Bool {
      switch self {
      case .none: change == nil
      case .increase: change == .increase
      case .decrease: change == .decrease
      case .any: true
      }
    }
  }

  /// Short stable name: the row key of `series.csv`.
  package var id: String
  /// What an analyst calls it; the chart title. Defaults to `id`.
  package var title: String
  /// The kind of fact (count, money, percent, …).
  package var kind: QuantityKind
  /// Words of the section title or the heading above the sentence.
  package var section: [String]
  /// The fact's unit, one of these (lower-case counted noun, or NOK, %, pp, …).
  package var units: [String]
  /// Words of the sentence.
  package var keywords: [String]
  /// Words of the text just before the phrase, back to the previous phrase of the sentence:
  /// "budsjettramme" picks 12,7 mill. from "mindreforbruk på kr 0,03 mill. av en
  /// budsjettramme på kr 12,7 mill.".
  package var precededBy: [String]
  /// Words of a table cell's row label.
  package var row: [String]
  /// Words of a table cell's column header.
  package var column: [String]
  /// Which changes count.
  package var change: ChangeFilter

  /// A metric; conditions left empty do not restrict.
  package init(
    id: String, title: String? = nil, kind: QuantityKind, section: [String] = [],
    units: [String] = [], keywords: [String] = [], precededBy: [String] = [], row: [String] = [],
    column: [String] = [], change: ChangeFilter = .none
  ) {
    self.id = id
    self.title = title ?? id
    self.kind = kind
    self.section = section
    self.units = units
    self.keywords = keywords
    self.precededBy = precededBy
    self.row = row
    self.column = column
    self.change = change
  }

  /// Whether `fact` is a value of this metric; `before` is the sentence text between the
  /// previous phrase (or the sentence start) and this one (``SentencePhrases``).
  package func matches(_ fact: Fact, before: Substring) -> Bool {
    guard fact.kind == kind, change.admits(fact.change) else { return false }
    if !units.isEmpty {
      guard let unit = fact.unit?.lowercased(), units.contains(where: { $0.lowercased() == unit })
      else { return false }
    }
    return Self.contains(section, in: fact.sectionTitle, fact.heading)
      && Self.contains(keywords, in: fact.sentence)
      && Self.contains(precededBy, in: String(before))
      && Self.contains(row, in: fact.row)
      && Self.contains(column, in: fact.column)
  }

  /// True when `words` is empty or one of them occurs in one of `texts`, ignoring case.
  private static func contains(_ words: [String], in texts: String?...) -> Bool {
    guard !words.isEmpty else { return true }
    let haystacks = texts.compactMap { $0?.lowercased() }
    return words.contains { word in
      let needle = word.lowercased()
      return haystacks.contains { $0.contains(needle) }
    }
  }
}
