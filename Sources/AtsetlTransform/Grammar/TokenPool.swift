import Synchronization

/// Token memory kept between sentences, so that scanning a sentence allocates none.
///
/// A buffer of tokens is a few kilobytes: too large for the allocator's fast path, and
/// allocating and freeing one per sentence was about 3% of the scanner's time. The pool
/// lends its one buffer to one sentence at a time; a sentence scanned while the buffer is
/// out (another task sharing the scanner) gets a buffer of its own, freed when given back
/// to a pool that has one again.
///
/// ```swift
/// let pool = TokenPool()
/// var buffer = pool.take(capacity: 40)
/// defer { pool.giveBack(buffer) }
/// ```
final class TokenPool: Sendable {
  private let kept = Mutex<TokenBuffer?>(nil)

  init() {}

  deinit {
    kept.withLock { $0?.deallocate() }
  }

  /// An empty buffer with room for `capacity` tokens: the pool's own when it is in.
  func take(capacity: Int) -> TokenBuffer {
    let taken = kept.withLock { buffer in
      defer { buffer = nil }
      return buffer
    }
    guard var buffer = taken else { return TokenBuffer(capacity: capacity) }
    buffer.removeAll(keepingCapacityFor: capacity)
    return buffer
  }

  /// Keeps `buffer` for the next sentence, or frees it when the pool holds one already.
  func giveBack(_ buffer: TokenBuffer) {
    let extra = kept.withLock { kept -> TokenBuffer? in
      guard kept != nil else {
        kept = buffer
        return nil
      }
      return buffer
    }
    extra?.deallocate()
  }
}
