#include "layers/layout/LayerNames.h"

#include <QCoreApplication>

#include "gis/store/LayerRegistry.h"

namespace fangan {

QString mapLayerKey(ProjectLayer kind) { return QString::fromStdString(layerName(kind)); }

std::optional<ProjectLayer> mapLayerKindFromKey(const QString& key) {
  for (ProjectLayer kind : mapLayers()) {
    if (mapLayerKey(kind) == key) return kind;
  }
  return std::nullopt;
}

QStringList mapLayerKeys() {
  QStringList keys;
  for (ProjectLayer kind : mapLayers()) keys.append(mapLayerKey(kind));
  return keys;
}

QString mapLayerTitle(ProjectLayer kind) {
  return QCoreApplication::translate("Layout", layerInfo(kind).chinese.c_str());
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
