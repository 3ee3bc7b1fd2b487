#pragma once
// The names templates use for map layers and building themes, and the headings a legend gives
// them. Keys are the interchange layer names (docs/rules.md#interchange), so a template reads like
// `fangan info`.

#include <QString>
#include <QStringList>
#include <optional>

#include "layers/MapLayer.h"
#include "layers/PresetStyles.h"

namespace fangan {

/// "buildings", "zones", "grids", "towns", "pois", "lines", "survey".
QString mapLayerKey(ProjectLayer kind);
/// The kind of a layer key, or nothing.
std::optional<ProjectLayer> mapLayerKindFromKey(const QString& key);
/// All layer keys, in drawing order.
QStringList mapLayerKeys();
/// Legend heading of a layer: 房屋, 重点区域, 网格, 镇街, 兴趣点, 道路水系, 排查点.
QString mapLayerTitle(ProjectLayer kind);

/// "survey_status", "hazard_grade", "health_code".
QString buildingThemeKey(BuildingTheme theme);
/// The theme of a key, or nothing.
std::optional<BuildingTheme> buildingThemeFromKey(const QString& key);
/// All theme keys.
QStringList buildingThemeKeys();

}  // namespace fangan
