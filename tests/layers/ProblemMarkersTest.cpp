// Problem markers (docs/rules.md#problem-markers): a marker per building with open problems, at
// its label point, red when one is overdue, orange otherwise, drawn through the layer walk.

#include <gtest/gtest.h>

#include "layers/MapRenderer.h"
#include "layers/ProblemMarkers.h"
#include "support/QtEnvironment.h"

namespace fangan {
namespace {

MapFeature square(std::int64_t id, double x, double y) {
  MapFeature f;
  f.id = id;
  f.shape = GeometryShape::Polygon;
  f.paths = {
      QPolygonF({QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})};
  f.bounds.include(x, y);
  f.bounds.include(x + 10, y + 10);
  f.values = {QString::number(id)};
  return f;
}

Problem problem(std::int64_t building, ProblemState state, std::optional<Date> deadline) {
  Problem p;
  p.buildingId = building;
  p.code = "B" + std::to_string(building);
  p.state = state;
  p.deadline = deadline;
  return p;
}

TEST(ProblemMarkers, MarkOpenProblemsOfBuildingsRedWhenOverdue) {
  // Buildings 1–3 at x 10, 40, 70 (y 40..50); building 4 is not on the map.
  const MapLayer buildings(ProjectLayer::Buildings, GeometryShape::Polygon, {"code"},
                           {square(1, 10, 40), square(2, 40, 40), square(3, 70, 40)});
  const Date today{2025, 3, 10};
  const std::vector<Problem> problems = {
      problem(1, ProblemState::Confirmed, Date{2025, 3, 1}),    // overdue
      problem(1, ProblemState::Closed, Date{2025, 2, 1}),       // closed: not counted
      problem(2, ProblemState::Rectifying, Date{2025, 3, 10}),  // due today: in time
      problem(2, ProblemState::Pending, std::nullopt),
      problem(3, ProblemState::Unfounded, Date{2025, 1, 1}),  // final: no marker
      problem(4, ProblemState::Pending, std::nullopt),        // not on the map
      problem(0, ProblemState::Pending, std::nullopt),        // a location only
  };
  const RenderLayer markers = problemMarkerLayer(problems, buildings, today);
  const auto& features = markers.layer.features();
  ASSERT_EQ(features.size(), 2u);
  EXPECT_EQ(features[0].id, 1);
  EXPECT_EQ(features[0].values, (QVector<QString>{"B1", "1", "1"}));
  EXPECT_EQ(features[0].paths.first().first(), QPointF(15, 45));
  EXPECT_EQ(features[1].id, 2);
  EXPECT_EQ(features[1].values, (QVector<QString>{"B2", "2", "0"}));

  MapSettings s;
  s.viewport = MapViewport(QPointF(50, 50), 1.0, QSize(100, 100));
  s.layers = {markers};
  s.background = Qt::white;
  s.antialiasing = false;
  const RenderResult r = MapRenderer(s).render();
  ASSERT_FALSE(r.image.isNull());
  EXPECT_EQ(r.image.pixelColor(15, 55), QColor(215, 25, 28));  // map (15,45) → pixel (15,55)
  EXPECT_EQ(r.image.pixelColor(45, 55), QColor(245, 140, 30));
  EXPECT_EQ(r.image.pixelColor(75, 55), QColor(Qt::white));  // building 3: no open problem
}

}  // namespace
}  // namespace fangan
