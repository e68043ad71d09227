import Foundation

/// Page-chrome line patterns (`ExtractOptions.dropLines`) compiled for one file.
struct ChromeFilter {
  /// What to do with one line.
  enum Verdict: Equatable {
    case keep
    case drop
    /// Keep the first `scalars` Unicode scalars of the trimmed line; the rest is chrome.
    case cut(scalars: Int)
  }

  private let expressions: [NSRegularExpression]

  init(patterns: [String], path: String) throws {
    expressions = try patterns.map { pattern in
      do {
        return try NSRegularExpression(pattern: pattern)
      } catch {
        throw ExtractError.invalidPattern(path: path, pattern: pattern)
      }
    }
  }

  /// The verdict for a line with surrounding whitespace trimmed.
  func verdict(for line: String) -> Verdict {
    let whole = NSRange(line.startIndex..<line.endIndex, in: line)
    var cut: Int?
    for expression in expressions {
      guard let match = expression.firstMatch(in: line, range: whole),
        let range = Range(match.range, in: line)
      else { continue }
      if range.lowerBound == line.startIndex { return .drop }
      if range.upperBound == line.endIndex {
        let kept = line.unicodeScalars[line.startIndex..<range.lowerBound].count
        cut = min(cut ?? kept, kept)
      }
    }
    return cut.map { .cut(scalars: $0) } ?? .keep
  }
}
