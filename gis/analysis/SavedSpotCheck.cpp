#include "gis/analysis/SavedSpotCheck.h"

#include <sstream>

namespace fangan {

namespace {

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    parts.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return parts;
}

}  // namespace

std::vector<std::string> SavedSpotCheckSample::codes() const {
  std::vector<std::string> out;
  for (const auto& t : sample.towns) out.insert(out.end(), t.codes.begin(), t.codes.end());
  return out;
}

std::string SavedSpotCheckSample::townOf(const std::string& code) const {
  for (const auto& t : sample.towns) {
    for (const auto& c : t.codes) {
      if (c == code) return t.town;
    }
  }
  return "";
}

std::string formatSpotCheckSample(const SavedSpotCheckSample& saved) {
  std::ostringstream out;
  out.precision(17);
  out << "seed\t" << saved.sample.seed << "\n";
  out << "rate\t" << saved.sample.rate << "\n";
  out << "scope\t" << (saved.scope == SpotCheckScope::All ? "all" : "commercial") << "\n";
  out << "drawn\t" << saved.drawn.toString() << "\n";
  for (const auto& t : saved.sample.towns) {
    out << "town\t" << t.town << "\t" << t.base << "\t" << t.eligible;
    for (const auto& c : t.codes) out << "\t" << c;
    out << "\n";
  }
  return out.str();
}

std::optional<SavedSpotCheckSample> parseSpotCheckSample(const std::string& text) {
  SavedSpotCheckSample saved;
  std::istringstream in(text);
  std::string line;
  bool hasDrawn = false;
  try {
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const std::vector<std::string> p = splitTabs(line);
      if (p[0] == "seed" && p.size() == 2) {
        saved.sample.seed = std::stoull(p[1]);
      } else if (p[0] == "rate" && p.size() == 2) {
        saved.sample.rate = std::stod(p[1]);
      } else if (p[0] == "scope" && p.size() == 2) {
        saved.scope = p[1] == "all" ? SpotCheckScope::All : SpotCheckScope::CommercialOnly;
      } else if (p[0] == "drawn" && p.size() == 2) {
        const auto d = Date::parse(p[1]);
        if (!d) return std::nullopt;
        saved.drawn = *d;
        hasDrawn = true;
      } else if (p[0] == "town" && p.size() >= 4) {
        SpotCheckStratum t;
        t.town = p[1];
        t.base = std::stoi(p[2]);
        t.eligible = std::stoi(p[3]);
        t.codes.assign(p.begin() + 4, p.end());
        saved.sample.towns.push_back(std::move(t));
      } else {
        return std::nullopt;
      }
    }
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (!hasDrawn) return std::nullopt;
  return saved;
}

void saveSpotCheckSample(ProjectStore& store, const SavedSpotCheckSample& saved,
                         const std::string& who) {
  auto transaction = store.begin();
  const auto previous = store.setting(kSpotCheckSampleSetting);
  store.setSetting(kSpotCheckSampleSetting, formatSpotCheckSample(saved));
  std::ostringstream summary;
  summary << "seed=" << saved.sample.seed << " rate=" << saved.sample.rate
          << " scope=" << (saved.scope == SpotCheckScope::All ? "all" : "commercial")
          << " drawn=" << saved.drawn.toString() << " towns=" << saved.sample.towns.size()
          << " buildings=" << saved.codes().size();
  AuditEntry entry;
  entry.who = who;
  entry.action = "spot_check_drawn";
  entry.target = std::string("settings:") + kSpotCheckSampleSetting;
  entry.oldValue = previous ? "replaced" : "";
  entry.newValue = summary.str();
  store.appendAudit(entry);
  transaction->commit();
}

std::optional<SavedSpotCheckSample> loadSpotCheckSample(const ProjectStore& store) {
  const auto text = store.setting(kSpotCheckSampleSetting);
  if (!text) return std::nullopt;
  return parseSpotCheckSample(*text);
}

std::vector<InspectionEvent> spotCheckEvents(const ProjectStore& store,
                                             const SavedSpotCheckSample& saved) {
  std::vector<InspectionEvent> out;
  for (const std::string& code : saved.codes()) {
    const auto record = store.buildingByCode(code);
    if (!record) continue;
    for (InspectionEvent& e : store.events(record->id)) {
      if (e.kind == kSpotCheckEventKind) out.push_back(std::move(e));
    }
  }
  return out;
}

std::vector<SpotCheckTownResult> storedSpotCheckResults(const ProjectStore& store) {
  const auto saved = loadSpotCheckSample(store);
  if (!saved) return {};
  return spotCheckTownResults(saved->sample, spotCheckEvents(store, *saved), saved->drawn);
}

std::vector<std::string> townsOrderedToResurvey(const ProjectStore& store) {
  return townsOrderedToResurvey(storedSpotCheckResults(store));
}

}  // namespace fangan
