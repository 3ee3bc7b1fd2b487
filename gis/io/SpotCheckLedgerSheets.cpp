#include "gis/io/SpotCheckLedgerSheets.h"

#include <cstdio>

namespace fangan {

namespace {

using Type = SheetColumn::Type;

std::string count(int n) { return std::to_string(n); }

}  // namespace

SheetTable spotCheckLedgerRowsTable(const SpotCheckLedger& ledger) {
  SheetTable t;
  t.name = "抽查台账";
  t.columns = {{"镇街"},     {"房屋编码"}, {"地址"},     {"镇街初判"},
               {"检查日期"}, {"检查人"},   {"抽查结果"}, {"核实情况"}};
  for (const auto& r : ledger.rows) {
    std::vector<std::optional<std::string>> row = {r.town, r.code, r.address, r.verdict};
    if (r.check) {
      row.push_back(r.check->date.toString());
      row.push_back(r.check->inspector);
      row.push_back(spotCheckOutcomeChinese(r.check->outcome));
      row.push_back(r.check->note);
    } else {
      row.push_back(std::nullopt);
      row.push_back(std::nullopt);
      row.push_back(std::string("未检查"));
      row.push_back(std::nullopt);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

SheetTable spotCheckLedgerTownsTable(const SpotCheckLedger& ledger) {
  SheetTable t;
  t.name = "镇街汇总";
  t.columns = {{"镇街"},
               {ledger.sample.scope == SpotCheckScope::All ? "自建房总数" : "经营性自建房总数",
                Type::Integer},
               {"抽查数", Type::Integer},
               {"已检查", Type::Integer},
               {"正确", Type::Integer},
               {"错排", Type::Integer},
               {"漏排", Type::Integer},
               {"正确率", Type::Real},
               {"处理意见"}};
  for (const auto& town : ledger.towns) {
    std::optional<std::string> accuracy;
    if (town.accuracy) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%.4f", *town.accuracy);
      accuracy = buf;
    }
    t.rows.push_back({town.town, count(town.base), count(town.sampled), count(town.checked),
                      count(town.correct), count(town.wronglySurveyed), count(town.missed),
                      accuracy, spotCheckAction(town)});
  }
  return t;
}

}  // namespace fangan
