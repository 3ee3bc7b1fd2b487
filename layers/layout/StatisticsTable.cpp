#include "layers/layout/StatisticsTable.h"

#include <QCoreApplication>
#include <map>
#include <unordered_map>

#include "gis/io/LedgerXlsxWriter.h"
#include "layers/PresetStyles.h"
#include "layers/layout/LayoutData.h"

namespace fangan {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Layout", text); }

// Ledger column keys in ledger order (docs/rules.md#ledger); ledgerChineseHeaders() has two leading
// columns (area, category) before them.
const QStringList& ledgerKeys() {
  static const QStringList keys = {
      QStringLiteral("surveyed"),          QStringLiteral("initial_hazard"),
      QStringLiteral("recheck_no_hazard"), QStringLiteral("direct_engineering"),
      QStringLiteral("appraised"),         QStringLiteral("grade_cd"),
      QStringLiteral("cd_engineered"),     QStringLiteral("closed"),
      QStringLiteral("appraisal_rate"),    QStringLiteral("rectification_rate"),
      QStringLiteral("closure_rate")};
  return keys;
}

QString percent(const std::optional<double>& rate) {
  if (!rate) return QStringLiteral("—");
  return QString::number(*rate * 100.0, 'f', 1) + QLatin1Char('%');
}

// The cells of one row for a group of records; `category` picks the ledger row.
QStringList rowCells(const QString& name, const std::vector<const LayoutBuilding*>& group,
                     LedgerCategory category, const QStringList& columns,
                     const LedgerOptions& options) {
  namespace fact = ledger_fact;
  // The ledger counts buildings alike when their facts are: each distinct set is added once,
  // as many times as it occurs.
  std::unordered_map<LedgerFacts, int> factCounts;
  // The non-ledger columns split by category the way the ledger does.
  int buildings = 0, surveyed = 0, awaiting = 0, cdOpen = 0, underControl = 0;
  for (const LayoutBuilding* b : group) {
    ++factCounts[b->facts];
    const bool commercial = (b->facts & fact::kCommercial) != 0;
    if (category == LedgerCategory::Commercial && !commercial) continue;
    if (category == LedgerCategory::NonCommercial && commercial) continue;
    ++buildings;
    surveyed += (b->facts & fact::kSurveyed) ? 1 : 0;
    awaiting += b->awaitingAppraisal ? 1 : 0;
    cdOpen += (b->facts & fact::kGradeCD) && !(b->facts & fact::kEngineeringDone) ? 1 : 0;
    underControl += b->controlled ? 1 : 0;
  }
  LedgerTally tally([](const BuildingRecord&) { return std::string(); }, options);
  for (const auto& [facts, times] : factCounts) tally.add(std::string(), facts, times);
  LedgerRow ledger;
  ledger.category = category;
  for (const LedgerRow& row : tally.ledger()) {
    if (row.category == category) ledger = row;
  }
  QStringList cells = {name};
  for (const QString& key : columns) {
    const int counts[] = {ledger.surveyed,          ledger.initialHazard, ledger.recheckNoHazard,
                          ledger.directEngineering, ledger.appraised,     ledger.gradeCD,
                          ledger.cdEngineered,      ledger.closed};
    const int at = static_cast<int>(ledgerKeys().indexOf(key));
    if (at >= 0 && at < 8) {
      cells << QString::number(counts[at]);
    } else if (key == QLatin1String("appraisal_rate")) {
      cells << percent(ledger.appraisalRate);
    } else if (key == QLatin1String("rectification_rate")) {
      cells << percent(ledger.rectificationRate);
    } else if (key == QLatin1String("closure_rate")) {
      cells << percent(ledger.closureRate);
    } else if (key == QLatin1String("buildings")) {
      cells << QString::number(buildings);
    } else if (key == QLatin1String("not_surveyed")) {
      cells << QString::number(buildings - surveyed);
    } else if (key == QLatin1String("coverage_rate")) {
      cells << percent(buildings > 0 ? std::optional<double>(double(surveyed) / buildings)
                                     : std::nullopt);
    } else if (key == QLatin1String("awaiting_appraisal")) {
      cells << QString::number(awaiting);
    } else if (key == QLatin1String("cd_open")) {
      cells << QString::number(cdOpen);
    } else if (key == QLatin1String("controlled")) {
      cells << QString::number(underControl);
    } else {
      cells << QString();
    }
  }
  return cells;
}

QString gridLabel(const LayoutData& data, const std::string& grid) {
  if (grid.empty()) return tr("（未分网格）");
  const GridRecord* g = data.grid(QString::fromStdString(grid));
  return g && !g->name.empty() ? QString::fromStdString(g->name) : QString::fromStdString(grid);
}

}  // namespace

