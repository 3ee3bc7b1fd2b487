#pragma once
// A small district written through the store interface into a temporary folder, for layout
// tests: two towns side by side, three grids, twelve buildings in every case state the maps
// colour and the ledger counts, a school zone and a road. Coordinates are CGCS2000 / 3-degree
// GK CM 120E (EPSG:4549), metres.

#include <QString>
#include <QTemporaryDir>
#include <memory>

#include "layers/layout/LayoutData.h"

namespace fangan::testing {

class LayoutFixture {
 public:
  static constexpr double kOriginX = 500000;
  static constexpr double kOriginY = 3300000;
  /// Side of each square building, metres.
  static constexpr double kBuildingSize = 30;

  /// Writes the project and loads it; check isValid().
  LayoutFixture();

  bool isValid() const { return valid_; }
  QString path() const { return path_; }
  const LayoutData& data() const { return *data_; }
  /// The folder the project lives in (for project-local templates).
  QString folder() const { return dir_.path(); }

 private:
  QTemporaryDir dir_;
  QString path_;
  std::unique_ptr<LayoutData> data_;
  bool valid_ = false;
};

}  // namespace fangan::testing
