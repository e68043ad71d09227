import Synchronization

/// Memory for a sentence's tokens and phrases kept between sentences, so that scanning a
/// sentence allocates neither.
///
/// A buffer of tokens is a few kilobytes: too large for the allocator's fast path, and
/// allocating and freeing one per sentence was about 3% of the scanner's time; the array of
/// phrases cost about 1% more. The pool lends its one `Scratch` to one sentence at a time;
/// a sentence scanned while it is out (another task sharing the scanner) gets a scratch of
/// its own, freed when given back to a pool that has one again.
///
/// ```swift
/// let pool = TokenPool()
/// var scratch = pool.take(capacity: 40)
/// defer { pool.giveBack(scratch) }
/// ```
final class TokenPool: Sendable {
  /// What one sentence borrows: its tokens, and its phrases while they are read.
  struct Scratch: Sendable {
    var tokens: TokenBuffer
    var phrases: [Phrase] = []
  }

  private let kept = Mutex<Scratch?>(nil)

  init() {}

  deinit {
    kept.withLock { $0?.tokens.deallocate() }
  }

  /// An empty scratch with room for `capacity` tokens: the pool's own when it is in.
  func take(capacity: Int) -> Scratch {
    let taken = kept.withLock { scratch in
      defer { scratch = nil }
      return scratch
    }
    guard var scratch = taken else { return Scratch(tokens: TokenBuffer(capacity: capacity)) }
    scratch.tokens.removeAll(keepingCapacityFor: capacity)
    scratch.phrases.removeAll(keepingCapacity: true)
    return scratch
  }

  /// Keeps `scratch` for the next sentence, or frees it when the pool holds one already.
  func giveBack(_ scratch: Scratch) {
    let extra = kept.withLock { kept -> Scratch? in
      guard kept != nil else {
        kept = scratch
        return nil
      }
      return scratch
    }
    extra?.tokens.deallocate()
  }
}
