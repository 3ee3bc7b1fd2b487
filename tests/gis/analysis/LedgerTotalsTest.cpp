// The 合计 rows of the campaign forms (docs/rules.md#ledger-forms): counts summed per category,
// rates recomputed from the sums (never averaged), "—" when a summed denominator is 0.

#include <gtest/gtest.h>

#include "gis/analysis/LedgerForm.h"
#include "gis/analysis/LedgerTotals.h"

namespace fangan {
namespace {

LedgerRow counts(const std::string& area, LedgerCategory category, int hazard, int recheck,
                 int direct, int appraised, int cd, int cdDone, int closed) {
  LedgerRow r;
  r.area = area;
  r.category = category;
  r.surveyed = hazard + 1;
  r.initialHazard = hazard;
  r.recheckNoHazard = recheck;
  r.directEngineering = direct;
  r.appraised = appraised;
  r.gradeCD = cd;
  r.cdEngineered = cdDone;
  r.closed = closed;
  setLedgerRates(r);
  return r;
}

TEST(LedgerTotals, SumsPerCategoryAndRecomputesRates) {
  using C = LedgerCategory;
  // Town A: appraisal 1/1 = 100 %; town B: 0/3. Averaging the rates would give 50 %, the sums
  // give 1/4.
  const std::vector<LedgerRow> rows = {
      counts("A", C::NonCommercial, 2, 1, 0, 1, 1, 1, 2),
      counts("B", C::NonCommercial, 3, 0, 0, 0, 0, 0, 0),
      counts("A", C::Commercial, 0, 0, 0, 0, 0, 0, 0),
  };
  const std::vector<LedgerRow> t = ledgerTotals(rows);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].category, C::Commercial);
  EXPECT_EQ(t[1].category, C::NonCommercial);
  EXPECT_EQ(t[1].area, "合计");
  EXPECT_EQ(t[1].initialHazard, 5);
  EXPECT_EQ(t[1].surveyed, 7);
  ASSERT_TRUE(t[1].appraisalRate);
  EXPECT_DOUBLE_EQ(*t[1].appraisalRate, 0.25);
  ASSERT_TRUE(t[1].closureRate);
  EXPECT_DOUBLE_EQ(*t[1].closureRate, 0.4);
  EXPECT_FALSE(t[0].closureRate) << "no commercial hazard: 销号率 is —";
  EXPECT_FALSE(t[2].appraisalRate) << "no 'all' rows given";
}

TEST(LedgerTotals, EmptyLedgerGivesZeroTotalsAndDashes) {
  const LedgerForm form = attachment2Form({}, "镇街", "2024-06-05", "");
  ASSERT_EQ(form.body.size(), 1u);
  const auto& total = form.body.front();
  ASSERT_EQ(total.size(), 18u);
  EXPECT_EQ(total[0].text, "合计");
  EXPECT_EQ(total[1].kind, LedgerFormCellKind::Count);
  EXPECT_EQ(total[1].value, 0);
  EXPECT_EQ(total[5].kind, LedgerFormCellKind::Blank) << "线上检查 not kept yet";
  EXPECT_EQ(total[13].kind, LedgerFormCellKind::Rate);
  EXPECT_TRUE(total[13].empty);
  EXPECT_TRUE(total[15].empty);
  EXPECT_TRUE(total[17].empty);
}

TEST(LedgerTotals, FormHeaderCoversEveryColumnOnce) {
  for (const LedgerForm& form :
       {attachment2Form({}, "镇街", "", ""), attachment1Form({}, "镇街", "", "")}) {
    std::vector<std::vector<int>> covered(form.headerRows, std::vector<int>(form.columns, 0));
    for (const LedgerFormHeaderCell& c : form.header)
      for (int r = c.row; r < c.row + c.rowSpan; ++r)
        for (int col = c.col; col < c.col + c.colSpan; ++col) ++covered.at(r).at(col);
    for (const auto& row : covered)
      for (int n : row) EXPECT_EQ(n, 1) << form.title;
    EXPECT_EQ(form.columnWidths.size(), static_cast<std::size_t>(form.columns));
  }
}

}  // namespace
}  // namespace fangan
