#pragma once
// The statistics table item: StatisticsTable of the page's area drawn as a ruled table that
// fits its box (smaller type first; then, when rows still overflow, the middle rows give way to a
// "… 另 N 行" line and the total row stays).
//
// Template properties (all optional):
//   "rows": "subareas" | "categories" | "zone_types"
//   "columns": ["surveyed", "initial_hazard", ...]   keys of statisticsColumnKeys()
//   "scope": "self_built" | "all"                    ledger columns: self-built houses only (the
//                                                    docs/rules.md#ledger) or every building
//   "caption": "{area}排查整治情况"                   "" for none
//   "font_pt": 7

#include <QStringList>

#include "layers/layout/ItemProperties.h"
#include "layers/layout/LayoutItem.h"
#include "layers/layout/StatisticsTable.h"

namespace fangan {

class StatisticsTableItem : public LayoutItem {
 public:
  StatisticsTableItem(ItemPlacement placement, const ItemProperties& properties);

  QString type() const override { return QStringLiteral("table"); }
  /// The table this item shows for the page of `context`.
  StatisticsTable table(const LayoutContext& context) const;
  void paint(QPainter& painter, const QRectF& rect, const LayoutContext& context) const override;

 private:
  TableRows rows_ = TableRows::Subareas;
  QStringList columns_;
  LedgerScope scope_ = LedgerScope::SelfBuiltOnly;
  QString caption_;
  double fontPt_ = 7;
};

}  // namespace fangan
