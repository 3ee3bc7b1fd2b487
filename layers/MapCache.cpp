#include "layers/MapCache.h"

#include <QHash>
#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

#include "gis/store/AttributeColumns.h"
#include "gis/store/DataVersion.h"
#include "gis/store/MapCacheStore.h"
#include "layers/BuildingDensity.h"
#include "layers/LayerLoader.h"

namespace fangan {
namespace {

constexpr std::uint32_t kMagic = 0x434d4746;  // "FGMC"
constexpr std::uint32_t kByteOrder = 0x01020304;
// Bump when the packed layout or the values it holds change (the building classes of
// BuildingClass.h included), so caches of older builds are rebuilt.
// 2: the attribute columns (gis/store/AttributeColumns.h) are written with it; 3: and the
// buildings density (BuildingDensity.h); 4: the dashboard's columns among the attribute columns;
// 5: the header counts the rings and points of each part (one point array for the layer).
// (Also bump when cachedAttributeColumns() gains a column: it is written only with the cache.)
constexpr std::uint32_t kFormat = 5;
constexpr std::size_t kFeaturesPerPart = 32768;

static_assert(sizeof(QPointF) == 2 * sizeof(double), "QPointF is two doubles");

void putString(ByteWriter& w, const QString& s) {
  w.putUtf16(reinterpret_cast<const char16_t*>(s.utf16()), static_cast<std::uint32_t>(s.size()));
}

bool getString(ByteReader& r, QString& out) {
  const auto length = r.get<std::uint32_t>();
  const unsigned char* at = r.take(std::size_t{length} * sizeof(char16_t));
  if (!at) return false;
  out = QString(static_cast<qsizetype>(length), Qt::Uninitialized);
  if (length > 0) std::memcpy(out.data(), at, std::size_t{length} * sizeof(char16_t));
  return true;
}

// The code is unique per building and goes inline; every other value repeats (classes, towns,
// grids, years) and goes through the dictionary.
std::vector<bool> inlineFields(const MapLayer& layer) {
  std::vector<bool> inlined(static_cast<std::size_t>(layer.fields().size()), false);
  const int code = layer.fieldIndex(layer_field::kCode);
  if (code >= 0) inlined[static_cast<std::size_t>(code)] = true;
  return inlined;
}

struct Header {
  ProjectLayer kind = ProjectLayer::Buildings;
  GeometryShape shape = GeometryShape::Empty;
  int skipped = 0;
  std::uint64_t featureCount = 0;
  std::uint32_t featureParts = 0;
  /// Per feature part: where its rings and points begin in the layer's arrays (prefix sums of
  /// the counts the header holds), and one past the last part: the totals.
  std::vector<std::uint64_t> ringAt{0};
  std::vector<std::uint64_t> pointAt{0};
  QStringList fields;
  std::vector<bool> inlined;
  std::vector<QString> dictionary;
};

bool readHeader(const Bytes& part, std::int64_t generation, Header& h) {
  ByteReader r(part);
  if (r.get<std::uint32_t>() != kMagic || r.get<std::uint32_t>() != kByteOrder ||
      r.get<std::uint32_t>() != kFormat || r.get<std::int64_t>() != generation || !r.ok()) {
    return false;
  }
  h.kind = static_cast<ProjectLayer>(r.get<std::int32_t>());
  const auto shape = r.get<std::uint8_t>();
  if (shape > static_cast<std::uint8_t>(GeometryShape::Polygon)) return false;
  h.shape = static_cast<GeometryShape>(shape);
  h.skipped = r.get<std::int32_t>();
  h.featureCount = r.get<std::uint64_t>();
  h.featureParts = r.get<std::uint32_t>();
  if (!r.ok() || h.featureParts > r.remaining() / (2 * sizeof(std::uint64_t))) return false;
  for (std::uint32_t p = 0; p < h.featureParts; ++p) {
    const auto rings = r.get<std::uint64_t>();
    const auto points = r.get<std::uint64_t>();
    // Ring starts and point indexes are 32-bit (FeaturePaths::Store).
    if (rings >= (std::uint64_t{1} << 32) || points >= (std::uint64_t{1} << 32)) return false;
    h.ringAt.push_back(h.ringAt.back() + rings);
    h.pointAt.push_back(h.pointAt.back() + points);
    if (h.ringAt.back() >= (std::uint64_t{1} << 32) ||
        h.pointAt.back() >= (std::uint64_t{1} << 32)) {
      return false;
    }
  }
  const auto fieldCount = r.get<std::uint32_t>();
  if (!r.ok() || fieldCount > r.remaining()) return false;
  for (std::uint32_t i = 0; i < fieldCount; ++i) {
    QString field;
    if (!getString(r, field)) return false;
    h.fields.append(field);
    h.inlined.push_back(r.get<std::uint8_t>() != 0);
  }
  const auto words = r.get<std::uint32_t>();
  if (!r.ok() || words > r.remaining() / sizeof(std::uint32_t)) return false;
  h.dictionary.resize(words);
  for (QString& word : h.dictionary) {
    if (!getString(r, word)) return false;
  }
  return r.atEnd();
}

// Decodes one part of features into `out`, their values into a table of the part's own (the
// header's dictionary words, then the part's inlined values); false when it is damaged.
// Each feature takes at least its fixed fields (id, shape, box, label point, area, path count).
constexpr std::size_t kMinFeatureBytes = 8 + 1 + 7 * 8 + 4;

// Decodes feature part `p` into out[0, expected) (its place in the layer), their rings into the
// layer's ring store at the places the header gives the part, their values into a table of the
// part's own (the header's dictionary words, then the part's inlined values); false when it is
// damaged or holds other numbers of features, rings or points than the header says.
bool readFeatures(const Bytes& part, const Header& h, std::size_t p, MapFeature* out,
                  std::size_t expected, const std::shared_ptr<FeaturePaths::Store>& paths) {
  ByteReader r(part);
  const auto count = r.get<std::uint32_t>();
  // A count beyond what the bytes can hold is a forgery.
  if (!r.ok() || count != expected || count > r.remaining() / kMinFeatureBytes) return false;
  const auto fieldCount = static_cast<std::size_t>(h.fields.size());
  auto table = std::make_shared<FeatureValues::Table>();
  table->width = static_cast<qsizetype>(fieldCount);
  table->words = h.dictionary;  // shared strings: a reference count each
  table->wide.resize(std::size_t{count} * fieldCount);
  for (std::size_t v = 0; v < fieldCount; ++v) {
    if (h.inlined[v]) table->setInline(static_cast<qsizetype>(v));
  }
  table->textStarts.reserve(std::size_t{count} * static_cast<std::size_t>(table->inlineCount) + 1);
  // A code is about a dozen characters.
  table->text.reserve(std::size_t{count} * static_cast<std::size_t>(table->inlineCount) * 12);
  // The part's rings and points go to their places in the layer's arrays (sized by the header).
  const auto ringBegin = static_cast<std::uint32_t>(h.ringAt[p]);
  const std::uint64_t ringEnd = h.ringAt[p + 1];
  const std::uint64_t pointEnd = h.pointAt[p + 1];
  std::uint32_t ring = ringBegin;
  auto point = static_cast<std::uint32_t>(h.pointAt[p]);
  QPointF* points = paths->points.data();
  std::uint32_t* starts = paths->starts.data();
  for (std::uint32_t i = 0; i < count; ++i) {
    MapFeature& f = out[i];
    f.id = r.get<std::int64_t>();
    const auto shape = r.get<std::uint8_t>();
    if (shape > static_cast<std::uint8_t>(GeometryShape::Polygon)) return false;
    f.shape = static_cast<GeometryShape>(shape);
    f.bounds.minX = r.get<double>();
    f.bounds.minY = r.get<double>();
    f.bounds.maxX = r.get<double>();
    f.bounds.maxY = r.get<double>();
    const double lx = r.get<double>();
    const double ly = r.get<double>();
    f.labelPoint = QPointF(lx, ly);
    f.area = r.get<double>();
    if (!r.ok()) return false;
    std::uint32_t* row = table->wide.data() + std::size_t{i} * fieldCount;
    for (std::size_t v = 0; v < fieldCount; ++v) {
      if (h.inlined[v]) {
        const auto length = r.get<std::uint32_t>();
        const unsigned char* at = r.take(std::size_t{length} * sizeof(char16_t));
        if (!at) return false;
        table->appendText(at, length);
        row[v] = 0;  // not looked up
      } else {
        const auto word = r.get<std::uint32_t>();
        if (word >= h.dictionary.size()) return false;
        row[v] = word;
      }
    }
    f.values = FeatureValues(table, i);
    const auto rings = r.get<std::uint32_t>();
    if (!r.ok() || rings > ringEnd - ring) return false;
    const std::uint32_t firstRing = ring;
    for (std::uint32_t k = 0; k < rings; ++k) {
      const auto size = r.get<std::uint32_t>();
      if (!r.ok() || size > pointEnd - point) return false;
      const unsigned char* at = r.take(std::size_t{size} * sizeof(QPointF));
      if (!at) return false;
      // The part's bytes need not be aligned for doubles.
      if (size > 0) std::memcpy(static_cast<void*>(points + point), at, size * sizeof(QPointF));
      point += size;
      starts[++ring] = point;
    }
    f.paths = FeaturePaths(paths, firstRing, rings);
  }
  table->pack();
  return r.atEnd() && ring == ringEnd && point == pointEnd;
}

// Takes the parts in order as they are read and decodes the feature parts on two worker threads
// while the next ones are read, so that only the parts in flight are held (not the whole cache
// beside the layer). The same two threads decode every part, rather than a thread started per
// part (measured at 10^6 buildings: 20 MB lower peak).
//
// New memory is what an opening pays most for (the kernel faults in and zeroes every page), and
// the reading thread is the one the others wait for, so it touches none it can avoid: the
// buffers of decoded parts are handed back to read the next parts into (buffer()); the layer's
// feature array is faulted in by the two workers, half each, while the first parts are read, and
// the spatial index is unpacked by a worker too.
class Unpacker {
 public:
  /// `bytes`: the size of all the parts, which bounds the number of features they can hold.
  Unpacker(std::int64_t generation, std::size_t bytes) : generation_(generation), bytes_(bytes) {}

