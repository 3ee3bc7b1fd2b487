#include "gis/synth/CampaignReplay.h"

#include <vector>

#include "gis/analysis/CaseState.h"
#include "gis/model/Vocabulary.h"
#include "gis/patrol/FieldResult.h"
#include "gis/synth/SplitMix.h"

namespace fangan::synth {

namespace {

struct Step {
  std::string kind;    ///< inspection event kind
  std::string result;  ///< Chinese result as stored in the history
  BuildingRecord record;
};

std::optional<Step> viaResult(const BuildingRecord& r, FieldResult result, const Date& day,
                              const std::string& kind) {
  const FieldResultOutcome o = applyFieldResult(r, result, day);
  if (!o.accepted || !o.changed) return std::nullopt;
  return Step{kind, fieldResultChinese(result), o.record};
}

/// The next step of a case on a visit on `day`, or nothing to record.
std::optional<Step> nextStep(const BuildingRecord& r, const Date& day, SplitMix& rng) {
  const double u = rng.uniform();
  if (isDemolished(r)) return std::nullopt;
  if (!r.isSurveyed()) {
    const FieldResult f = u < 0.86   ? FieldResult::NoHazard
                          : u < 0.97 ? FieldResult::Hazard
                                     : FieldResult::Suspect;
    return viaResult(r, f, day, "survey");
  }
  if (isAwaitingAppraisal(r)) {
    if (!r.appraisalOrderedDate) {
      // Most orders come within the 5 days (docs/rules.md#order-5d); some are late.
      const long since = r.hazardFoundDate ? day.toDays() - r.hazardFoundDate->toDays() : 99;
      if (since < 1 || (since <= kAppraisalOrderDays ? u > 0.7 : u > 0.4)) return std::nullopt;
      return viaResult(r, FieldResult::AppraisalOrdered, day, "appraisal_order");
    }
    if (u < 0.25) return viaResult(r, FieldResult::RecheckNoHazard, day, "verification");
    if (u < 0.55) return std::nullopt;  // the appraisal report is not back yet
    BuildingRecord next = r;
    const double g = rng.uniform();
    next.appraisalGrade = g < 0.35   ? AppraisalGrade::B
                          : g < 0.45 ? AppraisalGrade::A
                          : g < 0.85 ? AppraisalGrade::C
                                     : AppraisalGrade::D;
    next.appraisalDate = day;
    if (next.isGradeCD()) {
      next.control = g < 0.95 ? ControlMeasure::StopUse : ControlMeasure::EvacuatedSealed;
      next.rectification = g < 0.7 ? Rectification::Reinforce : Rectification::Demolition;
      next.rectificationDone = false;
    }
    return Step{"appraisal", "鉴定为" + toChinese(next.appraisalGrade), next};
  }
  if (isCDNotRectified(r)) {
    if (u > 0.35) return std::nullopt;
    return viaResult(r, FieldResult::Rectified, day, "rectification");
  }
  if (!r.isClosed() && hasInitialHazard(r)) {
    if (u > 0.5) return std::nullopt;
    return viaResult(r, FieldResult::Closed, day, "closure");
  }
  return viaResult(r, FieldResult::NoAccess, day, "patrol");  // a routine patrol: no change
}

}  // namespace

ReplaySummary replayCampaign(ProjectStore& store, const ReplayOptions& options) {
  ReplaySummary s;
  const std::vector<std::int64_t> ids = store.buildingIds();
  const std::uint64_t threshold =
      static_cast<std::uint64_t>(options.visitShare * 18446744073709551615.0);
  for (int d = 0; d < options.days; ++d) {
    const Date day = options.start.plusDays(d);
    {
      const ChangeDateScope changeDay(store, day);
      auto tx = store.begin();
      for (const std::int64_t id : ids) {
        SplitMix rng = SplitMix::stream(options.seed, static_cast<std::uint64_t>(id),
                                        static_cast<std::uint64_t>(day.toDays()));
        if (rng.next() > threshold) continue;
        const auto current = store.buildingById(id);
        if (!current) continue;
        ++s.visits;
        const std::optional<Step> step = nextStep(*current, day, rng);
        if (!step) continue;
        ++s.changes;
        const BuildingRecord& after = step->record;
        if (!current->isSurveyed() && after.isSurveyed()) ++s.surveyed;
        if (!hasInitialHazard(*current) && hasInitialHazard(after)) ++s.hazards;
        if (!current->appraisalOrderedDate && after.appraisalOrderedDate) ++s.orders;
        if (current->appraisalGrade == AppraisalGrade::None &&
            after.appraisalGrade != AppraisalGrade::None)
          ++s.appraisals;
        if (!current->rectificationDone.value_or(false) && after.rectificationDone.value_or(false))
          ++s.rectified;
        if (!current->isClosed() && after.isClosed()) ++s.closed;
        store.updateBuilding(after, options.who);
        InspectionEvent e;
        e.buildingId = id;
        e.code = current->code;
        e.date = day;
        e.kind = step->kind;
        e.inspector = options.who;
        e.result = step->result;
        store.appendEvent(e);
      }
      tx->commit();
    }
    ++s.days;
    if (options.afterDay && !options.afterDay(day)) break;
  }
  return s;
}

}  // namespace fangan::synth
