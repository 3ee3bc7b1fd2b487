#include "ProjectFixture.h"

#include "layers/WkbGeometry.h"

namespace fangan::testing {
namespace {

Wkb rectangle(double x0, double y0, double x1, double y1) {
  return multiPolygonWkb(
      {{QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)})}});
}

}  // namespace

QPointF ProjectFixture::buildingCenter(int index) {
  return QPointF(kOriginX + index * kSpacing + kBuildingSize / 2, kOriginY + kBuildingSize / 2);
}

QString ProjectFixture::code(int index) { return QStringLiteral("B00%1").arg(index + 1); }

ProjectFixture::ProjectFixture() {
  if (!dir_.isValid()) return;
  path_ = dir_.filePath(QStringLiteral("fixture.sqlite"));
  auto store = createSpatialiteProject(path_.toStdString(), 32631);
  auto tx = store->begin();

  std::vector<BuildingRecord> records(4);
  for (int i = 0; i < 4; ++i) {
    records[i].code = code(i).toStdString();
    records[i].address = "测试路" + std::to_string(i + 1) + "号";
    records[i].town = "测试镇";
    records[i].grid = "G1";
    records[i].floors = 2 + i;
    records[i].structure = Structure::Masonry;
  }
  records[0].surveyStatus = SurveyStatus::Surveyed;
  records[0].initialHazard = InitialHazard::Hazard;
  records[0].appraisalGrade = AppraisalGrade::C;
  records[1].surveyStatus = SurveyStatus::NotSurveyed;
  records[2].surveyStatus = SurveyStatus::Surveyed;
  records[2].initialHazard = InitialHazard::None;
  records[3].surveyStatus = SurveyStatus::Surveyed;
  records[3].initialHazard = InitialHazard::Hazard;
  records[3].appraisalGrade = AppraisalGrade::D;
  records[3].control = ControlMeasure::StopUse;

  std::int64_t firstId = 0;
  for (int i = 0; i < 4; ++i) {
    const double x = kOriginX + i * kSpacing;
    const auto id = store->upsertBuilding(
        records[i], rectangle(x, kOriginY, x + kBuildingSize, kOriginY + kBuildingSize), "test");
    if (i == 0) firstId = id;
  }

  InspectionEvent survey;
  survey.buildingId = firstId;
  survey.code = "B001";
  survey.date = *Date::parse("2024-03-05");
  survey.kind = "survey";
  survey.inspector = "张三";
  survey.result = "初判有隐患";
  store->appendEvent(survey);

  GridRecord grid;
  grid.grid = "G1";
  grid.name = "测试一网格";
  grid.town = "测试镇";
  store->upsertGrid(
      grid, rectangle(kOriginX - 60, kOriginY - 60, kOriginX + 4 * kSpacing, kOriginY + 100));

  TownRecord town;
  town.town = "测试镇";
  store->upsertTown(town, rectangle(kOriginX - 100, kOriginY - 100, kOriginX + 4 * kSpacing + 40,
                                    kOriginY + 140));

  ZoneRecord zone;
  zone.type = "school";
  zone.name = "实验小学";
  zone.source = "import:test";
  zone.params = "{}";
  const auto zoneId = store->insertZone(
      zone, rectangle(kOriginX - 20, kOriginY - 20, kOriginX + 60, kOriginY + 60));
  store->replaceBuildingZones({{firstId, zoneId}});
  tx->commit();
  valid_ = true;
}

}  // namespace fangan::testing
