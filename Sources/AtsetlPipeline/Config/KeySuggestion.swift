/// Finds the valid key a misspelt key was probably meant to be.
enum KeySuggestion {
  /// The candidate nearest to `key` by edit distance (with adjacent swaps counting as one
  /// edit, case and `-`/`_` ignored), or `nil` when none is close enough to be a typo.
  static func nearest(to key: String, among candidates: [String]) -> String? {
    let typed = normalise(key)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(typed, normalise(candidate))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best else { return nil }
    // One edit for short keys, two for longer ones; never more than a third of the key.
    let limit = max(1, min(2, max(typed.count, best.candidate.count) / 3))
    return best.distance <= limit ? best.candidate : nil
  }

  private static func normalise(_ key: String) -> [Character] {
    key.lowercased().map { $0 == "-" ? "_" : $0 }
  }

  /// Optimal string alignment distance (Levenshtein plus transposition of neighbours).
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, table[i - 2][j - 2] + 1)
        }
        table[i][j] = value
      }
    }
    return table[a.count][b.count]
  }
}
