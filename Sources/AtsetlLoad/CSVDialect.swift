/// How a CSV file is spelled: separator, decimal mark, line ending, BOM and spreadsheet guards.
///
/// Two dialects exist (`pipeline.json` `"dialect"`):
///
/// - ``rfc4180`` (`"rfc4180"`, the default): `,` separator, `.` decimals, UTF-8 without BOM,
///   `\n` line ends. RFC 4180 §2 specifies CRLF, but every CSV reader (pandas, R, Python's
///   `csv`, LibreOffice, Excel) accepts LF, goldens stay diffable line by line and Git never
///   rewrites them; the dialect meant for Excel (below) uses CRLF.
/// - ``excelNorwegian`` (`"excel-nb"`): what Excel with Norwegian regional settings opens
///   correctly by double-click: UTF-8 BOM (else Excel reads ANSI and breaks `æøå`), `;`
///   separator (the comma is the decimal mark), decimal comma, CRLF, no `sep=` line (it would
///   hide the BOM and show up as data in other programs).
///
/// Both dialects quote a field when it holds the separator, `"`, CR or LF, doubling inner
/// quotes, and neutralise formula injection in text cells (see ``neutralisesFormulas``). The
/// Norwegian dialect also keeps identifiers as text (see ``keepsIdentifiersAsText``).
package struct CSVDialect: Sendable, Hashable {
  /// The name used in `pipeline.json`: `rfc4180` or `excel-nb`.
  package var name: String
  /// The field separator, one ASCII byte.
  package var separator: UInt8
  /// The decimal mark in numbers: `.` or `,`.
  package var decimalSeparator: String
  /// The record terminator, written after every row including the last.
  package var lineEnding: String
  /// Whether the file starts with the UTF-8 byte order mark `EF BB BF`.
  package var writesByteOrderMark: Bool
  /// Whether a text cell starting with `=`, `+`, `-`, `@`, tab or CR (or their full-width
  /// forms) gets a leading `'`, so that a spreadsheet shows it instead of running it as a formula.
  ///
  /// Numbers are never altered: `-0.4` stays a number. Only text cells are guarded.
  package var neutralisesFormulas: Bool
  /// Whether a text cell that a spreadsheet would turn into a number, date, time, percentage,
  /// currency or boolean ("8.16", "5.5.15", "0301", "01.05", "2017-01-01", "mai 2017") starts with
  /// an invisible U+2060 WORD JOINER so that it stays text, exactly as written.
  ///
  /// Excel has no formula-free way to mark a CSV cell as text: a leading `'` is shown literally
  /// when a CSV is opened, `="8.16"` is a formula (and is what the injection guard exists to
  /// stop), a leading space or tab changes the visible value. WORD JOINER is a zero-width,
  /// default-ignorable character that no spreadsheet parses as part of a number, so the cell
  /// reads "8.16" and is text. The cost: the cell's value carries one extra invisible character
  /// (`LEN` is one more; exact-match lookups against typed "8.16" fail). Use `facts.json`, the
  /// `rfc4180` CSV or the `.xlsx` output where the exact value matters.
  package var keepsIdentifiersAsText: Bool

  /// RFC 4180 with LF line ends: `,`, `.`, UTF-8 without BOM, formula guard on.
  package static let rfc4180 = CSVDialect(
    name: "rfc4180", separator: UInt8(ascii: ","), decimalSeparator: ".", lineEnding: "\n",
    writesByteOrderMark: false, neutralisesFormulas: true, keepsIdentifiersAsText: false)

  /// Norwegian Excel (`excel-nb`): BOM, `;`, decimal comma, CRLF, formula and identifier guards.
  package static let excelNorwegian = CSVDialect(
    name: "excel-nb", separator: UInt8(ascii: ";"), decimalSeparator: ",", lineEnding: "\r\n",
    writesByteOrderMark: true, neutralisesFormulas: true, keepsIdentifiersAsText: true)

  /// Every named dialect, in the order `pipeline.json` documentation lists them.
  package static let all: [CSVDialect] = [.rfc4180, .excelNorwegian]

  /// A dialect with every setting spelled out.
  package init(
    name: String, separator: UInt8, decimalSeparator: String, lineEnding: String,
    writesByteOrderMark: Bool, neutralisesFormulas: Bool, keepsIdentifiersAsText: Bool
  ) {
    self.name = name
    self.separator = separator
    self.decimalSeparator = decimalSeparator
    self.lineEnding = lineEnding
    self.writesByteOrderMark = writesByteOrderMark
    self.neutralisesFormulas = neutralisesFormulas
    self.keepsIdentifiersAsText = keepsIdentifiersAsText
  }

  /// The dialect called `name` in `pipeline.json` (`rfc4180`, `excel-nb`), or `nil`.
  package init?(name: String) {
    guard let dialect = Self.all.first(where: { $0.name == name }) else { return nil }
    self = dialect
  }
}