  ~Unpacker() { stopWorkers(); }

  Unpacker(const Unpacker&) = delete;
  Unpacker& operator=(const Unpacker&) = delete;

  /// A buffer to read the next part into: one of a part already decoded when there is one.
  Bytes buffer() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (spare_.empty()) return {};
    Bytes b = std::move(spare_.back());
    spare_.pop_back();
    return b;
  }

  /// Takes the next part; false once the cache is known to be unusable.
  bool add(Bytes part) {
    if (!ok_ || failed_.load()) return ok_ = false;
    const std::size_t at = next_++;
    if (at == 0) {
      ok_ = readHeader(part, generation_, header_);
      // Every part holds kFeaturesPerPart features but the last: the features are decoded
      // straight into their places in the layer, never copied from part buffers afterwards
      // (at 5 M buildings that copy held 0.7 GB twice).
      const std::uint64_t parts = header_.featureParts;
      // Counts beyond what the bytes can hold are a forgery: refused before anything is
      // allocated for them.
      ok_ = ok_ && header_.featureCount <= bytes_ / kMinFeatureBytes &&
            header_.featureCount <= parts * kFeaturesPerPart &&
            (parts == 0 || header_.featureCount > (parts - 1) * kFeaturesPerPart) &&
            header_.ringAt.back() <= bytes_ / sizeof(std::uint32_t) &&
            header_.pointAt.back() <= bytes_ / sizeof(QPointF);
      if (!ok_) return false;
      features_.reserve(header_.featureCount);
      features_at_ = features_.data();
      paths_ = std::make_shared<FeaturePaths::Store>();
      paths_->points.reserve(header_.pointAt.back());
      paths_->starts.reserve(header_.ringAt.back() + 1);
      startWorkers();
      // Faulted in half by each worker; the one that finishes last constructs the arrays.
      touching_ = 2;
      for (int half = 0; half < 2; ++half) {
        Job job;
        job.kind = Job::Touch;
        job.ranges = {halfOf(features_at_, header_.featureCount, half),
                      halfOf(paths_->points.data(), header_.pointAt.back(), half),
                      halfOf(paths_->starts.data(), header_.ringAt.back() + 1, half)};
        push(std::move(job));
      }
      return true;
    }
    if (at == 1) {
      if (failed_.load()) return ok_ = false;
      Job job;
      job.kind = Job::Index;
      job.bytes = std::move(part);
      push(std::move(job));
      return true;
    }
    if (at - 2 >= header_.featureParts) return ok_ = false;
    const std::size_t begin = (at - 2) * kFeaturesPerPart;
    const std::size_t count = std::min<std::size_t>(kFeaturesPerPart, header_.featureCount - begin);
    std::unique_lock<std::mutex> lock(mutex_);
    // At most two parts waiting beside the two being decoded.
    taken_.wait(lock, [this]() { return jobs_.size() < 2 || failed_.load(); });
    if (failed_.load()) return ok_ = false;
    Job job;
    job.bytes = std::move(part);
    job.out = features_at_ + begin;
    job.count = count;
    job.part = at - 2;
    jobs_.push_back(std::move(job));
    queued_.notify_one();
    return true;
  }

