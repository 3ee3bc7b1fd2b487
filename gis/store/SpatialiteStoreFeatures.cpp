// SpatialiteStore: the features of layers added at run time (gis/store/LayerRegistry). Each
// such layer is a table of text columns named by its import keys plus a geometry column with
// its spatial index, created by the first insert.

#include "gis/store/LayerRegistry.h"
#include "gis/store/Schema.h"
#include "gis/store/SpatialiteStore.h"

namespace fangan {

namespace {

const LayerInfo& extensionLayer(ProjectLayer layer) {
  const LayerInfo& info = layerInfo(layer);
  if (!isExtensionLayer(layer)) {
    throw StoreError("图层 " + info.name + " 不是扩展图层");
  }
  return info;
}

// Registered names are lower-case words (registerLayer checks), so they are safe in SQL.
std::string columnList(const LayerInfo& info) {
  std::string list;
  for (const std::string& key : info.importKeys) list += key + ", ";
  return list;
}

bool tableExists(sqlite::Connection& db, const std::string& table) {
  sqlite::Statement s(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  s.bind(1, table);
  return s.step();
}

}  // namespace

bool SpatialiteStore::hasTable(const std::string& table) const { return tableExists(*db_, table); }

std::int64_t SpatialiteStore::insertFeature(ProjectLayer layer,
                                            const std::vector<std::string>& values,
                                            const Wkb& geometry) {
  const LayerInfo& info = extensionLayer(layer);
  if (values.size() != info.importKeys.size()) {
    throw StoreError("图层 " + info.name + " 的要素应有 " + std::to_string(info.importKeys.size()) +
                     " 个属性值");
  }
  std::int64_t id = 0;
  write([&] {
    if (!tableExists(*db_, info.table)) {
      if (srid_ <= 0) throw StoreError("项目还没有坐标系，无法创建图层 " + info.name);
      std::string create = "CREATE TABLE " + info.table + "(id INTEGER PRIMARY KEY";
      for (const std::string& key : info.importKeys) create += ", " + key + " TEXT";
      db_->exec(create + ")");
      schema::addGeometry(*db_, info.table, srid_, geometryColumnType(info.geometry));
    }
    std::string placeholders;
    for (size_t i = 0; i < values.size(); ++i) placeholders += "?, ";
    sqlite::Statement s(*db_, "INSERT INTO " + info.table + "(" + columnList(info) +
                                  "geom) VALUES(" + placeholders + "GeomFromWKB(?, ?))");
    int column = 1;
    for (const std::string& v : values) {
      if (v.empty()) {
        s.bindNull(column++);
      } else {
        s.bind(column++, v);
      }
    }
    s.bind(column, geometry).bind(column + 1, srid_).run();
    id = db_->lastInsertId();
  });
  return id;
}

void SpatialiteStore::forEachFeature(ProjectLayer layer, const Visitor<FeatureRow>& visit) const {
  const LayerInfo& info = extensionLayer(layer);
  if (!tableExists(*db_, info.table)) return;
  sqlite::Statement s(*db_, "SELECT id, " + columnList(info) + "AsBinary(geom) FROM " + info.table +
                                " ORDER BY id");
  const int n = static_cast<int>(info.importKeys.size());
  while (s.step()) {
    FeatureRow row;
    row.id = s.integer(0);
    row.values.reserve(info.importKeys.size());
    for (int i = 0; i < n; ++i)
      row.values.push_back(s.isNull(1 + i) ? std::string() : s.text(1 + i));
    if (!visit(row, s.blob(1 + n))) break;
  }
}

}  // namespace fangan
