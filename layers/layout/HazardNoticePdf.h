#pragma once
// The hazard notice 隐患通知书 (docs/rules.md#notice) as A4 portrait PDF pages through the layout
// engine's exporter (vector text, embedded CJK font, repaired ToUnicode maps), one page per
// notice: the office and title, the notice number, the salutation to the owner (a blank line to
// write on when the record names none), the opening paragraph; a box with code, address, town,
// owner and occupant beside a small location map (the project map around the building, its
// neighbours by hazard grade, the building outlined in red, scale bar and north arrow); the
// findings, the required actions and deadline, the legal basis, the closing paragraph; the
// owner's receipt line and the office's signature with a seal place and the date.
// Painting needs a QGuiApplication; writeHazardNoticePdf opens a HeadlessGui scope when the
// process has none.

#include <QString>
#include <memory>
#include <string>
#include <vector>

#include "gis/cases/NoticeContent.h"
#include "layers/layout/LayoutData.h"
#include "layers/layout/LayoutDocument.h"

namespace fangan {

/// The notices as a layout document; `data` and `notices` must outlive it.
std::unique_ptr<LayoutDocument> hazardNoticeDocument(const LayoutData& data,
                                                     const std::vector<NoticeContent>& notices,
                                                     const QString& fontFamily);

/// Writes the notices to `path` (.pdf), one page each. Throws LayoutError naming the file.
void writeHazardNoticePdf(const LayoutData& data, const std::vector<NoticeContent>& notices,
                          const std::string& path,
                          const QString& fontFamily = QStringLiteral("Noto Sans CJK SC"));

}  // namespace fangan
