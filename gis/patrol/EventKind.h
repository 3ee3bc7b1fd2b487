#pragma once
// The kinds of inspection events (InspectionEvent::kind) as a field sheet may write them: the
// stored English key or its Chinese name (DOMAIN.md "Building record", inspection history).

#include <optional>
#include <string>
#include <vector>

namespace fangan {

/// Stored keys of every event kind, in DOMAIN.md order.
const std::vector<std::string>& eventKindKeys();

/// Chinese name of a kind key ("patrol" → "巡查"); the key itself when unknown.
std::string eventKindChinese(const std::string& key);

/// The key of a cell (key or Chinese name, any case, spaces trimmed); "" for an empty cell;
/// std::nullopt when it names no kind.
std::optional<std::string> parseEventKind(const std::string& text);

}  // namespace fangan
