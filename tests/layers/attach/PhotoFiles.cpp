#include "PhotoFiles.h"

#include <libexif/exif-data.h>

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <cstdlib>
#include <cstring>

namespace fangan::testing {

QImage testPicture(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  for (int y = 0; y < height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < width; ++x) line[x] = qRgb(255 * x / width, 255 * y / height, 160);
  }
  QPainter painter(&image);
  painter.fillRect(QRect(width / 4, height / 3, width / 2, height / 6), QColor(40, 40, 40));
  return image;
}

Bytes encode(const QImage& image, const char* format, int quality) {
  QByteArray data;
  QBuffer buffer(&data);
  buffer.open(QIODevice::WriteOnly);
  // PNG: Qt's default compression (its quality scale means compression level there).
  image.save(&buffer, format, std::strcmp(format, "PNG") == 0 ? -1 : quality);
  return Bytes(data.begin(), data.end());
}

Bytes noisyJpeg(int width, int height) {
  QImage image(width, height, QImage::Format_RGB32);
  std::uint32_t state = 12345;
  for (int y = 0; y < height; ++y) {
    auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
    for (int x = 0; x < width; ++x) {
      state = state * 1664525u + 1013904223u;  // a fixed LCG: the same file every run
      line[x] = 0xFF000000u | (state >> 8);
    }
  }
  return encode(image, "JPEG", 100);
}

namespace {

ExifEntry* addEntry(ExifData* data, ExifIfd ifd, ExifTag tag, ExifFormat format,
                    unsigned long components) {
  ExifMem* mem = exif_mem_new_default();
  ExifEntry* entry = exif_entry_new_mem(mem);
  const unsigned int size = exif_format_get_size(format) * components;
  entry->data = static_cast<unsigned char*>(exif_mem_alloc(mem, size));
  entry->size = size;
  entry->tag = tag;
  entry->components = components;
  entry->format = format;
  exif_content_add_entry(data->ifd[ifd], entry);
  exif_mem_unref(mem);
  exif_entry_unref(entry);
  return entry;
}

void setPosition(ExifData* data, ExifTag valueTag, ExifTag refTag, const int dms[3], char ref) {
  ExifEntry* r = addEntry(data, EXIF_IFD_GPS, refTag, EXIF_FORMAT_ASCII, 2);
  r->data[0] = static_cast<unsigned char>(ref);
  r->data[1] = 0;
  ExifEntry* v = addEntry(data, EXIF_IFD_GPS, valueTag, EXIF_FORMAT_RATIONAL, 3);
  for (int i = 0; i < 3; ++i) {
    exif_set_rational(v->data + 8 * i, exif_data_get_byte_order(data),
                      {static_cast<ExifLong>(dms[i]), 1});
  }
}

}  // namespace

Bytes withExif(const Bytes& jpeg, const std::string& time, const int lat[3], char latRef,
               const int lon[3], char lonRef) {
  ExifData* data = exif_data_new();
  exif_data_set_byte_order(data, EXIF_BYTE_ORDER_INTEL);
  ExifEntry* t = addEntry(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_FORMAT_ASCII, 20);
  std::memcpy(t->data, time.c_str(), 20);
  setPosition(data, static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE),
              static_cast<ExifTag>(EXIF_TAG_GPS_LATITUDE_REF), lat, latRef);
  setPosition(data, static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE),
              static_cast<ExifTag>(EXIF_TAG_GPS_LONGITUDE_REF), lon, lonRef);
  unsigned char* block = nullptr;
  unsigned int length = 0;
  exif_data_save_data(data, &block, &length);
  exif_data_unref(data);
  // APP1 payload: "Exif\0\0" (when libexif did not write it) and the TIFF block.
  Bytes payload;
  static const unsigned char header[] = {'E', 'x', 'i', 'f', 0, 0};
  if (length < 6 || std::memcmp(block, header, 6) != 0) {
    for (const unsigned char c : header) payload.push_back(c);
  }
  for (unsigned int i = 0; i < length; ++i) payload.push_back(block[i]);
  std::free(block);
  const std::size_t segment = payload.size() + 2;  // the length counts its own two bytes
  Bytes out;
  out.reserve(jpeg.size() + segment + 2);
  out.push_back(jpeg[0]);  // SOI
  out.push_back(jpeg[1]);
  out.push_back(0xFF);
  out.push_back(0xE1);
  out.push_back(static_cast<unsigned char>(segment >> 8));
  out.push_back(static_cast<unsigned char>(segment & 0xFF));
  for (const unsigned char c : payload) out.push_back(c);
  for (std::size_t i = 2; i < jpeg.size(); ++i) out.push_back(jpeg[i]);
  return out;
}

bool writeBytes(const QString& path, const Bytes& bytes) {
  QFile file(path);
  return file.open(QIODevice::WriteOnly) &&
         file.write(reinterpret_cast<const char*>(bytes.data()),
                    static_cast<qint64>(bytes.size())) == static_cast<qint64>(bytes.size());
}

Bytes readBytes(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  const QByteArray data = file.readAll();
  return Bytes(data.begin(), data.end());
}

}  // namespace fangan::testing
