#include "layers/PresetStyles.h"

#include <QCoreApplication>
#include <algorithm>

#include "gis/store/LayerRegistry.h"
#include "layers/LayerLoader.h"

namespace fangan {
namespace {

namespace lf = layer_field;

QString text(const char* source) { return QString::fromUtf8(source); }

// A building-class rule: solid fill with a darker outline of the same hue.
StyleRule classRule(const char* label, const QString& field, const QString& value, QColor fill) {
  StyleRule r;
  r.label = text(label);
  r.field = field;
  r.values = {value};
  r.symbolizer.fill = fill;
  r.symbolizer.stroke = fill.darker(150);
  r.symbolizer.strokeWidth = 0.8;
  return r;
}

StyleRule elseRule(const char* label, QColor fill) {
  StyleRule r;
  r.label = text(label);
  r.elseRule = true;
  r.symbolizer.fill = fill;
  r.symbolizer.stroke = fill.darker(150);
  r.symbolizer.strokeWidth = 0.8;
  return r;
}

struct ZoneType {
  const char* key;
  const char* label;
  QColor colour;
  Qt::BrushStyle hatch;  ///< pattern of the hatched style, by family of zone
};

// Hatch patterns of the zone families (see zonesByTypeHatched()).
constexpr Qt::BrushStyle kSurroundings = Qt::BDiagPattern;
constexpr Qt::BrushStyle kCorridor = Qt::HorPattern;
constexpr Qt::BrushStyle kSettlement = Qt::DiagCrossPattern;
constexpr Qt::BrushStyle kTerrain = Qt::CrossPattern;

// Key-zone types with labels after the campaign's list of key zones (docs/rules.md#key-zones).
const QVector<ZoneType>& zoneTypes() {
  static const QVector<ZoneType> types = {
      {"school", QT_TRANSLATE_NOOP("PresetStyles", "学校周边"), QColor(31, 120, 180),
       kSurroundings},
      {"kindergarten", QT_TRANSLATE_NOOP("PresetStyles", "幼儿园周边"), QColor(166, 206, 227),
       kSurroundings},
      {"hospital", QT_TRANSLATE_NOOP("PresetStyles", "医院周边"), QColor(227, 26, 28),
       kSurroundings},
      {"enterprise", QT_TRANSLATE_NOOP("PresetStyles", "劳动密集型企业周边"), QColor(255, 127, 0),
       kSurroundings},
      {"construction", QT_TRANSLATE_NOOP("PresetStyles", "重大工程周边"), QColor(177, 89, 40),
       kSurroundings},
      {"rail_road", QT_TRANSLATE_NOOP("PresetStyles", "铁路公路两侧"), QColor(106, 61, 154),
       kCorridor},
      {"fringe", QT_TRANSLATE_NOOP("PresetStyles", "城乡结合部"), QColor(202, 178, 214),
       kSettlement},
      {"urban_village", QT_TRANSLATE_NOOP("PresetStyles", "城中村"), QColor(251, 154, 153),
       kSettlement},
      {"resettlement", QT_TRANSLATE_NOOP("PresetStyles", "安置区"), QColor(178, 223, 138),
       kSettlement},
      {"industrial_park", QT_TRANSLATE_NOOP("PresetStyles", "工业园区"), QColor(128, 128, 128),
       kSettlement},
      {"mining", QT_TRANSLATE_NOOP("PresetStyles", "矿区"), QColor(102, 66, 33), kTerrain},
      {"scenic", QT_TRANSLATE_NOOP("PresetStyles", "景区"), QColor(51, 160, 44), kSettlement},
      {"old_town", QT_TRANSLATE_NOOP("PresetStyles", "老城区老街"), QColor(191, 129, 45),
       kSettlement},
      {"slope", QT_TRANSLATE_NOOP("PresetStyles", "坡地建筑群"), QColor(140, 81, 10), kTerrain},
      {"market", QT_TRANSLATE_NOOP("PresetStyles", "集贸市场"), QColor(253, 191, 111), kSettlement},
      {"agritainment", QT_TRANSLATE_NOOP("PresetStyles", "农家乐"), QColor(127, 201, 127),
       kSettlement},
      {"geohazard", QT_TRANSLATE_NOOP("PresetStyles", "地质灾害易发区"), QColor(165, 0, 38),
       kTerrain},
  };
  return types;
}

}  // namespace

QVector<BuildingTheme> buildingThemes() {
  return {BuildingTheme::SurveyStatus, BuildingTheme::HazardGrade, BuildingTheme::HealthCode};
}

Style buildingsBySurveyStatus() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "按排查状态"));
  s.rules = {
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "已排查"), lf::kSurvey, "surveyed",
                QColor(77, 172, 38)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "未排查"), lf::kSurvey, "not_surveyed",
                QColor(202, 72, 52)),
  };
  return s;
}

