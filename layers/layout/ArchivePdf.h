#pragma once
// The archive of one building (一楼一档, docs/rules.md#archive-pdf) as an A4 portrait PDF through
// the layout engine's exporter (vector text, embedded CJK font, repaired ToUnicode maps):
//   - title with the code, address and the day it was produced;
//   - 基本信息: the record's attributes and the derived health code;
//   - 责任人与手续: owner, occupant, department and approvals — phone and ID-like numbers masked
//     (docs/rules.md#personal-data) unless `showPersonal`;
//   - 检查与处置记录: the whole inspection history, every kind (notices included);
//   - 一栋一策 and 问题台账: the building's plans and registered problems;
//   - 隐患通知书: the history's events of kind "notice";
//   - 照片与文件: every photo, scaled to the column, with its file name, EXIF time and position;
//     documents listed by name.
// Sections that do not fit continue on the next page. Painting needs a QGuiApplication;
// writeArchivePdf opens a HeadlessGui scope when the process has none.

#include <QString>
#include <memory>
#include <string>

#include "gis/archive/BuildingArchive.h"
#include "gis/model/Date.h"
#include "layers/layout/LayoutDocument.h"

namespace fangan {

struct ArchivePdfOptions {
  bool showPersonal = false;  ///< print phones and ID-like numbers in full
  Date today;                 ///< printed as the day the archive was produced
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
};

/// The archive as a layout document. `archive` must outlive it.
std::unique_ptr<LayoutDocument> archiveDocument(const BuildingArchive& archive,
                                                const ArchivePdfOptions& options);

/// Writes the archive to `path` (.pdf); returns the number of pages. Throws LayoutError naming
/// the file on failure.
int writeArchivePdf(const BuildingArchive& archive, const std::string& path,
                    const ArchivePdfOptions& options);

}  // namespace fangan
