"""The archive schema, as named sqlite-utils migration steps applied in order.

Never edit a step once released: add a new one. An archive records the steps it has
seen in ``_sqlite_migrations``; a step name this code does not know means the archive
was written by a newer version, which :mod:`desktop.store.archive` refuses to touch.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.core.article import METADATA_KEYS, article_name
from desktop.nlp.model import MEASURED_KINDS

MIGRATIONS = Migrations("reading-assistant")

ARTICLES_AND_HIGHLIGHTS = "0001_articles_highlights_tags"
FULL_TEXT_SEARCH = "0002_full_text_search"
ANALYSIS_CACHE = "0003_analysis_cache"
NAMES_AND_METADATA_SEARCH = "0004_article_names_metadata_search"
KNOWLEDGE = "0005_entities_claims_figures"
ARTICLE_VERSIONS = "0006_article_versions"
ENTITY_CORRECTIONS = "0007_entity_corrections"
KNOWLEDGE_INDEXES = "0008_knowledge_indexes"
AMOUNTS_OF_NAMED_THINGS = "0009_amounts_of_named_things"
VAGUE_PLURALS_AS_FLOORS = "0010_vague_plurals_as_floors"

DEFAULT_COLOURS = (
    ("yellow", "important"),
    ("red", "disputed"),
    ("green", "verified"),
    ("blue", "question"),
    ("purple", "source"),
)

# Columns indexed for full-text search, per table (before 0004: title, text and note).
ARTICLE_SEARCH_COLUMNS = ("title", "text", "note", "metadata_text")
HIGHLIGHT_SEARCH_COLUMNS = ("exact", "note", "tags_text")
# The FTS5 tables sqlite-utils' enable_fts creates for them.
SEARCH_INDEXES = ("articles_fts", "highlights_fts")


@MIGRATIONS(name=ARTICLES_AND_HIGHLIGHTS)
def _articles_highlights_tags(db: Database) -> None:
    db.execute("""
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT,
            text TEXT NOT NULL,
            source TEXT,
            format TEXT NOT NULL DEFAULT 'text',
            metadata TEXT NOT NULL DEFAULT '{}',
            layout TEXT NOT NULL DEFAULT '{}',
            content_hash TEXT NOT NULL UNIQUE,
            added_at TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            reading_position INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX articles_source ON articles(source)")
    db.execute("""
        CREATE TABLE colours (
            key TEXT PRIMARY KEY,
            meaning TEXT NOT NULL,
            position INTEGER NOT NULL
        )""")
    db.execute("""
        CREATE TABLE highlights (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            pos_start INTEGER NOT NULL,
            pos_end INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            colour TEXT NOT NULL REFERENCES colours(key),
            note TEXT NOT NULL DEFAULT '',
            -- the highlight's tags joined by spaces: only here so full-text search sees them
            tags_text TEXT NOT NULL DEFAULT '',
            orphan INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX highlights_article ON highlights(article_id, pos_start)")
    # The all-highlights view lists the newest first.
    db.execute("CREATE INDEX highlights_created ON highlights(created_at)")
    db.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)")
    db.execute("""
        CREATE TABLE highlight_tags (
            highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (highlight_id, tag_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id)")
    db.conn.executemany(
        "INSERT INTO colours (key, meaning, position) VALUES (?, ?, ?)",
        [(key, meaning, position) for position, (key, meaning) in enumerate(DEFAULT_COLOURS)],
    )


@MIGRATIONS(name=FULL_TEXT_SEARCH)
def _full_text_search(db: Database) -> None:
    columns = ("title", "text", "note")
    _index_articles(db, columns, columns)
    db.table("highlights").enable_fts(HIGHLIGHT_SEARCH_COLUMNS, create_triggers=True, tokenize="porter")


def _index_articles(db: Database, search_columns: tuple[str, ...], source_columns: tuple[str, ...]) -> None:
    """Full-text search over ``search_columns`` of articles, re-indexed when one of
    ``source_columns`` (they or what they are computed from) changes."""
    db.table("articles").enable_fts(search_columns, create_triggers=True, tokenize="porter")
    # The generic update trigger re-indexes the whole article on any change; saving the
    # reading position happens often, so only re-index when an indexed column changes.
    columns = ", ".join(search_columns)
    old_values = ", ".join(f"old.{column}" for column in search_columns)
    new_values = ", ".join(f"new.{column}" for column in search_columns)
    db.execute("DROP TRIGGER articles_au")
    db.execute(f"""
        CREATE TRIGGER articles_au AFTER UPDATE OF {", ".join(source_columns)} ON articles BEGIN
          INSERT INTO articles_fts (articles_fts, rowid, {columns})
            VALUES ('delete', old.rowid, {old_values});
          INSERT INTO articles_fts (rowid, {columns}) VALUES (new.rowid, {new_values});
        END""")


@MIGRATIONS(name=ANALYSIS_CACHE)
def _analysis_cache(db: Database) -> None:
    db.execute("""
        CREATE TABLE analysis_cache (
            text_hash TEXT NOT NULL,
            pipeline_name TEXT NOT NULL,
            pipeline_version TEXT NOT NULL,
            extraction_version TEXT NOT NULL,
            json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (text_hash, pipeline_name, pipeline_version, extraction_version)
        )""")


# The metadata values search sees, joined by spaces (indexing the JSON itself would make its
# keys, "author"…, match); earlier versions stored the outlet as site_name and the date as date.
_SEARCHED_METADATA_KEYS = (*METADATA_KEYS, "site_name", "date")
_METADATA_TEXT = (
    "trim("
    + " || ' ' || ".join(
        f"coalesce(json_extract(metadata, '$.{key}'), '')" for key in _SEARCHED_METADATA_KEYS
    )
    + ")"
)


@MIGRATIONS(name=NAMES_AND_METADATA_SEARCH)
def _names_and_metadata_search(db: Database) -> None:
    """Every article gets its one name as title (see ``article_name``), and search covers its
    author, outlet, date and address (``metadata_text``, computed from ``metadata``)."""
    untitled = db.execute(
        "SELECT id, source, substr(text, 1, 2000) FROM articles WHERE title IS NULL OR trim(title) = ''"
    ).fetchall()
    db.conn.executemany(
        "UPDATE articles SET title = ? WHERE id = ?",
        [(article_name(None, source, text), article_id) for article_id, source, text in untitled],
    )
    db.execute(
        f"ALTER TABLE articles ADD COLUMN metadata_text TEXT GENERATED ALWAYS AS ({_METADATA_TEXT}) VIRTUAL"
    )
    for trigger in ("articles_ai", "articles_ad", "articles_au"):
        db.execute(f"DROP TRIGGER {trigger}")
    db.execute("DROP TABLE articles_fts")
    _index_articles(db, ARTICLE_SEARCH_COLUMNS, ("title", "text", "note", "metadata"))


@MIGRATIONS(name=KNOWLEDGE)
def _knowledge(db: Database) -> None:
    # The people, organisations and places of every analysed article, met again across the
    # archive; filled by desktop.store.knowledge when an analysis is stored.
    db.execute("""
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            -- the first letters of the last word: where fuzzy matching looks for aliases
            name_key TEXT NOT NULL,
            UNIQUE (name, label)
        )""")
    db.execute("CREATE INDEX entities_name_key ON entities(label, name_key)")
    # Names the user merged into or split out of an entity: they go there from then on.
    db.execute("""
        CREATE TABLE entity_aliases (
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            PRIMARY KEY (name, label)
        ) WITHOUT ROWID""")
    db.execute("""
        CREATE TABLE entity_mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            name TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            mentions INTEGER NOT NULL,
            first_start INTEGER NOT NULL,
            first_end INTEGER NOT NULL,
            PRIMARY KEY (article_id, label, name)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id, article_id)")
    db.execute("""
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source_entity_id INTEGER REFERENCES entities(id),
            source_name TEXT,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            cue TEXT,
            hedges TEXT NOT NULL DEFAULT '[]',
            pos_start INTEGER NOT NULL,
            pos_end INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX claims_article ON claims(article_id)")
    db.execute("CREATE INDEX claims_source ON claims(source_entity_id)")
    db.execute("""
        CREATE TABLE claim_entities (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            PRIMARY KEY (claim_id, entity_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX claim_entities_entity ON claim_entities(entity_id)")
    db.execute("""
        CREATE TABLE figures (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            value REAL NOT NULL,
            low REAL,
            high REAL,
            unit TEXT,
            counts TEXT,
            qualifier TEXT,
            si_value REAL,
            si_unit TEXT,
            -- what the figure measures, for comparing it with other articles' figures: the
            -- counted noun ("drone", "people"), else its kind and SI unit; NULL for dates and
            -- other figures nothing else can be compared with
            topic TEXT,
            sentence TEXT NOT NULL,
            pos_start INTEGER NOT NULL,
            pos_end INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX figures_article ON figures(article_id)")
    # The people, organisations and places named in a figure's sentence: figures about the
    # same topic sharing one of them describe the same thing.
    db.execute("""
        CREATE TABLE figure_entities (
            figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            topic TEXT NOT NULL,
            PRIMARY KEY (figure_id, entity_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX figure_entities_entity ON figure_entities(entity_id, topic)")
    # Which text of each article the tables above describe: articles whose cached analysis is
    # missing here are indexed in the background after an upgrade.
    db.execute("""
        CREATE TABLE knowledge_indexed (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            content_hash TEXT NOT NULL,
            -- the article's date (published, else archived) as a Julian day: related articles
            -- are looked for within a time window
            day REAL NOT NULL
        )""")
    db.execute("CREATE INDEX knowledge_indexed_day ON knowledge_indexed(day)")


@MIGRATIONS(name=ARTICLE_VERSIONS)
def _article_versions(db: Database) -> None:
    # An article's current text stays in ``articles`` (searched, highlighted, analysed); the
    # texts it replaced are kept here, so that a book is not stored twice. ``version`` numbers
    # the current text (every article so far is at its first), ``read_version`` the text the
    # reader was last shown (0: never shown in the window; articles so far were).
    db.execute("ALTER TABLE articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute("ALTER TABLE articles ADD COLUMN read_version INTEGER NOT NULL DEFAULT 0")
    db.execute("UPDATE articles SET read_version = 1")
    db.execute("""
        CREATE TABLE article_versions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            format TEXT NOT NULL,
            metadata TEXT NOT NULL,
            layout TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            -- when the next version replaced this text (the next one's own time)
            replaced_at TEXT NOT NULL,
            PRIMARY KEY (article_id, version)
        )""")


@MIGRATIONS(name=ENTITY_CORRECTIONS)
def _entity_corrections(db: Database) -> None:
    # The reader's corrections of entity labels (desktop.store.corrections), applied to every
    # article analysed from then on. The surface form is compared case-sensitively (BINARY).
    db.execute("""
        CREATE TABLE entity_corrections (
            surface TEXT PRIMARY KEY,
            -- NULL: not a name at all
            label TEXT,
            created_at TEXT NOT NULL
        )""")
    # Which corrections an analysis was made with ('' for none): part of its cache key, so
    # that analyses cached before a correction are made again when shown.
    db.execute("ALTER TABLE analysis_cache ADD COLUMN corrections_digest TEXT NOT NULL DEFAULT ''")


@MIGRATIONS(name=KNOWLEDGE_INDEXES)
def _knowledge_indexes(db: Database) -> None:
    # An article's date (published, else archived) as the knowledge queries sort by it: their
    # long lists (an entity met in every article) read the first rows in date order from here
    # instead of every article's row.
    db.execute(
        "CREATE INDEX articles_date ON articles(coalesce(coalesce(json_extract(metadata, '$.published'),"
        " json_extract(metadata, '$.date')), added_at))"
    )
    # Claims by their place in their article (and by their source): read article by article in
    # date order, they come out of these in order.
    for name, columns in (
        ("claims_article", "article_id"),
        ("claims_source", "source_entity_id, article_id"),
    ):
        db.execute(f"DROP INDEX {name}")
        db.execute(f"CREATE INDEX {name} ON claims({columns}, pos_start)")
    # An entity's names with their counts (its page lists them, most used first), and the
    # entity a name typed by the user stands for.
    db.execute("CREATE INDEX entity_mentions_names ON entity_mentions(entity_id, name, mentions)")
    db.execute("CREATE INDEX entity_mentions_name ON entity_mentions(name COLLATE NOCASE, label)")
    # How many articles mention each entity (the People view lists them all by it): kept by
    # triggers through every change of entity_mentions, deletions of articles included.
    db.execute("""
        CREATE TABLE entity_articles (
            entity_id INTEGER PRIMARY KEY REFERENCES entities(id) ON DELETE CASCADE,
            articles INTEGER NOT NULL
        )""")
    db.execute(
        "INSERT INTO entity_articles SELECT entity_id, count(DISTINCT article_id) FROM entity_mentions"
        " GROUP BY entity_id"
    )
    # An (entity, article) pair counts once however many names of the entity the article uses.
    counted = """
        INSERT INTO entity_articles (entity_id, articles) SELECT new.entity_id, 1 WHERE NOT EXISTS
            (SELECT 1 FROM entity_mentions m WHERE m.entity_id = new.entity_id AND m.article_id = new.article_id
             AND (m.label, m.name) != (new.label, new.name))
        ON CONFLICT (entity_id) DO UPDATE SET articles = articles + 1;"""
    uncounted = """
        UPDATE entity_articles SET articles = articles - 1 WHERE entity_id = old.entity_id AND NOT EXISTS
            (SELECT 1 FROM entity_mentions m WHERE m.entity_id = old.entity_id AND m.article_id = old.article_id);"""
    db.execute(f"CREATE TRIGGER entity_articles_insert AFTER INSERT ON entity_mentions BEGIN {counted} END")
    db.execute(f"CREATE TRIGGER entity_articles_delete AFTER DELETE ON entity_mentions BEGIN {uncounted} END")
    db.execute(
        "CREATE TRIGGER entity_articles_update AFTER UPDATE OF entity_id, article_id ON entity_mentions"
        " WHEN old.entity_id != new.entity_id OR old.article_id != new.article_id"
        f" BEGIN {uncounted} {counted} END"
    )


@MIGRATIONS(name=AMOUNTS_OF_NAMED_THINGS)
def _amounts_of_named_things(db: Database) -> None:
    # Amounts (money, measures, temperatures) are now compared only with amounts of the same
    # named thing (desktop.store.figure_groups.figure_topic), which older analyses did not
    # read: their amounts are compared with nothing until their article is analysed again,
    # rather than with every amount of the same currency naming the same people.
    placeholders = ", ".join("?" * len(MEASURED_KINDS))
    amounts = f"SELECT id FROM figures WHERE counts IS NULL AND kind IN ({placeholders})"
    db.execute(f"DELETE FROM figure_entities WHERE figure_id IN ({amounts})", sorted(MEASURED_KINDS))
    db.execute(f"UPDATE figures SET topic = NULL WHERE id IN ({amounts})", sorted(MEASURED_KINDS))


@MIGRATIONS(name=VAGUE_PLURALS_AS_FLOORS)
def _vague_plurals_as_floors(db: Database) -> None:
    # "Thousands" is now read as at least 2,000 (desktop.nlp.figures.extractor), not about 2,000,
    # which contradicted "12,000" in another article; figures stored before are read so too. The
    # words are those of desktop.nlp.figures.numbers.VAGUE_PLURALS when this step was written.
    words = ("tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions", "trillions")
    db.execute(
        "UPDATE figures SET qualifier = 'at_least' WHERE qualifier = 'approximately'"
        f" AND lower(substr(text, 1, instr(text || ' ', ' ') - 1)) IN ({', '.join('?' * len(words))})",
        words,
    )


def known_step_names() -> list[str]:
    """Names of every schema step this version of the code knows, in order."""
    return [migration.name for migration in MIGRATIONS.pending(Database(memory=True))]
