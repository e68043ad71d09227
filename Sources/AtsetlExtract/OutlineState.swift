import AtsetlModel

/// Where the reader stands in the report's outline: section, sub-heading, fact-box scope.
///
/// Every block carries the section and the nearest sub-heading above it (a sub-heading
/// carries itself; a level-1 heading none). A fact box (an `<aside>`, a `<box>`, or in text a
/// short first line over a paragraph) has its own heading, which applies only inside the box.
struct OutlineState {
  var sectionNumber: String?
  var sectionTitle: String?
  var heading: String?
  private var saved: [(number: String?, title: String?, heading: String?)] = []

  /// A new numbered section that replaces the current one; the sub-heading starts afresh.
  mutating func setSection(number: String?, title: String?) {
    sectionNumber = number
    sectionTitle = title
    heading = nil
  }

  /// Saves the outline before a nested scope (an XML `<section>`, a fact box).
  mutating func push() { saved.append((sectionNumber, sectionTitle, heading)) }

  /// Restores the outline saved by the matching `push()`.
  mutating func pop() {
    guard let outer = saved.popLast() else { return }
    sectionNumber = outer.number
    sectionTitle = outer.title
    heading = outer.heading
  }

  /// A block at this point of the outline; a sub-heading becomes the current heading.
  mutating func block(_ kind: BlockKind, text: String, offset: Int, line: Int) -> Block {
    var ownHeading = heading
    if case .heading(let level) = kind {
      if level >= 2 {
        heading = text
        ownHeading = text
      } else {
        ownHeading = nil
      }
    }
    return Block(
      kind: kind, text: text, offset: offset, line: line, sectionNumber: sectionNumber,
      sectionTitle: sectionTitle, heading: ownHeading)
  }
}
