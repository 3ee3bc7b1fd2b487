#include "layers/layout/StatisticsTable.h"

#include <QCoreApplication>
#include <map>

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

bool awaitingAppraisal(const BuildingRecord& r) {
  const bool found =
      r.initialHazard == InitialHazard::Hazard || r.initialHazard == InitialHazard::Suspect;
  return found && r.appraisalGrade == AppraisalGrade::None && !r.recheckNoHazard.value_or(false) &&
         !r.directEngineering.value_or(false) && !r.isClosed();
}

bool controlled(const BuildingRecord& r) {
  return r.control == ControlMeasure::StopUse || r.control == ControlMeasure::EvacuatedSealed;
}

// The cells of one row for a group of records; `category` picks the ledger row.
QStringList rowCells(const QString& name, const std::vector<const BuildingRecord*>& group,
                     LedgerCategory category, const QStringList& columns,
                     const LedgerOptions& options) {
  // Tallied through the pointers: a copy of the group's records would double a district's
  // memory (a million records) for every row of the table.
  LedgerTally tally([](const BuildingRecord&) { return std::string(); }, options);
  for (const BuildingRecord* r : group) tally.add(*r);
  LedgerRow ledger;
  ledger.category = category;
  for (const LedgerRow& row : tally.ledger()) {
    if (row.category == category) ledger = row;
  }
  // The non-ledger columns split by category the way the ledger does.
  int buildings = 0, surveyed = 0, awaiting = 0, cdOpen = 0, underControl = 0;
  for (const BuildingRecord* record : group) {
    const BuildingRecord& r = *record;
    if (category == LedgerCategory::Commercial && !r.isCommercial()) continue;
    if (category == LedgerCategory::NonCommercial && r.isCommercial()) continue;
    ++buildings;
    surveyed += r.isSurveyed() ? 1 : 0;
    awaiting += awaitingAppraisal(r) ? 1 : 0;
    cdOpen += r.isGradeCD() && !r.engineeringDone() ? 1 : 0;
    underControl += controlled(r) ? 1 : 0;
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
  std::vector<const BuildingRecord*> inArea;
  for (const BuildingRecord& r : data.buildings()) {
    if (area.holds(r, data)) inArea.push_back(&r);
  }
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
      std::map<std::string, std::vector<const BuildingRecord*>> groups;
      for (const BuildingRecord* r : inArea) groups[byGrid ? r->grid : r->town].push_back(r);
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
      std::map<QString, std::vector<const BuildingRecord*>> groups;
      for (const BuildingRecord* r : inArea) {
        for (const std::string& type : data.zoneTypesOf(r->id)) {
          groups[zoneTypeLabel(QString::fromStdString(type))].push_back(r);
        }
      }
      std::vector<const BuildingRecord*> inZones;
      for (const BuildingRecord* r : inArea) {
        if (!data.zoneTypesOf(r->id).empty()) inZones.push_back(r);
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
