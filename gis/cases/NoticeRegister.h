#pragma once
// Issuing hazard notices (隐患通知书, docs/rules.md#notice): which buildings need one, the
// notice number (`year-town-NNN`, counted per year and town, kept on re-issue), and the dated
// case event (subject "notice", to_state issued / reissued, note = the number) each issue
// records. The caller holds the transaction; refusals (CaseRefused) come before any write.

#include <optional>
#include <string>
#include <vector>

#include "gis/cases/CaseRefusal.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// A building a notice is for: first judged hazardous or suspect, or appraised C/D, and not
/// closed (销号).
bool needsNotice(const BuildingRecord& building);

/// The notice number of a year, town and sequence: "2025-东镇-003" (no town: "无镇街").
std::string noticeNumber(int year, const std::string& town, int sequence);

struct IssuedNotice {
  HazardNotice notice;
  bool reissue = false;  ///< the building had a notice already; its number is kept
};

/// Issues a notice for `building` on `day` with `deadline`: a new number, or the number of the
/// building's earlier notice (a re-issue). Records the case event and an audit row
/// `notices:<id>`. Refuses building_not_hazardous (needsNotice false).
IssuedNotice issueNotice(ProjectStore& store, const BuildingRecord& building, const Date& day,
                         const std::optional<Date>& deadline, const std::string& who);

/// The building's notices (the first issue holds the number), by id.
std::vector<HazardNotice> noticesOf(const ProjectStore& store, std::int64_t buildingId);

/// The buildings of `town` that need a notice and have none yet, by code.
std::vector<BuildingRecord> buildingsAwaitingNotice(const std::vector<BuildingRecord>& buildings,
                                                    const std::vector<HazardNotice>& notices,
                                                    const std::string& town);

}  // namespace fangan
