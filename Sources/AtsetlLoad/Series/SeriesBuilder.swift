import AtsetlModel
import Foundation

/// Collects the values of each ``Metric`` from a stream of facts, year by year.
///
/// A fact's year is its `period` (the year the sentence says the figure belongs to), else
/// its report year. When several facts match a metric in one year, the one from that year's
/// own report wins over a later report looking back ("mot 270 i 2016"), then the first in
/// (document, offset) order. Facts that disagree with the chosen one (another value or
/// qualifier) are kept as a ``SeriesTable/Conflict``, so an analyst sees that the reports do
/// not agree instead of getting one of the numbers silently.
///
/// ```swift
/// var builder = SeriesBuilder(metrics: config.metrics)
/// for fact in facts { builder.add(fact) }   // in (document, offset) order
/// let table = builder.table
/// ```
package struct SeriesBuilder: Sendable {
  private struct Candidate: Sendable {
    var point: SeriesTable.Point
    var fromOwnReport: Bool
    var reading: String
  }

  private struct Slot: Sendable {
    var chosen: Candidate
    var readings: [String]
  }

  /// The metrics, in config order.
  package let metrics: [Metric]
  private var slots: [[Int: Slot]]
  private var phrases = SentencePhrases()

  package init(metrics: [Metric]) {
    self.metrics = metrics
    slots = Array(repeating: [:], count: metrics.count)
  }

  /// Offers one fact to every metric; call in (document, offset) order.
  package mutating func add(_ fact: Fact) {
    guard !metrics.isEmpty else { return }
    let before = phrases.locate(fact).before
    guard let year = Self.year(of: fact) else { return }
    for (index, metric) in metrics.enumerated() where metric.matches(fact, before: before) {
      let candidate = Candidate(
        point: .init(
          year: year, value: fact.value, lower: fact.lower, upper: fact.upper,
          qualifier: fact.qualifier, unit: fact.unit, factID: fact.id, document: fact.document),
        fromOwnReport: fact.reportYear == year, reading: Self.reading(fact))
      guard var slot = slots[index][year] else {
        slots[index][year] = Slot(chosen: candidate, readings: [candidate.reading])
        continue
      }
      if candidate.fromOwnReport && !slot.chosen.fromOwnReport {
        slot.chosen = candidate
        slot.readings.removeAll { $0 == candidate.reading }
        slot.readings.insert(candidate.reading, at: 0)
      } else if !slot.readings.contains(candidate.reading) {
        slot.readings.append(candidate.reading)
      }
      slots[index][year] = slot
    }
  }

  /// The table of everything added so far.
  package var table: SeriesTable {
    let years = Set(slots.flatMap(\.keys)).sorted()
    let rows = zip(metrics, slots).map { metric, byYear in
      SeriesTable.Row(
        metric: metric,
        points: byYear.keys.sorted().map { byYear[$0]!.chosen.point },
        conflicts: byYear.keys.sorted().compactMap { year in
          let readings = byYear[year]!.readings
          return readings.count > 1 ? SeriesTable.Conflict(year: year, readings: readings) : nil
        })
    }
    return SeriesTable(years: years, rows: rows)
  }

  /// The year a fact's figure belongs to: its period when that is a year, else its report year.
  static func year(of fact: Fact) -> Int? {
    if let period = fact.period { return Int(period) }
    return fact.reportYear
  }

  /// What is compared between facts of one year: value (or bounds) and qualifier.
  static func reading(_ fact: Fact) -> String {
    let number: String
    if let value = fact.value {
      number = "\(value)"
    } else {
      number = "\(fact.lower.map { "\($0)" } ?? "")–\(fact.upper.map { "\($0)" } ?? "")"
    }
    return fact.qualifier == .exact ? number : "\(number) (\(fact.qualifier.rawValue))"
  }
}
