#include "layers/layout/ArchivePdf.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QImageReader>
#include <QPen>
#include <algorithm>
#include <vector>

#include "gis/analysis/HealthCode.h"
#include "gis/cases/CaseVocabulary.h"
#include "gis/model/PersonalData.h"
#include "gis/model/Vocabulary.h"
#include "gis/patrol/EventKind.h"
#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/RuledTableRow.h"

namespace fangan {
namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString yesNo(const std::optional<bool>& v) {
  return v ? (*v ? QStringLiteral("是") : QStringLiteral("否")) : QString();
}
QString number(const std::optional<int>& v) { return v ? QString::number(*v) : QString(); }
QString date(const std::optional<Date>& d) { return d ? q(d->toString()) : QString(); }

// A4 portrait in millimetres.
constexpr double kWidth = 210;
constexpr double kHeight = 297;
constexpr double kMargin = 15;
constexpr double kContentWidth = kWidth - 2 * kMargin;
constexpr double kFooterTop = kHeight - kMargin + 3;
constexpr double kTitleHeight = 12;
constexpr double kSubtitleHeight = 6;
constexpr double kHeadingHeight = 9;
constexpr double kRowHeight = 6;
constexpr double kPadX = 1.2;
constexpr double kPhotoMaxWidth = 130;
constexpr double kPhotoMaxHeight = 100;
constexpr double kCaptionHeight = 10;
constexpr double kTitlePt = 16;
constexpr double kHeadingPt = 11;
constexpr double kTextPt = 8.5;
constexpr double kSmallPt = 7.5;
constexpr int kPhotoPixels = 1600;  // longest side of a photo as embedded

const QColor kRuleColor(110, 110, 110);
const QColor kHeaderFill(232, 236, 242);
const QColor kLabelColor(80, 80, 80);

QString eventKindName(const std::string& key) {
  if (key == "notice") return QStringLiteral("隐患通知书");
  return q(eventKindChinese(key));
}

// One thing on a page, `height` mm tall.
struct Block {
  enum class Type { Heading, Pairs, Row, Photo, Text } type = Type::Text;
  QStringList cells;           // Pairs: label, value[, label, value]; Row: cells; Text: one
  std::vector<double> widths;  // Row: column widths, mm
  bool header = false;         // Row: a table header
  QImage image;                // Photo
  double height = kRowHeight;
};

class ArchiveDocument : public LayoutDocument {
 public:
  ArchiveDocument(const BuildingArchive& archive, ArchivePdfOptions options)
      : archive_(archive), options_(std::move(options)) {
    build();
    paginate();
  }

  int pageCount() const override { return static_cast<int>(pages_.size()); }
  PageSetup pageSetup(int) const override {
    PageSetup p;
    p.paper = PaperSize::A4;
    p.orientation = PageOrientation::Portrait;
    p.marginsMm = QMarginsF(kMargin, kMargin, kMargin, kMargin);
    return p;
  }
  QString title() const override {
    return QStringLiteral("房屋档案 %1").arg(q(archive_.record.code));
  }
  QString fontFamily() const override { return options_.fontFamily; }
  QString pageName(int index) const override { return QStringLiteral("第 %1 页").arg(index + 1); }

