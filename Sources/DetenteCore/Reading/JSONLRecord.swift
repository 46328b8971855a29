import Foundation

/// A JSONL input record `{"id", "date", "text"}` with optional `"title"`, `"source"`, `"url"`;
/// other fields are ignored.
public enum JSONLRecord {
    /// Why a line is not a usable record.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Parses one line. `defaultID` names records without an `id` (the line number, say);
    /// `date` supplies the publication date when the record has none, or overrides it when `overrideDate` is set.
    public static func parse(_ line: some StringProtocol, defaultID: String, date: CalendarDate? = nil,
                             overrideDate: Bool = false) -> Result<ArticleInput, Failure> {
        // The usual record (string and null values only) is read without JSONSerialization.
        if let members = FlatJSONObject.parse(line), case .some(.some(let text)) = members["text"] {
            var metadata = ArticleMetadata(id: defaultID)
            if case .some(.some(let id)) = members["id"] { metadata.id = id }
            if case .some(.some(let title)) = members["title"] { metadata.title = title }
            if case .some(.some(let source)) = members["source"] { metadata.source = source }
            if case .some(.some(let url)) = members["url"] { metadata.url = url }
            if case .some(.some(let value)) = members["date"] {
                guard let parsed = CalendarDate(iso: value) else {
                    return .failure(Failure(message: "\"date\" is not a valid YYYY-MM-DD date: \(value.prefix(40))"))
                }
                metadata.publicationDate = parsed
            }
            if let date, overrideDate || metadata.publicationDate == nil { metadata.publicationDate = date }
            return .success(ArticleInput(text: text, metadata: metadata))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
        } catch {
            return .failure(Failure(message: "not valid JSON: \(describe(error))"))
        }
        guard let record = object as? [String: Any] else {
            return .failure(Failure(message: "expected a JSON object, found \(typeName(object))"))
        }
        guard let rawText = record["text"] else {
            return .failure(Failure(message: "missing \"text\""))
        }
        guard let text = rawText as? String else {
            return .failure(Failure(message: "\"text\" must be a string, found \(typeName(rawText))"))
        }
        var metadata = ArticleMetadata(id: defaultID)
        switch record["id"] {
        case let id as String: metadata.id = id
        case let id as NSNumber: metadata.id = id.stringValue
        case nil, is NSNull: break
        case let other?: return .failure(Failure(message: "\"id\" must be a string or number, found \(typeName(other))"))
        }
        for (key, path) in [("title", \ArticleMetadata.title), ("source", \.source), ("url", \.url)] {
            switch record[key] {
            case let value as String: metadata[keyPath: path] = value
            case nil, is NSNull: break
            case let other?: return .failure(Failure(message: "\"\(key)\" must be a string, found \(typeName(other))"))
            }
        }
        switch record["date"] {
        case let value as String:
            guard let parsed = CalendarDate(iso: value) else {
                return .failure(Failure(message: "\"date\" is not a valid YYYY-MM-DD date: \(value.prefix(40))"))
            }
            metadata.publicationDate = parsed
        case nil, is NSNull: break
        case let other?: return .failure(Failure(message: "\"date\" must be a string, found \(typeName(other))"))
        }
        if let date, overrideDate || metadata.publicationDate == nil { metadata.publicationDate = date }
        return .success(ArticleInput(text: text, metadata: metadata))
    }

    private static func typeName(_ value: Any) -> String {
        switch value {
        case is String: return "a string"
        case is NSNull: return "null"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is NSNumber: return "a number or boolean"
        default: return "a value"
        }
    }

    private static func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return String(text.prefix(200))
    }
}
