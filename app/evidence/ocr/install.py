"""Is text recognition installed, where are its models, which engine version is it (cheap: no numpy,
no ONNX Runtime import)."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from pathlib import Path

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
ENV_MODELS = "REFUND_EVIDENCE_OCR_MODELS"
# Bump when the pre- or post-processing changes what is read: stored text is redone for a new version.
PIPELINE = 1


class OcrUnavailable(Exception):
    """ONNX Runtime or the models are not installed; the message says how to install them."""


INSTALL_HINT = ("text recognition is not installed: run `pip install rapidocr onnxruntime` in the app's "
                "environment (or `bash scripts/setup.sh`)")


def model_dir() -> Path:
    """Where the ONNX files are: $REFUND_EVIDENCE_OCR_MODELS, the packaged app's copy, or the rapidocr wheel."""
    candidates = []
    if os.environ.get(ENV_MODELS):
        candidates.append(Path(os.environ[ENV_MODELS]))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "ocr_models")
    spec = importlib.util.find_spec("rapidocr")  # finds the package without importing it (and OpenCV)
    if spec is not None and spec.submodule_search_locations:
        candidates.extend(Path(p) / "models" for p in spec.submodule_search_locations)
    for folder in candidates:
        if (folder / DET_MODEL).is_file() and (folder / REC_MODEL).is_file():
            return folder
    raise OcrUnavailable(INSTALL_HINT)


def check_available() -> Path:
    """The model folder, or OcrUnavailable when ONNX Runtime or the models are missing."""
    if importlib.util.find_spec("onnxruntime") is None:
        raise OcrUnavailable(INSTALL_HINT)
    return model_dir()


def engine_version(folder: Path | None = None) -> str:
    """Names the engine: models (by name and size), pipeline. Stored text made by another is redone."""
    folder = folder or model_dir()
    digest = hashlib.sha256()
    for name in (DET_MODEL, REC_MODEL):
        digest.update(f"{name}:{(folder / name).stat().st_size};".encode())
    return f"ppocrv6s-{digest.hexdigest()[:8]}-p{PIPELINE}"


def auto_read() -> bool:
    """Does the window read new screenshots by itself? Yes, unless $REFUND_EVIDENCE_OCR is off (0, off, no):
    the test suite turns it off where it is not the subject."""
    return os.environ.get("REFUND_EVIDENCE_OCR", "").strip().lower() not in ("0", "off", "no", "false")
