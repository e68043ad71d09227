/// The tokens of one sentence, in memory the scanner allocates and frees itself.
///
/// Appending is a store and a count (no uniqueness check, no reference count), and the
/// rules read the tokens through an `UnsafeBufferPointer`. A token holds no reference,
/// so the memory is freed without deinitializing anything, and emptied by a count.
///
/// ```swift
/// var buffer = TokenBuffer(capacity: 16)
/// buffer.append(token)
/// defer { buffer.deallocate() }
/// PhraseReader(tokens: buffer.tokens, sentence: bytes).phrases()
/// ```
///
/// `@unchecked Sendable`: the memory has one holder at a time (a sentence being scanned, or
/// the `TokenPool` between sentences), which hands it on and keeps no pointer to it.
struct TokenBuffer: @unchecked Sendable {
  private var base: UnsafeMutablePointer<Token>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    base = .allocate(capacity: self.capacity)
  }

  /// The tokens appended so far.
  var tokens: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: base, count: count) }

  @inline(__always)
  mutating func append(_ token: Token) {
    if count == capacity { grow() }
    (base + count).initialize(to: token)
    count += 1
  }

  /// The token at `index`, for marking it after it was appended.
  subscript(index: Int) -> Token {
    get { base[index] }
    set { base[index] = newValue }
  }

  /// Empties the buffer, keeping its memory, and makes room for `capacity` tokens.
  mutating func removeAll(keepingCapacityFor capacity: Int) {
    count = 0
    guard capacity > self.capacity else { return }
    base.deallocate()
    self.capacity = capacity
    base = .allocate(capacity: capacity)
  }

  /// Frees the memory; the buffer must not be used afterwards.
  func deallocate() {
    base.deallocate()
  }

  private mutating func grow() {
    let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = larger
    capacity *= 2
  }
}
