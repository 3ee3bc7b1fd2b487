#include "app/gui/OpacityDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace fangan {
namespace gui {

OpacityDialog::OpacityDialog(const QString& layerName, double opacity, QWidget* parent)
    : QDialog(parent) {
  setWindowTitle(tr("图层不透明度"));
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, 100);
  slider_->setPageStep(10);
  percent_ = new QSpinBox(this);
  percent_->setRange(0, 100);
  percent_->setSuffix(QStringLiteral(" %"));
  const int start = static_cast<int>(std::lround(std::clamp(opacity, 0.0, 1.0) * 100));
  slider_->setValue(start);
  percent_->setValue(start);
  // The two controls mirror each other; only the slider reports, so each change is sent once.
  connect(percent_, &QSpinBox::valueChanged, slider_, &QSlider::setValue);
  connect(slider_, &QSlider::valueChanged, this, [this](int value) {
    percent_->setValue(value);
    emit opacityChanged(value / 100.0);
  });

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* row = new QHBoxLayout;
  row->addWidget(slider_, 1);
  row->addWidget(percent_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("“%1”的不透明度：").arg(layerName), this));
  layout->addLayout(row);
  layout->addWidget(buttons);
}

double OpacityDialog::opacity() const { return slider_->value() / 100.0; }

}  // namespace gui
}  // namespace fangan
