#include <gtest/gtest.h>

#include "layers/LabelPlacer.h"

namespace fangan {
namespace {

TEST(LabelPlacer, KeepsOnlyLabelsThatFitAndDoNotCollide) {
  LabelPlacer placer(QRectF(0, 0, 100, 100));
  EXPECT_TRUE(placer.place(QRectF(10, 10, 30, 10)));
  EXPECT_FALSE(placer.place(QRectF(30, 15, 30, 10)));  // overlaps the first
  EXPECT_TRUE(placer.place(QRectF(10, 30, 30, 10)));
  EXPECT_FALSE(placer.place(QRectF(90, 90, 30, 10)));  // sticks out of the image
  EXPECT_EQ(placer.placed().size(), 2u);
}

}  // namespace
}  // namespace fangan
