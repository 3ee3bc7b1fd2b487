#pragma once
// Fills patrol days with due buildings: day 1 takes the first `capacity` buildings of the
// priority order, day 2 the next, and so on. Keeping whole priority bands per day (instead of
// packing by geography) is what makes "the most urgent first" hold across days; the visit order
// *within* a day is then free to follow the route (RouteOrder). Buildings left when
// capacity × days runs out are reported as not scheduled, still in priority order.

#include <cstddef>
#include <optional>
#include <vector>

namespace fangan {

/// Daily capacity of a grid manager when the grid record has none (issue 6).
constexpr int kDefaultCapacityPerDay = 10;

/// Which due buildings go on which day, as indices into the priority-ordered due list.
struct DaySchedule {
  int capacity = kDefaultCapacityPerDay;
  std::vector<std::vector<std::size_t>> days;  ///< one entry per day (possibly empty), in order
  std::vector<std::size_t> unscheduled;        ///< due but beyond capacity × days

  /// Number of buildings placed on a day.
  std::size_t scheduledCount() const;
};

/// The capacity to plan with: the grid's capacity_per_day when it is at least 1, else the
/// default of 10.
int effectiveCapacity(const std::optional<int>& capacityPerDay);

/// Splits `dueCount` buildings (already in priority order) over `days` days of `capacity`.
/// Throws std::invalid_argument for days < 0 or capacity < 1.
DaySchedule planDays(std::size_t dueCount, int days, int capacity);

}  // namespace fangan
