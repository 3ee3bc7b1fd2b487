#pragma once
// Options shared by the map export commands (export-map, atlas): resolution, how the map frame
// is drawn, and the texts printed on every page.

#include <iosfwd>

#include "app/cli/Command.h"
#include "layers/layout/Layout.h"
#include "layers/layout/LayoutExport.h"
#include "layers/layout/PageTexts.h"

namespace fangan::cli {

/// `--dpi N` (72–1200, default 300).
double dpiFrom(const Arguments& a);
/// `--map auto|vector|image` (default auto).
MapRendering renderingFrom(const Arguments& a);
/// `--note`, `--source`, `--district`, `--date YYYY-MM-DD`: the texts every page shares.
PageTexts sharedTextsFrom(const Arguments& a);
/// The layout of `--template` (shipped, beside `project`, or a path); warns on `err` when its
/// font is not installed (Chinese would print as boxes). Needs a HeadlessGui alive.
Layout loadTemplateLayout(const Arguments& a, const QString& project, std::ostream& err);

}  // namespace fangan::cli
