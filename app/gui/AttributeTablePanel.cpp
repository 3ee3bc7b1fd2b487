#include "app/gui/AttributeTablePanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QVBoxLayout>
#include <unordered_set>

namespace fangan {
namespace gui {

AttributeTablePanel::AttributeTablePanel(QWidget* parent) : QWidget(parent) {
  model_ = new BuildingTableModel(this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);

  auto* builder = new QHBoxLayout;
  field_ = new QComboBox(this);
  for (RecordField f : recordFields()) field_->addItem(recordFieldTitle(f), static_cast<int>(f));
  operator_ = new QComboBox(this);
  for (FilterOperator op : filterOperators()) {
    operator_->addItem(filterOperatorTitle(op), static_cast<int>(op));
  }
  value_ = new QLineEdit(this);
  value_->setPlaceholderText(tr("值"));
  value_->setClearButtonEnabled(true);
  auto* apply = new QPushButton(tr("筛选"), this);
  auto* clear = new QPushButton(tr("全部"), this);
  builder->addWidget(new QLabel(tr("筛选："), this));
  builder->addWidget(field_);
  builder->addWidget(operator_);
  builder->addWidget(value_, 1);
  builder->addWidget(apply);
  builder->addWidget(clear);
  builder->addSpacing(12);
  search_ = new QLineEdit(this);
  search_->setPlaceholderText(tr("按编码或地址查找"));
  search_->setClearButtonEnabled(true);
  builder->addWidget(search_, 1);
  count_ = new QLabel(this);
  builder->addWidget(count_);
  layout->addLayout(builder);

  view_ = new QTableView(this);
  view_->setModel(model_);
  view_->setSelectionBehavior(QAbstractItemView::SelectRows);
  view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view_->setAlternatingRowColors(true);
  // The store's order until a header is clicked (enabling sorting sorts by the indicator).
  view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  view_->setSortingEnabled(true);
  view_->setWordWrap(false);
  view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 6);
  view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  view_->horizontalHeader()->setDefaultSectionSize(90);
  layout->addWidget(view_, 1);

  connect(apply, &QPushButton::clicked, this, &AttributeTablePanel::applyBuilderFilter);
  connect(value_, &QLineEdit::returnPressed, this, &AttributeTablePanel::applyBuilderFilter);
  connect(clear, &QPushButton::clicked, this, &AttributeTablePanel::clearFilter);
  connect(operator_, &QComboBox::currentIndexChanged, this,
          &AttributeTablePanel::updateOperandEnabled);
  connect(search_, &QLineEdit::returnPressed, this, [this]() { search(search_->text()); });
  connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
    if (!showingSelection_) emit selectionChanged(selectedCodes());
  });
  connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
    if (const auto record = model_->recordAt(index.row())) {
      emit buildingRequested(QString::fromStdString(record->code));
    }
  });
  connect(model_, &QAbstractItemModel::modelReset, this, &AttributeTablePanel::updateCount);
  connect(model_, &BuildingTableModel::busyChanged, this, &AttributeTablePanel::updateCount);
  connect(model_, &QAbstractItemModel::modelReset, this, [this]() {
    if (!shownCode_.isEmpty()) showSelection(shownCode_);  // e.g. after a search cleared a filter
  });
  connect(model_, &BuildingTableModel::queryFailed, this,
          [this](const QString& message) { count_->setText(tr("筛选失败：%1").arg(message)); });
  updateCount();
}

void AttributeTablePanel::setProject(const ProjectStore* store,
                                     std::vector<std::int64_t> buildingIds) {
  store_ = store;
  shownCode_.clear();
  model_->setProject(store, std::move(buildingIds));
}

void AttributeTablePanel::applyFilter(RecordField field, FilterOperator op, const QString& value) {
  field_->setCurrentIndex(field_->findData(static_cast<int>(field)));
  operator_->setCurrentIndex(operator_->findData(static_cast<int>(op)));
  value_->setText(value);
  applyBuilderFilter();
}

void AttributeTablePanel::applyBuilderFilter() {
  RecordFilter filter;
  filter.field = static_cast<RecordField>(field_->currentData().toInt());
  filter.op = static_cast<FilterOperator>(operator_->currentData().toInt());
  filter.value = value_->text();
  model_->setFilter(filter);
}

void AttributeTablePanel::clearFilter() {
  value_->clear();
  model_->setFilter(std::nullopt);
}

void AttributeTablePanel::updateOperandEnabled() {
  const auto op = static_cast<FilterOperator>(operator_->currentData().toInt());
  value_->setEnabled(op != FilterOperator::IsEmpty);
}

void AttributeTablePanel::updateCount() {
  if (model_->isBusy()) {
    count_->setText(tr("正在筛选…"));
    return;
  }
  count_->setText(
      tr("%1 / %2 栋").arg(model_->rowCount()).arg(static_cast<qlonglong>(model_->totalCount())));
}

QString AttributeTablePanel::search(const QString& text) {
  const QString wanted = text.trimmed();
  if (wanted.isEmpty()) return QString();
  QString code;
  if (model_->recordOfCode(wanted)) {
    code = wanted;
  } else if (store_) {
    try {
      // The text is bound as a parameter, never spliced into the SQL.
      if (const auto found = store_->codeOfAddress(wanted.toStdString())) {
        code = QString::fromStdString(*found);
      }
    } catch (const std::exception&) {
      code.clear();  // reported below as not found
    }
  }
  if (code.isEmpty()) {
    count_->setText(tr("未找到“%1”").arg(wanted));
    return QString();
  }
  if (model_->rowOfCode(code) < 0) clearFilter();  // a filtered-out building: show all again
  showSelection(code);
  emit buildingRequested(code);
  return code;
}

void AttributeTablePanel::showSelection(const QString& code) {
  shownCode_ = code;
  showingSelection_ = true;
  const int row = code.isEmpty() ? -1 : model_->rowOfCode(code);
  if (row < 0) {
    view_->clearSelection();
  } else {
    view_->selectionModel()->select(
        model_->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view_->selectionModel()->setCurrentIndex(model_->index(row, 0), QItemSelectionModel::NoUpdate);
    view_->scrollTo(model_->index(row, 0));
  }
  showingSelection_ = false;
}

void AttributeTablePanel::showSelectedIds(const std::vector<std::int64_t>& ids) {
  shownCode_.clear();
  const std::unordered_set<std::int64_t> wanted(ids.begin(), ids.end());
  // Contiguous rows become one range: a selection of 10^5 rows stays a handful of ranges when
  // the table is in store order.
  QItemSelection selection;
  int first = -1;
  const int columns = model_->columnCount();
  const auto close = [&](int end) {
    if (first >= 0) selection.select(model_->index(first, 0), model_->index(end, columns - 1));
    first = -1;
  };
  for (int row = 0; row < model_->rowCount(); ++row) {
    if (wanted.count(model_->idAt(row))) {
      if (first < 0) first = row;
    } else {
      close(row - 1);
    }
  }
  close(model_->rowCount() - 1);
  showingSelection_ = true;
  view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
  if (!selection.isEmpty()) view_->scrollTo(selection.first().topLeft());
  showingSelection_ = false;
}

QStringList AttributeTablePanel::selectedCodes() const {
  QStringList codes;
  for (const QModelIndex& index : view_->selectionModel()->selectedRows()) {
    if (const auto record = model_->recordAt(index.row())) {
      codes << QString::fromStdString(record->code);
    }
  }
  return codes;
}

}  // namespace gui
}  // namespace fangan
