#include "gis/crs/Gcj02.h"

#include <cmath>

namespace fangan {

namespace {

// Krasovsky 1940 ellipsoid, which the GCJ-02 offset formula is defined on.
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccSquared = 0.00669342162296594323;
constexpr double kPi = 3.14159265358979323846;

double offsetLat(double x, double y) {
  double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
  r += (160.0 * std::sin(y / 12.0 * kPi) + 320 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
  return r;
}

double offsetLon(double x, double y) {
  double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::fabs(x));
  r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
  r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
  r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
  return r;
}

}  // namespace

bool gcj02Applies(double lon, double lat) {
  return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

void wgs84ToGcj02(double lon, double lat, double& outLon, double& outLat) {
  if (!gcj02Applies(lon, lat)) {
    outLon = lon;
    outLat = lat;
    return;
  }
  double dLat = offsetLat(lon - 105.0, lat - 35.0);
  double dLon = offsetLon(lon - 105.0, lat - 35.0);
  const double radLat = lat / 180.0 * kPi;
  double magic = std::sin(radLat);
  magic = 1 - kEccSquared * magic * magic;
  const double sqrtMagic = std::sqrt(magic);
  dLat = (dLat * 180.0) / ((kSemiMajor * (1 - kEccSquared)) / (magic * sqrtMagic) * kPi);
  dLon = (dLon * 180.0) / (kSemiMajor / sqrtMagic * std::cos(radLat) * kPi);
  outLat = lat + dLat;
  outLon = lon + dLon;
}

void gcj02ToWgs84(double lon, double lat, double& outLon, double& outLat) {
  // Fixed point: find w with f(w) = g. The offset varies slowly, so a few rounds converge.
  double wLon = lon;
  double wLat = lat;
  for (int i = 0; i < 30; ++i) {
    double gLon = 0;
    double gLat = 0;
    wgs84ToGcj02(wLon, wLat, gLon, gLat);
    const double eLon = gLon - lon;
    const double eLat = gLat - lat;
    wLon -= eLon;
    wLat -= eLat;
    if (std::fabs(eLon) < 1e-10 && std::fabs(eLat) < 1e-10) break;
  }
  outLon = wLon;
  outLat = wLat;
}

}  // namespace fangan
