"""A new year's form in the app: import from a document and the form editor."""
