import Dispatch
import Foundation

/// A few pieces of work run at once, each on its own thread, waiting for all of them.
enum Lanes {
  /// Runs `lane(0)` … `lane(count - 1)`, each on its own thread when `inParallel` (else one
  /// after the other), and returns their results in lane order; throws the error of the
  /// lowest lane that failed, so that the same failure is reported every time.
  ///
  /// The lanes must not share anything mutable: each touches its own writers or slots.
  static func run<T, Failure: Error>(
    _ count: Int, inParallel: Bool = true, _ lane: (Int) throws(Failure) -> T
  ) throws(Failure) -> [T] {
    guard inParallel, count > 1 else {
      var results: [T] = []
      for index in 0..<count { results.append(try lane(index)) }
      return results
    }
    let outcomes = withoutActuallyEscaping(lane) { lane in
      let slots = Slots<T, Failure>(count: count, lane: lane)
      DispatchQueue.concurrentPerform(iterations: count) { slots.run($0) }
      return slots.outcomes
    }
    return try outcomes.map { outcome throws(Failure) in try outcome!.get() }
  }
}

/// One outcome per lane, each written by the one thread that runs it.
///
/// Unchecked: a slot is written by exactly one thread, under the lock, and read after
/// `concurrentPerform` has returned.
private final class Slots<T, Failure: Error>: @unchecked Sendable {
  private let lane: (Int) throws(Failure) -> T
  private let lock = NSLock()
  private var slots: [Result<T, Failure>?]

  init(count: Int, lane: @escaping (Int) throws(Failure) -> T) {
    self.lane = lane
    slots = Array(repeating: nil, count: count)
  }

  func run(_ index: Int) {
    let outcome: Result<T, Failure>
    do throws(Failure) {
      outcome = .success(try lane(index))
    } catch {
      outcome = .failure(error)
    }
    lock.withLock { slots[index] = outcome }
  }

  var outcomes: [Result<T, Failure>?] { lock.withLock { slots } }
}
