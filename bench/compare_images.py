#!/usr/bin/python3
"""compare_images.py A.png B.png [--tolerance T] [--max-share S]

Compares two renders of the same window pixel by pixel (render_vs_qgis.sh): the share of pixels
whose colours differ by more than T (the largest of the three channel differences, 0-255), the
mean difference per channel, and the share of pixels that are background (250,250,248) in one
image and drawn in the other: a building missing on one side. Exits 1 when the images differ in
size, or when more than S (a fraction) of the pixels differ: two renderers antialias edges their
own way, so a few per cent of edge pixels always differ; a wrong extent, colour or missing layer
differs in far more.
"""
import argparse
import sys

import numpy
from qgis.PyQt.QtGui import QImage

BACKGROUND = (250, 250, 248)


def pixels(path):
    image = QImage(path)
    if image.isNull():
        raise SystemExit("compare_images: cannot read %s" % path)
    image = image.convertToFormat(QImage.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = numpy.frombuffer(image.constBits().asstring(stride * height), dtype=numpy.uint8)
    return data.reshape(height, stride)[:, :width * 3].reshape(height, width, 3).astype(numpy.int16)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--tolerance", type=int, default=32)
    parser.add_argument("--max-share", type=float, default=0.05)
    args = parser.parse_args()
    a, b = pixels(args.a), pixels(args.b)
    if a.shape != b.shape:
        print("DIFFER size %s vs %s" % (a.shape, b.shape))
        return 1
    diff = numpy.abs(a - b)
    worst = diff.max(axis=2)
    share = float((worst > args.tolerance).mean())
    background = numpy.array(BACKGROUND, dtype=numpy.int16)
    blank_a = (a == background).all(axis=2)
    blank_b = (b == background).all(axis=2)
    drawn = float((~blank_a | ~blank_b).mean())
    one_side = float((blank_a != blank_b).mean())
    verdict = "SAME" if share <= args.max_share else "DIFFER"
    print("%s differing_share=%.4f tolerance=%d mean_channel_diff=%.2f drawn_share=%.4f "
          "drawn_on_one_side_share=%.4f" % (verdict, share, args.tolerance, float(diff.mean()),
                                            drawn, one_side))
    return 0 if verdict == "SAME" else 1


if __name__ == "__main__":
    sys.exit(main())
