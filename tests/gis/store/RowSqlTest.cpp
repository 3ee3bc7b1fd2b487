// The one-row SQL of the stores (gis/store/RowSql.h): written out by hand here, as the stores
// had them before, for both parameter styles.

#include <gtest/gtest.h>

#include "gis/store/RowSql.h"

namespace fangan {
namespace {

TEST(RowSql, InsertAndUpdateByIdFromOneColumnList) {
  const std::string columns = "number, building_id,\n code";
  EXPECT_EQ(row_sql::columnCount(columns), 3);
  EXPECT_EQ(row_sql::insert("notices", "number, building_id, code", row_sql::Marks::Sqlite),
            "INSERT INTO notices(number, building_id, code) VALUES(?, ?, ?)");
  EXPECT_EQ(row_sql::insert("notices", "number, building_id, code", row_sql::Marks::Postgres),
            "INSERT INTO notices(number, building_id, code) VALUES($1, $2, $3)");
  EXPECT_EQ(row_sql::updateById("plans", columns, row_sql::Marks::Sqlite),
            "UPDATE plans SET number = ?, building_id = ?, code = ? WHERE id = ?");
  EXPECT_EQ(row_sql::updateById("plans", columns, row_sql::Marks::Postgres),
            "UPDATE plans SET number = $1, building_id = $2, code = $3 WHERE id = $4");
}

}  // namespace
}  // namespace fangan
