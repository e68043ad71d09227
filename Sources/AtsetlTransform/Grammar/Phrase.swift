import AtsetlModel
import Foundation

/// A quantity while it is being read: the token range it covers plus its fields.
///
/// Every field is a plain value (no `String`), so phrases copy as bytes; the texts are
/// made once, when `NumberScanner` turns the phrase into a `Quantity`.
struct Phrase {
  /// First token of the phrase's text (qualifier, currency or leader words included).
  var first: Int
  /// One past the last token of the phrase's text.
  var end: Int
  /// The token where the number itself starts (after qualifier and currency).
  var numberStart: Int
  var kind: QuantityKind
  var value: Decimal?
  var lower: Decimal?
  var upper: Decimal?
  var qualifier: Qualifier = .exact
  var unit: Unit?
  var iso: IsoDate?
  var change: Change?
  var comparedTo: Comparison?
  var period: Period?
  /// -1 when the phrase is about the year before its sentence's year or the report year
  /// ("mot 250 året før"); resolved against the sentence's year here, else the report year.
  var periodOffset = 0
  /// The calendar year a year or date phrase names, for period and comparison rules.
  var year: Int?

  /// Fills `lower` and `upper` from the qualifier for a single value.
  mutating func applyBounds() {
    guard !qualifier.isRange, let value else { return }
    (lower, upper) = qualifier.bounds(of: value)
  }

  /// What a phrase measures.
  enum Unit: Equatable {
    case percent
    case percentagePoints
    case kroner
    case time(TimeUnit)
    /// The counted noun: the token at this index, lower-case ("personer").
    case noun(token: Int)
  }

  /// A calendar year, or the rare other number a year range ends on.
  enum Period: Hashable {
    case year(Int)
    /// A value that is not a whole number within `Int` ("fra 2019 til 2021,5").
    case other(Decimal)

    /// The period of a year range's bound: a whole year when its text reads as one.
    init(_ value: Decimal) {
      if let year = Int(value.description) {
        self = .year(year)
      } else {
        self = .other(value)
      }
    }

    /// The whole year, if the period is one.
    var year: Int? {
      if case .year(let year) = self { year } else { nil }
    }

    var text: String {
      switch self {
      case .year(let year):
        Self.yearTexts.indices.contains(year - 1800) ? Self.yearTexts[year - 1800] : String(year)
      case .other(let value): value.description
      }
    }

    /// "1800" … "2099", made once: nearly every period is one of them.
    private static let yearTexts = (1800...2099).map { String($0) }
  }

  /// What a change or comparison is measured against.
  enum Comparison: Equatable {
    case previousYear
    case period(Period)

    var text: String {
      switch self {
      case .previousYear: "previous_year"
      case .period(let period): period.text
      }
    }
  }

  /// A date as its ISO 8601 parts: "2017-01-01", "2017-05", "--05-17"; a range of days in
  /// one month when `lastDay` is set ("2021-03-03/2021-03-05").
  struct IsoDate {
    // Small fields keep the phrase small (it is copied as bytes); years are 1800–2099.
    private let storedYear: Int16?
    private let monthNumber: UInt8
    private let day: UInt8?
    private let lastDayNumber: UInt8?

    init(year: Int?, month: Int, day: Int? = nil, lastDay: Int? = nil) {
      storedYear = year.map { Int16(truncatingIfNeeded: $0) }
      monthNumber = UInt8(truncatingIfNeeded: month)
      self.day = day.map { UInt8(truncatingIfNeeded: $0) }
      lastDayNumber = lastDay.map { UInt8(truncatingIfNeeded: $0) }
    }

    var year: Int? { storedYear.map(Int.init) }
    /// The month, 1–12.
    var month: Int { Int(monthNumber) }
    /// The last day of a range of days, if the date is one.
    var lastDay: Int? { lastDayNumber.map(Int.init) }

    var text: String {
      let first = Self.text(year: year, month: month, day: day.map(Int.init))
      guard let lastDay else { return first }
      return first + "/" + Self.text(year: year, month: month, day: lastDay)
    }

    private static func text(year: Int?, month: Int, day: Int?) -> String {
      let monthText = month < 10 ? "0\(month)" : "\(month)"
      let dayText = day.map { $0 < 10 ? "0\($0)" : "\($0)" }
      switch (year, dayText) {
      case (let year?, let day?): return "\(year)-\(monthText)-\(day)"
      case (let year?, nil): return "\(year)-\(monthText)"
      case (nil, let day?): return "--\(monthText)-\(day)"
      case (nil, nil): return "--\(monthText)"
      }
    }
  }
}

/// The unit a duration is measured in, as facts write it.
enum TimeUnit: String {
  case year, month, week, day, hour, minute
}

extension QuantityKind {
  /// True when this is the kind `other`: `phrase.kind.is(.year)`.
  ///
  /// The rules compare kinds on every phrase, and `==` on this enum of another module is a
  /// generic call through `Equatable` (its raw values are strings); a `switch` reads the case.
  @inline(__always)
  func `is`(_ other: QuantityKind) -> Bool {
    caseNumber == other.caseNumber
  }

  @inline(__always)
  private var caseNumber: Int {
    switch self {
    case .count: 0
    case .percent: 1
    case .percentagePoints: 2
    case .money: 3
    case .fraction: 4
    case .year: 5
    case .date: 6
    case .duration: 7
    case .ordinal: 8
    case .number: 9
    }
  }
}

extension Qualifier {
  /// True for `.range` ("mellom 200 og 300"), by case, as `QuantityKind.is(_:)` explains.
  @inline(__always)
  var isRange: Bool {
    if case .range = self { true } else { false }
  }
}
