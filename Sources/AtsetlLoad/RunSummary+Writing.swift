import Foundation

extension RunSummary {
  /// The JSON encoder `run.json` is written with: pretty, sorted keys, ISO 8601 dates,
  /// `/` unescaped.
  package static func makeEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }

  /// The summary as `run.json` bytes, ending with a line break.
  package func encoded() throws -> Data {
    var data = try Self.makeEncoder().encode(self)
    data.append(UInt8(ascii: "\n"))
    return data
  }

  /// Writes `run.json` atomically to `url`.
  ///
  /// The summary is small and bounded (one entry per source and per quarantined document),
  /// so it is encoded in memory and then published through ``AtomicFile``.
  package func write(to url: URL, faults: FaultInjection = .none) throws {
    let data: Data
    do {
      data = try encoded()
    } catch {
      throw LoadError.encodingFailed(path: url.relativePath, reason: "\(error)")
    }
    try AtomicFile.publish(url, faults: faults) { try $0.write(contentsOf: data) }
  }
}
