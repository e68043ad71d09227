import AtsetlModel
import Testing

@testable import AtsetlTransform

/// `SeenSentences` answers as a `Set<String>` would, which compares canonically.
@Suite("Seen sentences")
struct SeenSentencesTests {
  @Test(arguments: [
    ["Kafé i 2021.", "Kafé i 2021.", "Kafe\u{301} i 2021.", "Ny kafé – 15 plasser."],
    ["Kafe\u{301} i 2021.", "Kafé i 2021.", "Kafé i 2021.", "Annen setning."],
    ["Å gå", "\u{212B} gå", "A\u{30A} gå", "Å gå"],
    ["1", "2", "1", "\u{300}", "\u{300}", "2"],
  ])
  func answersAsASetOfStrings(keys: [String]) {
    var seen = SeenSentences()
    var strings: Set<String> = []
    for key in keys {
      #expect(
        seen.insert(key) == strings.insert(key).inserted, "\(key.unicodeScalars.map(\.value))")
    }
  }

  @Test func surelyNFC() {
    #expect("Økonomi – «æøå» 15\u{A0}600 …".isSurelyNFC)
    #expect(!"e\u{301}".isSurelyNFC)
    #expect(!"\u{2000}".isSurelyNFC)  // a singleton: NFC makes it U+2002
  }
}
