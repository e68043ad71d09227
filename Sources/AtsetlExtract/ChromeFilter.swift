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
    var source: String
    var plain: DropLinePattern?
    /// Compiled when a line first passes `mayMatch`: compiling costs more than reading a
    /// short file, and most files have no line that any such pattern could match.
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

  private var patterns: [Pattern]
  private let path: String

  /// Reads `patterns`; one that is not plain is compiled when first needed, so an invalid
  /// one is reported by `verdict(for:)` (`pipeline.json` is checked before any run).
  init(patterns: [String], path: String) {
    self.path = path
    self.patterns = patterns.map { source in
      var pattern = Pattern(source: source)
      if let parsed = DropLinePattern(source) {
        pattern.prefix = parsed.requiredPrefix
        pattern.suffix = parsed.requiredSuffix
        pattern.literals = parsed.requiredLiterals
        if parsed.isPlain { pattern.plain = parsed }
      }
      return pattern
    }
  }

  /// The verdict for a line with surrounding whitespace trimmed; throws
  /// `ExtractError.invalidPattern` for a pattern that does not compile.
  mutating func verdict(for line: String) throws(ExtractError) -> Verdict {
    var scalars: [Unicode.Scalar]?
    var cut: Int?
    for index in patterns.indices where patterns[index].mayMatch(line) {
      let match: Range<Int>?
      if let plain = patterns[index].plain {
        if scalars == nil { scalars = Array(line.unicodeScalars) }
        match = scalars.flatMap { plain.firstMatch(in: $0) }
      } else {
        match = Self.firstMatch(of: try expression(at: index), in: line)
      }
      guard let match else { continue }
      if match.lowerBound == 0 { return .drop }
      if match.upperBound == line.unicodeScalars.count {
        cut = min(cut ?? match.lowerBound, match.lowerBound)
      }
    }
    return cut.map { .cut(scalars: $0) } ?? .keep
  }

  /// The compiled expression of the pattern at `index`, compiled on first use.
  private mutating func expression(at index: Int) throws(ExtractError) -> NSRegularExpression {
    if let expression = patterns[index].expression { return expression }
    do {
      let expression = try NSRegularExpression(pattern: patterns[index].source)
      patterns[index].expression = expression
      return expression
    } catch {
      throw ExtractError.invalidPattern(path: path, pattern: patterns[index].source)
    }
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
