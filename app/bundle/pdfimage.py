"""Put a prepared PNG or JPEG into the PDF as it is, without decoding it.

reportlab's drawImage decodes any PNG to RGB and deflates it again: slow, and a palette
screenshot grows about threefold. Here a PNG's IDAT bytes become the image stream (FlateDecode
with PNG predictors, /Indexed colour space), as img2pdf does, and a JPEG goes in whole (DCT).
The registration mirrors Canvas.drawImage (reportlab 4-5 internals: _doc, _code, _formsinuse).
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFImageXObject, PDFName, PDFStream
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.pdfgen.canvas import Canvas

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_COLOURS = {0: 1, 2: 3, 3: 1}  # PNG colour type -> components per pixel (no alpha: images.py removes it)


@dataclass(frozen=True)
class PngData:
    width: int
    height: int
    bits: int
    colour_type: int
    palette: bytes
    idat: bytes


def read_png(path: str) -> PngData | None:
    """The parts of a non-interlaced PNG a PDF can use directly; None for anything else."""
    with open(path, "rb") as fh:
        data = fh.read()
    if not data.startswith(PNG_SIGNATURE):
        return None
    pos, header, palette, idat = 8, b"", b"", []
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"PLTE":
            palette = body
        elif kind == b"tRNS":
            return None
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if len(header) != 13:
        return None
    width, height, bits, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if interlace or colour_type not in _COLOURS or bits > 8 or (colour_type == 3 and not palette):
        return None
    return PngData(width, height, bits, colour_type, palette, b"".join(idat))


class _FileImage(PDFImageXObject):
    """An image XObject whose stream is a prepared file's own compressed data.

    The bytes are read only when reportlab writes the PDF, so a bundle of hundreds of images
    never holds them all at once before that.
    """

    def __init__(self, name: str, path: str, png: PngData | None, jpeg_components: int = 3) -> None:
        self.name = name
        self.path = path
        self.png = png
        self.components = jpeg_components
        self.mask = None

    def _colour_space(self) -> object:
        if self.png is None:
            return PDFName({1: "DeviceGray", 3: "DeviceRGB"}.get(self.components, "DeviceCMYK"))
        if self.png.colour_type == 3:
            lookup = b"<" + self.png.palette.hex().encode("ascii") + b">"
            return PDFArray([PDFName("Indexed"), PDFName("DeviceRGB"), len(self.png.palette) // 3 - 1, lookup])
        return PDFName("DeviceGray" if self.png.colour_type == 0 else "DeviceRGB")

    def format(self, document: object) -> bytes:
        png = read_png(self.path) if self.png is not None else None
        content = png.idat if png is not None else Path(self.path).read_bytes()
        stream = PDFStream(content=content)
        d = stream.dictionary
        d["Type"] = PDFName("XObject")
        d["Subtype"] = PDFName("Image")
        d["Width"] = self.width
        d["Height"] = self.height
        d["BitsPerComponent"] = self.bitsPerComponent
        d["ColorSpace"] = self._colour_space()
        # Setting Filter ourselves stops PDFStream from compressing the data a second time.
        if png is None:
            d["Filter"] = PDFName("DCTDecode")
        else:
            d["Filter"] = PDFName("FlateDecode")
            d["DecodeParms"] = PDFDictionary({"Predictor": 15, "Colors": _COLOURS[png.colour_type],
                                              "BitsPerComponent": png.bits, "Columns": png.width})
        return stream.format(document)


def _file_image(name: str, path: str) -> _FileImage | None:
    png = read_png(path)
    if png is not None:
        image = _FileImage(name, path, replace(png, idat=b""))
        image.width, image.height, image.bitsPerComponent = png.width, png.height, png.bits
        return image
    with open(path, "rb") as fh:
        if fh.read(2) != b"\xff\xd8":
            return None
        fh.seek(0)
        width, height, components, _ = readJPEGInfo(fh)
    image = _FileImage(name, path, None, components)
    image.width, image.height, image.bitsPerComponent = width, height, 8
    return image


def draw_file_image(canv: Canvas, path: str, x: float, y: float, width: float, height: float) -> None:
    """Draw a prepared PNG or JPEG at (x, y, width, height) in points, passing its data through."""
    # Named after the file's own name (ex3-0.png), never its folder: no temporary path in the PDF,
    # and the same evidence gives the same bytes.
    name = hashlib.sha1(Path(path).name.encode("utf-8"), usedforsecurity=False).hexdigest()
    doc = canv._doc
    reg_name = doc.getXObjectName(name)
    if reg_name not in doc.idToObject:
        image = _file_image(name, path)
        if image is None:  # not a file we prepared; let reportlab re-encode it
            canv.drawImage(path, x, y, width, height)
            return
        doc.Reference(image, reg_name)
        doc.addForm(name, image)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(name)
