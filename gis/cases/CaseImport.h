#pragma once
// Problem lists and 一栋一策 plans from XLSX (or CSV) sheets, the form offices receive them in,
// read through GDAL (SheetTable.h readSheet). Columns are found by English key or Chinese
// header (docs/rules.md#problem-import):
//   problems: reference 问题编号, source 问题来源, found_date 发现日期, code 房屋编码,
//             location 位置, town 镇街, description 问题描述, responsible_unit 责任单位,
//             responsible_person 责任人, deadline 整改期限
//   plans:    code 房屋编码, measure 整治措施, route 技术路线, responsible_unit 责任单位,
//             responsible_person 责任人, start_date 开始日期, due_date 完成期限,
//             milestones 节点 ("2025-03-01 方案评审；2025-05-01 加固完成")
// The whole sheet is one transaction: any bad row (its row number and reason are reported)
// leaves the project unchanged. A problem whose reference is already registered is skipped.

#include <string>
#include <vector>

#include "gis/model/CaseRecords.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// What an import did.
struct CaseImportReport {
  int imported = 0;
  int skipped = 0;                  ///< problems already registered (same reference)
  std::vector<std::string> errors;  ///< "FILE 第 N 行: reason"; non-empty: nothing written
};

/// Registers the problems of a sheet (each 待确认). Throws SheetError when unreadable.
CaseImportReport importProblems(ProjectStore& store, const std::string& path,
                                const std::string& who);

/// Drafts the plans of a sheet, registered on `day`. Throws SheetError when unreadable.
CaseImportReport importPlans(ProjectStore& store, const std::string& path, const Date& day,
                             const std::string& who);

/// Parses a milestones cell: items separated by ；; or new lines, each "YYYY-MM-DD text".
/// Returns false (with the bad item in `error`) when an item has no date.
bool parseMilestoneCell(const std::string& cell, std::vector<PlanMilestone>& out,
                        std::string& error);

}  // namespace fangan
