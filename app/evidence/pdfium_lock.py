"""PDFium is not thread-safe, not even across different documents: every use takes this lock."""

import threading

PDFIUM_LOCK = threading.RLock()
