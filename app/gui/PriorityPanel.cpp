#include "app/gui/PriorityPanel.h"

#include <QDate>
#include <QHeaderView>
#include <QStringList>
#include <QVBoxLayout>
#include <map>
#include <set>

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

void PriorityPanel::setProject(const ProjectStore& store,
                               const std::vector<BuildingRecord>* records) {
  records_ = records;
  zoneTypes_.clear();
  for (const auto& [id, type] : store.buildingZoneTypes()) zoneTypes_[id].push_back(type);

  // Grids with their names, then towns: polygons first, then values only records carry.
  std::map<std::string, std::string> grids;
  std::set<std::string> towns;
  store.forEachGrid([&grids](const GridRecord& g, const Wkb&) {
    grids[g.grid] = g.name;
    return true;
  });
  store.forEachTown([&towns](const TownRecord& t, const Wkb&) {
    towns.insert(t.town);
    return true;
  });
  if (records_) {
    for (const BuildingRecord& r : *records_) {
      if (!r.grid.empty()) grids.emplace(r.grid, std::string());
      if (!r.town.empty()) towns.insert(r.town);
    }
  }
  const QSignalBlocker blocker(area_);
  area_->clear();
  for (const auto& [grid, name] : grids) {
    const QString label =
        name.empty() ? tr("网格 %1").arg(text(grid)) : tr("网格 %1 %2").arg(text(grid), text(name));
    area_->addItem(label, QStringList{QStringLiteral("grid"), text(grid)});
  }
  for (const std::string& town : towns) {
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

void PriorityPanel::rank() {
  ranking_.clear();
  table_->setRowCount(0);
  if (!rulesLoaded_ || !records_ || area_->currentIndex() < 0) return;
  const QStringList chosen = area_->currentData().toStringList();
  const bool byGrid = chosen.value(0) == QLatin1String("grid");
  const std::string area = chosen.value(1).toStdString();

  std::vector<BuildingRecord> inArea;
  for (const BuildingRecord& r : *records_) {
    if ((byGrid ? r.grid : r.town) == area) inArea.push_back(r);
  }
  const auto zoneTypesOf = [this](const BuildingRecord& r) {
    const auto it = zoneTypes_.find(r.id);
    return it == zoneTypes_.end() ? std::vector<std::string>() : it->second;
  };
  ranking_ = rankByPriority(rules_, inArea, today_, zoneTypesOf);

  std::unordered_map<std::string, const BuildingRecord*> byCode;
  for (const BuildingRecord& r : inArea) byCode.emplace(r.code, &r);
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
    const QString address = record == byCode.end() ? QString() : text(record->second->address);
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
}

}  // namespace gui
}  // namespace fangan
