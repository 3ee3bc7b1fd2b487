#include "gis/analysis/LedgerForm.h"

#include <map>

namespace fangan {
namespace {

const char* const kIdeographicSpaces = "　　　　　　";  // room to write by hand

LedgerFormCell text(const std::string& s) {
  LedgerFormCell c;
  c.kind = LedgerFormCellKind::Text;
  c.text = s;
  return c;
}

LedgerFormCell count(int n) {
  LedgerFormCell c;
  c.kind = LedgerFormCellKind::Count;
  c.value = n;
  return c;
}

LedgerFormCell rate(const std::optional<double>& r) {
  LedgerFormCell c;
  c.kind = LedgerFormCellKind::Rate;
  c.empty = !r.has_value();
  c.value = r.value_or(0);
  return c;
}

LedgerFormCell blank() { return LedgerFormCell{}; }

std::string areaLabel(const std::string& area) { return area.empty() ? "（未填写）" : area; }

/// Rows of one area by category, in the order the ledger lists the areas.
template <typename Row>
struct AreaRows {
  std::string area;
  Row commercial, nonCommercial, all;
};

template <typename Row>
std::vector<AreaRows<Row>> byArea(const std::vector<Row>& rows) {
  std::vector<AreaRows<Row>> out;
  std::map<std::string, std::size_t> index;
  for (const Row& row : rows) {
    auto [it, added] = index.emplace(row.area, out.size());
    if (added) out.push_back(AreaRows<Row>{row.area, {}, {}, {}});
    AreaRows<Row>& a = out[it->second];
    if (row.category == LedgerCategory::Commercial) a.commercial = row;
    if (row.category == LedgerCategory::NonCommercial) a.nonCommercial = row;
    if (row.category == LedgerCategory::All) a.all = row;
  }
  return out;
}

// Attachment 2's columns, left to right (docs/rules.md#ledger-forms):
//  0 area | 1 已排查自建房总量 (all.surveyed)
//  commercial: 2 已排查经营性自建房数量 | 整治销号: 3 初判隐患数量 (①), 4 动态销号数量 (⑦) |
//              线上检查: 5 问题确认/问题, 6 问题确认率 (blank: no problem register yet)
//  non-commercial: 7 已排查非经营性自建房数量 | 8 ① | 9 ② | 10 ③ |
//              安全鉴定: 11 ④, 12 ⑤, 13 鉴定率 | 整治措施: 14 ⑥, 15 整治率 |
//              整治销号: 16 ⑦, 17 销号率
std::vector<LedgerFormCell> attachment2Row(const std::string& label, const LedgerRow& com,
                                           const LedgerRow& non, const LedgerRow& all) {
  return {text(label),
          count(all.surveyed),
          count(com.surveyed),
          count(com.initialHazard),
          count(com.closed),
          blank(),
          blank(),
          count(non.surveyed),
          count(non.initialHazard),
          count(non.recheckNoHazard),
          count(non.directEngineering),
          count(non.appraised),
          count(non.gradeCD),
          rate(non.appraisalRate),
          count(non.cdEngineered),
          rate(non.rectificationRate),
          count(non.closed),
          rate(non.closureRate)};
}

std::vector<LedgerFormCell> attachment1Row(const std::string& label, const RecheckLedgerRow& com,
                                           const RecheckLedgerRow& non,
                                           const RecheckLedgerRow& all) {
  std::vector<LedgerFormCell> cells = {text(label), count(all.managementClosures)};
  for (const RecheckLedgerRow* r : {&com, &non}) {
    cells.push_back(count(r->managementClosures));
    cells.push_back(count(r->rechecked));
    cells.push_back(count(r->stillHazardous));
    cells.push_back(count(r->engineered));
  }
  return cells;
}

}  // namespace

const std::string& ledgerFormDash() {
  static const std::string dash = "—";
  return dash;
}

std::string LedgerForm::reporterLine() const {
  std::string line = std::string("填报人：") + kIdeographicSpaces + "联系方式：" +
                     kIdeographicSpaces + "填报时间：" + reportDate;
  if (!asOf.empty()) line += std::string("　　数据截至：") + asOf;
  return line;
}

std::string LedgerForm::signatureLine() const {
  return std::string("主要负责同志签字：") + kIdeographicSpaces + kIdeographicSpaces +
         "单位（盖章）：";
}

LedgerForm attachment2Form(const std::vector<LedgerRow>& rows, const std::string& areaHeading,
                           const std::string& reportDate, const std::string& asOf) {
  LedgerForm form;
  form.attachment = "附件2";
  form.title = "镇街自建房安全专项整治攻坚行动工作台账";
  form.unit = "（单位：栋）";
  form.reportDate = reportDate;
  form.asOf = asOf;
  form.headerRows = 3;
  form.columns = 18;
  form.header = {
      {0, 0, 3, 1, areaHeading},
      {0, 1, 3, 1, "已排查自建房总量"},
      {0, 2, 1, 5, "经营性自建房"},
      {0, 7, 1, 11, "非经营性自建房"},
      {1, 2, 2, 1, "已排查经营性自建房数量"},
      {1, 3, 1, 2, "整治销号"},
      {1, 5, 1, 2, "线上检查"},
      {1, 7, 2, 1, "已排查非经营性自建房数量"},
      {1, 8, 2, 1, "初判隐患数量①"},
      {1, 9, 2, 1, "经技术人员鉴定复核无隐患数量②"},
      {1, 10, 2, 1, "未鉴定直接工程措施数量③"},
      {1, 11, 1, 3, "安全鉴定"},
      {1, 14, 1, 2, "整治措施"},
      {1, 16, 1, 2, "整治销号"},
      {2, 3, 1, 1, "初判隐患数量"},
      {2, 4, 1, 1, "动态销号数量"},
      {2, 5, 1, 1, "问题确认/问题"},
      {2, 6, 1, 1, "问题确认率"},
      {2, 11, 1, 1, "已鉴定数量④"},
      {2, 12, 1, 1, "C、D级房屋数量⑤"},
      {2, 13, 1, 1, "鉴定率（④/①-②-③）"},
      {2, 14, 1, 1, "鉴定为C、D级房屋采取工程措施整治数量⑥"},
      {2, 15, 1, 1, "整治率（⑥+③/⑤+③）"},
      {2, 16, 1, 1, "已销号数量（含经技术人员复核无隐患、鉴定为A、B级、工程措施销号）⑦"},
      {2, 17, 1, 1, "销号率（⑦/①）"},
  };
  form.columnWidths = {12, 9, 9, 8, 8, 9, 8, 9, 8, 9, 9, 8, 8, 10, 11, 10, 15, 9};
  for (const auto& a : byArea(rows)) {
    form.body.push_back(attachment2Row(areaLabel(a.area), a.commercial, a.nonCommercial, a.all));
  }
  const std::vector<LedgerRow> t = ledgerTotals(rows);
  form.body.push_back(attachment2Row(kLedgerTotalArea, t[0], t[1], t[2]));
  return form;
}

LedgerForm attachment1Form(const std::vector<RecheckLedgerRow>& rows,
                           const std::string& areaHeading, const std::string& reportDate,
                           const std::string& asOf) {
  LedgerForm form;
  form.attachment = "附件1";
  form.title = "镇街前期采取管理措施销号的自建房复核台账";
  form.unit = "（单位：栋）";
  form.reportDate = reportDate;
  form.asOf = asOf;
  form.headerRows = 2;
  form.columns = 10;
  form.header = {{0, 0, 2, 1, areaHeading},
                 {0, 1, 2, 1, "总量"},
                 {0, 2, 1, 4, "经营性自建房"},
                 {0, 6, 1, 4, "非经营性自建房"}};
  for (int block : {2, 6}) {
    form.header.push_back({1, block, 1, 1, "数量"});
    form.header.push_back({1, block + 1, 1, 1, "经专业技术人员现场复核数量"});
    form.header.push_back({1, block + 2, 1, 1, "存在安全隐患数量"});
    form.header.push_back({1, block + 3, 1, 1, "工程措施整治数量"});
  }
  form.columnWidths = {14, 10, 10, 16, 12, 12, 10, 16, 12, 12};
  for (const auto& a : byArea(rows)) {
    form.body.push_back(attachment1Row(areaLabel(a.area), a.commercial, a.nonCommercial, a.all));
  }
  const std::vector<RecheckLedgerRow> t = recheckLedgerTotals(rows);
  form.body.push_back(attachment1Row(kLedgerTotalArea, t[0], t[1], t[2]));
  return form;
}

}  // namespace fangan
