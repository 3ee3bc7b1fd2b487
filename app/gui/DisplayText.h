#pragma once
// Display texts of model values for the interface, translated: the Chinese labels of
// gis/model/Vocabulary (source texts, context "DisplayText") and names of layers, event kinds,
// zone types and style rules.

#include <QString>

#include "gis/model/Building.h"
#include "layers/MapLayer.h"

namespace fangan {
namespace gui {

/// Translated display label of a model value ("砖混" / "masonry").
QString displayValue(Structure v);
QString displayValue(BuildingUse v);
QString displayValue(SurveyStatus v);
QString displayValue(InitialHazard v);
QString displayValue(AppraisalGrade v);
QString displayValue(ControlMeasure v);
QString displayValue(Rectification v);
QString displayValue(ClosureBasis v);
/// 是 / 否, empty when unknown.
QString displayYesNo(const std::optional<bool>& v);

/// Name of a layer kind ("房屋", "网格", ...).
QString layerTitle(ProjectLayer kind);
/// Name of an inspection event kind key ("survey" → "排查"); the key when unknown.
QString eventKindTitle(const QString& key);
/// A style or rule label of PresetStyles, translated.
QString styleText(const QString& source);
/// Translates a Chinese Vocabulary label (as toChinese() returns it).
QString vocabularyText(const std::string& chinese);

}  // namespace gui
}  // namespace fangan
