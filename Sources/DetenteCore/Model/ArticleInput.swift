/// One article as handed to the pipeline: its raw text and whatever metadata came with it.
/// Metadata given here wins over what the reader finds in the text's layout lines.
public struct ArticleInput: Sendable {
    public var text: String
    public var metadata: ArticleMetadata

    public init(text: String, metadata: ArticleMetadata) {
        self.text = text
        self.metadata = metadata
    }
}
