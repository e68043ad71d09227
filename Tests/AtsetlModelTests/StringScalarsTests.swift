import AtsetlModel
import Testing

/// `String(scalars:)` writes UTF-8 itself: one-, two-, three- and four-byte scalars, slices
/// that do not start at zero, and the empty slice.
@Test(arguments: ["", "kr 15,6 mill.", "Økonomi – «æøå»", "7\u{A0}849 og 7\u{202F}849", "😀 U+1F600", "e\u{301}"])
func stringFromScalars(text: String) {
  let scalars = Array(text.unicodeScalars)
  #expect(String(scalars: scalars[...]) == text)
  #expect(String(scalars: scalars[...]).utf8.elementsEqual(text.utf8))
  if scalars.count > 2 {
    let slice = scalars[1..<(scalars.count - 1)]
    var expected = String.UnicodeScalarView()
    expected.append(contentsOf: slice)
    #expect(String(scalars: slice) == String(expected))
  }
}
