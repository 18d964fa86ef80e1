"""Index types shared by the Qt item models."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

ModelIndex = QModelIndex | QPersistentModelIndex
# The invalid index Qt passes for "no parent"; the default argument of the model methods.
NO_PARENT = QModelIndex()
