import AtsetlModel
import Foundation

/// The metrics over the years: one row per metric, one column group per year.
///
/// Built by ``SeriesBuilder``; written as `series.csv` (``SeriesCSVWriter``), as the `series`
/// sheet of `facts.xlsx` and as the charts of the review page.
package struct SeriesTable: Sendable, Hashable {
  /// One metric's value in one year, and the fact it came from.
  package struct Point: Sendable, Hashable {
    package var year: Int
    package var value: Decimal?
    package var lower: Decimal?
    package var upper: Decimal?
    package var qualifier: Qualifier
    package var unit: String?
    /// The `id` of the chosen fact.
    package var factID: String
    /// The chosen fact's document.
    package var document: String

    package init(
      year: Int, value: Decimal?, lower: Decimal? = nil, upper: Decimal? = nil,
      qualifier: Qualifier, unit: String?, factID: String, document: String
    ) {
      self.year = year
      self.value = value
      self.lower = lower
      self.upper = upper
      self.qualifier = qualifier
      self.unit = unit
      self.factID = factID
      self.document = document
    }
  }

  /// Two or more facts for the same metric and year that disagree.
  package struct Conflict: Sendable, Hashable {
    package var year: Int
    /// The distinct readings, chosen one first: "400 (slightly_above)".
    package var readings: [String]

    package init(year: Int, readings: [String]) {
      self.year = year
      self.readings = readings
    }
  }

  /// One metric and its points, in year order.
  package struct Row: Sendable, Hashable {
    package var metric: Metric
    package var points: [Point]
    package var conflicts: [Conflict]

    package init(metric: Metric, points: [Point], conflicts: [Conflict]) {
      self.metric = metric
      self.points = points
      self.conflicts = conflicts
    }

    /// The point for `year`, if the metric has one.
    package func point(in year: Int) -> Point? {
      points.first { $0.year == year }
    }
  }

  /// Every year that any metric has a value for, ascending: the column groups.
  package var years: [Int]
  /// One row per metric, in config order (also metrics without any value).
  package var rows: [Row]

  package init(years: [Int], rows: [Row]) {
    self.years = years
    self.rows = rows
  }

  /// The columns: metric, title, kind, unit, then `YEAR`, `YEAR_qualifier` and `YEAR_fact`
  /// for each year, then conflicts.
  package var header: [String] {
    ["metric", "title", "kind", "unit"]
      + years.flatMap { ["\($0)", "\($0)_qualifier", "\($0)_fact"] } + ["conflicts"]
  }

  /// `row`'s fields in ``header`` order; a year without a value is empty.
  package func fieldValues(of row: Row) -> [FieldValue] {
    var fields: [FieldValue] = [
      .text(row.metric.id), .text(row.metric.title), .text(row.metric.kind.rawValue),
      row.points.first?.unit.map(FieldValue.text) ?? .null,
    ]
    for year in years {
      if let point = row.point(in: year) {
        fields += [
          point.value.map(FieldValue.decimal) ?? .null, .text(point.qualifier.rawValue),
          .text(point.factID),
        ]
      } else {
        fields += [.null, .null, .null]
      }
    }
    let conflicts = row.conflicts.map { "\($0.year): \($0.readings.joined(separator: " / "))" }
    fields.append(conflicts.isEmpty ? .null : .text(conflicts.joined(separator: "; ")))
    return fields
  }
}
