"""The analysis process, started before the window's own modules are imported.

spaCy takes about a second and a half to load in the analysis process, and this process spends
half a second importing Qt's widgets and the window's modules. Started first, the two overlap on
two cores and the highlights come that much sooner. Only QtCore is imported here (for the
settings).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.core.unused_libraries import keep_out
from desktop.nlp.analysis_process import shared_process

ORGANIZATION = "ReadingAssistant"
APPLICATION = "Reading Assistant"
MODEL_KEY = "model"


def preferred_model(settings: QSettings) -> str | None:
    """The pipeline chosen in Preferences, if any."""
    return str(settings.value(MODEL_KEY, "")) or None


def start_analysis_process(model: str | None, settings: QSettings | None = None) -> None:
    """Start the analysis process for ``model``, else for the pipeline chosen in ``settings``
    (the app's own by default); the window's controller joins it (``shared_process``)."""
    shared_process(model or preferred_model(settings or QSettings(ORGANIZATION, APPLICATION)))


def keep_unused_libraries_out() -> None:
    """Keep numpy and dask out of the window's process (see ``desktop.core.unused_libraries``):
    nothing in it uses them; the analysis process, which uses numpy, is a fresh interpreter."""
    keep_out("numpy", "dask")