Style buildingsByHazardGrade() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "按隐患等级"));
  s.rules = {
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "未排查"), lf::kHazard, "not_surveyed",
                QColor(158, 158, 158)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "结论缺失"), lf::kHazard, "no_verdict",
                QColor(188, 170, 214)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "无隐患"), lf::kHazard, "no_hazard",
                QColor(166, 217, 106)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "初判隐患"), lf::kHazard, "initial_hazard",
                QColor(255, 217, 47)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "A级"), lf::kHazard, "A", QColor(26, 152, 80)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "B级"), lf::kHazard, "B", QColor(69, 117, 180)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "C级"), lf::kHazard, "C", QColor(253, 141, 60)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "D级"), lf::kHazard, "D", QColor(215, 25, 28)),
  };
  // Overlay: a control measure is a state on top of the grade, so it hatches rather than recolours.
  StyleRule controlled;
  controlled.label = text(QT_TRANSLATE_NOOP("PresetStyles", "管控中（斜线）"));
  controlled.field = lf::kControl;
  controlled.values = {"stop_use", "evacuated_sealed"};
  controlled.symbolizer.hatch = Qt::BDiagPattern;
  controlled.symbolizer.hatchColor = QColor(60, 0, 0);
  controlled.minScale = 0;
  controlled.maxScale = 25000;  // the hatch is noise where buildings are a few pixels wide
  s.rules.append(controlled);
  return s;
}

Style buildingsByHealthCode() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "按健康码"));
  s.rules = {
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "绿码"), lf::kHealth, "green",
                QColor(35, 170, 70)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "黄码"), lf::kHealth, "yellow",
                QColor(250, 200, 20)),
      classRule(QT_TRANSLATE_NOOP("PresetStyles", "红码"), lf::kHealth, "red", QColor(220, 30, 30)),
      elseRule(QT_TRANSLATE_NOOP("PresetStyles", "无码"), QColor(189, 189, 189)),
  };
  return s;
}

Style buildingStyle(BuildingTheme theme) {
  switch (theme) {
    case BuildingTheme::SurveyStatus:
      return buildingsBySurveyStatus();
    case BuildingTheme::HazardGrade:
      return buildingsByHazardGrade();
    case BuildingTheme::HealthCode:
      return buildingsByHealthCode();
  }
  return buildingsByHazardGrade();
}

Style zonesByType() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "按类型填充"));
  for (const ZoneType& t : zoneTypes()) {
    StyleRule r;
    r.label = text(t.label);
    r.field = lf::kType;
    r.values = {QString::fromLatin1(t.key)};
    // Opaque pastel fill with an outline in the full colour; the layer opacity below makes
    // the whole layer translucent at once.
    r.symbolizer.fill = QColor::fromHsvF(t.colour.hsvHueF(), t.colour.hsvSaturationF() * 0.45,
                                         std::min(1.0f, t.colour.valueF() * 0.35f + 0.65f));
    r.symbolizer.stroke = t.colour;
    r.symbolizer.strokeWidth = 1.0;
    s.rules.append(r);
  }
  StyleRule other;
  other.label = text(QT_TRANSLATE_NOOP("PresetStyles", "其他区域"));
  other.elseRule = true;
  other.symbolizer.fill = QColor(200, 200, 200);
  other.symbolizer.stroke = QColor(90, 90, 90);
  s.rules.append(other);
  s.opacity = 0.55;
  return s;
}

Style zonesByTypeHatched() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "按类型晕线"));
  for (const ZoneType& t : zoneTypes()) {
    StyleRule r;
    r.label = text(t.label);
    r.field = lf::kType;
    r.values = {QString::fromLatin1(t.key)};
    r.symbolizer.hatch = t.hatch;
    r.symbolizer.hatchColor = t.colour;
    r.symbolizer.stroke = t.colour;
    r.symbolizer.strokeWidth = 1.0;
    s.rules.append(r);
  }
  StyleRule other;
  other.label = text(QT_TRANSLATE_NOOP("PresetStyles", "其他区域"));
  other.elseRule = true;
  other.symbolizer.hatch = Qt::BDiagPattern;
  other.symbolizer.hatchColor = QColor(120, 120, 120);
  other.symbolizer.stroke = QColor(90, 90, 90);
  s.rules.append(other);
  // Drawn on the layer's own image, so where buffer pieces overlap their hatches coincide
  // instead of darkening; slightly translucent to keep the lines from hiding building outlines.
  s.opacity = 0.85;
  return s;
}

Style gridOutlines() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "网格边界"));
  StyleRule r;
  r.label = text(QT_TRANSLATE_NOOP("PresetStyles", "网格"));
  r.symbolizer.stroke = QColor(37, 52, 148);
  r.symbolizer.strokeWidth = 1.0;  // up to 1 px Qt draws dashes on its fast path
  r.symbolizer.strokeStyle = Qt::DashLine;
  s.rules = {r};
  s.labels.field = lf::kLabel;
  s.labels.pixelSize = 12;
  s.labels.color = QColor(37, 52, 148);
  s.labels.maxScale = 60000;  // grid names crowd each other beyond neighbourhood scales
  return s;
}

