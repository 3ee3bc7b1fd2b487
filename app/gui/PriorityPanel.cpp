#include "app/gui/PriorityPanel.h"

#include <QDate>
#include <QHeaderView>
#include <QStringList>
#include <QVBoxLayout>
#include <map>
#include <set>
#include <unordered_set>

#include "gis/cases/PlanRegister.h"
#include "gis/store/BuildingZoneTypes.h"

namespace fangan {
namespace gui {
namespace {

QString text(const std::string& s) { return QString::fromStdString(s); }

Date currentDate() {
  const QDate d = QDate::currentDate();
  return Date{d.year(), d.month(), d.day()};
}

}  // namespace

PriorityPanel::PriorityPanel(QWidget* parent) : QWidget(parent), today_(currentDate()) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  area_ = new QComboBox(this);
  layout->addWidget(area_);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  table_ = new QTableWidget(0, 5, this);
  table_->setHorizontalHeaderLabels(
      {tr("序号"), tr("房屋编码"), tr("得分"), tr("原因"), tr("地址")});
  table_->verticalHeader()->setVisible(false);
  table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->setAlternatingRowColors(true);
  table_->setWordWrap(false);
  table_->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(table_, 1);

  connect(area_, &QComboBox::currentIndexChanged, this, &PriorityPanel::rank);
  connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
    if (QTableWidgetItem* item = table_->item(row, 1)) emit buildingActivated(item->text());
  });
  loadRules();
}

bool PriorityPanel::loadRules(const QString& rulesPath) {
  const std::string path =
      rulesPath.isEmpty() ? defaultPriorityRulesPath() : rulesPath.toStdString();
  try {
    rules_ = loadPriorityRules(path);
    rulesLoaded_ = true;
  } catch (const std::exception& e) {
    rulesLoaded_ = false;
    status_->setText(tr("无法读取优先级规则：%1").arg(text(e.what())));
    return false;
  }
  rank();
  return true;
}

AreaChoices listAreaChoices(const ProjectStore& store) {
  // Grids with their names, then towns: polygons first, then values only records carry.
  AreaChoices choices;
  store.forEachGrid([&choices](const GridRecord& g, const Wkb&) {
    choices.grids[g.grid] = g.name;
    return true;
  });
  store.forEachTown([&choices](const TownRecord& t, const Wkb&) {
    choices.towns.insert(t.town);
    return true;
  });
  for (const std::string& grid : store.buildingAreaNames(BuildingArea::Grid)) {
    choices.grids.emplace(grid, std::string());
  }
  for (const std::string& town : store.buildingAreaNames(BuildingArea::Town)) {
    choices.towns.insert(town);
  }
  return choices;
}

void PriorityPanel::setProject(const ProjectStore* store, std::int64_t buildings) {
  rankingScan_.drop();  // results of the previous project
  listing_.drop();
  store_ = store;
  buildings_ = buildings;
  {
    const QSignalBlocker blocker(area_);
    area_->clear();
  }
  ranking_.clear();
  table_->setRowCount(0);
  status_->clear();
  if (!store_) return;
  if (listing_.run<AreaChoices>(
          this, *store_, buildings_, listAreaChoices,
          [this](const ScanResult<AreaChoices>& result) { showAreaChoices(result); })) {
    status_->setText(tr("正在读取网格和镇街…"));
  }
}

void PriorityPanel::showAreaChoices(const ScanResult<AreaChoices>& result) {
  if (!result.error.empty()) {
    status_->setText(tr("无法读取网格和镇街：%1").arg(text(result.error)));
    return;
  }
  status_->clear();
  const QSignalBlocker blocker(area_);
  area_->clear();
  for (const auto& [grid, name] : result.value.grids) {
    const QString label =
        name.empty() ? tr("网格 %1").arg(text(grid)) : tr("网格 %1 %2").arg(text(grid), text(name));
    area_->addItem(label, QStringList{QStringLiteral("grid"), text(grid)});
  }
  for (const std::string& town : result.value.towns) {
    area_->addItem(tr("镇街 %1").arg(text(town)), QStringList{QStringLiteral("town"), text(town)});
  }
  rank();
}

void PriorityPanel::refresh() { rank(); }

void PriorityPanel::setToday(const Date& today) {
  today_ = today;
  rank();
}

