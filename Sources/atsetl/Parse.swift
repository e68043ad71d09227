import ArgumentParser
import AtsetlLoad
import AtsetlModel
import AtsetlTransform
import Foundation

/// `atsetl parse "<sentence>"`: the quantities of one phrase or sentence, as JSON.
struct Parse: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Print the quantities found in one phrase or sentence as JSON.")

  @Argument(help: "A Norwegian phrase or sentence, e.g. \"i overkant av 400 personer\".")
  var sentence: String

  func run() {
    let quantities = NumberScanner().quantities(in: sentence)
    let names = [
      "text", "start", "end", "kind", "value", "lower", "upper", "qualifier", "unit", "iso",
      "change", "compared_to", "period",
    ]
    let objects = quantities.map { quantity in
      JSONText.object(
        names: names,
        values: [
          .text(quantity.text), .integer(quantity.span.lowerBound),
          .integer(quantity.span.upperBound), .text(quantity.kind.rawValue),
          number(quantity.value), number(quantity.lower), number(quantity.upper),
          .text(quantity.qualifier.rawValue), text(quantity.unit), text(quantity.iso),
          text(quantity.change?.rawValue), text(quantity.comparedTo), text(quantity.period),
        ])
    }
    print(objects.isEmpty ? "[]" : "[\n  " + objects.joined(separator: ",\n  ") + "\n]")
  }

  private func number(_ value: Decimal?) -> FieldValue { value.map(FieldValue.decimal) ?? .null }
  private func text(_ value: String?) -> FieldValue { value.map(FieldValue.text) ?? .null }
}
