import AtsetlLoad
import AtsetlModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input's facts on disk in a compact binary form: written while the input is read, read
/// back once by the writers, and kept as the cache of an unchanged input for the next run.
///
/// Holding every fact of a run in memory until publishing cost a gigabyte for a large XML
/// export; JSON for the cache cost a tenth of a run to write and more to read back. A spool
/// is a sequence of frames, one per document (or a few thousand facts): a frame header
/// (payload length and fact count, 32-bit little-endian; a 64-bit checksum of the payload)
/// and the facts, each field tagged.
/// Within a frame a text field equal to the previous fact's is written as one byte, so a
/// sentence with four facts is stored once, and read back as one shared string.
///
/// Layout: `ATSF` and a version byte; the frames; the trailer (the input's record, as a frame
/// whose count is `0xFFFFFFFF`); the trailer's length and `ATSE`, so that the record can be
/// read from the end without reading the facts.
enum FactSpool {
  static let magic: [UInt8] = Array("ATSF".utf8) + [1]
  static let footerMarker: [UInt8] = Array("ATSE".utf8)
  /// The count that marks the trailer frame.
  static let trailerCount = UInt32.max
  /// Facts per frame at most, so that one frame's buffer stays small.
  static let maximumFrameFacts = 4096

  /// A spool that cannot be read back (truncated, or written by another version).
  struct Corrupt: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): cached facts cannot be read (\(reason))" }
  }

  /// A frame's header: payload length and fact count (32-bit), payload checksum (64-bit).
  static let headerSize = 16

  /// The bytes of one frame holding `facts`.
  static func frame(_ facts: ArraySlice<Fact>) -> [UInt8] {
    var encoder = Encoder()
    encoder.bytes.reserveCapacity(facts.count * 160 + headerSize)
    encoder.bytes.append(contentsOf: repeatElement(0, count: headerSize))
    var previous: Fact?
    for fact in facts {
      encoder.append(fact, previous: previous)
      previous = fact
    }
    encoder.fillHeader(count: UInt32(facts.count))
    return encoder.bytes
  }

  /// The trailer frame holding `record`, then the footer (the record's length and `ATSE`).
  static func trailer(_ record: [UInt8]) -> [UInt8] {
    var encoder = Encoder()
    encoder.bytes.append(contentsOf: repeatElement(0, count: headerSize))
    encoder.bytes += record
    encoder.fillHeader(count: trailerCount)
    encoder.appendUInt32(UInt32(record.count))
    encoder.bytes += footerMarker
    return encoder.bytes
  }

  /// A 64-bit checksum of `bytes`, eight bytes a step: it catches a cache damaged on disk (a
  /// changed byte in a text would otherwise come back as a wrong fact), not an adversary.
  static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(bytes.count) &* multiplier
    var index = 0
    while index + 8 <= bytes.count {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      hash = ((hash << 5 | hash >> 59) ^ word) &* multiplier
      index += 8
    }
    while index < bytes.count {
      hash = ((hash << 5 | hash >> 59) ^ UInt64(bytes[index])) &* multiplier
      index += 1
    }
    return hash ^ hash >> 29
  }

  /// The facts of one frame's payload.
  static func facts(inPayload payload: UnsafeRawBufferPointer, count: Int) throws(DecodeError)
    -> [Fact]
  {
    var decoder = Decoder(bytes: payload)
    var facts: [Fact] = []
    facts.reserveCapacity(count)
    var previous: Fact?
    for _ in 0..<count {
      let fact = try decoder.fact(previous: previous)
      facts.append(fact)
      previous = fact
    }
    guard decoder.position == payload.count else { throw DecodeError(reason: "trailing bytes") }
    return facts
  }

  /// The little-endian 32-bit number at `offset`.
  static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
  }

  /// The little-endian 64-bit number at `offset`.
  static func uint64(_ bytes: [UInt8], at offset: Int) -> UInt64 {
    (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
  }

  struct DecodeError: Error {
    var reason: String
  }

  // MARK: - Fields

  /// Tags: 0 nothing, 1 the same as the previous fact's, 2 a value follows.
  private static let none: UInt8 = 0
  private static let same: UInt8 = 1
  private static let value: UInt8 = 2
  /// A decimal written as its text (more than 64 bits of significand).
  private static let text: UInt8 = 3

  struct Encoder {
    var bytes: [UInt8] = []

    mutating func append(_ fact: Fact, previous: Fact?) {
      append(fact.id, previous: nil)
      append(fact.document, previous: previous?.document)
      append(fact.format.rawValue, previous: previous?.format.rawValue)
      append(fact.municipality, previous: previous?.municipality)
      append(fact.reportYear)
      append(fact.sectionNumber, previous: previous?.sectionNumber)
      append(fact.sectionTitle, previous: previous?.sectionTitle)
      append(fact.heading, previous: previous?.heading)
      append(fact.sentence, previous: previous?.sentence)
      append(fact.text, previous: nil)
      append(fact.offset)
      append(fact.line)
      append(fact.kind.rawValue, previous: previous?.kind.rawValue)
      append(fact.value)
      append(fact.lower)
      append(fact.upper)
      append(fact.qualifier.rawValue, previous: previous?.qualifier.rawValue)
      append(fact.unit, previous: previous?.unit)
      append(fact.iso, previous: nil)
      append(fact.change?.rawValue, previous: nil)
      append(fact.comparedTo, previous: nil)
      append(fact.period, previous: previous?.period)
      append(fact.language.rawValue, previous: previous?.language.rawValue)
      append(fact.row, previous: nil)
      append(fact.column, previous: nil)
    }

    mutating func append(_ string: String?, previous: String?) {
      guard var string else { return bytes.append(FactSpool.none) }
      if let previous, previous == string { return bytes.append(FactSpool.same) }
      bytes.append(FactSpool.value)
      string.withUTF8 { utf8 in
        appendVarint(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
      }
    }

    mutating func append(_ integer: Int?) {
      guard let integer else { return bytes.append(FactSpool.none) }
      bytes.append(FactSpool.value)
      appendVarint(UInt64(bitPattern: Int64((integer << 1) ^ (integer >> (Int.bitWidth - 1)))))
    }

    mutating func append(_ decimal: Decimal?) {
      guard let decimal else { return bytes.append(FactSpool.none) }
      if let parts = DecimalParts(decimal) {
        bytes.append(FactSpool.value)
        bytes.append(parts.isNegative ? 1 : 0)
        append(parts.exponent)
        appendVarint(parts.significand)
      } else {
        bytes.append(FactSpool.text)
        append(decimal.description, previous: nil)
      }
    }

    mutating func appendVarint(_ value: UInt64) {
      var value = value
      while value >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
      }
      bytes.append(UInt8(value))
    }

    /// Fills the header reserved at the start of `bytes` for the payload after it.
    mutating func fillHeader(count: UInt32) {
      let length = UInt32(bytes.count - FactSpool.headerSize)
      let checksum = bytes.withUnsafeBytes {
        FactSpool.checksum(UnsafeRawBufferPointer(rebasing: $0[FactSpool.headerSize...]))
      }
      for index in 0..<4 {
        bytes[index] = UInt8(truncatingIfNeeded: length >> (8 * index))
        bytes[4 + index] = UInt8(truncatingIfNeeded: count >> (8 * index))
      }
      for index in 0..<8 { bytes[8 + index] = UInt8(truncatingIfNeeded: checksum >> (8 * index)) }
    }

    mutating func appendUInt32(_ value: UInt32) {
      for index in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }
  }

  struct Decoder {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(bytes: UnsafeRawBufferPointer) {
      self.bytes = bytes
    }

    mutating func fact(previous: Fact?) throws(DecodeError) -> Fact {
      let id = try required(string(previous: nil))
      let document = try required(string(previous: previous?.document))
      let format = try enumeration(SourceFormat.self, previous: previous?.format)
      let municipality = try string(previous: previous?.municipality)
      let reportYear = try integer()
      let sectionNumber = try string(previous: previous?.sectionNumber)
      let sectionTitle = try string(previous: previous?.sectionTitle)
      let heading = try string(previous: previous?.heading)
      let sentence = try required(string(previous: previous?.sentence))
      let text = try required(string(previous: nil))
      let offset = try required(integer())
      let line = try required(integer())
      let kind = try enumeration(QuantityKind.self, previous: previous?.kind)
      let value = try decimal()
      let lower = try decimal()
      let upper = try decimal()
      let qualifier = try enumeration(Qualifier.self, previous: previous?.qualifier)
      let unit = try string(previous: previous?.unit)
      let iso = try string(previous: nil)
      let change = try string(previous: nil).map { raw throws(DecodeError) in
        guard let change = Change(rawValue: raw) else { throw DecodeError(reason: "change \(raw)") }
        return change
      }
      let comparedTo = try string(previous: nil)
      let period = try string(previous: previous?.period)
      let language = try enumeration(Language.self, previous: previous?.language)
      let row = try string(previous: nil)
      let column = try string(previous: nil)
      return Fact(
        id: id, document: document, format: format, municipality: municipality,
        reportYear: reportYear, sectionNumber: sectionNumber, sectionTitle: sectionTitle,
        heading: heading, sentence: sentence, text: text, offset: offset, line: line, kind: kind,
        value: value, lower: lower, upper: upper, qualifier: qualifier, unit: unit, iso: iso,
        change: change, comparedTo: comparedTo, period: period, language: language, row: row,
        column: column)
    }

    private func required<T>(_ value: T?) throws(DecodeError) -> T {
      guard let value else { throw DecodeError(reason: "missing field") }
      return value
    }

    private mutating func byte() throws(DecodeError) -> UInt8 {
      guard position < bytes.count else { throw DecodeError(reason: "truncated") }
      defer { position += 1 }
      return bytes[position]
    }

    mutating func string(previous: String?) throws(DecodeError) -> String? {
      switch try byte() {
      case FactSpool.none: return nil
      case FactSpool.same:
        guard let previous else { throw DecodeError(reason: "no previous value") }
        return previous
      case FactSpool.value:
        let count = Int(try varint())
        guard count <= bytes.count - position else { throw DecodeError(reason: "truncated") }
        defer { position += count }
        return String(
          decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + count]),
          as: UTF8.self)
      case let tag: throw DecodeError(reason: "tag \(tag)")
      }
    }

    private mutating func enumeration<T: RawRepresentable<String>>(
      _ type: T.Type, previous: T?
    ) throws(DecodeError) -> T {
      let raw = try required(string(previous: previous?.rawValue))
      if let previous, previous.rawValue == raw { return previous }
      guard let value = T(rawValue: raw) else { throw DecodeError(reason: "\(T.self) \(raw)") }
      return value
    }

    mutating func integer() throws(DecodeError) -> Int? {
      switch try byte() {
      case FactSpool.none: return nil
      case FactSpool.value:
        let zigzag = try varint()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
      case let tag: throw DecodeError(reason: "tag \(tag)")
      }
    }

    mutating func decimal() throws(DecodeError) -> Decimal? {
      switch try byte() {
      case FactSpool.none: return nil
      case FactSpool.value:
        let isNegative = try byte() != 0
        let exponent = try required(integer())
        let significand = try varint()
        return DecimalParts(isNegative: isNegative, exponent: exponent, significand: significand)
          .decimal
      case FactSpool.text:
        let text = try required(string(previous: nil))
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
          throw DecodeError(reason: "decimal \(text)")
        }
        return value
      case let tag: throw DecodeError(reason: "tag \(tag)")
      }
    }

    private mutating func varint() throws(DecodeError) -> UInt64 {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while true {
        let next = try byte()
        guard shift < 64 else { throw DecodeError(reason: "varint too long") }
        result |= UInt64(next & 0x7F) << shift
        if next & 0x80 == 0 { return result }
        shift += 7
      }
    }
  }
}

