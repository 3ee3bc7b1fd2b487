#pragma once
// A small project written through the store interface into a temporary folder: four square
// buildings in a row with known codes and case states, a grid over them, a town and a zone.

#include <QPointF>
#include <QString>
#include <QTemporaryDir>
#include <memory>

#include "gis/store/ProjectStore.h"

namespace fangan::testing {

class ProjectFixture {
 public:
  /// Side of each building square (m) and the distance between their left edges.
  static constexpr double kBuildingSize = 40;
  static constexpr double kSpacing = 100;
  /// Lower-left corner of the first building (EPSG:32631, Andorra).
  static constexpr double kOriginX = 380000;
  static constexpr double kOriginY = 4710000;

  /// Writes the project; check isValid().
  ProjectFixture();

  bool isValid() const { return valid_; }
  /// Path of the project file.
  QString path() const { return path_; }
  /// Centre of building `index` (0..3) in project coordinates.
  static QPointF buildingCenter(int index);

  /// Codes of the buildings, by index: B001 grade C, B002 not surveyed, B003 surveyed without
  /// hazard, B004 grade D under control (stop use).
  static QString code(int index);

 private:
  QTemporaryDir dir_;
  QString path_;
  bool valid_ = false;
};

}  // namespace fangan::testing
