#include "app/gui/CoverageView.h"

#include <QColor>
#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "layers/MapLayerBuilder.h"

namespace fangan {
namespace gui {

const QString CoverageView::kGridField = QStringLiteral("grid");
const QString CoverageView::kClassField = QStringLiteral("class");
const QString CoverageView::kRateField = QStringLiteral("rate");
const QString CoverageView::kCaptionField = QStringLiteral("caption");
const QString CoverageView::kCountField = QStringLiteral("count");

namespace {

// Red (largest gaps) to green (complete), as the campaign's coverage maps colour them.
const QColor kCoverageColors[CoverageView::kClasses] = {QColor(215, 25, 28), QColor(253, 174, 97),
                                                        QColor(255, 255, 191),
                                                        QColor(166, 217, 106), QColor(26, 150, 65)};
// Light to dark purple for hexagon counts (apart from the red-green of the grids).
const QColor kHexColors[CoverageView::kClasses] = {QColor(203, 190, 230), QColor(170, 150, 215),
                                                   QColor(140, 110, 200), QColor(110, 70, 180),
                                                   QColor(80, 30, 140)};

StyleRule fillRule(const QString& label, const QString& field, const QString& value, QColor fill,
                   int alpha, QColor stroke) {
  StyleRule rule;
  rule.label = label;
  rule.field = field;
  rule.values = {value};
  fill.setAlpha(alpha);
  rule.symbolizer.fill = fill;
  rule.symbolizer.stroke = stroke;
  rule.symbolizer.strokeWidth = 0.8;
  return rule;
}

}  // namespace

std::optional<int> CoverageView::coverageClass(std::optional<double> rate) {
  if (!rate) return std::nullopt;
  if (*rate < 0.80) return 0;
  if (*rate < 0.90) return 1;
  if (*rate < 0.95) return 2;
  if (*rate < 0.99) return 3;
  return 4;
}

int CoverageView::countClass(std::int64_t count, std::int64_t maxCount) {
  if (maxCount <= 1 || count >= maxCount) return kClasses - 1;
  if (count <= 1) return 0;
  // Equal intervals of (count - 1) / (maxCount - 1) over [0, 1].
  const double t = static_cast<double>(count - 1) / static_cast<double>(maxCount - 1);
  return std::clamp(static_cast<int>(std::floor(t * kClasses)), 0, kClasses - 1);
}

Style CoverageView::gridCoverageStyle() {
  static const char* const labels[kClasses] = {QT_TRANSLATE_NOOP("PresetStyles", "覆盖率 < 80%"),
                                               QT_TRANSLATE_NOOP("PresetStyles", "覆盖率 80%–90%"),
                                               QT_TRANSLATE_NOOP("PresetStyles", "覆盖率 90%–95%"),
                                               QT_TRANSLATE_NOOP("PresetStyles", "覆盖率 95%–99%"),
                                               QT_TRANSLATE_NOOP("PresetStyles", "覆盖率 ≥ 99%")};
  Style s;
  s.name = QStringLiteral(QT_TRANSLATE_NOOP("PresetStyles", "网格覆盖率"));
  for (int i = 0; i < kClasses; ++i) {
    s.rules.push_back(fillRule(QString::fromUtf8(labels[i]), kClassField, QString::number(i),
                               kCoverageColors[i], 150, Qt::transparent));
  }
  StyleRule none =
      fillRule(QStringLiteral(QT_TRANSLATE_NOOP("PresetStyles", "无房屋")), kClassField,
               QStringLiteral("none"), QColor(200, 200, 200), 70, Qt::transparent);
  s.rules.push_back(none);
  s.labels.field = kCaptionField;
  s.labels.pixelSize = 12;
  s.labels.bold = true;
  return s;
}

Style CoverageView::hexDensityStyle(std::int64_t maxCount) {
  Style s;
  s.name = QStringLiteral(QT_TRANSLATE_NOOP("PresetStyles", "未排查房屋密度"));
  const std::int64_t top = std::max<std::int64_t>(maxCount, 1);
  for (int c = 0; c < kClasses; ++c) {
    // The counts that fall into class c.
    std::int64_t low = 0;
    std::int64_t high = 0;
    for (std::int64_t n = 1; n <= top; ++n) {
      if (countClass(n, top) != c) continue;
      if (low == 0) low = n;
      high = n;
    }
    const QString label = low == 0      ? tr("（无）")
                          : low == high ? tr("%1 栋未排查").arg(low)
                                        : tr("%1–%2 栋未排查").arg(low).arg(high);
    StyleRule rule = fillRule(label, kClassField, QString::number(c), kHexColors[c], 255,
                              QColor(84, 39, 143, 200));
    s.rules.push_back(rule);
  }
  s.opacity = 0.7;
  return s;
}

void CoverageView::compute(const ProjectStore& store) {
  CoverageOptions options;
  options.hexSize = kHexSize;
  options.largestGaps = 0;
  options.byZoneType = false;  // the view draws grids and hexagons
  report_ = computeCoverage(store, options);

  std::map<std::string, const CoverageRow*> rows;
  for (const CoverageRow& row : report_.byGrid) rows[row.area] = &row;

  std::vector<WkbFeature> grids;
  store.forEachGrid([&](const GridRecord& grid, const Wkb& polygon) {
    const auto found = rows.find(grid.grid);
    const CoverageRow* row = found == rows.end() ? nullptr : found->second;
    const std::optional<double> rate = row ? row->rate() : std::nullopt;
    const std::optional<int> cls = coverageClass(rate);
    const QString name = QString::fromStdString(grid.name.empty() ? grid.grid : grid.name);
    const QString rateText = rate ? QString::number(*rate, 'f', 4) : QStringLiteral("—");
    const QString caption =
        rate ? tr("%1 %2%").arg(name).arg(*rate * 100, 0, 'f', 1) : tr("%1 无房屋").arg(name);
    grids.push_back({grid.id,
                     polygon,
                     {QString::fromStdString(grid.grid),
                      cls ? QString::number(*cls) : QStringLiteral("none"), rateText, caption}});
    return true;
  });
  grids_ = buildMapLayer(ProjectLayer::Grids, {kGridField, kClassField, kRateField, kCaptionField},
                         grids);
  gridStyle_ = gridCoverageStyle();

  std::int64_t maxCount = 0;
  for (const HexCell& cell : report_.uncheckedHexes) maxCount = std::max(maxCount, cell.count);
  std::vector<WkbFeature> hexes;
  std::int64_t id = 0;
  for (const HexCell& cell : report_.uncheckedHexes) {
    if (cell.count <= 0) continue;
    hexes.push_back(
        {++id,
         cell.polygon,
         {QString::number(cell.count), QString::number(countClass(cell.count, maxCount))}});
  }
  hexes_ = buildMapLayer(ProjectLayer::Zones, {kCountField, kClassField}, hexes);
  hexStyle_ = hexDensityStyle(maxCount);
}

void CoverageView::clear() {
  report_ = CoverageReport();
  grids_ = MapLayer();
  hexes_ = MapLayer();
}

std::vector<RenderLayer> CoverageView::renderLayers() const {
  std::vector<RenderLayer> layers;
  if (!grids_.isEmpty()) layers.push_back({grids_, gridStyle_});
  if (!hexes_.isEmpty()) layers.push_back({hexes_, hexStyle_});
  return layers;
}

}  // namespace gui
}  // namespace fangan
