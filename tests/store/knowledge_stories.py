"""One story told by three outlets, for the tests of the archive's knowledge across articles."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.core.article import Article
from desktop.nlp.pipeline import Pipeline
from desktop.nlp.serialization import analysis_to_json
from desktop.store.archive import Archive
from desktop.store.migrations import KNOWLEDGE
from desktop.store.records import AnalysisCacheKey

KYIV_POST = (
    "Russia launched 113 drones at Ukraine overnight, the air force said. "
    'Volodymyr Zelensky said the attack targeted the energy grid. "We will rebuild every station," '
    "Zelensky told reporters in Kyiv on Tuesday. According to Oleksandr Prokudin, six people were "
    "killed in Kherson."
)
# The Kyiv Post's story as the outlet edited it later: the death toll 6 → 8, the quote removed,
# the drones' count attributed to the defence ministry instead of the air force.
KYIV_POST_EDITED = (
    "Russia launched 113 drones at Ukraine overnight, the defence ministry said. "
    "Volodymyr Zelensky said the attack targeted the energy grid. According to Oleksandr Prokudin, "
    "eight people were killed in Kherson."
)
WIRE = (
    "Ukrainian President Volodymyr Zelenskyy said on Tuesday that the strikes on Kherson were "
    'deliberate. "Russia wants our cities dark," Zelenskyy said. Oleksandr Prokudin, the regional '
    "governor, said eight people were killed. NATO said it was watching closely."
)
TABLOID = (
    "Over 100 drones hit Ukraine overnight. Zelensky said the West may need to send more air defence. "
    "NATO officials declined to comment on the strikes on Kherson."
)
UNRELATED = (
    "The harbour bridge in Sydney will close for repairs, Elena Vasquez of the Roads Authority said. "
    "Vasquez said the work would take three weeks."
)


# The knowledge step's tables, dependants first.
KNOWLEDGE_TABLES = (
    "claim_entities", "figure_entities", "claims", "figures", "entity_mentions", "entity_aliases", "entities", "knowledge_indexed",
)  # fmt: skip


def story_article(text: str, title: str, site: str, published: str) -> Article:
    return Article(
        text=text,
        title=title,
        source=f"https://{site}/{title.lower().replace(' ', '-')}",
        metadata={"site": site, "published": published},
    )


STORY = (
    story_article(KYIV_POST, "Drones over Ukraine", "kyivpost.example", "2026-03-01"),
    story_article(WIRE, "Zelenskyy condemns strikes", "wire.example", "2026-03-02"),
    story_article(TABLOID, "Night of drones", "tabloid.example", "2026-03-02"),
    story_article(UNRELATED, "Bridge closes", "sydney.example", "2026-05-20"),
)


def archive_analysed(archive: Archive, pipeline: Pipeline, article: Article) -> int:
    """Open ``article`` in the archive and store its real analysis, as the reader does."""
    article_id = archive.open_article(article).article_id
    archive.put_cached_analysis(
        AnalysisCacheKey.of(article.text, pipeline), analysis_to_json(pipeline.analyze(article.text))
    )
    return article_id


def archive_from_before_knowledge(path: Path, pipeline: Pipeline) -> None:
    """An archive at ``path`` as the version before the knowledge tables left it: the story's
    articles with their analyses cached, nothing indexed."""
    with Archive(path) as archive:
        for article in STORY:
            archive_analysed(archive, pipeline, article)
    conn = sqlite3.connect(path)
    for table in KNOWLEDGE_TABLES:
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [KNOWLEDGE])
    conn.commit()
    conn.close()
