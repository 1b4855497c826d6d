"""The evidence thumbnails of one case, in bundle order, with drag-reorder.

The row order is the bundle order (EvidenceInfo.position). Moving rows emits
`orderChanged` with the new id order; the panel stores it. File URLs dropped on
the view come out as `filesDropped`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.domain import EvidenceInfo
from app.views.tabs.panel_base import category_of, human_size
from app.views.widgets import palette
from app.views.widgets.labels import kind_label

MIME_IDS = "application/x-refund-evidence-ids"
MIME_URLS = "text/uri-list"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
THUMB_SIDE = 128
KIND_COLOURS = palette.KIND_COLOURS
AnyIndex = QModelIndex | QPersistentModelIndex


def placeholder(category: str, suffix: str) -> QPixmap:
    """A tile for items without a picture (chat logs, opaque files): the file type, large."""
    pixmap = QPixmap(THUMB_SIDE, THUMB_SIDE)
    pixmap.fill(QColor(palette.PLACEHOLDER_BACKGROUND))
    painter = QPainter(pixmap)
    painter.setPen(QColor(palette.PLACEHOLDER_BORDER))
    painter.drawRect(0, 0, THUMB_SIDE - 1, THUMB_SIDE - 1)
    font = QFont(painter.font())
    font.setPointSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(palette.CHAT if category == "chat" else palette.PLACEHOLDER_TEXT))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, (suffix.lstrip(".") or "?").upper()[:5])
    painter.end()
    return pixmap


class EvidenceListModel(QAbstractListModel):
    orderChanged = Signal(list)  # ids in the new bundle order
    filesDropped = Signal(list)  # local paths (str) dropped from outside

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[EvidenceInfo] = []
        self._thumbs: dict[int, QPixmap] = {}
        self._placeholders: dict[tuple[str, str], QPixmap] = {}

    # ----- content -----------------------------------------------------------
    def set_items(self, items: list[EvidenceInfo]) -> None:
        """Replace the content; items are shown in bundle order whatever order they come in."""
        self.beginResetModel()
        self._items = sorted(items, key=lambda e: (e.position, e.id))
        known = {e.id for e in self._items}
        self._thumbs = {k: v for k, v in self._thumbs.items() if k in known}
        self.endResetModel()

    def items(self) -> list[EvidenceInfo]:
        return list(self._items)

    def ids(self) -> list[int]:
        return [e.id for e in self._items]

    def row_of(self, evidence_id: int) -> int:
        return next((n for n, e in enumerate(self._items) if e.id == evidence_id), -1)

    def item_at(self, row: int) -> EvidenceInfo | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def set_thumbnail(self, evidence_id: int, path: Path) -> None:
        row = self.row_of(evidence_id)
        pixmap = QPixmap(str(path))
        if row < 0 or pixmap.isNull():
            return
        self._thumbs[evidence_id] = pixmap.scaled(THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def has_thumbnail(self, evidence_id: int) -> bool:
        return evidence_id in self._thumbs

    def _picture(self, item: EvidenceInfo) -> QPixmap:
        if item.id in self._thumbs:
            return self._thumbs[item.id]
        key = (category_of(item.media_type), Path(item.original_name).suffix.lower())
        if key not in self._placeholders:
            self._placeholders[key] = placeholder(*key)
        return self._placeholders[key]

    # ----- QAbstractListModel ------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self._picture(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.title}\n{kind_label(item.kind)}\n{item.original_name} · {human_size(item.size)}"
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return item.kind
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_IDS, MIME_URLS]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(MIME_IDS, QByteArray(",".join(str(self._items[r].id) for r in rows).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        if data.hasFormat(MIME_IDS):
            return True
        return any(url.isLocalFile() for url in data.urls())

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if data.hasFormat(MIME_IDS):
            raw = bytes(data.data(MIME_IDS).data()).decode()
            ids = [int(x) for x in raw.split(",") if x]
            target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
            return self.move_ids(ids, target)
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        if paths:
            self.filesDropped.emit(paths)
        return False  # nothing of ours was inserted; the import adds rows later

    def moveRows(self, sourceParent: AnyIndex, sourceRow: int, count: int, destinationParent: AnyIndex,
                 destinationChild: int) -> bool:
        if sourceParent.isValid() or destinationParent.isValid() or count < 1:
            return False
        if sourceRow < 0 or sourceRow + count > len(self._items):
            return False
        if not 0 <= destinationChild <= len(self._items) or sourceRow <= destinationChild <= sourceRow + count:
            return False
        if not self.beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(),
                                  destinationChild):
            return False
        moving = self._items[sourceRow:sourceRow + count]
        rest = self._items[:sourceRow] + self._items[sourceRow + count:]
        insert_at = destinationChild if destinationChild < sourceRow else destinationChild - count
        self._items = rest[:insert_at] + moving + rest[insert_at:]
        self.endMoveRows()
        self.orderChanged.emit(self.ids())
        return True

    def move_ids(self, ids: list[int], target: int) -> bool:
        """Move the named items, keeping their order, to stand before row `target`."""
        moving = [e for e in self._items if e.id in set(ids)]
        if not moving:
            return False
        before = sum(1 for e in self._items[:target] if e.id not in set(ids))
        rest = [e for e in self._items if e.id not in set(ids)]
        order = rest[:before] + moving + rest[before:]
        if [e.id for e in order] == self.ids():
            return False
        self.layoutAboutToBeChanged.emit()
        old = {e.id: n for n, e in enumerate(self._items)}
        self._items = order
        new = {e.id: n for n, e in enumerate(self._items)}
        self.changePersistentIndexList([self.index(old[e.id]) for e in order], [self.index(new[e.id]) for e in order])
        self.layoutChanged.emit()
        self.orderChanged.emit(self.ids())
        return True


class EvidenceDelegate(QStyledItemDelegate):
    """A tile: exhibit number, picture, kind tag and title."""

    SIZE = QSize(156, 196)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.SIZE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        item = cast(EvidenceInfo | None, index.data(ITEM_ROLE))
        if item is None:
            return
        rect: QRect = option.rect.adjusted(4, 4, -4, -4)
        palette: QPalette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(170))
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 6, 6)
        picture = cast(QPixmap, index.data(Qt.ItemDataRole.DecorationRole))
        box = QRect(rect.left() + (rect.width() - THUMB_SIDE) // 2, rect.top() + 4, THUMB_SIDE, THUMB_SIDE)
        shown = picture.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, shown.width(), shown.height())
        target.moveCenter(box.center())
        painter.drawPixmap(target, picture)
        self._badge(painter, rect, str(index.row() + 1))
        self._tag(painter, QRect(rect.left() + 4, box.bottom() + 6, rect.width() - 8, 18), item.kind)
        title_rect = QRect(rect.left() + 2, box.bottom() + 26, rect.width() - 4, rect.bottom() - box.bottom() - 26)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = painter.fontMetrics().elidedText(item.title, Qt.TextElideMode.ElideMiddle, title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, title)
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, rect: QRect, text: str) -> None:
        badge = QRect(rect.left() + 2, rect.top() + 2, max(22, 10 + 8 * len(text)), 20)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(badge, 9, 9)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    @staticmethod
    def _tag(painter: QPainter, rect: QRect, kind: str) -> None:
        label = kind_label(kind)
        width = min(rect.width(), painter.fontMetrics().horizontalAdvance(label) + 14)
        tag = QRect(rect.left() + (rect.width() - width) // 2, rect.top(), width, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLOURS.get(kind, palette.NEUTRAL)))
        painter.drawRoundedRect(tag, 8, 8)
        painter.setPen(QColor("white"))
        text = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, tag.width() - 8)
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)
