// PostgresStore: the problem register, plans and case events, with the semantics of
// SpatialiteStoreCases.cpp (tables of PostgresSchema.cpp version3).

#include "gis/cases/CaseVocabulary.h"
#include "gis/model/Vocabulary.h"
#include "gis/store/PostgresParams.h"
#include "gis/store/PostgresStore.h"
#include "gis/store/RowSql.h"
#include "gis/store/UtcTimestamp.h"

namespace fangan {

namespace {

using pg::Param;

using pg::date;
using pg::idOrNull;
using pg::readDate;
using pg::text;

const char* kProblemColumns =
    "reference, source, found_date, building_id, code, location, town, description, "
    "responsible_unit, responsible_person, deadline, state, state_date";

pg::Params problemParams(const Problem& p) {
  return {text(p.reference),
          text(toKey(p.source)),
          text(p.foundDate.toString()),
          idOrNull(p.buildingId),
          text(p.code),
          text(p.location),
          text(p.town),
          text(p.description),
          text(p.responsibleUnit),
          text(p.responsiblePerson),
          date(p.deadline),
          text(toKey(p.state)),
          date(p.stateDate)};
}

const char* kPlanColumns =
    "building_id, code, measure, route, responsible_unit, responsible_person, start_date, "
    "due_date, milestones, state, state_date";

pg::Params planParams(const RectificationPlan& p) {
  return {Param::of(p.buildingId),
          text(p.code),
          text(toKey(p.measure)),
          text(p.route),
          text(p.responsibleUnit),
          text(p.responsiblePerson),
          date(p.start),
          text(p.due.toString()),
          text(milestonesText(p.milestones)),
          text(toKey(p.state)),
          date(p.stateDate)};
}

}  // namespace

std::int64_t PostgresStore::insertRow(const char* table, const char* columns,
                                      const pg::Params& params) {
  std::int64_t id = 0;
  write([&] {
    id = db().query(row_sql::insert(table, columns, row_sql::Marks::Postgres) + " RETURNING id",
                    params)
             .integer(0, 0);
  });
  return id;
}

void PostgresStore::updateRow(const char* table, const char* columns, std::int64_t id,
                              const std::string& missing, pg::Params params) {
  params.push_back(Param::of(id));
  write([&] {
    const auto r =
        db().query(row_sql::updateById(table, columns, row_sql::Marks::Postgres), params);
    if (r.affected() != 1) throw StoreError(missing);
  });
}

std::int64_t PostgresStore::insertProblem(const Problem& p) {
  return insertRow("problems", kProblemColumns, problemParams(p));
}

void PostgresStore::updateProblem(const Problem& p) {
  updateRow("problems", kProblemColumns, p.id, "问题 " + std::to_string(p.id) + " 不存在",
            problemParams(p));
}

std::vector<Problem> PostgresStore::problems() const {
  const auto r =
      db().query(std::string("SELECT id, ") + kProblemColumns + " FROM problems ORDER BY id");
  std::vector<Problem> out;
  for (int i = 0; i < r.rows(); ++i) {
    Problem p;
    p.id = r.integer(i, 0);
    p.reference = r.text(i, 1);
    p.source = parseProblemSource(r.text(i, 2)).value_or(ProblemSource::OwnPatrol);
    p.foundDate = Date::parse(r.text(i, 3)).value_or(Date{});
    p.buildingId = r.isNull(i, 4) ? 0 : r.integer(i, 4);
    p.code = r.text(i, 5);
    p.location = r.text(i, 6);
    p.town = r.text(i, 7);
    p.description = r.text(i, 8);
    p.responsibleUnit = r.text(i, 9);
    p.responsiblePerson = r.text(i, 10);
    p.deadline = readDate(r, i, 11);
    p.state = parseProblemState(r.text(i, 12)).value_or(ProblemState::Pending);
    p.stateDate = readDate(r, i, 13);
    out.push_back(std::move(p));
  }
  return out;
}

std::int64_t PostgresStore::insertPlan(const RectificationPlan& p) {
  return insertRow("plans", kPlanColumns, planParams(p));
}

void PostgresStore::updatePlan(const RectificationPlan& p) {
  updateRow("plans", kPlanColumns, p.id, "整治方案 " + std::to_string(p.id) + " 不存在",
            planParams(p));
}

std::vector<RectificationPlan> PostgresStore::plans() const {
  const auto r = db().query(std::string("SELECT id, ") + kPlanColumns + " FROM plans ORDER BY id");
  std::vector<RectificationPlan> out;
  for (int i = 0; i < r.rows(); ++i) {
    RectificationPlan p;
    p.id = r.integer(i, 0);
    p.buildingId = r.integer(i, 1);
    p.code = r.text(i, 2);
    p.measure = parseRectification(r.text(i, 3)).value_or(Rectification::Unknown);
    p.route = r.text(i, 4);
    p.responsibleUnit = r.text(i, 5);
    p.responsiblePerson = r.text(i, 6);
    p.start = readDate(r, i, 7);
    p.due = Date::parse(r.text(i, 8)).value_or(Date{});
    p.milestones = parseMilestones(r.text(i, 9));
    p.state = parsePlanState(r.text(i, 10)).value_or(PlanState::Drafted);
    p.stateDate = readDate(r, i, 11);
    out.push_back(std::move(p));
  }
  return out;
}

std::int64_t PostgresStore::appendCaseEvent(const CaseEvent& e) {
  std::int64_t id = 0;
  write([&] {
    const auto r = db().query(
        "INSERT INTO case_events(subject, subject_id, date, from_state, to_state, who, note, "
        "evidence, recorded_at) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        {text(toKey(e.subject)), Param::of(e.subjectId), text(e.date.toString()), text(e.fromState),
         text(e.toState), text(e.who), text(e.note), text(e.evidence),
         text(e.recordedAt.empty() ? utcTimestamp() : e.recordedAt)});
    id = r.integer(0, 0);
  });
  return id;
}

std::vector<CaseEvent> PostgresStore::caseEvents(CaseSubject subject,
                                                 std::int64_t subjectId) const {
  // Dates are ISO text: byte order ("C") is date order whatever the database's collation.
  const auto r = db().query(
      "SELECT id, subject_id, date, from_state, to_state, who, note, evidence, recorded_at "
      "FROM case_events WHERE subject = $1 AND ($2::bigint = 0 OR subject_id = $2::bigint) "
      "ORDER BY date COLLATE \"C\", id",
      {text(toKey(subject)), Param::of(subjectId)});
  std::vector<CaseEvent> out;
  for (int i = 0; i < r.rows(); ++i) {
    CaseEvent e;
    e.id = r.integer(i, 0);
    e.subject = subject;
    e.subjectId = r.integer(i, 1);
    e.date = Date::parse(r.text(i, 2)).value_or(Date{});
    e.fromState = r.text(i, 3);
    e.toState = r.text(i, 4);
    e.who = r.text(i, 5);
    e.note = r.text(i, 6);
    e.evidence = r.text(i, 7);
    e.recordedAt = r.text(i, 8);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace fangan
