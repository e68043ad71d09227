import Foundation

/// Expands source path patterns into the input files they name.
///
/// Patterns use `*`, `?` and `[...]` within a path segment and `**` for any depth of
/// folders (see `GlobPattern`). Hidden names (a leading `.`) are skipped unless the
/// pattern spells the dot; symbolic links are followed, but a folder is never entered
/// again inside itself, so link loops end. Nothing is written.
///
/// ```swift
/// let files = try InputDiscovery.files(matching: ["input/*.txt", "input/**/*.xml"], relativeTo: config.baseDirectory)
/// ```
package enum InputDiscovery {
  /// The regular files matching any of `patterns`, resolved against `base`: absolute,
  /// standardised, de-duplicated and sorted by path.
  ///
  /// A pattern that matches nothing (or names a folder that does not exist) adds nothing;
  /// a folder that exists but cannot be listed throws.
  package static func files(matching patterns: [String], relativeTo base: URL)
    throws(InputDiscoveryError) -> [URL]
  {
    var paths: Set<String> = []
    for pattern in patterns {
      let glob: GlobPattern
      do {
        glob = try GlobPattern(pattern)
      } catch {
        throw .invalidPattern(pattern: pattern, reason: error.reason)
      }
      let start = glob.isAbsolute ? "/" : base.standardizedFileURL.path
      var found: [String] = []
      try expand(glob.segments[...], in: start, ancestors: [], into: &found)
      for path in found { paths.insert(standardized(path)) }
    }
    // `isDirectory: false`: without it Foundation asks the file system about every path.
    return paths.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
  }

  /// `file`'s path relative to `base` when it lies inside it (`input/a.txt`), else its
  /// absolute path. Useful for the `document` field, which is relative to the config file.
  package static func relativePath(of file: URL, to base: URL) -> String {
    let path = file.standardizedFileURL.path
    var folder = base.standardizedFileURL.path
    if !folder.hasSuffix("/") { folder += "/" }
    return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
  }

  /// `path` without `.` and `..` segments. Paths built from the standardised base and plain
  /// names are already standard; only others go through `URL` (costly for 10 000 files).
  private static func standardized(_ path: String) -> String {
    // Only `//`, `/./` and `/../` (or such an ending) need Foundation's standardisation.
    var previous: UInt8 = 0
    let needsWork = path.utf8.contains { byte in
      defer { previous = byte }
      return previous == UInt8(ascii: "/") && (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."))
    }
    guard needsWork else { return path }
    let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
    guard segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return path }
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }

  private static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// Matches `segments` below `folder`, appending the files found to `found`.
  private static func expand(
    _ segments: ArraySlice<GlobPattern.Segment>, in folder: String,
    ancestors: Set<FileProbe.Identity>,
    into found: inout [String]
  ) throws(InputDiscoveryError) {
    guard let segment = segments.first else { return }
    let rest = segments.dropFirst()
    let isLast = rest.isEmpty
    switch segment {
    case .literal(let name):
      let path = join(folder, name)
      guard let status = FileProbe.status(of: path).status else { return }
      if isLast {
        if status.isRegularFile { found.append(path) }
      } else if status.isDirectory {
        try expand(rest, in: path, ancestors: ancestors, into: &found)
      }
    case .wildcard(let tokens):
      for (name, kind) in try list(folder) where GlobPattern.matches(tokens, name: name) {
        let path = join(folder, name)
        switch kind {
        case .regularFile:
          if isLast { found.append(path) }
        case .directory:
          if !isLast { try expand(rest, in: path, ancestors: ancestors, into: &found) }
        case .unknown:
          guard let status = FileProbe.status(of: path).status else { continue }  // dangling link
          if isLast {
            if status.isRegularFile { found.append(path) }
          } else if status.isDirectory {
            try expand(rest, in: path, ancestors: ancestors, into: &found)
          }
        }
      }
    case .recursive:
      guard let status = FileProbe.status(of: folder).status, status.isDirectory,
        !ancestors.contains(status.identity)
      else { return }
      let inside = ancestors.union([status.identity])
      // Zero folders: the rest of the pattern right here.
      try expand(rest, in: folder, ancestors: inside, into: &found)
      // One more folder: every visible subfolder, still under `**`.
      for (name, kind) in try list(folder) where !name.hasPrefix(".") && kind != .regularFile {
        let path = join(folder, name)
        if kind == .unknown {
          guard let child = FileProbe.status(of: path).status, child.isDirectory else { continue }
        }
        try expand(segments, in: path, ancestors: inside, into: &found)
      }
    }
  }

  /// The entries of `folder`, sorted by name; empty when it does not exist or is not a folder.
  private static func list(_ folder: String) throws(InputDiscoveryError)
    -> [(name: String, kind: FileProbe.EntryKind)]
  {
    let (entries, errorNumber) = FileProbe.entries(of: folder)
    guard let entries else {
      if errorNumber == ENOENT || errorNumber == ENOTDIR { return [] }
      throw .unreadableFolder(path: folder, reason: FileProbe.message(for: errorNumber))
    }
    return entries.sorted { $0.name < $1.name }
  }
}
