/// The `datapackage.json` document: a Frictionless Tabular Data Package (v1 specs).
///
/// Property names are the specs' own (camelCase: `lineTerminator`, `missingValues`,
/// `decimalChar`); optional properties that are `nil` are left out. See
/// <https://specs.frictionlessdata.io/data-package/>, `tabular-data-resource`, `csv-dialect`
/// and `table-schema`.
package struct DataPackageDescriptor: Sendable, Hashable, Codable {
  /// Always `tabular-data-package`.
  package var profile = "tabular-data-package"
  /// The package name: lower-case letters, digits, `-`, `_`, `.`.
  package var name: String
  /// One entry per CSV file.
  package var resources: [Resource]

  /// One CSV file and how to read it.
  package struct Resource: Sendable, Hashable, Codable {
    /// Unique within the package, same character set as the package name.
    package var name: String
    /// The file's path relative to `datapackage.json`, `/`-separated.
    package var path: String
    /// Always `tabular-data-resource`.
    package var profile = "tabular-data-resource"
    /// What the file holds and in which dialect.
    package var description: String
    /// Always `csv`.
    package var format = "csv"
    /// Always `text/csv`.
    package var mediatype = "text/csv"
    /// `utf-8`, or `utf-8-sig` for a file that starts with a byte order mark.
    package var encoding: String
    /// How the CSV is spelled.
    package var dialect: Dialect
    /// The columns and their types.
    package var schema: Schema
  }

  /// A CSV Dialect description.
  package struct Dialect: Sendable, Hashable, Codable {
    /// The field separator: `,` or `;`.
    package var delimiter: String
    /// `\n` or `\r\n`.
    package var lineTerminator: String
    /// Always `"`.
    package var quoteChar = "\""
    /// Always `true`: a quote inside a quoted field is doubled.
    package var doubleQuote = true
    /// Always `true`: the first row names the columns.
    package var header = true
    /// Always `false`.
    package var skipInitialSpace = false
  }

  /// A Table Schema.
  package struct Schema: Sendable, Hashable, Codable {
    /// One field per column, in file order.
    package var fields: [Field]
    /// Always `[""]`: an empty cell is a missing value.
    package var missingValues = [""]
    /// The columns whose values identify a row, if any.
    package var primaryKey: [String]?
  }

  /// One column.
  package struct Field: Sendable, Hashable, Codable {
    /// The header name.
    package var name: String
    /// `string`, `integer` or `number`.
    package var type: String
    /// One line on what the column holds.
    package var description: String
    /// `,` for numbers in the Norwegian Excel dialect; absent means `.`.
    package var decimalChar: String?
    /// Rules a value must meet; absent when there are none.
    package var constraints: Constraints?
  }

  /// Rules for one column.
  package struct Constraints: Sendable, Hashable, Codable {
    /// `true` when every row has a value.
    package var required: Bool?
    /// The smallest value an integer column may hold.
    package var minimum: Int?
    /// The only values allowed (missing values aside).
    package var allowed: [String]?

    enum CodingKeys: String, CodingKey {
      case required, minimum
      case allowed = "enum"
    }
  }
}
