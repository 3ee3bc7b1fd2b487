#pragma once
// Reading layer snapshots from a project. The store is queried once per layer; each feature
// keeps only the attributes the preset styles, labels and picking use (LayerFields below).

#include <QString>
#include <functional>

#include "gis/store/ProjectStore.h"
#include "layers/MapLayer.h"

namespace fangan {

/// Attribute names of the snapshots, as styles filter and label on them.
namespace layer_field {
inline const QString kCode = QStringLiteral("code");          ///< buildings: 房屋编码
inline const QString kSurvey = QStringLiteral("survey");      ///< buildings: surveyClass()
inline const QString kHazard = QStringLiteral("hazard");      ///< buildings: hazardClass()
inline const QString kHealth = QStringLiteral("health");      ///< buildings: healthCodeKey()
inline const QString kControl = QStringLiteral("control");    ///< buildings: control key
inline const QString kTown = QStringLiteral("town");          ///< buildings, grids, towns
inline const QString kGrid = QStringLiteral("grid");          ///< buildings, grids: grid id
inline const QString kName = QStringLiteral("name");          ///< zones, grids, pois, lines
inline const QString kLabel = QStringLiteral("label");        ///< grids: name, else grid id
inline const QString kType = QStringLiteral("type");          ///< zones: zone type key
inline const QString kCategory = QStringLiteral("category");  ///< pois, lines
inline const QString kResult = QStringLiteral("result");      ///< survey points
// Buildings: what they are, for styles coloured by the data (floors and year as numbers).
inline const QString kFloors = QStringLiteral("floors");         ///< buildings: number, "" unknown
inline const QString kYearBuilt = QStringLiteral("year_built");  ///< buildings: year, "" unknown
inline const QString kStructure = QStringLiteral("structure");   ///< buildings: structure key
inline const QString kUse = QStringLiteral("use");               ///< buildings: use key
}  // namespace layer_field

/// The attribute values of a building feature, in the buildings layer's field order (code,
/// survey, hazard, health, control, town, grid, floors, year_built, structure, use).
QVector<QString> buildingFeatureValues(const BuildingRecord& record);
/// The fields of the buildings layer, in the order of buildingFeatureValues().
QStringList buildingFeatureFields();

/// Loads one layer of `store` into a snapshot (a layer registered at run time too: its import
/// keys are the snapshot's fields). Features whose geometry cannot be decoded are
/// kept out and counted in `skipped` (when given). Throws StoreError as the store does.
MapLayer loadMapLayer(const ProjectStore& store, ProjectLayer kind, int* skipped = nullptr);
/// The buildings layer (as loadMapLayer), handing each record read to `alsoVisit` as well (in
/// id order), so another use of the same records costs no second read.
MapLayer loadBuildingsMapLayer(const ProjectStore& store, int* skipped,
                               const std::function<void(const BuildingRecord&)>& alsoVisit);

}  // namespace fangan
