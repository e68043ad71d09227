/// A calendar date as a spreadsheet stores it: a serial day number shown with a date format.
///
/// Excel (and LibreOffice, in its default 1899-12-30 epoch) count days so that 1900-01-01 is
/// `1` and 2017-01-01 is `42736`. Excel pretends that 1900 was a leap year (29 February 1900
/// is serial `60`), so dates before 1900-03-01 are one lower than the plain day count; this
/// type reproduces that. Only years 1900...9999 exist in the 1900 date system.
///
/// ```swift
/// XLSXDate(iso: "2017-01-01")?.serial  // 42736
/// XLSXDate(iso: "2017-05")             // nil: not a full date; write it as text
/// ```
package struct XLSXDate: Sendable, Hashable {
  /// The year, 1900...9999.
  package let year: Int
  /// The month, 1...12.
  package let month: Int
  /// The day of the month, valid for `year` and `month`.
  package let day: Int

  /// A date, or `nil` when the components are not a real day in 1900...9999.
  package init?(year: Int, month: Int, day: Int) {
    guard (1900...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Reads a full ISO 8601 calendar date, exactly `yyyy-mm-dd`; anything else gives `nil`.
  ///
  /// Partial or recurring forms a fact's `iso` may hold (`2017-05`, `--01-01`) are not dates a
  /// cell can show, so they return `nil` and stay text.
  package init?(iso: String) {
    let bytes = Array(iso.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var result = 0
      for byte in bytes[range] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
        result = result * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return result
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// The spreadsheet serial day number (1900 date system, with Excel's 1900 leap-day quirk).
  package var serial: Int {
    let days =
      Self.daysSinceEpoch(year: year, month: month, day: day)
      - Self.daysSinceEpoch(year: 1899, month: 12, day: 30)
    // Before 1900-03-01 (plain count 61) Excel's phantom 29 February 1900 is not yet counted.
    return days < 61 ? days - 1 : days
  }

  /// The date as `yyyy-mm-dd`.
  package var iso: String {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  private static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
