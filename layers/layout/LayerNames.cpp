#include "layers/layout/LayerNames.h"

#include <QCoreApplication>

#include "layers/LayerLoader.h"
#include "layers/ProjectMap.h"

namespace fangan {

QString mapLayerKey(MapLayerKind kind) {
  return QString::fromStdString(layerName(projectLayerOf(kind)));
}

std::optional<MapLayerKind> mapLayerKindFromKey(const QString& key) {
  for (MapLayerKind kind : ProjectMap::drawingOrder()) {
    if (mapLayerKey(kind) == key) return kind;
  }
  return std::nullopt;
}

QStringList mapLayerKeys() {
  QStringList keys;
  for (MapLayerKind kind : ProjectMap::drawingOrder()) keys.append(mapLayerKey(kind));
  return keys;
}

QString mapLayerTitle(MapLayerKind kind) {
  switch (kind) {
    case MapLayerKind::Buildings:
      return QCoreApplication::translate("Layout", "房屋");
    case MapLayerKind::Zones:
      return QCoreApplication::translate("Layout", "重点区域");
    case MapLayerKind::Grids:
      return QCoreApplication::translate("Layout", "网格");
    case MapLayerKind::Towns:
      return QCoreApplication::translate("Layout", "镇街");
    case MapLayerKind::Pois:
      return QCoreApplication::translate("Layout", "兴趣点");
    case MapLayerKind::Lines:
      return QCoreApplication::translate("Layout", "道路水系");
    case MapLayerKind::Survey:
      return QCoreApplication::translate("Layout", "排查点");
  }
  return QString();
}

QString buildingThemeKey(BuildingTheme theme) {
  switch (theme) {
    case BuildingTheme::SurveyStatus:
      return QStringLiteral("survey_status");
    case BuildingTheme::HazardGrade:
      return QStringLiteral("hazard_grade");
    case BuildingTheme::HealthCode:
      return QStringLiteral("health_code");
  }
  return QString();
}

std::optional<BuildingTheme> buildingThemeFromKey(const QString& key) {
  for (BuildingTheme theme : buildingThemes()) {
    if (buildingThemeKey(theme) == key) return theme;
  }
  return std::nullopt;
}

QStringList buildingThemeKeys() {
  QStringList keys;
  for (BuildingTheme theme : buildingThemes()) keys.append(buildingThemeKey(theme));
  return keys;
}

}  // namespace fangan
