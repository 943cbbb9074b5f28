"""The Whoosh schema and the version that says when an index must be rebuilt."""
from __future__ import annotations

from whoosh import columns
from whoosh.fields import COLUMN, DATETIME, ID, STORED, Schema
from whoosh.formats import Existence

from telusur.analysis import fingerprint, indonesian_analyzer

from .postings import PreanalyzedText

# Bump whenever fields or their meaning change: older indexes are rebuilt.
# 6: the exact-form field keeps stopwords (queries of only stopwords search them).
# 7: the acronyms column (each article's acronym definitions).
# 8: the copysig column (wire-copy signatures, index/copies.py).
# 9: compounds indexed with their parts at the same position (ibu kota: ibukota, ibu, kota).
SCHEMA_VERSION = 9

# The unstemmed field; searcher/ builds its queries against this name.
EXACT_FIELD = "exact"
# Each article's acronym definitions (acronym_store.py), committed with the article.
ACRONYMS_FIELD = "acronyms"


def _exact_field() -> PreanalyzedText:
    """Unstemmed words, stopwords included, presence only: matching needs no positions, counts or lengths."""
    field = PreanalyzedText(analyzer=indonesian_analyzer(use_stemmer=False, keep_stopwords=True), phrase=False)
    field.format = Existence(field_boost=field.format.field_boost)
    # Not scorable: no per-document length column to write or read (ranking
    # comes from the stemmed fields; exact-form matches score by weight).
    field.scorable = False
    return field


def build_schema() -> Schema:
    stemmed = indonesian_analyzer(use_stemmer=True)
    return Schema(
        # The article's unique key (keys.doc_key: the file's lossless key,
        # plus "#N" for record N of a data set).
        key=ID(stored=True, unique=True),
        # The file's key (keys.file_key): a data set's records share it, so a
        # changed file is deleted and re-added as a unit; its column lists
        # the indexed files for a resync.
        file=ID(sortable=True),
        # The real file path (may hold undecodable bytes as surrogate escapes,
        # which only stored fields can keep) and the library folder it is in.
        path=STORED(),
        folder=STORED(),
        # The outlet ("Kompas.com", or the first folder below the library
        # folder); a column so facets count it without reading stored fields.
        source=ID(stored=True, sortable=True),
        url=STORED(),
        format=ID(stored=True),
        record=STORED(),  # 1-based record number in a data-set file, else None
        # Stemmed text with positions, for ranking, phrases and snippets.
        headline=PreanalyzedText(analyzer=stemmed, stored=True, multitoken_query="phrase"),
        body=PreanalyzedText(analyzer=stemmed, stored=True, multitoken_query="phrase"),
        # Exact (unstemmed) forms of headline and body: wildcards, fuzzy terms,
        # exact-form boosts and "did you mean". No positions: a term list is enough.
        exact=_exact_field(),
        date=DATETIME(stored=True, sortable=True),
        has_time=STORED(),
        # size:mtime_ns:ctime_ns:inode:sha1 (records.Indexed) in a column, so a resync reads it without
        # unpickling every article's stored body.
        sync=COLUMN(columns.VarBytesColumn()),
        # The (acronym, long form) pairs the article defines, in a column so the
        # acronym table is rebuilt without unpickling bodies.
        acronyms=COLUMN(columns.VarBytesColumn()),
        # The article's MinHash signature (index/copies.py), made where the text
        # is at hand, so grouping wire copies never reads stored bodies back.
        copysig=COLUMN(columns.VarBytesColumn()),
    )


def index_fingerprint() -> dict:
    return {"schema_version": SCHEMA_VERSION, "analysis": fingerprint()}
