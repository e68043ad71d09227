import AtsetlModel

/// A `dropLines` pattern (ICU syntax) read far enough to match plain patterns without ICU.
///
/// Most chrome patterns are a run of characters between anchors: "^Til toppen$",
/// "⇡\s*Til toppen$". Such a *plain* pattern (literal characters, escaped punctuation and
/// `\s`, each optionally followed by `*`, `+` or `?`, between an optional leading `^` and
/// trailing `$`) is matched here as ICU matches it: leftmost start, greedy repeats that back
/// off one at a time. A pattern that also uses `.`, `\d`, `\S`, `\w` and the like is left to
/// ICU, but its literal runs still rule lines out before ICU is asked; any other pattern
/// (groups, sets, alternatives, counted repeats, flags) goes to ICU as written.
struct DropLinePattern {
  /// What one position of the pattern matches.
  enum Atom: Equatable {
    case literal(Unicode.Scalar)
    /// `\s`: a `White_Space` scalar, as ICU defines it.
    case space
    /// `.`, `\d`, `\S`, …: left to ICU.
    case other
  }

  /// An atom and how often it may repeat.
  struct Element: Equatable {
    var atom: Atom
    var minimum = 1
    var maximum: Int? = 1

    /// The character this element always matches once, if it is a literal.
    var requiredLiteral: Unicode.Scalar? {
      guard case .literal(let scalar) = atom, minimum == 1, maximum == 1 else { return nil }
      return scalar
    }
  }

  var anchoredAtStart = false
  var anchoredAtEnd = false
  var elements: [Element] = []

  /// Reads `pattern`, or `nil` when it uses more than characters, classes and single
  /// quantifiers between anchors.
  init?(_ pattern: String) {
    var scalars = Array(pattern.unicodeScalars)[...]
    if scalars.first == "^" {
      anchoredAtStart = true
      scalars = scalars.dropFirst()
    }
    while let scalar = scalars.popFirst() {
      switch scalar {
      case "*", "+", "?":
        // One quantifier, right after an atom ("a*?" and "a*+" are left to ICU).
        guard let last = elements.last, last.minimum == 1, last.maximum == 1 else { return nil }
        elements[elements.count - 1].minimum = scalar == "+" ? 1 : 0
        elements[elements.count - 1].maximum = scalar == "?" ? 1 : nil
      case "$":
        guard scalars.isEmpty else { return nil }
        anchoredAtEnd = true
      case "|", "(", ")", "[", "]", "{", "}", "^":
        return nil
      case ".":
        elements.append(Element(atom: .other))
      case "\\":
        guard let escaped = scalars.popFirst() else { return nil }
        switch escaped {
        case "s": elements.append(Element(atom: .space))
        case "S", "d", "D", "w", "W": elements.append(Element(atom: .other))
        case _ where Self.quotable.contains(escaped):
          elements.append(Element(atom: .literal(escaped)))
        default: return nil
        }
      default:
        elements.append(Element(atom: .literal(scalar)))
      }
    }
    guard !elements.isEmpty else { return nil }
  }

  /// Characters that a backslash turns into themselves.
  private static let quotable: Set<Unicode.Scalar> = [
    "\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "-", "/", " ", "#",
  ]

  /// True when every atom is matched here, without ICU.
  var isPlain: Bool { !elements.contains { $0.atom == .other } }

  /// The runs of literal characters that every match contains, as UTF-8 (a repeated or
  /// optional character is left out): "⇡\s*Til toppen$" gives "⇡" and "Til toppen".
  var requiredLiterals: [[UInt8]] {
    var runs: [[UInt8]] = []
    var run: [Unicode.Scalar] = []
    for element in elements {
      if let scalar = element.requiredLiteral {
        run.append(scalar)
      } else if !run.isEmpty {
        runs.append(Self.utf8(run))
        run = []
      }
    }
    if !run.isEmpty { runs.append(Self.utf8(run)) }
    return runs
  }

  /// The literal text every matching line starts with ("^Til toppen$" → "Til toppen"), as
  /// UTF-8; empty when the pattern is not anchored there or starts with something else.
  var requiredPrefix: [UInt8] {
    guard anchoredAtStart else { return [] }
    let first = elements.prefix { $0.requiredLiteral != nil }
    return Self.utf8(first.compactMap(\.requiredLiteral))
  }

  /// The literal text every matching line ends with ("⇡\s*Til toppen$" → "Til toppen"),
  /// unless it ends in a line break (`$` may match before one); empty when not known.
  var requiredSuffix: [UInt8] {
    guard anchoredAtEnd else { return [] }
    let last = elements.reversed().prefix { $0.requiredLiteral != nil }
    return Self.utf8(last.reversed().compactMap(\.requiredLiteral))
  }

  private static func utf8(_ scalars: [Unicode.Scalar]) -> [UInt8] {
    Array(String(scalars: scalars[...]).utf8)
  }

  /// The scalar range of the first match in `line`, as ICU's `firstMatch` finds it.
  ///
  /// Only for a plain pattern (`isPlain`).
  func firstMatch(in line: [Unicode.Scalar]) -> Range<Int>? {
    for start in 0...(anchoredAtStart ? 0 : line.count) {
      if let end = matchEnd(from: 0, at: start, in: line) { return start..<end }
    }
    return nil
  }

  /// Where a match of `elements[element...]` that starts at `position` ends: repeats take as
  /// much as they can and give back one at a time, as in ICU (and Perl).
  private func matchEnd(from element: Int, at position: Int, in line: [Unicode.Scalar]) -> Int? {
    guard element < elements.count else {
      return !anchoredAtEnd || Self.isEnd(position, of: line) ? position : nil
    }
    let current = elements[element]
    var count = 0
    while current.maximum.map({ count < $0 }) ?? true, position + count < line.count,
      Self.matches(current.atom, line[position + count])
    {
      count += 1
    }
    guard count >= current.minimum else { return nil }
    for taken in stride(from: count, through: current.minimum, by: -1) {
      if let end = matchEnd(from: element + 1, at: position + taken, in: line) { return end }
    }
    return nil
  }

  private static func matches(_ atom: Atom, _ scalar: Unicode.Scalar) -> Bool {
    switch atom {
    case .literal(let literal): scalar == literal
    case .space: scalar.properties.isWhitespace
    case .other: false
    }
  }

  /// Where ICU's `$` matches (no multi-line mode): at the end, or before a line end that
  /// ends the text.
  private static func isEnd(_ position: Int, of line: [Unicode.Scalar]) -> Bool {
    let rest = line[position...]
    return rest.isEmpty || rest.elementsEqual(["\r", "\n"])
      || (rest.count == 1 && lineEnds.contains(rest[position]))
  }

  static let lineEnds: Set<Unicode.Scalar> = [
    "\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}",
  ]
}