  /// The layer, when every part arrived intact.
  std::optional<MapLayer> finish(int* skipped) {
    stopWorkers();
    ok_ = ok_ && !failed_.load();
    if (!ok_ || next_ != 2 + std::size_t{header_.featureParts} || !index_) return std::nullopt;
    if (skipped) *skipped = header_.skipped;
    return MapLayer(header_.kind, header_.shape, std::move(header_.fields), std::move(features_),
                    std::move(*index_));
  }

 private:
  struct Range {
    void* begin = nullptr;
    std::size_t bytes = 0;
  };
  struct Job {
    enum Kind { Touch, Index, Decode } kind = Decode;
    Bytes bytes;
    MapFeature* out = nullptr;
    std::size_t count = 0;
    std::size_t part = 0;       ///< Decode: which feature part
    std::vector<Range> ranges;  ///< Touch: the storage to fault in
  };

  // The first or second half of the storage of `count` items at `at`.
  template <typename T>
  static Range halfOf(T* at, std::size_t count, int half) {
    const std::size_t first = count / 2;
    return half == 0 ? Range{at, first * sizeof(T)}
                     : Range{at + first, (count - first) * sizeof(T)};
  }

  void startWorkers() {
    // Two: the two cores of an office PC, the reading thread mostly waiting.
    for (int i = 0; i < 2; ++i) workers_.emplace_back([this]() { work(); });
  }

