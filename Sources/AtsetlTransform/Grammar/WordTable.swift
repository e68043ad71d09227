import Foundation

/// A lexicon table written with words as keys and looked up by `Word`.
///
/// The table keeps the dictionary it was written as (for the few rules that work on text)
/// and an open-addressing copy keyed by packed `Word`s, so a lookup from the scanner's hot
/// path is a hash of three integers and a probe or two. Most words looked up are in no
/// table, so a bit set of the keys' `Word.filterHash` answers most of them first: one
/// multiplication and a bit test, inlined where the table is read.
///
/// ```swift
/// let months: WordTable<Int> = ["januar": 1, "februar": 2]
/// months[Word("januar")]  // 1
/// months[text: "mars"]    // nil
/// ```
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// The table as written.
  let entries: [String: Value]
  private let keys: [Word]
  private let values: [Value?]
  private let mask: Int
  /// One bit for each `Word.filterHash` of a key, at least 32 bits per key (so about one
  /// word in 32 that is not a key gets past it).
  private let filter: [UInt64]
  /// `Word.filterHash(shift:)` for the filter's size (`1 << (64 - filterShift)` bits).
  private let filterShift: UInt64

  init(_ entries: [String: Value]) {
    self.entries = entries
    var capacity = 8
    while capacity < entries.count * 3 { capacity *= 2 }
    var filterBits = 12
    while 1 << filterBits < entries.count * 32 { filterBits += 1 }
    var keys = [Word](repeating: Word(), count: capacity)
    var values = [Value?](repeating: nil, count: capacity)
    var filter = [UInt64](repeating: 0, count: 1 << (filterBits - 6))
    for (text, value) in entries {
      let word = Word(utf8: text.precomposedStringWithCanonicalMapping.utf8)
      precondition(!word.isLong && word != Word(), "lexicon word '\(text)' cannot be packed")
      var slot = word.tableHash & (capacity - 1)
      while keys[slot] != Word() { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = word
      values[slot] = value
      let bit = word.filterHash(shift: UInt64(64 - filterBits))
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.keys = keys
    self.values = values
    self.mask = capacity - 1
    self.filter = filter
    self.filterShift = UInt64(64 - filterBits)
  }

  init(dictionaryLiteral elements: (String, Value)...) {
    self.init(Dictionary(uniqueKeysWithValues: elements))
  }

  /// The value for `word`, or `nil`.
  @inline(__always)
  subscript(word: Word) -> Value? {
    let bit = word.filterHash(shift: filterShift)
    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
    return probe(word)
  }

  /// The value for `word`, from the open-addressing table.
  @inline(never)
  private func probe(_ word: Word) -> Value? {
    var slot = word.tableHash & mask
    while true {
      let key = keys[slot]
      if key == word { return values[slot] }
      if key == Word() { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// The value for a word given as text, or `nil`.
  subscript(text text: String) -> Value? { entries[text] }
}

/// A set of lexicon words, looked up by `Word` (see `WordTable`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  private let table: WordTable<Bool>

  init(_ words: some Sequence<String>) {
    table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
  }

  init(arrayLiteral elements: String...) {
    self.init(elements)
  }

  /// The words as written.
  var words: Dictionary<String, Bool>.Keys { table.entries.keys }

  @inline(__always)
  func contains(_ word: Word) -> Bool { table[word] != nil }

  func contains(text: String) -> Bool { table[text: text] != nil }
}

/// The first two bytes of each word of a set: one load rejects nearly every other word
/// before a `WordTable` lookup or a prefix search.
///
/// ```swift
/// let filter = WordPrefixFilter(["tre", "tjue"])
/// filter.mayMatch(Word("trening"))  // true: "tr" begins a word of the set
/// filter.mayMatch(Word("deltakere"))  // false
/// ```
struct WordPrefixFilter: Sendable {
  private let pairs: BytePairSet

  init(_ words: some Sequence<Word>) {
    pairs = BytePairSet(words.map(\.firstTwoBytes))
  }

  /// False when `word` cannot be, or begin with, a word of the set (whichever the set was
  /// built for): its first two bytes begin none of them.
  @inline(__always)
  func mayMatch(_ word: Word) -> Bool {
    pairs.contains(word.firstTwoBytes)
  }
}

/// The last two bytes of each word of a set, as `WordPrefixFilter` keeps the first two: one
/// load rejects most words that cannot end like one of them.
///
/// ```swift
/// let filter = WordTailFilter(["tjue", "årig"])
/// filter.mayMatch(Word("fireårig"), byteCount: 9)  // true: it ends with "ig"
/// filter.mayMatch(Word("tilbud"), byteCount: 6)    // false
/// ```
struct WordTailFilter: Sendable {
  private let pairs: BytePairSet

  /// `words` of two bytes or more.
  init(_ words: some Sequence<Word>) {
    pairs = BytePairSet(words.map(\.lastTwoBytes))
  }

  /// False when `word`, of `byteCount` bytes (two or more, all kept), ends like no word of
  /// the set.
  @inline(__always)
  func mayMatch(_ word: Word, byteCount: Int) -> Bool {
    pairs.contains(Int(word[byteCount - 1]) | Int(word[byteCount - 2]) << 8)
  }
}

/// A set of two-byte keys (0 ..< 65 536), one bit each.
private struct BytePairSet: Sendable {
  private let bits: [UInt64]

  init(_ keys: [Int]) {
    var bits = [UInt64](repeating: 0, count: 1 << 10)
    for key in keys { bits[key >> 6] |= 1 << UInt64(key & 63) }
    self.bits = bits
  }

  @inline(__always)
  func contains(_ key: Int) -> Bool {
    bits[key >> 6] & (1 << UInt64(key & 63)) != 0
  }
}
