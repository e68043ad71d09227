import Testing

@testable import AtsetlExtract

/// Markup text: runs of whitespace become one space, a run of only no-break spaces stays as
/// written (a digit group "7 849"), the ends are trimmed, and the result is NFC.
@Test(arguments: [
  ("  Det var\n\t 400   personer. ", "Det var 400 personer."),
  ("7\u{A0}849 kroner", "7\u{A0}849 kroner"),
  ("7\u{202F}849 og 1\u{2007}000", "7\u{202F}849 og 1\u{2007}000"),
  ("7\u{A0} 849", "7 849"),
  ("ord\u{200B}ord", "ord ord"),
  ("a\u{3000}b\u{2028}c\u{85}d", "a b c d"),
  ("\u{A0}\u{A0}kant\u{A0}", "kant"),
  ("Sk\u{61}\u{30A}r", "Skår"),
  ("æøå – 📈 50 %", "æøå – 📈 50 %"),
  ("", ""),
  (" \n\t ", ""),
])
func markupWhitespaceCollapses(text: String, expected: String) {
  #expect(Whitespace.collapse(text) == expected)
  #expect(Array(Whitespace.collapse(text).utf8) == Array(expected.utf8))
}
