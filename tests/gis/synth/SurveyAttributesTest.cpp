#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "gis/synth/BuildingFields.h"
#include "gis/synth/SurveyAttributes.h"

namespace fangan::synth {

namespace {

// A 5,000-building district: 5 towns × 5 grids, grid sizes 100…292 (as uneven as real grids).
std::vector<BuildingSite> district() {
  std::vector<BuildingSite> sites;
  const char* towns[] = {"东城街道", "西城街道", "南湖镇", "北山镇", "青石镇"};
  const char* abbrevs[] = {"DC", "XC", "NH", "BS", "QS"};
  for (int g = 0; g < 25; ++g) {
    const int size = 100 + 8 * g + (g == 0 ? 100 : 0);
    for (int k = 0; k < size; ++k) {
      BuildingSite s;
      s.town = towns[g / 5];
      s.townAbbrev = abbrevs[g / 5];
      s.grid = std::string(abbrevs[g / 5]) + "-G" + std::to_string(g % 5 + 1);
      s.address = s.town + std::to_string(k + 1) + "号";
      sites.push_back(s);
    }
  }
  return sites;
}

std::string serialise(const std::vector<BuildingRecord>& records) {
  std::string out;
  for (const auto& r : records) {
    for (const auto& v : buildingValues(r)) out += v + "\t";
    out += "\n";
  }
  return out;
}

SurveyOptions optionsWithSeed(std::uint64_t seed) {
  SurveyOptions o;
  o.seed = seed;
  o.codePrefix = "AD";
  return o;
}

}  // namespace

TEST(SurveyAttributes, SameSeedGivesIdenticalOutputOtherSeedDiffers) {
  const auto sites = district();
  const std::string a = serialise(generateSurveyAttributes(sites, optionsWithSeed(7)));
  const std::string b = serialise(generateSurveyAttributes(sites, optionsWithSeed(7)));
  const std::string c = serialise(generateSurveyAttributes(sites, optionsWithSeed(8)));
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
}

TEST(SurveyAttributes, CoverageIsHighAndGapsClusterInFewGrids) {
  const auto sites = district();
  ASSERT_EQ(sites.size(), 5000u);
  const auto records = generateSurveyAttributes(sites, optionsWithSeed(2024));
  std::map<std::string, int> unsurveyedByGrid;
  int surveyed = 0, unsurveyed = 0;
  for (const auto& r : records) {
    if (r.surveyStatus == SurveyStatus::Surveyed) {
      ++surveyed;
    } else {
      ASSERT_EQ(r.surveyStatus, SurveyStatus::NotSurveyed);
      ++unsurveyed;
      ++unsurveyedByGrid[r.grid];
      // An unsurveyed building has no survey facts.
      EXPECT_FALSE(r.surveyDate);
      EXPECT_EQ(r.structure, Structure::Unknown);
      EXPECT_EQ(r.initialHazard, InitialHazard::Unknown);
    }
  }
  const double share = surveyed / 5000.0;
  EXPECT_GT(share, 0.90);
  EXPECT_LT(share, 0.96);
  std::vector<int> perGrid;
  for (const auto& [grid, n] : unsurveyedByGrid) perGrid.push_back(n);
  std::sort(perGrid.rbegin(), perGrid.rend());
  ASSERT_GE(perGrid.size(), 3u);
  EXPECT_GT(perGrid[0] + perGrid[1] + perGrid[2], unsurveyed / 2);
}

TEST(SurveyAttributes, BuildingFactsFollowTheDocumentedMix) {
  const auto records = generateSurveyAttributes(district(), optionsWithSeed(2024));
  int selfBuilt = 0, commercial = 0, surveyed = 0;
  std::map<Structure, int> structures;
  std::set<std::string> codes;
  const std::regex code(R"(AD-(DC|XC|NH|BS|QS)-\d{6})");
  for (const auto& r : records) {
    EXPECT_TRUE(std::regex_match(r.code, code)) << r.code;
    codes.insert(r.code);
    ASSERT_TRUE(r.selfBuilt);
    ASSERT_TRUE(r.floors);
    selfBuilt += *r.selfBuilt ? 1 : 0;
    commercial += r.isCommercial() ? 1 : 0;
    if (*r.selfBuilt) {
      EXPECT_GE(*r.floors, 1);
      EXPECT_LE(*r.floors, 7);  // no OSM hints here: self-built houses have 1–7 floors
    }
    if (!r.isSurveyed()) continue;
    ++surveyed;
    ++structures[r.structure];
    ASSERT_TRUE(r.yearBuilt);
    EXPECT_GE(*r.yearBuilt, 1960);
    EXPECT_LE(*r.yearBuilt, 2020);
    // The floors/structure limits the audit checks (earth ≤ 2, brick-wood/timber ≤ 3, masonry ≤ 7).
    if (r.structure == Structure::BrickWood || r.structure == Structure::Timber) {
      EXPECT_LE(*r.floors, 3);
    }
    if (r.structure == Structure::Masonry) {
      EXPECT_LE(*r.floors, 7);
    }
    if (r.structure == Structure::Earth) {
      EXPECT_LE(*r.floors, 2);
    }
    if (r.isCommercial() && r.use != BuildingUse::Public) {
      EXPECT_FALSE(r.useSubtype.empty());
    }
  }
  EXPECT_EQ(codes.size(), records.size());
  EXPECT_GT(selfBuilt, 2500);  // a majority
  EXPECT_GT(commercial, 750);  // ~20 %
  EXPECT_LT(commercial, 1250);
  const auto most =
      std::max_element(structures.begin(), structures.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  EXPECT_EQ(most->first, Structure::Masonry);
  EXPECT_LT(structures[Structure::Earth], surveyed / 20);
  EXPECT_GT(structures[Structure::Steel], 0);
  EXPECT_GT(structures[Structure::Timber], 0);
}

TEST(SurveyAttributes, CasesFollowTheLifecycleWithCoherentDates) {
  const SurveyOptions o = optionsWithSeed(2024);
  const auto records = generateSurveyAttributes(district(), o);
  int hazards = 0, recheck = 0, direct = 0, appraised = 0, gradeCD = 0, cdEngineered = 0,
      managementOnly = 0, controlled = 0, overdue = 0, awaitingRecent = 0;
  std::map<AppraisalGrade, int> grades;
  for (const auto& r : records) {
    if (!r.isSurveyed()) continue;
    ASSERT_TRUE(r.surveyDate);
    EXPECT_GE(*r.surveyDate, o.surveyStart);
    EXPECT_LE(*r.surveyDate, o.asOf);
    if (r.initialHazard != InitialHazard::Hazard) {
      // A doubt ("suspect") is dated like a hazard; a clean verdict has no found date.
      EXPECT_EQ(r.hazardFoundDate.has_value(), r.initialHazard == InitialHazard::Suspect);
      EXPECT_EQ(r.appraisalGrade, AppraisalGrade::None);
      continue;
    }
    ++hazards;
    ASSERT_TRUE(r.hazardFoundDate);
    EXPECT_EQ(*r.hazardFoundDate, *r.surveyDate);
    const bool isRecheck = r.recheckNoHazard.value_or(false);
    const bool isDirect = r.directEngineering.value_or(false);
    recheck += isRecheck ? 1 : 0;
    direct += isDirect ? 1 : 0;
    if (r.appraisalGrade != AppraisalGrade::None) {
      ++appraised;
      ++grades[r.appraisalGrade];
      EXPECT_FALSE(isRecheck || isDirect);
      ASSERT_TRUE(r.appraisalDate);
      EXPECT_GT(*r.appraisalDate, *r.hazardFoundDate);
      EXPECT_LE(*r.appraisalDate, o.asOf);
    } else if (!isRecheck && !isDirect) {
      EXPECT_FALSE(r.isClosed());
      if (o.asOf.toDays() - r.hazardFoundDate->toDays() > 5) {
        ++overdue;
      } else {
        ++awaitingRecent;
      }
    }
    if (r.isGradeCD()) {
      ++gradeCD;
      cdEngineered += r.engineeringDone() ? 1 : 0;
    }
    if (r.control == ControlMeasure::StopUse || r.control == ControlMeasure::EvacuatedSealed) {
      ++controlled;
      EXPECT_FALSE(r.isClosed());  // control is not lifted before rectification (seed 003)
      EXPECT_FALSE(r.engineeringDone());
    }
    if (r.rectificationDate) {
      EXPECT_TRUE(r.rectificationDone.value_or(false));
      EXPECT_LE(*r.rectificationDate, o.asOf);
      if (r.appraisalDate) {
        EXPECT_GT(*r.rectificationDate, *r.appraisalDate);
      }
    }
    if (r.isClosed()) {
      ASSERT_TRUE(r.closedDate);
      EXPECT_LE(*r.closedDate, o.asOf);
      EXPECT_GT(*r.closedDate, *r.hazardFoundDate);
      if (r.rectificationDate) {
        EXPECT_GT(*r.closedDate, *r.rectificationDate);
      }
      switch (r.closureBasis) {
        case ClosureBasis::RecheckNoHazard:
          EXPECT_TRUE(isRecheck);
          break;
        case ClosureBasis::GradeAB:
          EXPECT_TRUE(r.appraisalGrade == AppraisalGrade::A ||
                      r.appraisalGrade == AppraisalGrade::B);
          break;
        case ClosureBasis::Engineering:
          EXPECT_TRUE(r.engineeringDone());
          break;
        case ClosureBasis::ManagementOnly:
          ++managementOnly;
          EXPECT_TRUE(r.isGradeCD());  // the forbidden case the audit has to find
          EXPECT_FALSE(r.engineeringDone());
          break;
        case ClosureBasis::Unknown:
          ADD_FAILURE() << "closed without a basis: " << r.code;
      }
      if (r.isGradeCD()) {
        EXPECT_TRUE(r.closureBasis == ClosureBasis::Engineering ||
                    r.closureBasis == ClosureBasis::ManagementOnly);
      }
    } else {
      EXPECT_EQ(r.closureBasis, ClosureBasis::Unknown);
    }
  }
  // "Some hundreds" of initial hazards in 5,000 buildings, ~5 %.
  EXPECT_GE(hazards, 150);
  EXPECT_LE(hazards, 400);
  EXPECT_GT(recheck, 0);
  EXPECT_GT(direct, 0);
  EXPECT_GT(appraised, hazards / 2);
  EXPECT_GT(grades[AppraisalGrade::B] + grades[AppraisalGrade::C], appraised / 2);
  EXPECT_GE(gradeCD, 20);  // tens of C/D
  EXPECT_LE(gradeCD, 150);
  EXPECT_GT(cdEngineered, 0);
  EXPECT_GT(controlled, 0);
  EXPECT_GE(managementOnly, 1);
  EXPECT_LT(managementOnly, gradeCD / 4);  // a few
  EXPECT_GT(overdue, 0);
  EXPECT_GT(awaitingRecent, 0);
}

TEST(SurveyAttributes, OsmTagsDecideUseAndFloors) {
  std::vector<BuildingSite> sites(4);
  for (auto& s : sites) s.town = "安道尔城", s.townAbbrev = "ALV", s.grid = "G-ALV-01";
  sites[0].hints.shop = "supermarket";
  sites[1].hints.amenity = "school";
  sites[2].hints.building = "apartments";
  sites[2].hints.levels = 9;
  sites[3].hints.tourism = "guest_house";
  SurveyOptions o = optionsWithSeed(1);
  o.backgroundUnsurveyed = 0;
  o.laggardMin = o.laggardMax = 0;
  const auto r = generateSurveyAttributes(sites, o);
  EXPECT_EQ(r[0].use, BuildingUse::Commercial);
  EXPECT_EQ(r[0].useSubtype, "supermarket");
  EXPECT_TRUE(r[0].peopleDense.has_value());
  EXPECT_EQ(r[1].use, BuildingUse::Public);
  EXPECT_EQ(r[1].useSubtype, "school");
  EXPECT_FALSE(*r[1].selfBuilt);
  EXPECT_TRUE(*r[1].peopleDense);
  EXPECT_EQ(*r[2].floors, 9);
  EXPECT_EQ(r[2].structure == Structure::Frame || r[2].structure == Structure::Steel, true);
  EXPECT_EQ(r[3].useSubtype, "homestay");
  EXPECT_EQ(r[0].code, "AD-ALV-000001");
  EXPECT_EQ(r[3].code, "AD-ALV-000004");
}

TEST(SurveyAttributes, LaggardGridsAreAmongTheLargest) {
  std::map<std::string, std::size_t> sizes;
  for (int g = 0; g < 40; ++g) sizes["G" + std::to_string(g)] = 10 + static_cast<std::size_t>(g);
  const SurveyAttributeGenerator generator(optionsWithSeed(3), sizes);
  ASSERT_GE(generator.laggardGrids().size(), 3u);
  for (const auto& id : generator.laggardGrids()) {
    EXPECT_GE(sizes[id], 40u) << id;  // from the largest quarter (sizes 40–49)
    EXPECT_GE(generator.unsurveyedShare(id), 0.30);
    EXPECT_LE(generator.unsurveyedShare(id), 0.60);
  }
  EXPECT_DOUBLE_EQ(generator.unsurveyedShare("G0"), 0.025);
}

}  // namespace fangan::synth
