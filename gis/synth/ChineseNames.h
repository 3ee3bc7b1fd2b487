#pragma once
// Made-up Chinese names for synthetic towns, villages, grid managers and phone numbers. Drawn
// from small fixed lists so they look familiar on a map and in a ledger; none refers to a real
// place or person.

#include <string>

#include "gis/synth/SplitMix.h"

namespace fangan::synth {

/// Name of the i-th town (镇/街道), unique for every i.
std::string townName(int index);

/// A village name like 张家村.
std::string villageName(SplitMix& rng);

/// A person's name like 王建华.
std::string personName(SplitMix& rng);

/// An 11-digit mainland mobile number like 13812345678.
std::string mobileNumber(SplitMix& rng);

}  // namespace fangan::synth
