#include "gis/io/ColumnMapping.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "gis/model/Vocabulary.h"
#include "gis/store/BuildingColumns.h"

namespace fangan {

namespace {

// Accepted source spellings per key: the interchange key itself is always accepted first; the
// first entry here is the interchange Chinese alias (docs/rules.md#interchange), the rest are
// guesses seen in ledgers.
const std::map<std::string, std::vector<std::string>>& aliases() {
  static const std::map<std::string, std::vector<std::string>> a = {
      {"code",
       {"房屋编码", "房屋编号", "编码", "编号", "楼栋编码", "bldg_code", "building_code",
        "house_code", "fwbm"}},
      {"address", {"地址", "详细地址", "房屋地址", "房屋坐落", "addr", "addr_full", "location"}},
      {"town", {"镇街", "街道", "乡镇", "街镇", "镇", "township", "street_office"}},
      {"community", {"社区村", "社区", "村", "村社区", "社区(村)", "village"}},
      {"grid", {"网格", "网格编号", "网格编码", "grid_id"}},
      {"self_built", {"自建房", "是否自建房", "selfbuilt"}},
      {"floors", {"层数", "楼层数", "地上层数", "building_levels", "levels", "storeys"}},
      {"structure", {"结构", "结构类型", "房屋结构"}},
      {"year_built", {"建成年份", "建造年代", "建成年代", "建设年份", "built_year"}},
      {"design_life", {"设计使用年限", "设计年限"}},
      {"use", {"用途", "房屋用途", "usage"}},
      {"use_subtype", {"经营类型", "经营业态", "业态", "subtype"}},
      {"people_dense", {"人员密集", "是否人员密集场所", "人员密集场所"}},
      {"pro_designed", {"正规设计施工", "是否正规设计施工"}},
      {"alt_added_floors", {"加层", "是否加层"}},
      {"alt_structure", {"改变结构", "改变主体结构"}},
      {"alt_use", {"改变用途", "改变使用功能"}},
      {"alt_basement", {"开挖地下", "开挖地下空间"}},
      {"distress", {"沉降开裂变形", "沉降开裂"}},
      {"survey_status", {"排查状态", "是否排查"}},
      {"survey_date", {"排查日期", "排查时间"}},
      {"initial_hazard", {"初判隐患", "初判结果", "是否有隐患"}},
      {"hazard_found_date", {"隐患发现日期", "发现日期"}},
      {"appraisal_ordered_date", {"责成鉴定日期", "责令鉴定日期"}},
      {"recheck_no_hazard", {"复核无隐患"}},
      {"direct_engineering", {"直接工程措施"}},
      {"appraisal_grade", {"鉴定等级", "鉴定结果", "危险等级"}},
      {"appraisal_date", {"鉴定日期", "鉴定时间"}},
      {"control", {"管控措施", "管控"}},
      {"rectification", {"整治措施", "整治方式"}},
      {"rectification_done", {"整治完成", "是否完成整治"}},
      {"rectification_date", {"整治日期", "整治完成日期"}},
      {"closed", {"销号", "是否销号"}},
      {"closed_date", {"销号日期"}},
      {"closure_basis", {"销号依据"}},
      {"owner", {"产权人", "房屋产权人", "业主", "户主", "产权人姓名"}},
      {"owner_phone", {"产权人电话", "产权人联系电话", "业主电话", "户主电话"}},
      {"occupant", {"使用人", "房屋使用人", "经营者", "承租人"}},
      {"occupant_phone", {"使用人电话", "使用人联系电话", "经营者电话"}},
      {"department", {"行业主管部门", "主管部门", "行业部门"}},
      {"approval_project", {"立项手续", "立项"}},
      {"approval_project_no", {"立项文号"}},
      {"approval_land", {"用地手续", "用地", "土地手续"}},
      {"approval_land_no", {"用地文号", "土地证号"}},
      {"approval_planning", {"规划手续", "规划", "规划许可"}},
      {"approval_planning_no", {"规划文号", "规划许可证号"}},
      {"approval_construction", {"施工手续", "施工", "施工许可"}},
      {"approval_construction_no", {"施工文号", "施工许可证号"}},
      {"approval_fire", {"消防手续", "消防", "消防验收"}},
      {"approval_fire_no", {"消防文号", "消防验收文号"}},
      {"date", {"日期", "排查日期", "survey_date"}},
      {"inspector", {"排查人", "检查人", "巡查人", "inspector_name"}},
      {"result", {"结果", "排查结果"}},
      {"type", {"类型", "区域类型", "zone_type"}},
      {"name", {"名称", "name_zh", "网格名称", "区域名称"}},
      {"manager", {"网格员", "负责人", "管理员"}},
      {"phone", {"电话", "联系电话", "手机"}},
      {"capacity_per_day", {"日巡查能力", "每日巡查数", "capacity"}},
      {"category",
       {"类别", "类型", "type", "amenity", "healthcare", "shop", "highway", "railway", "waterway"}},
  };
  return a;
}

const std::vector<std::string> kWkt = {"wkt", "geometry", "geom", "the_geom", "几何", "shape"};
const std::vector<std::string> kLon = {"lon", "lng", "longitude", "x", "经度"};
const std::vector<std::string> kLat = {"lat", "latitude", "y", "纬度"};

int findField(const std::vector<std::string>& normalized, const std::string& name) {
  for (size_t i = 0; i < normalized.size(); ++i) {
    if (normalized[i] == name) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

const std::vector<std::string>& interchangeKeys(ProjectLayer layer) {
  return layerInfo(layer).importKeys;
}

std::map<std::string, std::string> readMappingFile(const std::string& path, ProjectLayer layer) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("无法读取映射文件 " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return parseMappingText(text.str(), path, layer);
}

std::map<std::string, std::string> parseMappingText(const std::string& text,
                                                    const std::string& path, ProjectLayer layer) {
  std::istringstream in(text);
  const auto keys = interchangeKeys(layer);
  std::map<std::string, std::string> mapping;
  std::string line;
  int lineNo = 0;
  while (std::getline(in, line)) {
    ++lineNo;
    if (lineNo == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line = line.substr(3);  // UTF-8 BOM
    const auto hash = line.find('#');
    if (hash != std::string::npos) line = line.substr(0, hash);
    if (normalizeCell(line).empty()) continue;
    const auto eq = line.find('=');
    if (eq == std::string::npos) {
      throw std::runtime_error(path + " 第 " + std::to_string(lineNo) +
                               " 行: 应为 \"字段键 = 源列名\"");
    }
    const std::string key = normalizeCell(line.substr(0, eq));
    std::string source = line.substr(eq + 1);
    source = source.substr(source.find_first_not_of(" \t") == std::string::npos
                               ? source.size()
                               : source.find_first_not_of(" \t"));
    while (!source.empty() &&
           (source.back() == ' ' || source.back() == '\t' || source.back() == '\r')) {
      source.pop_back();
    }
    const bool known = key == "wkt" || key == "lon" || key == "lat" ||
                       std::find(keys.begin(), keys.end(), key) != keys.end();
    if (!known) {
      throw std::runtime_error(path + " 第 " + std::to_string(lineNo) + " 行: 图层 " +
                               layerName(layer) + " 没有字段键 " + key);
    }
    if (source.empty()) {
      throw std::runtime_error(path + " 第 " + std::to_string(lineNo) + " 行: 源列名为空");
    }
    mapping[key] = source;
  }
  return mapping;
}

ColumnMapping resolveColumns(ProjectLayer layer, const std::vector<std::string>& sourceFields,
                             const std::map<std::string, std::string>& explicitMapping) {
  std::vector<std::string> normalized;
  for (const auto& f : sourceFields) normalized.push_back(normalizeCell(f));
  ColumnMapping m;
  std::vector<bool> used(sourceFields.size(), false);

  auto take = [&](const std::string& key, int index, const std::string& how) {
    m.fields[key] = index;
    used[static_cast<size_t>(index)] = true;
    m.explanation.push_back(key + " ← " + sourceFields[static_cast<size_t>(index)] + " (" + how +
                            ")");
  };

  auto explicitIndex = [&](const std::string& key) -> int {
    auto it = explicitMapping.find(key);
    if (it == explicitMapping.end()) return -1;
    const int i = findField(normalized, normalizeCell(it->second));
    if (i < 0) throw std::runtime_error("映射文件中的列 \"" + it->second + "\" 在源文件中不存在");
    return i;
  };

  const auto keys = interchangeKeys(layer);
  // Explicit mappings first, so a guess never steals a column the office named.
  for (const auto& key : keys) {
    const int i = explicitIndex(key);
    if (i >= 0) take(key, i, "映射文件");
  }
  for (const auto& key : keys) {
    if (m.fields.count(key)) continue;
    int i = findField(normalized, key);
    if (i >= 0 && !used[static_cast<size_t>(i)]) {
      take(key, i, "字段名");
      continue;
    }
    auto a = aliases().find(key);
    if (a == aliases().end()) continue;
    for (size_t k = 0; k < a->second.size(); ++k) {
      i = findField(normalized, normalizeCell(a->second[k]));
      if (i < 0 || used[static_cast<size_t>(i)]) continue;
      if (!m.fields.count(key)) {
        take(key, i, k == 0 ? "中文别名" : "推测");
      } else {
        m.fallbacks[key].push_back(i);
        used[static_cast<size_t>(i)] = true;
        m.explanation.push_back(key + " ← " + sourceFields[static_cast<size_t>(i)] +
                                " (前列为空时)");
      }
    }
  }
  // Geometry as text or coordinates in table formats.
  auto geometryColumn = [&](const std::string& key, const std::vector<std::string>& names) {
    int i = explicitIndex(key);
    for (size_t k = 0; i < 0 && k < names.size(); ++k) {
      const int j = findField(normalized, names[k]);
      if (j >= 0 && !used[static_cast<size_t>(j)]) i = j;
    }
    return i;
  };
  m.wktField = geometryColumn("wkt", kWkt);
  m.lonField = geometryColumn("lon", kLon);
  m.latField = geometryColumn("lat", kLat);
  return m;
}

}  // namespace fangan
