import AtsetlLoad
import AtsetlModel
import Foundation

/// What a published run wrote and from which inputs, saved in the incremental state.
///
/// When the next run finds the same inputs with the same size and modification time, and
/// every output still has the size and modification time it had when it was published, the
/// outputs are already what a full run would write: the run skips reading and publishing
/// and only writes run.json, from the counts, warnings and quarantined documents kept here.
package struct Publication: Sendable, Equatable {
  /// A file's size and modification time (seconds since 1970, from `stat(2)`).
  package struct Stamp: Sendable, Equatable {
    package var size: Int
    package var modified: Double

    package init(size: Int, modified: Double) {
      self.size = size
      self.modified = modified
    }

    /// The stamp of the file at `url` now, or nil when it is missing or not a regular file.
    package init?(of url: URL) {
      guard let stat = IncrementalState.stat(url) else { return nil }
      self.init(size: stat.size, modified: stat.modified)
    }
  }

  /// One input as it was read: the source that matched it, its stamp, its documents.csv record.
  package struct Input: Sendable, Equatable {
    package var source: String
    package var path: String
    package var format: SourceFormat
    package var stamp: Stamp
    package var sha256: String
    package var reportYear: Int?
    package var sections: Int
    package var facts: Int
    package var error: Diagnostic?
    /// The warnings met while reading it, as run.json lists them.
    package var warnings: [String]
    /// Where its facts went in each CSV output, then each JSON output (configuration order).
    package var placements: [Placement] = []
    /// Its rows in the workbook's facts sheet, when they were one piece.
    package var sheetPiece: SheetPiece?

    /// Its row of documents.csv.
    package var record: DocumentRecord {
      DocumentRecord(
        path: path, format: format, sha256: sha256, reportYear: reportYear, sections: sections,
        facts: facts, error: error)
    }
  }

  /// Every input, in the order the run read them (quarantined ones too).
  package var inputs: [Input]
  /// Every published file except run.json, by path, as it was right after publishing.
  package var outputs: [String: Stamp]

  package init(inputs: [Input], outputs: [String: Stamp]) {
    self.inputs = inputs
    self.outputs = outputs
  }

  /// Whether `files` are exactly the inputs read last time, each with the same stamp, and
  /// every output in `outputFiles` is still as it was published.
  func isCurrent(for files: [InputFile], outputFiles: [URL]) -> Bool {
    guard files.count == inputs.count, outputFiles.count == outputs.count else { return false }
    for (file, input) in zip(files, inputs) {
      guard file.path == input.path, file.source == input.source, file.format == input.format,
        Stamp(of: file.url) == input.stamp
      else { return false }
    }
    return outputFiles.allSatisfy { url in
      outputs[url.path].map { Stamp(of: url) == $0 } ?? false
    }
  }
}

/// Where one input's facts are in a published output file: `count` bytes from `offset`.
package struct Placement: Sendable, Equatable {
  package var offset: Int
  package var count: Int

  package init(offset: Int, count: Int) {
    self.offset = offset
    self.count = count
  }
}

/// One input's rows in the workbook's facts sheet: where their deflated piece is in the file
/// and what the sheet needs to know about them, so that the next workbook can take the piece
/// as it is.
package struct SheetPiece: Sendable, Equatable {
  /// The deflated bytes in the workbook file.
  package var placement: Placement
  /// The length and CRC-32 of the rows' XML.
  package var byteCount: Int
  package var crc: UInt32
  package var rowCount: Int
  /// The widest content per column, in characters.
  package var contentWidths: [Int]

  package init(
    placement: Placement, byteCount: Int, crc: UInt32, rowCount: Int, contentWidths: [Int]
  ) {
    self.placement = placement
    self.byteCount = byteCount
    self.crc = crc
    self.rowCount = rowCount
    self.contentWidths = contentWidths
  }
}
