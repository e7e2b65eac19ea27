"""The start-up anchor: a bare PySide6 window with a text edit, shown and painted once."""

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit())
window.resize(1400, 900)
window.show()
app.processEvents()
window.close()
