"""Side-panel tabs."""
