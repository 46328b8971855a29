import CLibXML2
import Foundation

/// libxml2's one-time global setup, run before the first parse (a `let` is initialised once, thread-safely).
private let libxmlReady: Bool = {
    xmlInitParser()
    return true
}()

/// A document parsed by libxml2's recovering HTML or XML parser; freed with the value.
/// Nodes keep their tree alive. Used within one call, never shared between tasks.
final class XMLTree {
    private let document: xmlDocPtr
    /// Why the parser stopped early on a hostile document, if it did ("line 14: Detected an entity
    /// reference loop"): entities that loop or amplify, or nesting deeper than libxml2's limit (256).
    /// Sloppy markup is not a problem: the recovering parsers read past it.
    let problem: String?

    private init(_ document: xmlDocPtr, problem: String?) {
        self.document = document
        self.problem = problem
    }

    deinit { xmlFreeDoc(document) }

    /// Parses an HTML page, recovering from any error; `encoding` nil lets libxml2 read the page's `<meta charset>`.
    /// Nothing is fetched; libxml2's limits (nesting depth, text node size) hold.
    static func html(_ data: Data, encoding: String?) -> XMLTree? {
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        return parse(data, context) { bytes, count in htmlCtxtReadMemory(context, bytes, count, nil, encoding, Int32(options)) }
    }

    /// Parses an XML document (a feed), recovering from errors. Entities are not substituted, no
    /// DTD or external entity is loaded and nothing is fetched (no XML_PARSE_NOENT, DTDLOAD or
    /// HUGE; NONET); libxml2 stops at entity loops and amplification ("billion laughs").
    static func xml(_ data: Data) -> XMLTree? {
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        guard let context = xmlNewParserCtxt() else { return nil }
        defer { xmlFreeParserCtxt(context) }
        return parse(data, context) { bytes, count in xmlCtxtReadMemory(context, bytes, count, nil, nil, Int32(options)) }
    }

    private static func parse(_ data: Data, _ context: xmlParserCtxtPtr, _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> XMLTree? {
        guard libxmlReady, !data.isEmpty, data.count < Int(Int32.max) else { return nil }
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return read(base, Int32(raw.count))
        }
        let error = context.pointee.lastError
        var problem: String?
        if error.level.rawValue >= XML_ERR_ERROR.rawValue, let message = error.message {
            let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            if ["entity reference loop", "amplification", "Excessive depth", "Maximum entity nesting"].contains(where: text.contains) {
                problem = error.line > 0 ? "line \(error.line): \(text)" : text
            }
        }
        return document.map { XMLTree($0, problem: problem) }
    }

    /// The root element, if the parser found one.
    var root: XMLNode? {
        xmlDocGetRootElement(document).map { XMLNode(pointer: $0, tree: self) }
    }
}

/// A node of an ``XMLTree``.
struct XMLNode {
    /// Identifies a node within its tree.
    typealias Key = xmlNodePtr

    let pointer: xmlNodePtr
    let tree: XMLTree

    var key: Key { pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's local name, lower-cased ("title" for `<dc:title>`, "p" for `<P>`).
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// The namespace prefix as written (`content` in `<content:encoded>`), if any.
    var prefix: String? {
        guard let ns = pointer.pointee.ns, let prefix = ns.pointee.prefix else { return nil }
        return String(cString: prefix)
    }

    /// A text or CDATA node's text.
    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(XMLNode(pointer: node, tree: tree))
            child = node.pointee.next
        }
        return result
    }

    var elements: [XMLNode] { children.filter(\.isElement) }

    /// The first child element with this local name.
    func element(_ name: String) -> XMLNode? { elements.first { $0.name == name } }

    /// An attribute's value (by name, any namespace), if present.
    func attribute(_ name: String) -> String? {
        var property = pointer.pointee.properties
        while let attribute = property {
            if let attributeName = attribute.pointee.name, String(cString: attributeName).lowercased() == name {
                return Self.text(below: attribute.pointee.children)
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// All the text below the node: its text and CDATA nodes in document order. References to
    /// entities declared in the document's DTD are dropped, never expanded (libxml2 would expand
    /// them on every use: a 100 KB entity used 20,000 times is 2 GB of text).
    var content: String {
        isText ? text : Self.text(below: pointer.pointee.children)
    }

    /// The text of a list of sibling nodes and everything below them, walked without recursion.
    private static func text(below first: xmlNodePtr?) -> String {
        var result = ""
        var stack: [xmlNodePtr] = []
        var next = first
        while true {
            guard let node = next ?? stack.popLast().flatMap({ $0.pointee.next }) else {
                if stack.isEmpty { return result }
                continue
            }
            next = nil
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { result += String(cString: content) }
                next = node.pointee.next
            case XML_ELEMENT_NODE:
                if let child = node.pointee.children {
                    stack.append(node)
                    next = child
                } else {
                    next = node.pointee.next
                }
            default:  // entity references, comments, processing instructions
                next = node.pointee.next
            }
        }
    }

    /// Every element below the node (depth first, document order), the node itself excluded;
    /// walked without recursion, so a deeply nested page cannot exhaust the stack.
    func descendants(where include: (XMLNode) -> Bool = { _ in true }) -> [XMLNode] {
        var result: [XMLNode] = []
        var stack: [XMLNode] = elements.reversed()
        while let node = stack.popLast() {
            if include(node) { result.append(node) }
            stack.append(contentsOf: node.elements.reversed())
        }
        return result
    }
}
