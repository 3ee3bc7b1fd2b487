#include "app/gui/KeyZonesPanel.h"

#include <QFont>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>
#include <string>
#include <vector>

#include "app/gui/BackgroundScan.h"
#include "app/gui/DisplayText.h"
#include "gis/store/ProjectStore.h"
#include "layers/PresetStyles.h"

namespace fangan {
namespace gui {

/// What a worker hands back: the coverage, or why it could not be computed.
struct KeyZonesPanel::Outcome {
  ZoneCoverageReport report;
  QString error;
};

namespace {

/// Up to this many zones the tree opens every type; beyond it a list of every zone would bury
/// the type totals, so types open when chosen in the filter.
constexpr std::size_t kExpandedZonesMax = 300;
// Zones listed under each type, biggest gaps first; the rest are summed up in one row.
constexpr int kZonesListedPerType = 300;

QString typeTitle(const std::string& key) {
  return styleText(zoneTypeLabel(QString::fromStdString(key)));
}

/// "81.3%", or "—" without buildings (never 0 % or 100 %).
QString rateText(const CoverageRow& row) {
  const auto rate = row.rate();
  if (!rate) return QStringLiteral("—");
  return QString::number(*rate * 100, 'f', 1) + QLatin1Char('%');
}

void setCounts(QTreeWidgetItem* item, const CoverageRow& row) {
  item->setText(KeyZonesPanel::kTotalColumn, QString::number(row.total));
  item->setText(KeyZonesPanel::kCheckedColumn, QString::number(row.checked));
  item->setText(KeyZonesPanel::kUncheckedColumn, QString::number(row.unchecked()));
  item->setText(KeyZonesPanel::kRateColumn, rateText(row));
  for (int c = KeyZonesPanel::kTotalColumn; c <= KeyZonesPanel::kRateColumn; ++c) {
    item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
  }
}

}  // namespace

KeyZonesPanel::KeyZonesPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  typeFilter_ = new QComboBox(this);
  typeFilter_->addItem(tr("全部类型"), QString());
  layout->addWidget(typeFilter_);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  tree_ = new QTreeWidget(this);
  tree_->setColumnCount(5);
  tree_->setHeaderLabels({tr("重点区域"), tr("房屋"), tr("已排查"), tr("未排查"), tr("排查率")});
  tree_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  tree_->setSelectionMode(QAbstractItemView::SingleSelection);
  tree_->setAlternatingRowColors(true);
  tree_->setUniformRowHeights(true);
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(kNameColumn, QHeaderView::Stretch);
  for (int c = kTotalColumn; c <= kRateColumn; ++c) {
    tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  }
  layout->addWidget(tree_, 1);

  connect(typeFilter_, &QComboBox::currentIndexChanged, this, &KeyZonesPanel::applyFilter);
  connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int) {
    // Type rows open and close on a double-click; only zones have a place to show.
    if (item && item->parent()) {
      emit zoneActivated(item->data(kNameColumn, kZoneIdRole).toLongLong());
    }
  });
}

KeyZonesPanel::~KeyZonesPanel() {
  if (cancel_) cancel_->store(true);
}

void KeyZonesPanel::setProject(const QString& projectPath) {
  projectPath_ = projectPath;
  report_ = ZoneCoverageReport();
  error_.clear();
  fillTree();
  start();
}

void KeyZonesPanel::refresh() { start(); }

void KeyZonesPanel::start() {
  // Whatever runs is for an older state now: stop it, and drop its result if it still comes.
  if (cancel_) cancel_->store(true);
  cancel_.reset();
  const quint64 generation = ++generation_;
  if (projectPath_.isEmpty()) {
    computing_ = false;
    status_->clear();
    return;
  }
  computing_ = true;
  status_->setText(tr("正在计算…"));
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  cancel_ = cancel;
  const std::string path = projectPath_.toStdString();
  auto* watcher = new QFutureWatcher<Outcome>(this);
  connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation == generation_) showOutcome(watcher->result());
  });
  watcher->setFuture(QtConcurrent::run(backgroundPool(), [path, cancel]() {
    Outcome outcome;
    try {
      const auto store = openProject(path);
      ZoneCoverageOptions options;
      options.cancel = cancel.get();
      outcome.report = computeZoneCoverage(*store, options);
    } catch (const std::exception& e) {
      outcome.error = QString::fromStdString(e.what());
    }
    return outcome;
  }));
}

