// Owner, occupant, department and approvals on the building record (docs/rules.md#responsibility):
// stored and audit-logged by a real SpatiaLite project, imported from a ledger with Chinese
// headers, and phones masked for exports (docs/rules.md#personal-data).

#include <gtest/gtest.h>

#include "../support/VectorFixture.h"
#include "CaseFixture.h"
#include "gis/io/Importer.h"
#include "gis/model/PersonalData.h"

namespace fangan {
namespace {

TEST(Responsibility, IsStoredAndEachChangeAudited) {
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  BuildingRecord b = *store->buildingByCode("H1");
  b.responsibility.owner = "陈一";
  b.responsibility.ownerPhone = "13812345678";
  b.responsibility.department = "市场监管局";
  b.responsibility.fire.present = false;
  b.responsibility.planning = {true, "榕规〔2019〕12号"};
  store->updateBuilding(b, "档案员");
  const BuildingRecord back = *store->buildingByCode("H1");
  EXPECT_EQ(back.responsibility.owner, "陈一");
  EXPECT_EQ(back.responsibility.ownerPhone, "13812345678");
  EXPECT_EQ(back.responsibility.department, "市场监管局");
  EXPECT_EQ(back.responsibility.fire.present, std::optional<bool>(false));
  EXPECT_FALSE(back.responsibility.land.present);
  EXPECT_EQ(back.responsibility.planning.number, "榕规〔2019〕12号");
  // owner, owner_phone, department, approval_planning, approval_planning_no, approval_fire
  const auto log = store->auditLog(10);
  ASSERT_EQ(log.size(), 6u);
  EXPECT_EQ(log[0].field, "approval_fire");
  EXPECT_EQ(log[0].newValue, "0");
  EXPECT_EQ(log[5].field, "owner");
  EXPECT_EQ(log[5].newValue, "陈一");
}

TEST(Responsibility, ImportsFromALedgerWithChineseHeaders) {
  testing::TempDir dir;
  auto store = testing::caseProject(dir);
  const auto csv = dir.file("ledger.csv");
  testing::writeVectorFile(csv, "CSV", 0,
                           {"房屋编码", "产权人", "产权人电话", "使用人", "使用人电话",
                            "行业主管部门", "消防手续", "消防文号", "规划手续"},
                           {{"",
                             {"H2", "林二", "0591-87654321", "林记餐馆", "13900001111", "商务局",
                              "有", "榕消验〔2020〕5号", "无"}}});
  ImportOptions o;
  o.path = csv;
  const ImportReport r = importFile(*store, o);
  EXPECT_EQ(r.updated, 1);
  const BuildingRecord b = *store->buildingByCode("H2");
  EXPECT_EQ(b.responsibility.owner, "林二");
  EXPECT_EQ(b.responsibility.ownerPhone, "0591-87654321");
  EXPECT_EQ(b.responsibility.occupant, "林记餐馆");
  EXPECT_EQ(b.responsibility.occupantPhone, "13900001111");
  EXPECT_EQ(b.responsibility.department, "商务局");
  EXPECT_EQ(b.responsibility.fire.present, std::optional<bool>(true));
  EXPECT_EQ(b.responsibility.fire.number, "榕消验〔2020〕5号");
  EXPECT_EQ(b.responsibility.planning.present, std::optional<bool>(false));
  // Columns the file does not have keep their values.
  EXPECT_EQ(b.appraisalGrade, AppraisalGrade::C);
}

TEST(PersonalData, MasksTheMiddleDigitsOfPhonesAndIdNumbers) {
  EXPECT_EQ(maskDigits("13812345678"), "138****5678");
  EXPECT_EQ(maskDigits("0591-87654321"), "059*-****4321");
  EXPECT_EQ(maskDigits("35010219800101123X"), "350**********1123X");
  EXPECT_EQ(maskDigits("110"), "*10");
  EXPECT_EQ(maskDigits(""), "");
  EXPECT_EQ(personalText("13812345678", true), "13812345678");
}

}  // namespace
}  // namespace fangan
