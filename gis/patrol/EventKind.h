#pragma once
// The kinds of inspection events (InspectionEvent::kind) as a field sheet may write them: the
// stored English key or its Chinese name (the building's inspection history,
// docs/rules.md#lifecycle).

#include <optional>
#include <string>
#include <vector>

namespace fangan {

/// Stored keys of every event kind, in the order of a case's lifecycle (docs/rules.md#lifecycle).
const std::vector<std::string>& eventKindKeys();

/// Chinese name of a kind key ("patrol" → "巡查"); the key itself when unknown.
std::string eventKindChinese(const std::string& key);

/// The key of a cell (key or Chinese name, any case, spaces trimmed); "" for an empty cell;
/// std::nullopt when it names no kind.
std::optional<std::string> parseEventKind(const std::string& text);

}  // namespace fangan
