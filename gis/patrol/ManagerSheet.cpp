#include "gis/patrol/ManagerSheet.h"

#include <map>
#include <set>

#include "gis/patrol/RecordStamp.h"

namespace fangan {

namespace {

// Characters that are unsafe in file names on Windows or shells become '_'; Chinese stays.
std::string safeFileName(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool bad = u < 0x20 || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' ||
                     c == '"' || c == '<' || c == '>' || c == '|' || c == ' ';
    out += bad ? '_' : c;
  }
  return out;
}

}  // namespace

std::vector<PatrolStopRow> ManagerSheet::stops() const {
  std::vector<PatrolStopRow> rows;
  for (const GridPlan* g : grids) {
    for (const DayRoute& day : g->days) {
      int order = 0;
      for (const std::size_t s : day.stops) {
        const DueBuilding& d = g->due[s];
        PatrolStopRow row;
        row.grid = g->grid.grid;
        row.day = day.day;
        row.date = day.date;
        row.order = ++order;
        row.code = d.record.code;
        row.address = d.record.address;
        row.score = d.priority.score;
        row.reasons = d.reasonText();
        row.whatToCheck = d.whatToCheckText();
        // Pre-filled so that the result counts towards the town's spot-check accuracy.
        row.kind = d.hasReason(DueReasonKind::SpotCheck) ? "spot_check" : "";
        // A re-survey order (docs/rules.md#spot-check) ends with the survey this row records.
        if (row.kind.empty() && d.hasReason(DueReasonKind::Resurvey)) row.kind = "survey";
        row.stamp = recordStamp(d.record);
        row.owner = d.record.responsibility.owner;
        row.ownerPhone = d.record.responsibility.ownerPhone;
        row.location = g->locations[s];
        rows.push_back(std::move(row));
      }
    }
  }
  return rows;
}

std::vector<PatrolRouteLine> ManagerSheet::routes() const {
  std::vector<PatrolRouteLine> lines;
  for (const GridPlan* g : grids) {
    for (const DayRoute& day : g->days) {
      if (day.stops.empty()) continue;
      lines.push_back({g->grid.grid, day.day, day.date, static_cast<int>(day.stops.size()),
                       day.length, day.priorityOrderLength, day.line});
    }
  }
  return lines;
}

std::vector<ManagerSheet> groupByManager(const PatrolPlan& plan) {
  std::vector<ManagerSheet> sheets;
  std::map<std::pair<std::string, std::string>, std::size_t> byManager;
  for (const GridPlan& g : plan.grids) {
    if (g.grid.manager.empty()) {
      ManagerSheet s;
      s.grids.push_back(&g);
      s.fileStem = "patrol-grid-" + safeFileName(g.grid.grid);
      sheets.push_back(std::move(s));
      continue;
    }
    const auto key = std::make_pair(g.grid.manager, g.grid.phone);
    auto it = byManager.find(key);
    if (it != byManager.end()) {
      sheets[it->second].grids.push_back(&g);
      continue;
    }
    byManager[key] = sheets.size();
    ManagerSheet s;
    s.manager = g.grid.manager;
    s.phone = g.grid.phone;
    s.grids.push_back(&g);
    s.fileStem = "patrol-" + safeFileName(g.grid.manager);
    sheets.push_back(std::move(s));
  }
  // Two managers of the same name (different phones), or a manager named like a grid stem:
  // number the later ones so that no file overwrites another.
  std::set<std::string> used;
  for (auto& s : sheets) {
    std::string stem = s.fileStem;
    for (int n = 2; used.count(stem); ++n) stem = s.fileStem + "-" + std::to_string(n);
    s.fileStem = stem;
    used.insert(stem);
  }
  return sheets;
}

}  // namespace fangan
