#include "layers/LayerLoader.h"

#include <QHash>
#include <algorithm>

#include "gis/analysis/HealthCode.h"
#include "gis/model/Vocabulary.h"
#include "gis/store/LayerRegistry.h"
#include "layers/BuildingClass.h"

namespace fangan {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The values of a layer's features as one table (FeatureValues::Table): each distinct value
// once, and an index per value and feature instead of a list of strings per feature (a million
// buildings in a few hundred grids hold a few hundred grid ids). Values of the first `unique`
// fields (a building's code) differ from feature to feature: kept inline, not looked up.
class ValueTable {
 public:
  ValueTable(qsizetype unique, std::size_t expected)
      : table_(std::make_shared<FeatureValues::Table>()), unique_(unique), expected_(expected) {}
  /// The row of `values`; the first row added sets the table's width.
  FeatureValues add(const QVector<QString>& values) {
    if (table_->width == 0) {
      if (values.isEmpty()) return FeatureValues();
      table_->width = values.size();
      table_->wide.reserve(expected_ * static_cast<std::size_t>(table_->width));
      for (qsizetype i = 0; i < std::min(unique_, table_->width); ++i) table_->setInline(i);
      table_->textStarts.reserve(expected_ * static_cast<std::size_t>(table_->inlineCount) + 1);
    }
    const auto row =
        static_cast<std::uint32_t>(table_->wide.size() / static_cast<std::size_t>(table_->width));
    for (qsizetype i = 0; i < table_->width; ++i) {
      const QString& value = i < values.size() ? values[i] : empty_;
      if (i < unique_) {
        table_->wide.push_back(0);  // inline: not looked up
        table_->appendText(value.utf16(), static_cast<std::size_t>(value.size()));
        continue;
      }
      auto it = index_.constFind(value);
      if (it == index_.constEnd()) {
        it = index_.insert(value, static_cast<std::uint32_t>(table_->words.size()));
        table_->words.push_back(value);
      }
      table_->wide.push_back(*it);
    }
    return FeatureValues(table_, row);
  }
  /// Once every feature is added: the indexes in 16 bits when they fit.
  void finish() { table_->pack(); }

 private:
  std::shared_ptr<FeatureValues::Table> table_;
  qsizetype unique_;
  std::size_t expected_;
  QHash<QString, std::uint32_t> index_;
  QString empty_;
};

std::int64_t layerCount(const ProjectStore& store, ProjectLayer layer) {
  for (const LayerSummary& s : store.summary()) {
    if (s.layer == layer) return s.count;
  }
  return 0;
}

// Collects features of one kind; `add` decodes the geometry and keeps it when drawable.
class FeatureCollector {
 public:
  /// `unique`: the leading fields whose values differ from feature to feature (ValueTable).
  explicit FeatureCollector(GeometryShape expected, std::int64_t expectedCount = 0,
                            qsizetype unique = 0)
      : expected_(expected),
        values_(unique, static_cast<std::size_t>(std::max<std::int64_t>(0, expectedCount))) {
    // Growing by doubling would briefly hold 1.5–2 copies of a million features.
    if (expectedCount > 0) features_.reserve(static_cast<std::size_t>(expectedCount));
    // Room for ten points a feature (a building has five to nine): pages never written cost
    // no memory, and most layers then fill their array without moving it.
    paths_->points.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, expectedCount)) * 10);
  }

  void add(std::int64_t id, const Wkb& wkb, const QVector<QString>& values) {
    DrawableGeometry g = decodeWkb(wkb);
    if (!g.valid || g.shape == GeometryShape::Empty) {
      ++skipped_;
      return;
    }
    // Features draw as their own shape (a POI layer mixes points and school polygons); the
    // layer's shape, for its legend, is the largest one met: polygons over lines over points.
    if (shape_ == GeometryShape::Empty || static_cast<int>(g.shape) > static_cast<int>(shape_)) {
      shape_ = g.shape;
    }
    MapFeature f;
    f.id = id;
    f.shape = g.shape;
    f.bounds = g.bounds;
    const std::uint32_t firstRing = paths_->rings();
    for (const QPolygonF& ring : g.paths) {
      paths_->add(ring.constData(), static_cast<std::size_t>(ring.size()));
    }
    f.paths = FeaturePaths(paths_, firstRing, static_cast<std::uint32_t>(g.paths.size()));
    f.values = values_.add(values);
    features_.push_back(std::move(f));
  }

  MapLayer build(ProjectLayer kind, QStringList fields, int* skipped) {
    if (skipped) *skipped = skipped_;
    values_.finish();
    const GeometryShape shape = shape_ == GeometryShape::Empty ? expected_ : shape_;
    return MapLayer(kind, shape, std::move(fields), std::move(features_));
  }

 private:
  GeometryShape expected_;
  GeometryShape shape_ = GeometryShape::Empty;
  std::vector<MapFeature> features_;
  /// Every ring of the layer, shared by its features.
  std::shared_ptr<FeaturePaths::Store> paths_ = std::make_shared<FeaturePaths::Store>();
  ValueTable values_;
  int skipped_ = 0;
};

