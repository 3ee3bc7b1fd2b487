#pragma once
// An atlas: one page per grid (or town) of the project from the same layout, after contents
// pages that list every area with its page number, and a page footer "第 n 页 / 共 N 页" on
// every page. Page numbers count the contents pages, so the numbers printed, the contents and
// `--pages` all mean the same pages.

#include <QHash>
#include <QString>
#include <vector>

#include "layers/layout/Layout.h"
#include "layers/layout/LayoutDocument.h"

namespace fangan {

/// What an atlas has a page for.
enum class AtlasBy { Grid, Town };

class AtlasDocument : public LayoutDocument {
 public:
  /// Line height of a contents entry, millimetres.
  static constexpr double kContentsLineMm = 6.5;

  /// An atlas of `areas` (in page order). `variables` go to every page (date, source...);
  /// `title` heads the contents. `data` must outlive the document.
  AtlasDocument(Layout layout, const LayoutData& data, std::vector<LayoutArea> areas,
                QHash<QString, QString> variables, QString title);

  /// The areas of an atlas by grid (sorted by town, then grid id; only grids of `town` when it
  /// is not empty) or by town (sorted by name). Grids without polygon or buildings are left out.
  static std::vector<LayoutArea> areas(const LayoutData& data, AtlasBy by, const QString& town);

  const std::vector<LayoutArea>& areas() const { return areas_; }
  /// Number of contents pages at the front.
  int contentsPageCount() const { return contentsPages_; }
  /// Page number (1-based, as printed) of area `index`.
  int pageNumberOfArea(int index) const { return contentsPages_ + index + 1; }

  int pageCount() const override { return contentsPages_ + static_cast<int>(areas_.size()); }
  PageSetup pageSetup(int) const override { return layout_.pageSetup(); }
  QString fontFamily() const override { return layout_.fontFamily(); }
  QString title() const override { return title_; }
  QString pageName(int index) const override;
  bool paintPage(int index, QPainter& painter, const PaperUnits& units, MapRendering rendering,
                 const std::atomic<bool>* cancel) const override;

 private:
  struct ContentsLine {
    QString text;
    int area = -1;  ///< index into areas_, or -1 for a town heading
  };
  int linesPerPage() const;
  int columnsPerPage() const;
  void paintContents(int page, QPainter& painter, const PaperUnits& units) const;
  void paintFooter(int index, QPainter& painter, const PaperUnits& units) const;

  Layout layout_;
  const LayoutData& data_;
  std::vector<LayoutArea> areas_;
  QHash<QString, QString> variables_;
  QString title_;
  std::vector<ContentsLine> lines_;
  int contentsPages_ = 1;
};

}  // namespace fangan
