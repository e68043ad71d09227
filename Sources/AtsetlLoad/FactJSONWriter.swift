import AtsetlModel
import Foundation

/// Streams facts to `facts.json`: a JSON array with one fact object per line.
///
/// The layout is fixed so that the same facts give byte-identical files:
/// `[\n{…},\n{…}\n]\n` (an empty array is `[]\n`). Each object is ``Fact/jsonObject``.
/// The file is published atomically by ``commit()``.
///
/// A class because it owns a file and counts what it wrote; it is used from one task at a time.
package final class FactJSONWriter {
  private let file: AtomicFile
  private var count = 0

  /// Opens `url`'s temporary file and starts the array.
  package init(publishing url: URL, faults: FaultInjection = .none) throws {
    file = try AtomicFile(publishing: url, faults: faults)
    try file.write("[")
  }

  /// The number of facts written so far.
  package var factCount: Int { count }

  /// Bytes written so far.
  package var offset: Int { file.offset }

  /// Appends one fact object.
  package func write(_ fact: Fact) throws {
    try write(fields: fact.fieldValues)
  }

  /// Appends one fact given as its ``Fact/fieldValues`` (computed once for several writers).
  package func write(fields: [FieldValue]) throws {
    let isFirst = count == 0
    try file.write { bytes in
      if !isFirst { bytes.append(UInt8(ascii: ",")) }
      bytes.append(UInt8(ascii: "\n"))
      Fact.appendJSONObject(fields: fields, to: &bytes)
    }
    count += 1
  }

  /// Closes the array and publishes the file atomically.
  /// Appends `count` objects rendered by a ``FactRenderer``; nil when it rendered no JSON.
  func append(objects: [UInt8]?, count added: Int) throws {
    guard let objects else { throw LoadError.notRendered(path: file.displayPath) }
    if count > 0 { try file.write(",") }
    try file.write(contentsOf: objects)
    count += added
  }

  package func commit() throws {
    try file.write(count == 0 ? "]\n" : "\n]\n")
    try file.commit()
  }

  /// Discards the file; the previous `facts.json` stays.
  package func abandon() {
    file.abandon()
  }

  /// Writes `facts` (in the given order) to `url` and publishes it; on error nothing changes.
  package static func write(
    _ facts: some Sequence<Fact>, to url: URL, faults: FaultInjection = .none
  ) throws {
    let writer = try FactJSONWriter(publishing: url, faults: faults)
    do {
      for fact in facts { try writer.write(fact) }
      try writer.commit()
    } catch {
      writer.abandon()
      throw error
    }
  }
}
