#include "layers/layout/PatrolSheetPdf.h"

#include <QDate>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineF>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <vector>

#include "gis/patrol/FieldResult.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutArea.h"
#include "layers/layout/LayoutDocument.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/NorthArrowItem.h"
#include "layers/layout/ScaleBarItem.h"

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// Sheet geometry in millimetres from the sheet's top-left corner: A4 portrait, 10 mm margins.
constexpr double kSheetWidth = 210;
constexpr double kSheetHeight = 297;
constexpr double kMargin = 10;
constexpr double kContentWidth = kSheetWidth - 2 * kMargin;
constexpr double kTitleHeight = 9;
constexpr double kSubtitleTop = kMargin + kTitleHeight + 0.5;
constexpr double kSubtitleHeight = 5.5;
constexpr double kRuleY = kSubtitleTop + kSubtitleHeight + 1;
constexpr double kMapTop = kRuleY + 2;
// The map is kMaxMapHeight tall, or shorter (not below kMinMapHeight) when the day's whole table
// then fits on the same page.
constexpr double kMaxMapHeight = 110;
constexpr double kMinMapHeight = 80;
constexpr double kCaptionGap = 1;  // map to caption line
constexpr double kCaptionHeight = 5;
constexpr double kBelowMap = kCaptionGap + kCaptionHeight + 1.5;  // map to table
constexpr double kTableTopAlone = kMapTop;
constexpr double kFooterHeight = 7;
constexpr double kFooterTop = kSheetHeight - kMargin - kFooterHeight;
constexpr double kTableBottom = kFooterTop - 1.5;
constexpr double kHeaderRowHeight = 8;
constexpr double kMinRowHeight = 10;  // room to write a result by hand
constexpr double kPadX = 1.2;
constexpr double kPadY = 1.0;
constexpr double kMapMargin = 0.08;  // room around the stops, as a fraction of their extent
constexpr double kMarkerRadius = 2.4;
constexpr double kPi = 3.14159265358979323846;

constexpr double kTitlePt = 15;
constexpr double kSubtitlePt = 9;
constexpr double kHeaderPt = 7.5;
constexpr double kBodyPt = 6.5;
constexpr double kCodePt = 7.5;
constexpr double kStampPt = 5.5;
constexpr double kOrderPt = 8;
constexpr double kMarkerPt = 7;
constexpr double kFooterPt = 6.5;

// Dark enough to read on a black-and-white printout, and unlike every hazard-grade colour.
const QColor kRouteColor(22, 38, 110);
const QColor kRuleColor(90, 90, 90);

enum class Cell { Order, Code, Address, Reasons, Check, Blank };

struct Column {
  const char* header;
  double width;  // mm; the widths add up to kContentWidth
  Cell cell;
};

const Column kColumns[] = {
    {"序号", 7, Cell::Order},      {"房屋编码\n校验码", 26, Cell::Code},
    {"地址", 22, Cell::Address},   {"列入巡查原因", 30, Cell::Reasons},
    {"检查要点", 49, Cell::Check}, {"检查日期", 14, Cell::Blank},
    {"检查人", 12, Cell::Blank},   {"检查结果", 17, Cell::Blank},
    {"备注", 13, Cell::Blank},
};

constexpr int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

double textHeight(const QFont& font, double width, const QString& text) {
  if (text.isEmpty()) return 0;
  return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e7), kTextFlags, text).height();
}

QString chineseDate(const Date& date) {
  const QDate d = QDate::fromString(q(date.toString()), QStringLiteral("yyyy-MM-dd"));
  if (!d.isValid()) return q(date.toString());
  static const char* const weekdays[] = {"一", "二", "三", "四", "五", "六", "日"};
  return QStringLiteral("%1年%2月%3日 星期%4")
      .arg(d.year())
      .arg(d.month())
      .arg(d.day())
      .arg(QString::fromUtf8(weekdays[d.dayOfWeek() - 1]));
}