bool PriorityPanel::chooseArea(const QString& kind, const QString& area) {
  const int index = area_->findData(QStringList{kind, area});
  if (index < 0) return false;
  if (index == area_->currentIndex()) {
    rank();
  } else {
    area_->setCurrentIndex(index);  // ranks through the signal
  }
  return true;
}

AreaRanking rankArea(const ProjectStore& store, const PriorityRules& rules, const Date& today,
                     bool byGrid, const std::string& area) {
  BuildingScan scan;
  (byGrid ? scan.grid : scan.town) = area;
  scan.footprints = false;
  std::vector<BuildingRecord> inArea;
  if (!area.empty()) {
    store.scanBuildings(scan, [&inArea](const BuildingRecord& r, const Wkb&) {
      inArea.push_back(r);
      return true;
    });
  }
  std::unordered_set<std::int64_t> ids;
  for (const BuildingRecord& r : inArea) ids.insert(r.id);
  const std::unordered_map<std::int64_t, std::vector<std::string>> zoneTypes =
      zoneTypesOfBuildings(store, ids);
  AreaRanking out;
  const std::set<std::string> overduePlans = overduePlanCodes(store.plans(), today);
  out.ranking = rankByPriority(
      rules, inArea, today,
      [&zoneTypes](const BuildingRecord& r) {
        const auto it = zoneTypes.find(r.id);
        return it == zoneTypes.end() ? std::vector<std::string>() : it->second;
      },
      &overduePlans);
  for (const BuildingRecord& r : inArea) out.addressOfCode.emplace(r.code, r.address);
  return out;
}

void PriorityPanel::rank() {
  rankingScan_.drop();  // superseded by this newer choice
  ranking_.clear();
  table_->setRowCount(0);
  if (!rulesLoaded_ || !store_ || area_->currentIndex() < 0) return;
  const QStringList chosen = area_->currentData().toStringList();
  const bool byGrid = chosen.value(0) == QLatin1String("grid");
  const std::string area = chosen.value(1).toStdString();
  const PriorityRules rules = rules_;
  const Date today = today_;
  const auto work = [rules, today, byGrid, area](const ProjectStore& store) {
    return rankArea(store, rules, today, byGrid, area);
  };
  if (rankingScan_.run<AreaRanking>(
          this, *store_, buildings_, work,
          [this](const ScanResult<AreaRanking>& result) { showRanking(result); })) {
    status_->setText(tr("正在排序…"));
  }
}

void PriorityPanel::showRanking(const ScanResult<AreaRanking>& result) {
  if (!result.error.empty()) {
    status_->setText(tr("无法排序：%1").arg(text(result.error)));
    return;
  }
  ranking_ = result.value.ranking;
  const auto& byCode = result.value.addressOfCode;
  const int shown = std::min<int>(kMaxRows, static_cast<int>(ranking_.size()));
  table_->setRowCount(shown);
  for (int row = 0; row < shown; ++row) {
    const RankedBuilding& ranked = ranking_[static_cast<std::size_t>(row)];
    QStringList reasons;
    for (const FiredPriorityRule& rule : ranked.result.fired) {
      reasons << tr("%1（%2%3）")
                     .arg(text(rule.label), rule.weight >= 0 ? QStringLiteral("+") : QString())
                     .arg(rule.weight);
    }
    const auto record = byCode.find(ranked.code);
    const QString address = record == byCode.end() ? QString() : text(record->second);
    auto* rank = new QTableWidgetItem(QString::number(row + 1));
    rank->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* score = new QTableWidgetItem(QString::number(ranked.result.score));
    score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* why = new QTableWidgetItem(reasons.join(QStringLiteral("、")));
    why->setToolTip(reasons.join(QLatin1Char('\n')));
    table_->setItem(row, 0, rank);
    table_->setItem(row, 1, new QTableWidgetItem(text(ranked.code)));
    table_->setItem(row, 2, score);
    table_->setItem(row, 3, why);
    table_->setItem(row, 4, new QTableWidgetItem(address));
  }
  table_->resizeColumnsToContents();
  status_->setText(ranking_.size() > static_cast<std::size_t>(shown)
                       ? tr("共 %1 栋，显示前 %2 栋").arg(ranking_.size()).arg(shown)
                       : tr("共 %1 栋").arg(ranking_.size()));
  emit ranked();
}

}  // namespace gui
}  // namespace fangan
