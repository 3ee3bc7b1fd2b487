#!/usr/bin/env python3
"""Writes the bad-input corpus (tests/data/bad): small files each broken one way, and
MANIFEST.tsv (file, command, description). Big inputs (a 2,000,000-vertex polygon, a 200 MB
cell, an XLSX zip bomb) are made at test time by tests/cli/bad_input_test.sh, not committed.
Needs ogr2ogr (gdal-bin). Run from anywhere: python3 tests/data/bad/make_corpus.py"""
import os, shutil, sqlite3, subprocess, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
for f in os.listdir('.'):
    if f not in ('make_corpus.py',):
        os.remove(f)
manifest = []

def add(name, command, description):
    manifest.append((name, command, description))

H = 'WKT,code,address,town,grid,floors,year_built,survey_status,survey_date'

def square(i, x0=1.52, y0=42.50, d=0.0001):
    x = x0 + i * 0.0003
    return 'POLYGON ((%r %r,%r %r,%r %r,%r %r,%r %r))' % (x, y0, x + d, y0, x + d, y0 + d, x, y0 + d, x, y0)

def row(i, wkt=None, code=None, floors='3', year='1998', status='surveyed', date='2023-08-24',
        address=None):
    return '"%s",%s,%s,安道尔城,G-ALV-07,%s,%s,%s,%s' % (
        square(i) if wkt is None else wkt, 'BAD-%04d' % i if code is None else code,
        '和平街 %d 号' % i if address is None else address, floors, year, status, date)

def csv(name, desc, rows, header=H, encoding='utf-8', command='import buildings', raw=None):
    data = raw if raw is not None else (header + '\n' + '\n'.join(rows) + '\n').encode(encoding)
    with open(name, 'wb') as f:
        f.write(data)
    add(name, command, desc)

good = [row(i) for i in range(1, 6)]
# --- CSV text and encodings
csv('csv_unbalanced_quotes.csv', 'CSV whose WKT quote never closes', [row(1), row(2).replace('))"', '))')])
csv('csv_empty.csv', 'an empty file (0 bytes)', [], raw=b'')
csv('csv_header_only.csv', 'a header and no rows', [])
csv('csv_bom_only.csv', 'only a UTF-8 byte-order mark', [], raw=b'\xef\xbb\xbf')
csv('csv_gbk_no_hint.csv', 'GB18030 text where UTF-8 is assumed', good, encoding='gb18030')
csv('csv_utf16.csv', 'UTF-16 with BOM', good, encoding='utf-16')
csv('csv_mixed_encoding.csv', 'rows 1-2 UTF-8, rows 3-4 GB18030 in one file', [],
    raw=(H + '\n' + row(1) + '\n' + row(2) + '\n').encode() + (row(3) + '\n' + row(4) + '\n').encode('gb18030'))
csv('csv_invalid_utf8.csv', 'bytes that are neither UTF-8 nor GB18030', [],
    raw=(H + '\n').encode() + row(1).encode().replace('和平街'.encode(), b'\xff\xfe\x80\x81') + b'\n')
csv('csv_nul_bytes.csv', 'NUL bytes inside cells', [], raw=(H + '\n' + row(1) + '\n').encode().replace(b'BAD-0001', b'BAD\x00\x000001'))
csv('csv_semicolons.csv', 'semicolon-separated, so one column only', [r.replace(',', ';') for r in good], header=H.replace(',', ';'))
csv('csv_duplicate_headers.csv', 'the code column twice', [r + ',X' for r in good], header=H + ',code')
csv('csv_binary_garbage.csv', '4 KB of random-looking bytes', [], raw=bytes((i * 7919 + 13) % 256 for i in range(4096)))
csv('csv_crlf_mixed.csv', 'CRLF and LF line ends and a lone CR', [], raw=(H + '\r\n' + row(1) + '\n' + row(2) + '\r' + row(3) + '\r\n').encode())
csv('csv_only_newlines.csv', 'a thousand empty lines', [], raw=b'\n' * 1000)
csv('csv_no_code_column.csv', 'no code column at all', [r.split(',', 2)[0] + ',' + r.split(',', 2)[2] for r in good], header='WKT,address,town,grid,floors,year_built,survey_status,survey_date')
# --- coordinates
csv('csv_nan_coords.csv', 'NaN coordinates', [row(1, wkt='POLYGON ((nan 42.5,1.53 42.5,1.53 42.51,nan 42.5))'), row(2)])
csv('csv_inf_coords.csv', 'Inf coordinates', [row(1, wkt='POLYGON ((inf 42.5,1.53 42.5,1.53 42.51,inf 42.5))'), row(2)])
csv('csv_1e308_coords.csv', 'coordinates of 1e308', [row(1, wkt='POLYGON ((1e308 1e308,-1e308 1e308,-1e308 -1e308,1e308 1e308))'), row(2)])
csv('csv_out_of_range_degrees.csv', 'degrees beyond ±180/±90', [row(i, wkt='POLYGON ((500 400,501 400,501 401,500 401,500 400))') for i in range(1, 4)])
csv('csv_wkt_garbage.csv', 'WKT that is not WKT', [row(1, wkt='POLYGON ((1 2, three four))'), row(2, wkt='楼房'), row(3)])
csv('csv_wkt_truncated.csv', 'WKT cut off mid-ring', [row(1, wkt='POLYGON ((1.52 42.5,1.53 42.5,1.53'), row(2)])
csv('csv_no_geometry_column.csv', 'no WKT and no lon/lat columns', [r.split('",', 1)[1] for r in good], header=H.split(',', 1)[1])
csv('csv_lonlat_text.csv', 'lon/lat columns holding text', ['东经,北纬,BAD-%04d' % i for i in range(1, 4)], header='lon,lat,code')
# --- geometry shapes
csv('csv_self_touching_ring.csv', 'a ring that touches itself at a point',
    [row(1, wkt='POLYGON ((1.52 42.5,1.521 42.5,1.5205 42.5005,1.521 42.501,1.52 42.501,1.5205 42.5005,1.52 42.5))'), row(2)])
