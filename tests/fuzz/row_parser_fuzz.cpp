// Fuzz target `row_parser`: one imported buildings row and its cells — the value vocabulary
// (English keys, Chinese aliases, any case), yes/no cells, dates in every accepted spelling, and
// text that is not UTF-8 read as GB18030 as the importer does. Input: lines, line i is the cell
// of the i-th buildings key (INTERCHANGE.md order); every line also goes through each cell parser.
// Invariants: a parsed value reads back from its key and its Chinese label; a parsed date prints
// as YYYY-MM-DD that parses to the same day, and survives the day-number round trip; a row
// without error has its numbers within the documented ranges.

#include <optional>
#include <stdexcept>

#include "FuzzTarget.h"
#include "gis/io/TextEncoding.h"
#include "gis/model/Date.h"
#include "gis/model/Vocabulary.h"

namespace {

using namespace fangan;

template <typename E, typename Parse>
void checkTerm(const std::string& cell, Parse parse) {
  const std::optional<E> value = parse(cell);
  if (!value) return;
  const std::optional<E> byKey = parse(toKey(*value));
  fuzz::check(byKey && *byKey == *value, "a parsed value reads back from its key");
  const std::optional<E> byChinese = parse(toChinese(*value));
  fuzz::check(byChinese && *byChinese == *value, "a parsed value reads back from its label");
}

void checkCell(const std::string& raw) {
  std::string cell = raw;
  if (!isValidUtf8(cell)) {
    try {
      cell = toUtf8(cell, "GB18030");
    } catch (const std::exception&) {
      // not GB18030 either: the importer keeps the bytes
    }
  }
  const std::string normal = normalizeCell(cell);
  fuzz::check(normalizeCell(normal) == normal, "normalizeCell is idempotent");
  checkTerm<Structure>(cell, parseStructure);
  checkTerm<BuildingUse>(cell, parseUse);
  checkTerm<SurveyStatus>(cell, parseSurveyStatus);
  checkTerm<InitialHazard>(cell, parseInitialHazard);
  checkTerm<AppraisalGrade>(cell, parseAppraisalGrade);
  checkTerm<ControlMeasure>(cell, parseControl);
  checkTerm<Rectification>(cell, parseRectification);
  checkTerm<ClosureBasis>(cell, parseClosureBasis);
  std::optional<bool> yes;
  parseYesNo(cell, yes);
  if (const std::optional<Date> d = Date::parse(cell)) {
    fuzz::check(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31,
                "a parsed date has a real month and day");
    const std::optional<Date> again = Date::parse(d->toString());
    fuzz::check(again && *again == *d, "a parsed date prints as text that parses to it");
    fuzz::check(Date::fromDays(d->toDays()) == *d, "day numbers round-trip");
  }
}

template <typename T>
bool within(const std::optional<T>& v, T min, T max) {
  return !v || (*v >= min && *v <= max);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::string> cells = fuzz::lines(fuzz::text(data, size));
  for (const std::string& cell : cells) checkCell(cell);
  const ParsedBuilding parsed = parseBuildingRow(fuzz::buildingCells(cells, 0));
  if (parsed.error.empty()) {
    fuzz::check(within(parsed.record.floors, 1, 200), "floors within 1–200");
    fuzz::check(within(parsed.record.yearBuilt, 1000, 2100), "year built within 1000–2100");
    fuzz::check(within(parsed.record.designLife, 1, 300), "design life within 1–300");
  }
  return 0;
}
