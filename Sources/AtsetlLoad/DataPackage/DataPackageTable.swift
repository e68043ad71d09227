import AtsetlModel

/// Which table a CSV resource holds: the facts, the document list or the metric series.
package enum DataPackageTable: Sendable, Hashable {
  /// `facts.csv` (any dialect): columns ``Fact/fieldNames``.
  case facts
  /// `documents.csv`: columns ``DocumentRecord/fieldNames``.
  case documents
  /// `series.csv`: columns ``SeriesTable/header`` for these years.
  case series(years: [Int])

  /// The table's name: the resource name when its file name gives none.
  package var name: String {
    switch self {
    case .facts: "facts"
    case .documents: "documents"
    case .series: "series"
    }
  }

  /// The column names, in file order.
  package var fieldNames: [String] {
    switch self {
    case .facts: Fact.fieldNames
    case .documents: DocumentRecord.fieldNames
    case .series(let years): SeriesTable(years: years, rows: []).header
    }
  }

  /// The Table Schema fields for this table, numbers spelled with `decimalSeparator`.
  ///
  /// A column without a description below (one added to the writers but not here) still gets
  /// a `string` field, so the schema always matches the file; a test keeps the list complete.
  package func fields(decimalSeparator: String) -> [DataPackageDescriptor.Field] {
    let specifications = self.specifications
    return fieldNames.map { name in
      let specification =
        specifications[name] ?? ColumnSpecification(.string, "")
      var field = DataPackageDescriptor.Field(
        name: name, type: specification.type.rawValue, description: specification.description)
      if specification.type == .number, decimalSeparator != "." {
        field.decimalChar = decimalSeparator
      }
      if specification.required || specification.minimum != nil || specification.allowed != nil {
        field.constraints = DataPackageDescriptor.Constraints(
          required: specification.required ? true : nil, minimum: specification.minimum,
          allowed: specification.allowed)
      }
      return field
    }
  }

  /// The columns that identify a row: `path` for documents, `metric` for series, none for facts.
  package var primaryKey: [String]? {
    switch self {
    case .facts: nil
    case .documents: ["path"]
    case .series: ["metric"]
    }
  }

  /// What the file holds, for the resource's description.
  package var summary: String {
    switch self {
    case .facts:
      "Number facts found in the reports, one row per phrase, sorted by document and offset."
    case .documents: "One row per input document: what was read and whether it was quarantined."
    case .series:
      "The metrics of pipeline.json over the years: one row per metric; per year its value, qualifier and the id of the fact it came from."
    }
  }

  /// Whether a column has a description here (tests check that every column has one).
  package func describes(_ name: String) -> Bool {
    specifications[name] != nil
  }

  /// Each column's specification, by name.
  private var specifications: [String: ColumnSpecification] {
    switch self {
    case .facts: Self.factFields
    case .documents: Self.documentFields
    case .series(let years): Self.seriesFields(years: years)
    }
  }

  /// A Table Schema type we use.
  enum FieldType: String {
    case string, integer, number
  }

  /// One column's type, description and constraints.
  struct ColumnSpecification {
    var type: FieldType
    var description: String
    var required = false
    var minimum: Int?
    var allowed: [String]?

    init(
      _ type: FieldType, _ description: String, required: Bool = false, minimum: Int? = nil,
      allowed: [String]? = nil
    ) {
      self.type = type
      self.description = description
      self.required = required
      self.minimum = minimum
      self.allowed = allowed
    }
  }

  private static let formats = SourceFormat.allCases.map(\.rawValue)

  /// SPEC §4, one line per column.
  private static let factFields: [String: ColumnSpecification] = [
    "id": .init(
      .string, "Stable identifier: a hash of document, offset and text; the same across runs.",
      required: true),
    "document": .init(
      .string, "Input path relative to the config file; #n marks the n-th report in a file.",
      required: true),
    "format": .init(.string, "Input format.", required: true, allowed: formats),
    "municipality": .init(.string, "Municipality, from the document or the pipeline defaults."),
    "report_year": .init(.integer, "Report year, from the title, metadata or config."),
    "section_number": .init(.string, "Section number as written, e.g. 8.16 (text, not a number)."),
    "section_title": .init(.string, "Section title, e.g. Arbeidstreningssenteret."),
    "heading": .init(.string, "Nearest sub-heading above the sentence."),
    "sentence": .init(.string, "The whole sentence that holds the phrase.", required: true),
    "text": .init(
      .string, "The phrase exactly as written, with its modifier and unit words.", required: true),
    "offset": .init(
      .integer, "Unicode scalar offset of text in the document's extracted plain text.",
      required: true, minimum: 0),
    "line": .init(.integer, "1-based line in the source file.", required: true, minimum: 1),
    "kind": .init(
      .string, "What the number measures.", required: true,
      allowed: QuantityKind.allCases.map(\.rawValue)),
    "value": .init(
      .number,
      "Normalised value (kr 15,6 mill. is 15600000, halvparten 0.5); empty for ranges and dates."),
    "lower": .init(
      .number, "Lower bound implied by the qualifier (above: the value; range: the low end)."),
    "upper": .init(
      .number, "Upper bound implied by the qualifier (below: the value; range: the high end)."),
    "qualifier": .init(
      .string, "How the text qualifies the value (i overkant av: slightly_above).", required: true,
      allowed: Qualifier.allCases.map(\.rawValue)),
    "unit": .init(
      .string,
      "Counted noun as written, lower-case (personer), or NOK, %, pp, day, week, month, year."),
    "iso": .init(.string, "A date in ISO 8601 form, as precise as written: 2017-01-01 or 2017-05."),
    "change": .init(
      .string, "The direction of a change the phrase states.",
      allowed: Change.allCases.map(\.rawValue)),
    "compared_to": .init(
      .string, "What a change or comparison is against: a year or previous_year."),
    "period": .init(
      .string, "The year the fact is about: a year named in the sentence, else the report year."),
    "language": .init(
      .string, "Written language of the document: nb (bokmål) or nn (nynorsk).", required: true,
      allowed: Language.allCases.map(\.rawValue)),
    "row": .init(.string, "For a table cell: its row label; empty in prose."),
    "column": .init(.string, "For a table cell: its column header; empty in prose."),
  ]

  /// SPEC §6, one line per column.
  private static let documentFields: [String: ColumnSpecification] = [
    "path": .init(
      .string, "Input path relative to the config file; #n marks the n-th report in a file.",
      required: true),
    "format": .init(.string, "Input format.", required: true, allowed: formats),
    "sha256": .init(.string, "Lower-case hex SHA-256 of the input file's bytes.", required: true),
    "report_year": .init(.integer, "Report year, when known."),
    "sections": .init(.integer, "Number of sections found.", required: true, minimum: 0),
    "facts": .init(
      .integer, "Number of facts found (0 when quarantined).", required: true, minimum: 0),
    "status": .init(
      .string, "ok, or quarantined when the document was set aside.", required: true,
      allowed: [DocumentRecord.Status.ok.rawValue, DocumentRecord.Status.quarantined.rawValue]),
    "error": .init(
      .string, "Why the document was quarantined, with file, line and column; empty when ok."),
  ]

  /// The series columns for `years`.
  private static func seriesFields(years: [Int]) -> [String: ColumnSpecification] {
    var fields: [String: ColumnSpecification] = [
      "metric": .init(.string, "The metric's id in pipeline.json.", required: true),
      "title": .init(.string, "The metric's title.", required: true),
      "kind": .init(
        .string, "The kind of fact the metric counts.", required: true,
        allowed: QuantityKind.allCases.map(\.rawValue)),
      "unit": .init(.string, "The unit of the values (counted noun, NOK, %, …)."),
      "conflicts": .init(
        .string, "Years where the reports give different values for the metric, with each reading."),
    ]
    for year in years {
      fields["\(year)"] = .init(.number, "The value for \(year), normalised as in facts.value.")
      fields["\(year)_qualifier"] = .init(
        .string, "How the text qualifies the \(year) value.",
        allowed: Qualifier.allCases.map(\.rawValue))
      fields["\(year)_fact"] = .init(.string, "The id of the fact the \(year) value came from.")
    }
    return fields
  }
}
