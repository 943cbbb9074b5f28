"""Indonesian text analysis: a self-contained unit with its word lists beside it."""
from unicodedata import unidata_version

from .analyzer import IndonesianFilter, indonesian_analyzer
from .normalize import Word, canonical, fold, terms
from .resources import fingerprint as resources_fingerprint
from .stemmer import backend as stemmer_backend
from .stemmer import stem

# Bump when tokenizing changes; the Unicode version decides canonical forms.
TOKENIZER_VERSION = 2


def fingerprint() -> str:
    """Identifies everything that decides index terms; a change forces a rebuild."""
    return f"{stemmer_backend().value}:{resources_fingerprint()}:tok{TOKENIZER_VERSION}:unicode{unidata_version}"


__all__ = [
    "IndonesianFilter", "Word", "canonical", "fingerprint", "fold", "indonesian_analyzer", "stem", "stemmer_backend",
    "terms",
]
