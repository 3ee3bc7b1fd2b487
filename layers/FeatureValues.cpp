#include "layers/FeatureValues.h"

#include <limits>

namespace fangan {

void FeatureValues::Table::setInline(qsizetype field) {
  inlineSlot.resize(static_cast<std::size_t>(width), -1);
  inlineSlot[static_cast<std::size_t>(field)] = 0;
  // Slots follow the field order, as rows append their inline values.
  int slot = 0;
  for (int& s : inlineSlot) {
    if (s >= 0) s = slot++;
  }
  inlineCount = slot;
}

void FeatureValues::Table::pack() {
  if (wide.empty() || words.size() > std::size_t{std::numeric_limits<std::uint16_t>::max()} + 1) {
    return;
  }
  narrow.assign(wide.begin(), wide.end());
  std::vector<std::uint32_t>().swap(wide);
}

namespace {

std::shared_ptr<const FeatureValues::Table> ownTable(std::vector<QString> values) {
  if (values.empty()) return nullptr;
  auto table = std::make_shared<FeatureValues::Table>();
  table->width = static_cast<qsizetype>(values.size());
  table->wide.resize(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) table->wide[i] = static_cast<std::uint32_t>(i);
  table->words = std::move(values);
  table->pack();
  return table;
}

}  // namespace

FeatureValues::FeatureValues(const QVector<QString>& own)
    : table_(ownTable(std::vector<QString>(own.begin(), own.end()))) {}

FeatureValues::FeatureValues(std::initializer_list<QString> own)
    : table_(ownTable(std::vector<QString>(own))) {}

QVector<QString> FeatureValues::toVector() const {
  QVector<QString> out;
  out.reserve(size());
  for (qsizetype i = 0; i < size(); ++i) out.append((*this)[i]);
  return out;
}

bool FeatureValues::contains(const QString& value) const {
  for (qsizetype i = 0; i < size(); ++i) {
    if ((*this)[i] == value) return true;
  }
  return false;
}

bool FeatureValues::operator==(const FeatureValues& o) const {
  if (size() != o.size()) return false;
  for (qsizetype i = 0; i < size(); ++i) {
    if ((*this)[i] != o[i]) return false;
  }
  return true;
}

}  // namespace fangan
