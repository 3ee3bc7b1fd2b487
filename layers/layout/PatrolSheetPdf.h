#pragma once
// The printed patrol sheet (issue 6 item 3): the layout engine's implementation of the
// PatrolSheetWriter hook (gis/patrol/PatrolSheet.h). One A4 portrait PDF per manager with, for
// every grid and patrol day that has stops, a page of
//   - a title: 网格巡查单 with the grid's name and id, the manager, phone, date and day;
//   - a map frame of the project map (buildings by hazard grade, roads, grids, zones, POIs;
//     outside the grid dimmed) zoomed to the day's stops, with the route line and the stops as
//     numbered circles (the visiting order) on top, a scale bar and a north arrow;
//   - the table of the day's stops in visiting order: 序号, 房屋编码 with the 校验码 (stamp)
//     printed small beneath, 地址, 列入巡查原因, 检查要点, and blank columns 检查日期, 检查人,
//     检查结果, 备注 to fill in by hand;
//   - a footer listing the results the import understands, and the page number.
// A table that does not fit continues on pages of its own (title marked 续, no map). A sheet
// without any stop gets one page that says so. Rows, numbering and order are the ManagerSheet's,
// so the paper and the spreadsheet agree.
//
// Text is real text in the layout font (PaperUnits::font, no shaping) and the PDF goes through
// exportDocument, which repairs the ToUnicode maps: codes and Chinese can be searched and copied.
// Painting needs a QGuiApplication; write() opens a HeadlessGui scope when the process has none.

#include <QString>
#include <string>

#include "gis/patrol/PatrolSheet.h"
#include "layers/layout/LayoutContext.h"
#include "layers/layout/LayoutData.h"

namespace fangan {

struct PatrolSheetPdfOptions {
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
  double dpi = 300;  ///< coordinate precision, and resolution of a map drawn as an image
  MapRendering rendering = MapRendering::Auto;
};

class PatrolSheetPdfWriter : public PatrolSheetWriter {
 public:
  /// `data` (the project's map, grids and buildings) must outlive the writer.
  explicit PatrolSheetPdfWriter(const LayoutData& data, PatrolSheetPdfOptions options = {});

  std::string extension() const override { return "pdf"; }
  /// Writes the sheet. Throws std::runtime_error (LayoutError) naming the file when it cannot
  /// be written, or when `srid` is not the project's CRS.
  void write(const ManagerSheet& sheet, int srid, const std::string& path) const override;

 private:
  const LayoutData& data_;
  PatrolSheetPdfOptions options_;
};

}  // namespace fangan
