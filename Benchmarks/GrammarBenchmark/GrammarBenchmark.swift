import AtsetlModel
import AtsetlTransform
import Foundation

/// Measures the number grammar alone: sentences of report prose in, quantities out.
///
/// Usage: `atsetl-grammar-bench FILE [MEGABYTES]` — the file's paragraphs are split into
/// sentences once and scanned repeatedly until MEGABYTES (default 50) of sentence text have
/// been scanned, on one core. Prints MB/s, sentences/s and quantities/s.
///
/// `atsetl-grammar-bench --dump FILE` instead prints every quantity of every line of FILE
/// (each line scanned as one sentence), for diffing the grammar's output before and after
/// a change.
@main
struct GrammarBenchmark {
  static func main() {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2, !arguments[1].hasPrefix("-") || arguments[1] == "--dump" else {
      fail("usage: atsetl-grammar-bench FILE [MEGABYTES] | --dump FILE", status: 64)
    }
    if arguments[1] == "--dump" {
      guard arguments.count == 3 else { fail("usage: atsetl-grammar-bench --dump FILE", status: 64) }
      dump(path: arguments[2])
      return
    }
    let text = read(arguments[1])
    let megabytes = arguments.count > 2 ? Double(arguments[2]) ?? 50 : 50
    let scalars = Array(text.unicodeScalars)
    let sentences = SentenceSplitter.sentences(in: scalars).map {
      String(String.UnicodeScalarView(scalars[$0]))
    }
    let bytesPerPass = sentences.reduce(0) { $0 + $1.utf8.count }
    let passes = max(1, Int(megabytes * 1_000_000 / Double(max(bytesPerPass, 1))))
    let scanner = NumberScanner()
    var quantities = 0
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      for _ in 0..<passes {
        for sentence in sentences { quantities += scanner.quantities(in: sentence).count }
      }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let totalBytes = Double(bytesPerPass * passes)
    print(String(format: "grammar: %.1f MB in %.2f s = %.1f MB/s, %.0f sentences/s, %.0f quantities/s",
      totalBytes / 1e6, seconds, totalBytes / 1e6 / seconds,
      Double(sentences.count * passes) / seconds, Double(quantities) / seconds))
  }

  /// Prints the quantities of each line of the file at `path`, one line each, with the bytes
  /// of each `Decimal` (equal values may be stored differently, and writers may see that).
  static func dump(path: String) {
    let text = read(path)
    let scanner = NumberScanner()
    var output = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let quantities = scanner.quantities(in: String(line))
      let bytes = quantities.flatMap { [$0.value, $0.lower, $0.upper] }.map(hex)
      output += "\(quantities) \(bytes.joined(separator: ","))\n"
      if output.utf8.count > 1 << 16 {
        print(output, terminator: "")
        output = ""
      }
    }
    print(output, terminator: "")
  }

  /// The text of the UTF-8 file at `path`; an unreadable file ends the program with a line
  /// that names it.
  static func read(_ path: String) -> String {
    do {
      return try String(contentsOfFile: path, encoding: .utf8)
    } catch {
      fail("atsetl-grammar-bench: cannot read \(path) as UTF-8 text: \(error.localizedDescription)", status: 66)
    }
  }

  static func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(status)
  }

  /// The bytes of `value` in hexadecimal, or "-" for none.
  static func hex(_ value: Decimal?) -> String {
    guard var value else { return "-" }
    return withUnsafeBytes(of: &value) { $0.map { String($0, radix: 16) }.joined(separator: ".") }
  }
}
