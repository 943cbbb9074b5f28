"""Reading articles from every file format Telusur indexes.

``extract(path)`` yields ``Extracted`` articles and ``SkippedRecord`` reasons
for one file: saved web pages, MHTML, PDF, Word, plain text and data sets
(one article per record, streamed). ``article_kind`` and ``is_asset_folder``
decide which files are articles; ``source_from_folder`` names the outlet of
files that carry none.
"""
from .cleanup import clean_body, clean_title
from .dispatch import extract, size_limit
from .fields import FIELD_ALIASES
from .limits import DEFAULT_LIMITS, Deadline, ExtractionTimeout, Limits
from .paths import (
    ARTICLE_SUFFIXES,
    ASSET_FOLDER_SUFFIXES,
    SUFFIX_FORMATS,
    article_kind,
    is_asset_folder,
    prune_asset_folders,
    source_from_folder,
)
from .record import Extracted, Format, SkippedRecord

__all__ = [
    "ARTICLE_SUFFIXES",
    "ASSET_FOLDER_SUFFIXES",
    "DEFAULT_LIMITS",
    "FIELD_ALIASES",
    "SUFFIX_FORMATS",
    "Deadline",
    "Extracted",
    "ExtractionTimeout",
    "Format",
    "Limits",
    "SkippedRecord",
    "article_kind",
    "clean_body",
    "clean_title",
    "extract",
    "is_asset_folder",
    "prune_asset_folders",
    "size_limit",
    "source_from_folder",
]
