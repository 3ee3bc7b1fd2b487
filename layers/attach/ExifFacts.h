#pragma once
// What a photo's EXIF data says about where and when it was taken (docs/rules.md#attachments),
// read with libexif: DateTimeOriginal (else DateTime) and the GPS latitude/longitude.

#include <optional>
#include <string>
#include <vector>

namespace fangan {

struct ExifFacts {
  std::string time;                 ///< YYYY-MM-DDTHH:MM:SS, empty when the photo has none
  std::optional<double> latitude;   ///< WGS 84 degrees, south negative
  std::optional<double> longitude;  ///< WGS 84 degrees, west negative
};

/// The EXIF facts of a JPEG file's bytes; empty facts when it has no (readable) EXIF block.
ExifFacts readExifFacts(const std::vector<unsigned char>& jpeg);

}  // namespace fangan
