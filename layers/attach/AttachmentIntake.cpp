#include "layers/attach/AttachmentIntake.h"

#include <QBuffer>
#include <QByteArray>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

#include "layers/attach/ExifFacts.h"

namespace fangan {
namespace {

using Bytes = std::vector<unsigned char>;

enum class Sniffed { Jpeg, Png, Heic, Pdf, Executable, Unknown };

bool startsWith(const Bytes& b, const char* prefix, std::size_t offset = 0) {
  const std::size_t n = std::strlen(prefix);
  return b.size() >= offset + n && std::memcmp(b.data() + offset, prefix, n) == 0;
}

Sniffed sniff(const Bytes& b) {
  if (b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return Sniffed::Jpeg;
  if (startsWith(b, "\x89PNG\r\n\x1a\n")) return Sniffed::Png;
  if (startsWith(b, "%PDF-")) return Sniffed::Pdf;
  if (startsWith(b, "ftyp", 4) && (startsWith(b, "heic", 8) || startsWith(b, "heix", 8) ||
                                   startsWith(b, "mif1", 8) || startsWith(b, "msf1", 8))) {
    return Sniffed::Heic;
  }
  if (startsWith(b, "MZ") || startsWith(b,
                                        "\x7f"
                                        "ELF"))
    return Sniffed::Executable;
  return Sniffed::Unknown;
}

unsigned length16(const Bytes& b, std::size_t at) { return (b[at] << 8) | b[at + 1]; }

// Walks a JPEG's segments and entropy-coded scans up to the end-of-image marker. Returns the
// reason when the file is cut short or its structure is broken, else "". Data after the end
// marker (phones append trailers and motion-photo videos) is allowed.
std::string jpegStructureProblem(const Bytes& b) {
  std::size_t at = 2;
  while (true) {
    if (at + 2 > b.size()) return "文件不完整（缺少图像结束标记，可能被截断）";
    if (b[at] != 0xFF) return "文件结构损坏（第 " + std::to_string(at) + " 字节处不是 JPEG 标记）";
    const unsigned char marker = b[at + 1];
    if (marker == 0xFF) {  // fill byte
      ++at;
      continue;
    }
    if (marker == 0xD9) return "";
    if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
      at += 2;
      continue;
    }
    if (at + 4 > b.size()) return "文件不完整（缺少图像结束标记，可能被截断）";
    const std::size_t length = length16(b, at + 2);
    if (length < 2) return "文件结构损坏（JPEG 段长度错误）";
    at += 2 + length;
    if (marker != 0xDA) continue;
    // Entropy-coded data: 0xFF is followed by 0x00 (stuffing) or a restart marker inside it.
    while (true) {
      if (at + 1 >= b.size()) return "文件不完整（缺少图像结束标记，可能被截断）";
      if (b[at] == 0xFF && b[at + 1] != 0x00 && !(b[at + 1] >= 0xD0 && b[at + 1] <= 0xD7)) break;
      ++at;
    }
  }
}

std::uint32_t length32(const Bytes& b, std::size_t at) {
  return (std::uint32_t(b[at]) << 24) | (std::uint32_t(b[at + 1]) << 16) |
         (std::uint32_t(b[at + 2]) << 8) | std::uint32_t(b[at + 3]);
}

// Walks a PNG's chunks up to IEND; the reason when it is cut short, else "".
std::string pngStructureProblem(const Bytes& b) {
  std::size_t at = 8;
  while (true) {
    if (at + 12 > b.size()) return "文件不完整（缺少 IEND 结束块，可能被截断）";
    const std::size_t length = length32(b, at);
    if (std::memcmp(b.data() + at + 4, "IEND", 4) == 0) return "";
    if (length > b.size() || at + 12 + length > b.size()) {
      return "文件不完整（数据块超出文件末尾，可能被截断）";
    }
    at += 12 + length;
  }
}

std::string pdfStructureProblem(const Bytes& b) {
  const std::size_t tail = std::min<std::size_t>(b.size(), 1024);
  const std::string end(reinterpret_cast<const char*>(b.data() + b.size() - tail), tail);
  if (end.find("%%EOF") == std::string::npos) return "PDF 文件不完整（缺少 %%EOF 结束标记）";
  return "";
}

std::string hexSha256(const Bytes& b) {
  const QByteArray digest = QCryptographicHash::hash(
      QByteArrayView(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size())),
      QCryptographicHash::Sha256);
  return digest.toHex().toStdString();
}

// Decodes the image at reduced size into a JPEG thumbnail; fills width/height. Returns the
// decoder's complaint when it cannot.
std::string makeThumbnail(Attachment& a, const char* format) {
  const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(a.bytes.data()),
                                                  static_cast<qsizetype>(a.bytes.size()));
  QBuffer buffer;
  buffer.setData(data);
  buffer.open(QIODevice::ReadOnly);
  QImageReader reader(&buffer, format);
  reader.setAutoTransform(true);
  const QSize size = reader.size();
  if (!size.isValid() || size.isEmpty()) {
    return "图像无法解码（" + reader.errorString().toStdString() + "）";
  }
  a.width = size.width();
  a.height = size.height();
  if (std::max(size.width(), size.height()) > kThumbnailSide) {
    reader.setScaledSize(size.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio));
  }
  QImage image = reader.read();
  if (image.isNull()) return "图像无法解码（" + reader.errorString().toStdString() + "）";
  if (std::max(image.width(), image.height()) > kThumbnailSide) {
    image =
        image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  }
  if (image.hasAlphaChannel()) {  // JPEG has no transparency: flatten onto white
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    image = flat;
  }
  QByteArray jpeg;
  QBuffer out(&jpeg);
  out.open(QIODevice::WriteOnly);
  if (!image.save(&out, "JPEG", 85)) return "无法生成缩略图";
  a.thumbnail.assign(jpeg.begin(), jpeg.end());
  return "";
}

}  // namespace

