extension String {
  /// True when NFC cannot change this text: every scalar is below U+0300 (Latin letters with
  /// their precomposed accents, æ ø å, no combining marks) or in a block of symbols that
  /// neither decompose nor combine with a neighbour: general punctuation (dashes, quotes,
  /// spaces U+2002–U+206F), currency signs (€), arrows (the site's "⇡ Til toppen") and
  /// geometric shapes (▪ ● ◦ bullets). Other texts must be normalised to be sure.
  ///
  /// Reads the UTF-8 bytes: a scalar below U+0300 is ASCII or has a lead byte below 0xCC,
  /// and the symbol blocks are three bytes long.
  package var isSurelyNFC: Bool {
    var text = self
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        switch lead {
        case 0..<0x80:
          index += 1
        case 0xC0..<0xCC:
          index += 2
        case 0xE0..<0xF0 where index + 2 < bytes.count:
          let scalar =
            UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F)
          switch scalar {
          case 0x2002...0x206F, 0x20A0...0x20C0, 0x2190...0x21FF, 0x25A0...0x25FF: index += 3
          default: return false
          }
        default:
          return false
        }
      }
      return true
    }
  }
}
