#pragma once
// The spot-check ledger (抽查台账, docs/rules.md#spot-check) as an A4 landscape PDF through the
// layout engine's exporter (vector text, embedded CJK font, repaired ToUnicode maps): a title
// with the sample's seed, rate and draw date; the per-town summary (base, sample size, checked,
// correct, 错排, 漏排, accuracy, 责令重新排查 in red); then one row per sampled building. Tables
// that do not fit continue on further pages (title marked 续) with their header repeated.
// Painting needs a QGuiApplication; write opens a HeadlessGui scope when the process has none.

#include <QString>
#include <string>

#include "gis/analysis/SpotCheckLedger.h"
#include "layers/layout/LayoutDocument.h"

namespace fangan {

/// The ledger as a layout document (for the PDF and previews). `ledger` must outlive it.
std::unique_ptr<LayoutDocument> spotCheckLedgerDocument(const SpotCheckLedger& ledger,
                                                        const QString& fontFamily);

/// Writes the ledger to `path` (.pdf). Throws LayoutError naming the file on failure.
void writeSpotCheckLedgerPdf(const SpotCheckLedger& ledger, const std::string& path,
                             const QString& fontFamily = QStringLiteral("Noto Sans CJK SC"));

}  // namespace fangan
