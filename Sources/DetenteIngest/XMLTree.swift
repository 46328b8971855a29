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

    private init(_ document: xmlDocPtr) {
        self.document = document
    }

    deinit { xmlFreeDoc(document) }

    /// Parses an HTML page, recovering from any error; `encoding` nil lets libxml2 read the page's `<meta charset>`.
    static func html(_ data: Data, encoding: String?) -> XMLTree? {
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        return parse(data) { bytes, count in htmlReadMemory(bytes, count, nil, encoding, Int32(options)) }
    }

    /// Parses an XML document (a feed), recovering from errors; entities are not expanded and nothing is fetched.
    static func xml(_ data: Data) -> XMLTree? {
        let options = XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
        return parse(data) { bytes, count in xmlReadMemory(bytes, count, nil, nil, Int32(options)) }
    }

    private static func parse(_ data: Data, _ read: (UnsafePointer<CChar>, Int32) -> xmlDocPtr?) -> XMLTree? {
        guard libxmlReady, !data.isEmpty, data.count < Int(Int32.max) else { return nil }
        let document = data.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return read(base, Int32(raw.count))
        }
        return document.map(XMLTree.init)
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
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(attribute).assumingMemoryBound(to: xmlNode.self)) else { return "" }
                defer { detente_xml_free(value) }
                return String(cString: value)
            }
            property = attribute.pointee.next
        }
        return nil
    }

    /// All the text below the node, as libxml2 concatenates it.
    var content: String {
        guard let value = xmlNodeGetContent(pointer) else { return "" }
        defer { detente_xml_free(value) }
        return String(cString: value)
    }

    /// Every element below the node (depth first, document order), the node itself excluded.
    func descendants(where include: (XMLNode) -> Bool = { _ in true }) -> [XMLNode] {
        var result: [XMLNode] = []
        func visit(_ node: XMLNode) {
            for child in node.elements {
                if include(child) { result.append(child) }
                visit(child)
            }
        }
        visit(self)
        return result
    }
}