QString lengthText(double metres) {
  if (metres < 1000) return QStringLiteral("%1 米").arg(std::lround(metres));
  return QStringLiteral("%1 千米").arg(metres / 1000, 0, 'f', 2);
}

// The footer line: what the results import understands (FieldResult.h).
QString resultsHint() {
  QStringList names;
  for (FieldResult r : allFieldResults()) names << q(fieldResultChinese(r));
  return QStringLiteral("检查结果填写：%1。校验码供结果回传时核对，请勿涂改。")
      .arg(names.join(QStringLiteral("、")));
}

QJsonObject mapProperties() {
  return QJsonObject{
      {QStringLiteral("theme"), QStringLiteral("hazard_grade")},
      {QStringLiteral("layers"),
       QJsonArray{QStringLiteral("zones"), QStringLiteral("lines"), QStringLiteral("buildings"),
                  QStringLiteral("grids"), QStringLiteral("pois")}},
      {QStringLiteral("building_labels"), QStringLiteral("code")},
      {QStringLiteral("building_labels_max_scale"), 2500},
      {QStringLiteral("mask_outside"), true},
      {QStringLiteral("mask_opacity"), 0.45},
      {QStringLiteral("outline_width_pt"), 1.2},
      {QStringLiteral("border_width_pt"), 0.8},
  };
}

/// One grid's patrol day: its route, its rows in visiting order and how tall each row prints.
struct SheetDay {
  PatrolRouteLine route;
  QString gridLabel;  // "拉马萨纳第4网格（G-LMA-04）"
  std::vector<PatrolStopRow> rows;
  std::vector<double> rowHeights;  // mm
  LayoutArea area;                 // the grid (outline, mask), or the stops' extent
};

/// What one page shows.
struct SheetPage {
  int day = -1;  // index into days_; -1 on the page of a sheet without stops
  std::size_t firstRow = 0;
  std::size_t rowCount = 0;
  double mapHeight = 0;  // mm; 0 on pages without the map
};

class PatrolSheetDocument : public LayoutDocument {
 public:
  PatrolSheetDocument(const LayoutData& data, const ManagerSheet& sheet,
                      const PatrolSheetPdfOptions& options)
      : data_(data),
        sheet_(sheet),
        options_(options),
        mapFrame_(ItemPlacement{},
                  ItemProperties(mapProperties(), QStringLiteral("patrol sheet map"))),
        scaleBar_(ItemPlacement{}, ItemProperties(QJsonObject{{QStringLiteral("font_pt"), 6.5}},
                                                  QStringLiteral("patrol sheet scale bar"))),
        northArrow_(ItemPlacement{}, ItemProperties(QJsonObject{{QStringLiteral("font_pt"), 8}},
                                                    QStringLiteral("patrol sheet north arrow"))),
        layers_(mapFrame_.renderLayers(data.map())) {
    const std::vector<PatrolStopRow> rows = sheet.stops();
    const PaperUnits units(options.dpi);
    for (const PatrolRouteLine& route : sheet.routes()) {
      SheetDay day;
      day.route = route;
      day.gridLabel = gridLabel(route.grid);
      Extent stops;
      for (const PatrolStopRow& row : rows) {
        if (row.grid != route.grid || row.day != route.day) continue;
        day.rows.push_back(row);
        day.rowHeights.push_back(rowHeight(row, units));
        stops.include(row.location.x, row.location.y);
      }
      try {
        day.area = gridArea(data, q(route.grid));
      } catch (const LayoutError&) {
        day.area = extentArea(stops, q(route.grid));
      }
      days_.push_back(std::move(day));
    }
    paginate();
  }

  int pageCount() const override { return static_cast<int>(pages_.size()); }

  PageSetup pageSetup(int) const override {
    PageSetup page;
    page.paper = PaperSize::A4;
    page.orientation = PageOrientation::Portrait;
    page.marginsMm = QMarginsF(kMargin, kMargin, kMargin, kMargin);
    return page;
  }

