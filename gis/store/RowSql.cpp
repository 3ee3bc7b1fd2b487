#include "gis/store/RowSql.h"

#include <vector>

namespace fangan::row_sql {

namespace {

std::vector<std::string> names(const std::string& columns) {
  std::vector<std::string> out;
  std::string name;
  for (const char c : columns + ",") {
    if (c == ',') {
      if (!name.empty()) out.push_back(name);
      name.clear();
    } else if (c != ' ' && c != '\n' && c != '\t') {
      name += c;
    }
  }
  return out;
}

std::string mark(Marks marks, size_t n) {
  return marks == Marks::Sqlite ? std::string("?") : "$" + std::to_string(n);
}

}  // namespace

int columnCount(const std::string& columns) { return static_cast<int>(names(columns).size()); }

std::string insert(const std::string& table, const std::string& columns, Marks marks) {
  const auto list = names(columns);
  std::string values;
  for (size_t i = 1; i <= list.size(); ++i) values += (i > 1 ? ", " : "") + mark(marks, i);
  return "INSERT INTO " + table + "(" + columns + ") VALUES(" + values + ")";
}

std::string updateById(const std::string& table, const std::string& columns, Marks marks) {
  const auto list = names(columns);
  std::string set;
  for (size_t i = 0; i < list.size(); ++i) {
    set += (i > 0 ? ", " : "") + list[i] + " = " + mark(marks, i + 1);
  }
  return "UPDATE " + table + " SET " + set + " WHERE id = " + mark(marks, list.size() + 1);
}

}  // namespace fangan::row_sql