  bool paintPage(int index, QPainter& painter, const PaperUnits& u, MapRendering,
                 const std::atomic<bool>* cancel) const override {
    if (cancel && cancel->load()) return false;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    double y = kMargin;
    const QString& family = options_.fontFamily;
    painter.setPen(Qt::black);
    painter.setFont(u.font(family, kTitlePt, true));
    painter.drawText(u.mm(QRectF(kMargin, y, kContentWidth, kTitleHeight)),
                     Qt::AlignHCenter | Qt::AlignVCenter,
                     QStringLiteral("房屋档案（一楼一档）%1%2")
                         .arg(q(archive_.record.code))
                         .arg(index == 0 ? QString() : QStringLiteral("（续）")));
    y += kTitleHeight;
    painter.setFont(u.font(family, kSmallPt));
    painter.drawText(
        u.mm(QRectF(kMargin, y, kContentWidth, kSubtitleHeight)),
        Qt::AlignHCenter | Qt::AlignVCenter,
        QStringLiteral("%1　%2　生成日期 %3%4")
            .arg(q(archive_.record.address), q(archive_.record.town), q(options_.today.toString()),
                 options_.showPersonal ? QStringLiteral("　含完整个人信息")
                                       : QStringLiteral("　个人信息已脱敏")));
    y += kSubtitleHeight + 2;
    for (const Block* block : pages_[static_cast<std::size_t>(index)]) {
      paintBlock(painter, u, *block, y);
      y += block->height;
    }
    painter.setFont(u.font(family, kSmallPt));
    painter.setPen(kRuleColor);
    painter.drawText(u.mm(QRectF(kMargin, kFooterTop, kContentWidth, 5)),
                     Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("第 %1 / %2 页").arg(index + 1).arg(pageCount()));
    painter.restore();
    return true;
  }

 private:
  void heading(const QString& text) {
    Block b;
    b.type = Block::Type::Heading;
    b.cells << text;
    b.height = kHeadingHeight;
    blocks_.push_back(std::move(b));
  }
  void text(const QString& line) {
    Block b;
    b.type = Block::Type::Text;
    b.cells << line;
    blocks_.push_back(std::move(b));
  }
  // Label/value pairs, two to a line.
  void pairs(const std::vector<std::pair<QString, QString>>& items) {
    for (std::size_t i = 0; i < items.size(); i += 2) {
      Block b;
      b.type = Block::Type::Pairs;
      b.cells << items[i].first << items[i].second;
      if (i + 1 < items.size()) b.cells << items[i + 1].first << items[i + 1].second;
      blocks_.push_back(std::move(b));
    }
  }
  void row(const QStringList& cells, const std::vector<double>& weights, bool header) {
    Block b;
    b.type = Block::Type::Row;
    b.cells = cells;
    b.header = header;
    double total = 0;
    for (const double w : weights) total += w;
    for (const double w : weights) b.widths.push_back(kContentWidth * w / total);
    blocks_.push_back(std::move(b));
  }

