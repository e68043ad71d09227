import Foundation

/// Reads Norwegian numbers written as words, alone or run together.
///
/// ```swift
/// NumberWords.value(ofWord: "tjuefem")          // 25
/// NumberWords.value(ofWord: "tohundreogfemti")  // 250
/// NumberWords.value(ofWord: "femogtjue")        // 25 (old counting, written together)
/// ```
/// Words written apart ("to hundre og femti") are combined by `NumberWords.Accumulator`.
enum NumberWords {
  /// The morphemes a compound may be built from, as UTF-8, bucketed by first byte and
  /// longest first so that "tretten" is not read as "tre" + "tten".
  private static let morphemes: [[(bytes: [UInt8], value: Int)]] = {
    let all: [(String, Int)] =
      Lexicon.cardinals.entries.filter { $0.value > 0 && $0.key != "én" && $0.key != "éin" }
      .map { ($0.key, $0.value) } + [("en", 1), ("ein", 1), ("et", 1), ("og", -1)]
    var buckets = [[(bytes: [UInt8], value: Int)]](repeating: [], count: 256)
    for (text, value) in all {
      let bytes = Array(text.utf8)
      buckets[Int(bytes[0])].append((bytes, value))
    }
    return buckets.map { bucket in bucket.sorted { $0.bytes.count > $1.bytes.count } }
  }()

  /// The value of a single word ("fem", "tjuefem", "totusen"), or `nil`.
  ///
  /// Articles ("en", "ei", "et") on their own are not numbers and give `nil`.
  static func value(ofWord word: String) -> Int? {
    if let value = Lexicon.cardinals[text: word] { return value }
    var word = word
    return word.withUTF8 { bytes -> Int? in
      guard bytes.count >= 5, let parts = split(bytes, from: 0) else { return nil }
      return combine(parts)
    }
  }

  /// The value of a compound ("tjuefem"), for a word that is not itself a cardinal: what
  /// `value(ofWord:)` gives once the lookup in `Lexicon.cardinals` has failed.
  static func value(ofCompound word: Word) -> Int? {
    word.withUTF8 { bytes -> Int? in
      guard bytes.count >= 5, mayEndCompound(bytes[bytes.count - 1]),
        let parts = split(bytes, from: 0)
      else { return nil }
      return combine(parts)
    }
  }

  /// False when no number compound can end with `byte`: a compound ends with a morpheme
  /// other than "og" (`combine` rejects a trailing "og"), so with one of their last bytes.
  /// This rejects most words that only begin like a number ("tilbud", "etter", "også").
  static func mayEndCompound(_ byte: UInt8) -> Bool {
    compoundEnds[Int(byte) >> 6] & (1 << UInt64(byte & 63)) != 0
  }

  /// The last two bytes of every compound that spells a number (those of its last morpheme,
  /// which is not "og") or is a duration adjective (those of its suffix): the tokenizer looks
  /// no further at a word that ends otherwise ("tilbud", "etter").
  static let compoundTails = WordTailFilter(
    morphemes.joined().filter { $0.value >= 0 }.map { Word(utf8: $0.bytes) }
      + Lexicon.durationSuffixes.map { Word(utf8: $0.suffix.utf8) })

