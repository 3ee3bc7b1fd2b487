#pragma once
// The opacity of a layer as a whole, on a slider from 0 to 100 %. The map follows the slider
// while it moves (opacityChanged); cancelling is the caller's cue to put the old value back.

#include <QDialog>

class QSlider;
class QSpinBox;

namespace fangan {
namespace gui {

class OpacityDialog : public QDialog {
  Q_OBJECT

 public:
  /// A dialog for the layer named `layerName`, starting at `opacity` (0–1).
  OpacityDialog(const QString& layerName, double opacity, QWidget* parent = nullptr);

  /// The chosen opacity, 0–1.
  double opacity() const;
  QSlider* slider() const { return slider_; }

 signals:
  /// The slider (or the percentage box) moved to `opacity` (0–1).
  void opacityChanged(double opacity);

 private:
  QSlider* slider_ = nullptr;
  QSpinBox* percent_ = nullptr;
};

}  // namespace gui
}  // namespace fangan
