#include "layers/layout/LedgerFormPdf.h"

#include "layers/layout/HeadlessGui.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/LedgerFormDocument.h"

namespace fangan {

void writeLedgerFormPdf(const LedgerForm& form, const std::string& path,
                        const LedgerFormPdfOptions& options) {
  const HeadlessGui gui;  // a no-op when the program already has its Qt application
  const LedgerFormDocument document(form, options.fontFamily);
  ExportOptions exportOptions;
  exportOptions.dpi = 300;
  exportDocument(document, QString::fromStdString(path), exportOptions);
}

}  // namespace fangan
