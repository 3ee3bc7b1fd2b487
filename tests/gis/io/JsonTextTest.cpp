// gis/io/Json: a report's JSON text is never lost to one cell that is not UTF-8 (found by the
// zone_rules fuzzer, where such a cell ended the process): the bad bytes become U+FFFD.

#include <gtest/gtest.h>

#include "gis/io/Json.h"

namespace fangan {
namespace {

TEST(JsonText, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  Json value = Json::object();
  value["town"] = std::string("\xff镇");  // a byte no UTF-8 text holds, then 镇
  EXPECT_EQ(jsonText(value), "{\"town\":\"\xEF\xBF\xBD镇\"}");
  Json rows = Json::array({value, Json{{"n", 1}}});
  EXPECT_EQ(jsonLines(rows), "[{\"town\":\"\xEF\xBF\xBD镇\"},\n {\"n\":1}]");
}

}  // namespace
}  // namespace fangan
