// Fuzz target `column_mapping`: a column-mapping file (`key = source column` lines,
// gis/io/ColumnMapping.h) and the header row of a source table. Input: the first byte picks the
// layer; the rest is the mapping file's text. Its lines are also used as the source table's
// column names, resolved with and without the mapping. Invariants: errors are std::runtime_error;
// every resolved field index names a source column.

#include <stdexcept>

#include "FuzzTarget.h"
#include "gis/store/LayerRegistry.h"

namespace {

void checkResolved(const fangan::ColumnMapping& m, std::size_t columns) {
  using fangan::fuzz::check;
  for (const auto& [key, index] : m.fields) {
    check(index >= 0 && static_cast<std::size_t>(index) < columns, "a field names a column");
  }
  for (const auto& [key, list] : m.fallbacks) {
    for (const int index : list) {
      check(index >= 0 && static_cast<std::size_t>(index) < columns, "a fallback names a column");
    }
  }
  for (const int index : {m.wktField, m.lonField, m.latField}) {
    check(index >= -1 && index < static_cast<int>(columns), "a geometry column names a column");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fangan;
  if (size == 0) return 0;
  std::vector<ProjectLayer> importable;
  for (const LayerInfo& info : projectLayers()) {
    if (info.importable) importable.push_back(info.layer);
  }
  const ProjectLayer layer = importable[data[0] % importable.size()];
  const std::string text = fuzz::text(data + 1, size - 1);
  std::vector<std::string> header = fuzz::lines(text);
  try {
    checkResolved(resolveColumns(layer, header, {}), header.size());
  } catch (const std::runtime_error&) {
  }
  std::map<std::string, std::string> mapping;
  try {
    mapping = parseMappingText(text, "fuzz.map", layer);
  } catch (const std::runtime_error&) {
    return 0;
  }
  for (const auto& [key, source] : mapping) {
    fuzz::check(!source.empty(), "a mapping names a source column");
    header.push_back(source);
  }
  try {
    checkResolved(resolveColumns(layer, header, mapping), header.size());
  } catch (const std::runtime_error&) {
  }
  return 0;
}