const QStringList& statisticsColumnKeys() {
  static const QStringList keys =
      ledgerKeys() +
      QStringList{QStringLiteral("buildings"),     QStringLiteral("not_surveyed"),
                  QStringLiteral("coverage_rate"), QStringLiteral("awaiting_appraisal"),
                  QStringLiteral("cd_open"),       QStringLiteral("controlled")};
  return keys;
}

bool isLedgerColumn(const QString& key) { return ledgerKeys().contains(key); }

QString statisticsColumnHeader(const QString& key) {
  const qsizetype at = ledgerKeys().indexOf(key);
  if (at >= 0) {
    return QString::fromStdString(ledgerChineseHeaders()[static_cast<std::size_t>(at) + 2]);
  }
  if (key == QLatin1String("buildings")) return tr("房屋数");
  if (key == QLatin1String("not_surveyed")) return tr("未排查");
  if (key == QLatin1String("coverage_rate")) return tr("排查覆盖率");
  if (key == QLatin1String("awaiting_appraisal")) return tr("待鉴定");
  if (key == QLatin1String("cd_open")) return tr("C/D未整治");
  if (key == QLatin1String("controlled")) return tr("管控中");
  return key;
}

StatisticsTable buildStatisticsTable(const LayoutData& data, const LayoutArea& area, TableRows rows,
                                     const QStringList& columns, LedgerScope scope) {
  LedgerOptions options;
  options.scope = scope;
  const std::vector<const LayoutBuilding*> inArea = buildingsIn(area, data);
  StatisticsTable table;
  if (rows == TableRows::Subareas && area.kind == LayoutAreaKind::Grid)
    rows = TableRows::Categories;

  const QString total = tr("合计");
  switch (rows) {
    case TableRows::Categories:
      table.headers << tr("类别");
      for (LedgerCategory c :
           {LedgerCategory::Commercial, LedgerCategory::NonCommercial, LedgerCategory::All}) {
        table.rows.push_back(rowCells(QString::fromStdString(ledgerCategoryChinese(c)), inArea, c,
                                      columns, options));
        table.totals.push_back(c == LedgerCategory::All);
      }
      break;
    case TableRows::Subareas: {
      const bool byGrid = area.kind == LayoutAreaKind::Town;
      table.headers << (byGrid ? tr("网格") : tr("镇街"));
      std::map<std::string, std::vector<const LayoutBuilding*>> groups;
      for (const LayoutBuilding* b : inArea) {
        groups[byGrid ? data.gridOf(*b) : data.townOf(*b)].push_back(b);
      }
      for (const auto& [key, group] : groups) {
        const QString name = byGrid        ? gridLabel(data, key)
                             : key.empty() ? tr("（未填镇街）")
                                           : QString::fromStdString(key);
        table.rows.push_back(rowCells(name, group, LedgerCategory::All, columns, options));
        table.totals.push_back(false);
      }
      table.rows.push_back(rowCells(total, inArea, LedgerCategory::All, columns, options));
      table.totals.push_back(true);
      break;
    }
    case TableRows::ZoneTypes: {
      table.headers << tr("重点区域类型");
      std::map<QString, std::vector<const LayoutBuilding*>> groups;
      for (const LayoutBuilding* b : inArea) {
        for (const std::string& type : data.zoneTypesOf(*b)) {
          groups[zoneTypeLabel(QString::fromStdString(type))].push_back(b);
        }
      }
      std::vector<const LayoutBuilding*> inZones;
      for (const LayoutBuilding* b : inArea) {
        if (!data.zoneTypesOf(*b).empty()) inZones.push_back(b);
      }
      for (const auto& [name, group] : groups) {
        table.rows.push_back(rowCells(name, group, LedgerCategory::All, columns, options));
        table.totals.push_back(false);
      }
      table.rows.push_back(
          rowCells(tr("重点区域合计"), inZones, LedgerCategory::All, columns, options));
      table.totals.push_back(true);
      break;
    }
  }
  for (const QString& key : columns) table.headers << statisticsColumnHeader(key);
  return table;
}

}  // namespace fangan