Style townOutlines() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "镇街边界"));
  StyleRule r;
  r.label = text(QT_TRANSLATE_NOOP("PresetStyles", "镇街"));
  r.symbolizer.stroke = QColor(110, 60, 130);
  r.symbolizer.strokeWidth = 2.0;
  s.rules = {r};
  s.labels.field = lf::kTown;
  s.labels.pixelSize = 16;
  s.labels.bold = true;
  s.labels.color = QColor(90, 40, 110);
  s.labels.minFeaturePixels = 40;
  return s;
}

Style poiMarkers() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "兴趣点"));
  StyleRule r;
  r.label = text(QT_TRANSLATE_NOOP("PresetStyles", "兴趣点"));
  r.symbolizer.fill = QColor(255, 255, 255);
  r.symbolizer.stroke = QColor(31, 120, 180);
  r.symbolizer.strokeWidth = 1.5;
  r.symbolizer.pointSize = 6;
  r.maxScale = 100000;
  s.rules = {r};
  return s;
}

Style sourceLines() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "线要素"));
  StyleRule rail;
  rail.label = text(QT_TRANSLATE_NOOP("PresetStyles", "铁路"));
  rail.field = lf::kCategory;
  rail.values = {"railway", "rail"};
  rail.symbolizer.stroke = QColor(80, 80, 80);
  rail.symbolizer.strokeWidth = 2.0;
  rail.symbolizer.strokeStyle = Qt::DashDotLine;
  StyleRule water;
  water.label = text(QT_TRANSLATE_NOOP("PresetStyles", "水系"));
  water.field = lf::kCategory;
  water.values = {"water", "river", "stream", "canal"};
  water.symbolizer.stroke = QColor(100, 160, 220);
  water.symbolizer.strokeWidth = 1.5;
  StyleRule road;
  road.label = text(QT_TRANSLATE_NOOP("PresetStyles", "道路"));
  road.elseRule = true;
  road.symbolizer.stroke = QColor(190, 170, 140);
  road.symbolizer.strokeWidth = 1.0;
  s.rules = {rail, water, road};
  return s;
}

Style surveyPoints() {
  Style s;
  s.name = text(QT_TRANSLATE_NOOP("PresetStyles", "排查点"));
  StyleRule r;
  r.label = text(QT_TRANSLATE_NOOP("PresetStyles", "排查点"));
  r.symbolizer.fill = QColor(0, 150, 136);
  r.symbolizer.stroke = Qt::white;
  r.symbolizer.strokeWidth = 1;
  r.symbolizer.pointSize = 5;
  r.maxScale = 50000;
  s.rules = {r};
  return s;
}

// A layer registered at run time: one symbol in its geometry's form, named as the layer.
static Style extensionLayerStyle(ProjectLayer kind) {
  const LayerInfo& info = layerInfo(kind);
  Style s;
  s.name = QCoreApplication::translate("Layout", info.chinese.c_str());
  StyleRule r;
  r.label = s.name;
  r.symbolizer.fill =
      info.geometry == GeometryKind::Polygonal ? QColor(200, 30, 120, 90) : QColor(200, 30, 120);
  r.symbolizer.stroke =
      info.geometry == GeometryKind::Point ? QColor(Qt::white) : QColor(200, 30, 120);
  r.symbolizer.strokeWidth = info.geometry == GeometryKind::Lineal ? 2.0 : 1.0;
  r.symbolizer.pointSize = 7;
  s.rules = {r};
  return s;
}

Style defaultStyle(ProjectLayer kind) {
  switch (kind) {
    case ProjectLayer::Buildings:
      return buildingsByHazardGrade();
    case ProjectLayer::Zones:
      return zonesByType();
    case ProjectLayer::Grids:
      return gridOutlines();
    case ProjectLayer::Towns:
      return townOutlines();
    case ProjectLayer::Pois:
      return poiMarkers();
    case ProjectLayer::Lines:
      return sourceLines();
    case ProjectLayer::Survey:
      return surveyPoints();
    case ProjectLayer::Events:
    case ProjectLayer::Audit:
      return Style();  // not drawn
  }
  return extensionLayerStyle(kind);
}

QVector<Style> presetStyles(ProjectLayer kind) {
  switch (kind) {
    case ProjectLayer::Buildings: {
      QVector<Style> styles;
      for (BuildingTheme theme : buildingThemes()) styles.append(buildingStyle(theme));
      return styles;
    }
    case ProjectLayer::Zones:
      return {zonesByType(), zonesByTypeHatched()};
    default:
      return {defaultStyle(kind)};
  }
}

QString zoneTypeLabel(const QString& type) {
  for (const ZoneType& t : zoneTypes()) {
    if (type == QLatin1String(t.key)) return text(t.label);
  }
  return type;
}

}  // namespace fangan
