#include "layers/layout/HazardNoticePdf.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonObject>
#include <QPen>
#include <algorithm>

#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutArea.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/NorthArrowItem.h"
#include "layers/layout/ScaleBarItem.h"

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// A4 portrait in millimetres, 18 mm side margins (an official letter), 15 mm top and bottom.
constexpr double kWidth = 210;
constexpr double kHeight = 297;
constexpr double kSide = 18;
constexpr double kTop = 15;
constexpr double kBottom = kHeight - 15;
constexpr double kContentWidth = kWidth - 2 * kSide;
constexpr double kMapWidth = 78;
constexpr double kMapHeight = 62;
constexpr double kInfoWidth = kContentWidth - kMapWidth - 4;
constexpr double kInfoRow = 12.4;  // 5 rows fill the map's height
constexpr double kInfoLabel = 20;

constexpr double kOfficePt = 12;
constexpr double kTitlePt = 20;
constexpr double kNumberPt = 9.5;
constexpr double kBodyPt = 10;
constexpr double kHeadPt = 10.5;
constexpr double kSmallPt = 7.5;

const QColor kRuleColor(90, 90, 90);
const QColor kLabelFill(238, 241, 245);
const QColor kHighlight(215, 25, 28);
const QColor kSealColor(200, 30, 30);

constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QJsonObject mapProperties() {
  return QJsonObject{
      {QStringLiteral("theme"), QStringLiteral("hazard_grade")},
      {QStringLiteral("layers"), QJsonArray{QStringLiteral("zones"), QStringLiteral("lines"),
                                            QStringLiteral("buildings"), QStringLiteral("pois")}},
      {QStringLiteral("building_labels"), QStringLiteral("code")},
      {QStringLiteral("building_labels_max_scale"), 1500},
      {QStringLiteral("outline_width_pt"), 0.8},
      {QStringLiteral("border_width_pt"), 0.8},
  };
}

class NoticeDocument : public LayoutDocument {
 public:
  NoticeDocument(const LayoutData& data, const std::vector<NoticeContent>& notices, QString family)
      : data_(data),
        notices_(notices),
        family_(std::move(family)),
        mapFrame_(ItemPlacement{},
                  ItemProperties(mapProperties(), QStringLiteral("hazard notice map"))),
        scaleBar_(ItemPlacement{}, ItemProperties(QJsonObject{{QStringLiteral("font_pt"), 6}},
                                                  QStringLiteral("hazard notice scale bar"))),
        northArrow_(ItemPlacement{}, ItemProperties(QJsonObject{{QStringLiteral("font_pt"), 7}},
                                                    QStringLiteral("hazard notice north arrow"))),
        layers_(mapFrame_.renderLayers(data.map())) {}

  int pageCount() const override { return static_cast<int>(notices_.size()); }
  PageSetup pageSetup(int) const override {
    PageSetup p;
    p.paper = PaperSize::A4;
    p.orientation = PageOrientation::Portrait;
    p.marginsMm = QMarginsF(kSide, kTop, kSide, kHeight - kBottom);
    return p;
  }
  QString title() const override {
    return notices_.empty() ? QStringLiteral("隐患通知书") : q(notices_.front().title);
  }
  QString fontFamily() const override { return family_; }
  QString pageName(int index) const override {
    return q(notices_[static_cast<std::size_t>(index)].number);
  }

