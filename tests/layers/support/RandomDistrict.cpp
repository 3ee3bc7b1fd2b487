#include "tests/layers/support/RandomDistrict.h"

#include <QPolygonF>
#include <random>
#include <set>
#include <vector>

#include "gis/model/Vocabulary.h"
#include "gis/store/BuildingColumns.h"
#include "gis/store/SpatialiteStore.h"
#include "layers/WkbGeometry.h"

namespace fangan::testing {
namespace {

// Every key of the vocabulary: for a key column, most do not parse (the value is then unknown),
// the others give each of its values.
std::vector<std::string> everyKey() {
  std::set<std::string> keys;
  for (int v = 0; v < 10; ++v) {
    keys.insert(toKey(static_cast<Structure>(v)));
    keys.insert(toKey(static_cast<BuildingUse>(v)));
    keys.insert(toKey(static_cast<SurveyStatus>(v)));
    keys.insert(toKey(static_cast<InitialHazard>(v)));
    keys.insert(toKey(static_cast<AppraisalGrade>(v)));
    keys.insert(toKey(static_cast<ControlMeasure>(v)));
    keys.insert(toKey(static_cast<Rectification>(v)));
    keys.insert(toKey(static_cast<ClosureBasis>(v)));
  }
  return {keys.begin(), keys.end()};
}

}  // namespace

void writeRandomDistrict(const std::string& path, int buildings, unsigned seed) {
  auto store = createSpatialiteProject(path, 32631);
  std::mt19937 random(seed);
  const std::vector<std::string> keys = everyKey();
  const std::vector<std::string> texts = {"", "东镇", "西镇", "南街道", "餐饮", "x"};
  const std::vector<std::string> dates = {"2023-01-05", "2024-03-01", "2024-03-02", "2025-11-30"};
  const auto any = [&random](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(random);
  };
  auto tx = store->begin();
  for (int i = 0; i < buildings; ++i) {
    BuildingRecord r;
    for (const building_columns::Column& c : building_columns::columns()) {
      if (any(5) == 0) continue;  // unknown
      switch (c.kind) {
        case building_columns::Kind::Text:
          c.setText(r, texts[any(texts.size())]);
          break;
        case building_columns::Kind::Integer:
          c.setText(r, std::to_string(any(40)));
          break;
        case building_columns::Kind::Flag:
          c.setText(r, any(2) == 0 ? "0" : "1");
          break;
        case building_columns::Kind::Date:
          c.setText(r, dates[any(dates.size())]);
          break;
        case building_columns::Kind::Key:
          // Often the keys that matter most to the ledger, else any key at all.
          c.setText(r, any(2) == 0
                           ? std::vector<std::string>{"surveyed", "hazard", "C", "D", "reinforce",
                                                      "management_only", "commercial"}[any(7)]
                           : keys[any(keys.size())]);
          break;
      }
    }
    // Half the buildings far along the ledger's chain (surveyed, hazard, C/D, closures), so
    // that its later counts are not all zero.
    if (any(2) == 0) {
      r.surveyStatus = SurveyStatus::Surveyed;
      r.initialHazard = InitialHazard::Hazard;
      if (any(2) == 0) r.appraisalGrade = any(2) == 0 ? AppraisalGrade::C : AppraisalGrade::D;
      if (any(2) == 0) {
        r.closed = true;
        r.closureBasis = static_cast<ClosureBasis>(any(5));
      }
    }
    r.code = "D" + std::to_string(i);
    const double x = 380000 + (i % 60) * 20;
    const double y = 4710000 + (i / 60) * 20;
    store->upsertBuilding(
        r,
        multiPolygonWkb({{QPolygonF(
            {QPointF(x, y), QPointF(x + 10, y), QPointF(x + 10, y + 10), QPointF(x, y + 10)})}}),
        "test");
  }
  tx->commit();
}

}  // namespace fangan::testing
