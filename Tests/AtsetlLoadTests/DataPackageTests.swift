import AtsetlLoad
import AtsetlModel
import Foundation
import Testing

let sampleResources = [
  DataPackageResource(path: "facts.csv", table: .facts),
  DataPackageResource(path: "facts-excel.csv", dialect: .excelNorwegian, table: .facts),
  DataPackageResource(path: "documents.csv", table: .documents),
]

/// Writes `datapackage.json` for ``sampleResources`` and returns it parsed as plain JSON.
func writtenPackage(in folder: TemporaryFolder) throws -> [String: Any] {
  let url = folder.file("datapackage.json")
  try DataPackageWriter.write(to: url, name: "Stavanger ATS", resources: sampleResources)
  let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
  return try #require(object as? [String: Any])
}

func resources(_ package: [String: Any]) throws -> [[String: Any]] {
  try #require(package["resources"] as? [[String: Any]])
}

func fields(_ resource: [String: Any]) throws -> [[String: Any]] {
  let schema = try #require(resource["schema"] as? [String: Any])
  return try #require(schema["fields"] as? [[String: Any]])
}

func field(_ name: String, in resource: [String: Any]) throws -> [String: Any] {
  try #require(try fields(resource).first { $0["name"] as? String == name })
}

@Test func packageDescribesEveryResource() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let package = try writtenPackage(in: folder)
  #expect(package["name"] as? String == "stavanger-ats")
  #expect(package["profile"] as? String == "tabular-data-package")
  let described = try resources(package)
  #expect(described.map { $0["name"] as? String } == ["facts", "facts-excel", "documents"])
  #expect(
    described.map { $0["path"] as? String } == ["facts.csv", "facts-excel.csv", "documents.csv"])
  for resource in described {
    #expect(resource["profile"] as? String == "tabular-data-resource")
    #expect(resource["format"] as? String == "csv")
    #expect(resource["mediatype"] as? String == "text/csv")
    let schema = try #require(resource["schema"] as? [String: Any])
    #expect(schema["missingValues"] as? [String] == [""])
    let dialect = try #require(resource["dialect"] as? [String: Any])
    #expect(dialect["quoteChar"] as? String == "\"")
    #expect(dialect["doubleQuote"] as? Bool == true)
    #expect(dialect["header"] as? Bool == true)
  }
}

@Test func schemaFieldsFollowTheColumnsInOrder() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let described = try resources(try writtenPackage(in: folder))
  #expect(try fields(described[0]).map { $0["name"] as? String } == Fact.fieldNames)
  #expect(try fields(described[1]).map { $0["name"] as? String } == Fact.fieldNames)
  #expect(try fields(described[2]).map { $0["name"] as? String } == DocumentRecord.fieldNames)
  for resource in described {
    for field in try fields(resource) {
      let description = try #require(field["description"] as? String)
      #expect(!description.isEmpty && !description.contains("\n"))
    }
  }
  for table: DataPackageTable in [.facts, .documents, .series(years: [2017, 2021])] {
    for name in table.fieldNames {
      #expect(table.describes(name), "\(table).\(name) has no description")
    }
  }
}

@Test(arguments: [
  ("id", "string"), ("document", "string"), ("report_year", "integer"),
  ("section_number", "string"), ("sentence", "string"), ("text", "string"), ("offset", "integer"),
  ("line", "integer"), ("value", "number"), ("lower", "number"), ("upper", "number"),
  ("iso", "string"), ("period", "string"), ("kind", "string"),
])
func factFieldTypes(name: String, type: String) throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let described = try resources(try writtenPackage(in: folder))
  #expect(try field(name, in: described[0])["type"] as? String == type)
  #expect(try field(name, in: described[1])["type"] as? String == type)
}

@Test func documentFieldTypes() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let documents = try resources(try writtenPackage(in: folder))[2]
  let types = try fields(documents).map { $0["type"] as? String }
  #expect(
    types == ["string", "string", "string", "integer", "integer", "integer", "string", "string"])
  let schema = try #require(documents["schema"] as? [String: Any])
  #expect(schema["primaryKey"] as? [String] == ["path"])
}

@Test func enumsMatchTheModel() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let described = try resources(try writtenPackage(in: folder))
  func allowed(_ name: String, _ resource: [String: Any]) throws -> [String]? {
    (try field(name, in: resource)["constraints"] as? [String: Any])?["enum"] as? [String]
  }
  for facts in described.prefix(2) {
    #expect(try allowed("kind", facts) == QuantityKind.allCases.map(\.rawValue))
    #expect(try allowed("qualifier", facts) == Qualifier.allCases.map(\.rawValue))
    #expect(try allowed("change", facts) == Change.allCases.map(\.rawValue))
    #expect(try allowed("language", facts) == Language.allCases.map(\.rawValue))
    #expect(try allowed("format", facts) == SourceFormat.allCases.map(\.rawValue))
    #expect(try allowed("unit", facts) == nil)
  }
  #expect(try allowed("status", described[2]) == ["ok", "quarantined"])
  #expect(try allowed("format", described[2]) == SourceFormat.allCases.map(\.rawValue))
}

