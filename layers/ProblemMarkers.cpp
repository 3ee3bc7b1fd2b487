#include "layers/ProblemMarkers.h"

#include <map>

#include "gis/cases/ProblemLifecycle.h"

namespace fangan {

namespace {

StyleRule markerRule(const QString& label, const QString& value, const QColor& fill) {
  StyleRule rule;
  rule.label = label;
  rule.field = QStringLiteral("overdue");
  rule.values = {value};
  rule.symbolizer.fill = fill;
  rule.symbolizer.stroke = Qt::white;
  rule.symbolizer.strokeWidth = 1.5;
  rule.symbolizer.pointSize = 11;
  return rule;
}

}  // namespace

RenderLayer problemMarkerLayer(const std::vector<Problem>& problems, const MapLayer& buildings,
                               const Date& today) {
  struct Tally {
    int open = 0;
    bool overdue = false;
    std::string code;
  };
  std::map<std::int64_t, Tally> byBuilding;
  for (const Problem& p : problems) {
    if (p.buildingId == 0 || !isProblemOpen(p.state)) continue;
    Tally& t = byBuilding[p.buildingId];
    ++t.open;
    t.overdue = t.overdue || isProblemOverdue(p, today);
    t.code = p.code;
  }
  std::vector<MapFeature> features;
  if (!byBuilding.empty()) {
    for (const MapFeature& building : buildings.features()) {  // one pass, in drawing order
      const auto found = byBuilding.find(building.id);
      if (found == byBuilding.end() || building.bounds.isEmpty()) continue;
      const Tally& tally = found->second;
      MapFeature marker;
      marker.id = building.id;
      marker.shape = GeometryShape::Point;
      marker.paths = {QPolygonF({building.labelPoint})};
      marker.bounds.include(building.labelPoint.x(), building.labelPoint.y());
      marker.values = {QString::fromStdString(tally.code), QString::number(tally.open),
                       tally.overdue ? QStringLiteral("1") : QStringLiteral("0")};
      features.push_back(std::move(marker));
    }
  }
  RenderLayer out;
  out.layer = MapLayer(ProjectLayer::Survey, GeometryShape::Point,
                       {kProblemMarkerFields[0], kProblemMarkerFields[1], kProblemMarkerFields[2]},
                       std::move(features));
  out.style.name = QStringLiteral("问题标记");
  out.style.rules = {
      markerRule(QStringLiteral("逾期问题"), QStringLiteral("1"), QColor(215, 25, 28)),
      markerRule(QStringLiteral("未办结问题"), QStringLiteral("0"), QColor(245, 140, 30))};
  return out;
}

}  // namespace fangan
