#include "gis/io/LedgerFormXlsx.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace fangan {
namespace {

constexpr double kHeaderLinePt = 14;  // one wrapped line of 10 pt heading text
constexpr double kBodyRowPt = 20;

struct Formats {
  lxw_format* attachment;
  lxw_format* title;
  lxw_format* left;
  lxw_format* right;
  lxw_format* header;
  lxw_format* area;
  lxw_format* count;
  lxw_format* rate;
  lxw_format* dash;
  lxw_format* blank;
};

lxw_format* cellFormat(lxw_workbook* book, bool bold = false) {
  lxw_format* f = workbook_add_format(book);
  format_set_font_name(f, "宋体");
  format_set_font_size(f, 10);
  format_set_border(f, LXW_BORDER_THIN);
  format_set_align(f, LXW_ALIGN_CENTER);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  if (bold) format_set_bold(f);
  return f;
}

lxw_format* lineFormat(lxw_workbook* book, double size, bool bold, lxw_format_alignments align) {
  lxw_format* f = workbook_add_format(book);
  format_set_font_name(f, "宋体");
  format_set_font_size(f, size);
  if (bold) format_set_bold(f);
  format_set_align(f, align);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

Formats makeFormats(lxw_workbook* book) {
  Formats f{};
  f.attachment = lineFormat(book, 12, true, LXW_ALIGN_LEFT);
  f.title = lineFormat(book, 18, true, LXW_ALIGN_CENTER);
  f.left = lineFormat(book, 11, false, LXW_ALIGN_LEFT);
  f.right = lineFormat(book, 11, false, LXW_ALIGN_RIGHT);
  f.header = cellFormat(book, true);
  format_set_text_wrap(f.header);
  f.area = cellFormat(book);
  f.count = cellFormat(book);
  format_set_num_format(f.count, "0");
  f.rate = cellFormat(book);
  format_set_num_format(f.rate, "0.00%");
  f.dash = cellFormat(book);
  f.blank = cellFormat(book);
  return f;
}

// Display width of UTF-8 text in spreadsheet character units: a CJK character (3 bytes or
// more in UTF-8) is two units, ASCII one.
double displayWidth(const std::string& s) {
  double width = 0;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    width += len >= 3 ? 2 : 1;
    i += len;
  }
  return width;
}

// Heights (points) of the header rows, so every wrapped heading shows in full.
std::vector<double> headerHeights(const LedgerForm& form) {
  std::vector<double> heights(form.headerRows, kHeaderLinePt + 6);
  for (const LedgerFormHeaderCell& cell : form.header) {
    double width = 0;
    for (int c = cell.col; c < cell.col + cell.colSpan; ++c) width += form.columnWidths[c];
    const double lines = std::ceil(displayWidth(cell.text) / std::max(1.0, width - 1.5));
    const double need = (lines * kHeaderLinePt + 6) / cell.rowSpan;
    for (int r = cell.row; r < cell.row + cell.rowSpan; ++r)
      heights[r] = std::max(heights[r], need);
  }
  return heights;
}

void check(lxw_error error, const std::string& path) {
  if (error != LXW_NO_ERROR)
    throw std::runtime_error("无法写入 " + path + "：" + lxw_strerror(error));
}

void writeCell(lxw_worksheet* sheet, int row, int col, const LedgerFormCell& cell, const Formats& f,
               const std::string& path) {
  switch (cell.kind) {
    case LedgerFormCellKind::Text:
      check(worksheet_write_string(sheet, row, col, cell.text.c_str(), f.area), path);
      return;
    case LedgerFormCellKind::Count:
      check(worksheet_write_number(sheet, row, col, cell.value, f.count), path);
      return;
    case LedgerFormCellKind::Rate:
      if (cell.empty) {
        check(worksheet_write_string(sheet, row, col, ledgerFormDash().c_str(), f.dash), path);
      } else {
        check(worksheet_write_number(sheet, row, col, cell.value, f.rate), path);
      }
      return;
    case LedgerFormCellKind::Blank:
      check(worksheet_write_blank(sheet, row, col, f.blank), path);
      return;
  }
}

void writeSheet(lxw_workbook* book, const LedgerForm& form, const std::string& path) {
  lxw_worksheet* sheet = workbook_add_worksheet(book, form.attachment.c_str());
  if (!sheet) throw std::runtime_error("无法写入 " + path + "：不能新建工作表");
  const Formats f = makeFormats(book);
  const int last = form.columns - 1;
  for (int c = 0; c < form.columns; ++c)
    check(worksheet_set_column(sheet, c, c, form.columnWidths[c], nullptr), path);

  check(worksheet_write_string(sheet, 0, 0, form.attachment.c_str(), f.attachment), path);
  check(worksheet_set_row(sheet, 1, 36, nullptr), path);
  check(worksheet_merge_range(sheet, 1, 0, 1, last, form.title.c_str(), f.title), path);
  check(worksheet_set_row(sheet, 2, 22, nullptr), path);
  check(worksheet_merge_range(sheet, 2, 0, 2, last - 2, form.reporterLine().c_str(), f.left), path);
  check(worksheet_merge_range(sheet, 2, last - 1, 2, last, form.unit.c_str(), f.right), path);

  const int top = 3;  // first header row
  const std::vector<double> heights = headerHeights(form);
  for (int r = 0; r < form.headerRows; ++r)
    check(worksheet_set_row(sheet, top + r, heights[r], nullptr), path);
  for (const LedgerFormHeaderCell& cell : form.header) {
    const int r0 = top + cell.row, c0 = cell.col;
    const int r1 = r0 + cell.rowSpan - 1, c1 = c0 + cell.colSpan - 1;
    if (r0 == r1 && c0 == c1) {
      check(worksheet_write_string(sheet, r0, c0, cell.text.c_str(), f.header), path);
    } else {
      check(worksheet_merge_range(sheet, r0, c0, r1, c1, cell.text.c_str(), f.header), path);
    }
  }

  int row = top + form.headerRows;
  for (const std::vector<LedgerFormCell>& cells : form.body) {
    check(worksheet_set_row(sheet, row, kBodyRowPt, nullptr), path);
    for (int c = 0; c < form.columns && c < static_cast<int>(cells.size()); ++c)
      writeCell(sheet, row, c, cells[c], f, path);
    ++row;
  }
  check(worksheet_set_row(sheet, row + 1, 26, nullptr), path);
  check(
      worksheet_merge_range(sheet, row + 1, 0, row + 1, last, form.signatureLine().c_str(), f.left),
      path);

  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, form.columns > 12 ? 8 : 9);  // 8 = A3, 9 = A4
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_center_horizontally(sheet);
  check(worksheet_repeat_rows(sheet, top, top + form.headerRows - 1), path);
  worksheet_freeze_panes(sheet, top + form.headerRows, 1);
}

}  // namespace

