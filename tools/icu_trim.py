"""Shrink Qt's ICU data library (Linux): 31 MB → about 7 MB, for the one-folder build.

PySide6's Linux wheels link QtCore against ICU 73, whose data (every locale, converter, break
dictionary and transliterator) is one 31 MB symbol, `icudt73_dat`, in libicudata.so.73. Qt uses ICU
for collation (QCollator, locale-aware sorting), time-zone display names, case mapping and
non-UTF codecs. The app speaks Chinese and English, so this keeps:

- every item that is not locale data (properties, normalization, likely subtags, plurals, time-zone
  rules, converter aliases, the small single-byte converters) and the CJK multi-byte converters;
- locale data for root, en* and zh* in every tree (collation with pinyin/stroke order, zone names,
  ...), and each tree's pool/index;

and leaves out other locales, break-iterator dictionaries (Qt segments text itself) and the
transliterators. The kept items are copied byte for byte into a new ICU common-data package (the
same format ICU's own `icupkg` writes), which `as`/`ld` (binutils) link into a library with the same
soname and symbol. Other locales then fall back to root (standard Unicode order, English names).
app.selftest.runner checks pinyin sorting and a Chinese zone name in the frozen app.

    .venv/bin/python tools/icu_trim.py SRC/libicudata.so.73 OUT_DIR   # prints the new library
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")  # zh_Hans_CN.res; not root/pool/plurals
KEEP_LOCALES = re.compile(r"^(root|en|en_[A-Za-z0-9_]+|zh|zh_[A-Za-z0-9_]+)\.res$")
DROP_TREES = {"translit"}
# Multi-byte converters kept: GB18030, GBK, GB2312/EUC-CN, Big5, Big5-HKSCS, Shift_JIS, EUC-JP, EUC-KR.
CJK_CONVERTERS = {
    "gb18030.cnv", "ibm-1386_P100-2001.cnv", "windows-936-2000.cnv", "ibm-1383_P110-1999.cnv",
    "ibm-5478_P100-1995.cnv", "windows-950-2000.cnv", "ibm-1373_P100-2002.cnv", "ibm-5471_P100-2006.cnv",
    "ibm-943_P15A-2003.cnv", "ibm-33722_P12A_P12A-2009_U2.cnv", "ibm-970_P110_P110-2006_U2.cnv",
    "ibm-949_P11A-1999.cnv", "windows-949-2000.cnv",
}
SMALL_CONVERTER = 40_000  # single-byte code pages (Latin-n, windows-125x, KOI8, ...) are a few kB each
ALIGN = 16


def keep_item(name: str, size: int) -> bool:
    """`name` is e.g. icudt73l/coll/zh.res."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if len(parts) > 1:  # a tree: coll/, zone/, brkitr/, ...
        if parts[0] in DROP_TREES or leaf.endswith(".dict"):
            return False
    elif leaf.endswith(".cnv"):
        return leaf in CJK_CONVERTERS or size <= SMALL_CONVERTER
    if LOCALE_ITEM.match(leaf):
        return bool(KEEP_LOCALES.match(leaf))
    return True


def read_symbol(lib: Path) -> tuple[str, bytes]:
    """The ICU common data (name, bytes) from an ELF64 little-endian libicudata."""
    out = subprocess.run(["nm", "-D", "-S", "--defined-only", str(lib)], capture_output=True, text=True,
                         check=True).stdout
    found = [line.split() for line in out.splitlines() if re.search(r"\sicudt\d+_dat$", line)]
    if len(found) != 1 or len(found[0]) != 4:
        raise ValueError(f"{lib}: no single icudtNN_dat symbol")
    addr, size, name = int(found[0][0], 16), int(found[0][1], 16), found[0][3]
    data = lib.read_bytes()
    if data[:6] != b"\x7fELF\x02\x01":
        raise ValueError(f"{lib}: not a 64-bit little-endian ELF file")
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        p_type, _flags, p_offset, p_vaddr, _paddr, p_filesz = struct.unpack_from("<IIQQQQ", data, phoff + i * phentsize)
        if p_type == 1 and p_vaddr <= addr and addr + size <= p_vaddr + p_filesz:  # PT_LOAD
            start = addr - p_vaddr + p_offset
            return name, data[start:start + size]
    raise ValueError(f"{lib}: {name} is not in a loaded segment")


def parse_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common-data package ("CmnD")."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD" or blob[8] != 0:  # little-endian only
        raise ValueError("not a little-endian ICU common data package")
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    data_offsets = sorted(d for _, d in entries) + [len(blob) - toc]
    following = {data_offsets[i]: data_offsets[i + 1] for i in range(count)}
    items = []
    for name_off, data_off in entries:
        end = blob.index(b"\0", toc + name_off)
        items.append((blob[toc + name_off:end].decode("ascii"), blob[toc + data_off:toc + following[data_off]]))
    return blob[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of parse_package; items keep their order (ICU binary-searches the names)."""
    if len(header) % ALIGN:
        raise ValueError("header size is not 16-byte aligned")
    names = b"".join(n.encode("ascii") + b"\0" for n, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += -data_start % ALIGN
    entries, body, name_off, offset = [], bytearray(), toc_size, data_start
    for name, data in items:
        entries.append(struct.pack("<II", name_off, offset))
        name_off += len(name) + 1
        padded = data + b"\0" * (-len(data) % ALIGN)
        body += padded
        offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (data_start - len(toc)) + bytes(body)


def link_library(symbol: str, package: bytes, soname: str, out: Path) -> None:
    """A shared library exporting `symbol` = `package`, like the one ICU's pkgdata makes."""
    with tempfile.TemporaryDirectory() as tmp:
        dat, asm, obj = Path(tmp, "data.dat"), Path(tmp, "data.s"), Path(tmp, "data.o")
        dat.write_bytes(package)
        asm.write_text(
            '\t.section .note.GNU-stack,"",@progbits\n'
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
            f'{symbol}:\n\t.incbin "{dat}"\n\t.size {symbol}, . - {symbol}\n'
        )
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(out), str(obj)],
                       check=True)


def trim(src: Path, out_dir: Path) -> Path:
    """Write the trimmed copy of `src` (same file name) into `out_dir`; returns its path."""
    symbol, blob = read_symbol(src)
    header, items = parse_package(blob)
    kept = [(n, d) for n, d in items if keep_item(n, len(d))]
    package = build_package(header, kept)
    # What was kept must read back identically (names, order and bytes).
    if parse_package(package)[1] != [(n, d + b"\0" * (-len(d) % ALIGN)) for n, d in kept]:
        raise ValueError("the trimmed package does not read back")
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / src.name
    link_library(symbol, package, src.name, out)
    if read_symbol(out)[1] != package:
        raise ValueError(f"{out}: the linked data differs from the package")
    return out


def tools_available() -> bool:
    return all(shutil.which(t) for t in ("nm", "as", "ld"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    src, out_dir = Path(argv[0]), Path(argv[1])
    out = trim(src, out_dir)
    print(f"{out}  {src.stat().st_size / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
