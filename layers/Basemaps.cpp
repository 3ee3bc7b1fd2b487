#include "layers/Basemaps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace fangan {
namespace {

namespace fs = std::filesystem;

// Two spellings of one file ("a/../b.tif", a symbolic link) compare equal.
fs::path sameFileKey(const std::string& resolved) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::u8path(resolved), ec);
  return ec ? fs::u8path(resolved).lexically_normal() : p;
}

void storePaths(ProjectStore& store, const std::vector<std::string>& paths) {
  QJsonArray array;
  for (const std::string& p : paths) array.append(QString::fromStdString(p));
  const QByteArray json = QJsonDocument(array).toJson(QJsonDocument::Compact);
  auto transaction = store.begin();
  store.setSetting(kBasemapsSetting, json.toStdString());
  transaction->commit();
}

}  // namespace

std::vector<std::string> basemapPaths(const ProjectStore& store) {
  std::vector<std::string> out;
  const std::optional<std::string> value = store.setting(kBasemapsSetting);
  if (!value || value->empty()) return out;
  const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(*value));
  if (!doc.isArray()) return out;
  for (const QJsonValue& v : doc.array()) {
    if (v.isString() && !v.toString().isEmpty()) out.push_back(v.toString().toStdString());
  }
  return out;
}

std::string resolveBasemapPath(const ProjectStore& store, const std::string& path) {
  const fs::path p = fs::u8path(path);
  if (p.is_absolute() || path.rfind("/vsi", 0) == 0) return path;
  const fs::path folder = fs::u8path(store.location()).parent_path();
  return (folder / p).lexically_normal().u8string();
}

std::shared_ptr<const RasterBasemap> addBasemap(ProjectStore& store, const std::string& path) {
  if (store.srid() <= 0) {
    throw std::runtime_error("项目还没有坐标系，无法添加底图 " + path + "（请先导入数据）");
  }
  std::vector<std::string> paths = basemapPaths(store);
  const fs::path key = sameFileKey(resolveBasemapPath(store, path));
  for (const std::string& listed : paths) {
    if (sameFileKey(resolveBasemapPath(store, listed)) == key) {
      throw std::runtime_error("底图已在项目中: " + path);
    }
  }
  auto raster = RasterBasemap::open(resolveBasemapPath(store, path), store.srid());
  paths.push_back(path);
  storePaths(store, paths);
  return raster;
}

bool removeBasemap(ProjectStore& store, const std::string& path) {
  std::vector<std::string> paths = basemapPaths(store);
  const fs::path key = sameFileKey(resolveBasemapPath(store, path));
  const auto kept = std::remove_if(paths.begin(), paths.end(), [&](const std::string& listed) {
    return listed == path || sameFileKey(resolveBasemapPath(store, listed)) == key;
  });
  if (kept == paths.end()) return false;
  paths.erase(kept, paths.end());
  storePaths(store, paths);
  return true;
}

std::vector<LoadedBasemap> loadBasemaps(const ProjectStore& store) {
  std::vector<LoadedBasemap> out;
  for (const std::string& path : basemapPaths(store)) {
    LoadedBasemap b;
    b.path = path;
    try {
      if (store.srid() <= 0) throw std::runtime_error("项目还没有坐标系");
      b.raster = RasterBasemap::open(resolveBasemapPath(store, path), store.srid());
    } catch (const std::exception& e) {
      b.error = e.what();
    }
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace fangan
