#pragma once
// Photos made in the tests: JPEG/PNG from QImage, a large noisy JPEG, a JPEG with an EXIF block
// written with libexif (DateTimeOriginal and GPS position).

#include <QImage>
#include <QString>
#include <string>
#include <vector>

namespace fangan::testing {

using Bytes = std::vector<unsigned char>;

/// A w×h picture with a colour gradient and a dark bar (so thumbnails are not blank).
QImage testPicture(int width, int height);
/// `image` encoded as JPEG (quality 0..100) or PNG ("PNG").
Bytes encode(const QImage& image, const char* format, int quality = 90);
/// A JPEG of w×h random pixels at quality 100 (about 2 bytes a pixel).
Bytes noisyJpeg(int width, int height);
/// `jpeg` with an APP1 EXIF block: DateTimeOriginal `time` ("YYYY:MM:DD HH:MM:SS") and the GPS
/// position given as degrees/minutes/seconds with their references ('N'/'S', 'E'/'W').
Bytes withExif(const Bytes& jpeg, const std::string& time, const int lat[3], char latRef,
               const int lon[3], char lonRef);
/// Writes bytes to a file; false on failure.
bool writeBytes(const QString& path, const Bytes& bytes);
/// The bytes of a file (empty when unreadable).
Bytes readBytes(const QString& path);

}  // namespace fangan::testing
