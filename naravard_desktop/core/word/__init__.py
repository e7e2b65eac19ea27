"""Word as a co-writer and a reviewer (docs/word.md): export a draft to .docx, import the
edited file back through the bundle merge, Word comments as comment threads."""

from naravard_desktop.core.word.base import WordBase, WordError
from naravard_desktop.core.word.export import WordExport, word_bytes, write_word
from naravard_desktop.core.word.importing import WordImportSummary, import_word

__all__ = ["WordBase", "WordError", "WordExport", "WordImportSummary", "import_word", "word_bytes", "write_word"]
