#pragma once
// Writes a campaign form (attachment 1 or 2, docs/rules.md#ledger-forms, gis/analysis/LedgerForm.h)
// as a vector PDF through the layout engine: text stays searchable Chinese text in an embedded CJK
// font (docs/rules.md#ledger-forms). Opens a HeadlessGui scope when the process has no Qt
// application.

#include <QString>
#include <string>

#include "gis/analysis/LedgerForm.h"

namespace fangan {

struct LedgerFormPdfOptions {
  QString fontFamily = QStringLiteral("Noto Sans CJK SC");
};

/// Writes `form` to `path` (a .pdf). Throws std::runtime_error (LayoutError) naming the file
/// when it cannot be written.
void writeLedgerFormPdf(const LedgerForm& form, const std::string& path,
                        const LedgerFormPdfOptions& options = {});

}  // namespace fangan
