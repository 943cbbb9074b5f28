"""ColumnLookup: one document's column value from its own segment, as column_values lists them."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library
from telusur.index.columns import ColumnLookup, column_values


def test_each_value_is_column_values_own_across_segments_without_the_column(tmp_path: Path) -> None:
    undated, dated = tmp_path / "tanpa-tanggal", tmp_path / "bertanggal"
    write_article(undated, "a.txt", "Banjir tanpa tanggal", None, "Banjir merendam rumah warga di tepi sungai.")
    write_article(dated, "b.txt", "Banjir pertama", datetime(2019, 9, 10, 8), "Banjir melanda desa di hulu sungai.")
    write_article(dated, "c.txt", "Banjir kedua", datetime(2021, 3, 5, 8), "Banjir susulan datang lagi ke desa.")
    library = Library(tmp_path / "index")
    for folder in (undated, dated):  # two segments; the first has no date column
        library.add_folders([folder])
        library.sync()
    with library.whoosh_index().reader() as reader:
        assert len(list(reader.leaf_readers())) == 2
        for field, translate in (("date", False), ("copysig", True), ("file", True)):
            lookup = ColumnLookup(reader, field, translate=translate)
            values = column_values(reader, field, translate=translate)
            assert [lookup[d] for d in range(reader.doc_count_all())] == values
        with pytest.raises(IndexError):
            ColumnLookup(reader, "date")[-1]
