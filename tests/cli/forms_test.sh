#!/usr/bin/env bash
# End-to-end checks of `fangan ledger --form` (docs/rules.md#ledger-forms): attachments 2 and 1
# of seed 002 as XLSX hold the same numbers as the ledger CSV (read back through GDAL), their
# data cells are numeric, the PDF carries the seed's headings, and bad options exit 2.
# usage: forms_test.sh FANGAN_BINARY
set -uo pipefail
fangan="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
source "$(dirname "$0")/check.sh"

# Two towns; commercial and non-commercial houses; A6 and A7 closed by management measures only
# (attachment 1), A7 appraised D after its closure (re-checked, still hazardous).
cat > "$work/houses.csv" <<'CSV'
房屋编码,镇街,自建房,用途,排查状态,初判隐患,复核无隐患,直接工程措施,鉴定等级,鉴定日期,整治措施,整治完成,销号,销号依据,销号日期,wkt
A1,东街街道,是,经营,已排查,有,,,C,2024-02-01,加固,是,是,工程措施,2024-03-01,"POLYGON((119.3 26.08,119.3001 26.08,119.3001 26.0801,119.3 26.08))"
A2,东街街道,是,居住,已排查,无,,,,,,,,,,"POLYGON((119.31 26.08,119.3101 26.08,119.3101 26.0801,119.31 26.08))"
A3,西街街道,是,居住,已排查,有,是,,,,,,是,复核无隐患,2024-03-01,"POLYGON((119.32 26.08,119.3201 26.08,119.3201 26.0801,119.32 26.08))"
A4,西街街道,是,居住,已排查,有,,,,,,,,,,"POLYGON((119.33 26.08,119.3301 26.08,119.3301 26.0801,119.33 26.08))"
A5,西街街道,是,居住,未排查,,,,,,,,,,,"POLYGON((119.34 26.08,119.3401 26.08,119.3401 26.0801,119.34 26.08))"
A6,西街街道,是,经营,已排查,有,,,,,,,是,管理措施,2024-03-01,"POLYGON((119.35 26.08,119.3501 26.08,119.3501 26.0801,119.35 26.08))"
A7,东街街道,是,居住,已排查,有,,,D,2024-04-01,,,是,管理措施,2024-03-01,"POLYGON((119.36 26.08,119.3601 26.08,119.3601 26.0801,119.36 26.08))"
CSV

p="$work/p.sqlite"
"$fangan" init "$p" > /dev/null
check "init exit" 0 $?
"$fangan" import "$p" --layer buildings --from "$work/houses.csv" > /dev/null
check "import exit" 0 $?

# Reads the first sheet of an XLSX through GDAL into CSV: every row is data, every cell text.
xlsx_to_csv() {  # xlsx_to_csv IN.xlsx OUT.csv
  ogr2ogr -f CSV "$2" "$1" --config OGR_XLSX_HEADERS DISABLE --config OGR_XLSX_FIELD_TYPES STRING
}

