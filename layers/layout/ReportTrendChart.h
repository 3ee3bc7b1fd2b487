#pragma once
// The progress report's trend chart (docs/rules.md#report): survey coverage and the three ledger
// rates at the ends of the last periods, as lines on a 0–100 % scale with a legend, the period
// ends beneath and the latest values at the right end of each line. Painted with QPainter so
// that it stays vector in the PDF.

#include <QPainter>
#include <QRectF>
#include <QString>
#include <vector>

#include "gis/report/ProgressReport.h"
#include "layers/layout/PaperUnits.h"

namespace fangan {

/// Paints `trend` into `frameMm` (millimetres on the sheet).
void paintReportTrendChart(QPainter& painter, const PaperUnits& units, const QString& fontFamily,
                           const QRectF& frameMm, const std::vector<TrendPoint>& trend);

}  // namespace fangan
