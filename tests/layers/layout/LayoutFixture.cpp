#include "LayoutFixture.h"

#include <cstring>

#include "gis/store/ProjectStore.h"
#include "layers/WkbGeometry.h"

namespace fangan::testing {
namespace {

using F = LayoutFixture;

Wkb rectangle(double x0, double y0, double x1, double y1) {
  return multiPolygonWkb({{QPolygonF({QPointF(F::kOriginX + x0, F::kOriginY + y0),
                                      QPointF(F::kOriginX + x1, F::kOriginY + y0),
                                      QPointF(F::kOriginX + x1, F::kOriginY + y1),
                                      QPointF(F::kOriginX + x0, F::kOriginY + y1)})}});
}

// Little-endian WKB MultiLineString (the store's line type) of one line through local points.
Wkb lineString(const QVector<QPointF>& points) {
  Wkb wkb;
  const auto put = [&wkb](const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    wkb.insert(wkb.end(), bytes, bytes + size);
  };
  const std::uint32_t multi = 5;
  const std::uint32_t one = 1;
  wkb.push_back(1);
  put(&multi, 4);
  put(&one, 4);
  wkb.push_back(1);
  const std::uint32_t type = 2;
  const auto count = static_cast<std::uint32_t>(points.size());
  put(&type, 4);
  put(&count, 4);
  for (const QPointF& p : points) {
    const double x = F::kOriginX + p.x();
    const double y = F::kOriginY + p.y();
    put(&x, 8);
    put(&y, 8);
  }
  return wkb;
}

struct BuildingCase {
  const char* town;
  const char* grid;
  bool selfBuilt;
  bool commercial;
  SurveyStatus survey;
  InitialHazard hazard;
  AppraisalGrade grade;
};

}  // namespace

LayoutFixture::LayoutFixture() {
  if (!dir_.isValid()) return;
  path_ = dir_.filePath(QStringLiteral("district.sqlite"));
  auto store = createSpatialiteProject(path_.toStdString(), 4549);
  auto tx = store->begin();

  const SurveyStatus S = SurveyStatus::Surveyed;
  const SurveyStatus N = SurveyStatus::NotSurveyed;
  const BuildingCase cases[12] = {
      {"东城街道", "G01", true, false, S, InitialHazard::None, AppraisalGrade::None},
      {"东城街道", "G01", true, true, S, InitialHazard::Hazard, AppraisalGrade::C},
      {"东城街道", "G01", true, false, N, InitialHazard::Unknown, AppraisalGrade::None},
      {"东城街道", "G02", true, false, S, InitialHazard::Hazard, AppraisalGrade::None},
      {"东城街道", "G02", true, true, S, InitialHazard::Hazard, AppraisalGrade::D},
      {"东城街道", "G02", false, false, S, InitialHazard::None, AppraisalGrade::None},
      {"西城街道", "G03", true, false, S, InitialHazard::None, AppraisalGrade::None},
      {"西城街道", "G03", true, false, S, InitialHazard::Hazard, AppraisalGrade::A},
      {"西城街道", "G03", true, true, N, InitialHazard::Unknown, AppraisalGrade::None},
      {"西城街道", "G03", true, false, S, InitialHazard::Hazard, AppraisalGrade::None},
      {"西城街道", "G03", true, false, S, InitialHazard::Hazard, AppraisalGrade::B},
      {"西城街道", "G03", true, false, S, InitialHazard::Suspect, AppraisalGrade::None},
  };
  const double xs[12] = {20, 80, 140, 220, 280, 340, 420, 480, 540, 600, 660, 720};
  std::vector<std::int64_t> ids;
  for (int i = 0; i < 12; ++i) {
    const BuildingCase& c = cases[i];
    BuildingRecord r;
    r.code = "DC" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1);
    r.address = "测试路" + std::to_string(i + 1) + "号";
    r.town = c.town;
    r.grid = c.grid;
    r.selfBuilt = c.selfBuilt;
    r.use = c.commercial ? BuildingUse::Commercial : BuildingUse::Residential;
    r.floors = 2 + i % 4;
    r.structure = Structure::Masonry;
    r.surveyStatus = c.survey;
    r.initialHazard = c.hazard;
    r.appraisalGrade = c.grade;
    ids.push_back(store->upsertBuilding(r,
                                        rectangle(xs[i], 40 + (i % 2) * 60, xs[i] + kBuildingSize,
                                                  40 + (i % 2) * 60 + kBuildingSize),
                                        "test"));
  }
  // Case details the ledger distinguishes: C under control; D reinforced and closed; A and B
  // closed on their grade; one hazard re-checked by technicians as none and closed.
  auto update = [&store](std::int64_t id, auto change) {
    BuildingRecord r = *store->buildingById(id);
    change(r);
    store->updateBuilding(r, "test");
  };
  update(ids[1], [](BuildingRecord& r) { r.control = ControlMeasure::StopUse; });
  update(ids[4], [](BuildingRecord& r) {
    r.rectification = Rectification::Reinforce;
    r.rectificationDone = true;
    r.closed = true;
    r.closureBasis = ClosureBasis::Engineering;
  });
  update(ids[7], [](BuildingRecord& r) {
    r.closed = true;
    r.closureBasis = ClosureBasis::GradeAB;
  });
  update(ids[9], [](BuildingRecord& r) {
    r.recheckNoHazard = true;
    r.closed = true;
    r.closureBasis = ClosureBasis::RecheckNoHazard;
  });
  update(ids[10], [](BuildingRecord& r) {
    r.closed = true;
    r.closureBasis = ClosureBasis::GradeAB;
  });

  const struct {
    const char* id;
    const char* name;
    const char* town;
    double x0, x1;
  } grids[3] = {{"G01", "东城一网格", "东城街道", 0, 200},
                {"G02", "东城二网格", "东城街道", 200, 400},
                {"G03", "西城一网格", "西城街道", 400, 800}};
  for (const auto& g : grids) {
    GridRecord record;
    record.grid = g.id;
    record.name = g.name;
    record.town = g.town;
    record.manager = "王五";
    record.phone = "13800000000";
    store->upsertGrid(record, rectangle(g.x0, 0, g.x1, 300));
  }
  TownRecord east;
  east.town = "东城街道";
  store->upsertTown(east, rectangle(0, 0, 400, 300));
  TownRecord west;
  west.town = "西城街道";
  store->upsertTown(west, rectangle(400, 0, 800, 300));

  ZoneRecord zone;
  zone.type = "school";
  zone.name = "实验小学";
  zone.source = "import:test";
  zone.params = "{}";
  const auto zoneId = store->insertZone(zone, rectangle(0, 20, 130, 150));
  store->replaceBuildingZones({{ids[0], zoneId}, {ids[1], zoneId}});

  SourceFeature road;
  road.category = "main_road";
  road.name = "中山路";
  store->insertSource(ProjectLayer::Lines, road,
                      lineString({QPointF(-20, 170), QPointF(820, 190)}));
  tx->commit();

  data_ = std::make_unique<LayoutData>(LayoutData::load(*store));
  valid_ = true;
}

}  // namespace fangan::testing
