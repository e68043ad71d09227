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
  /// The morphemes a compound may be built from, longest first so that "tretten" is not
  /// read as "tre" + "tten".
  private static let morphemes: [(text: String, value: Int)] = Lexicon.cardinals
    .filter { $0.value > 0 && $0.key != "én" && $0.key != "éin" }
    .map { (text: $0.key, value: $0.value) }
    .sorted { $0.text.count > $1.text.count }
    + [("en", 1), ("ein", 1), ("et", 1), ("og", -1)]

  /// The value of a single word ("fem", "tjuefem", "totusen"), or `nil`.
  ///
  /// Articles ("en", "ei", "et") on their own are not numbers and give `nil`.
  static func value(ofWord word: String) -> Int? {
    if let value = Lexicon.cardinals[word] { return value }
    guard word.count >= 5, let parts = split(Substring(word)) else { return nil }
    return combine(parts)
  }

  /// Splits a compound into morpheme values (`-1` for "og"), or `nil` when it is no number.
  private static func split(_ word: Substring) -> [Int]? {
    if word.isEmpty { return [] }
    for morpheme in morphemes where word.hasPrefix(morpheme.text) {
      if let rest = split(word.dropFirst(morpheme.text.count)) { return [morpheme.value] + rest }
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