void writeLedgerFormXlsx(const LedgerForm& form, const std::string& path) {
  if (form.columns <= 2 || static_cast<int>(form.columnWidths.size()) != form.columns)
    throw std::logic_error("LedgerForm: column widths do not match the columns");
  const std::filesystem::path target(path);
  const std::filesystem::path temp =
      target.parent_path() / (target.stem().string() + ".partial.xlsx");
  std::error_code ignored;
  std::filesystem::remove(temp, ignored);
  // Try the folder first: libxlsxwriter reports a file it cannot create only on close, and on
  // stderr besides.
  if (!std::ofstream(temp, std::ios::binary))
    throw std::runtime_error("无法写入 " + path + "：目录不存在或不可写");
  lxw_workbook* book = workbook_new(temp.string().c_str());
  if (!book) throw std::runtime_error("无法写入 " + path);
  try {
    writeSheet(book, form, path);
  } catch (...) {
    workbook_close(book);
    std::filesystem::remove(temp, ignored);
    throw;
  }
  const lxw_error closed = workbook_close(book);
  if (closed != LXW_NO_ERROR) {
    std::filesystem::remove(temp, ignored);
    check(closed, path);
  }
  std::filesystem::rename(temp, target, ignored);
  if (ignored) {
    std::filesystem::remove(temp, ignored);
    throw std::runtime_error("无法写入 " + path);
  }
}

}  // namespace fangan
