import ArgumentParser
import Logging

/// `--quiet` / `--verbose`, and the one place that bootstraps swift-log.
struct LoggingOptions: ParsableArguments {
  @Flag(name: .shortAndLong, help: "Log only errors (for cron).")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Log every step.")
  var verbose = false

  /// A logger writing to standard error at the chosen level.
  func makeLogger() -> Logger {
    let level: Logger.Level = quiet ? .error : verbose ? .debug : .info
    var logger = Logger(label: "atsetl") { label in StreamLogHandler.standardError(label: label) }
    logger.logLevel = level
    return logger
  }
}
