#pragma once
// Records inspections into the project store with undo. Each entry is one store transaction:
// the event is appended and the building record updated (the store audit-logs every changed
// field). Undo never deletes anything: it writes the previous record back (audit-logged too) and
// appends a "correction" event saying what was undone, because the history is append-only
// (docs/rules.md#lifecycle). Redo appends the entry's event again.

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <cstdint>
#include <optional>

#include "app/gui/InspectionEntry.h"
#include "gis/store/ProjectStore.h"

namespace fangan {
namespace gui {

class InspectionEditor : public QObject {
  Q_OBJECT

 public:
  /// Event kind of the entries undo appends.
  static constexpr const char* kCorrectionKind = "correction";

  explicit InspectionEditor(QObject* parent = nullptr);

  /// The store edits go to (null: none). Clears the undo history, which belongs to one store.
  void setStore(ProjectStore* store);
  /// The undo history (for the Edit menu's actions).
  QUndoStack* undoStack() { return &undoStack_; }

  /// Checks an entry against the building's stored record and, when the lifecycle allows it,
  /// writes it as one undoable step. Returns false with the reason in `error` otherwise; nothing
  /// is written then. `readVersion`, when not 0, is the row version of the record the user's
  /// form showed: a building changed since is refused as a stale edit
  /// (docs/rules.md#row-versions; lastRefusalStale() tells, the form offers to reload).
  bool record(std::int64_t buildingId, const InspectionInput& input, QString* error = nullptr,
              std::int64_t readVersion = 0);
  /// Whether the last record() or write() was refused because the building had moved on.
  bool lastRefusalStale() const { return lastStale_; }
  /// The building's stored record now (a form reloading after a stale edit).
  std::optional<BuildingRecord> current(std::int64_t buildingId) const;

  /// Writes `event` and moves the building from `expected` to `target` in one transaction.
  /// Refuses (returns false, writes nothing) when the stored record is no longer `expected`:
  /// someone else changed it since. With `requireVersion` (not 0) the stored row must be at
  /// that version instead (a stale edit otherwise). Used by the undo commands.
  bool write(const BuildingRecord& expected, const BuildingRecord& target,
             const InspectionEvent& event, QString* error = nullptr,
             std::int64_t requireVersion = 0);

 signals:
  /// A building record was written (entry, undo or redo).
  void buildingChanged(const fangan::BuildingRecord& record);
  /// An undo or redo could not be written; the message is for the user.
  void failed(const QString& message);
  /// A write met a dropped server connection (nothing was written); the window shows its
  /// reconnect banner while the form stays open.
  void connectionLost(const QString& why);

 private:
  bool writeTransaction(const BuildingRecord& expected, const BuildingRecord& target,
                        const InspectionEvent& event, QString* error, std::int64_t requireVersion);

  ProjectStore* store_ = nullptr;
  QString lastWriteError_;  // why the last write() failed
  bool lastStale_ = false;  // the last write() was a stale edit
  QUndoStack undoStack_;
};

}  // namespace gui
}  // namespace fangan
