internal import CZlibDeflate

/// zlib's raw deflate and CRC-32, for the workbook writer; no zlib type leaves this file.
///
/// A stream is reset before each piece it compresses, so what a piece becomes depends only on
/// its own bytes (and the level): pieces compressed on different threads, or by different
/// streams, are byte for byte what one stream would have made of them one after another.
final class RawDeflater {
  /// The compression level of every part of a workbook: 3.
  ///
  /// Measured with zlib 1.2.13 on the facts sheet of 406 610 facts (376 MB of row XML) in
  /// 4096-row fragments, CPU time and compressed size per level: 1: 1.22 s, 36.6 MB;
  /// 2: 1.23 s, 34.0 MB; 3: 1.35 s, 32.3 MB; 4: 2.69 s, 31.5 MB; 5: 2.85 s, 28.0 MB;
  /// 6 (zlib's default, which ZIPFoundation used): 3.54 s, 27.0 MB. Levels 1–3 are zlib's
  /// fast matcher, 4–6 its lazy one at twice the time. Level 3 costs a tenth more than level 1
  /// for a file an eighth smaller; level 6 would cost 2.6 times as much for a sixth less.
  /// Fragments of about 40 rows (one report's facts) lose little: 36.8 MB at level 3.
  static let level: Int32 = 3

  private let stream: UnsafeMutablePointer<z_stream>

  /// A raw deflate stream (no zlib header or trailer) at ``level``.
  init() {
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    // Fails only when out of memory; a level or window size out of range is a bug.
    let status = atsetl_deflateInitRaw(stream, Self.level)
    precondition(status == Z_OK, "deflateInit2 failed (\(status))")
  }

  deinit {
    deflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Appends `input` deflated as one self-contained piece to `output`.
  ///
  /// `final: false` ends the piece with a full flush: byte-aligned, not the last block, and no
  /// back-reference into it from what follows, so pieces can be concatenated. `final: true`
  /// ends it with the deflate stream's last block.
  func deflate(_ input: UnsafeRawBufferPointer, final: Bool, appendingTo output: inout [UInt8]) {
    deflateReset(stream)
    // zlib counts in 32 bits: hand it at most 1 GiB at a time.
    let pieceSize = 1 << 30
    var offset = 0
    repeat {
      let count = min(pieceSize, input.count - offset)
      let isLast = offset + count == input.count
      let flush = !isLast ? Z_NO_FLUSH : final ? Z_FINISH : Z_FULL_FLUSH
      stream.pointee.next_in = UnsafeMutablePointer(
        mutating: input.baseAddress?.advanced(by: offset).assumingMemoryBound(to: Bytef.self))
      stream.pointee.avail_in = UInt32(count)
      run(flush: flush, bound: Int(deflateBound(stream, UInt(count))), into: &output)
      offset += count
    } while offset < input.count
  }

  /// Calls `deflate` until it has taken all input and, for a flush, written all output.
  private func run(flush: Int32, bound: Int, into output: inout [UInt8]) {
    var room = bound + 16
    while true {
      let start = output.count
      output.append(contentsOf: repeatElement(0, count: room))
      let status = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
        stream.pointee.next_out = buffer.baseAddress!.advanced(by: start)
        stream.pointee.avail_out = UInt32(room)
        return CZlibDeflate.deflate(stream, flush)
      }
      let left = Int(stream.pointee.avail_out)
      output.removeLast(left)
      // Z_BUF_ERROR only means that no progress was possible, which the checks below cover.
      precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR,
        "deflate failed (\(status))")
      let done = flush == Z_FINISH ? status == Z_STREAM_END : left > 0 && stream.pointee.avail_in == 0
      if done || (flush == Z_NO_FLUSH && stream.pointee.avail_in == 0) { return }
      room = max(room, 1 << 16)
    }
  }

  /// The CRC-32 (ISO-HDLC, as zip stores it) of `bytes`, continuing `crc`.
  static func crc32(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return crc }
    return UInt32(crc32_z(UInt(crc), base.assumingMemoryBound(to: Bytef.self), bytes.count))
  }

  /// The CRC-32 of two byte runs one after the other, from their CRCs and the second's length.
  static func combine(_ first: UInt32, _ second: UInt32, secondCount: Int) -> UInt32 {
    UInt32(crc32_combine(UInt(first), UInt(second), secondCount))
  }
}
