#include "gis/analysis/spatial/CoverageSql.h"

#include "gis/model/Vocabulary.h"
#include "gis/store/PostgresStore.h"

namespace fangan {

std::optional<CoverageCounts> coverageCountsOnServer(const ProjectStore& store, bool byZoneType) {
  const auto* server = dynamic_cast<const PostgresStore*>(&store);
  if (!server) return std::nullopt;
  // how: 1 status, 2 point, 3 code, 0 unchecked — the order of SurveyChecker::check.
  const std::string checked =
      "WITH c AS (SELECT b.id, COALESCE(b.grid, '') AS grid, COALESCE(b.town, '') AS town, "
      "CASE WHEN b.survey_status IS NOT DISTINCT FROM '" +
      toKey(SurveyStatus::Surveyed) +
      "' THEN 1 "
      "WHEN EXISTS (SELECT 1 FROM survey_points p WHERE ST_Intersects(p.geom, b.geom)) THEN 2 "
      "WHEN b.code <> '' AND EXISTS (SELECT 1 FROM survey_points p WHERE p.code = b.code) THEN 3 "
      "ELSE 0 END AS how FROM buildings b) ";
  const std::string tally = "count(*), count(*) FILTER (WHERE how > 0)";
  std::string sql = checked + "SELECT 'g', grid, " + tally +
                    " FROM c GROUP BY grid UNION ALL SELECT 't', town, " + tally +
                    " FROM c GROUP BY town UNION ALL SELECT 'o', '', " + tally +
                    " FROM c UNION ALL SELECT 's', '', count(*) FILTER (WHERE how = 1), "
                    "count(*) FILTER (WHERE how = 2) FROM c UNION ALL SELECT 'k', '', "
                    "count(*) FILTER (WHERE how = 3), 0 FROM c UNION ALL SELECT 'p', '', "
                    "(SELECT count(*) FROM survey_points), 0 UNION ALL "
                    "SELECT 'G', grid, 0, 0 FROM grids UNION ALL SELECT 'T', town, 0, 0 FROM towns "
                    "UNION ALL SELECT DISTINCT 'Z', type, 0, 0 FROM zones";
  if (byZoneType) {
    // A building counts once per type, however many zones of that type it lies in.
    sql +=
        " UNION ALL SELECT 'z', t.type, count(*), count(*) FILTER (WHERE c.how > 0) FROM c "
        "JOIN (SELECT DISTINCT bz.building_id, z.type FROM building_zones bz JOIN zones z "
        "ON z.id = bz.zone_id) t ON t.building_id = c.id GROUP BY t.type";
  }
  const pg::Result r = server->readQuery(sql);
  CoverageCounts counts;
  for (int i = 0; i < r.rows(); ++i) {
    const std::string kind = r.text(i, 0);
    const std::string area = r.text(i, 1);
    const std::int64_t a = r.integer(i, 2), b = r.integer(i, 3);
    auto add = [&](std::map<std::string, CoverageRow>& rows) {
      CoverageRow& row = rows[area];
      row.area = area;
      row.total += a;
      row.checked += b;
    };
    if (kind == "g" || kind == "G") add(counts.grids);
    if (kind == "t" || kind == "T") add(counts.towns);
    if (kind == "z" || kind == "Z") add(counts.zoneTypes);
    if (kind == "o") {
      counts.overall.total = a;
      counts.overall.checked = b;
    }
    if (kind == "s") {
      counts.checkedByStatus = a;
      counts.checkedByPoint = b;
    }
    if (kind == "k") counts.checkedByCode = a;
    if (kind == "p") counts.surveyPoints = a;
  }
  return counts;
}

}  // namespace fangan