csv('csv_bowtie.csv', 'a self-intersecting bow-tie polygon', [row(1, wkt='POLYGON ((1.52 42.5,1.521 42.501,1.521 42.5,1.52 42.501,1.52 42.5))'), row(2)])
csv('csv_unclosed_ring.csv', 'a ring whose last point is not its first', [row(1, wkt='POLYGON ((1.52 42.5,1.521 42.5,1.521 42.501,1.52 42.501))'), row(2)])
csv('csv_two_point_ring.csv', 'a ring of two points', [row(1, wkt='POLYGON ((1.52 42.5,1.521 42.5,1.52 42.5))'), row(2)])
csv('csv_empty_geometry.csv', 'POLYGON EMPTY', [row(1, wkt='POLYGON EMPTY'), row(2)])
csv('csv_null_geometry.csv', 'an empty WKT cell', [row(1, wkt=''), row(2)])
csv('csv_geometrycollection.csv', 'a GeometryCollection of a polygon and a point',
    [row(1, wkt='GEOMETRYCOLLECTION (%s, POINT (1.52 42.5))' % square(1)), row(2)])
csv('csv_points_as_buildings.csv', 'points where footprints are expected', [row(i, wkt='POINT (1.52 42.5)') for i in range(1, 4)])
csv('csv_linestring.csv', 'a line where a footprint is expected', [row(1, wkt='LINESTRING (1.52 42.5,1.53 42.51)'), row(2)])
csv('csv_zero_area.csv', 'a polygon of zero area', [row(1, wkt='POLYGON ((1.52 42.5,1.521 42.5,1.522 42.5,1.52 42.5))'), row(2)])
csv('csv_3d_measured.csv', 'POLYGON ZM', [row(1, wkt='POLYGON ZM ((1.52 42.5 1 2,1.521 42.5 1 2,1.521 42.501 1 2,1.52 42.5 1 2))'), row(2)])
csv('csv_hole_outside.csv', 'a hole outside its shell', [row(1, wkt='POLYGON ((1.52 42.5,1.521 42.5,1.521 42.501,1.52 42.5),(1.6 42.6,1.61 42.6,1.61 42.61,1.6 42.6))'), row(2)])
# --- values
csv('csv_duplicate_codes.csv', 'the same code on three rows', [row(1), row(2, code='BAD-0001'), row(3, code='BAD-0001')])
csv('csv_empty_codes.csv', 'rows without a code', [row(1, code=''), row(2, code='  '), row(3)])
csv('csv_date_feb30.csv', 'survey_date 2024-02-30', [row(1, date='2024-02-30'), row(2)])
csv('csv_date_garbage.csv', 'dates 2024-13-01, 20240230, 昨天, 0000-00-00', [row(1, date='2024-13-01'), row(2, date='20240230'), row(3, date='昨天'), row(4, date='0000-00-00')])
csv('csv_date_future.csv', 'survey_date in the year 9999', [row(1, date='9999-12-31'), row(2)])
csv('csv_floors_bad.csv', 'floors -3, 三层, 1e9, 2.5', [row(1, floors='-3'), row(2, floors='三层'), row(3, floors='1e9'), row(4, floors='2.5')])
csv('csv_year_bad.csv', 'year_built 3024, -5, 99999999999999999999', [row(1, year='3024'), row(2, year='-5'), row(3, year='99999999999999999999')])
csv('csv_unknown_status.csv', 'survey_status not in the vocabulary', [row(1, status='maybe'), row(2, status='已排查?'), row(3)])
csv('csv_formula_cells.csv', 'cells beginning with = + - @ (formula injection)', [row(1, address='=HYPERLINK("http://x","点")'), row(2, address='@SUM(1)'), row(3, address='-2+3')])
csv('csv_long_address.csv', 'a 100 KB address cell', [row(1, address='长' * 35000), row(2)])
csv('csv_many_columns.csv', '5,000 extra columns', [r + ',' * 5000 for r in good], header=H + ''.join(',c%d' % i for i in range(5000)))
# --- GeoJSON
def text(name, desc, data, command='import buildings'):
    with open(name, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    add(name, command, desc)
feature = '{"type":"Feature","properties":{"code":"BAD-0001"},"geometry":{"type":"Polygon","coordinates":[[[1.52,42.5],[1.521,42.5],[1.521,42.501],[1.52,42.5]]]}}'
text('geojson_truncated.geojson', 'GeoJSON cut off mid-feature', '{"type":"FeatureCollection","features":[' + feature[:70])
text('geojson_not_json.geojson', 'not JSON at all', '房屋 buildings\n')
text('geojson_features_null.geojson', '"features": null', '{"type":"FeatureCollection","features":null}')
text('geojson_nan.geojson', 'NaN and Infinity literals', '{"type":"FeatureCollection","features":[' + feature.replace('1.521,42.5]', 'NaN,Infinity]') + ']}')
text('geojson_deep_nesting.geojson', '100,000 nested arrays', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":' + '[' * 100000 + ']' * 100000 + '}}]}')
text('geojson_wrong_types.geojson', 'geometry type "Building", properties an array', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":[1,2],"geometry":{"type":"Building","coordinates":[]}}]}')
text('geojson_empty_collection.geojson', 'a FeatureCollection without features', '{"type":"FeatureCollection","features":[]}')
# --- files in disguise
pdf = b'%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
text('xlsx_renamed_pdf.xlsx', 'a PDF renamed to .xlsx', pdf)
text('xlsx_not_zip.xlsx', 'plain text named .xlsx', 'code,address\nBAD-0001,和平街\n')
with zipfile.ZipFile('xlsx_empty_zip.xlsx', 'w') as z:
    z.writestr('readme.txt', 'no workbook here')
add('xlsx_empty_zip.xlsx', 'import buildings', 'a zip without a workbook inside')
text('gpkg_not_sqlite.gpkg', 'text named .gpkg', 'not a geopackage\n')
text('shp_zero_bytes.shp', 'a 0-byte .shp alone', b'')
text('dbf_alone.dbf', 'a .dbf without .shp', b'\x03\x7c\x01\x01\x01\x00\x00\x00\x41\x00\x0b\x00' + b'\x00' * 20 + b'CODE' + b'\x00' * 7 + b'C' + b'\x00' * 4 + b'\x0a' + b'\x00' * 15 + b'\r\x1a')
text('project_zero_bytes.sqlite', 'a 0-byte project file', b'', command='open')
text('project_text.sqlite', 'a text file named .sqlite', 'SQLite format 3? no.\n', command='open')
c = sqlite3.connect('project_plain_sqlite.sqlite')
c.execute('CREATE TABLE buildings(code TEXT)')
c.execute("INSERT INTO buildings VALUES('BAD-0001')")
c.commit(); c.close()
add('project_plain_sqlite.sqlite', 'open', 'an SQLite file that is not a Fangan project')
# --- Shapefiles and GeoPackages from the good rows through ogr2ogr
csv('_good.csv', 'five good rows (the source of the shapefile and GeoPackage cases; imports cleanly)', good)
def ogr(dst, *args):
    subprocess.run(['ogr2ogr', *args, dst, '_good.csv', '-oo', 'GEOM_POSSIBLE_NAMES=WKT',
                    '-oo', 'KEEP_GEOM_COLUMNS=NO', '-a_srs', 'EPSG:4326'], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def shp(stem, desc, mutate):
    ogr(stem + '.shp', '-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', '-nlt', 'MULTIPOLYGON')
    mutate(stem)
    add(stem + '.shp', 'import buildings', desc)
def cut(path, fraction):
    data = open(path, 'rb').read()
    open(path, 'wb').write(data[:int(len(data) * fraction)])
shp('shp_truncated_shp', '.shp cut at 60 %', lambda s: cut(s + '.shp', 0.6))
shp('shp_truncated_shx', '.shx cut at 50 %', lambda s: cut(s + '.shx', 0.5))
shp('shp_truncated_dbf', '.dbf cut at 70 %', lambda s: cut(s + '.dbf', 0.7))
shp('shp_missing_shx', 'no .shx beside the .shp', lambda s: os.remove(s + '.shx'))
shp('shp_missing_dbf', 'no .dbf beside the .shp', lambda s: os.remove(s + '.dbf'))
def badmagic(s):
    d = bytearray(open(s + '.shp', 'rb').read()); d[0:4] = b'\xde\xad\xbe\xef'; open(s + '.shp', 'wb').write(d)
shp('shp_bad_header', '.shp with a wrong file code and length', badmagic)
def bigcount(s):
    d = bytearray(open(s + '.dbf', 'rb').read()); d[4:8] = (2**31 - 1).to_bytes(4, 'little'); open(s + '.dbf', 'wb').write(d)
shp('shp_dbf_huge_count', '.dbf header claiming 2^31 records', bigcount)
shp('shp_bad_prj', '.prj that PROJ cannot read', lambda s: open(s + '.prj', 'w').write('PROJCS["nonsense",GEOGCS["x",DATUM["y",SPHEROID["z",0,0]]],UNIT["furlong",201.168]]'))
shp('shp_prj_garbage', '.prj of random text', lambda s: open(s + '.prj', 'w').write('坐标系：不知道'))
def wrongcpg(s):
    ogr(s + '.shp', '-f', 'ESRI Shapefile', '-lco', 'ENCODING=CP936', '-overwrite', '-nlt', 'MULTIPOLYGON')
    open(s + '.cpg', 'w').write('UTF-8')
shp('shp_wrong_cpg', 'GBK attributes with a .cpg saying UTF-8', wrongcpg)
def gpkg(name, desc, mutate=None):
    ogr(name, '-f', 'GPKG', '-nln', 'buildings', '-nlt', 'MULTIPOLYGON')
    if mutate: mutate(name)
    add(name, 'import buildings', desc)
def view(name):
    c = sqlite3.connect(name)
    c.execute('CREATE VIEW v AS SELECT * FROM buildings')
    c.execute("DELETE FROM gpkg_contents")
    c.execute("INSERT INTO gpkg_contents(table_name, data_type, identifier, srs_id) VALUES('v','features','v',4326)")
    c.execute("UPDATE gpkg_geometry_columns SET table_name='v'")
    c.commit(); c.close()
gpkg('gpkg_layer_is_view.gpkg', 'a GeoPackage whose only layer is a view', view)
gpkg('gpkg_truncated.gpkg', 'a GeoPackage cut at 40 %', lambda n: cut(n, 0.4))
def nolayers(name):
    c = sqlite3.connect(name); c.execute('DELETE FROM gpkg_contents'); c.commit(); c.close()
gpkg('gpkg_no_layers.gpkg', 'a GeoPackage with no layers registered', nolayers)
def badsrs(name):
    c = sqlite3.connect(name); c.execute('PRAGMA foreign_keys=OFF')
    c.execute('UPDATE gpkg_geometry_columns SET srs_id=999999'); c.execute('UPDATE gpkg_contents SET srs_id=999999')
    c.commit(); c.close()
gpkg('gpkg_unknown_srs.gpkg', 'layer SRS id 999999 that is nowhere defined', badsrs)
def badblob(name):
    c = sqlite3.connect(name)
    for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        c.execute('DROP TRIGGER "%s"' % t)
    c.execute("UPDATE buildings SET geom = X'4750000100000000DEADBEEF'"); c.commit(); c.close()
gpkg('gpkg_corrupt_geometry.gpkg', 'geometry blobs of garbage after a GP header', badblob)
os.remove('_good.csv'); manifest[:] = [m for m in manifest if m[0] != '_good.csv']
# --- results sheets and rules files
res = 'code,result_date,inspector,result\n'
text('results_date_feb30.csv', 'a results sheet dated 2024-02-30', res + 'BAD-0001,2024-02-30,张三,无隐患\n', command='results')
text('results_no_code.csv', 'a results sheet without a code column', 'result_date,inspector,result\n2024-03-01,张三,无隐患\n', command='results')
text('results_garbage_result.csv', 'results that are not in the vocabulary', res + 'BAD-0001,2024-03-01,张三,大概没事\n', command='results')
text('results_binary.xlsx', 'a results workbook that is a PDF', pdf, command='results')
text('rules_garbage.rules', 'a zones rules file of random text', '这不是规则\n{{{ ]]]\n', command='analyze-rules')
text('rules_binary.rules', 'a zones rules file of binary bytes', bytes(range(256)) * 4, command='analyze-rules')
text('priority_garbage.rules', 'a priority rules file of random text', 'weight = = 3\n', command='priority-rules')
with open('MANIFEST.tsv', 'w') as f:
    f.write('# file\tcommand\tdescription (generated by make_corpus.py; big inputs are made by tests/cli/bad_input_test.sh)\n')
    for m in manifest:
        f.write('\t'.join(m) + '\n')
print(len(manifest), 'cases,', len(os.listdir('.')) - 2, 'files')