  void build() {
    const BuildingRecord& r = archive_.record;
    const bool full = options_.showPersonal;
    heading(QStringLiteral("一、基本信息"));
    const HealthCodeResult health = healthCode(r);
    pairs({{QStringLiteral("房屋编码"), q(r.code)},
           {QStringLiteral("健康码"),
            QStringLiteral("%1（%2）").arg(q(healthCodeChinese(health.code)), q(health.reason))},
           {QStringLiteral("地址"), q(r.address)},
           {QStringLiteral("镇街"), q(r.town)},
           {QStringLiteral("社区村"), q(r.community)},
           {QStringLiteral("网格"), q(r.grid)},
           {QStringLiteral("自建房"), yesNo(r.selfBuilt)},
           {QStringLiteral("层数"), number(r.floors)},
           {QStringLiteral("结构"), q(toChinese(r.structure))},
           {QStringLiteral("建成年份"), number(r.yearBuilt)},
           {QStringLiteral("用途"), q(toChinese(r.use))},
           {QStringLiteral("经营类型"), q(r.useSubtype)},
           {QStringLiteral("人员密集"), yesNo(r.peopleDense)},
           {QStringLiteral("正规设计施工"), yesNo(r.proDesigned)},
           {QStringLiteral("加层"), yesNo(r.altAddedFloors)},
           {QStringLiteral("改变结构"), yesNo(r.altStructure)},
           {QStringLiteral("改变用途"), yesNo(r.altUse)},
           {QStringLiteral("开挖地下"), yesNo(r.altBasement)},
           {QStringLiteral("沉降开裂变形"), yesNo(r.distress)},
           {QStringLiteral("排查状态"), q(toChinese(r.surveyStatus))},
           {QStringLiteral("排查日期"), date(r.surveyDate)},
           {QStringLiteral("初判隐患"), q(toChinese(r.initialHazard))},
           {QStringLiteral("鉴定等级"), q(toChinese(r.appraisalGrade))},
           {QStringLiteral("鉴定日期"), date(r.appraisalDate)},
           {QStringLiteral("管控措施"), q(toChinese(r.control))},
           {QStringLiteral("整治措施"), q(toChinese(r.rectification))},
           {QStringLiteral("整治完成"), yesNo(r.rectificationDone)},
           {QStringLiteral("整治日期"), date(r.rectificationDate)},
           {QStringLiteral("销号"), yesNo(r.closed)},
           {QStringLiteral("销号日期"), date(r.closedDate)}});

    heading(QStringLiteral("二、责任人与手续"));
    const Responsibility& p = r.responsibility;
    std::vector<std::pair<QString, QString>> people = {
        {QStringLiteral("产权人"), q(p.owner)},
        {QStringLiteral("产权人电话"), q(personalText(p.ownerPhone, full))},
        {QStringLiteral("使用人"), q(p.occupant)},
        {QStringLiteral("使用人电话"), q(personalText(p.occupantPhone, full))},
        {QStringLiteral("行业主管部门"), q(p.department)},
        {QString(), QString()}};
    const std::pair<QString, const Approval*> approvals[] = {
        {QStringLiteral("立项手续"), &p.project},
        {QStringLiteral("用地手续"), &p.land},
        {QStringLiteral("规划手续"), &p.planning},
        {QStringLiteral("施工手续"), &p.construction},
        {QStringLiteral("消防手续"), &p.fire}};
    for (const auto& [label, a] : approvals) {
      QString value = !a->present ? QStringLiteral("不详")
                                  : (*a->present ? QStringLiteral("有") : QStringLiteral("无"));
      if (!a->number.empty()) value += QStringLiteral("　") + q(a->number);
      people.emplace_back(label, value);
    }
    pairs(people);

    heading(QStringLiteral("三、检查与处置记录"));
    const std::vector<double> eventWidths = {16, 14, 16, 22, 52};
    if (archive_.events.empty()) {
      text(QStringLiteral("无记录"));
    } else {
      row({QStringLiteral("日期"), QStringLiteral("类型"), QStringLiteral("人员"),
           QStringLiteral("结果"), QStringLiteral("备注")},
          eventWidths, true);
      for (const InspectionEvent& e : archive_.events) {
        row({q(e.date.toString()), eventKindName(e.kind), q(e.inspector), q(e.result), q(e.note)},
            eventWidths, false);
      }
    }

    heading(QStringLiteral("四、一栋一策"));
    if (archive_.plans.empty()) text(QStringLiteral("无整治方案"));
    for (const RectificationPlan& plan : archive_.plans) {
      pairs({{QStringLiteral("整治措施"), q(toChinese(plan.measure))},
             {QStringLiteral("状态"), q(toChinese(plan.state))},
             {QStringLiteral("技术路线"), q(plan.route)},
             {QStringLiteral("责任单位"), q(plan.responsibleUnit)},
             {QStringLiteral("责任人"), q(plan.responsiblePerson)},
             {QStringLiteral("期限"),
              QStringLiteral("%1 至 %2").arg(date(plan.start), q(plan.due.toString()))}});
      for (const PlanMilestone& m : plan.milestones) {
        text(QStringLiteral("节点 %1　%2%3")
                 .arg(q(m.due.toString()), q(m.text),
                      m.done ? QStringLiteral("（%1 完成）").arg(q(m.done->toString()))
                             : QString()));
      }
    }

    heading(QStringLiteral("五、问题台账"));
    const std::vector<double> problemWidths = {16, 18, 50, 14, 16};
    if (archive_.problems.empty()) {
      text(QStringLiteral("无登记问题"));
    } else {
      row({QStringLiteral("发现日期"), QStringLiteral("来源"), QStringLiteral("问题描述"),
           QStringLiteral("状态"), QStringLiteral("整改期限")},
          problemWidths, true);
      for (const Problem& pr : archive_.problems) {
        row({q(pr.foundDate.toString()), q(toChinese(pr.source)), q(pr.description),
             q(toChinese(pr.state)), date(pr.deadline)},
            problemWidths, false);
      }
    }

    heading(QStringLiteral("六、隐患通知书"));
    int notices = 0;
    for (const InspectionEvent& e : archive_.events) {
      if (e.kind != "notice") continue;
      ++notices;
      text(QStringLiteral("%1　%2　%3").arg(q(e.date.toString()), q(e.result), q(e.note)));
    }
    if (notices == 0) text(QStringLiteral("未下达隐患通知书"));

    heading(QStringLiteral("七、照片与文件"));
    int photos = 0;
    for (const Attachment& a : archive_.attachments) {
      if (a.kind != AttachmentKind::Photo) continue;
      QImage image = decode(a);
      if (image.isNull()) {
        text(QStringLiteral("照片 %1 无法显示").arg(q(a.fileName)));
        continue;
      }
      ++photos;
      Block b;
      b.type = Block::Type::Photo;
      const double scale =
          std::min(kPhotoMaxWidth / image.width(), kPhotoMaxHeight / image.height());
      b.widths = {image.width() * scale, image.height() * scale};
      b.height = b.widths[1] + kCaptionHeight;
      QString caption = QStringLiteral("照片 %1　%2").arg(photos).arg(q(a.fileName));
      caption += a.exifTime.empty()
                     ? QStringLiteral("　拍摄时间不详")
                     : QStringLiteral("　拍摄于 %1").arg(q(a.exifTime).replace('T', ' '));
      if (a.latitude && a.longitude) {
        caption += QStringLiteral("　位置 %1, %2")
                       .arg(*a.latitude, 0, 'f', 6)
                       .arg(*a.longitude, 0, 'f', 6);
      }
      b.cells << caption;
      b.image = std::move(image);
      blocks_.push_back(std::move(b));
    }
    int documents = 0;
    for (const Attachment& a : archive_.attachments) {
      if (a.kind != AttachmentKind::Document) continue;
      ++documents;
      text(QStringLiteral("文件 %1　%2（%3 KB，%4 添加）")
               .arg(documents)
               .arg(q(a.fileName))
               .arg((a.size + 1023) / 1024)
               .arg(q(a.addedAt.substr(0, 10))));
    }
    if (photos == 0 && documents == 0) text(QStringLiteral("无照片和文件"));
  }

