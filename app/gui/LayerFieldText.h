#pragma once
// Display texts of snapshot fields and their values for the thematic-style dialogs and legends:
// "floors" → "层数", "masonry" → "砖混", a hazard class → its preset legend label.

#include <QString>

#include "layers/MapLayer.h"
#include "layers/ThematicStyles.h"

namespace fangan {
namespace gui {

/// Translated name of a snapshot field (layer_field); the key itself when unknown.
QString fieldTitle(const QString& field);

/// Translated legend labels of the values of `field` in a layer of `kind`: classes and zone types
/// by the labels of the preset styles, structure / use / control keys by the vocabulary; other
/// values as they are, an empty value as "（空）".
ValueLabeler valueLabeler(ProjectLayer kind, const QString& field);

}  // namespace gui
}  // namespace fangan
