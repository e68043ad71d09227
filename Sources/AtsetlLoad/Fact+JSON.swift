import AtsetlModel

extension Fact {
  /// The fact as one line of JSON (no line break): keys in ``Fact/fieldNames`` order, numbers
  /// as numbers, missing values as `null`. The same fact always gives the same bytes.
  ///
  /// `{"id":"a1","document":"input/2021.txt",…,"value":15600000,…,"column":null}`
  package var jsonObject: String {
    JSONText.object(names: Fact.fieldNames, values: fieldValues)
  }
}
