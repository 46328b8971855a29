// libxml2 for Swift: the HTML and XML parsers, the tree and XPath.
#ifndef DETENTE_CLIBXML2_SHIM_H
#define DETENTE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// libxml2's ICU headers clash with Foundation's; the parsers do not need them.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

// Swift 6 rejects the global function pointer `xmlFree`: call it through a function.
static inline void detente_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