  void push(Job job) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      jobs_.push_back(std::move(job));
    }
    queued_.notify_one();
  }

  void fail() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      failed_.store(true);
    }
    taken_.notify_all();
    constructed_.notify_all();
  }

  void work() {
    for (;;) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        queued_.wait(lock, [this]() { return !jobs_.empty() || closed_; });
        if (jobs_.empty()) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      taken_.notify_one();
      if (failed_.load()) continue;
      switch (job.kind) {
        case Job::Touch:
          touch(job.ranges);
          break;
        case Job::Index:
          // The feature count is known from the header: the index may name no other items.
          index_ =
              SpatialIndex::fromBytes(job.bytes.data(), job.bytes.size(), header_.featureCount);
          if (!index_) fail();
          break;
        case Job::Decode: {
          {
            std::unique_lock<std::mutex> lock(mutex_);
            constructed_.wait(lock, [this]() { return touching_ == 0 || failed_.load(); });
          }
          if (failed_.load() ||
              !readFeatures(job.bytes, header_, job.part, job.out, job.count, paths_)) {
            fail();
            break;
          }
          std::lock_guard<std::mutex> lock(mutex_);
          if (spare_.size() < 3) spare_.push_back(std::move(job.bytes));
          break;
        }
      }
    }
  }

  // Writes a byte in every page of the layer's arrays' storage (reserved, not yet constructed),
  // so the kernel's faults on it happen here, on both cores, while the reading thread reads on.
  // The last of the two constructs the arrays, in memory that is by then in place.
  void touch(const std::vector<Range>& ranges) {
    for (const Range& range : ranges) {
      auto* bytes = static_cast<volatile unsigned char*>(range.begin);
      for (std::size_t i = 0; i < range.bytes; i += 4096) bytes[i] = 0;
    }
    std::unique_lock<std::mutex> lock(mutex_);
    if (--touching_ > 0) return;
    features_.resize(header_.featureCount);
    paths_->points.resize(header_.pointAt.back());
    paths_->starts.resize(header_.ringAt.back() + 1);  // starts[0] = 0; the parts write the rest
    touching_ = 0;
    lock.unlock();
    constructed_.notify_all();
  }

  // Lets the workers finish the jobs queued (or drop them after a failure) and joins them.
  void stopWorkers() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      closed_ = true;
    }
    queued_.notify_all();
    for (std::thread& worker : workers_) worker.join();
    workers_.clear();
  }

  std::int64_t generation_;
  Header header_;
  std::optional<SpatialIndex> index_;
  std::size_t bytes_;  ///< of all the parts: bounds every count the header may claim
  std::vector<MapFeature> features_;
  std::shared_ptr<FeaturePaths::Store> paths_;  ///< every ring of the layer
  MapFeature* features_at_ = nullptr;  ///< features_'s storage, reserved before it is filled
  std::size_t next_ = 0;
  bool ok_ = true;
  std::mutex mutex_;
  std::condition_variable queued_;       ///< a job was queued, or no more will be
  std::condition_variable taken_;        ///< a job was taken, or one failed
  std::condition_variable constructed_;  ///< the features were constructed, or a job failed
  std::deque<Job> jobs_;
  std::vector<Bytes> spare_;  ///< buffers of decoded parts, to read the next parts into
  int touching_ = 0;          ///< halves of the feature storage not yet faulted in
  bool closed_ = false;
  std::atomic<bool> failed_{false};
  std::vector<std::thread> workers_;
};

}  // namespace

