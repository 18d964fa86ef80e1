"""The side panels' spacing, in one place so the panels stay alike: tighter than Qt's defaults,
which are made for dialogs and waste a narrow panel."""

from __future__ import annotations

# Between widgets that read as one control: a row of swatch buttons, a heading and its content.
TIGHT_SPACING_PX = 2
# Between a panel's parts: an editor and its preview, one orphan and the next.
SPACING_PX = 4
# Inside a label painted on its own background, so the text does not touch the edge.
LABEL_MARGIN_PX = 3
