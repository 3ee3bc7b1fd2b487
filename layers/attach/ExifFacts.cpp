#include "layers/attach/ExifFacts.h"

#include <libexif/exif-data.h>

#include <memory>

namespace fangan {
namespace {

struct ExifDataFree {
  void operator()(ExifData* d) const { exif_data_unref(d); }
};

// "2024:05:06 14:03:22" → "2024-05-06T14:03:22"; anything else → "".
std::string isoTime(const ExifEntry* e) {
  if (!e || e->format != EXIF_FORMAT_ASCII || e->size < 19) return "";
  std::string t(reinterpret_cast<const char*>(e->data), 19);
  if (t[4] != ':' || t[7] != ':' || t[10] != ' ' || t[13] != ':' || t[16] != ':') return "";
  if (t.substr(0, 4) == "0000") return "";  // cameras write zeros when the clock was unset
  t[4] = '-';
  t[7] = '-';
  t[10] = 'T';
  return t;
}

// Degrees of a GPS coordinate: three rationals (degrees, minutes, seconds) and its N/S or E/W
// reference; std::nullopt when either is missing or malformed.
std::optional<double> coordinate(ExifData* data, ExifTag valueTag, ExifTag refTag, char negative) {
  ExifContent* gps = data->ifd[EXIF_IFD_GPS];
  if (!gps) return std::nullopt;
  const ExifEntry* value = exif_content_get_entry(gps, valueTag);
  const ExifEntry* ref = exif_content_get_entry(gps, refTag);
  if (!value || !ref || value->format != EXIF_FORMAT_RATIONAL || value->components < 3 ||
      ref->size < 1) {
    return std::nullopt;
  }
  const ExifByteOrder order = exif_data_get_byte_order(data);
  double parts[3];
  for (int i = 0; i < 3; ++i) {
    const ExifRational r = exif_get_rational(value->data + 8 * i, order);
    if (r.denominator == 0) return std::nullopt;
    parts[i] = static_cast<double>(r.numerator) / r.denominator;
  }
  const double degrees = parts[0] + parts[1] / 60.0 + parts[2] / 3600.0;
  return ref->data[0] == static_cast<unsigned char>(negative) ? -degrees : degrees;
}

}  // namespace

ExifFacts readExifFacts(const std::vector<unsigned char>& jpeg) {
  ExifFacts facts;
  if (jpeg.empty()) return facts;
  std::unique_ptr<ExifData, ExifDataFree> data(
      exif_data_new_from_data(jpeg.data(), static_cast<unsigned int>(jpeg.size())));
  if (!data) return facts;
  ExifContent* exif = data->ifd[EXIF_IFD_EXIF];
  facts.time = isoTime(exif ? exif_content_get_entry(exif, EXIF_TAG_DATE_TIME_ORIGINAL) : nullptr);
  if (facts.time.empty()) {
    ExifContent* main = data->ifd[EXIF_IFD_0];
    facts.time = isoTime(main ? exif_content_get_entry(main, EXIF_TAG_DATE_TIME) : nullptr);
  }
  facts.latitude = coordinate(data.get(), static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE),
                              static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), 'S');
  facts.longitude = coordinate(data.get(), static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE),
                               static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF), 'W');
  if (!facts.latitude || !facts.longitude) facts.latitude = facts.longitude = std::nullopt;
  return facts;
}

}  // namespace fangan
