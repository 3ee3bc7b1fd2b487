#pragma once
// The interchange vocabulary: English keys and Chinese aliases of every enumerated value
// (docs/rules.md#interchange). Parsing is case-insensitive and accepts either spelling.

#include <optional>
#include <string>
#include <vector>

#include "gis/model/Building.h"

namespace fangan {

/// English interchange key of a value ("masonry", "stop_use", ...); "" for Unknown/None-as-empty.
std::string toKey(Structure v);
std::string toKey(BuildingUse v);
std::string toKey(SurveyStatus v);
std::string toKey(InitialHazard v);
std::string toKey(AppraisalGrade v);
std::string toKey(ControlMeasure v);
std::string toKey(Rectification v);
std::string toKey(ClosureBasis v);

/// Chinese label of a value for the interface, maps and ledgers ("砖混", "停止使用", ...).
std::string toChinese(Structure v);
std::string toChinese(BuildingUse v);
std::string toChinese(SurveyStatus v);
std::string toChinese(InitialHazard v);
std::string toChinese(AppraisalGrade v);
std::string toChinese(ControlMeasure v);
std::string toChinese(Rectification v);
std::string toChinese(ClosureBasis v);

/// Parse a cell: key or Chinese alias, any case, surrounding spaces ignored. An empty cell
/// gives the Unknown/None value; a value that is neither gives std::nullopt (a row error).
std::optional<Structure> parseStructure(const std::string& text);
std::optional<BuildingUse> parseUse(const std::string& text);
std::optional<SurveyStatus> parseSurveyStatus(const std::string& text);
std::optional<InitialHazard> parseInitialHazard(const std::string& text);
std::optional<AppraisalGrade> parseAppraisalGrade(const std::string& text);
std::optional<ControlMeasure> parseControl(const std::string& text);
std::optional<Rectification> parseRectification(const std::string& text);
std::optional<ClosureBasis> parseClosureBasis(const std::string& text);

/// Yes/no cell: yes/no, true/false, 1/0, 是/否, Y/N, 有/无. An empty cell sets `out` empty.
/// Returns false (leaving `out` alone) for an unrecognised value.
bool parseYesNo(const std::string& text, std::optional<bool>& out);

/// The key-zone types of layer `zones` (docs/rules.md#key-zones) (school, kindergarten, …,
/// geohazard).
const std::vector<std::string>& zoneTypeKeys();

/// Lower-cases ASCII and trims spaces (UTF-8 safe: non-ASCII bytes are left as they are).
std::string normalizeCell(const std::string& text);

}  // namespace fangan
