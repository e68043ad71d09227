import Foundation

/// The content of `run.json`: what one run did, for the operator and for monitoring (SPEC §6).
///
/// Encoded with snake_case keys, sorted, pretty-printed, dates as ISO 8601 UTC
/// (`2024-05-02T01:00:00Z`), durations in seconds rounded to milliseconds. See
/// ``write(to:faults:)``.
package struct RunSummary: Sendable, Hashable, Codable {
  /// Seconds spent in each stage.
  package struct Durations: Sendable, Hashable, Codable {
    /// Files → documents.
    package var extract: Double
    /// Documents → facts.
    package var transform: Double
    /// Facts → files.
    package var load: Double

    /// Durations in seconds, rounded to milliseconds so the file reads well.
    package init(extract: Double, transform: Double, load: Double) {
      self.extract = (extract * 1000).rounded() / 1000
      self.transform = (transform * 1000).rounded() / 1000
      self.load = (load * 1000).rounded() / 1000
    }
  }

  /// How many documents, facts and quarantined documents a source (or the run) had.
  package struct Counts: Sendable, Hashable, Codable {
    /// Documents read (a file with several reports counts each).
    package var documents: Int
    /// Facts published.
    package var facts: Int
    /// Documents quarantined.
    package var quarantined: Int

    /// Counts; all zero by default.
    package init(documents: Int = 0, facts: Int = 0, quarantined: Int = 0) {
      self.documents = documents
      self.facts = facts
      self.quarantined = quarantined
    }
  }

  /// A document set aside, with where and why.
  package struct QuarantinedDocument: Sendable, Hashable, Codable {
    /// The input path relative to the config file.
    package var path: String
    /// 1-based line of the problem, when known.
    package var line: Int?
    /// 1-based column of the problem, when known.
    package var column: Int?
    /// What was wrong, for a person.
    package var reason: String

    /// A quarantined document.
    package init(path: String, line: Int? = nil, column: Int? = nil, reason: String) {
      self.path = path
      self.line = line
      self.column = column
      self.reason = reason
    }

    /// Writes `line` and `column` as `null` when unknown, so every entry has the same keys.
    package func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(path, forKey: .path)
      try container.encode(line, forKey: .line)
      try container.encode(column, forKey: .column)
      try container.encode(reason, forKey: .reason)
    }
  }

  /// The atsetl version that ran (`atsetl --version`).
  package var atsetlVersion: String
  /// A hash of the effective configuration, to tell runs with different settings apart.
  package var configHash: String
  /// When the run started.
  package var startedAt: Date
  /// When the run ended.
  package var finishedAt: Date
  /// Time per stage.
  package var durations: Durations
  /// Counts per source id (`pipeline.json` `sources[].id`).
  package var sources: [String: Counts]
  /// The sum of ``sources``.
  package var totals: Counts
  /// Warnings met on the way (`input/old.txt: decoded as Windows-1252`).
  package var warnings: [String]
  /// The documents that were quarantined.
  package var quarantined: [QuarantinedDocument]

  /// A summary; ``totals`` is the sum of `sources`.
  package init(
    atsetlVersion: String, configHash: String, startedAt: Date, finishedAt: Date,
    durations: Durations, sources: [String: Counts], warnings: [String] = [],
    quarantined: [QuarantinedDocument] = []
  ) {
    self.atsetlVersion = atsetlVersion
    self.configHash = configHash
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.durations = durations
    self.sources = sources
    self.totals = sources.values.reduce(into: Counts()) { sum, counts in
      sum.documents += counts.documents
      sum.facts += counts.facts
      sum.quarantined += counts.quarantined
    }
    self.warnings = warnings
    self.quarantined = quarantined
  }

  enum CodingKeys: String, CodingKey {
    case atsetlVersion = "atsetl_version"
    case configHash = "config_hash"
    case startedAt = "started_at"
    case finishedAt = "finished_at"
    case durations, sources, totals, warnings, quarantined
  }
}
