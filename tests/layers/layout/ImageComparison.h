#pragma once
// Comparing rendered images with a tolerance: anti-aliasing and font rasterisation move a few
// edge pixels between runs and machines, a wrong colour or a missing item moves many.

#include <QImage>
#include <QRect>
#include <QString>

namespace fangan::testing {

/// Fraction of pixels (0..1) where any channel differs by more than `threshold`; 1 when the
/// sizes differ.
double differingPixelFraction(const QImage& a, const QImage& b, int threshold = 32);
/// The same within `region` only (clipped to the image); 1 when the sizes differ or the
/// region is empty.
double differingPixelFraction(const QImage& a, const QImage& b, const QRect& region,
                              int threshold = 32);

/// Within `region`, the pixels that differ as a fraction of the region's ink: the pixels that are
/// not page white (by more than `threshold` in a channel) in either image. A small item that is
/// missing differs in all of its ink although it covers little of its rectangle. 0 when neither
/// image has ink there; 1 when the sizes differ.
double differingInkFraction(const QImage& a, const QImage& b, const QRect& region,
                            int threshold = 32);

/// An image of the pixels that differ (red) over a faded copy of `a`, for looking at failures.
QImage differenceImage(const QImage& a, const QImage& b, int threshold = 32);

}  // namespace fangan::testing