# Compares the form's area rows and 合计 with the ledger CSV; prints "ok" or the differences.
compare() {  # compare FORM LEDGER.csv FORM.csv SHEET.xml
  python3 - "$@" <<'PY'
import csv, os, re, sys
form, ledger_csv, form_csv, sheet_xml = sys.argv[1:5]
ledger = {}
with open(ledger_csv, encoding="utf-8-sig") as f:
    for r in csv.DictReader(f):
        ledger.setdefault(r["area"], {})[r["category"]] = r
areas = {}
with open(form_csv, encoding="utf-8") as f:
    for r in csv.reader(f):
        if r and r[0]:
            areas[r[0]] = r
problems = []
def number(s):
    return "—" if s == "—" else round(float(s), 4)
def same(where, expected, got):
    if number(expected) != number(got):
        problems.append(f"{where}: csv {expected} form {got}")
def rate(n, d):
    return "—" if d <= 0 else f"{n / d:.4f}"
if form == "attachment2":
    keys = ["surveyed", "initial_hazard", "recheck_no_hazard", "direct_engineering", "appraised",
            "grade_cd", "cd_engineered", "closed"]
    def row_of(c, n, a):  # the 18 columns from the commercial, non-commercial and all rows
        return [a["surveyed"], c["surveyed"], c["initial_hazard"], c["closed"], "", "",
                n["surveyed"], n["initial_hazard"], n["recheck_no_hazard"],
                n["direct_engineering"], n["appraised"], n["grade_cd"], n["appraisal_rate"],
                n["cd_engineered"], n["rectification_rate"], n["closed"], n["closure_rate"]]
    total = {cat: {k: 0 for k in keys} for cat in ("commercial", "non_commercial", "all")}
    for rows in ledger.values():
        for cat, r in rows.items():
            for k in keys:
                total[cat][k] += int(r[k])
    for t in total.values():
        t["appraisal_rate"] = rate(t["appraised"], t["initial_hazard"] - t["recheck_no_hazard"] - t["direct_engineering"])
        t["rectification_rate"] = rate(t["cd_engineered"] + t["direct_engineering"], t["grade_cd"] + t["direct_engineering"])
        t["closure_rate"] = rate(t["closed"], t["initial_hazard"])
        for k in keys:
            t[k] = str(t[k])
    expected = {a: row_of(r["commercial"], r["non_commercial"], r["all"]) for a, r in ledger.items()}
    expected["合计"] = row_of(total["commercial"], total["non_commercial"], total["all"])
    first_data_row = 7
else:
    keys = ["management_closures", "rechecked", "still_hazardous", "engineered"]
    def row_of(c, n, a):
        return [a["management_closures"]] + [c[k] for k in keys] + [n[k] for k in keys]
    total = {cat: {k: 0 for k in keys} for cat in ("commercial", "non_commercial", "all")}
    for rows in ledger.values():
        for cat, r in rows.items():
            for k in keys:
                total[cat][k] += int(r[k])
    expected = {a: row_of(r["commercial"], r["non_commercial"], r["all"]) for a, r in ledger.items()}
    expected["合计"] = row_of(total["commercial"], total["non_commercial"], total["all"])
    first_data_row = 6
for area, want in expected.items():
    got = areas.get(area)
    if got is None:
        problems.append(f"no row for {area}")
        continue
    for i, w in enumerate(want):
        g = got[i + 1] if i + 1 < len(got) else ""
        if w == "" or g == "":
            if w != g:
                problems.append(f"{area} column {i + 2}: csv [{w}] form [{g}]")
        else:
            same(f"{area} column {i + 2}", w, g)
# Data cells are numbers: in the sheet XML a text cell has a t attribute (t="s": shared string).
# Only a rate with a zero denominator ("—") may be text there.
shared = os.path.join(os.path.dirname(os.path.dirname(sheet_xml)), "sharedStrings.xml")
strings = []
if os.path.exists(shared):
    strings = re.findall(r"<si>.*?<t[^>]*>(.*?)</t>.*?</si>", open(shared, encoding="utf-8").read(), re.S)
xml = open(sheet_xml, encoding="utf-8").read()
last = first_data_row + len(expected) - 1
numeric = 0
for m in re.finditer(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', xml, re.S):
    col, row, attrs, body = m.group(1), int(m.group(2)), m.group(3), m.group(4) or ""
    if not first_data_row <= row <= last or col == "A":
        continue
    v = re.search(r"<v>(.*?)</v>", body)
    if 't="s"' in attrs:
        text = strings[int(v.group(1))] if v else None
        if text != "—":
            problems.append(f"cell {col}{row} is text [{text}], expected a number")
    elif "t=" in attrs:
        problems.append(f"cell {col}{row} is not a number ({attrs.strip()})")
    elif v:
        numeric += 1
if numeric == 0:
    problems.append("no numeric data cells")
print("ok" if not problems else "\n".join(problems))
PY
}

unzip_sheet() {  # unzip_sheet IN.xlsx DIR
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$1" "$2"
}

# Attachment 2.
"$fangan" ledger "$p" --by town --format csv > "$work/ledger.csv"
check "ledger csv exit" 0 $?
out=$("$fangan" ledger "$p" --form attachment2 --by town --out "$work/a2.xlsx")
check "attachment2 xlsx exit" 0 $?
check "attachment2 xlsx message" 1 "$(echo "$out" | grep -c 'a2.xlsx')"
xlsx_to_csv "$work/a2.xlsx" "$work/a2.csv"
check "attachment2 read back through GDAL" 0 $?
unzip_sheet "$work/a2.xlsx" "$work/a2x"
check "attachment2 numbers equal the ledger csv" ok \
  "$(compare attachment2 "$work/ledger.csv" "$work/a2.csv" "$work/a2x/xl/worksheets/sheet1.xml")"
# By hand: 东街 commercial ① 1 (A1), closed 1; non-commercial ① 1 (A7, management: not in ⑦).
check "attachment2 east row" "东街街道,3,1,1,1,,,2,1,0,0,1,1,1,0,0,0,0" \
  "$(grep '^东街街道,' "$work/a2.csv" | tr -d '"')"
check "attachment2 title" 1 "$(grep -c '^镇街自建房安全专项整治攻坚行动工作台账' "$work/a2.csv")"
check "attachment2 signature" 1 "$(grep -c '^主要负责同志签字：' "$work/a2.csv")"
check "attachment2 merged headers" 1 \
  "$(grep -c '<mergeCell ref="C4:G4"/>' "$work/a2x/xl/worksheets/sheet1.xml")"

# Attachment 1.
"$fangan" ledger "$p" --by town --recheck > "$work/recheck.csv"
"$fangan" ledger "$p" --by town --form attachment1 --out "$work/a1.xlsx" > /dev/null
check "attachment1 xlsx exit" 0 $?
xlsx_to_csv "$work/a1.xlsx" "$work/a1.csv"
unzip_sheet "$work/a1.xlsx" "$work/a1x"
check "attachment1 numbers equal the recheck csv" ok \
  "$(compare attachment1 "$work/recheck.csv" "$work/a1.csv" "$work/a1x/xl/worksheets/sheet1.xml")"
check "attachment1 total by hand" "合计,2,1,0,0,0,1,1,1,0" "$(grep '^合计,' "$work/a1.csv" | tr -d '"')"

# PDF: the seed's headings, as selectable text.
"$fangan" ledger "$p" --form attachment2 --out "$work/a2.pdf" --as-of "$(date +%F)" > /dev/null
check "attachment2 pdf exit" 0 $?
text=$(pdftotext -raw "$work/a2.pdf" - | tr -d ' \n')
for heading in 镇街自建房安全专项整治攻坚行动工作台账 已排查自建房总量 经营性自建房 非经营性自建房 \
  已排查经营性自建房数量 整治销号 初判隐患数量 动态销号数量 线上检查 问题确认/问题 问题确认率 \
  初判隐患数量① 经技术人员鉴定复核无隐患数量② 未鉴定直接工程措施数量③ 安全鉴定 已鉴定数量④ \
  C、D级房屋数量⑤ 鉴定率 整治措施 鉴定为C、D级房屋采取工程措施整治数量⑥ 整治率 销号率 \
  主要负责同志签字： 单位（盖章）： 填报时间： 东街街道 西街街道 合计; do
  check "pdf heading $heading" 1 "$(echo "$text" | grep -c -F "$heading")"
done
check "pdf as-of date" 1 "$(echo "$text" | grep -c -F "数据截至：$(date +%F)")"
check "pdf rate" 1 "$(echo "$text" | grep -c -F '100.00%')"
check "pdf one page" 1 "$(pdfinfo "$work/a2.pdf" | grep -c 'Pages: *1$')"
"$fangan" ledger "$p" --form attachment1 --out "$work/a1.pdf" > /dev/null
check "attachment1 pdf exit" 0 $?
text=$(pdftotext -raw "$work/a1.pdf" - | tr -d ' \n')
for heading in 镇街前期采取管理措施销号的自建房复核台账 总量 经专业技术人员现场复核数量 存在安全隐患数量 \
  工程措施整治数量 主要负责同志签字：; do
  check "attachment1 pdf heading $heading" 1 "$(echo "$text" | grep -c -F "$heading")"
done

# Bad options: exit 2, one line, in Chinese.
err=$("$fangan" ledger "$p" --form attachment3 --out "$work/x.xlsx" 2>&1 >/dev/null)
check "unknown form exit" 2 $?
check "unknown form message" 1 "$(echo "$err" | head -1 | grep -c 'attachment2 或 attachment1')"
err=$("$fangan" ledger "$p" --form attachment2 --out "$work/x.csv" 2>&1 >/dev/null)
check "form to csv exit" 2 $?
check "form to csv message" 1 "$(echo "$err" | head -1 | grep -c '.xlsx 或 .pdf')"
"$fangan" ledger "$p" --form attachment2 > /dev/null 2>&1
check "form without --out exit" 2 $?
"$fangan" ledger "$p" --out "$work/x.pdf" > /dev/null 2>&1
check "pdf without --form exit" 2 $?
check "no file left by refused runs" 0 "$(ls "$work" | grep -c '^x\.')"
check "usage lists --form" 1 "$("$fangan" help 2>&1 | grep -c -- '--form attachment2|attachment1')"

echo "forms: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
