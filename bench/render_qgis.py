#!/usr/bin/python3
"""render_qgis.py BUILDINGS.gpkg FULL_EXTENT STREET_EXTENT [--out DIR] [--runs N]

QGIS's side of render_vs_qgis.sh: renders the buildings GeoPackage to 1920x1080 images with
QgsMapRendererParallelJob (QGIS 3.22, /usr/bin/python3; see ../shared/TOOLCHAIN.md section 4),
at the full extent and the street window render_bench drew (extents as XMIN,YMIN,XMAX,YMAX in
the layer's CRS). The buildings are drawn as Fangan's hazard-grade style draws them: a
categorized renderer on an expression giving the same classes (layers/BuildingClass.h
hazardClass), the same fill colours, an outline of the fill made darker (QColor.darker(150)) 0.8
pixels wide, the same background; and once more with a single symbol (no per-feature
expression), QGIS's cheapest way to draw them. Each is drawn from the GeoPackage (QGIS reads the
file on every redraw) and from a memory layer holding the same features with a spatial index
(loaded once, timed apart): one persistent process. Prints the layer open and memory load times, the best and
median of N timed renders after a warm-up, and a RESULT line.
"""
import argparse
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-root")

from qgis.core import (Qgis, QgsApplication, QgsCategorizedSymbolRenderer, QgsFeatureRequest,  # noqa: E402
                       QgsFillSymbol, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle,
                       QgsRendererCategory, QgsSingleSymbolRenderer,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

# hazardClass() of layers/BuildingClass.cpp as a QGIS expression.
HAZARD_CLASS = """
CASE
  WHEN upper("appraisal_grade") IN ('A','B','C','D') THEN upper("appraisal_grade")
  WHEN coalesce("survey_status", '') <> 'surveyed' THEN 'not_surveyed'
  WHEN "recheck_no_hazard" IN ('yes','true','1','是') THEN 'no_hazard'
  WHEN "initial_hazard" IN ('hazard','suspect') THEN 'initial_hazard'
  WHEN "initial_hazard" = 'none' THEN 'no_hazard'
  ELSE 'no_verdict'
END
"""
# Colours of layers/PresetStyles.cpp buildingsByHazardGrade().
CLASSES = [("not_surveyed", (158, 158, 158)), ("no_verdict", (188, 170, 214)),
           ("no_hazard", (166, 217, 106)), ("initial_hazard", (255, 217, 47)),
           ("A", (26, 152, 80)), ("B", (69, 117, 180)), ("C", (253, 141, 60)),
           ("D", (215, 25, 28))]


def fill_symbol(rgb):
    """Fangan's class symbol (layers/PresetStyles.cpp classRule): the fill, and an outline of the
    fill made darker (QColor.darker(150)), 0.8 pixels wide."""
    fill = QColor(*rgb)
    stroke = fill.darker(150)
    return QgsFillSymbol.createSimple({
        "color": "%d,%d,%d" % rgb,
        "outline_color": "%d,%d,%d" % (stroke.red(), stroke.green(), stroke.blue()),
        "outline_width": "0.8", "outline_width_unit": "Pixel"})


def hazard_renderer():
    return QgsCategorizedSymbolRenderer(
        HAZARD_CLASS, [QgsRendererCategory(value, fill_symbol(rgb), value) for value, rgb in CLASSES])


def hazard_layer(gpkg):
    """The buildings of GPKG coloured by hazard class as Fangan colours them; None when the file
    does not open."""
    layer = QgsVectorLayer(gpkg + "|layername=buildings", "buildings", "ogr")
    if not layer.isValid():
        return None
    layer.setRenderer(hazard_renderer())
    return layer


def rectangle(text):
    x0, y0, x1, y1 = (float(v) for v in text.split(","))
    return QgsRectangle(x0, y0, x1, y1)


def render(settings, runs, out_png):
    def once():
        start = time.perf_counter()
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        return (time.perf_counter() - start) * 1000.0, job.renderedImage()

    once()  # warm-up, as render_bench does
    times = []
    image = None
    for _ in range(runs):
        ms, image = once()
        times.append(ms)
    if out_png and image is not None:
        image.save(out_png)
    return min(times), statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("gpkg")
    parser.add_argument("full_extent")
    parser.add_argument("street_extent")
    parser.add_argument("--out", default="")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()

    start = time.perf_counter()
    layer = hazard_layer(args.gpkg)
    if layer is None:
        print("render_qgis: cannot open " + args.gpkg, file=sys.stderr)
        return 1
    count = layer.featureCount()
    open_ms = (time.perf_counter() - start) * 1000.0
    print("QGIS %s: %s, %d buildings, layer opened in %.0f ms"
          % (Qgis.QGIS_VERSION, args.gpkg, count, open_ms))

    # The same features in memory, loaded once (QGIS's fastest source).
    start = time.perf_counter()
    memory = layer.materialize(QgsFeatureRequest())
    memory.dataProvider().createSpatialIndex()  # as the file has one
    memory_ms = (time.perf_counter() - start) * 1000.0
    print("memory layer: %d features loaded (with a spatial index) in %.0f ms"
          % (memory.featureCount(), memory_ms))

    # The same windows with one symbol for all (no expression per feature): QGIS's floor. The
    # renderer is swapped on the same layer (a clone of a memory layer is a new, empty one).
    def single_symbol():
        return QgsSingleSymbolRenderer(fill_symbol((166, 217, 106)))

    result = "RESULT open_ms=%d memory_load_ms=%d" % (open_ms, memory_ms)
    runs = [(name, extent, lyr, style, renderer)
            for name, extent in (("full_extent", args.full_extent), ("street", args.street_extent))
            for lyr, style, renderer in ((layer, "", hazard_renderer),
                                         (layer, "_single", single_symbol),
                                         (memory, "_memory", hazard_renderer),
                                         (memory, "_memory_single", single_symbol))]
    for name, extent, lyr, style, renderer in runs:
        lyr.setRenderer(renderer())
        settings = QgsMapSettings()
        settings.setLayers([lyr])
        settings.setDestinationCrs(layer.crs())
        settings.setOutputSize(QSize(1920, 1080))
        settings.setExtent(rectangle(extent))
        settings.setBackgroundColor(QColor(250, 250, 248))
        out = os.path.join(args.out, "qgis_%s%s.png" % (name, style)) if args.out else ""
        best, median = render(settings, args.runs, out)
        what = {"": "by hazard class", "_single": "single symbol",
                "_memory": "memory, by class", "_memory_single": "memory, single"}[style]
        print("%-11s %-17s 1:%-8.0f best %7.1f ms  median %7.1f ms"
              % (name, what, settings.scale(), best, median))
        result += " %s%s_ms=%.1f" % (name, style, median)
    print(result)
    sys.stdout.flush()
    del layer, memory
    app.exitQgis()
    os._exit(0)  # a plain interpreter exit after exitQgis() crashes (TOOLCHAIN.md section 4)


if __name__ == "__main__":
    sys.exit(main())
