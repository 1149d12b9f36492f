"""Draw the home-screen icons as PNG files with nothing but the standard library.

    python -m dvoe.lib.make_icons      # writes static/img/{dvoe,plain}-{192,512}.png

The same two designs as static/img/dvoe.svg (two overlapping rings) and plain.svg (three lines,
the discreet "Notes" icon), drawn with 4x4 supersampling so the edges are smooth.
"""

import struct
import zlib
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "static" / "img"


def _hex(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]


def _rounded(x: float, y: float, radius: float) -> bool:
    """Inside a 32x32 square with corners of the given radius."""
    cx = min(max(x, radius), 32 - radius)
    cy = min(max(y, radius), 32 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def dvoe_pixel(x: float, y: float) -> tuple[int, int, int] | None:
    if not _rounded(x, y, 7):
        return None
    for cx, color in ((20, "#cfe6e8"), (12, "#ffffff")):
        d = ((x - cx) ** 2 + (y - 16) ** 2) ** 0.5
        if abs(d - 6) <= 1.25:
            return _hex(color)
    return _hex("#2f5d62")


def plain_pixel(x: float, y: float) -> tuple[int, int, int] | None:
    if not _rounded(x, y, 4):
        return None
    for y0, x1 in ((10, 23), (16, 23), (22, 18)):
        # a line from (9, y0) to (x1, y0), 2.5 wide, with round caps
        nx = min(max(x, 9), x1)
        if (x - nx) ** 2 + (y - y0) ** 2 <= 1.25**2:
            return _hex("#ffffff")
    return _hex("#6b7280")


def render(pixel: Callable[[float, float], tuple[int, int, int] | None], size: int) -> bytes:
    rows = []
    samples = 4
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) * 32 / size
                    y = (py + (sy + 0.5) / samples) * 32 / size
                    found = pixel(x, y)
                    if found is not None:
                        r += found[0]
                        g += found[1]
                        b += found[2]
                        a += 1
            n = samples * samples
            if a:
                row += bytes((r // a, g // a, b // a, 255 * a // n))
            else:
                row += bytes((0, 0, 0, 0))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def main() -> None:
    for name, pixel in (("dvoe", dvoe_pixel), ("plain", plain_pixel)):
        for size in (192, 512):
            (OUT / f"{name}-{size}.png").write_bytes(render(pixel, size))


if __name__ == "__main__":
    main()
