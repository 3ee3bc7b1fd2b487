#include "gis/model/Vocabulary.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace fangan {

namespace {

template <typename E>
struct Term {
  E value;
  const char* key;
  const char* chinese;
  std::vector<const char*> aliases;  // further accepted spellings (already normalised)
};

template <typename E>
const Term<E>* findByValue(const std::vector<Term<E>>& terms, E v) {
  for (const auto& t : terms) {
    if (t.value == v) return &t;
  }
  return nullptr;
}

template <typename E>
std::optional<E> parseTerm(const std::vector<Term<E>>& terms, const std::string& text, E empty) {
  // The store's own keys first, without normalising (a million records a scan).
  for (const auto& t : terms) {
    if (t.key[0] != '\0' && text == t.key) return t.value;
  }
  const std::string n = normalizeCell(text);
  if (n.empty()) return empty;
  for (const auto& t : terms) {
    // The label normalised too: "C级" and "鉴定AB级" hold Latin capitals.
    if (n == t.key || n == normalizeCell(t.chinese)) return t.value;
    for (const char* a : t.aliases) {
      if (n == a) return t.value;
    }
  }
  return std::nullopt;
}

const std::vector<Term<Structure>>& structures() {
  static const std::vector<Term<Structure>> t = {
      {Structure::Unknown, "", "未知", {"unknown"}},
      {Structure::Masonry, "masonry", "砖混", {"砖混结构"}},
      {Structure::BrickWood, "brick_wood", "砖木", {"砖木结构", "brick-wood", "brickwood"}},
      {Structure::Frame, "frame", "框架", {"框架结构", "rc_frame"}},
      {Structure::Steel, "steel", "钢结构", {"钢", "steel_frame"}},
      {Structure::Timber, "timber", "木结构", {"木", "wood"}},
      {Structure::Earth, "earth", "土木", {"土木结构", "adobe", "土坯"}},
      {Structure::Other, "other", "其他", {"其它"}},
  };
  return t;
}

const std::vector<Term<BuildingUse>>& uses() {
  static const std::vector<Term<BuildingUse>> t = {
      {BuildingUse::Unknown, "", "未知", {"unknown"}},
      {BuildingUse::Residential, "residential", "居住", {"住宅", "自住"}},
      {BuildingUse::Commercial, "commercial", "经营", {"经营性", "商业"}},
      {BuildingUse::Public, "public", "公共", {"公共建筑"}},
      {BuildingUse::Mixed, "mixed", "混合", {"混合用途"}},
      {BuildingUse::Industrial, "industrial", "工业", {"厂房"}},
      {BuildingUse::Other, "other", "其他", {"其它"}},
  };
  return t;
}

const std::vector<Term<SurveyStatus>>& surveyStatuses() {
  static const std::vector<Term<SurveyStatus>> t = {
      {SurveyStatus::Unknown, "", "未知", {"unknown"}},
      {SurveyStatus::NotSurveyed, "not_surveyed", "未排查", {"no", "否"}},
      {SurveyStatus::Surveyed, "surveyed", "已排查", {"yes", "是"}},
  };
  return t;
}

const std::vector<Term<InitialHazard>>& hazards() {
  static const std::vector<Term<InitialHazard>> t = {
      {InitialHazard::Unknown, "", "未知", {"unknown"}},
      {InitialHazard::None, "none", "无", {"无隐患", "no"}},
      {InitialHazard::Hazard, "hazard", "有", {"有隐患", "初判有隐患", "yes"}},
      {InitialHazard::Suspect, "suspect", "存疑", {"疑似"}},
  };
  return t;
}

const std::vector<Term<AppraisalGrade>>& grades() {
  static const std::vector<Term<AppraisalGrade>> t = {
      {AppraisalGrade::None, "", "未鉴定", {"none"}},
      {AppraisalGrade::A, "a", "A级", {"asu", "asu级"}},
      {AppraisalGrade::B, "b", "B级", {"bsu", "bsu级"}},
      {AppraisalGrade::C, "c", "C级", {"csu", "csu级"}},
      {AppraisalGrade::D, "d", "D级", {"dsu", "dsu级"}},
  };
  return t;
}

const std::vector<Term<ControlMeasure>>& controls() {
  static const std::vector<Term<ControlMeasure>> t = {
      {ControlMeasure::Unknown, "", "未知", {"unknown"}},
      {ControlMeasure::None, "none", "无", {"未管控"}},
      {ControlMeasure::StopUse, "stop_use", "停止使用", {"停用"}},
      {ControlMeasure::EvacuatedSealed, "evacuated_sealed", "清人封房", {"封房"}},
  };
  return t;
}

const std::vector<Term<Rectification>>& rectifications() {
  static const std::vector<Term<Rectification>> t = {
      {Rectification::Unknown, "", "未知", {"unknown"}},
      {Rectification::None, "none", "无", {"未整治"}},
      {Rectification::Repair, "repair", "维修", {}},
      {Rectification::Reinforce, "reinforce", "加固", {"维修加固"}},
      {Rectification::PartialDemolition, "partial_demolition", "局部拆除", {}},
      {Rectification::Demolition, "demolition", "拆除", {"整体拆除"}},
      {Rectification::Rebuild, "rebuild", "重建", {"翻建"}},
      {Rectification::Relocate, "relocate", "搬迁", {}},
  };
  return t;
}

const std::vector<Term<ClosureBasis>>& closureBases() {
  static const std::vector<Term<ClosureBasis>> t = {
      {ClosureBasis::Unknown, "", "未知", {"unknown"}},
      {ClosureBasis::RecheckNoHazard, "recheck_no_hazard", "复核无隐患", {}},
      {ClosureBasis::GradeAB, "grade_ab", "鉴定AB级", {"鉴定ab级", "ab级"}},
      {ClosureBasis::Engineering, "engineering", "工程措施", {}},
      {ClosureBasis::ManagementOnly, "management_only", "管理措施", {"management"}},
  };
  return t;
}

}  // namespace

