/// The lower-case spelling of one token, packed into three integers.
///
/// Comparing two words or looking one up in a `WordTable` costs a few integer operations and
/// allocates nothing, which is what lets the scanner read every token of every sentence.
/// Spellings of up to `capacity` UTF-8 bytes are exact; a longer spelling keeps its first
/// `capacity` bytes and is marked long, so it equals no word of the lexicon (every lexicon
/// word is shorter) and its full text must be read from the sentence.
///
/// ```swift
/// let word: Word = "prosent"
/// word == Word(utf8: Array("prosent".utf8))  // true
/// word.hasSuffix("sent")                     // true
/// ```
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  /// The bytes of an exact spelling.
  static let capacity = 23

  /// Bytes 0–7, 8–15 and 16–23, little-endian; unused bytes are zero. Byte 23 is `0xFF`
  /// (never a UTF-8 byte) when the spelling is longer than `capacity`.
  private var low: UInt64 = 0
  private var middle: UInt64 = 0
  private var high: UInt64 = 0

  /// The empty spelling.
  init() {}

  /// The word spelt by `bytes` (UTF-8, already lower-case).
  init(utf8 bytes: some Collection<UInt8>) {
    var offset = 0
    for byte in bytes {
      guard offset < Self.capacity else {
        high |= 0xFF << 56
        return
      }
      setByte(byte, at: offset)
      offset += 1
    }
  }

  /// The word spelt by `bytes` (UTF-8, already lower-case).
  init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    for (offset, byte) in bytes.enumerated() {
      guard offset < Self.capacity else {
        high |= 0xFF << 56
        return
      }
      setByte(byte, at: offset)
    }
  }

  /// The word spelt by `count` bytes of `bytes` from `start`, each ORed with `orMask`
  /// (0x20 lowers ASCII letters; 0 keeps the bytes): up to eight bytes in one load.
  @inline(__always)
  init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, orMask: UInt8) {
    if count <= 8, start + 8 <= bytes.count, let base = bytes.baseAddress {
      // Most words: one load.
      let lane = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
      self.init(low: (lane | UInt64(orMask) &* 0x0101_0101_0101_0101) & Self.keep(count))
    } else {
      self.init(slowly: bytes, from: start, count: count, orMask: orMask)
    }
  }

  private init(low: UInt64) {
    self.low = low
  }

  /// `init(_:from:count:orMask:)` for long words and the end of the sentence.
  @inline(never)
  private init(slowly bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, orMask: UInt8)
  {
    let mask = UInt64(orMask) &* 0x0101_0101_0101_0101
    low = Self.lane(bytes, from: start, count: min(count, 8)) | mask
    low &= Self.keep(min(count, 8))
    if count > 8 {
      middle =
        (Self.lane(bytes, from: start + 8, count: min(count - 8, 8)) | mask)
        & Self.keep(min(count - 8, 8))
    }
    if count > 16 {
      high =
        (Self.lane(bytes, from: start + 16, count: min(count - 16, 7)) | mask)
        & Self.keep(min(count - 16, 7))
      if count > Self.capacity { high |= 0xFF << 56 }
    }
  }

  /// Little-endian: `count` (at most 8) bytes from `start`, the rest zero.
  @inline(__always)
  private static func lane(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int)
    -> UInt64
  {
    guard let base = bytes.baseAddress, count > 0 else { return 0 }
    if start + 8 <= bytes.count {
      return UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self).littleEndian
    }
    var value: UInt64 = 0
    for offset in 0..<count { value |= UInt64(base[start + offset]) << (UInt64(offset) * 8) }
    return value
  }

  /// A mask of the low `count` bytes (at most 8).
  @inline(__always)
  private static func keep(_ count: Int) -> UInt64 {
    count >= 8 ? ~0 : (1 << (UInt64(count) * 8)) &- 1
  }

  /// Appends the UTF-8 of `scalar` after the first `byteCount` bytes and advances it; past
  /// `capacity` bytes the word becomes long.
  @inline(__always)
  mutating func append(_ scalar: Unicode.Scalar, byteCount: inout Int) {
    if scalar.value < 0x80, byteCount < Self.capacity {
      setByte(UInt8(truncatingIfNeeded: scalar.value), at: byteCount)
      byteCount += 1
      return
    }
    guard let encoded = UTF8.encode(scalar) else { return }
    for byte in encoded {
      if byteCount < Self.capacity {
        setByte(byte, at: byteCount)
      } else {
        high |= 0xFF << 56
      }
      byteCount += 1
    }
  }

  /// Appends one UTF-8 byte after the first `byteCount` bytes, as `append(_:byteCount:)`.
  @inline(__always)
  mutating func append(byte: UInt8, byteCount: inout Int) {
    if byteCount < Self.capacity {
      setByte(byte, at: byteCount)
    } else {
      high |= 0xFF << 56
    }
    byteCount += 1
  }

  /// Appends `count` bytes of `bytes` from `start`, each ORed with `orMask`, as
  /// `append(byte:byteCount:)` would one by one.
  @inline(__always)
  mutating func append(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, orMask: UInt8,
    byteCount: inout Int
  ) {
    for offset in start..<(start + count) {
      append(byte: bytes[offset] | orMask, byteCount: &byteCount)
    }
  }

  /// A literal is packed where it is written: inlined, the optimizer folds it to constants.
  @inline(__always)
  init(stringLiteral value: StaticString) {
    let count = value.utf8CodeUnitCount
    let bytes = value.utf8Start
    for offset in 0..<min(count, Self.capacity) { setByte(bytes[offset], at: offset) }
    if count > Self.capacity { high |= 0xFF << 56 }
  }

  /// The first two bytes (the first in the low byte), zero where the word is shorter.
  var firstTwoBytes: Int { Int(truncatingIfNeeded: low & 0xFFFF) }

  /// The last two bytes kept (the last in the low byte), zero where the word is shorter.
  var lastTwoBytes: Int {
    let count = byteCount
    guard count > 0 else { return 0 }
    let last = Int(self[count - 1])
    return count > 1 ? last | Int(self[count - 2]) << 8 : last
  }

  /// True when the spelling is longer than `capacity` bytes and only its start is kept.
  var isLong: Bool { high >> 56 == 0xFF }

  /// The number of bytes kept (the whole spelling unless `isLong`).
  var byteCount: Int {
    if isLong { return Self.capacity }
    if high != 0 { return 16 + Self.usedBytes(high) }
    if middle != 0 { return 8 + Self.usedBytes(middle) }
    return Self.usedBytes(low)
  }

  /// The byte at `offset`, which must be below `byteCount`.
  subscript(offset: Int) -> UInt8 {
    let lane = offset < 8 ? low : offset < 16 ? middle : high
    return UInt8(truncatingIfNeeded: lane >> (UInt64(offset & 7) * 8))
  }

  /// The spelling, or `nil` for a long word (read it from the sentence instead).
  var text: String? {
    isLong ? nil : keptText
  }

  var description: String { isLong ? keptText + "…" : keptText }

  private var keptText: String {
    let count = byteCount
    return String(unsafeUninitializedCapacity: count) { buffer in
      for offset in 0..<count { buffer[offset] = self[offset] }
      return count
    }
  }

  /// True when the first `count` bytes (at most 8) are those of `prefix`.
  @inline(__always)
  func hasPrefix(_ prefix: Word, count: Int) -> Bool {
    let mask: UInt64 = count >= 8 ? ~0 : (1 << (UInt64(count) * 8)) &- 1
    return low & mask == prefix.low & mask
  }

  /// True when the spelling ends with `suffix`; only meaningful when `self` is not long.
  func hasSuffix(_ suffix: Word) -> Bool {
    let count = byteCount
    let suffixCount = suffix.byteCount
    guard !suffix.isLong, suffixCount <= count else { return false }
    // From the last byte back: most words differ there.
    var offset = suffixCount
    while offset > 0 {
      offset -= 1
      guard self[count - suffixCount + offset] == suffix[offset] else { return false }
    }
    return true
  }

  /// Calls `body` with the kept bytes, without making a `String`.
  func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    // In memory, little-endian lanes hold the bytes in order.
    let lanes = (low.littleEndian, middle.littleEndian, high.littleEndian)
    let count = byteCount
    return withUnsafeBytes(of: lanes) { raw in
      body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
    }
  }

  /// True when the kept bytes hold `byte`.
  func contains(_ byte: UInt8) -> Bool {
    var offset = 0
    let count = byteCount
    while offset < count {
      if self[offset] == byte { return true }
      offset += 1
    }
    return false
  }

  /// A hash for `WordTable`: cheap, and different enough for short lower-case words.
  var tableHash: Int {
    var hash = low &* 0x9E37_79B9_7F4A_7C15
    hash = (hash ^ (hash >> 31) ^ middle) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 29) ^ high) &* 0x94D0_49BB_1331_11EB
    return Int(truncatingIfNeeded: hash ^ (hash >> 32))
  }

  /// A hash of `64 - shift` bits for the bit set in front of a `WordTable`: one
  /// multiplication, as it is computed for every word looked up.
  @inline(__always)
  func filterHash(shift: UInt64) -> Int {
    let mixed = (low ^ (middle &* 0x0000_0100_0000_01B3) ^ (high << 7)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> shift)
  }

  /// The lower case of a spelling of ASCII and Latin-1 letters as written: 0x20 set in
  /// every byte but the lead byte "C3", the "9F" of "ß" and the unused bytes. That lowers
  /// an ASCII capital and a Latin-1 capital ("C3 80"–"C3 9E" → "C3 A0"–"C3 BE") and keeps
  /// every other letter's bytes, eight bytes at a time.
  func lowercasedLatin1() -> Word {
    var word = self
    word.low = Self.lowercasedLatin1(low)
    word.middle = Self.lowercasedLatin1(middle)
    word.high = Self.lowercasedLatin1(high)
    return word
  }

  @inline(__always)
  private static func lowercasedLatin1(_ lane: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    // The high bit of each byte that is zero (exact: no sum carries into the next byte).
    func zeroBytes(_ value: UInt64) -> UInt64 {
      ~(((value & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | value | 0x7F7F_7F7F_7F7F_7F7F)
    }
    let kept = zeroBytes(lane) | zeroBytes(lane ^ (0xC3 &* ones)) | zeroBytes(lane ^ (0x9F &* ones))
    return lane | (~kept & 0x8080_8080_8080_8080) >> 2
  }

  @inline(__always)
  private mutating func setByte(_ byte: UInt8, at offset: Int) {
    let shifted = UInt64(byte) << (UInt64(offset & 7) * 8)
    if offset < 8 {
      low |= shifted
    } else if offset < 16 {
      middle |= shifted
    } else {
      high |= shifted
    }
  }

  private static func usedBytes(_ lane: UInt64) -> Int {
    (64 - lane.leadingZeroBitCount + 7) / 8
  }
}
