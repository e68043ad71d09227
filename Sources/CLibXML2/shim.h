#ifndef ATSETL_CLIBXML2_SHIM_H
#define ATSETL_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers would pull the system ICU, which clashes
// with Foundation's bundled ICU ("'UErrorCode' has different definitions"). Read the version
// header first and hide the ICU part before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a mutable global function pointer, which Swift 6 refuses to call directly.
static inline void atsetl_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
