import AtsetlModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Prints facts as JSON Lines (one ``Fact/jsonObject`` per line) to a file descriptor,
/// standard output by default: what `atsetl extract` and `atsetl parse` print.
///
/// Output is buffered (64 KiB); call ``flush()`` at the end. Not atomic: it is a stream.
///
/// ```swift
/// var out = JSONLinesWriter()
/// for fact in facts { try out.write(fact) }
/// try out.flush()
/// ```
package struct JSONLinesWriter {
  private let descriptor: Int32
  private let name: String
  private var buffer: [UInt8] = []

  /// A writer to `descriptor` (standard output unless told), called `name` in errors.
  package init(fileDescriptor descriptor: Int32 = STDOUT_FILENO, name: String = "<stdout>") {
    self.descriptor = descriptor
    self.name = name
  }

  /// Appends one fact as a line.
  package mutating func write(_ fact: Fact) throws {
    fact.appendJSONObject(to: &buffer)
    buffer.append(UInt8(ascii: "\n"))
    if buffer.count >= 64 * 1024 { try flush() }
  }

  /// Hands the buffered lines to the descriptor.
  ///
  /// - Throws: ``LoadError/writeFailed(path:errno:)`` (for example `EPIPE` when the reader left).
  package mutating func flush() throws {
    guard !buffer.isEmpty else { return }
    let bytes = buffer
    buffer.removeAll(keepingCapacity: true)
    _ = try bytes.withUnsafeBytes { try POSIXOutput.writeAll($0, to: descriptor, path: name) }
  }
}
