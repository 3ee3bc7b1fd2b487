#pragma once
// One row of a ruled table on a printed page (building archive, spot-check ledger): cells side
// by side with a thin frame each, the header row bold on a light fill, text elided to fit.

#include <QColor>
#include <QPainter>
#include <QStringList>
#include <functional>
#include <vector>

#include "layers/layout/PaperUnits.h"

namespace fangan {

struct RuledTableStyle {
  QString fontFamily;
  double headerPt = 8;   ///< header row, bold
  double cellPt = 7;     ///< body rows
  double rowHeight = 6;  ///< mm
  double padX = 1.2;     ///< mm inside each cell, left and right
  QColor rule{90, 90, 90};
  QColor headerFill{232, 236, 242};
  /// The ink of a body cell's text (black when unset), e.g. red for a flagged verdict.
  std::function<QColor(const QString&)> ink;
};

/// Paints `cells` with their `widths` (mm) from the top-left corner (`leftMm`, `topMm`).
void paintRuledTableRow(QPainter& painter, const PaperUnits& units, const RuledTableStyle& style,
                        const QStringList& cells, const std::vector<double>& widths, double leftMm,
                        double topMm, bool header);

}  // namespace fangan
