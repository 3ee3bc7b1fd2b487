#include "gis/synth/SurveyAttributes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <utility>

namespace fangan::synth {

namespace {

// What a footprint is before any dice are rolled, from its OSM tags.
enum class Kind { House, Apartments, Commercial, Industrial, Public, Shed };

struct Profile {
  Kind kind = Kind::House;
  BuildingUse use = BuildingUse::Residential;
  std::string subtype;
};

bool isOneOf(const std::string& v, std::initializer_list<const char*> values) {
  for (const char* s : values) {
    if (v == s) return true;
  }
  return false;
}

Profile commercial(const char* subtype) {
  return {Kind::Commercial, BuildingUse::Commercial, subtype};
}
Profile publicUse(const char* subtype) { return {Kind::Public, BuildingUse::Public, subtype}; }

// Tag precedence amenity > shop > tourism > building: the amenity says what happens inside,
// the building tag often only says "yes".
Profile profileOf(const OsmHints& h) {
  const std::string& a = h.amenity;
  if (isOneOf(a, {"school", "college", "university"})) return publicUse("school");
  if (a == "kindergarten") return publicUse("kindergarten");
  if (a == "hospital") return publicUse("hospital");
  if (isOneOf(a, {"clinic", "doctors", "dentist", "pharmacy"})) return commercial("clinic");
  if (isOneOf(a, {"restaurant", "cafe", "fast_food", "bar", "pub", "food_court", "ice_cream"})) {
    return commercial("restaurant");
  }
  if (a == "marketplace") return commercial("market");
  if (isOneOf(a, {"cinema", "theatre"})) return commercial("cinema");
  if (isOneOf(a, {"nightclub", "casino", "karaoke_box"})) return commercial("entertainment");
  if (isOneOf(a, {"nursing_home", "social_facility"})) return commercial("elderly_care");
  if (a == "fuel") return commercial("shop");
  if (isOneOf(a, {"townhall", "police", "fire_station", "place_of_worship", "public_building",
                  "bus_station", "library", "community_centre", "courthouse", "post_office"})) {
    return publicUse("");
  }
  if (!h.shop.empty() && h.shop != "no") {
    if (isOneOf(h.shop, {"supermarket", "convenience"})) return commercial("supermarket");
    if (isOneOf(h.shop, {"mall", "department_store"})) return commercial("mall");
    return commercial("shop");
  }
  const std::string& t = h.tourism;
  if (isOneOf(t, {"hotel", "motel"})) return commercial("hotel");
  if (isOneOf(t,
              {"guest_house", "hostel", "chalet", "apartment", "alpine_hut", "wilderness_hut"})) {
    return commercial("homestay");
  }
  if (isOneOf(t, {"museum", "gallery"})) return publicUse("");
  const std::string& b = h.building;
  if (isOneOf(b, {"school", "university", "college"})) return publicUse("school");
  if (b == "kindergarten") return publicUse("kindergarten");
  if (b == "hospital") return publicUse("hospital");
  if (isOneOf(b, {"church", "chapel", "cathedral", "temple", "mosque", "public", "civic",
                  "government", "train_station", "transportation"})) {
    return publicUse("");
  }
  if (b == "hotel") return commercial("hotel");
  if (isOneOf(b, {"retail", "commercial", "office", "kiosk"})) return commercial("shop");
  if (b == "supermarket") return commercial("supermarket");
  if (b == "industrial") return {Kind::Industrial, BuildingUse::Industrial, "workshop"};
  if (b == "warehouse") return {Kind::Industrial, BuildingUse::Industrial, "warehouse"};
  if (isOneOf(b,
              {"garage", "garages", "shed", "roof", "hut", "farm_auxiliary", "service", "parking",
               "hangar", "ruins", "carport", "barn", "cabin", "stable", "greenhouse", "cowshed"})) {
    return {Kind::Shed, BuildingUse::Other, ""};
  }
  if (isOneOf(b, {"apartments", "dormitory"}))
    return {Kind::Apartments, BuildingUse::Residential, ""};
  return {};
}

// Subtypes of houses that turn out to be run as businesses, with relative weights.
struct WeightedName {
  const char* name;
  double weight;
};
const std::array<WeightedName, 15> kRandomSubtypes = {{{"shop", 22},
                                                       {"restaurant", 16},
                                                       {"homestay", 10},
                                                       {"workshop", 9},
                                                       {"processing", 6},
                                                       {"warehouse", 5},
                                                       {"supermarket", 5},
                                                       {"agri_supply", 5},
                                                       {"rental_housing", 5},
                                                       {"hotel", 4},
                                                       {"chess_card_room", 4},
                                                       {"clinic", 3},
                                                       {"bathhouse", 2},
                                                       {"entertainment", 2},
                                                       {"elderly_care", 2}}};

template <size_t N>
const char* pick(SplitMix& rng, const std::array<WeightedName, N>& table) {
  std::array<double, N> w{};
  for (size_t i = 0; i < N; ++i) w[i] = table[i].weight;
  return table[static_cast<size_t>(rng.weighted(w))].name;
}

bool peopleDenseSubtype(const std::string& s) {
  return isOneOf(s, {"restaurant", "hotel", "supermarket", "mall", "market", "school",
                     "kindergarten", "hospital", "clinic", "cinema", "entertainment",
                     "chess_card_room", "bathhouse", "elderly_care"});
}

bool workshopSubtype(const std::string& s) {
  return isOneOf(s, {"workshop", "processing", "warehouse"});
}

int floorsFor(SplitMix& rng, Kind kind, bool selfBuilt, const OsmHints& h) {
  if (h.levels && *h.levels >= 1) return std::min(*h.levels, 40);
  if (h.heightMetres && *h.heightMetres >= 2.0) {
    return std::max(1, std::min(40, static_cast<int>(std::lround(*h.heightMetres / 3.0))));
  }
  if (kind == Kind::Shed) return 1;
  if (selfBuilt) {
    static const std::array<double, 7> w = {20, 30, 24, 13, 7, 4, 2};
    return 1 + rng.weighted(w);
  }
  if (kind == Kind::Industrial) return 1 + rng.weighted(std::array<double, 3>{55, 35, 10});
  static const std::array<double, 11> w = {14, 18, 17, 14, 11, 8, 6, 5, 3, 2, 2};  // 2..12
  return 2 + rng.weighted(w);
}

Structure structureFor(SplitMix& rng, Kind kind, int floors, const std::string& subtype) {
  using S = Structure;
  if (floors >= 8) return rng.bernoulli(0.92) ? S::Frame : S::Steel;
  if (kind == Kind::Shed) {
    static const std::array<S, 4> v = {S::Steel, S::BrickWood, S::Masonry, S::Timber};
    return v[static_cast<size_t>(rng.weighted(std::array<double, 4>{45, 25, 20, 10}))];
  }
  if (workshopSubtype(subtype) || kind == Kind::Industrial) {
    static const std::array<S, 4> v = {S::Steel, S::Masonry, S::Frame, S::BrickWood};
    return v[static_cast<size_t>(rng.weighted(std::array<double, 4>{45, 35, 15, 5}))];
  }
  if (floors <= 2) {
    static const std::array<S, 7> v = {S::Masonry, S::BrickWood, S::Frame, S::Steel,
                                       S::Timber,  S::Earth,     S::Other};
    return v[static_cast<size_t>(rng.weighted(std::array<double, 7>{50, 20, 10, 5, 5, 7, 3}))];
  }
  if (floors == 3) {
    static const std::array<S, 6> v = {S::Masonry, S::BrickWood, S::Frame,
                                       S::Steel,   S::Timber,    S::Other};
    return v[static_cast<size_t>(rng.weighted(std::array<double, 6>{60, 8, 24, 5, 2, 1}))];
  }
  static const std::array<S, 3> v = {S::Masonry, S::Frame, S::Steel};
  return v[static_cast<size_t>(rng.weighted(std::array<double, 3>{50, 46, 4}))];
}

// Keeps structure and floors believable whatever the branch above or the OSM levels said: earth
// ≤ 2 floors, brick-wood and timber ≤ 3, masonry ≤ 7 (the limits an audit checks against).
Structure plausible(Structure s, int floors) {
  if (s == Structure::Earth && floors > 2) return Structure::Masonry;
  if ((s == Structure::BrickWood || s == Structure::Timber) && floors > 3) {
    return Structure::Masonry;
  }
  if (s == Structure::Masonry && floors > 7) return Structure::Frame;
  return s;
}

int yearFor(SplitMix& rng, Structure s, const OsmHints& h) {
  if (h.startYear && *h.startYear >= 1000 && *h.startYear <= 2020) return *h.startYear;
  int lo = 1970, hi = 2020;
  switch (s) {
    case Structure::Earth:
      lo = 1960, hi = 1990;
      break;
    case Structure::BrickWood:
      lo = 1960, hi = 1995;
      break;
    case Structure::Timber:
      lo = 1960, hi = 2000;
      break;
    case Structure::Masonry:
      lo = 1975, hi = 2015;
      break;
    case Structure::Frame:
      lo = 1990, hi = 2020;
      break;
    case Structure::Steel:
      lo = 1995, hi = 2020;
      break;
    default:
      break;
  }
  // Mean of two uniforms: a triangle peaking mid-range, as building booms were.
  const double t = (rng.uniform() + rng.uniform()) / 2.0;
  return lo + static_cast<int>(t * (hi - lo + 1));
}

Date randomDate(SplitMix& rng, const Date& from, const Date& to) {
  return Date::fromDays(rng.range(from.toDays(), to.toDays()));
}

// The campaign after the survey: fate of an initial hazard, with every date before `asOf`.
void caseFate(SplitMix& rng, double fate, BuildingRecord& r, const SurveyOptions& o) {
  const long asOf = o.asOf.toDays();
  const Date found = *r.surveyDate;
  r.hazardFoundDate = found;
  r.recheckNoHazard = false;
  r.directEngineering = false;
  r.control = ControlMeasure::None;
  r.rectification = Rectification::None;
  r.closed = false;

  auto close = [&](const Date& when, ClosureBasis basis) {
    if (when.toDays() > asOf) return;
    r.closed = true;
    r.closedDate = when;
    r.closureBasis = basis;
  };
  // Engineering measures: done (and the control lifted) only when the date has come.
  auto engineer = [&](Rectification measure, const Date& start) {
    r.rectification = measure;
    const Date done = start.plusDays(rng.range(30, 240));
    if (done.toDays() <= asOf) {
      r.rectificationDone = true;
      r.rectificationDate = done;
      close(done.plusDays(rng.range(3, 30)), ClosureBasis::Engineering);
      return true;
    }
    r.rectificationDone = false;
    return false;
  };

  if (fate < 0.12) {  // technicians re-check and find nothing (②)
    r.recheckNoHazard = true;
    close(found.plusDays(rng.range(3, 25)), ClosureBasis::RecheckNoHazard);
    return;
  }
  if (fate < 0.20) {  // engineering measures without appraisal (③)
    r.directEngineering = true;
    static const std::array<Rectification, 3> m = {
        Rectification::Reinforce, Rectification::PartialDemolition, Rectification::Demolition};
    const Rectification measure =
        m[static_cast<size_t>(rng.weighted(std::array<double, 3>{60, 20, 20}))];
    if (!engineer(measure, found)) r.control = ControlMeasure::StopUse;
    return;
  }
  // Appraisal is due within 5 days (docs/rules.md#order-5d); a third of the offices are late.
  const long delay = rng.bernoulli(0.65) ? rng.range(1, 5) : rng.range(6, 45);
  const Date appraised = found.plusDays(delay);
  if (fate < 0.30 || appraised.toDays() > asOf) return;  // still awaiting appraisal

  static const std::array<AppraisalGrade, 4> grades = {AppraisalGrade::A, AppraisalGrade::B,
                                                       AppraisalGrade::C, AppraisalGrade::D};
  r.appraisalGrade =
      grades[static_cast<size_t>(rng.weighted(std::array<double, 4>{8, 50, 30, 12}))];
  r.appraisalDate = appraised;
  if (!r.isGradeCD()) {
    close(appraised.plusDays(rng.range(2, 20)), ClosureBasis::GradeAB);
    return;
  }
  const bool d = r.appraisalGrade == AppraisalGrade::D;
  const ControlMeasure control =
      rng.bernoulli(d ? 0.7 : 0.3) ? ControlMeasure::EvacuatedSealed : ControlMeasure::StopUse;
  const double cd = rng.uniform();
  if (cd < 0.08) {  // closed by management measures only: forbidden
                    // (docs/rules.md#management-closure), kept on purpose
    Date closing = appraised.plusDays(rng.range(10, 60));
    const Date repaired = appraised.plusDays(rng.range(5, 30));
    if (rng.bernoulli(0.5) && repaired.toDays() <= asOf) {
      r.rectification = Rectification::Repair;  // repair is not an engineering measure
      r.rectificationDone = true;
      r.rectificationDate = repaired;
      closing = repaired.plusDays(rng.range(1, 30));
    }
    close(closing, ClosureBasis::ManagementOnly);
    if (!r.isClosed()) r.control = control;
    return;
  }
  Rectification measure;
  if (d) {
    static const std::array<Rectification, 4> m = {Rectification::Demolition,
                                                   Rectification::Rebuild, Rectification::Relocate,
                                                   Rectification::Reinforce};
    measure = m[static_cast<size_t>(rng.weighted(std::array<double, 4>{50, 15, 10, 25}))];
  } else {
    static const std::array<Rectification, 2> m = {Rectification::Reinforce,
                                                   Rectification::PartialDemolition};
    measure = m[static_cast<size_t>(rng.weighted(std::array<double, 2>{82, 18}))];
  }
  if (cd < 0.53) {  // engineered; closed once done (control lifted only after rectification)
    if (!engineer(measure, appraised)) r.control = control;
    return;
  }
  r.control = control;  // controlled: rectification under way, or not yet planned
  if (cd < 0.83) {
    r.rectification = measure;
    r.rectificationDone = false;
  }
}

}  // namespace

SurveyAttributeGenerator::SurveyAttributeGenerator(
    SurveyOptions options, const std::map<std::string, std::size_t>& gridSizes)
    : options_(std::move(options)) {
  // Laggards come from the larger grids: a real backlog is a big urban village or a fringe area
  // with many rented rooms, not an empty mountain cell. They are drawn from the largest quarter
  // until they hold `laggardBuildings` of all buildings, which keeps the overall coverage near
  // 93 % at any district size while most gaps sit in a few grids.
  std::vector<std::pair<std::string, std::size_t>> bySize(gridSizes.begin(), gridSizes.end());
  std::stable_sort(bySize.begin(), bySize.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::size_t total = 0;
  for (const auto& g : bySize) total += g.second;
  // A handful of grids cannot spare three laggards: at most one grid in ten is required.
  const int minimum =
      std::min(options_.minLaggardGrids, static_cast<int>((bySize.size() + 9) / 10));
  const std::size_t pool =
      std::min(bySize.size(), std::max<std::size_t>(minimum, (bySize.size() + 3) / 4));
  std::vector<size_t> candidates(pool);
  for (size_t k = 0; k < pool; ++k) candidates[k] = k;
  SplitMix rng = SplitMix::stream(options_.seed, 0, 0x1a66a7d);
  std::size_t covered = 0;
  while (!candidates.empty() &&
         (static_cast<double>(covered) < options_.laggardBuildings * static_cast<double>(total) ||
          static_cast<int>(laggards_.size()) < minimum)) {
    const size_t pick = static_cast<size_t>(rng.range(0, candidates.size() - 1));
    const auto& grid = bySize[candidates[pick]];
    candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(pick));
    laggards_.push_back(grid.first);
    laggardShare_[grid.first] = rng.uniform(options_.laggardMin, options_.laggardMax);
    covered += grid.second;
  }
}

double SurveyAttributeGenerator::unsurveyedShare(const std::string& grid) const {
  auto it = laggardShare_.find(grid);
  return it == laggardShare_.end() ? options_.backgroundUnsurveyed : it->second;
}

BuildingRecord SurveyAttributeGenerator::next(const BuildingSite& site) {
  const SurveyOptions& o = options_;
  SplitMix rng = SplitMix::stream(o.seed, count_++, 0x5ca1ab1e);
  BuildingRecord r;
  const int number = ++townCounters_[site.townAbbrev];
  char digits[16];
  std::snprintf(digits, sizeof digits, "%06d", number);
  r.code = o.codePrefix + "-" + site.townAbbrev + "-" + digits;
  r.address = site.address;
  r.town = site.town;
  r.community = site.community;
  r.grid = site.grid;

  // What the housing register knows, surveyed or not.
  Profile p = profileOf(site.hints);
  double selfBuiltChance = 0.85;
  switch (p.kind) {
    case Kind::Apartments:
      selfBuiltChance = 0.25;
      break;
    case Kind::Commercial:
    case Kind::Industrial:
      selfBuiltChance = 0.35;
      break;
    case Kind::Public:
      selfBuiltChance = 0.0;
      break;
    case Kind::Shed:
      selfBuiltChance = 0.90;
      break;
    case Kind::House:
      break;
  }
  const bool selfBuilt = rng.bernoulli(selfBuiltChance);
  r.selfBuilt = selfBuilt;
  const double commercialChance = p.kind == Kind::Apartments ? 0.30 : o.randomCommercial;
  if ((p.kind == Kind::House || p.kind == Kind::Apartments) && rng.bernoulli(commercialChance)) {
    p.subtype = pick(rng, kRandomSubtypes);
    // A shop or restaurant below the family's rooms is "mixed"; it still counts as commercial.
    const bool livesAbove =
        (p.subtype == "shop" || p.subtype == "restaurant") && rng.bernoulli(0.3);
    p.use = livesAbove ? BuildingUse::Mixed : BuildingUse::Commercial;
    p.kind = workshopSubtype(p.subtype) ? Kind::Industrial : Kind::Commercial;
  }
  r.use = p.use;
  r.useSubtype = p.subtype;
  const int floors = floorsFor(rng, p.kind, selfBuilt, site.hints);
  r.floors = floors;
  r.peopleDense = p.kind == Kind::Public ||
                  (peopleDenseSubtype(p.subtype) && rng.bernoulli(0.85)) ||
                  (p.subtype == "homestay" && rng.bernoulli(0.5));

  // Physical facts: drawn for every building so a building's structure and year do not depend
  // on whether its grid lagged behind (only whether they are written does).
  const Structure structure = plausible(structureFor(rng, p.kind, floors, p.subtype), floors);
  const int year = yearFor(rng, structure, site.hints);
  const bool modern = structure == Structure::Frame || structure == Structure::Steel;
  const bool proDesigned =
      selfBuilt ? rng.bernoulli(0.08 + (modern ? 0.2 : 0.0) + (year >= 2010 ? 0.15 : 0.0))
                : rng.bernoulli(0.95);
  const double altScale = selfBuilt ? 1.0 : 0.25;
  const bool isCommercial = !p.subtype.empty() && p.kind != Kind::Public;
  const bool addedFloors = rng.bernoulli(altScale * (isCommercial ? 0.07 : 0.04));
  const bool altStructure = rng.bernoulli(altScale * 0.02);
  const bool altUse = rng.bernoulli(altScale * (isCommercial ? 0.06 : 0.02));
  const bool altBasement = rng.bernoulli(altScale * 0.01);
  const bool old = year < 1980 || structure == Structure::Earth;
  const bool distress = rng.bernoulli(old ? 0.06 : 0.03);

  const bool surveyed = !rng.bernoulli(unsurveyedShare(site.grid));
  if (!surveyed) {
    r.surveyStatus = SurveyStatus::NotSurveyed;
    return r;
  }
  r.structure = structure;
  r.yearBuilt = year;
  if (proDesigned || !selfBuilt) r.designLife = 50;  // undesigned houses: unknown, default 50
  r.proDesigned = proDesigned;
  r.altAddedFloors = addedFloors;
  r.altStructure = altStructure;
  r.altUse = altUse;
  r.altBasement = altBasement;
  r.distress = distress;
  r.surveyStatus = SurveyStatus::Surveyed;
  r.surveyDate = randomDate(rng, o.surveyStart, o.asOf);

  // Risk factors (docs/rules.md#initial-hazard) raise the chance of an initial hazard; calibrated
  // to ~5 %.
  double risk = 0.008;
  if (addedFloors) risk += 0.30;
  if (altStructure) risk += 0.25;
  if (altUse) risk += 0.15;
  if (altBasement) risk += 0.20;
  if (distress) risk += 0.30;
  if ((floors >= 3 || isCommercial) && !proDesigned) risk += 0.03;
  if (structure == Structure::Earth || structure == Structure::BrickWood) risk += 0.02;
  if (year < 1980) risk += 0.01;
  risk = std::min(0.9, risk * o.hazardScale);
  if (!rng.bernoulli(risk)) {
    r.initialHazard = rng.bernoulli(0.003) ? InitialHazard::Suspect : InitialHazard::None;
    // A doubt is recorded on the day it arises, like a hazard, and like an unappraised hazard
    // it counts as overdue after 5 days.
    if (r.initialHazard == InitialHazard::Suspect) r.hazardFoundDate = r.surveyDate;
    return r;
  }
  r.initialHazard = InitialHazard::Hazard;
  const double fate = rng.uniform();
  // Half of the cases awaiting appraisal were found in the last 4 days, so that an overdue
  // check has both kinds to tell apart; the rest were found earlier and are overdue.
  if (fate >= 0.20 && fate < 0.30 && rng.bernoulli(0.5)) {
    r.surveyDate = o.asOf.plusDays(-rng.range(0, 4));
  }
  caseFate(rng, fate, r, o);
  return r;
}

std::vector<BuildingRecord> generateSurveyAttributes(const std::vector<BuildingSite>& sites,
                                                     const SurveyOptions& options) {
  std::map<std::string, std::size_t> gridSizes;
  for (const auto& s : sites) ++gridSizes[s.grid];
  SurveyAttributeGenerator generator(options, gridSizes);
  std::vector<BuildingRecord> records;
  records.reserve(sites.size());
  for (const auto& s : sites) records.push_back(generator.next(s));
  return records;
}

}  // namespace fangan::synth