  bool paintPage(int index, QPainter& painter, const PaperUnits& u, MapRendering rendering,
                 const std::atomic<bool>* cancel) const override {
    if (cancel && cancel->load()) return false;
    const NoticeContent& n = notices_[static_cast<std::size_t>(index)];
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(Qt::black);
    double y = kTop;
    // Header: office, title, number, a double rule.
    painter.setFont(u.font(family_, kOfficePt, true));
    painter.drawText(u.mm(QRectF(kSide, y, kContentWidth, 7)), Qt::AlignCenter, q(n.office));
    y += 8;
    painter.setPen(kSealColor);
    painter.setFont(u.font(family_, kTitlePt, true));
    painter.drawText(u.mm(QRectF(kSide, y, kContentWidth, 11)), Qt::AlignCenter, q(n.title));
    y += 12;
    painter.setPen(Qt::black);
    painter.setFont(u.font(family_, kNumberPt));
    QString number = QStringLiteral("编号：%1").arg(q(n.number));
    if (n.reissue) number += QStringLiteral("（再次下达）");
    painter.drawText(u.mm(QRectF(kSide, y, kContentWidth, 5)), Qt::AlignRight | Qt::AlignVCenter,
                     number);
    y += 6;
    painter.setPen(QPen(kSealColor, u.pt(1.4)));
    painter.drawLine(QPointF(u.mm(kSide), u.mm(y)), QPointF(u.mm(kWidth - kSide), u.mm(y)));
    painter.setPen(QPen(kSealColor, u.pt(0.5)));
    painter.drawLine(QPointF(u.mm(kSide), u.mm(y + 0.9)),
                     QPointF(u.mm(kWidth - kSide), u.mm(y + 0.9)));
    y += 4;

    painter.setPen(Qt::black);
    painter.setFont(u.font(family_, kHeadPt, true));
    y = paragraph(painter, u, q(n.salutation), y, kHeadPt, true, 0) + 1;
    y = paragraph(painter, u, q(n.opening), y, kBodyPt, false, 2) + 3;

    // Record box beside the location map.
    paintInfo(painter, u, n, y);
    if (!paintMap(painter, u, n, QRectF(kSide + kInfoWidth + 4, y, kMapWidth, kMapHeight),
                  rendering, cancel)) {
      painter.restore();
      return false;
    }
    y += kMapHeight + 4;

    y = section(painter, u, QStringLiteral("一、存在的安全隐患"), n.findings, y);
    std::vector<std::string> actions = n.actions;
    y = section(painter, u, QStringLiteral("二、整改要求"), actions, y);
    painter.setFont(u.font(family_, kBodyPt, true));
    const QString deadline = n.deadline ? QStringLiteral("整改期限：%1年%2月%3日前")
                                              .arg(n.deadline->year)
                                              .arg(n.deadline->month)
                                              .arg(n.deadline->day)
                                        : QStringLiteral("整改期限：＿＿＿＿年＿＿月＿＿日前");
    y = paragraph(painter, u, deadline, y, kBodyPt, true, 2) + 2;
    y = section(painter, u, QStringLiteral("三、依据"), n.legalBasis, y, false);
    y = paragraph(painter, u, q(n.closing), y, kBodyPt, false, 2) + 4;

    paintSignatures(painter, u, n, std::max(y, kBottom - 36));
    painter.setFont(u.font(family_, kSmallPt));
    painter.setPen(kRuleColor);
    painter.drawText(u.mm(QRectF(kSide, kBottom - 5, kContentWidth, 5)),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("第 %1 / %2 页").arg(index + 1).arg(pageCount()));
    painter.drawText(u.mm(QRectF(kSide, kBottom - 5, kContentWidth, 5)),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("本通知书一式两份，产权人（使用人）和下达单位各执一份。"));
    painter.restore();
    return true;
  }

 private:
  // Draws wrapped text at y (mm) with a first-line indent of `indentChars` characters; returns
  // the y below it.
  double paragraph(QPainter& painter, const PaperUnits& u, const QString& text, double y,
                   double points, bool bold, int indentChars, double left = kSide,
                   double width = kContentWidth) const {
    if (text.isEmpty()) return y;
    const QFont font = u.font(family_, points, bold);
    painter.setFont(font);
    const QString shown = QString(indentChars, QChar(0x3000)) + text;
    const QRectF box = u.mm(QRectF(left, y, width, kBottom - y));
    const QRectF used = QFontMetricsF(font).boundingRect(box, kWrap, shown);
    painter.drawText(box, kWrap, shown);
    return y + used.height() / u.mm(1.0);
  }

