#pragma once
// GCJ-02, the obfuscated lon/lat of Chinese web maps. PROJ does not know it, so the offset is
// computed here from the published formula; conversion back to WGS 84 is by fixed-point
// iteration (error well under 1 cm after convergence).

namespace fangan {

/// True when (lon, lat) lies in the rectangle where GCJ-02 applies an offset (mainland China).
bool gcj02Applies(double lon, double lat);
/// WGS 84 → GCJ-02.
void wgs84ToGcj02(double lon, double lat, double& outLon, double& outLat);
/// GCJ-02 → WGS 84 (inverse of the above to < 1e-9 degrees).
void gcj02ToWgs84(double lon, double lat, double& outLon, double& outLat);

}  // namespace fangan
