#pragma once
// The progress report's table of areas (docs/rules.md#report): one row per area in ranking
// order, the area without a town / grid after them and the total last; the figures at the
// period's end with the change during the period beside them. Laggards are marked: coverage or
// rectification rate below the total's on a light red ground, overdue appraisal orders in red.

#include <QPainter>
#include <QString>
#include <vector>

#include "gis/report/ProgressReport.h"
#include "layers/layout/PaperUnits.h"

namespace fangan {

/// The rows in print order (pointers into `report`).
std::vector<const ReportRow*> reportTableRows(const ProgressReport& report);

/// Table geometry in millimetres.
struct ReportTableMetrics {
  static constexpr double kWidth = 184;
  static constexpr double kHeaderHeight = 9;
  static constexpr double kRowHeight = 5.6;
};

/// Paints the header and rows [first, first + count) of `rows` with the table's top-left corner
/// at (`leftMm`, `topMm`).
void paintReportTable(QPainter& painter, const PaperUnits& units, const QString& fontFamily,
                      const ProgressReport& report, const std::vector<const ReportRow*>& rows,
                      std::size_t first, std::size_t count, double leftMm, double topMm);

}  // namespace fangan