void KeyZonesPanel::showOutcome(const Outcome& outcome) {
  computing_ = false;
  error_ = outcome.error;
  report_ = outcome.error.isEmpty() ? outcome.report : ZoneCoverageReport();

  // The type choices are the types present; the chosen one stays chosen when still there.
  const QString chosen = typeFilter_->currentData().toString();
  {
    const QSignalBlocker blocker(typeFilter_);
    typeFilter_->clear();
    typeFilter_->addItem(tr("全部类型"), QString());
    for (const auto& t : report_.byType) {
      typeFilter_->addItem(typeTitle(t.area), QString::fromStdString(t.area));
    }
    typeFilter_->setCurrentIndex(std::max(0, typeFilter_->findData(chosen)));
  }
  fillTree();

  if (!error_.isEmpty()) {
    status_->setText(tr("无法计算重点区域排查情况：%1").arg(error_));
  } else if (report_.zones.empty()) {
    status_->setText(tr("项目中没有重点区域"));
  } else if (report_.links == 0) {
    status_->setText(tr("房屋尚未与重点区域关联，请先运行分析（fangan analyze）"));
  } else {
    const CoverageRow& all = report_.inAnyZone;
    status_->setText(tr("重点区域内共 %1 栋房屋，已排查 %2 栋，未排查 %3 栋（排查率 %4）")
                         .arg(all.total)
                         .arg(all.checked)
                         .arg(all.unchecked())
                         .arg(rateText(all)));
  }
  emit computed();
}

void KeyZonesPanel::fillTree() {
  tree_->clear();
  std::vector<const CoverageRow*> types;
  for (const auto& t : report_.byType) types.push_back(&t);
  std::stable_sort(types.begin(), types.end(), [](const CoverageRow* a, const CoverageRow* b) {
    return biggerCoverageGap(*a, *b);
  });
  const bool expand = report_.zones.size() <= kExpandedZonesMax;
  for (const CoverageRow* type : types) {
    auto* typeItem = new QTreeWidgetItem(tree_);
    typeItem->setText(kNameColumn, typeTitle(type->area));
    typeItem->setData(kNameColumn, kTypeRole, QString::fromStdString(type->area));
    setCounts(typeItem, *type);
    QFont bold = typeItem->font(kNameColumn);
    bold.setBold(true);
    typeItem->setFont(kNameColumn, bold);
    // The report lists each type's zones with the biggest gaps first already. Only the first
    // rows are listed: thousands of corridor pieces are not read, and filling the tree with them
    // would hold up the window.
    int listed = 0;
    int more = 0;
    for (const auto& zone : report_.zones) {
      if (zone.type != type->area) continue;
      if (listed == kZonesListedPerType) {
        ++more;
        continue;
      }
      ++listed;
      auto* zoneItem = new QTreeWidgetItem(typeItem);
      zoneItem->setText(kNameColumn,
                        zone.name.empty() ? tr("未命名") : QString::fromStdString(zone.name));
      zoneItem->setToolTip(kNameColumn, tr("区域编号 %1").arg(zone.zoneId));
      zoneItem->setData(kNameColumn, kZoneIdRole, QVariant::fromValue<qint64>(zone.zoneId));
      setCounts(zoneItem, zone.coverage);
    }
    if (more > 0) {
      auto* rest = new QTreeWidgetItem(typeItem);
      rest->setText(kNameColumn, tr("另有 %1 个区域（排查缺口较小）").arg(more));
      rest->setFlags(Qt::ItemIsEnabled);
    }
    typeItem->setExpanded(expand);
  }
  applyFilter();
}

void KeyZonesPanel::applyFilter() {
  const QString key = typeFilter_->currentData().toString();
  for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
    QTreeWidgetItem* item = tree_->topLevelItem(i);
    const bool shown = key.isEmpty() || item->data(kNameColumn, kTypeRole).toString() == key;
    item->setHidden(!shown);
    if (shown && !key.isEmpty()) item->setExpanded(true);
  }
}

bool KeyZonesPanel::chooseType(const QString& typeKey) {
  const int index = typeFilter_->findData(typeKey);
  if (index < 0) return false;
  typeFilter_->setCurrentIndex(index);
  applyFilter();
  return true;
}

}  // namespace gui
}  // namespace fangan
