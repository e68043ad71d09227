/// Why an `.xlsx` workbook could not be built; the previous file at that path is left whole.
///
/// Every message names the output path first, as configured (`output/facts.xlsx: …`). Disk
/// errors while writing come as ``LoadError``.
package enum XLSXError: Error, Equatable, CustomStringConvertible {
  /// A sheet name Excel would reject: empty, longer than 31 characters, holding `[]:*?/\`,
  /// starting or ending with `'`, or the reserved `History`.
  case invalidSheetName(path: String, name: String)
  /// Two sheets with the same name (Excel compares names case-insensitively).
  case duplicateSheetName(path: String, name: String)
  /// A header with no columns, or more than Excel's 16,384 columns.
  case invalidColumnCount(path: String, sheet: String, count: Int)
  /// More rows than Excel's 1,048,576 (header included).
  case tooManyRows(path: String, sheet: String)
  /// A fragment rendered for another number of columns was appended to a sheet.
  case fragmentColumnMismatch(path: String, sheet: String, columns: Int, expected: Int)
  /// A row was written to a sheet of another workbook.
  case unknownSheet(path: String)
  /// ``XLSXWriter/commit()`` was called before any sheet was added.
  case noSheets(path: String)
  /// Building the zip container failed (the reason from the archiver).
  case archiveFailed(path: String, reason: String)

  /// The operator-facing message, path first.
  package var description: String {
    switch self {
    case .invalidSheetName(let path, let name):
      "\(path): invalid sheet name '\(name)' (1 to 31 characters, none of []:*?/\\, not History)"
    case .duplicateSheetName(let path, let name):
      "\(path): two sheets are named '\(name)'"
    case .invalidColumnCount(let path, let sheet, let count):
      "\(path): sheet '\(sheet)' has \(count) columns; a sheet needs 1 to 16384"
    case .tooManyRows(let path, let sheet):
      "\(path): sheet '\(sheet)' has more than 1048576 rows, the spreadsheet limit"
    case .fragmentColumnMismatch(let path, let sheet, let columns, let expected):
      "\(path): rows rendered for \(columns) columns were appended to sheet '\(sheet)', which has \(expected)"
    case .unknownSheet(let path):
      "\(path): a row was written to a sheet this workbook does not have"
    case .noSheets(let path):
      "\(path): a workbook needs at least one sheet"
    case .archiveFailed(let path, let reason):
      "\(path): cannot build the spreadsheet archive: \(reason)"
    }
  }
}
