#pragma once
// Umbrella for the layers library: map layers, styles (rules as data), the renderer shared by
// the canvas, layouts and patrol sheets.
