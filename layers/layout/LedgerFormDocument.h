#pragma once
// A campaign form (gis/analysis/LedgerForm.h) as a layout document (docs/rules.md#ledger-forms):
// landscape pages (A3 for attachment 2's eighteen columns, A4 for attachment 1) with the
// attachment number, the title, the 填报人 / 填报时间 line and the unit, the header rows with the
// seed's merged cells drawn as boxes, the area rows and 合计, and the signature line
// 主要负责同志签字 / 单位（盖章） under the table. Rates print as percentages ("81.25%"), a zero
// denominator as "—", the 线上检查 cells stay empty. When the areas do not fit on one page the
// table continues on the next with the header repeated; every page carries the signature line
// and, for more than one page, "第 n 页 共 m 页".
// Construct it inside a QGuiApplication (HeadlessGui): row heights are measured with fonts.

#include <QString>
#include <vector>

#include "gis/analysis/LedgerForm.h"
#include "layers/layout/LayoutDocument.h"

namespace fangan {

class LedgerFormDocument : public LayoutDocument {
 public:
  explicit LedgerFormDocument(LedgerForm form,
                              QString fontFamily = QStringLiteral("Noto Sans CJK SC"));

  int pageCount() const override { return static_cast<int>(pages_.size()); }
  PageSetup pageSetup(int index) const override;
  QString title() const override;
  QString fontFamily() const override { return fontFamily_; }
  QString pageName(int index) const override;
  bool paintPage(int index, QPainter& painter, const PaperUnits& units, MapRendering rendering,
                 const std::atomic<bool>* cancel) const override;

 private:
  struct Page {
    std::size_t firstRow = 0;
    std::size_t rowCount = 0;
  };
  double contentWidth() const;
  double columnLeft(int col) const;  // mm from the left margin
  void measureHeader();
  void measureBody();
  void paginate();
  void paintTop(QPainter& painter, const PaperUnits& units) const;
  double paintHeader(QPainter& painter, const PaperUnits& units, double top) const;
  void paintRow(QPainter& painter, const PaperUnits& units, std::size_t row, double top) const;

  LedgerForm form_;
  QString fontFamily_;
  PageSetup setup_;
  std::vector<double> columns_;        // widths in mm
  std::vector<double> headerHeights_;  // mm per header row
  std::vector<double> bodyHeights_;    // mm per body row: long names wrap
  std::vector<Page> pages_;
};

}  // namespace fangan