const std::vector<std::string>& zoneTypeKeys() {
  static const std::vector<std::string> t = {
      "school",   "kindergarten",  "hospital",     "enterprise",      "construction", "rail_road",
      "fringe",   "urban_village", "resettlement", "industrial_park", "mining",       "scenic",
      "old_town", "slope",         "market",       "agritainment",    "geohazard"};
  return t;
}

std::string normalizeCell(const std::string& text) {
  size_t b = text.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = text.find_last_not_of(" \t\r\n");
  std::string s = text.substr(b, e - b + 1);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  });
  return s;
}

#define FANGAN_VOCAB(E, table)               \
  std::string toKey(E v) {                   \
    const auto* t = findByValue(table(), v); \
    return t ? t->key : "";                  \
  }                                          \
  std::string toChinese(E v) {               \
    const auto* t = findByValue(table(), v); \
    return t ? t->chinese : "";              \
  }

FANGAN_VOCAB(Structure, structures)
FANGAN_VOCAB(BuildingUse, uses)
FANGAN_VOCAB(SurveyStatus, surveyStatuses)
FANGAN_VOCAB(InitialHazard, hazards)
FANGAN_VOCAB(ControlMeasure, controls)
FANGAN_VOCAB(Rectification, rectifications)
FANGAN_VOCAB(ClosureBasis, closureBases)
#undef FANGAN_VOCAB

// Grades are written upper-case ("A".."D") in files, unlike the other keys.
std::string toKey(AppraisalGrade v) {
  switch (v) {
    case AppraisalGrade::A:
      return "A";
    case AppraisalGrade::B:
      return "B";
    case AppraisalGrade::C:
      return "C";
    case AppraisalGrade::D:
      return "D";
    case AppraisalGrade::None:
      break;
  }
  return "";
}
std::string toChinese(AppraisalGrade v) {
  const auto* t = findByValue(grades(), v);
  return t ? t->chinese : "";
}

std::optional<Structure> parseStructure(const std::string& s) {
  return parseTerm(structures(), s, Structure::Unknown);
}
std::optional<BuildingUse> parseUse(const std::string& s) {
  return parseTerm(uses(), s, BuildingUse::Unknown);
}
std::optional<SurveyStatus> parseSurveyStatus(const std::string& s) {
  return parseTerm(surveyStatuses(), s, SurveyStatus::Unknown);
}
std::optional<InitialHazard> parseInitialHazard(const std::string& s) {
  return parseTerm(hazards(), s, InitialHazard::Unknown);
}
std::optional<AppraisalGrade> parseAppraisalGrade(const std::string& s) {
  return parseTerm(grades(), s, AppraisalGrade::None);
}
std::optional<ControlMeasure> parseControl(const std::string& s) {
  return parseTerm(controls(), s, ControlMeasure::Unknown);
}
std::optional<Rectification> parseRectification(const std::string& s) {
  return parseTerm(rectifications(), s, Rectification::Unknown);
}
std::optional<ClosureBasis> parseClosureBasis(const std::string& s) {
  return parseTerm(closureBases(), s, ClosureBasis::Unknown);
}

bool parseYesNo(const std::string& text, std::optional<bool>& out) {
  const std::string n = normalizeCell(text);
  if (n.empty()) {
    out.reset();
    return true;
  }
  for (const char* y : {"yes", "true", "1", "是", "y", "有", "t"}) {
    if (n == y) {
      out = true;
      return true;
    }
  }
  for (const char* f : {"no", "false", "0", "否", "n", "无", "f"}) {
    if (n == f) {
      out = false;
      return true;
    }
  }
  return false;
}

}  // namespace fangan
