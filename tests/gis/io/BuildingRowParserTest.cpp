// gis/io/BuildingRowParser: numbers of an imported row. A number far outside an int (or NaN)
// was cast to int before its range was checked, undefined behaviour that the sanitizer build and
// the row_parser fuzz target flag (tests/fuzz/README.md).

#include <gtest/gtest.h>

#include "gis/io/BuildingRowParser.h"

namespace fangan {
namespace {

std::string floorsError(const std::string& floors) {
  return parseBuildingRow({{"code", "B1"}, {"floors", floors}}).error;
}

TEST(BuildingRowParser, NumbersBeyondAnIntAreRowErrors) {
  const std::string why = "\" 应为 1–200 的整数";
  EXPECT_EQ(floorsError("1e300"), "列 floors 的值 \"1e300" + why);
  EXPECT_EQ(floorsError("-1e300"), "列 floors 的值 \"-1e300" + why);
  EXPECT_EQ(floorsError("3e9"), "列 floors 的值 \"3e9" + why);
  EXPECT_EQ(floorsError("nan"), "列 floors 的值 \"nan" + why);
  EXPECT_EQ(floorsError("inf"), "列 floors 的值 \"inf" + why);
  EXPECT_EQ(floorsError("2.5"), "列 floors 的值 \"2.5" + why);
  EXPECT_EQ(floorsError("201"), "列 floors 的值 \"201" + why);
}

TEST(BuildingRowParser, WholeNumbersInRangeAreRead) {
  EXPECT_EQ(parseBuildingRow({{"floors", "3.0"}}).record.floors, 3);
  EXPECT_EQ(parseBuildingRow({{"floors", " 200 "}}).record.floors, 200);
  EXPECT_EQ(parseBuildingRow({{"year_built", "1e3"}}).record.yearBuilt, 1000);
  EXPECT_FALSE(parseBuildingRow({{"floors", ""}}).record.floors);
}

}  // namespace
}  // namespace fangan