  static QImage decode(const Attachment& a) {
    if (a.bytes.empty()) return QImage();
    QByteArray data(reinterpret_cast<const char*>(a.bytes.data()),
                    static_cast<qsizetype>(a.bytes.size()));
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > kPhotoPixels) {
      reader.setScaledSize(size.scaled(kPhotoPixels, kPhotoPixels, Qt::KeepAspectRatio));
    }
    return reader.read();
  }

  void paginate() {
    const double top = kMargin + kTitleHeight + kSubtitleHeight + 2;
    const double room = kFooterTop - 2 - top;
    std::vector<const Block*> page;
    double used = 0;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      double needed = b.height;
      // A heading stays with the block after it.
      if (b.type == Block::Type::Heading && i + 1 < blocks_.size()) {
        needed += blocks_[i + 1].height;
      }
      if (used + needed > room && !page.empty()) {
        pages_.push_back(page);
        page.clear();
        used = 0;
      }
      page.push_back(&b);
      used += b.height;
    }
    pages_.push_back(page);
  }

  void paintBlock(QPainter& painter, const PaperUnits& u, const Block& b, double y) const {
    const QString& family = options_.fontFamily;
    switch (b.type) {
      case Block::Type::Heading: {
        painter.setPen(Qt::black);
        painter.setFont(u.font(family, kHeadingPt, true));
        painter.drawText(u.mm(QRectF(kMargin, y + 2, kContentWidth, kHeadingHeight - 2)),
                         Qt::AlignLeft | Qt::AlignVCenter, b.cells.value(0));
        painter.setPen(QPen(kRuleColor, u.mm(0.3)));
        painter.drawLine(QPointF(u.mm(kMargin), u.mm(y + kHeadingHeight - 0.5)),
                         QPointF(u.mm(kMargin + kContentWidth), u.mm(y + kHeadingHeight - 0.5)));
        return;
      }
      case Block::Type::Text: {
        painter.setPen(Qt::black);
        const QFont font = u.font(family, kTextPt);
        painter.setFont(font);
        const QRectF box = u.mm(QRectF(kMargin + kPadX, y, kContentWidth - 2 * kPadX, kRowHeight));
        painter.drawText(
            box, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(b.cells.value(0), Qt::ElideRight, box.width()));
        return;
      }
      case Block::Type::Pairs: {
        const double labelWidth = 24;
        const double half = kContentWidth / 2;
        for (int k = 0; k + 1 < b.cells.size(); k += 2) {
          const double x = kMargin + (k / 2) * half;
          const QFont labelFont = u.font(family, kSmallPt);
          painter.setFont(labelFont);
          painter.setPen(kLabelColor);
          painter.drawText(u.mm(QRectF(x + kPadX, y, labelWidth, kRowHeight)),
                           Qt::AlignLeft | Qt::AlignVCenter, b.cells[k]);
          const QFont valueFont = u.font(family, kTextPt);
          painter.setFont(valueFont);
          painter.setPen(Qt::black);
          const QRectF box = u.mm(QRectF(x + labelWidth, y, half - labelWidth - kPadX, kRowHeight));
          painter.drawText(
              box, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetricsF(valueFont).elidedText(b.cells[k + 1], Qt::ElideRight, box.width()));
        }
        painter.setPen(QPen(QColor(215, 215, 215), u.mm(0.1)));
        painter.drawLine(QPointF(u.mm(kMargin), u.mm(y + kRowHeight)),
                         QPointF(u.mm(kMargin + kContentWidth), u.mm(y + kRowHeight)));
        return;
      }
      case Block::Type::Row: {
        RuledTableStyle style;
        style.fontFamily = family;
        style.headerPt = kTextPt;
        style.cellPt = kSmallPt;
        style.rowHeight = kRowHeight;
        style.padX = kPadX;
        style.rule = kRuleColor;
        style.headerFill = kHeaderFill;
        paintRuledTableRow(painter, u, style, b.cells, b.widths, kMargin, y, b.header);
        return;
      }
      case Block::Type::Photo: {
        const double w = b.widths[0];
        const double h = b.widths[1];
        const QRectF frame(kMargin + (kContentWidth - w) / 2, y + 2, w, h - 2);
        painter.drawImage(u.mm(frame), b.image);
        painter.setPen(QPen(kRuleColor, u.mm(0.15)));
        painter.drawRect(u.mm(frame));
        painter.setPen(Qt::black);
        const QFont font = u.font(family, kSmallPt);
        painter.setFont(font);
        painter.drawText(u.mm(QRectF(kMargin, y + h + 1, kContentWidth, kCaptionHeight - 2)),
                         Qt::AlignHCenter | Qt::AlignTop, b.cells.value(0));
        return;
      }
    }
  }

  const BuildingArchive& archive_;
  ArchivePdfOptions options_;
  std::vector<Block> blocks_;
  std::vector<std::vector<const Block*>> pages_;
};

}  // namespace

std::unique_ptr<LayoutDocument> archiveDocument(const BuildingArchive& archive,
                                                const ArchivePdfOptions& options) {
  return std::make_unique<ArchiveDocument>(archive, options);
}

int writeArchivePdf(const BuildingArchive& archive, const std::string& path,
                    const ArchivePdfOptions& options) {
  const HeadlessGui gui;  // a no-op when the program already has its Qt application
  const auto document = archiveDocument(archive, options);
  ExportOptions exportOptions;
  exportOptions.dpi = 300;
  exportDocument(*document, q(path), exportOptions);
  return document->pageCount();
}

}  // namespace fangan
