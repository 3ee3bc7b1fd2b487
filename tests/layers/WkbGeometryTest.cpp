#include <gtest/gtest.h>

#include <cstring>

#include "layers/WkbGeometry.h"

namespace fangan {
namespace {

// Big-endian or little-endian WKB writer for hand-made cases the library itself never writes.
class WkbWriter {
 public:
  explicit WkbWriter(bool littleEndian) : little_(littleEndian) {}
  WkbWriter& header(std::uint32_t type) {
    bytes_.push_back(little_ ? 1 : 0);
    return uint32(type);
  }
  WkbWriter& uint32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
      bytes_.push_back(static_cast<unsigned char>(v >> (8 * (little_ ? i : 3 - i))));
    return *this;
  }
  WkbWriter& number(double d) {
    std::uint64_t v = 0;
    std::memcpy(&v, &d, 8);
    for (int i = 0; i < 8; ++i)
      bytes_.push_back(static_cast<unsigned char>(v >> (8 * (little_ ? i : 7 - i))));
    return *this;
  }
  const Wkb& bytes() const { return bytes_; }

 private:
  bool little_;
  Wkb bytes_;
};

TEST(WkbGeometry, PolygonWithHoleRoundTrips) {
  const QPolygonF outer({QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)});
  const QPolygonF hole({QPointF(2, 2), QPointF(4, 2), QPointF(4, 4)});
  const DrawableGeometry g = decodeWkb(polygonWkb({outer, hole}));
  EXPECT_TRUE(g.valid);
  EXPECT_EQ(g.shape, GeometryShape::Polygon);
  ASSERT_EQ(g.paths.size(), 2);
  EXPECT_EQ(g.paths[0].size(), 5);  // closed on writing
  EXPECT_EQ(g.paths[0].first(), g.paths[0].last());
  EXPECT_EQ(g.bounds.minX, 0);
  EXPECT_EQ(g.bounds.maxY, 10);
}

TEST(WkbGeometry, MultiPolygonKeepsEveryRing) {
  const QPolygonF a({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)});
  const QPolygonF b({QPointF(5, 5), QPointF(6, 5), QPointF(6, 6)});
  const DrawableGeometry g = decodeWkb(multiPolygonWkb({{a}, {b}}));
  EXPECT_TRUE(g.valid);
  EXPECT_EQ(g.shape, GeometryShape::Polygon);
  EXPECT_EQ(g.paths.size(), 2);
  EXPECT_EQ(g.bounds.maxX, 6);
}

TEST(WkbGeometry, ReadsBigEndianLineStrings) {
  WkbWriter w(false);
  w.header(5).uint32(1).header(2).uint32(2).number(1).number(2).number(3).number(4);
  const DrawableGeometry g = decodeWkb(w.bytes());
  EXPECT_TRUE(g.valid);
  EXPECT_EQ(g.shape, GeometryShape::Line);
  ASSERT_EQ(g.paths.size(), 1);
  EXPECT_EQ(g.paths[0][1], QPointF(3, 4));
}

TEST(WkbGeometry, SkipsZOrdinatesOfIsoAndEwkb) {
  WkbWriter iso(true);
  iso.header(1001).number(7).number(8).number(99);  // POINT Z
  DrawableGeometry g = decodeWkb(iso.bytes());
  EXPECT_TRUE(g.valid);
  EXPECT_EQ(g.shape, GeometryShape::Point);
  EXPECT_EQ(g.paths[0][0], QPointF(7, 8));

  WkbWriter ewkb(true);
  ewkb.header(0x80000000u | 0x20000000u | 2).uint32(4326).uint32(2);  // LINESTRING Z with SRID
  ewkb.number(1).number(1).number(50).number(2).number(2).number(60);
  g = decodeWkb(ewkb.bytes());
  EXPECT_TRUE(g.valid);
  EXPECT_EQ(g.paths[0][1], QPointF(2, 2));
}

TEST(WkbGeometry, TruncatedOrUnknownInputIsInvalidNotACrash) {
  Wkb truncated = polygonWkb({QPolygonF({QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)})});
  truncated.resize(truncated.size() - 5);
  EXPECT_FALSE(decodeWkb(truncated).valid);

  WkbWriter huge(true);
  huge.header(3).uint32(0xFFFFFFFFu);  // a ring count no buffer can hold
  EXPECT_FALSE(decodeWkb(huge.bytes()).valid);

  WkbWriter unknown(true);
  unknown.header(17);
  EXPECT_FALSE(decodeWkb(unknown.bytes()).valid);

  EXPECT_EQ(decodeWkb(Wkb()).shape, GeometryShape::Empty);
}

}  // namespace
}  // namespace fangan
