#include "app/gui/ThematicDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "app/gui/DisplayText.h"
#include "app/gui/LayerFieldText.h"
#include "layers/LayerLoader.h"

namespace fangan {
namespace gui {

ThematicDialog::ThematicDialog(Mode mode, const MapLayer& layer, QWidget* parent)
    : QDialog(parent), mode_(mode), layer_(layer) {
  const bool graduated = mode == Mode::Graduated;
  setWindowTitle(graduated ? tr("分级着色：%1").arg(layerTitle(layer.kind()))
                           : tr("分类着色：%1").arg(layerTitle(layer.kind())));
  field_ = new QComboBox(this);
  for (const QString& f : layer.fields()) {
    // A building code names one building: as categories it would be a million of them.
    if (f == layer_field::kCode) continue;
    if (graduated && !isNumericField(layer, f)) continue;
    field_->addItem(tr("%1（%2）").arg(fieldTitle(f), f), f);
  }
  classes_ = new QSpinBox(this);
  auto* form = new QFormLayout;
  form->addRow(tr("字段："), field_);
  if (graduated) {
    classes_->setRange(2, 9);
    classes_->setValue(5);
    form->addRow(tr("分级数："), classes_);
    method_ = new QComboBox(this);
    method_->addItem(tr("分位数（各级数量相近）"), static_cast<int>(ClassMethod::Quantile));
    method_->addItem(tr("等间距"), static_cast<int>(ClassMethod::EqualInterval));
    form->addRow(tr("分级方法："), method_);
  } else {
    classes_->setRange(1, 24);
    classes_->setValue(12);
    form->addRow(tr("最多类别数："), classes_);
  }

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto* layout = new QVBoxLayout(this);
  if (!hasFields()) {
    layout->addWidget(
        new QLabel(graduated ? tr("此图层没有数值字段。") : tr("此图层没有字段。"), this));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
  }
  layout->addLayout(form);
  layout->addWidget(buttons);
}

bool ThematicDialog::hasFields() const { return field_->count() > 0; }

QString ThematicDialog::field() const { return field_->currentData().toString(); }

int ThematicDialog::classes() const { return classes_->value(); }

ClassMethod ThematicDialog::method() const {
  return method_ ? static_cast<ClassMethod>(method_->currentData().toInt()) : ClassMethod::Quantile;
}

Style ThematicDialog::style() const {
  if (mode_ == Mode::Graduated) return graduatedStyle(layer_, field(), classes(), method());
  return categorizedStyle(layer_, field(), classes(), valueLabeler(layer_.kind(), field()));
}

}  // namespace gui
}  // namespace fangan
