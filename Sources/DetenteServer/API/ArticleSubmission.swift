import DetenteCore
import Foundation

/// A submitted article: JSON (`{"text", "title", "date", "source", "url"}`) from the API or a
/// url-encoded form from the dashboard. Bad input is a 400/422 problem saying what is wrong.
enum ArticleSubmission {
    /// The fields of a url-encoded form body.
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map { String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            if kv.count == 2 { fields[kv[0]] = kv[1] }
        }
        return fields
    }

    static func formField(_ name: String, in body: String) -> String? { formFields(body)[name] }

    static func parse(_ body: String, contentType: String?) throws -> ArticleInput {
        var fields: [String: String] = [:]
        if contentType?.hasPrefix("application/x-www-form-urlencoded") == true {
            fields = formFields(body)
        } else {
            guard let object = try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else {
                throw Problem(.badRequest, "Not a JSON object", detail: "the body must be a JSON object with a string \"text\"")
            }
            for (k, v) in object {
                if let s = v as? String { fields[k] = s }
                else if !(v is NSNull) { throw Problem(.unprocessableContent, "Wrong type", detail: "\"\(k)\" must be a string") }
            }
        }
        guard let text = fields["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Problem(.unprocessableContent, "No text", detail: "\"text\" is required and must not be empty")
        }
        var date: CalendarDate?
        if let d = fields["date"], !d.isEmpty {
            guard let parsed = CalendarDate(iso: d) else { throw Problem(.unprocessableContent, "Bad date", detail: "\"date\" must be a real day, YYYY-MM-DD") }
            date = parsed
        }
        func field(_ name: String) -> String? { fields[name].flatMap { $0.isEmpty ? nil : $0 } }
        return ArticleInput(text: text, metadata: ArticleMetadata(id: field("url") ?? "api", title: field("title"), source: field("source"),
                                                                  url: field("url"), publicationDate: date))
    }
}
