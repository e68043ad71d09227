import Foundation

/// Page-chrome line patterns (`ExtractOptions.dropLines`) compiled for one file.
///
/// A plain pattern such as "^Til toppen$" or "⇡\s*Til toppen$" is matched without ICU (see
/// `DropLinePattern`); other patterns go to `NSRegularExpression`. Either way a pattern's
/// literal text is looked for first, and a line that lacks it is not matched at all: most
/// lines are prose that no chrome pattern comes near.
struct ChromeFilter {
  /// What to do with one line.
  enum Verdict: Equatable {
    case keep
    case drop
    /// Keep the first `scalars` Unicode scalars of the trimmed line; the rest is chrome.
    case cut(scalars: Int)
  }

  /// One `dropLines` pattern: matched here when plain, else by ICU.
  private struct Pattern {
    var plain: DropLinePattern?
    var expression: NSRegularExpression?
    /// What every line the pattern matches starts with, ends with and contains, as UTF-8.
    var prefix: [UInt8] = []
    var suffix: [UInt8] = []
    var literals: [[UInt8]] = []

    /// False when `line` lacks the pattern's literal text, so that the pattern cannot match.
    func mayMatch(_ line: String) -> Bool {
      let bytes = line.utf8
      if !prefix.isEmpty, !bytes.starts(with: prefix) { return false }
      if !suffix.isEmpty, !bytes.suffix(suffix.count).elementsEqual(suffix),
        !(line.unicodeScalars.last.map(DropLinePattern.lineEnds.contains) ?? false)
      {
        return false
      }
      return literals.allSatisfy { line.containsUTF8($0) }
    }
  }

  private let patterns: [Pattern]

  init(patterns: [String], path: String) throws {
    self.patterns = try patterns.map { source in
      var pattern = Pattern()
      if let parsed = DropLinePattern(source) {
        pattern.prefix = parsed.requiredPrefix
        pattern.suffix = parsed.requiredSuffix
        pattern.literals = parsed.requiredLiterals
        if parsed.isPlain {
          pattern.plain = parsed
          return pattern
        }
      }
      do {
        pattern.expression = try NSRegularExpression(pattern: source)
      } catch {
        throw ExtractError.invalidPattern(path: path, pattern: source)
      }
      return pattern
    }
  }

  /// The verdict for a line with surrounding whitespace trimmed.
  func verdict(for line: String) -> Verdict {
    var scalars: [Unicode.Scalar]?
    var cut: Int?
    for pattern in patterns where pattern.mayMatch(line) {
      let match: Range<Int>?
      if let plain = pattern.plain {
        if scalars == nil { scalars = Array(line.unicodeScalars) }
        match = scalars.flatMap { plain.firstMatch(in: $0) }
      } else if let expression = pattern.expression {
        match = Self.firstMatch(of: expression, in: line)
      } else {
        match = nil
      }
      guard let match else { continue }
      if match.lowerBound == 0 { return .drop }
      if match.upperBound == line.unicodeScalars.count {
        cut = min(cut ?? match.lowerBound, match.lowerBound)
      }
    }
    return cut.map { .cut(scalars: $0) } ?? .keep
  }

  /// ICU's first match in `line`, as a range of Unicode scalars.
  private static func firstMatch(of expression: NSRegularExpression, in line: String)
    -> Range<Int>?
  {
    let whole = NSRange(line.startIndex..<line.endIndex, in: line)
    guard let match = expression.firstMatch(in: line, range: whole),
      let range = Range(match.range, in: line)
    else { return nil }
    let scalars = line.unicodeScalars
    let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
    return start..<(start + scalars[range].count)
  }
}
