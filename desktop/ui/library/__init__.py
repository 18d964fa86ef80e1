"""The Library window's parts: the archive reader, shared view pieces and one module per tab."""
