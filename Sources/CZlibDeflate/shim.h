#ifndef ATSETL_CZLIBDEFLATE_SHIM_H
#define ATSETL_CZLIBDEFLATE_SHIM_H

// zlib from the system (Debian: zlib1g-dev), for the workbook writer's own deflate. The module
// is not called CZLib: ZIPFoundation declares a module of that name for the same library.
#include <zlib.h>

/// `deflateInit2` is a macro, which Swift cannot call: a raw deflate stream (no zlib header,
/// 32 KiB window) at `level` with the default memory level and strategy.
static inline int atsetl_deflateInitRaw(z_streamp stream, int level) {
  return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

#endif
