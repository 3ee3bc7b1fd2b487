#include "layers/layout/LayoutItemFactory.h"

#include "layers/layout/BoxItem.h"
#include "layers/layout/ClassChartItem.h"
#include "layers/layout/CoordinateGridItem.h"
#include "layers/layout/LayoutError.h"
#include "layers/layout/LegendItem.h"
#include "layers/layout/MapFrameItem.h"
#include "layers/layout/NorthArrowItem.h"
#include "layers/layout/ScaleBarItem.h"
#include "layers/layout/StatisticsTableItem.h"
#include "layers/layout/TextItem.h"

namespace fangan {

const QStringList& layoutItemTypes() {
  static const QStringList types = {
      QStringLiteral("map"),       QStringLiteral("text"),        QStringLiteral("legend"),
      QStringLiteral("scale_bar"), QStringLiteral("north_arrow"), QStringLiteral("coordinate_grid"),
      QStringLiteral("table"),     QStringLiteral("chart"),       QStringLiteral("box")};
  return types;
}

std::unique_ptr<LayoutItem> createLayoutItem(const LayoutItemSpec& spec) {
  const ItemProperties p(spec.properties, spec.where);
  const QString& t = spec.type;
  const bool placed = t != QLatin1String("coordinate_grid");
  const ItemPlacement at = ItemPlacement::fromJson(spec.properties, spec.where, placed);
  if (t == QLatin1String("map")) return std::make_unique<MapFrameItem>(at, p);
  if (t == QLatin1String("text")) return std::make_unique<TextItem>(at, p);
  if (t == QLatin1String("legend")) return std::make_unique<LegendItem>(at, p);
  if (t == QLatin1String("scale_bar")) return std::make_unique<ScaleBarItem>(at, p);
  if (t == QLatin1String("north_arrow")) return std::make_unique<NorthArrowItem>(at, p);
  if (t == QLatin1String("coordinate_grid")) return std::make_unique<CoordinateGridItem>(at, p);
  if (t == QLatin1String("table")) return std::make_unique<StatisticsTableItem>(at, p);
  if (t == QLatin1String("chart")) return std::make_unique<ClassChartItem>(at, p);
  if (t == QLatin1String("box")) return std::make_unique<BoxItem>(at, p);
  throw LayoutError(QStringLiteral("%1: 未知元素类型 \"%2\"（可用：%3）")
                        .arg(spec.where, t, layoutItemTypes().join(", "))
                        .toStdString());
}

}  // namespace fangan
