"""The message catalogue: one module per language, each a complete set of the same keys."""
