#include "gis/cases/CaseImport.h"

#include <map>
#include <set>

#include "gis/cases/CaseRefusal.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/cases/PlanRegister.h"
#include "gis/cases/ProblemRegister.h"
#include "gis/io/SheetTable.h"
#include "gis/model/Vocabulary.h"

namespace fangan {

namespace {

using Aliases = std::map<std::string, std::vector<std::string>>;

const Aliases& problemColumns() {
  static const Aliases a = {
      {"reference", {"问题编号", "编号", "序号"}},
      {"source", {"问题来源", "来源", "检查类型"}},
      {"found_date", {"发现日期", "检查日期", "日期"}},
      {"code", {"房屋编码", "房屋编号"}},
      {"location", {"位置", "地址", "房屋地址", "问题位置"}},
      {"town", {"镇街", "街道", "乡镇"}},
      {"description", {"问题描述", "问题", "存在问题", "问题内容"}},
      {"responsible_unit", {"责任单位"}},
      {"responsible_person", {"责任人"}},
      {"deadline", {"整改期限", "整改时限", "期限"}},
  };
  return a;
}

const Aliases& planColumns() {
  static const Aliases a = {
      {"code", {"房屋编码", "房屋编号"}},
      {"measure", {"整治措施", "整治方式", "措施"}},
      {"route", {"技术路线", "技术方案"}},
      {"responsible_unit", {"责任单位"}},
      {"responsible_person", {"责任人"}},
      {"start_date", {"开始日期", "开工日期"}},
      {"due_date", {"完成期限", "完成时限", "整改期限"}},
      {"milestones", {"节点", "时间节点", "进度节点"}},
  };
  return a;
}

/// key → column index of a read sheet (-1 when absent); the key itself first, then its aliases.
std::map<std::string, int> resolve(const ReadSheet& sheet, const Aliases& aliases) {
  std::map<std::string, int> index;
  for (const auto& [key, names] : aliases) {
    index[key] = -1;
    std::vector<std::string> all = {key};
    all.insert(all.end(), names.begin(), names.end());
    for (const auto& name : all) {
      for (size_t i = 0; i < sheet.headers.size() && index[key] < 0; ++i) {
        if (normalizeCell(sheet.headers[i]) == normalizeCell(name))
          index[key] = static_cast<int>(i);
      }
      if (index[key] >= 0) break;
    }
  }
  return index;
}

struct Row {
  const std::vector<std::string>& cells;
  const std::map<std::string, int>& index;
  std::string operator[](const std::string& key) const {
    const int i = index.at(key);
    return i < 0 ? std::string() : cells[static_cast<size_t>(i)];
  }
};

std::string where(const std::string& path, size_t row) {
  return path + " 第 " + std::to_string(row + 2) + " 行: ";  // row 1 is the header
}

/// Runs `body` per row inside one transaction, committed only when no row failed.
template <typename Body>
CaseImportReport importRows(ProjectStore& store, const std::string& path, const ReadSheet& sheet,
                            Body body) {
  CaseImportReport report;
  auto tx = store.begin();
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    bool empty = true;
    for (const auto& c : sheet.rows[r]) empty = empty && c.empty();
    if (empty) continue;
    try {
      body(sheet.rows[r], report);
    } catch (const CaseRefused& e) {
      report.errors.push_back(where(path, r) + e.refusal().message);
    } catch (const std::invalid_argument& e) {
      report.errors.push_back(where(path, r) + e.what());
    }
  }
  if (report.errors.empty()) {
    tx->commit();
  } else {
    report.imported = 0;
    report.skipped = 0;
  }
  return report;
}

std::optional<Date> dateCell(const std::string& text, const char* column) {
  if (text.empty()) return std::nullopt;
  const auto d = Date::parse(text);
  if (!d)
    throw std::invalid_argument(std::string("列 ") + column + " 的值 \"" + text + "\" 应为日期");
  return d;
}

}  // namespace