bool heicSupported() { return QImageReader::supportedImageFormats().contains("heic"); }

Attachment attachmentFromBytes(Bytes bytes, const std::string& fileName) {
  auto refuse = [&](const std::string& reason) -> AttachmentError {
    return AttachmentError("无法添加 " + fileName + "：" + reason);
  };
  if (bytes.empty()) throw refuse("文件为空");
  Attachment a;
  a.fileName = fileName;
  a.size = static_cast<std::int64_t>(bytes.size());
  const Sniffed type = sniff(bytes);
  std::string problem;
  const char* format = nullptr;
  switch (type) {
    case Sniffed::Jpeg:
      a.mediaType = "image/jpeg";
      format = "jpeg";
      problem = jpegStructureProblem(bytes);
      break;
    case Sniffed::Png:
      a.mediaType = "image/png";
      format = "png";
      problem = pngStructureProblem(bytes);
      break;
    case Sniffed::Heic:
      if (!heicSupported()) throw refuse("本机的 Qt 不能读取 HEIC 照片，请先转换为 JPEG");
      a.mediaType = "image/heic";
      format = "heic";
      break;
    case Sniffed::Pdf:
      a.mediaType = "application/pdf";
      a.kind = AttachmentKind::Document;
      problem = pdfStructureProblem(bytes);
      break;
    case Sniffed::Executable:
      throw refuse("这是可执行程序，不是照片或 PDF 文件（只接受 JPEG、PNG 照片和 PDF 文件）");
    case Sniffed::Unknown:
      throw refuse("不是 JPEG、PNG 照片或 PDF 文件（按文件内容判断，与扩展名无关）");
  }
  if (!problem.empty()) throw refuse(problem);
  a.bytes = std::move(bytes);
  a.sha256 = hexSha256(a.bytes);
  if (format) {
    const std::string decode = makeThumbnail(a, format);
    if (!decode.empty()) throw refuse(decode);
    if (type == Sniffed::Jpeg) {
      const ExifFacts exif = readExifFacts(a.bytes);
      a.exifTime = exif.time;
      a.latitude = exif.latitude;
      a.longitude = exif.longitude;
    }
  }
  return a;
}

Attachment readAttachmentFile(const std::string& path) {
  const std::string name = std::filesystem::path(path).filename().string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw AttachmentError("无法添加 " + name + "：文件不存在（" + path + "）");
  }
  std::ifstream in(path, std::ios::binary);
  const auto size = std::filesystem::file_size(path, ec);
  Bytes bytes(ec ? 0 : static_cast<std::size_t>(size));
  if (!in || ec ||
      !in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()))) {
    throw AttachmentError("无法添加 " + name + "：读取失败");
  }
  return attachmentFromBytes(std::move(bytes), name);
}

}  // namespace fangan