  /// The last bytes of the morphemes other than "og", as a 256-bit set.
  private static let compoundEnds: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 4)
    for bucket in morphemes {
      for morpheme in bucket where morpheme.value >= 0 {
        guard let last = morpheme.bytes.last else { continue }
        bits[Int(last) >> 6] |= 1 << UInt64(last & 63)
      }
    }
    return bits
  }()

  /// True when `word` could be a compound of number morphemes from its first byte on:
  /// a cheap test that rejects nearly every ordinary word.
  /// `word` is `byteCount` bytes long.
  static func startsWithMorpheme(_ word: Word, byteCount: Int) -> Bool {
    guard byteCount > 0 else { return false }
    for morpheme in morphemePrefixes[morphemeBuckets[Int(word[0])]]
    where morpheme.count <= byteCount && word.hasPrefix(morpheme.prefix, count: morpheme.count) {
      return true
    }
    return false
  }

  /// `morphemes` flattened, for `startsWithMorpheme`: each as a packed prefix.
  private static let morphemePrefixes: [(prefix: Word, count: Int)] = morphemes.flatMap { bucket in
    bucket.map { morpheme in
      precondition(morpheme.bytes.count <= 8, "a morpheme is compared as one 8-byte lane")
      return (Word(utf8: morpheme.bytes), morpheme.bytes.count)
    }
  }

  /// The first two bytes of the morphemes (each has at least two): what a word must begin
  /// with for `startsWithMorpheme` to be worth asking.
  static let morphemeFilter = WordPrefixFilter(morphemePrefixes.map(\.prefix))

  /// Where each first byte's morphemes lie in `morphemePrefixes`.
  private static let morphemeBuckets: [Range<Int>] = {
    var start = 0
    return morphemes.map { bucket in
      defer { start += bucket.count }
      return start..<(start + bucket.count)
    }
  }()

  /// Splits a compound into morpheme values (`-1` for "og"), or `nil` when it is no number.
  private static func split(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Int]? {
    if start == bytes.count { return [] }
    for morpheme in morphemes[Int(bytes[start])] where morpheme.bytes.count <= bytes.count - start {
      var matches = true
      for offset in morpheme.bytes.indices where bytes[start + offset] != morpheme.bytes[offset] {
        matches = false
        break
      }
      guard matches, let rest = split(bytes, from: start + morpheme.bytes.count) else { continue }
      return [morpheme.value] + rest
    }
    return nil
  }

  /// Combines morpheme values with the rules of written Norwegian numbers.
  private static func combine(_ parts: [Int]) -> Int? {
    var accumulator = Accumulator()
    var index = 0
    while index < parts.count {
      let part = parts[index]
      if part == -1 {
        // "hundreogfemti", or old counting "femogtjue" (unit, og, tens).
        guard index + 1 < parts.count else { return nil }
        let next = parts[index + 1]
        if let last = accumulator.lastAdded, last < 10, next >= 20, next < 100, next % 10 == 0 {
          guard accumulator.addOldCountingTens(next) else { return nil }
          index += 2
          continue
        }
        guard accumulator.acceptsAnd else { return nil }
        index += 1
        continue
      }
      guard accumulator.add(part) else { return nil }
      index += 1
    }
    return accumulator.parts >= 2 ? accumulator.value : nil
  }

  /// Builds a number from words one at a time: "to" "hundre" "og" "femti" → 250.
  struct Accumulator {
    private var total = 0
    private var current = 0
    private(set) var parts = 0
    /// The last value added below a hundred, to reject "to tre" and "tjue tretti".
    private(set) var lastAdded: Int?
    /// True right after "hundre" or "tusen", where "og" may follow.
    private(set) var acceptsAnd = false

    var value: Int { total + current }

    /// Adds one number word; false when the word cannot follow what came before.
    mutating func add(_ word: Int) -> Bool {
      defer { parts += 1 }
      switch word {
      case 100:
        guard current < 100 else { return false }
        current = (current == 0 ? 1 : current) * 100
        lastAdded = nil
        acceptsAnd = true
      case 1000:
        guard total == 0 || total >= 1_000_000 else { return false }
        total += (current == 0 ? 1 : current) * 1000
        current = 0
        lastAdded = nil
        acceptsAnd = true
      default:
        // Below a hundred: a unit may follow a ten ("tjue fem"), nothing else may follow.
        if let last = lastAdded {
          guard last >= 20, last % 10 == 0, word < 10 else { return false }
        }
        current += word
        lastAdded = word
        acceptsAnd = false
      }
      return true
    }

    /// "fem og tjue": the tens after a unit in old counting, written together.
    mutating func addOldCountingTens(_ tens: Int) -> Bool {
      guard let last = lastAdded, last < 10 else { return false }
      current += tens
      lastAdded = tens + last
      parts += 1
      return true
    }
  }
}
