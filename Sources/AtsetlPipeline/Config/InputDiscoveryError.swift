/// Why input files could not be listed.
package enum InputDiscoveryError: Error, Equatable, CustomStringConvertible {
  /// The pattern is malformed (normally caught when the config is decoded).
  case invalidPattern(pattern: String, reason: String)
  /// A folder the pattern has to look into exists but cannot be listed.
  case unreadableFolder(path: String, reason: String)

  /// The operator's message, path first.
  package var description: String {
    switch self {
    case .invalidPattern(let pattern, let reason):
      "\(pattern): invalid path pattern: \(reason)"
    case .unreadableFolder(let path, let reason):
      "\(path): cannot list folder: \(reason)"
    }
  }
}