  QString title() const override {
    const QString who =
        sheet_.manager.empty()
            ? (sheet_.grids.empty() ? QString() : gridLabel(sheet_.grids.front()->grid.grid))
            : q(sheet_.manager);
    return QStringLiteral("网格巡查单 %1").arg(who).trimmed();
  }

  QString fontFamily() const override { return options_.fontFamily; }

  QString pageName(int index) const override {
    const SheetPage& page = pages_[static_cast<std::size_t>(index)];
    if (page.day < 0) return title();
    const SheetDay& day = days_[static_cast<std::size_t>(page.day)];
    return QStringLiteral("%1 第%2天").arg(q(day.route.grid)).arg(day.route.day);
  }

  bool paintPage(int index, QPainter& painter, const PaperUnits& units, MapRendering rendering,
                 const std::atomic<bool>* cancel) const override {
    const SheetPage& page = pages_[static_cast<std::size_t>(index)];
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintHeader(painter, units, page);
    bool complete = true;
    if (page.day < 0) {
      painter.setFont(units.font(options_.fontFamily, 11));
      painter.setPen(Qt::black);
      painter.drawText(units.mm(QRectF(kMargin, kMapTop + 20, kContentWidth, 20)),
                       Qt::AlignCenter | Qt::TextWordWrap,
                       QStringLiteral("计划期内没有需要巡查的房屋。"));
    } else {
      const SheetDay& day = days_[static_cast<std::size_t>(page.day)];
      const bool withMap = page.mapHeight > 0;
      if (withMap) complete = paintMap(painter, units, day, page.mapHeight, rendering, cancel);
      if (complete) {
        paintTable(painter, units, day, page,
                   withMap ? kMapTop + page.mapHeight + kBelowMap : kTableTopAlone);
      }
    }
    if (complete) paintFooter(painter, units, index);
    painter.restore();
    return complete && !(cancel && cancel->load(std::memory_order_relaxed));
  }

 private:
  QString gridLabel(const std::string& gridId) const {
    for (const GridPlan* g : sheet_.grids) {
      if (g->grid.grid == gridId && !g->grid.name.empty()) {
        return QStringLiteral("%1（%2）").arg(q(g->grid.name), q(gridId));
      }
    }
    return q(gridId);
  }

  QFont font(const PaperUnits& units, double points, bool bold = false) const {
    return units.font(options_.fontFamily, points, bold);
  }

  // The printed height of a row, mm: its tallest text plus padding, at least kMinRowHeight.
  double rowHeight(const PatrolStopRow& row, const PaperUnits& units) const {
    double tallest = 0;
    for (const Column& c : kColumns) {
      const double width = units.mm(c.width - 2 * kPadX);
      double h = 0;
      switch (c.cell) {
        case Cell::Code:
          h = textHeight(font(units, kCodePt), width, q(row.code)) +
              textHeight(font(units, kStampPt), width, q(row.stamp));
          break;
        case Cell::Address:
          h = textHeight(font(units, kBodyPt), width, q(row.address));
          break;
        case Cell::Reasons:
          h = textHeight(font(units, kBodyPt), width, q(row.reasons));
          break;
        case Cell::Check:
          h = textHeight(font(units, kBodyPt), width, q(row.whatToCheck));
          break;
        case Cell::Order:
        case Cell::Blank:
          break;
      }
      tallest = std::max(tallest, h);
    }
    return std::max(kMinRowHeight, tallest / units.mm(1.0) + 2 * kPadY);
  }

