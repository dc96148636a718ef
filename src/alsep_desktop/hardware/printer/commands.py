"""The ESC/POS commands this package emits, and nothing more (decode.py reads exactly these)."""

from __future__ import annotations

ESC = b"\x1b"
GS = b"\x1d"
DLE = b"\x10"

INIT = ESC + b"@"
LF = b"\n"

# DLE EOT n: real-time status requests
STATUS_PRINTER = DLE + b"\x04\x01"
STATUS_OFFLINE_CAUSE = DLE + b"\x04\x02"
STATUS_ERROR_CAUSE = DLE + b"\x04\x03"
STATUS_PAPER = DLE + b"\x04\x04"


def code_page(number: int) -> bytes:
    return ESC + b"t" + bytes([number])


def align(value: int) -> bytes:
    return ESC + b"a" + bytes([value])


def bold(on: bool) -> bytes:
    return ESC + b"E" + (b"\x01" if on else b"\x00")


def size(double: bool) -> bytes:
    """GS ! n: 0x11 = double width and double height."""
    return GS + b"!" + (b"\x11" if double else b"\x00")


def feed(lines: int) -> bytes:
    return ESC + b"d" + bytes([max(0, min(255, lines))])


def cut(partial: bool) -> bytes:
    """GS V 66/65 0: feed to the cutter and cut (partial/full)."""
    return GS + b"V" + (b"B" if partial else b"A") + b"\x00"


def drawer_kick(pin: int, on_2ms: int = 50, off_2ms: int = 250) -> bytes:
    """ESC p m t1 t2: pulse connector pin 2 (m=0) or pin 5 (m=1), t in 2 ms units."""
    return ESC + b"p" + bytes([pin, on_2ms, off_2ms])


def raster(width_bytes: int, height: int, data: bytes) -> bytes:
    """GS v 0: print a raster bit image, 1 bits are black dots, rows MSB first."""
    if len(data) != width_bytes * height:
        raise ValueError("raster data size does not match its dimensions")
    header = GS + b"v0\x00" + width_bytes.to_bytes(2, "little") + height.to_bytes(2, "little")
    return header + data


def qr_native(data: bytes, module: int, ecc: str = "M") -> bytes:
    """GS ( k function 165/167/169/180/181: model 2, module size, error level, store, print."""
    ecc_byte = {"L": 48, "M": 49, "Q": 50, "H": 51}[ecc]
    store_len = len(data) + 3
    return (
        GS + b"(k\x04\x001A2\x00"
        + GS + b"(k\x03\x001C" + bytes([max(1, min(16, module))])
        + GS + b"(k\x03\x001E" + bytes([ecc_byte])
        + GS + b"(k" + store_len.to_bytes(2, "little") + b"1P0" + data
        + GS + b"(k\x03\x001Q0"
    )
