#pragma once
// The styles Fangan ships with, as data. Rule labels are Chinese source text marked for
// translation in context "PresetStyles" (the interface translates them for display).
//
// Colours of the hazard grades follow the convention of the campaign documents and the
// appraisal standard's danger classes: A green, B blue, C orange, D red; initial hazards yellow,
// not surveyed grey.

#include <QString>
#include <QVector>

#include "layers/MapLayer.h"
#include "layers/Style.h"

namespace fangan {

/// The themes the buildings layer can be shown in.
enum class BuildingTheme { SurveyStatus, HazardGrade, HealthCode };

/// All building themes, in menu order.
QVector<BuildingTheme> buildingThemes();

/// Buildings by survey status: surveyed green, not surveyed red-brown (the gaps to hunt).
Style buildingsBySurveyStatus();
/// Buildings by hazard class (hazardClass()): 未排查 / 结论缺失 / 无隐患 / 初判隐患 / A / B / C /
/// D, with buildings under control measures cross-hatched on top.
Style buildingsByHazardGrade();
/// Buildings by health code (健康码): green / yellow / red, grey without a code.
Style buildingsByHealthCode();
/// The buildings style of a theme.
Style buildingStyle(BuildingTheme theme);

/// Key zones, translucent, one colour per zone type.
Style zonesByType();
/// Key zones hatched by type, with no fill, so that the buildings under them stay readable and
/// overlapping zones show both patterns: the pattern tells the family of the zone (one diagonal
/// around schools, hospitals, enterprises and works; horizontal along rail and road corridors;
/// crossing diagonals for fringe, villages, parks, old towns, markets and scenic areas; a grid
/// for slopes, geohazards and mines), the colour and outline the type.
Style zonesByTypeHatched();
/// Patrol grids: dashed outlines labelled with the grid name at neighbourhood scales.
Style gridOutlines();
/// Towns / street offices: bold outlines labelled with the town name.
Style townOutlines();
/// POIs as small markers.
Style poiMarkers();
/// Roads, railways and water lines.
Style sourceLines();
/// Field survey points.
Style surveyPoints();

/// The default style of a layer kind (buildings: by hazard grade).
Style defaultStyle(ProjectLayer kind);
/// The preset styles a layer kind can be switched between, in menu order (buildings: the
/// themes; zones: filled and hatched by type; other kinds: their default style alone).
QVector<Style> presetStyles(ProjectLayer kind);

/// Chinese label of a zone type key ("school" → "学校周边"), the key itself when unknown.
QString zoneTypeLabel(const QString& type);

}  // namespace fangan
