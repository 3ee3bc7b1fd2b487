#include "gis/patrol/DayPlanner.h"

#include <stdexcept>

namespace fangan {

std::size_t DaySchedule::scheduledCount() const {
  std::size_t n = 0;
  for (const auto& d : days) n += d.size();
  return n;
}

int effectiveCapacity(const std::optional<int>& capacityPerDay) {
  // 0 or a negative number in an imported grids table is a typing slip, not "visit nothing".
  return capacityPerDay && *capacityPerDay >= 1 ? *capacityPerDay : kDefaultCapacityPerDay;
}

DaySchedule planDays(std::size_t dueCount, int days, int capacity) {
  if (days < 0) throw std::invalid_argument("planDays: days < 0");
  if (capacity < 1) throw std::invalid_argument("planDays: capacity < 1");
  DaySchedule s;
  s.capacity = capacity;
  s.days.resize(static_cast<std::size_t>(days));
  std::size_t next = 0;
  for (auto& day : s.days) {
    for (int k = 0; k < capacity && next < dueCount; ++k) day.push_back(next++);
  }
  for (; next < dueCount; ++next) s.unscheduled.push_back(next);
  return s;
}

}  // namespace fangan
