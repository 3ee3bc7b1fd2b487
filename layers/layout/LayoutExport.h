#pragma once
// Writing layout documents to files: vector PDF (QPdfWriter: text stays text, fonts embedded
// as subsets), PNG at a chosen resolution, and SVG (QSvgGenerator). Every format paints through
// LayoutDocument::paintPage, so they differ only in the device. Files are written to a
// temporary name and renamed at the end: a failed or cancelled export leaves no half file.

#include <QImage>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include "layers/layout/LayoutDocument.h"

namespace fangan {

enum class ExportFormat { Pdf, Png, Svg };

/// The format of a file name by its extension (.pdf, .png, .svg, any case), or nothing.
std::optional<ExportFormat> exportFormatOf(const QString& path);

struct ExportOptions {
  /// Device resolution: PNG pixels per inch; for PDF the precision of coordinates and the
  /// resolution of a map drawn as an image; SVG user units per inch.
  double dpi = 300;
  MapRendering rendering = MapRendering::Auto;
  std::vector<int> pages;  ///< 0-based pages to write; empty means all
  /// Called before each page with (pages done, pages to do, name of the next page) and once at
  /// the end; returning false cancels the export.
  std::function<bool(int, int, const QString&)> progress;
  const std::atomic<bool>* cancel = nullptr;  ///< raised from another thread to cancel
};

struct ExportResult {
  QStringList files;  ///< files written (PNG and SVG write one per page)
  int pagesWritten = 0;
  bool cancelled = false;
};

/// Writes `document` to `path` in the format of its extension. A PDF holds all chosen pages;
/// PNG and SVG write one file per page, "NAME-<page>.png" when there is more than one.
/// Throws LayoutError naming the file when it cannot be written.
ExportResult exportDocument(const LayoutDocument& document, const QString& path,
                            const ExportOptions& options);

/// Page `index` as an image of the sheet at `dpi` (white background). For previews and PNG.
QImage renderPageImage(const LayoutDocument& document, int index, double dpi,
                       MapRendering rendering = MapRendering::Auto,
                       const std::atomic<bool>* cancel = nullptr);

}  // namespace fangan
