"""What the analysis can fail with, importable without loading spaCy (the GUI starts faster)."""


class PipelineUnavailable(Exception):
    """No English pipeline could be loaded; the message says what to install."""


class AnalysisCancelled(Exception):
    """Raised inside ``Pipeline.analyze`` when its cancel check answers True."""
