// Cells a spreadsheet would run as formulas (docs/rules.md#cell-safety).

#include "gis/io/CellSafety.h"

#include <gtest/gtest.h>

#include "../support/TempDir.h"
#include "gis/io/SheetTable.h"

namespace fangan {
namespace {

TEST(CellSafety, FormulaLikeTextGetsAnApostrophe) {
  EXPECT_EQ(spreadsheetSafe("=HYPERLINK(\"http://x\",\"点此\")"),
            "'=HYPERLINK(\"http://x\",\"点此\")");
  EXPECT_EQ(spreadsheetSafe("+86 138"), "'+86 138");
  EXPECT_EQ(spreadsheetSafe("-1+cmd|' /C calc'!A0"), "'-1+cmd|' /C calc'!A0");
  EXPECT_EQ(spreadsheetSafe("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(spreadsheetSafe("\t=1"), "'\t=1");
}

TEST(CellSafety, NumbersAndOrdinaryTextStayAsTheyAre) {
  for (const char* kept : {"-3", "+1.5", "-0.25", "1e3", "-2.5E-3", ".5", "和平街 3 号", "", "A-1",
                           "2024-02-03"}) {
    EXPECT_EQ(spreadsheetSafe(kept), kept);
  }
  EXPECT_FALSE(isPlainNumber("-"));
  EXPECT_FALSE(isPlainNumber("-1e"));
  EXPECT_FALSE(isPlainNumber("--1"));
  EXPECT_EQ(spreadsheetSafe("-1-1"), "'-1-1");
}

TEST(CellSafety, ReadingBackTakesTheApostropheOffAgain) {
  EXPECT_EQ(fromSpreadsheetCell("'=1+1"), "=1+1");
  EXPECT_EQ(fromSpreadsheetCell("'abc"), "'abc");  // not one of ours
  EXPECT_EQ(fromSpreadsheetCell("-3"), "-3");
}

TEST(CellSafety, CsvSheetsNeutraliseTextButNotNumbers) {
  SheetTable t{"t",
               {{"code", SheetColumn::Type::Text}, {"n", SheetColumn::Type::Integer}},
               {{std::string("=cmd()"), std::string("-3")}, {std::string("-7"), std::string("4")}}};
  EXPECT_EQ(sheetCsvText(t), "code,n\n'=cmd(),-3\n-7,4\n");
}

TEST(CellSafety, XlsxSheetsNeutraliseTextAndReadBackTheSame) {
  testing::TempDir dir;
  const std::string path = dir.file("s.xlsx");
  SheetTable t{"t",
               {{"code", SheetColumn::Type::Text}, {"n", SheetColumn::Type::Real}},
               {{std::string("@evil"), std::string("-1.5")}}};
  writeSheetsXlsx(path, {t});
  const ReadSheet back = readSheet(path, {"code"});
  ASSERT_EQ(back.rows.size(), 1u);
  EXPECT_EQ(back.rows[0][0], "@evil");
  EXPECT_EQ(back.rows[0][1], "-1.5");
}

}  // namespace
}  // namespace fangan
