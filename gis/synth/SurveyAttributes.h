#pragma once
// Seeded generator of plausible survey attributes (一楼一档 fields and case state) for sample and
// synthetic districts. Nothing here is real data: the numbers only have to look like a district
// in the middle of a campaign, so that every view, ledger column and audit rule has something to
// show, and the same seed has to give the same records on every machine.
//
// Distribution (defaults; shares are of all buildings unless said otherwise):
// - Survey coverage ~93 %. Unsurveyed buildings cluster in a few "laggard" grids, drawn from the
//   largest quarter of the grids until they hold 10 % of the buildings (at least 3 grids, or
//   one in ten when there are fewer than 30), each 30–60 % unsurveyed; every other grid 2.5 %.
//   So ~2/3 of the gaps sit in the laggards.
//   Unsurveyed records keep only what a housing register knows (self-built, floors, use, use
//   subtype, people-dense); the survey fields and physical details stay empty.
// - Self-built majority (~80 %): houses 85 %, apartments 25 %, commercial/industrial 35 %,
//   sheds 90 %, public buildings (school, hospital, church, town hall…) never.
// - Floors: OSM building:levels, else height/3 m, else self-built 1–7 weighted
//   20/30/24/13/7/4/2 %, others 2–12 skewed low, sheds 1.
// - Structure: masonry most (~50 %), frame (~25 %), brick_wood (~10 %), steel (~6 %), earth
//   (~3 %, only ≤ 2 floors), timber (~2 %), other; frame for ≥ 8 floors; workshops often steel.
// - Year built 1960–2020 by structure (earth/brick_wood old, frame/steel new); an OSM
//   start_date between 1000 and 2020 wins.
// - Use: residential; ~20 % commercial (use commercial, or mixed with a shop below) with a
//   use_subtype (shop, restaurant, homestay, workshop, …); OSM amenity/shop/tourism tags and
//   building=hotel/retail/commercial/industrial/warehouse force commercial with the matching
//   subtype; schools, hospitals, churches and town halls are public.
// - Illegal alterations a few % of self-built (added floors 4 %, altered structure 2 %, changed
//   use 2–6 %, basement 1 %); distress 3 % (6 % for old or earth buildings).
// - Initial hazard ~5 % of buildings, likelier with alterations, distress, no professional design
//   at ≥ 3 floors or commercial, old or earth/brick_wood; 0.3 % of surveyed are "suspect"
//   (found date = survey date, never appraised).
//   Of the hazards: 12 % re-checked no hazard (closed), 8 % direct engineering (reinforce /
//   partial demolition / demolition, closed when done), 10 % awaiting appraisal (about half of
//   them more than 5 days old = overdue), 70 % appraised with grades A 8 / B 50 / C 30 / D 12 %.
//   A/B close on the grade. C/D: 45 % engineered and closed, 30 % controlled (stop_use /
//   evacuated_sealed) with rectification under way, 17 % controlled awaiting a plan, 8 % closed
//   by management measures only (repair or nothing) — the forbidden case an audit must find.
// - Dates: surveys 2023-03-01 … as-of date (2024-12-31); hazard found = survey date; appraisal
//   1–5 days later (65 %) or 6–45 days; rectification 30–240 days after appraisal, closure 3–30
//   days after that. A step that would fall after the as-of date has not happened yet.
// - Codes `<prefix>-<town abbrev>-000001` numbered per town in call order, so unique as long as
//   the abbreviations are.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"
#include "gis/model/Date.h"
#include "gis/synth/SplitMix.h"

namespace fangan::synth {

/// OpenStreetMap tags of a footprint that hint at its attributes; empty when absent.
struct OsmHints {
  std::string building;  ///< building=* (yes, house, apartments, hotel, industrial, church…)
  std::string amenity;
  std::string shop;
  std::string tourism;
  std::optional<int> levels;  ///< building:levels
  std::optional<double> heightMetres;
  std::optional<int> startYear;  ///< year of start_date
};

/// Where a building is and what is known about it before the survey.
struct BuildingSite {
  std::string town;        ///< town name as written to the `town` column
  std::string townAbbrev;  ///< short ASCII town code used in building codes ("ALV")
  std::string grid;        ///< grid id
  std::string community;   ///< community / village, may be empty
  std::string address;     ///< copied to the record as it is
  OsmHints hints;
};

/// Knobs of the generator; the defaults give the distribution documented above.
struct SurveyOptions {
  std::uint64_t seed = 2024;
  std::string codePrefix = "AD";        ///< first part of every building code
  Date surveyStart{2023, 3, 1};         ///< first survey day of the campaign
  Date asOf{2024, 12, 31};              ///< the data's "today": nothing is dated later
  double backgroundUnsurveyed = 0.025;  ///< unsurveyed share outside laggard grids
  double laggardMin = 0.30;             ///< unsurveyed share in a laggard grid, lower bound
  double laggardMax = 0.60;             ///< … upper bound
  int minLaggardGrids = 3;              ///< at least this many laggards (1 per 10 grids if fewer)
  double laggardBuildings = 0.10;       ///< laggard grids together hold this share of buildings
  double randomCommercial = 0.19;       ///< chance an untagged house is commercial
  double hazardScale = 1.0;             ///< multiplies every initial-hazard probability
};

/// Generates one record per building, in call order, from a plan made over the grid sizes.
class SurveyAttributeGenerator {
 public:
  /// Plans the district: picks the laggard grids among the largest of `gridSizes` (grid id →
  /// number of buildings that will be generated in it) and draws their unsurveyed shares.
  SurveyAttributeGenerator(SurveyOptions options,
                           const std::map<std::string, std::size_t>& gridSizes);

  /// The next building's record. Deterministic in (seed, call number, site); the code counter
  /// of the site's town advances by one.
  BuildingRecord next(const BuildingSite& site);

  /// Grid ids chosen as laggards, in the order they were drawn.
  const std::vector<std::string>& laggardGrids() const { return laggards_; }
  /// Unsurveyed probability used for a grid.
  double unsurveyedShare(const std::string& grid) const;
  /// Number of records generated so far.
  std::size_t generated() const { return count_; }

 private:
  SurveyOptions options_;
  std::map<std::string, double> laggardShare_;
  std::vector<std::string> laggards_;
  std::map<std::string, int> townCounters_;
  std::size_t count_ = 0;
};

/// All records for a list of sites at once (the grid sizes are counted from the sites).
std::vector<BuildingRecord> generateSurveyAttributes(const std::vector<BuildingSite>& sites,
                                                     const SurveyOptions& options);

}  // namespace fangan::synth