  // Pages: each day starts on a page with its map, shortened down to kMinMapHeight when the
  // whole table then fits below it; rows that still do not fit continue on pages of their own.
  // A page takes at least one row.
  void paginate() {
    for (std::size_t d = 0; d < days_.size(); ++d) {
      const SheetDay& day = days_[d];
      double table = kHeaderRowHeight;
      for (double h : day.rowHeights) table += h;
      const double room = kTableBottom - kMapTop - kBelowMap - table;
      const double mapHeight =
          room >= kMinMapHeight ? std::min(room, kMaxMapHeight) : kMaxMapHeight;
      SheetPage page{static_cast<int>(d), 0, 0, mapHeight};
      double y = kMapTop + mapHeight + kBelowMap + kHeaderRowHeight;
      for (std::size_t r = 0; r < day.rows.size(); ++r) {
        const double h = day.rowHeights[r];
        if (page.rowCount > 0 && y + h > kTableBottom) {
          pages_.push_back(page);
          page = SheetPage{static_cast<int>(d), r, 0, 0};
          y = kTableTopAlone + kHeaderRowHeight;
        }
        ++page.rowCount;
        y += h;
      }
      pages_.push_back(page);
    }
    if (pages_.empty()) pages_.push_back(SheetPage{});
  }

  void paintHeader(QPainter& painter, const PaperUnits& units, const SheetPage& page) const {
    QString area;
    QString when;
    if (page.day >= 0) {
      const SheetDay& day = days_[static_cast<std::size_t>(page.day)];
      area = day.gridLabel;
      when = QStringLiteral("　巡查日期：%1（第%2天）")
                 .arg(chineseDate(day.route.date))
                 .arg(day.route.day);
    } else if (!sheet_.grids.empty()) {
      area = gridLabel(sheet_.grids.front()->grid.grid);
    }
    QString title = QStringLiteral("网格巡查单");
    if (!area.isEmpty()) title += QStringLiteral("　") + area;
    if (page.day >= 0 && page.mapHeight <= 0) title += QStringLiteral("（续）");
    painter.setPen(Qt::black);
    painter.setFont(font(units, kTitlePt, true));
    painter.drawText(units.mm(QRectF(kMargin, kMargin, kContentWidth, kTitleHeight)),
                     Qt::AlignHCenter | Qt::AlignVCenter, title);

    QString subtitle = QStringLiteral("网格员：%1")
                           .arg(sheet_.manager.empty() ? QStringLiteral("—") : q(sheet_.manager));
    if (!sheet_.phone.empty()) subtitle += QStringLiteral("　电话：%1").arg(q(sheet_.phone));
    subtitle += when;
    painter.setFont(font(units, kSubtitlePt));
    painter.drawText(units.mm(QRectF(kMargin, kSubtitleTop, kContentWidth, kSubtitleHeight)),
                     Qt::AlignHCenter | Qt::AlignVCenter, subtitle);
    painter.setPen(QPen(kRuleColor, units.pt(0.6)));
    painter.drawLine(QPointF(units.mm(kMargin), units.mm(kRuleY)),
                     QPointF(units.mm(kMargin + kContentWidth), units.mm(kRuleY)));
  }

  bool paintMap(QPainter& painter, const PaperUnits& units, const SheetDay& day, double mapHeight,
                MapRendering rendering, const std::atomic<bool>* cancel) const {
    const QRectF frame = units.mm(QRectF(kMargin, kMapTop, kContentWidth, mapHeight));
    Extent extent;
    for (const PatrolStopRow& row : day.rows) extent.include(row.location.x, row.location.y);
    for (const RoutePoint& p : day.route.line) extent.include(p.x, p.y);

    LayoutContext context;
    context.data = &data_;
    context.area = &day.area;
    context.units = units;
    context.fontFamily = options_.fontFamily;
    context.layers = layers_;
    context.map = fitMapFrame(extent, frame, units, kMapMargin, true);
    context.rendering = rendering;
    context.cancel = cancel;
    mapFrame_.paint(painter, frame, context);
    if (context.cancelled()) return false;
    const MapFrameView& view = *context.map;

    painter.save();
    painter.setClipRect(frame);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintRoute(painter, units, view, day);
    paintStops(painter, units, view, day);
    painter.restore();

    // North arrow top right, scale bar bottom left on a white panel.
    northArrow_.paint(
        painter,
        QRectF(frame.right() - units.mm(11), frame.top() + units.mm(2), units.mm(9), units.mm(14)),
        context);
    const QRectF panel(frame.left() + units.mm(1.5), frame.bottom() - units.mm(11.5), units.mm(46),
                       units.mm(10));
    painter.save();
    painter.setPen(Qt::NoPen);
    QColor white = Qt::white;
    white.setAlphaF(0.85f);
    painter.setBrush(white);
    painter.drawRect(panel);
    painter.restore();
    scaleBar_.paint(painter, panel.adjusted(units.mm(1), units.mm(1.2), -units.mm(1), 0), context);

    paintCaption(painter, units, day, mapHeight);
    return true;
  }

