/// The store's tables, in SQL that SQLite and PostgreSQL both accept (ids are filled in by the
/// database: SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity column, see each store).
enum StoreSchema {
    static func version1(id: String) -> [String] {
        [
            """
            CREATE TABLE article (
                id \(id),
                key TEXT NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT, source TEXT, url TEXT,
                published TEXT,
                ingested_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE event (
                id \(id),
                dedup_key TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL, target TEXT NOT NULL,
                code TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
                plover TEXT, plover_mode TEXT,
                date TEXT
            )
            """,
            "CREATE INDEX event_date ON event (date)",
            """
            CREATE TABLE mention (
                event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
                article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
                sentence INTEGER NOT NULL,
                evidence TEXT NOT NULL,
                start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
                date_source TEXT, source_text TEXT, target_text TEXT
            )
            """,
            "CREATE INDEX mention_event ON mention (event_id)",
            "CREATE INDEX mention_article ON mention (article_id)",
        ]
    }

    static let version1 = version1(id: "INTEGER PRIMARY KEY")

    /// v2: the article's text, and its quotations.
    static let version2 = [
        "ALTER TABLE article ADD COLUMN text TEXT",
        """
        CREATE TABLE quote (
            article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
            speaker TEXT, speaker_code TEXT, text TEXT NOT NULL, cue TEXT,
            partial BOOLEAN NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL
        )
        """,
        "CREATE INDEX quote_article ON quote (article_id)",
    ]
}
