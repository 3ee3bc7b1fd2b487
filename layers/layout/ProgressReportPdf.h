#pragma once
// The periodic progress report as an A4 portrait PDF (docs/rules.md#report), through the layout
// engine's exporter (vector, fonts embedded, text searchable). Pages flow:
//   - the title (e.g. XX区房屋安全隐患排查整治工作周报), the period and the as-of date;
//   - 一、总体情况: the generated summary paragraph (gis/report/ReportSummary.h);
//   - 二、各镇街（网格）进度: the table (ReportTable.h), continued on the next page with its header
//     when it does not fit;
//   - 三、排名与滞后: the ranking and the laggards with their figures;
//   - 四、趋势: the chart of the last periods (ReportTrendChart.h);
//   - how the figures are counted, and a footer with the page number.
// Painting needs a QGuiApplication; write opens a HeadlessGui scope when the process has none.

#include <QString>
#include <string>

#include "gis/report/ProgressReport.h"

namespace fangan {

struct ProgressReportPdfOptions {
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  std::string district;  ///< the district's name for the title ("" leaves it out)
  Date made;             ///< the day the report was made, printed in the footer
};

/// Writes `report` to `path` (.pdf). Throws LayoutError naming the file when it cannot.
void writeProgressReportPdf(const ProgressReport& report, const std::string& path,
                            const ProgressReportPdfOptions& options);

}  // namespace fangan