/// Writes one input's spool in place: frames go through a buffer to the file, and
/// ``finish(trailer:)`` ends it with its trailer. A file without its trailer (a run killed
/// while writing) is not a spool: readers reject it.
///
/// In place, not through a temporary file and a rename: a nightly run rewrites thousands of
/// spools, and creating a fresh inode for each cost a sixth of a run on ext4. Not truncated
/// when opened either: emptying a file frees its blocks, and 10 000 such opens took 4 s of a
/// one-job run on ext4; the old content is overwritten and only a shorter new one is cut at
/// the end. The old footer is wiped first, so a file cut short by a crash, old bytes after
/// new ones, never reads as a spool.
final class FactSpoolWriter {
  let url: URL
  private var descriptor: Int32
  private var buffer: [UInt8] = []
  private(set) var factCount = 0
  private var isFinished = false
  /// Bytes handed to the file so far.
  private var written = 0

  init(url: URL) throws(FactSpool.Corrupt) {
    self.url = url
    descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw FactSpool.Corrupt(path: url.path, reason: String(cString: strerror(errno)))
    }
    let oldSize = lseek(descriptor, 0, SEEK_END)
    let footer = FactSpool.footerMarker.count + 4
    if oldSize > 0 {
      let wipe = [UInt8](repeating: 0, count: min(Int(oldSize), footer))
      let wiped = wipe.withUnsafeBytes {
        pwrite(descriptor, $0.baseAddress, $0.count, off_t(Int(oldSize) - $0.count))
      }
      guard wiped == wipe.count else {
        let reason = String(cString: strerror(errno))
        _ = POSIXOutput.close(descriptor)
        throw FactSpool.Corrupt(path: url.path, reason: reason)
      }
    }
    guard lseek(descriptor, 0, SEEK_SET) == 0 else {
      let reason = String(cString: strerror(errno))
      _ = POSIXOutput.close(descriptor)
      throw FactSpool.Corrupt(path: url.path, reason: reason)
    }
    buffer = FactSpool.magic
    buffer.reserveCapacity(Self.bufferCapacity)
  }

  deinit { abandon() }

  private static let bufferCapacity = 256 * 1024

  /// Appends `facts` (in order) as one frame or more.
  func append(_ facts: [Fact]) throws {
    var start = facts.startIndex
    while start < facts.endIndex {
      let end = min(start + FactSpool.maximumFrameFacts, facts.endIndex)
      buffer.append(contentsOf: FactSpool.frame(facts[start..<end]))
      start = end
    }
    factCount += facts.count
    if buffer.count >= Self.bufferCapacity { try flush() }
  }

  /// Writes what is left, then `trailer` (the input's record), and closes the file.
  func finish(trailer: [UInt8]) throws {
    buffer.append(contentsOf: FactSpool.trailer(trailer))
    try flush()
    // What is left of a longer old content goes.
    guard ftruncate(descriptor, off_t(written)) == 0 else {
      throw LoadError.writeFailed(path: url.path, errno: errno)
    }
    let closeError = POSIXOutput.close(descriptor)
    descriptor = -1
    guard closeError == 0 else {
      throw LoadError.writeFailed(path: url.path, errno: closeError)
    }
    isFinished = true
  }

  /// Removes the unfinished file (nothing after ``finish(trailer:)``).
  func abandon() {
    guard !isFinished else { return }
    isFinished = true
    if descriptor >= 0 { _ = POSIXOutput.close(descriptor) }
    descriptor = -1
    POSIXOutput.remove(url.path)
  }

  private func flush() throws {
    written += try buffer.withUnsafeBytes {
      try POSIXOutput.writeAll($0, to: descriptor, path: url.path)
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Reads a spool back: its trailer alone, or its facts frame by frame, so that memory holds
/// one frame at a time.
enum FactSpoolReader {
  /// The trailer of the spool at `url`, or `nil` when there is no complete spool there.
  static func trailer(at url: URL) -> [UInt8]? {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { _ = close(descriptor) }
    let size = Int(lseek(descriptor, 0, SEEK_END))
    let footer = FactSpool.footerMarker.count + 4
    guard size >= FactSpool.magic.count + footer,
      let end = FileProbe.read(descriptor, count: footer, at: size - footer),
      end.suffix(FactSpool.footerMarker.count).elementsEqual(FactSpool.footerMarker)
    else { return nil }
    let length = Int(FactSpool.uint32(end, at: 0))
    let frameStart = size - footer - length - FactSpool.headerSize
    guard frameStart >= FactSpool.magic.count,
      let start = FileProbe.read(descriptor, count: FactSpool.magic.count, at: 0),
      start == FactSpool.magic,
      let frame = FileProbe.read(descriptor, count: FactSpool.headerSize + length, at: frameStart),
      FactSpool.uint32(frame, at: 0) == UInt32(length),
      FactSpool.uint32(frame, at: 4) == FactSpool.trailerCount
    else { return nil }
    let record = Array(frame[FactSpool.headerSize...])
    let checksum = record.withUnsafeBytes { FactSpool.checksum($0) }
    return checksum == FactSpool.uint64(frame, at: 8) ? record : nil
  }

  /// Calls `body` with each frame's facts in order; throws ``FactSpool/Corrupt`` when the file
  /// is missing, truncated or does not hold exactly `expectedFacts` facts.
  static func forEachFrame(
    at url: URL, expectedFacts: Int, _ body: ([Fact]) throws -> Void
  ) throws {
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw FactSpool.Corrupt(path: url.path, reason: String(cString: strerror(errno)))
    }
    defer { _ = close(descriptor) }
    func corrupt(_ reason: String) -> FactSpool.Corrupt {
      FactSpool.Corrupt(path: url.path, reason: reason)
    }
    let fileSize = Int(lseek(descriptor, 0, SEEK_END))
    guard fileSize >= 0, lseek(descriptor, 0, SEEK_SET) == 0 else {
      throw corrupt(String(cString: strerror(errno)))
    }
    var position = 0
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    func readExactly(_ count: Int) throws -> Bool {
      if buffer.count < count { buffer = [UInt8](repeating: 0, count: count) }
      var done = 0
      while done < count {
        let result = buffer.withUnsafeMutableBytes {
          read(descriptor, $0.baseAddress! + done, count - done)
        }
        if result < 0, errno == EINTR { continue }
        guard result >= 0 else { throw corrupt(String(cString: strerror(errno))) }
        if result == 0 {
          if done == 0 { return false }
          throw corrupt("truncated")
        }
        done += result
      }
      position += count
      return true
    }
    guard try readExactly(FactSpool.magic.count),
      buffer.prefix(FactSpool.magic.count).elementsEqual(FactSpool.magic)
    else {
      throw corrupt("not a spool of this version")
    }
    var total = 0
    while true {
      guard try readExactly(FactSpool.headerSize) else { throw corrupt("no trailer") }
      let length = Int(FactSpool.uint32(buffer, at: 0))
      let count = FactSpool.uint32(buffer, at: 4)
      let checksum = FactSpool.uint64(buffer, at: 8)
      if count == FactSpool.trailerCount { break }
      // A damaged header must not make the reader allocate what it says.
      guard length <= fileSize - position, count <= FactSpool.maximumFrameFacts, Int(count) <= length
      else { throw corrupt("damaged frame header") }
      guard try readExactly(length) else { throw corrupt("truncated") }
      guard buffer.withUnsafeBytes({ FactSpool.checksum(UnsafeRawBufferPointer(rebasing: $0[0..<length])) }) == checksum else {
        throw corrupt("checksum mismatch")
      }
      let facts: [Fact]
      do {
        facts = try buffer.withUnsafeBytes { bytes throws(FactSpool.DecodeError) in
          try FactSpool.facts(
            inPayload: UnsafeRawBufferPointer(rebasing: bytes[0..<length]), count: Int(count))
        }
      } catch let error as FactSpool.DecodeError {
        throw corrupt(error.reason)
      }
      total += facts.count
      try body(facts)
    }
    guard total == expectedFacts else {
      throw corrupt("\(total) facts, expected \(expectedFacts)")
    }
  }
}