std::vector<Bytes> packMapLayer(const MapLayer& layer, std::int64_t generation, int skipped) {
  const std::vector<MapFeature>& features = layer.features();
  const std::vector<bool> inlined = inlineFields(layer);
  QHash<QString, std::uint32_t> words;
  std::vector<QString> dictionary;
  const auto featureParts =
      static_cast<std::uint32_t>((features.size() + kFeaturesPerPart - 1) / kFeaturesPerPart);

  std::vector<Bytes> parts(2 + featureParts);
  std::vector<std::uint64_t> partRings(featureParts, 0);
  std::vector<std::uint64_t> partPoints(featureParts, 0);
  for (std::uint32_t p = 0; p < featureParts; ++p) {
    ByteWriter w(parts[2 + p]);
    const std::size_t begin = std::size_t{p} * kFeaturesPerPart;
    const std::size_t end = std::min(features.size(), begin + kFeaturesPerPart);
    w.put(static_cast<std::uint32_t>(end - begin));
    for (std::size_t i = begin; i < end; ++i) {
      const MapFeature& f = features[i];
      w.put(f.id);
      w.put(static_cast<std::uint8_t>(f.shape));
      w.put(f.bounds.minX);
      w.put(f.bounds.minY);
      w.put(f.bounds.maxX);
      w.put(f.bounds.maxY);
      w.put(f.labelPoint.x());
      w.put(f.labelPoint.y());
      w.put(f.area);
      for (qsizetype v = 0; v < f.values.size(); ++v) {
        const QString value = f.values[v];
        if (inlined[static_cast<std::size_t>(v)]) {
          putString(w, value);
          continue;
        }
        auto it = words.constFind(value);
        if (it == words.constEnd()) {
          it = words.insert(value, static_cast<std::uint32_t>(dictionary.size()));
          dictionary.push_back(value);
        }
        w.put(*it);
      }
      w.put(static_cast<std::uint32_t>(f.paths.size()));
      partRings[p] += static_cast<std::uint64_t>(f.paths.size());
      for (const FeaturePaths::Ring path : f.paths) {
        partPoints[p] += static_cast<std::uint64_t>(path.size());
        w.put(static_cast<std::uint32_t>(path.size()));
        w.append(path.data(), static_cast<std::size_t>(path.size()) * sizeof(QPointF));
      }
    }
  }

  ByteWriter h(parts[0]);
  h.put(kMagic);
  h.put(kByteOrder);
  h.put(kFormat);
  h.put(generation);
  h.put(static_cast<std::int32_t>(layer.kind()));
  h.put(static_cast<std::uint8_t>(layer.shape()));
  h.put(static_cast<std::int32_t>(skipped));
  h.put(static_cast<std::uint64_t>(features.size()));
  h.put(featureParts);
  for (std::uint32_t p = 0; p < featureParts; ++p) {
    h.put(partRings[p]);
    h.put(partPoints[p]);
  }
  h.put(static_cast<std::uint32_t>(layer.fields().size()));
  for (qsizetype i = 0; i < layer.fields().size(); ++i) {
    putString(h, layer.fields()[i]);
    h.put(static_cast<std::uint8_t>(inlined[static_cast<std::size_t>(i)] ? 1 : 0));
  }
  h.put(static_cast<std::uint32_t>(dictionary.size()));
  for (const QString& word : dictionary) putString(h, word);

  layer.index().appendTo(parts[1]);
  return parts;
}