bool parseMilestoneCell(const std::string& cell, std::vector<PlanMilestone>& out,
                        std::string& error) {
  std::string text = cell;
  for (const std::string sep : {"；", ";", "\r", "\n"}) {
    for (auto at = text.find(sep); at != std::string::npos; at = text.find(sep, at + 1)) {
      text.replace(at, sep.size(), "\n");
    }
  }
  size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string item = text.substr(start, end - start);
    start = end + 1;
    const auto b = item.find_first_not_of(" \t");
    if (b == std::string::npos) continue;
    item = item.substr(b);
    const auto space = item.find_first_of(" \t");
    const auto due = Date::parse(item.substr(0, space));
    if (!due) {
      error = item;
      return false;
    }
    PlanMilestone m;
    m.due = *due;
    if (space != std::string::npos) {
      const auto t = item.find_first_not_of(" \t", space);
      if (t != std::string::npos) m.text = item.substr(t);
    }
    out.push_back(std::move(m));
  }
  return true;
}

CaseImportReport importProblems(ProjectStore& store, const std::string& path,
                                const std::string& who) {
  const ReadSheet sheet = readSheet(path, {"description", "问题描述", "问题", "存在问题"});
  const auto index = resolve(sheet, problemColumns());
  std::set<std::string> references;
  for (const Problem& p : store.problems()) {
    if (!p.reference.empty()) references.insert(p.reference);
  }
  return importRows(store, path, sheet,
                    [&](const std::vector<std::string>& cells, CaseImportReport& report) {
                      const Row row{cells, index};
                      Problem p;
                      p.reference = row["reference"];
                      if (!p.reference.empty() && !references.insert(p.reference).second) {
                        ++report.skipped;
                        return;
                      }
                      const std::string source = row["source"];
                      if (source.empty()) throw std::invalid_argument("问题来源为空");
                      const auto parsed = parseProblemSource(source);
                      if (!parsed)
                        throw std::invalid_argument("问题来源 \"" + source + "\" 不是可识别的取值");
                      p.source = *parsed;
                      const auto found = dateCell(row["found_date"], "found_date");
                      if (!found) throw std::invalid_argument("发现日期为空");
                      p.foundDate = *found;
                      p.code = row["code"];
                      p.location = row["location"];
                      p.town = row["town"];
                      p.description = row["description"];
                      p.responsibleUnit = row["responsible_unit"];
                      p.responsiblePerson = row["responsible_person"];
                      p.deadline = dateCell(row["deadline"], "deadline");
                      registerProblem(store, p, who);
                      ++report.imported;
                    });
}

CaseImportReport importPlans(ProjectStore& store, const std::string& path, const Date& day,
                             const std::string& who) {
  const ReadSheet sheet = readSheet(path, {"measure", "整治措施", "整治方式"});
  const auto index = resolve(sheet, planColumns());
  return importRows(
      store, path, sheet, [&](const std::vector<std::string>& cells, CaseImportReport& report) {
        const Row row{cells, index};
        RectificationPlan p;
        p.code = row["code"];
        if (p.code.empty()) throw std::invalid_argument("房屋编码为空");
        const std::string measure = row["measure"];
        const auto parsed = parseRectification(measure);
        if (!parsed) throw std::invalid_argument("整治措施 \"" + measure + "\" 不是可识别的取值");
        p.measure = *parsed;
        p.route = row["route"];
        p.responsibleUnit = row["responsible_unit"];
        p.responsiblePerson = row["responsible_person"];
        p.start = dateCell(row["start_date"], "start_date");
        const auto due = dateCell(row["due_date"], "due_date");
        if (!due) throw std::invalid_argument("完成期限为空");
        p.due = *due;
        std::string bad;
        if (!parseMilestoneCell(row["milestones"], p.milestones, bad)) {
          throw std::invalid_argument("节点 \"" + bad + "\" 应以日期开头 (YYYY-MM-DD 内容)");
        }
        draftPlan(store, p, day, who);
        ++report.imported;
      });
}

}  // namespace fangan
