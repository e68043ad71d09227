import AtsetlModel

extension Fact {
  /// The fact as one line of JSON (no line break): keys in ``Fact/fieldNames`` order, numbers
  /// as numbers, missing values as `null`. The same fact always gives the same bytes.
  ///
  /// `{"id":"a1","document":"input/2021.txt",…,"value":15600000,…,"column":null}`
  package var jsonObject: String {
    var bytes: [UInt8] = []
    appendJSONObject(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``jsonObject``'s bytes.
  package func appendJSONObject(to bytes: inout [UInt8]) {
    Self.appendJSONObject(fields: fieldValues, to: &bytes)
  }

  /// Appends the JSON object of a fact given as its ``fieldValues``.
  package static func appendJSONObject(fields: [FieldValue], to bytes: inout [UInt8]) {
    JSONText.append(object: fields, keys: jsonKeys, to: &bytes)
  }

  private static let jsonKeys = JSONText.ObjectKeys(Fact.fieldNames)
}
