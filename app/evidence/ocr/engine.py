"""Text recognition: PP-OCR's detector and recogniser on ONNX Runtime, pre- and post-processing
with numpy and Pillow (no OpenCV: app/evidence/ocr/detect.py says how).

The models are the PP-OCRv6 small ones that the `rapidocr` wheel carries (its character list is
inside the recogniser's ONNX file); nothing is ever downloaded. `Engine` is heavy (two ONNX
sessions, 130 MB resident, 400-500 MB at peak on a phone screenshot) and is meant to live in the
worker process of app/evidence/ocr/worker.py, not in the window's process.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from app.evidence.ocr.detect import Box, boxes_from_map
from app.evidence.ocr.install import DET_MODEL, INSTALL_HINT, REC_MODEL, OcrUnavailable, engine_version, model_dir
from app.evidence.ocr.lines import Line, reading_order

DET_LIMIT = 1600  # the detector sees at most this many pixels on the long side of a tile
DET_TILE = 1536  # tall images (long screenshots) are read in strips this high, in detector pixels
DET_OVERLAP = 160
REC_HEIGHT = 48
REC_MIN_WIDTH = 320  # PaddleOCR pads short crops to this width; its models were trained so
REC_BATCH = 8
MIN_SCORE = 0.5


def _session(path: Path, threads: int | None) -> Any:
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.enable_cpu_mem_arena = False  # give memory back between images (peak 450 MB instead of 750)
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    if threads:
        opts.intra_op_num_threads = threads
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def _normalise(pixels: np.ndarray) -> np.ndarray:
    """RGB uint8 (h, w, 3) -> the models' input: BGR, scaled to [-1, 1], channels first."""
    return (pixels[:, :, ::-1].astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)


class Engine:
    def __init__(self, folder: Path | None = None, threads: int | None = None) -> None:
        try:
            import onnxruntime  # noqa: F401
        except ImportError as exc:
            raise OcrUnavailable(INSTALL_HINT) from exc
        folder = folder or model_dir()
        self.version = engine_version(folder)
        self.det = _session(folder / DET_MODEL, threads)
        self.rec = _session(folder / REC_MODEL, threads)
        chars = self.rec.get_modelmeta().custom_metadata_map["character"].splitlines()
        self.chars = ["", *chars, " "]  # CTC blank first; the models add a space last

    def read(self, image: Image.Image) -> list[Line]:
        """Every line of text, in reading order (top to bottom, then left to right)."""
        img = image.convert("RGB")
        boxes = self.detect(img)
        crops = [self._crop(img, q) for q in boxes]
        texts = self.recognise(crops)
        lines = []
        for q, (text, score) in zip(boxes, texts, strict=True):
            text = text.strip()
            if not text or score < MIN_SCORE:
                continue
            x0, y0 = max(0, math.floor(q[:, 0].min())), max(0, math.floor(q[:, 1].min()))
            x1, y1 = min(img.width, math.ceil(q[:, 0].max())), min(img.height, math.ceil(q[:, 1].max()))
            lines.append(Line(text, (x0, y0, x1 - x0, y1 - y0), score))
        return reading_order(lines)

    # -- detection ----------------------------------------------------------------------------------
    def detect(self, img: Image.Image) -> list[np.ndarray]:
        """Quadrilaterals (4×2, image pixels) around each piece of text."""
        w, h = img.size
        # Long side at most DET_LIMIT, but a long screenshot is cut in strips rather than shrunk.
        scale = min(1.0, DET_LIMIT / max(w, min(h, 2.2 * w)))
        dw, dh = max(32, round(w * scale / 32) * 32), max(32, round(h * scale))
        small = np.asarray(img.resize((dw, dh), Image.Resampling.BILINEAR))
        sx, sy = w / dw, h / dh
        quads: list[np.ndarray] = []
        top = 0
        while True:
            bottom = min(dh, top + DET_TILE)
            if dh - bottom < DET_OVERLAP:  # a sliver left: take it into this strip
                bottom = dh
            strip = small[top:bottom]
            pad_h = max(32, math.ceil(strip.shape[0] / 32) * 32)
            x = np.zeros((1, 3, pad_h, dw), np.float32)
            x[0, :, : strip.shape[0]] = _normalise(strip)
            pred = self.det.run(None, {"x": x})[0][0, 0][: strip.shape[0]]
            keep_from = top + (DET_OVERLAP / 2 if top > 0 else 0)
            keep_to = bottom - (DET_OVERLAP / 2 if bottom < dh else 0)
            for box in boxes_from_map(pred):
                centre = box.cy + top
                if keep_from <= centre < keep_to:
                    shifted = Box(box.cx, centre, box.w, box.h, box.angle, box.score)
                    quads.append(_clip(shifted.quad(sx, sy), w, h))
            if bottom >= dh:
                break
            top = bottom - DET_OVERLAP
        return quads

    # -- recognition --------------------------------------------------------------------------------
    def _crop(self, img: Image.Image, q: np.ndarray) -> Image.Image:
        wq = float(max(np.linalg.norm(q[0] - q[1]), np.linalg.norm(q[3] - q[2])))
        hq = float(max(np.linalg.norm(q[0] - q[3]), np.linalg.norm(q[1] - q[2])))
        wq, hq = max(wq, 1.0), max(hq, 1.0)
        if abs(q[0, 1] - q[1, 1]) < 0.5 and abs(q[0, 0] - q[3, 0]) < 0.5:
            box = (float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max()))
            crop = img.crop(tuple(round(v) for v in box))  # type: ignore[arg-type]
        else:
            corners = tuple(float(v) for v in q[[0, 3, 2, 1]].reshape(-1))
            crop = img.transform((round(wq), round(hq)), Image.Transform.QUAD, corners,
                                 Image.Resampling.BICUBIC)
        if crop.height >= 1.5 * crop.width:  # vertical text
            crop = crop.rotate(90, expand=True)
        width = max(1, round(REC_HEIGHT * crop.width / max(crop.height, 1)))
        return crop.resize((width, REC_HEIGHT), Image.Resampling.BILINEAR)

    def recognise(self, crops: list[Image.Image]) -> list[tuple[str, float]]:
        """Text and mean confidence per crop (CTC greedy decoding), batched by similar width."""
        order = sorted(range(len(crops)), key=lambda i: crops[i].width)
        out: list[tuple[str, float]] = [("", 0.0)] * len(crops)
        for b0 in range(0, len(order), REC_BATCH):
            idx = order[b0:b0 + REC_BATCH]
            width = max(REC_MIN_WIDTH, max(crops[i].width for i in idx))
            batch = np.zeros((len(idx), 3, REC_HEIGHT, width), np.float32)
            for k, i in enumerate(idx):
                batch[k, :, :, : crops[i].width] = _normalise(np.asarray(crops[i]))
            probs = self.rec.run(None, {"x": batch})[0]
            best_ids = probs.argmax(axis=2)
            best_p = probs.max(axis=2)
            for k, i in enumerate(idx):
                seq = best_ids[k]
                keep = np.ones(len(seq), bool)
                keep[1:] = seq[1:] != seq[:-1]
                keep &= seq != 0
                text = "".join(self.chars[j] for j in seq[keep] if j < len(self.chars))
                out[i] = (text, float(best_p[k][keep].mean()) if keep.any() else 0.0)
        return out


def _clip(q: np.ndarray, w: int, h: int) -> np.ndarray:
    q[:, 0] = np.clip(q[:, 0], 0, w)
    q[:, 1] = np.clip(q[:, 1], 0, h)
    return q


