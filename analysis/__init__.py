"""Indonesian text analysis: a self-contained unit with its word lists beside it."""
from .analyzer import IndonesianFilter, indonesian_analyzer
from .normalize import Word, fold, terms
from .resources import fingerprint as resources_fingerprint
from .stemmer import BACKEND as STEMMER_BACKEND
from .stemmer import stem


def fingerprint() -> str:
    """Identifies everything that decides index terms; a change forces a rebuild."""
    return f"{STEMMER_BACKEND}:{resources_fingerprint()}"


__all__ = ["IndonesianFilter", "Word", "fingerprint", "fold", "indonesian_analyzer", "stem", "terms"]