@Test func requiredColumnsAreThoseAlwaysPresent() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let described = try resources(try writtenPackage(in: folder))
  func required(_ resource: [String: Any]) throws -> [String] {
    try fields(resource).compactMap { field in
      (field["constraints"] as? [String: Any])?["required"] as? Bool == true
        ? field["name"] as? String : nil
    }
  }
  let factsRequired = [
    "id", "document", "format", "sentence", "text", "offset", "line", "kind", "qualifier",
    "language",
  ]
  #expect(try required(described[0]) == factsRequired)
  #expect(
    try required(described[2]) == ["path", "format", "sha256", "sections", "facts", "status"])
  // Every required column really is never empty in the writers' output.
  for fact in sampleFacts {
    for (name, value) in zip(Fact.fieldNames, fact.fieldValues) where factsRequired.contains(name) {
      #expect(value != .null && value != .text(""))
    }
  }
}

@Test func dialectsMatchTheCSVFiles() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let described = try resources(try writtenPackage(in: folder))
  let plain = try #require(described[0]["dialect"] as? [String: Any])
  let excel = try #require(described[1]["dialect"] as? [String: Any])
  #expect(plain["delimiter"] as? String == ",")
  #expect(plain["lineTerminator"] as? String == "\n")
  #expect(described[0]["encoding"] as? String == "utf-8")
  #expect(excel["delimiter"] as? String == ";")
  #expect(excel["lineTerminator"] as? String == "\r\n")
  #expect(described[1]["encoding"] as? String == "utf-8-sig")
  for name in ["value", "lower", "upper"] {
    #expect(try field(name, in: described[1])["decimalChar"] as? String == ",")
    #expect(try field(name, in: described[0])["decimalChar"] == nil)
  }
  #expect(try field("offset", in: described[1])["decimalChar"] == nil)
  #expect((described[1]["description"] as? String)?.contains("U+2060") == true)
  #expect((described[0]["description"] as? String)?.contains("U+2060") == false)
}

@Test func descriptorIsDeterministicAndDecodable() throws {
  let descriptor = try DataPackageWriter.descriptor(
    resources: sampleResources, packagePath: "output/datapackage.json")
  let first = try DataPackageWriter.encoded(descriptor, packagePath: "output/datapackage.json")
  let again = try DataPackageWriter.encoded(
    try DataPackageWriter.descriptor(resources: sampleResources, packagePath: "x"), packagePath: "x"
  )
  #expect(first == again)
  #expect(first.last == UInt8(ascii: "\n"))
  #expect(try JSONDecoder().decode(DataPackageDescriptor.self, from: first) == descriptor)
  #expect(descriptor.name == DataPackageWriter.defaultName)
}

@Test func duplicateFileNamesGetUniqueResourceNames() throws {
  let descriptor = try DataPackageWriter.descriptor(
    resources: [
      DataPackageResource(path: "a/facts.csv", table: .facts),
      DataPackageResource(path: "b/facts.csv", table: .facts),
      DataPackageResource(path: "Fakta År.CSV", table: .facts),
    ], packagePath: "datapackage.json")
  #expect(descriptor.resources.map(\.name) == ["facts", "facts-2", "fakta--r"])
}

@Test(arguments: [
  "/etc/passwd", "../facts.csv", "a/../../b.csv", "", "a//b.csv", "http://x/y.csv", "a\\b.csv",
])
func unsafePathsAreRejected(path: String) {
  #expect(
    throws: DataPackageError.resourceOutsidePackage(package: "output/datapackage.json", path: path)
  ) {
    try DataPackageWriter.descriptor(
      resources: [DataPackageResource(path: path, table: .facts)],
      packagePath: "output/datapackage.json")
  }
}

@Test func resourcePathsAreMadeRelativeToThePackage() throws {
  let package = URL(fileURLWithPath: "/srv/atsetl/output/datapackage.json")
  let resource = try DataPackageResource(
    file: URL(fileURLWithPath: "/srv/atsetl/output/excel/facts.csv"), package: package,
    dialect: .excelNorwegian, table: .facts)
  #expect(resource.path == "excel/facts.csv")
  #expect(throws: DataPackageError.self) {
    try DataPackageResource(
      file: URL(fileURLWithPath: "/srv/atsetl/facts.csv"), package: package, table: .facts)
  }
  #expect(throws: DataPackageError.noResources(package: "p.json")) {
    try DataPackageWriter.descriptor(resources: [], packagePath: "p.json")
  }
}

@Test func failedPackageWriteLeavesOldFile() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let url = folder.file("datapackage.json")
  try Data("{}".utf8).write(to: url)
  #expect(throws: LoadError.writeFailed(path: url.relativePath, errno: ENOSPC)) {
    try DataPackageWriter.write(
      to: url, resources: sampleResources, faults: FaultInjection(failWritesAfterBytes: 10))
  }
  #expect(try Data(contentsOf: url) == Data("{}".utf8))
  #expect(try folder.contents() == ["datapackage.json"])
}
