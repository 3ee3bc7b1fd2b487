#pragma once
// Choosing the CRS of a new project: the CGCS2000 3-degree Gauss-Krüger zone (EPSG:4534–4554)
// that contains the data, UTM outside China.

namespace fangan {

/// EPSG code of the metric CRS for data centred at (lon, lat) in degrees: CGCS2000 3° GK
/// (central meridians 75°E…135°E) inside China's extent, WGS 84 / UTM elsewhere.
int projectCrsFor(double lon, double lat);

}  // namespace fangan
