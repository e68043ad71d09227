import AtsetlModel
import Foundation

/// An inline SVG line chart of one metric over the years, for the review page.
///
/// The x axis has every year from the metric's first to its last, so a missing year shows as
/// a gap in the line; the y axis starts at zero (or below, for negative values) so that the
/// heights compare honestly. Each point is a link to its fact; a point whose value is not
/// exact (vel, nær, cirka …) is drawn hollow and labelled with the Norwegian qualifier word.
struct SeriesChart {
  static let width = 560.0
  static let height = 230.0
  static let left = 64.0
  static let right = 24.0
  static let top = 28.0
  static let bottom = 34.0

  /// The row to draw.
  let row: SeriesTable.Row

  /// The `<svg>` element, or a short note when the metric has no value.
  var svg: String {
    let points = row.points.filter { $0.value != nil }
    guard let first = points.first, let last = points.last else {
      return "<p class=\"empty\">Ingen verdier funnet for denne serien.</p>"
    }
    let years = Array(first.year...last.year)
    let values = points.compactMap(\.value)
    let scale = Self.axis(lowest: min(0, values.min()!), highest: max(0, values.max()!))
    let plotWidth = Self.width - Self.left - Self.right
    let plotHeight = Self.height - Self.top - Self.bottom
    func x(_ year: Int) -> Double {
      years.count == 1
        ? Self.left + plotWidth / 2
        : Self.left + plotWidth * Double(year - first.year) / Double(years.count - 1)
    }
    func y(_ value: Decimal) -> Double {
      let fraction = (value - scale.lowest) / (scale.highest - scale.lowest)
      return Self.top + plotHeight * (1 - NSDecimalNumber(decimal: fraction).doubleValue)
    }
    let title = HTMLText.escaped(row.metric.title)
    var svg = """
      <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Self.format(Self.width)) \(Self.format(Self.height))" role="img" aria-label="\(title)">
      """
    // Grid lines and y labels.
    for tick in scale.ticks {
      let position = Self.format(y(tick))
      svg += "<line class=\"grid\" x1=\"\(Self.format(Self.left))\" x2=\"\(Self.format(Self.width - Self.right))\" y1=\"\(position)\" y2=\"\(position)\"/>"
      svg += "<text class=\"tick\" x=\"\(Self.format(Self.left - 8))\" y=\"\(position)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escaped(NorwegianNumber.text(tick)))</text>"
    }
    // Year labels.
    let step = max(1, years.count / 8)
    for (index, year) in years.enumerated() where index % step == 0 || year == last.year {
      svg += "<text class=\"year\" x=\"\(Self.format(x(year)))\" y=\"\(Self.format(Self.height - 10))\" text-anchor=\"middle\">\(year)</text>"
    }
    // The line, broken where a year has no value.
    var segment: [String] = []
    func flush() {
      if segment.count > 1 { svg += "<polyline class=\"line\" points=\"\(segment.joined(separator: " "))\"/>" }
      segment.removeAll()
    }
    for year in years {
      if let point = points.first(where: { $0.year == year }), let value = point.value {
        segment.append("\(Self.format(x(year))),\(Self.format(y(value)))")
      } else {
        flush()
      }
    }
    flush()
    // Years without a value: a dashed line from the point before the gap to the one after.
    for (before, after) in zip(points, points.dropFirst()) where after.year - before.year > 1 {
      guard let from = before.value, let to = after.value else { continue }
      svg += "<line class=\"gap\" x1=\"\(Self.format(x(before.year)))\" y1=\"\(Self.format(y(from)))\" x2=\"\(Self.format(x(after.year)))\" y2=\"\(Self.format(y(to)))\"/>"
    }
    // Points with their labels, each a link to its fact.
    for (index, point) in points.enumerated() {
      guard let value = point.value else { continue }
      let label = Self.label(value, qualifier: point.qualifier, kind: row.metric.kind)
      let hollow = point.qualifier == .exact ? "" : " hollow"
      // The first label runs right from its point and the last one left, so neither is cut
      // off by the chart's edge nor covers the y axis.
      let anchor =
        points.count == 1 ? "middle" : index == 0 ? "start" : index == points.count - 1 ? "end" : "middle"
      let shift = anchor == "start" ? -6.0 : anchor == "end" ? 6.0 : 0
      svg += "<a href=\"#f-\(HTMLText.escaped(point.factID))\">"
      svg += "<title>\(point.year): \(HTMLText.escaped(label)) (\(point.qualifier.rawValue))</title>"
      svg += "<circle class=\"point\(hollow)\" cx=\"\(Self.format(x(point.year)))\" cy=\"\(Self.format(y(value)))\" r=\"5\"/>"
      svg += "<text class=\"label\" x=\"\(Self.format(x(point.year) + shift))\" y=\"\(Self.format(y(value) - 11))\" text-anchor=\"\(anchor)\">\(HTMLText.escaped(label))</text>"
      svg += "</a>"
    }
    return svg + "</svg>"
  }

  /// A point's label as a report would write it: "vel 400", "kr 15,6 mill.", "99,1 %".
  static func label(_ value: Decimal, qualifier: Qualifier, kind: QuantityKind) -> String {
    var text = NorwegianNumber.text(value)
    switch kind {
    case .money: text = "kr\u{00A0}" + text
    case .percent: text += "\u{00A0}%"
    case .percentagePoints: text += "\u{00A0}pp"
    default: break
    }
    return (word(for: qualifier).map { $0 + " " } ?? "") + text
  }

  /// The Norwegian word a report would put before a value with `qualifier`, `nil` for exact.
  static func word(for qualifier: Qualifier) -> String? {
    switch qualifier {
    case .exact, .range: nil
    case .approximately: "ca."
    case .slightlyAbove: "vel"
    case .slightlyBelow: "nær"
    case .above: "over"
    case .below: "under"
    case .atLeast: "minst"
    case .atMost: "maks"
    }
  }

  /// A y axis from `lowest` to `highest` with round ticks (1, 2 or 5 times a power of ten).
  static func axis(lowest: Decimal, highest: Decimal) -> (lowest: Decimal, highest: Decimal, ticks: [Decimal]) {
    let span = NSDecimalNumber(decimal: highest - lowest).doubleValue
    guard span > 0 else { return (lowest - 1, highest + 1, [lowest]) }
    let rough = span / 4
    let power = pow(10, floor(log10(rough)))
    let step = [1.0, 2.0, 5.0, 10.0].map { $0 * power }.first { $0 >= rough } ?? 10 * power
    let stepDecimal = Decimal(string: String(format: "%.10g", step)) ?? Decimal(step)
    let low = Decimal(floor(NSDecimalNumber(decimal: lowest).doubleValue / step)) * stepDecimal
    var ticks: [Decimal] = []
    var tick = low
    while tick < highest + stepDecimal / 2 {
      ticks.append(tick)
      tick += stepDecimal
    }
    // Headroom above the highest point for its label.
    let high = ticks.last! >= highest * Decimal(1.08) ? ticks.last! : ticks.last! + stepDecimal
    if high > ticks.last! { ticks.append(high) }
    return (low, high, ticks)
  }

  /// A coordinate with at most one decimal, "." separated (SVG syntax).
  static func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
