// SpatialiteStore: the problem register, plans and case events of schema version 3.

#include <chrono>
#include <ctime>

#include "gis/cases/CaseVocabulary.h"
#include "gis/model/Vocabulary.h"
#include "gis/store/RowSql.h"
#include "gis/store/SpatialiteStore.h"
#include "gis/store/UtcTimestamp.h"

namespace fangan {

namespace {

std::optional<std::string> dateCell(const std::optional<Date>& d) {
  return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}
std::optional<Date> readDate(const sqlite::Statement& s, int col) {
  return s.isNull(col) ? std::nullopt : Date::parse(s.text(col));
}
std::optional<std::int64_t> idCell(std::int64_t id) {
  return id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

const char* kProblemColumns =
    "reference, source, found_date, building_id, code, location, town, description, "
    "responsible_unit, responsible_person, deadline, state, state_date";

void bindProblem(sqlite::Statement& s, const Problem& p) {
  s.bind(1, p.reference)
      .bind(2, toKey(p.source))
      .bind(3, p.foundDate.toString())
      .bind(4, idCell(p.buildingId))
      .bind(5, p.code)
      .bind(6, p.location)
      .bind(7, p.town)
      .bind(8, p.description)
      .bind(9, p.responsibleUnit)
      .bind(10, p.responsiblePerson)
      .bind(11, dateCell(p.deadline))
      .bind(12, toKey(p.state))
      .bind(13, dateCell(p.stateDate));
}

const char* kPlanColumns =
    "building_id, code, measure, route, responsible_unit, responsible_person, start_date, "
    "due_date, milestones, state, state_date";

void bindPlan(sqlite::Statement& s, const RectificationPlan& p) {
  s.bind(1, p.buildingId)
      .bind(2, p.code)
      .bind(3, toKey(p.measure))
      .bind(4, p.route)
      .bind(5, p.responsibleUnit)
      .bind(6, p.responsiblePerson)
      .bind(7, dateCell(p.start))
      .bind(8, p.due.toString())
      .bind(9, milestonesText(p.milestones))
      .bind(10, toKey(p.state))
      .bind(11, dateCell(p.stateDate));
}

}  // namespace

std::int64_t SpatialiteStore::insertRow(const char* table, const char* columns,
                                        const std::function<void(sqlite::Statement&)>& bind) {
  std::int64_t id = 0;
  write([&] {
    sqlite::Statement s(*db_, row_sql::insert(table, columns, row_sql::Marks::Sqlite));
    bind(s);
    s.run();
    id = db_->lastInsertId();
  });
  return id;
}

void SpatialiteStore::updateRow(const char* table, const char* columns, std::int64_t id,
                                const std::string& missing,
                                const std::function<void(sqlite::Statement&)>& bind) {
  write([&] {
    sqlite::Statement s(*db_, row_sql::updateById(table, columns, row_sql::Marks::Sqlite));
    bind(s);
    s.bind(row_sql::columnCount(columns) + 1, id).run();
    if (db_->changes() != 1) throw StoreError(missing);
  });
}

std::int64_t SpatialiteStore::insertProblem(const Problem& p) {
  return insertRow("problems", kProblemColumns, [&](sqlite::Statement& s) { bindProblem(s, p); });
}

void SpatialiteStore::updateProblem(const Problem& p) {
  updateRow("problems", kProblemColumns, p.id, "问题 " + std::to_string(p.id) + " 不存在",
            [&](sqlite::Statement& s) { bindProblem(s, p); });
}

std::vector<Problem> SpatialiteStore::problems() const {
  std::vector<Problem> out;
  sqlite::Statement s(*db_,
                      std::string("SELECT id, ") + kProblemColumns + " FROM problems ORDER BY id");
  while (s.step()) {
    Problem p;
    p.id = s.integer(0);
    p.reference = s.text(1);
    p.source = parseProblemSource(s.text(2)).value_or(ProblemSource::OwnPatrol);
    p.foundDate = Date::parse(s.text(3)).value_or(Date{});
    p.buildingId = s.isNull(4) ? 0 : s.integer(4);
    p.code = s.text(5);
    p.location = s.text(6);
    p.town = s.text(7);
    p.description = s.text(8);
    p.responsibleUnit = s.text(9);
    p.responsiblePerson = s.text(10);
    p.deadline = readDate(s, 11);
    p.state = parseProblemState(s.text(12)).value_or(ProblemState::Pending);
    p.stateDate = readDate(s, 13);
    out.push_back(std::move(p));
  }
  return out;
}

std::int64_t SpatialiteStore::insertPlan(const RectificationPlan& p) {
  return insertRow("plans", kPlanColumns, [&](sqlite::Statement& s) { bindPlan(s, p); });
}

void SpatialiteStore::updatePlan(const RectificationPlan& p) {
  updateRow("plans", kPlanColumns, p.id, "整治方案 " + std::to_string(p.id) + " 不存在",
            [&](sqlite::Statement& s) { bindPlan(s, p); });
}

std::vector<RectificationPlan> SpatialiteStore::plans() const {
  std::vector<RectificationPlan> out;
  sqlite::Statement s(*db_, std::string("SELECT id, ") + kPlanColumns + " FROM plans ORDER BY id");
  while (s.step()) {
    RectificationPlan p;
    p.id = s.integer(0);
    p.buildingId = s.integer(1);
    p.code = s.text(2);
    p.measure = parseRectification(s.text(3)).value_or(Rectification::Unknown);
    p.route = s.text(4);
    p.responsibleUnit = s.text(5);
    p.responsiblePerson = s.text(6);
    p.start = readDate(s, 7);
    p.due = Date::parse(s.text(8)).value_or(Date{});
    p.milestones = parseMilestones(s.text(9));
    p.state = parsePlanState(s.text(10)).value_or(PlanState::Drafted);
    p.stateDate = readDate(s, 11);
    out.push_back(std::move(p));
  }
  return out;
}

std::int64_t SpatialiteStore::appendCaseEvent(const CaseEvent& e) {
  std::int64_t id = 0;
  write([&] {
    sqlite::Statement s(*db_,
                        "INSERT INTO case_events(subject, subject_id, date, from_state, "
                        "to_state, who, note, evidence, recorded_at) "
                        "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, toKey(e.subject))
        .bind(2, e.subjectId)
        .bind(3, e.date.toString())
        .bind(4, e.fromState)
        .bind(5, e.toState)
        .bind(6, e.who)
        .bind(7, e.note)
        .bind(8, e.evidence)
        .bind(9, e.recordedAt.empty() ? utcTimestamp() : e.recordedAt)
        .run();
    id = db_->lastInsertId();
  });
  return id;
}

std::vector<CaseEvent> SpatialiteStore::caseEvents(CaseSubject subject,
                                                   std::int64_t subjectId) const {
  std::vector<CaseEvent> out;
  sqlite::Statement s(*db_,
                      "SELECT id, subject_id, date, from_state, to_state, who, note, evidence, "
                      "recorded_at FROM case_events WHERE subject = ? AND (? = 0 OR "
                      "subject_id = ?) ORDER BY date, id");
  s.bind(1, toKey(subject)).bind(2, subjectId).bind(3, subjectId);
  while (s.step()) {
    CaseEvent e;
    e.id = s.integer(0);
    e.subject = subject;
    e.subjectId = s.integer(1);
    e.date = Date::parse(s.text(2)).value_or(Date{});
    e.fromState = s.text(3);
    e.toState = s.text(4);
    e.who = s.text(5);
    e.note = s.text(6);
    e.evidence = s.text(7);
    e.recordedAt = s.text(8);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace fangan