  double section(QPainter& painter, const PaperUnits& u, const QString& heading,
                 const std::vector<std::string>& lines, double y, bool numbered = true) const {
    painter.setPen(Qt::black);
    y = paragraph(painter, u, heading, y, kHeadPt, true, 0) + 0.8;
    int k = 0;
    for (const std::string& line : lines) {
      const QString text = numbered ? QStringLiteral("%1. %2").arg(++k).arg(q(line)) : q(line);
      y = paragraph(painter, u, text, y, kBodyPt, false, numbered ? 0 : 2, kSide + 4,
                    kContentWidth - 4) +
          0.6;
    }
    if (lines.empty())
      y = paragraph(painter, u, QStringLiteral("（无）"), y, kBodyPt, false, 0, kSide + 4,
                    kContentWidth - 4);
    return y + 2;
  }

  void paintInfo(QPainter& painter, const PaperUnits& u, const NoticeContent& n, double y) const {
    const QString blank;
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("房屋编码"), q(n.code)},   {QStringLiteral("房屋地址"), q(n.address)},
        {QStringLiteral("所在镇街"), q(n.town)},   {QStringLiteral("产权人"), q(n.owner)},
        {QStringLiteral("使用人"), q(n.occupant)},
    };
    const QPen pen(kRuleColor, u.pt(0.5));
    for (const auto& [label, value] : rows) {
      const QRectF labelCell(kSide, y, kInfoLabel, kInfoRow);
      const QRectF valueCell(kSide + kInfoLabel, y, kInfoWidth - kInfoLabel, kInfoRow);
      painter.fillRect(u.mm(labelCell), kLabelFill);
      painter.setPen(pen);
      painter.drawRect(u.mm(labelCell));
      painter.drawRect(u.mm(valueCell));
      painter.setPen(Qt::black);
      painter.setFont(u.font(family_, kBodyPt, true));
      painter.drawText(u.mm(labelCell), Qt::AlignCenter, label);
      painter.setFont(u.font(family_, kBodyPt));
      painter.drawText(u.mm(valueCell.adjusted(1.5, 0.5, -1.5, -0.5)),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, value);
      y += kInfoRow;
    }
  }

  bool paintMap(QPainter& painter, const PaperUnits& u, const NoticeContent& n,
                const QRectF& frameMm, MapRendering rendering,
                const std::atomic<bool>* cancel) const {
    const QRectF frame = u.mm(frameMm);
    const MapFeature* feature = data_.map().featureById(ProjectLayer::Buildings, n.buildingId);
    Extent extent;
    if (feature && !feature->bounds.isEmpty()) {
      extent = feature->bounds;
    } else {
      QPointF centre;
      if (data_.buildingCentre(n.buildingId, &centre)) extent.include(centre.x(), centre.y());
    }
    if (extent.isEmpty()) {
      painter.setPen(QPen(kRuleColor, u.pt(0.5)));
      painter.drawRect(frame);
      painter.setFont(u.font(family_, kBodyPt));
      painter.drawText(frame, Qt::AlignCenter, QStringLiteral("无房屋轮廓，无法绘制位置图"));
      return true;
    }
    // The building and its neighbours: about four building widths on each side.
    const double size = std::max(extent.width(), extent.height());
    const double pad = size > 0 ? size * 4 : 1;
    Extent view = extent;
    view.include(extent.minX - pad, extent.minY - pad);
    view.include(extent.maxX + pad, extent.maxY + pad);
    const LayoutArea area = extentArea(view, q(n.code));
    LayoutContext context;
    context.data = &data_;
    context.area = &area;
    context.units = u;
    context.fontFamily = family_;
    context.layers = layers_;
    context.map = fitMapFrame(view, frame, u, 0.0, false);
    context.rendering = rendering;
    context.cancel = cancel;
    mapFrame_.paint(painter, frame, context);
    if (context.cancelled()) return false;
    const MapFrameView& mapView = *context.map;
    if (feature) {
      painter.save();
      painter.setClipRect(frame);
      painter.setBrush(Qt::NoBrush);
      painter.setPen(QPen(Qt::white, u.pt(3.2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      for (const FeaturePaths::Ring ring : feature->paths) {
        QPolygonF device;
        for (const QPointF& p : ring) device << mapView.toDevice(p);
        painter.drawPolygon(device);
      }
      painter.setPen(QPen(kHighlight, u.pt(1.8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      for (const FeaturePaths::Ring ring : feature->paths) {
        QPolygonF device;
        for (const QPointF& p : ring) device << mapView.toDevice(p);
        painter.drawPolygon(device);
      }
      painter.restore();
    }
    northArrow_.paint(painter,
                      QRectF(frame.right() - u.mm(9), frame.top() + u.mm(1.5), u.mm(7), u.mm(11)),
                      context);
    const QRectF panel(frame.left() + u.mm(1), frame.bottom() - u.mm(9), u.mm(34), u.mm(8));
    painter.save();
    painter.setPen(Qt::NoPen);
    QColor white = Qt::white;
    white.setAlphaF(0.85f);
    painter.setBrush(white);
    painter.drawRect(panel);
    painter.restore();
    scaleBar_.paint(painter, panel.adjusted(u.mm(1), u.mm(1), -u.mm(1), 0), context);
    painter.setPen(QPen(Qt::black, u.pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
    painter.setFont(u.font(family_, kSmallPt));
    painter.setPen(kHighlight);
    painter.drawText(u.mm(QRectF(frameMm.left(), frameMm.bottom() + 0.3, frameMm.width(), 3.5)),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("红框：本通知书所指房屋"));
    return true;
  }

  void paintSignatures(QPainter& painter, const PaperUnits& u, const NoticeContent& n,
                       double y) const {
    painter.setPen(Qt::black);
    painter.setFont(u.font(family_, kBodyPt));
    const double half = kContentWidth / 2;
    painter.drawText(u.mm(QRectF(kSide, y + 4, half, 6)), Qt::AlignLeft | Qt::AlignVCenter,
                     q(n.receipt) + QStringLiteral("＿＿＿＿＿＿"));
    painter.drawText(u.mm(QRectF(kSide, y + 14, half, 6)), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("签收日期：＿＿＿＿年＿＿月＿＿日"));
    // The office, the date and the seal place on the right.
    const QRectF office(kSide + half, y + 4, half, 6);
    painter.drawText(u.mm(office), Qt::AlignRight | Qt::AlignVCenter, q(n.office));
    painter.drawText(
        u.mm(QRectF(kSide + half, y + 14, half, 6)), Qt::AlignRight | Qt::AlignVCenter,
        QStringLiteral("%1年%2月%3日").arg(n.issued.year).arg(n.issued.month).arg(n.issued.day));
    const QPointF sealCentre(u.mm(kWidth - kSide - 22), u.mm(y + 11));
    painter.setPen(QPen(kSealColor, u.pt(0.8), Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(sealCentre, u.mm(16), u.mm(16));
    painter.setPen(kSealColor);
    painter.setFont(u.font(family_, kSmallPt));
    painter.drawText(QRectF(sealCentre.x() - u.mm(15), sealCentre.y() + u.mm(8), u.mm(30), u.mm(5)),
                     Qt::AlignCenter, q(n.seal));
  }

  const LayoutData& data_;
  const std::vector<NoticeContent>& notices_;
  QString family_;
  MapFrameItem mapFrame_;
  ScaleBarItem scaleBar_;
  NorthArrowItem northArrow_;
  std::vector<RenderLayer> layers_;
};

}  // namespace

std::unique_ptr<LayoutDocument> hazardNoticeDocument(const LayoutData& data,
                                                     const std::vector<NoticeContent>& notices,
                                                     const QString& fontFamily) {
  return std::make_unique<NoticeDocument>(data, notices, fontFamily);
}

void writeHazardNoticePdf(const LayoutData& data, const std::vector<NoticeContent>& notices,
                          const std::string& path, const QString& fontFamily) {
  if (notices.empty()) {
    throw LayoutError(
        QStringLiteral("无法写入 %1：没有需要下达的隐患通知书").arg(q(path)).toStdString());
  }
  const HeadlessGui gui;  // a no-op when the program already has its Qt application
  const auto document = hazardNoticeDocument(data, notices, fontFamily);
  ExportOptions options;
  options.dpi = 300;
  exportDocument(*document, q(path), options);
}

}  // namespace fangan
