#include "gis/patrol/SpotCheckSheet.h"

#include "gis/model/Vocabulary.h"

namespace fangan {

const std::vector<std::string>& spotCheckSheetHeaders() {
  static const std::vector<std::string> h = {
      "房屋编码", "镇街", "地址", "镇街初判", "检查日期", "检查人", "抽查结果", "初判隐患", "备注"};
  return h;
}

SheetTable spotCheckSheet(const ProjectStore& store, const SavedSpotCheckSample& saved) {
  SheetTable table;
  table.name = "抽查表";
  for (const auto& h : spotCheckSheetHeaders()) table.columns.push_back({h});
  for (const auto& town : saved.sample.towns) {
    for (const auto& code : town.codes) {
      const auto record = store.buildingByCode(code);
      std::vector<std::optional<std::string>> row(table.columns.size());
      row[0] = code;
      row[1] = town.town;
      row[2] = record ? record->address : std::string();
      // Everything drawn was first judged no hazard by the town (SpotCheck.h pool).
      row[3] = toChinese(InitialHazard::None);
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

}  // namespace fangan
