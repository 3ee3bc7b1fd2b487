#pragma once
// Options shared by the map export commands (export-map, atlas): resolution, how the map frame
// is drawn, and the texts printed on every page.

#include "app/cli/Command.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageTexts.h"

namespace fangan::cli {

/// `--dpi N` (72–1200, default 300).
double dpiFrom(const Arguments& a);
/// `--map auto|vector|image` (default auto).
MapRendering renderingFrom(const Arguments& a);
/// `--note`, `--source`, `--district`, `--date YYYY-MM-DD`: the texts every page shares.
PageTexts sharedTextsFrom(const Arguments& a);

}  // namespace fangan::cli
