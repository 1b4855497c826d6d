"""Text detection post-processing (PP-OCR's DB head) with numpy only.

The detector gives a probability map; text is where it exceeds a threshold. Each connected blob
becomes the smallest rotated rectangle around it, grown by the "unclip" distance the model was
trained with (PaddleOCR: area × ratio / perimeter). This replaces OpenCV's findContours and
minAreaRect and pyclipper's offsetting: for a rectangle, offsetting by d with round joins and taking
the minimal rectangle again is the rectangle grown by d on every side.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Box:
    """A rotated rectangle in detector pixels: centre, width along `angle`, height across it."""

    cx: float
    cy: float
    w: float
    h: float
    angle: float  # radians, in (-pi/4, pi/4]
    score: float

    def quad(self, sx: float = 1.0, sy: float = 1.0) -> np.ndarray:
        """Corners top-left, top-right, bottom-right, bottom-left, scaled by (sx, sy)."""
        ux, uy = math.cos(self.angle), math.sin(self.angle)
        vx, vy = -uy, ux
        hw, hh = self.w / 2, self.h / 2
        pts = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]])
        xs = self.cx + pts[:, 0] * ux + pts[:, 1] * vx
        ys = self.cy + pts[:, 0] * uy + pts[:, 1] * vy
        return np.stack([xs * sx, ys * sy], axis=1)


def row_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Horizontal runs of True: (row, start, end exclusive), in row-major order."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), np.int8)
    padded[:, 1:-1] = mask
    step = np.diff(padded, axis=1)
    rows, starts = np.nonzero(step == 1)
    _, ends = np.nonzero(step == -1)
    return rows, starts, ends


def label_runs(rows: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A component label per run: runs in neighbouring rows that touch (8-connectivity) share one."""
    n = len(rows)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    if n == 0:
        return np.zeros(0, np.int64)
    row_ids, first = np.unique(rows, return_index=True)
    last = np.append(first[1:], n)
    spans = {int(r): (int(a), int(b)) for r, a, b in zip(row_ids, first, last, strict=True)}
    s, e = starts.tolist(), ends.tolist()
    for r, (a0, a1) in spans.items():
        below = spans.get(r + 1)
        if below is None:
            continue
        i, j = a0, below[0]
        while i < a1 and j < below[1]:
            if s[i] <= e[j] and s[j] <= e[i]:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[ri] = rj
            if e[i] < e[j]:
                i += 1
            else:
                j += 1
    return np.array([find(i) for i in range(n)])


def convex_hull(points: np.ndarray) -> np.ndarray:
    """Andrew's monotone chain; points as an (n, 2) array."""
    pts = np.unique(points, axis=0)
    if len(pts) < 3:
        return pts.astype(np.float64)

    def half(seq: np.ndarray) -> list[np.ndarray]:
        out: list[np.ndarray] = []
        for p in seq:
            while len(out) >= 2:
                o, a = out[-2], out[-1]
                if (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]) <= 0:
                    out.pop()
                else:
                    break
            out.append(p)
        return out

    lower = half(pts)
    upper = half(pts[::-1])
    return np.array(lower[:-1] + upper[:-1], dtype=np.float64)


def min_area_rect(hull: np.ndarray) -> tuple[float, float, float, float, float]:
    """(cx, cy, w, h, angle) of the smallest rectangle around a convex hull (rotating calipers)."""
    if len(hull) < 3:
        x0, y0 = hull.min(axis=0)
        x1, y1 = hull.max(axis=0)
        return (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0, 0.0
    edges = np.roll(hull, -1, axis=0) - hull
    lengths = np.hypot(edges[:, 0], edges[:, 1])
    keep = lengths > 0
    ux, uy = edges[keep, 0] / lengths[keep], edges[keep, 1] / lengths[keep]
    pu = hull[:, 0][None, :] * ux[:, None] + hull[:, 1][None, :] * uy[:, None]
    pv = -hull[:, 0][None, :] * uy[:, None] + hull[:, 1][None, :] * ux[:, None]
    areas = (pu.max(1) - pu.min(1)) * (pv.max(1) - pv.min(1))
    k = int(np.argmin(areas))
    u0, u1, v0, v1 = pu[k].min(), pu[k].max(), pv[k].min(), pv[k].max()
    angle = math.atan2(uy[k], ux[k])
    w, h = u1 - u0, v1 - v0
    cu, cv = (u0 + u1) / 2, (v0 + v1) / 2
    cx, cy = cu * ux[k] - cv * uy[k], cu * uy[k] + cv * ux[k]
    while angle > math.pi / 4:
        angle -= math.pi / 2
        w, h = h, w
    while angle <= -math.pi / 4:
        angle += math.pi / 2
        w, h = h, w
    return float(cx), float(cy), float(w), float(h), angle


def boxes_from_map(pred: np.ndarray, thresh: float = 0.3, box_thresh: float = 0.5,
                   unclip_ratio: float = 1.6) -> list[Box]:
    """Rotated boxes of text from the detector's probability map (PaddleOCR's DB post-processing)."""
    mask = pred > thresh
    dilated = mask.copy()  # PaddleOCR dilates with a 2×2 kernel before finding blobs
    dilated[1:, :] |= mask[:-1, :]
    dilated[:, 1:] |= mask[:, :-1]
    dilated[1:, 1:] |= mask[:-1, :-1]
    rows, starts, ends = row_runs(dilated)
    labels = label_runs(rows, starts, ends)
    if len(labels) == 0:
        return []
    sums = np.zeros((pred.shape[0], pred.shape[1] + 1), np.float64)
    np.cumsum(pred, axis=1, out=sums[:, 1:])
    run_sum = sums[rows, ends] - sums[rows, starts]
    run_len = ends - starts
    order = np.argsort(labels, kind="stable")
    groups = np.split(order, np.flatnonzero(np.diff(labels[order])) + 1)
    height, width = pred.shape
    out: list[Box] = []
    for grp in groups:
        area = int(run_len[grp].sum())
        if area < 6:
            continue
        score = float(run_sum[grp].sum() / area)  # mean probability over the blob
        if score < box_thresh:
            continue
        r, s0, e0 = rows[grp], starts[grp], ends[grp]
        pts = np.concatenate([np.stack([s0, r], 1), np.stack([e0, r], 1), np.stack([s0, r + 1], 1),
                              np.stack([e0, r + 1], 1)])
        cx, cy, w, h, angle = min_area_rect(convex_hull(pts))
        if min(w, h) < 3:
            continue
        grow = w * h * unclip_ratio / (2 * (w + h))
        w, h = w + 2 * grow, h + 2 * grow
        if abs(angle) < math.radians(2):  # screenshots: level text, kept level
            angle = 0.0
        box = Box(cx, cy, w, h, angle, score)
        q = box.quad()
        if q[:, 0].max() < 0 or q[:, 1].max() < 0 or q[:, 0].min() > width or q[:, 1].min() > height:
            continue
        out.append(box)
    return out