std::optional<MapLayer> unpackMapLayer(const std::vector<Bytes>& parts, std::int64_t generation,
                                       int* skipped) {
  std::size_t bytes = 0;
  for (const Bytes& part : parts) bytes += part.size();
  Unpacker unpacker(generation, bytes);
  for (const Bytes& part : parts) {
    if (!unpacker.add(part)) return std::nullopt;
  }
  return unpacker.finish(skipped);
}

MapLayer loadBuildingLayer(const ProjectStore& store, ProjectStore* writable, int* skipped,
                           MapCacheUse* use, std::shared_ptr<PendingMapCache>* later) {
  if (use) *use = MapCacheUse::Bypassed;
  const std::optional<std::int64_t> before = buildingsGeneration(store);
  if (before) {
    Unpacker unpacker(*before, mapCacheBytes(store, kBuildingsMapCache));
    forEachMapCachePart(
        store, kBuildingsMapCache,
        [&unpacker](Bytes part) { return unpacker.add(std::move(part)); },
        [&unpacker]() { return unpacker.buffer(); });
    std::optional<MapLayer> cached = unpacker.finish(skipped);
    // The generation read again: a writer that committed while the parts were read moved it.
    // A cache of another layer or field list (a build that forgot to bump kFormat) is not ours.
    if (cached && cached->kind() == ProjectLayer::Buildings &&
        cached->fields() == buildingFeatureFields() && buildingsGeneration(store) == before) {
      if (use) *use = MapCacheUse::Read;
      return std::move(*cached);
    }
  }
  int missed = 0;
  // The attribute table's columns come from the same read when the cache is to be written.
  std::optional<AttributeColumnsOnWorker> columns;
  if (writable && before) columns.emplace(cachedAttributeColumns());
  MapLayer layer = loadBuildingsMapLayer(store, &missed, [&columns](const BuildingRecord& r) {
    if (columns) columns->add(r);
  });
  if (skipped) *skipped = missed;
  // Written only when nothing changed the buildings while they were read (both readings of the
  // generation agree); a change after that moves the generation past the cache's tag.
  if (columns && buildingsGeneration(store) == before) {
    auto pending = std::make_shared<PendingMapCache>();
    pending->columns = columns->finish(*before);
    columns.reset();
    pending->layer = layer;
    pending->generation = *before;
    pending->skipped = missed;
    if (later) {
      *later = std::move(pending);
      if (use) *use = MapCacheUse::Pending;
      return layer;
    }
    try {
      if (writePendingMapCache(*writable, *pending) && use) *use = MapCacheUse::Written;
    } catch (const StoreError&) {
      // A read-only project or a lock held elsewhere: the map is shown all the same.
    }
  }
  return layer;
}

bool writePendingMapCache(ProjectStore& store, PendingMapCache& cache,
                          const std::atomic<bool>* cancel, bool* othersWrote) {
  const auto stopped = [cancel]() { return cancel && cancel->load(); };
  const std::int64_t version = projectDataVersion(store);
  // Made before the write transaction, which then holds the project's write lock only for the
  // writing.
  const std::vector<Bytes> map = packMapLayer(cache.layer, cache.generation, cache.skipped);
  if (stopped()) return false;
  const Bytes density = packBuildingDensity(buildingDensity(cache.layer), cache.generation);
  if (stopped() || buildingsGeneration(store) != cache.generation) return false;
  auto transaction = store.begin();
  // Checked again under the write lock: a change committed since would make this cache stale.
  if (othersWrote) *othersWrote = projectDataVersion(store) != version;
  if (buildingsGeneration(store) != cache.generation) return false;
  writeMapCache(store, kBuildingsMapCache, map);
  if (stopped()) return false;
  writeAttributeColumns(store, cache.columns);
  writeMapCache(store, kBuildingDensityCache, {density});
  if (stopped()) return false;
  transaction->commit();
  return true;
}

}  // namespace fangan
