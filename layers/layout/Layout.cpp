#include "layers/layout/Layout.h"

#include <QCoreApplication>
#include <QDate>

#include "layers/layout/LayoutError.h"
#include "layers/layout/LayoutItemFactory.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/PageTexts.h"
#include "layers/layout/ScaleBarItem.h"

namespace fangan {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Layout", text); }

// One line saying what the area is: for a grid its town and manager, for a town or the district
// how many grids and buildings it has.
QString areaDetails(const LayoutData& data, const LayoutArea& area,
                    const QHash<QString, QString>& variables) {
  const auto buildings = static_cast<qsizetype>(buildingsIn(area, data).size());
  QStringList parts;
  if (area.kind == LayoutAreaKind::Grid) {
    if (!area.town.isEmpty()) parts << tr("所属镇街：%1").arg(area.town);
    const QString manager = variables.value(QStringLiteral("manager"));
    const QString phone = variables.value(QStringLiteral("phone"));
    if (!manager.isEmpty()) parts << tr("网格员：%1").arg(manager);
    if (!phone.isEmpty()) parts << tr("电话：%1").arg(phone);
  } else if (area.kind == LayoutAreaKind::Town) {
    int grids = 0;
    for (const GridRecord& g : data.grids()) grids += g.town == area.key.toStdString() ? 1 : 0;
    if (grids > 0) parts << tr("网格 %1 个").arg(grids);
  } else if (area.kind == LayoutAreaKind::District) {
    parts << tr("镇街 %1 个").arg(data.townNames().size());
    if (!data.grids().empty()) parts << tr("网格 %1 个").arg(data.grids().size());
  }
  parts << tr("房屋 %1 栋").arg(buildings);
  return parts.join(QStringLiteral("　"));
}

}  // namespace

Layout Layout::fromTemplate(const LayoutTemplate& t) {
  Layout layout;
  layout.name_ = t.name;
  layout.title_ = t.title;
  layout.description_ = t.description;
  layout.fontFamily_ = t.fontFamily;
  layout.page_ = t.page;
  for (const LayoutItemSpec& spec : t.items) {
    std::shared_ptr<const LayoutItem> item = createLayoutItem(spec);
    if (!layout.mapFrame_) layout.mapFrame_ = dynamic_cast<const MapFrameItem*>(item.get());
    layout.items_.push_back(std::move(item));
  }
  return layout;
}

LayoutContext Layout::context(const LayoutData& data, const LayoutPage& page,
                              const PaperUnits& units) const {
  LayoutContext c;
  c.data = &data;
  c.area = &page.area;
  c.units = units;
  c.fontFamily = fontFamily_;
  c.roleTexts = page.roleTexts;
  if (mapFrame_) {
    c.layers = data.basemaps();  // under everything
    std::vector<RenderLayer> layers = mapFrame_->renderLayers(data.map());
    c.layers.insert(c.layers.end(), layers.begin(), layers.end());
    const QRectF frame = units.mm(mapFrame_->placement().resolve(page_.contentMm()));
    c.map = mapFrame_->view(frame, page.area, units);
  }
  c.variables = {
      {QStringLiteral("title"), title_},
      {QStringLiteral("area"), page.area.label},
      {QStringLiteral("town"), page.area.town},
      {QStringLiteral("district"), tr("全区")},
      {QStringLiteral("date"), chineseDate(QDate::currentDate())},
      {QStringLiteral("project"), data.projectName()},
      {QStringLiteral("srid"),
       data.srid() > 0 ? QStringLiteral("EPSG:%1").arg(data.srid()) : QString()},
      {QStringLiteral("scale"), c.map ? scaleRatioText(c.map->scaleDenominator()) : QString()},
      {QStringLiteral("page"), QString()},
      {QStringLiteral("pages"), QString()},
      {QStringLiteral("source"), data.projectName()},
      {QStringLiteral("note"), QString()},
      {QStringLiteral("manager"), QString()},
      {QStringLiteral("phone"), QString()},
  };
  if (page.area.kind == LayoutAreaKind::Grid) {
    if (const GridRecord* g = data.grid(page.area.key)) {
      c.variables[QStringLiteral("manager")] = QString::fromStdString(g->manager);
      c.variables[QStringLiteral("phone")] = QString::fromStdString(g->phone);
    }
  }
  c.variables[QStringLiteral("area_details")] = areaDetails(data, page.area, c.variables);
  for (auto it = page.variables.constBegin(); it != page.variables.constEnd(); ++it) {
    c.variables[it.key()] = it.value();
  }
  return c;
}

bool Layout::paint(QPainter& painter, const LayoutData& data, const LayoutPage& page,
                   const PaperUnits& units, MapRendering rendering,
                   const std::atomic<bool>* cancel) const {
  LayoutContext c = context(data, page, units);
  c.rendering = rendering;
  c.cancel = cancel;
  const QRectF content = page_.contentMm();
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing, true);
  painter.setRenderHint(QPainter::TextAntialiasing, true);
  for (const auto& item : items_) {
    if (c.cancelled()) break;
    item->paint(painter, units.mm(item->placement().resolve(content)), c);
  }
  painter.restore();
  return !c.cancelled();
}

}  // namespace fangan
