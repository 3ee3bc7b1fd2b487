#pragma once
// Asks how to colour a layer by its data: the field, and for a categorized style the most
// categories to show, for a graduated one the number of classes and how to cut them. The style
// itself is computed by layers/ThematicStyles.

#include <QDialog>

#include "layers/MapLayer.h"
#include "layers/Style.h"
#include "layers/ThematicStyles.h"

class QComboBox;
class QSpinBox;

namespace fangan {
namespace gui {

class ThematicDialog : public QDialog {
  Q_OBJECT

 public:
  enum class Mode { Categorized, Graduated };

  /// A dialog for `layer`; a graduated one offers only the fields that hold numbers.
  ThematicDialog(Mode mode, const MapLayer& layer, QWidget* parent = nullptr);

  /// False when the layer has no field to offer (the dialog then only says so).
  bool hasFields() const;
  /// The chosen field (a layer_field key).
  QString field() const;
  /// Categories (categorized: the most shown before "其他") or classes (graduated).
  int classes() const;
  ClassMethod method() const;
  /// The style of the current choices for the layer, with legend labels of its kind.
  Style style() const;

  QComboBox* fieldBox() const { return field_; }
  QSpinBox* classesBox() const { return classes_; }
  QComboBox* methodBox() const { return method_; }

 private:
  Mode mode_;
  MapLayer layer_;
  QComboBox* field_ = nullptr;
  QSpinBox* classes_ = nullptr;
  QComboBox* method_ = nullptr;  // graduated only
};

}  // namespace gui
}  // namespace fangan
