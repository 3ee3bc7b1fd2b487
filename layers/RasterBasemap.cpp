#include "layers/RasterBasemap.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_alg.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <filesystem>

#include "gis/io/GdalHandles.h"

namespace fangan {
namespace {

// Handles kept for reuse once renders give them back: as many as renders usually run at once
// (the canvas and an export preview), so that a burst of renders does not keep files open.
constexpr std::size_t kIdleHandles = 4;

// Output pixels the warp computes beyond the raster's footprint on each side, so that the
// resampling kernel at the edge is not cut off by the window.
constexpr int kWindowPad = 2;

// Below this ratio of the raster's resolution to the image's, the warp runs at the image's
// resolution: a slight upscale by Qt would soften the image for little gain.
constexpr double kMinScaleStep = 1.5;

void registerDrivers() {
  static std::once_flag once;
  std::call_once(once, [] { GDALAllRegister(); });
}

// Collects the first GDAL failure message raised on this thread while in scope, instead of
// letting GDAL print it on stderr (GDAL error handlers are per thread).
class GdalErrors {
 public:
  GdalErrors() {
    CPLErrorReset();
    CPLPushErrorHandlerEx(&GdalErrors::handle, this);
  }
  ~GdalErrors() { CPLPopErrorHandler(); }
  GdalErrors(const GdalErrors&) = delete;
  GdalErrors& operator=(const GdalErrors&) = delete;

  /// ": message" or "" when GDAL gave none.
  std::string suffix() const { return first_.empty() ? std::string() : ": " + first_; }

 private:
  static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* message) {
    auto* self = static_cast<GdalErrors*>(CPLGetErrorHandlerUserData());
    if ((level == CE_Failure || level == CE_Fatal) && self->first_.empty() && message) {
      self->first_ = message;
    }
  }
  std::string first_;
};

struct TransformerDeleter {
  void operator()(void* t) const {
    if (t) GDALDestroyGenImgProjTransformer(t);
  }
};

std::string openError(const std::string& path, const std::string& reason) {
  return "无法打开底图 " + path + ": " + reason;
}

std::string toWkt(OGRSpatialReferenceH srs) {
  char* wkt = nullptr;
  const char* const options[] = {"FORMAT=WKT2_2018", nullptr};
  if (OSRExportToWktEx(srs, &wkt, options) != OGRERR_NONE || !wkt) {
    CPLFree(wkt);
    return std::string();
  }
  std::string out = wkt;
  CPLFree(wkt);
  return out;
}

GDALDatasetH openRaster(const std::string& path) {
  registerDrivers();
  GdalErrors errors;
  GDALDatasetH ds =
      GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
  if (ds) return ds;
  std::error_code ec;
  if (!std::filesystem::exists(std::filesystem::u8path(path), ec)) {
    throw RasterError(openError(path, "文件不存在"));
  }
  throw RasterError(openError(path, "不是 GDAL 能读取的栅格" + errors.suffix()));
}

bool isAlpha(GDALDatasetH ds, int band) {
  return GDALGetRasterColorInterpretation(GDALGetRasterBand(ds, band)) == GCI_AlphaBand;
}

// The bounding box, in `target`, of the raster's outline (its edges densified, so that edges
// that curve in the target CRS stay inside).
Extent footprintOf(GDALDatasetH ds, const double* gt, OGRSpatialReferenceH source, void* target,
                   const std::string& path) {
  Extent own;
  const double w = GDALGetRasterXSize(ds);
  const double h = GDALGetRasterYSize(ds);
  const double corners[4][2] = {{0, 0}, {w, 0}, {0, h}, {w, h}};
  for (const auto& c : corners) {
    own.include(gt[0] + c[0] * gt[1] + c[1] * gt[2], gt[3] + c[0] * gt[4] + c[1] * gt[5]);
  }
  const OgrSrs from = ownSrs(OSRClone(source));
  const OgrSrs to = ownSrs(OSRClone(static_cast<OGRSpatialReferenceH>(target)));
  OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(from.get()),
                            OAMS_TRADITIONAL_GIS_ORDER);
  OSRSetAxisMappingStrategy(static_cast<OGRSpatialReferenceH>(to.get()),
                            OAMS_TRADITIONAL_GIS_ORDER);
  OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(
      static_cast<OGRSpatialReferenceH>(from.get()), static_cast<OGRSpatialReferenceH>(to.get()));
  if (!ct) throw RasterError(openError(path, "无法转换到项目坐标系"));
  Extent out;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  if (OCTTransformBounds(ct, own.minX, own.minY, own.maxX, own.maxY, &x0, &y0, &x1, &y1, 21)) {
    out.include(x0, y0);
    out.include(x1, y1);
  }
  OCTDestroyCoordinateTransformation(ct);
  return out;
}

