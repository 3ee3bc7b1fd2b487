#include "layers/WkbGeometry.h"

#include <cstdint>
#include <cstring>

namespace fangan {
namespace {

// Reads WKB sequentially; any read past the end sets `failed` and yields zeros, so the caller
// checks once at the end instead of after every number.
class WkbCursor {
 public:
  explicit WkbCursor(const Wkb& wkb) : data_(wkb) {}

  bool failed() const { return failed_; }
  void fail() { failed_ = true; }

  std::uint8_t byte() {
    if (!need(1)) return 0;
    return data_[pos_++];
  }
  std::uint32_t uint32(bool littleEndian) {
    if (!need(4)) return 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const std::uint32_t b = data_[pos_ + (littleEndian ? i : 3 - i)];
      v |= b << (8 * i);
    }
    pos_ += 4;
    return v;
  }
  double float64(bool littleEndian) {
    if (!need(8)) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) {
      const std::uint64_t b = data_[pos_ + (littleEndian ? i : 7 - i)];
      v |= b << (8 * i);
    }
    pos_ += 8;
    double d = 0;
    std::memcpy(&d, &v, sizeof d);
    return d;
  }
  /// True when `count` items of `itemBytes` each can still follow (guards huge bogus counts).
  bool canHold(std::uint32_t count, std::size_t itemBytes) {
    if (static_cast<std::size_t>(count) * itemBytes > data_.size() - pos_) {
      failed_ = true;
      return false;
    }
    return true;
  }

 private:
  bool need(std::size_t n) {
    if (failed_ || pos_ + n > data_.size()) {
      failed_ = true;
      return false;
    }
    return true;
  }

  const Wkb& data_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

struct GeometryHeader {
  bool littleEndian = true;
  std::uint32_t baseType = 0;  // 1..7
  int ordinates = 2;           // 2, 3 or 4 doubles per point
};

GeometryHeader readHeader(WkbCursor& in) {
  GeometryHeader h;
  h.littleEndian = in.byte() == 1;
  std::uint32_t type = in.uint32(h.littleEndian);
  bool hasZ = false;
  bool hasM = false;
  // EWKB (PostGIS) flags in the high bits, with an optional SRID following.
  if (type & 0x80000000u) hasZ = true;
  if (type & 0x40000000u) hasM = true;
  if (type & 0x20000000u) in.uint32(h.littleEndian);  // SRID, not needed: store is one CRS
  type &= 0x0FFFFFFFu;
  // ISO: 1000 = Z, 2000 = M, 3000 = ZM.
  if (type >= 3000) {
    hasZ = hasM = true;
    type -= 3000;
  } else if (type >= 2000) {
    hasM = true;
    type -= 2000;
  } else if (type >= 1000) {
    hasZ = true;
    type -= 1000;
  }
  h.baseType = type;
  h.ordinates = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
  return h;
}

QPointF readPoint(WkbCursor& in, const GeometryHeader& h, Extent& bounds) {
  const double x = in.float64(h.littleEndian);
  const double y = in.float64(h.littleEndian);
  for (int i = 2; i < h.ordinates; ++i) in.float64(h.littleEndian);
  bounds.include(x, y);
  return QPointF(x, y);
}

QPolygonF readPointList(WkbCursor& in, const GeometryHeader& h, Extent& bounds) {
  const std::uint32_t n = in.uint32(h.littleEndian);
  QPolygonF points;
  if (!in.canHold(n, 8u * static_cast<std::size_t>(h.ordinates))) return points;
  points.reserve(static_cast<qsizetype>(n));
  for (std::uint32_t i = 0; i < n; ++i) points.append(readPoint(in, h, bounds));
  return points;
}

GeometryShape shapeOf(std::uint32_t baseType) {
  switch (baseType) {
    case 1:
    case 4:
      return GeometryShape::Point;
    case 2:
    case 5:
      return GeometryShape::Line;
    case 3:
    case 6:
      return GeometryShape::Polygon;
    default:
      return GeometryShape::Empty;
  }
}

// Reads one geometry (recursing into collections) and appends its paths.
void readGeometry(WkbCursor& in, DrawableGeometry& out, int depth) {
  const GeometryHeader h = readHeader(in);
  if (in.failed()) return;
  const GeometryShape shape = shapeOf(h.baseType);
  // A collection takes the "largest" shape of its members: polygons over lines over points.
  if (shape != GeometryShape::Empty && static_cast<int>(shape) > static_cast<int>(out.shape)) {
    out.shape = shape;
  }
  switch (h.baseType) {
    case 1: {
      const QPointF p = readPoint(in, h, out.bounds);
      // An empty point is written as NaN coordinates.
      if (p.x() == p.x() && p.y() == p.y()) out.paths.append(QPolygonF({p}));
      return;
    }
    case 2:
      out.paths.append(readPointList(in, h, out.bounds));
      return;
    case 3: {
      const std::uint32_t rings = in.uint32(h.littleEndian);
      if (!in.canHold(rings, 4)) return;
      for (std::uint32_t r = 0; r < rings && !in.failed(); ++r) {
        out.paths.append(readPointList(in, h, out.bounds));
      }
      return;
    }
    case 4:
    case 5:
    case 6:
    case 7: {
      if (depth > 8) {  // a deeper nesting is not a real geometry
        in.fail();
        return;
      }
      const std::uint32_t parts = in.uint32(h.littleEndian);
      if (!in.canHold(parts, 5)) return;
      for (std::uint32_t p = 0; p < parts && !in.failed(); ++p) readGeometry(in, out, depth + 1);
      return;
    }
    default:
      in.fail();
      return;
  }
}

void appendUint32(Wkb& w, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

void appendDouble(Wkb& w, double d) {
  std::uint64_t v = 0;
  std::memcpy(&v, &d, sizeof v);
  for (int i = 0; i < 8; ++i) w.push_back(static_cast<unsigned char>(v >> (8 * i)));
}

void appendPolygon(Wkb& w, const QVector<QPolygonF>& rings) {
  w.push_back(1);
  appendUint32(w, 3);
  appendUint32(w, static_cast<std::uint32_t>(rings.size()));
  for (const QPolygonF& ring : rings) {
    const bool close = !ring.isEmpty() && !ring.isClosed();
    appendUint32(w, static_cast<std::uint32_t>(ring.size() + (close ? 1 : 0)));
    for (const QPointF& p : ring) {
      appendDouble(w, p.x());
      appendDouble(w, p.y());
    }
    if (close) {
      appendDouble(w, ring.first().x());
      appendDouble(w, ring.first().y());
    }
  }
}

}  // namespace

DrawableGeometry decodeWkb(const Wkb& wkb) {
  DrawableGeometry out;
  if (wkb.empty()) return out;
  WkbCursor in(wkb);
  readGeometry(in, out, 0);
  out.valid = !in.failed();
  if (out.paths.isEmpty()) out.shape = GeometryShape::Empty;
  return out;
}

Wkb polygonWkb(const QVector<QPolygonF>& rings) {
  Wkb w;
  appendPolygon(w, rings);
  return w;
}

Wkb multiPolygonWkb(const QVector<QVector<QPolygonF>>& polygons) {
  Wkb w;
  w.push_back(1);
  appendUint32(w, 6);
  appendUint32(w, static_cast<std::uint32_t>(polygons.size()));
  for (const auto& rings : polygons) appendPolygon(w, rings);
  return w;
}

}  // namespace fangan
