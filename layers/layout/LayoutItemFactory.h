#pragma once
// Makes the item a template entry describes, by its "type".

#include <QStringList>
#include <memory>

#include "layers/layout/LayoutItem.h"
#include "layers/layout/LayoutTemplate.h"

namespace fangan {

/// The item types templates may use: map, text, legend, scale_bar, north_arrow,
/// coordinate_grid, table, chart, box.
const QStringList& layoutItemTypes();

/// The item of `spec`. Throws LayoutError for an unknown type or a bad property.
std::unique_ptr<LayoutItem> createLayoutItem(const LayoutItemSpec& spec);

}  // namespace fangan