// Gives the warp's progress callback the render's cancel flag: returning FALSE stops GDALWarp.
int CPL_STDCALL warpProgress(double, const char*, void* cancel) {
  const auto* flag = static_cast<const std::atomic<bool>*>(cancel);
  return flag && flag->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

bool cancelled(const std::atomic<bool>* cancel) {
  return cancel && cancel->load(std::memory_order_relaxed);
}

}  // namespace

class RasterBasemap::Lease {
 public:
  explicit Lease(const RasterBasemap& owner) : owner_(owner), dataset_(owner.acquire()) {}
  ~Lease() { owner_.release(dataset_); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  GDALDatasetH get() const { return static_cast<GDALDatasetH>(dataset_); }

 private:
  const RasterBasemap& owner_;
  void* dataset_;
};

RasterBasemap::RasterBasemap(const std::string& path, const std::string& projectCrs)
    : path_(path), projectCrs_(projectCrs) {
  GdalDataset ds = ownDataset(openRaster(path));
  const auto handle = static_cast<GDALDatasetH>(ds.get());
  GdalErrors errors;
  const int bandCount = GDALGetRasterCount(handle);
  if (bandCount < 1) throw RasterError(openError(path, "没有栅格波段"));
  size_ = QSize(GDALGetRasterXSize(handle), GDALGetRasterYSize(handle));

  double transform[6];
  const bool hasTransform = GDALGetGeoTransform(handle, transform) == CE_None;
  OGRSpatialReferenceH source = nullptr;
  if (hasTransform) {
    source = GDALGetSpatialRef(handle);
  } else if (GDALGetGCPCount(handle) >= 3) {
    source = GDALGetGCPSpatialRef(handle);  // a scanned map georeferenced with control points
  } else {
    throw RasterError(openError(path, "没有地理参考（既无地理变换也无控制点）"));
  }
  if (!source) throw RasterError(openError(path, "没有坐标系"));
  sourceWkt_ = toWkt(source);

  OgrSrs target = ownSrs(OSRNewSpatialReference(nullptr));
  if (OSRSetFromUserInput(static_cast<OGRSpatialReferenceH>(target.get()), projectCrs.c_str()) !=
      OGRERR_NONE) {
    throw RasterError(openError(path, "项目坐标系无效 (" + projectCrs + ")"));
  }
  projectWkt_ = toWkt(static_cast<OGRSpatialReferenceH>(target.get()));

  // The transformation gdalwarp will use; building it checks that PROJ can go from the
  // raster's CRS to the project's, and it gives the raster's own resolution in project units.
  const std::string dstOption = "DST_SRS=" + projectWkt_;
  const char* const transformerOptions[] = {dstOption.c_str(), nullptr};
  std::unique_ptr<void, TransformerDeleter> transformer(
      GDALCreateGenImgProjTransformer2(handle, nullptr, const_cast<char**>(transformerOptions)));
  if (!transformer) {
    throw RasterError(openError(path, "无法转换到项目坐标系" + errors.suffix()));
  }
  double suggested[6];
  int pixels = 0;
  int lines = 0;
  double bounds[4];
  if (GDALSuggestedWarpOutput2(handle, GDALGenImgProjTransform, transformer.get(), suggested,
                               &pixels, &lines, bounds, 0) != CE_None) {
    throw RasterError(openError(path, "无法计算在项目坐标系中的范围" + errors.suffix()));
  }
  nativeResolution_ = std::abs(suggested[1]);
  extent_.include(bounds[0], bounds[1]);
  extent_.include(bounds[2], bounds[3]);
  // gdalwarp's bounds fit its output grid and may fall a few metres short of a corner; renders
  // crop to the footprint, so it must hold the whole raster: PROJ's bounds of the densified
  // outline do.
  if (hasTransform) extent_.include(footprintOf(handle, transform, source, target.get(), path));

  // An alpha band comes last; gdalwarp finds it itself and turns it into the output's alpha.
  colourBands_ = bandCount - (bandCount > 1 && isAlpha(handle, bandCount) ? 1 : 0);
  GDALRasterBandH first = GDALGetRasterBand(handle, 1);
  GDALColorTableH table = GDALGetRasterColorTable(first);
  auto byteBand = [&](int i) {
    return GDALGetRasterDataType(GDALGetRasterBand(handle, i)) == GDT_Byte;
  };
  if (table && GDALGetRasterColorInterpretation(first) == GCI_PaletteIndex) {
    bands_ = Bands::Palette;
    const int entries = GDALGetColorEntryCount(table);
    palette_.resize(static_cast<std::size_t>(std::max(entries, 0)));
    for (int i = 0; i < entries; ++i) {
      GDALColorEntry e;
      GDALGetColorEntryAsRGB(table, i, &e);
      palette_[static_cast<std::size_t>(i)] = qPremultiply(qRgba(e.c1, e.c2, e.c3, e.c4));
    }
  } else if (colourBands_ >= 3 && byteBand(1) && byteBand(2) && byteBand(3)) {
    bands_ = Bands::Rgb;
  } else {
    bands_ = Bands::Greyscale;
    double minMax[2] = {0, 0};
    // Approximate is enough for a stretch and reads an overview (or a sample) of big rasters.
    if (GDALComputeRasterMinMax(first, TRUE, minMax) == CE_None) {
      minimum_ = minMax[0];
      maximum_ = minMax[1];
    }
  }
  idle_.push_back(ds.release());
}

RasterBasemap::~RasterBasemap() {
  for (void* d : idle_) GdalDatasetCloser{}(GDALDataset::FromHandle(d));
}

std::shared_ptr<const RasterBasemap> RasterBasemap::open(const std::string& path, int projectSrid) {
  return std::make_shared<const RasterBasemap>(path, crsOfSrid(projectSrid));
}

std::string RasterBasemap::crsOfSrid(int srid) { return "EPSG:" + std::to_string(srid); }

void* RasterBasemap::acquire() const {
  {
    std::lock_guard<std::mutex> lock(poolMutex_);
    if (!idle_.empty()) {
      void* d = idle_.back();
      idle_.pop_back();
      return d;
    }
  }
  return openRaster(path_);
}

void RasterBasemap::release(void* dataset) const {
  {
    std::lock_guard<std::mutex> lock(poolMutex_);
    if (idle_.size() < kIdleHandles) {
      idle_.push_back(dataset);
      return;
    }
  }
  GdalDatasetCloser{}(GDALDataset::FromHandle(dataset));
}

QImage RasterBasemap::render(const MapViewport& viewport, const std::atomic<bool>* cancel) const {
  return render(viewport, viewport.size(), cancel);
}

QImage RasterBasemap::render(const MapViewport& viewport, const QSize& pixels,
                             const std::atomic<bool>* cancel) const {
  if (cancelled(cancel)) return QImage();
  QImage out(pixels, QImage::Format_ARGB32_Premultiplied);
  out.fill(Qt::transparent);
  if (!viewport.isValid() || pixels.isEmpty()) return out;
  const Extent view = viewport.extent();
  if (!view.intersects(extent_)) return out;
  const double resX = view.width() / pixels.width();
  const double resY = view.height() / pixels.height();

  // Zoomed in beyond the raster's own resolution, warping every image pixel would only
  // interpolate between the same few raster pixels: the warp then runs on a grid as coarse as
  // the raster and Qt scales the result up, a fraction of the cost. That grid is aligned to
  // the map's origin rather than to the view, so that panning does not shift its samples.
  double step = nativeResolution_ / resX;
  const bool scaled = step >= kMinScaleStep;
  if (!scaled) step = 1;
  const double cellX = resX * step;
  const double cellY = resY * step;
  const double originX = scaled ? 0.0 : view.minX;
  const double originY = scaled ? 0.0 : view.maxY;

  // Warp only the window that the footprint covers: zoomed out, a raster is a small part of
  // the view, and the warper would otherwise transform every empty pixel.
  const double wantedMinX = std::max(extent_.minX, view.minX);
  const double wantedMaxX = std::min(extent_.maxX, view.maxX);
  const double wantedMinY = std::max(extent_.minY, view.minY);
  const double wantedMaxY = std::min(extent_.maxY, view.maxY);
  double c0 = std::floor((wantedMinX - originX) / cellX) - kWindowPad;
  double c1 = std::ceil((wantedMaxX - originX) / cellX) + kWindowPad;
  double r0 = std::floor((originY - wantedMaxY) / cellY) - kWindowPad;
  double r1 = std::ceil((originY - wantedMinY) / cellY) + kWindowPad;
  if (!scaled) {
    c0 = std::max(c0, 0.0);
    r0 = std::max(r0, 0.0);
    c1 = std::min(c1, static_cast<double>(pixels.width()));
    r1 = std::min(r1, static_cast<double>(pixels.height()));
  }
  if (c1 <= c0 || r1 <= r0) return out;
  const int w = static_cast<int>(c1 - c0);
  const int h = static_cast<int>(r1 - r0);

  // The window as an in-memory dataset: the colour bands, then an alpha band that the warp
  // sets where the raster has data. Greyscale is warped as Float32 so that the stretch sees
  // the heights themselves; palette indices stay integers (and are resampled by nearest).
  const GDALDataType type = bands_ == Bands::Greyscale                          ? GDT_Float32
                            : bands_ == Bands::Palette && palette_.size() > 256 ? GDT_UInt16
                                                                                : GDT_Byte;
  GdalErrors errors;
  GDALDriverH mem = GDALGetDriverByName("MEM");
  GdalDataset window = ownDataset(GDALCreate(mem, "", w, h, colourBands_ + 1, type, nullptr));
  if (!window) throw RasterError("无法绘制底图 " + path_ + errors.suffix());
  const auto dst = static_cast<GDALDatasetH>(window.get());
  double transform[6] = {originX + c0 * cellX, cellX, 0, originY - r0 * cellY, 0, -cellY};
  GDALSetGeoTransform(dst, transform);
  GDALSetProjection(dst, projectWkt_.c_str());

  {
    Lease lease(*this);
    GDALDatasetH src = lease.get();
    // gdalwarp's defaults pick the overview level that matches the output resolution
    // (-ovr AUTO) and approximate the transformation within an eighth of a pixel.
    CPLStringList args;
    args.AddString("-r");
    args.AddString(bands_ == Bands::Palette ? "near" : "bilinear");
    args.AddString("-dstalpha");
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(args.List(), nullptr);
    GDALWarpAppOptionsSetProgress(options, warpProgress, const_cast<std::atomic<bool>*>(cancel));
    int usageError = FALSE;
    GDALDatasetH done = GDALWarp(nullptr, dst, 1, &src, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (cancelled(cancel)) return QImage();
    if (!done) throw RasterError("无法绘制底图 " + path_ + errors.suffix());
  }

  const std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  const int alphaBand = colourBands_ + 1;
  QImage image;
  if (bands_ == Bands::Rgb) {
    image = QImage(w, h, QImage::Format_RGBA8888);
    int bandMap[4] = {1, 2, 3, alphaBand};
    if (GDALDatasetRasterIO(dst, GF_Read, 0, 0, w, h, image.bits(), w, h, GDT_Byte, 4, bandMap, 4,
                            static_cast<int>(image.bytesPerLine()), 1) != CE_None) {
      throw RasterError("无法绘制底图 " + path_ + errors.suffix());
    }
    image.convertTo(QImage::Format_ARGB32_Premultiplied);
  } else {
    std::vector<float> values(count);
    std::vector<GByte> alpha(count);
    if (GDALRasterIO(GDALGetRasterBand(dst, 1), GF_Read, 0, 0, w, h, values.data(), w, h,
                     GDT_Float32, 0, 0) != CE_None ||
        GDALRasterIO(GDALGetRasterBand(dst, alphaBand), GF_Read, 0, 0, w, h, alpha.data(), w, h,
                     GDT_Byte, 0, 0) != CE_None) {
      throw RasterError("无法绘制底图 " + path_ + errors.suffix());
    }
    image = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    const double range = maximum_ - minimum_;
    const double scale = range > 0 ? 255.0 / range : 0.0;
    for (int y = 0; y < h; ++y) {
      auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
      const std::size_t row = static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
      for (int x = 0; x < w; ++x) {
        const std::size_t i = row + static_cast<std::size_t>(x);
        const int a = alpha[i];
        if (a == 0) {
          line[x] = 0;
          continue;
        }
        QRgb colour;
        if (bands_ == Bands::Palette) {
          const auto index = static_cast<std::size_t>(std::max(0.0f, values[i]));
          colour = index < palette_.size() ? palette_[index] : 0;
        } else {
          // A flat raster (range 0) shows as mid grey rather than black.
          const double g = range > 0 ? (values[i] - minimum_) * scale : 127.5;
          const int grey = static_cast<int>(std::lround(std::clamp(g, 0.0, 255.0)));
          colour = qRgb(grey, grey, grey);
        }
        if (a < 255) {
          // Partly covered edge pixels: scale the premultiplied colour by the coverage.
          colour = qRgba(qRed(colour) * a / 255, qGreen(colour) * a / 255, qBlue(colour) * a / 255,
                         qAlpha(colour) * a / 255);
        }
        line[x] = colour;
      }
    }
  }

  QPainter painter(&out);
  if (scaled) {
    // Palette indices were sampled by nearest neighbour: their pixels stay sharp-edged.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, bands_ != Bands::Palette);
    const QPointF topLeft((originX + c0 * cellX - view.minX) / resX,
                          (view.maxY - (originY - r0 * cellY)) / resY);
    painter.drawImage(QRectF(topLeft, QSizeF(w * step, h * step)), image);
    return out;
  }
  if (c0 == 0 && r0 == 0 && w == pixels.width() && h == pixels.height()) return image;
  painter.setCompositionMode(QPainter::CompositionMode_Source);
  painter.drawImage(QPoint(static_cast<int>(c0), static_cast<int>(r0)), image);
  return out;
}

}  // namespace fangan
