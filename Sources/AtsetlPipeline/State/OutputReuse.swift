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

/// The CSV and JSON outputs the last run published, read back for inputs that did not
/// change: an unchanged input's rows and objects are copied from where they were
/// (``Placement``) instead of being decoded from its spool and rendered again.
///
/// Only when every CSV dialect and the JSON the run renders can be read from an output whose
/// size and modification time are still those it had when it was published. The files are
/// opened once, before anything is written, and read with `pread(2)` from any worker; the
/// rename that later publishes the new outputs does not disturb the open files. What is read
/// is checked (in range, a CSV chunk ends a line, a JSON chunk holds whole objects); anything
/// amiss and the input is rendered from its spool as usual.
final class OutputReuse: Sendable {
  /// An open output and which entry of ``Publication/Input/placements`` points into it.
  private struct Source: Sendable {
    let slot: Int
    let descriptor: Int32
    let size: Int
  }

  private let csv: [(dialect: CSVDialect, source: Source)]
  private let json: Source?
  /// The first workbook, when the run writes one and it is as published (its pieces are
  /// taken when they can be; else they are rendered from the facts).
  private let workbook: Source?
  /// Placements per input: one per CSV output, then one per JSON output.
  private let slotCount: Int

  /// Opens the outputs `renderer` renders, as `state` recorded them; nil when the last run
  /// published nothing usable (first run, `--full`, or an output changed or missing since).
  init?(config: PipelineConfig, renderer: FactRenderer, state: IncrementalState) {
    guard let stamps = state.outputs, !renderer.isEmpty else { return nil }
    let csvOutputs = config.outputs.filter { $0.format == .csv }
    let jsonOutputs = config.outputs.filter { $0.format == .json }
    var opened: [Int32] = []
    func openSource(_ output: OutputConfig, slot: Int) -> Source? {
      let url = output.path.url
      guard let stamp = Publication.Stamp(of: url), stamps[url.path] == stamp else { return nil }
      let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      opened.append(descriptor)
      return Source(slot: slot, descriptor: descriptor, size: stamp.size)
    }
    var csv: [(CSVDialect, Source)] = []
    var json: Source?
    var complete = true
    for dialect in renderer.csvDialects {
      guard let slot = csvOutputs.firstIndex(where: { Pipeline.dialect($0) == dialect }),
        let source = openSource(csvOutputs[slot], slot: slot)
      else {
        complete = false
        break
      }
      csv.append((dialect, source))
    }
    if complete, renderer.rendersJSON {
      json = jsonOutputs.first.flatMap { openSource($0, slot: csvOutputs.count) }
      complete = json != nil
    }
    guard complete else {
      for descriptor in opened { _ = close(descriptor) }
      return nil
    }
    self.csv = csv
    self.json = json
    workbook =
      renderer.rendersWorkbook
      ? config.outputs.first { $0.format == .xlsx }.flatMap { openSource($0, slot: -1) } : nil
    slotCount = csvOutputs.count + jsonOutputs.count
  }

  deinit {
    for (_, source) in csv { _ = close(source.descriptor) }
    if let json { _ = close(json.descriptor) }
    if let workbook { _ = close(workbook.descriptor) }
  }

  /// The rows and objects of an input with `factCount` facts, copied from where the last run
  /// put them, and its workbook piece when `sheetPiece` says where it is and it reads back;
  /// nil when the rows or objects cannot be read or do not look like its rows and objects.
  /// ``RenderedFacts/kinds`` is left empty: it needs the facts.
  func rendered(from placements: [Placement], sheetPiece: SheetPiece?, factCount: Int)
    -> RenderedFacts?
  {
    guard placements.count == slotCount else { return nil }
    var rendered = RenderedFacts()
    rendered.count = factCount
    for (dialect, source) in csv {
      guard let rows = read(placements[source.slot], from: source, factCount: factCount),
        rows.isEmpty || rows.last == UInt8(ascii: "\n")
      else { return nil }
      rendered.csvRows[dialect] = rows
    }
    if let json {
      guard let objects = read(placements[json.slot], from: json, factCount: factCount),
        objects.isEmpty
          || (objects.starts(with: [UInt8(ascii: "\n"), UInt8(ascii: "{")])
            && objects.last == UInt8(ascii: "}"))
      else { return nil }
      rendered.jsonObjects = objects
    }
    if let workbook, let sheetPiece, factCount > 0, let piece = self.piece(sheetPiece, from: workbook, factCount: factCount) {
      rendered.workbookPieces = [piece]
    }
    return rendered
  }

  /// The deflated piece `sheetPiece` describes, read from the last workbook: it must hold
  /// the input's rows and end as every piece does, with a full flush (`00 00 FF FF`).
  private func piece(_ sheetPiece: SheetPiece, from source: Source, factCount: Int)
    -> XLSXSheetFragment?
  {
    guard sheetPiece.rowCount == factCount, sheetPiece.contentWidths.count == Fact.fieldNames.count,
      let deflated = read(sheetPiece.placement, from: source, factCount: factCount),
      deflated.count >= 4, deflated.suffix(4).elementsEqual([0x00, 0x00, 0xFF, 0xFF])
    else { return nil }
    return XLSXSheetFragment(
      columnCount: Fact.fieldNames.count, rowCount: sheetPiece.rowCount, deflated: deflated,
      byteCount: sheetPiece.byteCount, crc: sheetPiece.crc,
      contentWidths: sheetPiece.contentWidths)
  }

  /// The bytes at `placement`; nil when out of the file, empty for an input without facts
  /// only (and only then), or unreadable.
  private func read(_ placement: Placement, from source: Source, factCount: Int) -> [UInt8]? {
    guard placement.offset >= 0, placement.count >= 0,
      placement.count <= source.size - placement.offset,
      (placement.count == 0) == (factCount == 0)
    else { return nil }
    return FileProbe.read(source.descriptor, count: placement.count, at: placement.offset)
  }
}
