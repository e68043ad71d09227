import AtsetlLoad
import AtsetlModel
import Testing

@Test(arguments: [
  ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
  ("two\nlines", "\"two\nlines\""), ("cr\rhere", "\"cr\rhere\""), ("a;b", "a;b"),
  ("", ""), ("æøå Økonomi", "æøå Økonomi"),
])
func rfc4180QuotesOnlyWhenNeeded(text: String, expected: String) {
  #expect(CSVDialect.rfc4180.encode(.text(text)) == expected)
}

@Test func excelNorwegianQuotesSemicolonNotComma() {
  #expect(CSVDialect.excelNorwegian.encode(.text("a;b")) == "\"a;b\"")
  #expect(CSVDialect.excelNorwegian.encode(.text("kr 15,6 mill.")) == "kr 15,6 mill.")
}

@Test func quoteFollowedByCombiningMarkIsStillDoubled() {
  // `"` + U+0301 is one Character; the escaping must work on scalars.
  #expect(CSVDialect.rfc4180.encode(.text("a\"\u{301}b")) == "\"a\"\"\u{301}b\"")
}

@Test(arguments: [
  ("=SUM(A1)", "'=SUM(A1)"), ("+4790000000", "'+4790000000"), ("-x", "'-x"), ("@x", "'@x"),
  ("\tTab", "'\tTab"), ("\rCR", "\"'\rCR\""), ("\r\nCRLF", "\"'\r\nCRLF\""),
  ("＝1+1", "'＝1+1"), ("a=b", "a=b"), ("x-1", "x-1"),
])
func formulaInjectionIsNeutralised(text: String, expected: String) {
  #expect(CSVDialect.rfc4180.encode(.text(text)) == expected)
}

@Test(arguments: [CSVDialect.rfc4180, .excelNorwegian])
func numbersAreNeverGuarded(dialect: CSVDialect) {
  let comma = dialect.decimalSeparator
  #expect(dialect.encode(.decimal(decimal("-0.4"))) == "-0\(comma)4")
  #expect(dialect.encode(.integer(-12)) == "-12")
  #expect(dialect.encode(.decimal(decimal("15.6e6"))) == "15600000")
  #expect(dialect.encode(.null) == "")
}

@Test(arguments: [
  "8.16", "5.5.15", "1103", "0301", "01.05", "2017-01-01", "2017-05", "12:30", "12 %",
  "kr 400", "2e5", "(5)", "mai 2017", "1. januar 2017", "SANN", "99,1", " 42 ",
  "12345678901234567890",
])
func excelNorwegianKeepsIdentifiersText(text: String) {
  #expect(CSVDialect.excelNorwegian.encode(.text(text)) == CSVDialect.textMarker + text)
  #expect(!CSVDialect.rfc4180.encode(.text(text)).contains(CSVDialect.textMarker))
}

@Test(arguments: [
  "Arbeidstreningssenteret", "400 personer", "kr 15,6 mill.", "previous_year", "NOK", "%",
  "e", "", "vta-plasser", "3f9a0c1d", "8.16 Arbeidstreningssenteret",
])
func ordinaryTextIsNotMarked(text: String) {
  #expect(CSVDialect.excelNorwegian.encode(.text(text)) == text)
}

@Test func formulaGuardWinsOverIdentifierGuard() {
  #expect(CSVDialect.excelNorwegian.encode(.text("-5")) == "'-5")
  #expect(CSVDialect.excelNorwegian.encode(.text("+47 1103")) == "'+47 1103")
}

@Test func rowUsesSeparatorAndLineEnding() {
  let fields: [FieldValue] = [.text("8.16"), .decimal(decimal("99.1")), .null, .integer(2021)]
  #expect(CSVDialect.rfc4180.row(fields) == "8.16,99.1,,2021\n")
  #expect(CSVDialect.excelNorwegian.row(fields) == "\u{2060}8.16;99,1;;2021\r\n")
}

@Test func dialectsByName() {
  #expect(CSVDialect(name: "rfc4180") == .rfc4180)
  #expect(CSVDialect(name: "excel-nb") == .excelNorwegian)
  #expect(CSVDialect(name: "excel") == nil)
}

/// The fast paths (no escape needed, no digit) give what the full rules give.
@Test(arguments: [
  ("personer", "\"personer\""), ("Økonomi og æøå – 15,6 mill.", "\"Økonomi og æøå – 15,6 mill.\""),
  ("sa \"hei\"", "\"sa \\\"hei\\\"\""), ("a\\b", "\"a\\\\b\""), ("to\nlinjer", "\"to\\nlinjer\""),
  ("\u{01}", "\"\\u0001\""),
])
func jsonStrings(text: String, expected: String) {
  #expect(JSONText.string(text) == expected)
}

@Test(arguments: [
  ("personer", "personer"), ("Økonomi – æøå", "Økonomi – æøå"), ("a_x0041_b", "a_x005F_x0041_b"),
  ("<&>\"", "&lt;&amp;&gt;&quot;"), ("a\tb", "a&#9;b"), ("x\u{FFFE}y", "xy"),
])
func spreadsheetEscapes(text: String, expected: String) {
  #expect(SpreadsheetML.escaped(text) == expected)
}

@Test(arguments: [
  ("SANN", true), (" sann ", true), ("\u{A0}Usann\u{A0}", true), ("TRUE", true), ("personer", false),
  ("sannsynlig", false), ("nb", false), ("\u{A0} False", true), ("tre", false), ("år", false), ("8.16", true), ("mai", false), ("MAI 2017", true),
  ("12\u{A0}%", true), ("kr 450 000", true), ("(5)", true), ("Å 12", false), ("12 år", false),
  ("sann 1", false), ("2e5", true), ("12:30", true), ("12\u{2009}000", false),
])
func spreadsheetValues(text: String, looksLikeValue: Bool) {
  #expect(CSVDialect.excelNorwegian.guarded(text).hasPrefix(CSVDialect.textMarker) == looksLikeValue)
}

/// A text field is encoded in one pass; it must equal guarding, then quoting, the text.
@Test(arguments: [CSVDialect.rfc4180, CSVDialect.excelNorwegian])
func textFieldsEncodeAsGuardedThenQuoted(dialect: CSVDialect) {
  let pieces = [
    "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{FF21}",
    "\"", ",", ";", " ", "\u{A0}", "8.16", "2021", "15,6", "kr", "mai", "SANN", "personer", "ø",
    "\u{2060}", "'", "😀", "",
  ]
  var generator = SystemRandomNumberGenerator()
  for _ in 0..<3000 {
    let text = (0..<Int.random(in: 1...4, using: &generator))
      .map { _ in pieces.randomElement(using: &generator)! }.joined()
    #expect(dialect.encode(.text(text)) == dialect.quoted(dialect.guarded(text)), "\(text.debugDescription)")
  }
}