  void paintRoute(QPainter& painter, const PaperUnits& units, const MapFrameView& view,
                  const SheetDay& day) const {
    QPolygonF line;
    for (const RoutePoint& p : day.route.line) line << view.toDevice(QPointF(p.x, p.y));
    if (line.size() < 2) return;
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::white, units.pt(4.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    painter.setPen(QPen(kRouteColor, units.pt(1.8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);

    // Arrowheads every 22 mm of paper along the line show the direction of travel.
    const double spacing = units.mm(22);
    const double size = units.mm(1.6);
    double next = spacing * 0.5;
    double walked = 0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kRouteColor);
    for (int i = 1; i < line.size(); ++i) {
      const QLineF leg(line[i - 1], line[i]);
      const double length = leg.length();
      while (length > 0 && next <= walked + length) {
        const QPointF at = leg.pointAt((next - walked) / length);
        const QPointF u = (leg.p2() - leg.p1()) / length;
        const QPointF n(-u.y(), u.x());
        painter.drawPolygon(QPolygonF({at + u * size, at - u * size * 0.6 + n * size * 0.8,
                                       at - u * size * 0.6 - n * size * 0.8}));
        next += spacing;
      }
      walked += length;
    }

    // A route that starts away from stop 1 (at the office) marks its start.
    if (!day.rows.empty()) {
      const RoutePoint& s = day.route.line.front();
      const RoutePoint& first = day.rows.front().location;
      if (std::hypot(s.x - first.x, s.y - first.y) > 1.0) {
        const QPointF at = line.front();
        const double h = units.mm(2.2);
        const QRectF box(at.x() - h, at.y() - h, 2 * h, 2 * h);
        painter.setPen(QPen(kRouteColor, units.pt(0.8)));
        painter.setBrush(Qt::white);
        painter.drawRect(box);
        painter.setFont(font(units, 6, true));
        painter.setPen(kRouteColor);
        painter.drawText(box, Qt::AlignCenter, QStringLiteral("起"));
      }
    }
  }

  // Numbered circles. A circle that would cover an earlier stop's moves aside, to the first
  // free place on rings around its stop, and a thin leader line points from it to the stop: every
  // number stays readable however close the buildings are. Circles are drawn last-first, so
  // that the earlier stops lie on top.
  void paintStops(QPainter& painter, const PaperUnits& units, const MapFrameView& view,
                  const SheetDay& day) const {
    const double r = units.mm(kMarkerRadius);
    const double apart = 2 * r + units.mm(0.4);
    const QRectF inside = view.deviceRect.adjusted(r, r, -r, -r);
    std::vector<QPointF> stops;
    std::vector<QPointF> circles;
    for (const PatrolStopRow& row : day.rows) {
      const QPointF stop = view.toDevice(QPointF(row.location.x, row.location.y));
      const auto free = [&](const QPointF& c) {
        return std::all_of(circles.begin(), circles.end(), [&](const QPointF& other) {
          return QLineF(c, other).length() >= apart;
        });
      };
      QPointF at = stop;
      for (int ring = 1; ring <= 6 && !free(at); ++ring) {
        for (int k = 0; k < 12; ++k) {
          // Up-right first: leaders then rarely cross the route, which mostly runs between stops.
          const double angle = kPi / 4 - k * kPi / 6;
          const QPointF c = stop + QPointF(std::cos(angle), -std::sin(angle)) * apart * ring;
          if (inside.contains(c) && free(c)) {
            at = c;
            break;
          }
        }
      }
      stops.push_back(stop);
      circles.push_back(at);
    }
    for (std::size_t i = 0; i < circles.size(); ++i) {
      if (circles[i] == stops[i]) continue;
      painter.setPen(QPen(kRouteColor, units.pt(0.7)));
      painter.drawLine(stops[i], circles[i]);
      painter.setPen(QPen(Qt::white, units.pt(0.5)));
      painter.setBrush(kRouteColor);
      painter.drawEllipse(stops[i], units.mm(0.7), units.mm(0.7));
    }
    painter.setFont(font(units, kMarkerPt, true));
    for (std::size_t i = circles.size(); i-- > 0;) {
      const QPointF at = circles[i];
      painter.setPen(QPen(Qt::white, units.pt(0.9)));
      painter.setBrush(kRouteColor);
      painter.drawEllipse(at, r, r);
      painter.setPen(Qt::white);
      painter.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                       QString::number(day.rows[i].order));
    }
  }

  // The line under the map: a key to the marker and the line, the day's count and length.
  void paintCaption(QPainter& painter, const PaperUnits& units, const SheetDay& day,
                    double mapHeight) const {
    const QRectF band =
        units.mm(QRectF(kMargin, kMapTop + mapHeight + kCaptionGap, kContentWidth, kCaptionHeight));
    const double cy = band.center().y();
    const double r = units.mm(1.8);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    double x = band.left() + r;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kRouteColor);
    painter.drawEllipse(QPointF(x, cy), r, r);
    painter.setFont(font(units, 5.5, true));
    painter.setPen(Qt::white);
    painter.drawText(QRectF(x - r, cy - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("1"));
    x += r + units.mm(1.2);

    const QFont text = font(units, 7.5);
    const QFontMetricsF m(text);
    painter.setFont(text);
    painter.setPen(Qt::black);
    const QString order = QStringLiteral("巡查顺序（与下表序号一致）");
    painter.drawText(QRectF(x, band.top(), m.horizontalAdvance(order) + 2, band.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, order);
    x += m.horizontalAdvance(order) + units.mm(4);

    painter.setPen(QPen(kRouteColor, units.pt(1.8), Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(x, cy), QPointF(x + units.mm(7), cy));
    x += units.mm(8.5);
    QString route = QStringLiteral("建议路线");
    if (day.route.length > 0) {
      route += QStringLiteral(" 约%1").arg(lengthText(day.route.length));
      if (day.route.priorityOrderLength > day.route.length + 0.5) {
        route +=
            QStringLiteral("（按优先级顺序走约%1）").arg(lengthText(day.route.priorityOrderLength));
      }
    }
    painter.setPen(Qt::black);
    painter.drawText(QRectF(x, band.top(), band.right() - x, band.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, route);
    painter.setFont(font(units, 7.5, true));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("本日 %1 处").arg(day.rows.size()));
    painter.restore();
  }

  void paintTable(QPainter& painter, const PaperUnits& units, const SheetDay& day,
                  const SheetPage& page, double topMm) const {
    const QPen grid(kRuleColor, units.pt(0.5));
    double y = topMm;
    // Header row.
    double x = kMargin;
    painter.setFont(font(units, kHeaderPt, true));
    for (const Column& c : kColumns) {
      const QRectF cell = units.mm(QRectF(x, y, c.width, kHeaderRowHeight));
      painter.setPen(grid);
      painter.setBrush(QColor(232, 232, 232));
      painter.drawRect(cell);
      painter.setPen(Qt::black);
      painter.drawText(cell.adjusted(units.mm(0.5), 0, -units.mm(0.5), 0),
                       Qt::AlignCenter | Qt::TextWordWrap, QString::fromUtf8(c.header));
      x += c.width;
    }
    y += kHeaderRowHeight;
    painter.setBrush(Qt::NoBrush);

    for (std::size_t r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
      const PatrolStopRow& row = day.rows[r];
      const double h = day.rowHeights[r];
      x = kMargin;
      for (const Column& c : kColumns) {
        const QRectF cell = units.mm(QRectF(x, y, c.width, h));
        painter.setPen(grid);
        painter.drawRect(cell);
        const QRectF inner =
            cell.adjusted(units.mm(kPadX), units.mm(kPadY), -units.mm(kPadX), -units.mm(kPadY));
        painter.setPen(Qt::black);
        switch (c.cell) {
          case Cell::Order:
            painter.setFont(font(units, kOrderPt, true));
            painter.drawText(cell, Qt::AlignCenter, QString::number(row.order));
            break;
          case Cell::Code: {
            const QFont code = font(units, kCodePt);
            painter.setFont(code);
            const double codeHeight = textHeight(code, inner.width(), q(row.code));
            painter.drawText(inner, kTextFlags, q(row.code));
            painter.setFont(font(units, kStampPt));
            painter.setPen(QColor(96, 96, 96));
            painter.drawText(inner.adjusted(0, codeHeight, 0, 0), kTextFlags, q(row.stamp));
            break;
          }
          case Cell::Address:
            painter.setFont(font(units, kBodyPt));
            painter.drawText(inner, kTextFlags, q(row.address));
            break;
          case Cell::Reasons:
            painter.setFont(font(units, kBodyPt));
            painter.drawText(inner, kTextFlags, q(row.reasons));
            break;
          case Cell::Check:
            painter.setFont(font(units, kBodyPt));
            painter.drawText(inner, kTextFlags, q(row.whatToCheck));
            break;
          case Cell::Blank:
            break;
        }
        x += c.width;
      }
      y += h;
    }
    // A heavier frame around the whole table.
    painter.setPen(QPen(Qt::black, units.pt(0.9)));
    painter.drawRect(units.mm(QRectF(kMargin, topMm, kContentWidth, y - topMm)));
  }

  void paintFooter(QPainter& painter, const PaperUnits& units, int index) const {
    const QRectF band = units.mm(QRectF(kMargin, kFooterTop, kContentWidth, kFooterHeight));
    const double numberWidth = units.mm(26);
    painter.setPen(QColor(64, 64, 64));
    painter.setFont(font(units, kFooterPt));
    painter.drawText(band.adjusted(0, 0, -numberWidth, 0),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, resultsHint());
    painter.setFont(font(units, 7.5));
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("第 %1 页 / 共 %2 页").arg(index + 1).arg(pageCount()));
  }

  const LayoutData& data_;
  const ManagerSheet& sheet_;
  PatrolSheetPdfOptions options_;
  MapFrameItem mapFrame_;
  ScaleBarItem scaleBar_;
  NorthArrowItem northArrow_;
  std::vector<RenderLayer> layers_;
  std::vector<SheetDay> days_;
  std::vector<SheetPage> pages_;
};

}  // namespace

PatrolSheetPdfWriter::PatrolSheetPdfWriter(const LayoutData& data, PatrolSheetPdfOptions options)
    : data_(data), options_(std::move(options)) {}

void PatrolSheetPdfWriter::write(const ManagerSheet& sheet, int srid,
                                 const std::string& path) const {
  if (srid != 0 && data_.srid() != 0 && srid != data_.srid()) {
    throw LayoutError(
        QStringLiteral("无法写入 %1：巡查计划的坐标系 EPSG:%2 与项目地图 EPSG:%3 不同")
            .arg(q(path))
            .arg(srid)
            .arg(data_.srid())
            .toStdString());
  }
  const HeadlessGui gui;  // a no-op when the program already has its Qt application
  const PatrolSheetDocument document(data_, sheet, options_);
  ExportOptions options;
  options.dpi = options_.dpi;
  options.rendering = options_.rendering;
  exportDocument(document, q(path), options);
}

}  // namespace fangan