// A layer registered at run time: its import keys are its fields.
MapLayer loadExtensionLayer(const ProjectStore& store, ProjectLayer kind, int* skipped) {
  const LayerInfo& info = layerInfo(kind);
  if (!info.spatial) return MapLayer();
  const GeometryShape expected = info.geometry == GeometryKind::Point    ? GeometryShape::Point
                                 : info.geometry == GeometryKind::Lineal ? GeometryShape::Line
                                                                         : GeometryShape::Polygon;
  FeatureCollector c(expected, layerCount(store, kind));
  store.forEachFeature(kind, [&c](const FeatureRow& row, const Wkb& g) {
    QVector<QString> values;
    values.reserve(static_cast<int>(row.values.size()));
    for (const std::string& v : row.values) values.append(qs(v));
    c.add(row.id, g, values);
    return true;
  });
  QStringList fields;
  for (const std::string& key : info.importKeys) fields.append(qs(key));
  return c.build(kind, std::move(fields), skipped);
}

}  // namespace

QVector<QString> buildingFeatureValues(const BuildingRecord& r) {
  // Numbers as text: styles filter on value sets, and the few distinct floor counts and years
  // are shared through the layer's value table like the classes.
  const auto number = [](const std::optional<int>& v) {
    return v ? QString::number(*v) : QString();
  };
  return {
      qs(r.code),           surveyClass(r),
      hazardClass(r),       qs(healthCodeKey(healthCode(r).code)),
      qs(toKey(r.control)), qs(r.town),
      qs(r.grid),           number(r.floors),
      number(r.yearBuilt),  qs(toKey(r.structure)),
      qs(toKey(r.use)),
  };
}

QStringList buildingFeatureFields() {
  namespace lf = layer_field;
  return {lf::kCode, lf::kSurvey, lf::kHazard,    lf::kHealth,    lf::kControl, lf::kTown,
          lf::kGrid, lf::kFloors, lf::kYearBuilt, lf::kStructure, lf::kUse};
}

MapLayer loadBuildingsMapLayer(const ProjectStore& store, int* skipped,
                               const std::function<void(const BuildingRecord&)>& alsoVisit) {
  // The code, first, is each building's own: kept as it is, not looked up.
  FeatureCollector c(GeometryShape::Polygon, layerCount(store, ProjectLayer::Buildings), 1);
  store.forEachBuilding([&](const BuildingRecord& r, const Wkb& g) {
    if (alsoVisit) alsoVisit(r);
    c.add(r.id, g, buildingFeatureValues(r));
    return true;
  });
  return c.build(ProjectLayer::Buildings, buildingFeatureFields(), skipped);
}

MapLayer loadMapLayer(const ProjectStore& store, ProjectLayer kind, int* skipped) {
  namespace lf = layer_field;
  switch (kind) {
    case ProjectLayer::Buildings:
      return loadBuildingsMapLayer(store, skipped, nullptr);
    case ProjectLayer::Zones: {
      FeatureCollector c(GeometryShape::Polygon);
      store.forEachZone([&c](const ZoneRecord& z, const Wkb& g) {
        c.add(z.id, g, {qs(z.type), qs(z.name)});
        return true;
      });
      return c.build(kind, {lf::kType, lf::kName}, skipped);
    }
    case ProjectLayer::Grids: {
      FeatureCollector c(GeometryShape::Polygon);
      store.forEachGrid([&c](const GridRecord& r, const Wkb& g) {
        const QString label = r.name.empty() ? qs(r.grid) : qs(r.name);
        c.add(r.id, g, {qs(r.grid), qs(r.name), qs(r.town), label});
        return true;
      });
      return c.build(kind, {lf::kGrid, lf::kName, lf::kTown, lf::kLabel}, skipped);
    }
    case ProjectLayer::Towns: {
      FeatureCollector c(GeometryShape::Polygon);
      store.forEachTown([&c](const TownRecord& r, const Wkb& g) {
        c.add(r.id, g, {qs(r.town)});
        return true;
      });
      return c.build(kind, {lf::kTown}, skipped);
    }
    case ProjectLayer::Pois:
    case ProjectLayer::Lines: {
      FeatureCollector c(kind == ProjectLayer::Pois ? GeometryShape::Point : GeometryShape::Line);
      store.forEachSource(kind, [&c](const SourceFeature& f, const Wkb& g) {
        c.add(f.id, g, {qs(f.category), qs(f.name)});
        return true;
      });
      return c.build(kind, {lf::kCategory, lf::kName}, skipped);
    }
    case ProjectLayer::Survey: {
      FeatureCollector c(GeometryShape::Point);
      store.forEachSurveyPoint([&c](const SurveyPoint& p, const Wkb& g) {
        c.add(p.id, g, {qs(p.code), qs(p.result)});
        return true;
      });
      return c.build(kind, {lf::kCode, lf::kResult}, skipped);
    }
    case ProjectLayer::Events:
    case ProjectLayer::Audit:
      return MapLayer();  // not spatial
  }
  return loadExtensionLayer(store, kind, skipped);
}

}  // namespace fangan
