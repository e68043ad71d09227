import AtsetlModel
import Foundation
import Testing

@testable import AtsetlExtract

/// Marker words looked up by their packed form count as the `String` look-up counted them.
@Suite("Language detection")
struct LanguageDetectorTests {
  @Test func everyMarkerWordPacks() {
    let markers = LanguageDetector.nynorsk.union(LanguageDetector.bokmal)
    #expect(LanguageDetector.markers.count == markers.count)
    #expect(
      LanguageDetector.PackedWord(lowercasing: Array("IKKJE".unicodeScalars))
        == LanguageDetector.PackedWord(lowercasing: Array("ikkje".unicodeScalars)))
    #expect(
      LanguageDetector.PackedWord(lowercasing: Array("FRÅ".unicodeScalars))
        == LanguageDetector.PackedWord(lowercasing: Array("frå".unicodeScalars)))
  }

  /// A word outside Latin-1 is still lower-cased as `String.lowercased()` does: the Kelvin
  /// sign gives "kva", a Nynorsk marker.

  @Test func wordsOutsideLatin1AreLowerCasedByTheStandardLibrary() {
    #expect(LanguageDetector.detect(["\u{212A}va ikkje"]) == .nn)
    #expect(LanguageDetector.detect(["Kva ikkje"]) == .nn)
    #expect(LanguageDetector.detect(["Kva ikke"]) == .nb)
  }
}
