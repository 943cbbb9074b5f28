"""Analyzer cases the search evaluation (bench/eval) taught us: word -> index terms.

Each row is a word or phrase as it appears in news text or a query, and the
stemmed index terms it must produce. Rows come from queries whose ranking
suffered from a wrong stem (see bench/eval/README.md).
"""
import pytest

from telusur.analysis import stemmer_backend, terms
from telusur.settings import StemmerBackend

pytestmark = pytest.mark.skipif(stemmer_backend() is not StemmerBackend.SASTRAWI,
                                reason="cases are for the Sastrawi backend")

CASES = [
    # meN-/peN- read with the wrong prefix: every inflection must meet on one root.
    ("pengesahan", ["sah"]),
    ("mengesahkan", ["sah"]),
    ("disahkan", ["sah"]),
    ("pengesahan revisi uu kpk", ["sah", "revisi", "uu", "kpk"]),
    ("pemadaman", ["padam"]),
    ("memadamkan", ["padam"]),
    ("dipadamkan", ["padam"]),
    ("pemadam kebakaran", ["padam", "bakar"]),
    # Inflections the evaluation's queries rely on.
    ("meninggalnya", ["tinggal"]),
    ("penangkapan", ["tangkap"]),
    ("ditangkap", ["tangkap"]),
    ("pemakaman", ["makam"]),
    ("dimakamkan", ["makam"]),
    ("penundaan", ["tunda"]),
    ("pembatalan penerbangan", ["batal", "terbang"]),
    ("terpilihnya", ["pilih"]),
    # Reduplication and clitics.
    ("tokoh-tokoh papua", ["tokoh", "papua"]),
    ("negara-negara", ["negara"]),
    ("perusahaan-perusahaan", ["usaha"]),
    ("rumahnya", ["rumah"]),
    ("istrinya", ["istri"]),
    # Compounds written apart, joined and inflected.
    ("kerja sama", ["kerjasama"]),
    ("kerjasama", ["kerjasama"]),
    ("wali kota bekasi", ["walikota", "bekasi"]),
    ("walikota bekasi", ["walikota", "bekasi"]),
    ("ibu kota baru", ["ibukota", "baru"]),
    ("menandatangani", ["tandatangan"]),
    ("tanda tangan", ["tandatangan"]),
    # Names that look inflected stay whole (and do not collide with real words).
    ("Bali", ["bali"]),
    ("Maluku", ["maluku"]),
    ("Kutai Kartanegara", ["kutai", "kartanegara"]),
    ("Temanggung", ["temanggung"]),
    ("Pemalang", ["pemalang"]),
    ("Gunung Merapi", ["gunung", "merapi"]),
    ("Kejari", ["kejari"]),
    ("Kejagung", ["kejagung"]),
    ("Persebaya", ["persebaya"]),
    ("Persik Kediri", ["persik", "kediri"]),
    ("Persib Bandung", ["persib", "bandung"]),
    ("Susi Pudjiastuti", ["susi", "pudjiastuti"]),
    ("Kementrian", ["menteri"]),
    # Abbreviations pass through.
    ("KPK", ["kpk"]),
    ("karhutla", ["karhutla"]),
    ("ISPU", ["ispu"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_eval_case(text, expected):
    assert [w.text for w in terms(text)] == expected
