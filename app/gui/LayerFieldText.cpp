#include "app/gui/LayerFieldText.h"

#include <QCoreApplication>

#include "app/gui/DisplayText.h"
#include "gis/model/Vocabulary.h"
#include "layers/LayerLoader.h"
#include "layers/PresetStyles.h"

namespace fangan {
namespace gui {
namespace {

QString localized(const char* source) {
  return QCoreApplication::translate("LayerFieldText", source);
}

// The legend label of a one-value rule on `field` among the presets of `kind`, if any: the
// presets already name every class value (hazard grades, health codes, zone types).
QString presetLabel(ProjectLayer kind, const QString& field, const QString& value) {
  for (const Style& style : presetStyles(kind)) {
    for (const StyleRule& rule : style.rules) {
      if (!rule.elseRule && rule.field == field && rule.values.size() == 1 &&
          rule.values.front() == value) {
        return styleText(rule.label);
      }
    }
  }
  return QString();
}

}  // namespace

QString fieldTitle(const QString& field) {
  struct Title {
    const QString& field;
    const char* title;
  };
  namespace lf = layer_field;
  static const Title titles[] = {
      {lf::kCode, QT_TRANSLATE_NOOP("LayerFieldText", "编码")},
      {lf::kSurvey, QT_TRANSLATE_NOOP("LayerFieldText", "排查状态")},
      {lf::kHazard, QT_TRANSLATE_NOOP("LayerFieldText", "隐患等级")},
      {lf::kHealth, QT_TRANSLATE_NOOP("LayerFieldText", "健康码")},
      {lf::kControl, QT_TRANSLATE_NOOP("LayerFieldText", "管控措施")},
      {lf::kTown, QT_TRANSLATE_NOOP("LayerFieldText", "镇街")},
      {lf::kGrid, QT_TRANSLATE_NOOP("LayerFieldText", "网格")},
      {lf::kName, QT_TRANSLATE_NOOP("LayerFieldText", "名称")},
      {lf::kLabel, QT_TRANSLATE_NOOP("LayerFieldText", "标注")},
      {lf::kType, QT_TRANSLATE_NOOP("LayerFieldText", "类型")},
      {lf::kCategory, QT_TRANSLATE_NOOP("LayerFieldText", "类别")},
      {lf::kResult, QT_TRANSLATE_NOOP("LayerFieldText", "排查结果")},
      {lf::kFloors, QT_TRANSLATE_NOOP("LayerFieldText", "层数")},
      {lf::kYearBuilt, QT_TRANSLATE_NOOP("LayerFieldText", "建成年份")},
      {lf::kStructure, QT_TRANSLATE_NOOP("LayerFieldText", "结构类型")},
      {lf::kUse, QT_TRANSLATE_NOOP("LayerFieldText", "用途")},
  };
  for (const Title& t : titles) {
    if (t.field == field) return localized(t.title);
  }
  return field;
}

ValueLabeler valueLabeler(ProjectLayer kind, const QString& field) {
  namespace lf = layer_field;
  return [kind, field](const QString& value) -> QString {
    if (kind == ProjectLayer::Buildings) {
      const std::string key = value.toStdString();
      if (field == lf::kStructure) {
        if (const auto v = parseStructure(key)) return displayValue(*v);
      } else if (field == lf::kUse) {
        if (const auto v = parseUse(key)) return displayValue(*v);
      } else if (field == lf::kControl) {
        if (const auto v = parseControl(key)) return displayValue(*v);
      }
    }
    const QString preset = presetLabel(kind, field, value);
    if (!preset.isEmpty()) return preset;
    if (value.isEmpty()) return localized(QT_TRANSLATE_NOOP("LayerFieldText", "（空）"));
    return value;
  };
}

}  // namespace gui
}  // namespace fangan
