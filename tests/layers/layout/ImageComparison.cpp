#include "ImageComparison.h"

#include <algorithm>
#include <cstdlib>

namespace fangan::testing {
namespace {

bool differs(QRgb p, QRgb q, int threshold) {
  return std::abs(qRed(p) - qRed(q)) > threshold || std::abs(qGreen(p) - qGreen(q)) > threshold ||
         std::abs(qBlue(p) - qBlue(q)) > threshold;
}

}  // namespace

double differingPixelFraction(const QImage& a, const QImage& b, int threshold) {
  if (a.size() != b.size() || a.isNull()) return 1.0;
  const QImage x = a.convertToFormat(QImage::Format_RGB32);
  const QImage y = b.convertToFormat(QImage::Format_RGB32);
  long long count = 0;
  for (int row = 0; row < x.height(); ++row) {
    const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
    const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
    for (int col = 0; col < x.width(); ++col) count += differs(p[col], q[col], threshold) ? 1 : 0;
  }
  return static_cast<double>(count) / (static_cast<double>(x.width()) * x.height());
}

double differingPixelFraction(const QImage& a, const QImage& b, const QRect& region,
                              int threshold) {
  if (a.size() != b.size() || a.isNull()) return 1.0;
  const QRect r = region.intersected(a.rect());
  if (r.isEmpty()) return 1.0;
  const QImage x = a.convertToFormat(QImage::Format_RGB32);
  const QImage y = b.convertToFormat(QImage::Format_RGB32);
  long long count = 0;
  for (int row = r.top(); row <= r.bottom(); ++row) {
    const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
    const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
    for (int col = r.left(); col <= r.right(); ++col) {
      count += differs(p[col], q[col], threshold) ? 1 : 0;
    }
  }
  return static_cast<double>(count) / (static_cast<double>(r.width()) * r.height());
}

double differingInkFraction(const QImage& a, const QImage& b, const QRect& region, int threshold) {
  if (a.size() != b.size() || a.isNull()) return 1.0;
  const QRect r = region.intersected(a.rect());
  const QImage x = a.convertToFormat(QImage::Format_RGB32);
  const QImage y = b.convertToFormat(QImage::Format_RGB32);
  const QRgb white = qRgb(255, 255, 255);
  long long ink = 0, count = 0;
  for (int row = r.top(); row <= r.bottom(); ++row) {
    const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
    const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
    for (int col = r.left(); col <= r.right(); ++col) {
      if (!differs(p[col], white, threshold) && !differs(q[col], white, threshold)) continue;
      ++ink;
      count += differs(p[col], q[col], threshold) ? 1 : 0;
    }
  }
  return ink == 0 ? 0.0 : static_cast<double>(count) / static_cast<double>(ink);
}

QImage differenceImage(const QImage& a, const QImage& b, int threshold) {
  QImage out = a.convertToFormat(QImage::Format_RGB32);
  if (a.size() != b.size()) return out;
  const QImage y = b.convertToFormat(QImage::Format_RGB32);
  for (int row = 0; row < out.height(); ++row) {
    auto* p = reinterpret_cast<QRgb*>(out.scanLine(row));
    const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
    for (int col = 0; col < out.width(); ++col) {
      if (differs(p[col], q[col], threshold)) {
        p[col] = qRgb(255, 0, 0);
      } else {
        const int grey = 200 + qGray(p[col]) / 5;
        p[col] = qRgb(grey, grey, grey);
      }
    }
  }
  return out;
}

}  // namespace fangan::testing
