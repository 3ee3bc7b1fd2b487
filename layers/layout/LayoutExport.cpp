#include "layers/layout/LayoutExport.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

#include "layers/layout/LayoutError.h"
#include "layers/layout/PdfToUnicodeRepair.h"

namespace fangan {
namespace {

[[noreturn]] void fail(const QString& path, const QString& why) {
  throw LayoutError(QStringLiteral("无法写入 %1：%2").arg(path, why).toStdString());
}

QPageLayout pageLayoutOf(const PageSetup& setup) {
  // Margins are the layout's business (items are placed inside them): the PDF page is the
  // whole sheet.
  return QPageLayout(QPageSize(setup.paper == PaperSize::A3 ? QPageSize::A3 : QPageSize::A4),
                     setup.orientation == PageOrientation::Portrait ? QPageLayout::Portrait
                                                                    : QPageLayout::Landscape,
                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

// "map.png" → "map-3.png" for page 3 of several.
QString numberedPath(const QString& path, int pageNumber, bool several) {
  if (!several) return path;
  const QFileInfo info(path);
  return info.dir().filePath(
      QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(pageNumber).arg(info.suffix()));
}

bool keepGoing(const ExportOptions& options, int done, int total, const QString& name) {
  if (options.cancel && options.cancel->load(std::memory_order_relaxed)) return false;
  return !options.progress || options.progress(done, total, name);
}

void openOrFail(QSaveFile& file) {
  if (!file.open(QIODevice::WriteOnly)) fail(file.fileName(), file.errorString());
}

void commitOrFail(QSaveFile& file) {
  if (!file.commit()) fail(file.fileName(), file.errorString());
}

}  // namespace

std::optional<ExportFormat> exportFormatOf(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("pdf")) return ExportFormat::Pdf;
  if (suffix == QLatin1String("png")) return ExportFormat::Png;
  if (suffix == QLatin1String("svg")) return ExportFormat::Svg;
  return std::nullopt;
}

QImage renderPageImage(const LayoutDocument& document, int index, double dpi,
                       MapRendering rendering, const std::atomic<bool>* cancel) {
  const QSize size = document.pageSetup(index).pixelSize(dpi);
  QImage image(size, QImage::Format_RGB32);
  const int dotsPerMetre = static_cast<int>(std::lround(dpi / 0.0254));
  image.setDotsPerMeterX(dotsPerMetre);
  image.setDotsPerMeterY(dotsPerMetre);
  image.fill(Qt::white);
  QPainter painter(&image);
  document.paintPage(index, painter, PaperUnits(dpi), rendering, cancel);
  painter.end();
  image.setText(QStringLiteral("Title"), document.title());
  image.setText(QStringLiteral("Software"), QStringLiteral("房安 Fangan"));
  return image;
}

ExportResult exportDocument(const LayoutDocument& document, const QString& path,
                            const ExportOptions& options) {
  const std::optional<ExportFormat> format = exportFormatOf(path);
  if (!format) fail(path, QStringLiteral("只支持 .pdf、.png、.svg"));
  if (!(options.dpi >= 10 && options.dpi <= 2400)) {
    fail(path, QStringLiteral("分辨率 %1 dpi 不合理").arg(options.dpi));
  }
  std::vector<int> pages = options.pages;
  if (pages.empty()) {
    for (int i = 0; i < document.pageCount(); ++i) pages.push_back(i);
  }
  for (int p : pages) {
    if (p < 0 || p >= document.pageCount()) fail(path, QStringLiteral("没有第 %1 页").arg(p + 1));
  }
  const int total = static_cast<int>(pages.size());
  ExportResult result;

  if (*format == ExportFormat::Pdf) {
    // Written to memory first: the text maps are repaired before the file is.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(static_cast<int>(std::lround(options.dpi)));
    writer.setPageLayout(pageLayoutOf(document.pageSetup(pages.front())));
    writer.setTitle(document.title());
    writer.setCreator(QStringLiteral("房安 Fangan"));
    QPainter painter(&writer);
    if (!painter.isActive()) fail(path, QStringLiteral("PDF 设备无法绘制"));
    const PaperUnits units(writer.resolution());
    for (int i = 0; i < total; ++i) {
      const int page = pages[static_cast<std::size_t>(i)];
      if (!keepGoing(options, i, total, document.pageName(page))) {
        result.cancelled = true;
        break;
      }
      if (i > 0) {
        writer.setPageLayout(pageLayoutOf(document.pageSetup(page)));
        writer.newPage();
      }
      if (!document.paintPage(page, painter, units, options.rendering, options.cancel)) {
        result.cancelled = true;
        break;
      }
      ++result.pagesWritten;
    }
    painter.end();
    if (result.cancelled) return result;
    QByteArray pdf = buffer.buffer();
    repairPdfToUnicode(pdf, document.fontFamily());
    QSaveFile file(path);
    openOrFail(file);
    if (file.write(pdf) != pdf.size()) fail(path, file.errorString());
    commitOrFail(file);
    result.files << path;
  } else {
    const bool several = total > 1;
    for (int i = 0; i < total; ++i) {
      const int page = pages[static_cast<std::size_t>(i)];
      if (!keepGoing(options, i, total, document.pageName(page))) {
        result.cancelled = true;
        break;
      }
      const QString target = numberedPath(path, page + 1, several);
      QSaveFile file(target);
      openOrFail(file);
      bool complete = true;
      if (*format == ExportFormat::Png) {
        const QImage image =
            renderPageImage(document, page, options.dpi, options.rendering, options.cancel);
        complete = !(options.cancel && options.cancel->load());
        if (complete && !image.save(&file, "PNG")) fail(target, file.errorString());
      } else {
        const QSize size = document.pageSetup(page).pixelSize(options.dpi);
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(static_cast<int>(std::lround(options.dpi)));
        svg.setTitle(document.title());
        svg.setDescription(QStringLiteral("房安 Fangan"));
        QPainter painter(&svg);
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        complete = document.paintPage(page, painter, PaperUnits(options.dpi), options.rendering,
                                      options.cancel);
        painter.end();
      }
      if (!complete) {
        file.cancelWriting();
        file.commit();
        result.cancelled = true;
        break;
      }
      commitOrFail(file);
      result.files << target;
      ++result.pagesWritten;
    }
  }
  if (!result.cancelled && options.progress) options.progress(total, total, QString());
  return result;
}

}  // namespace fangan
