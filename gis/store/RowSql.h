#pragma once
// The SQL text of the stores' one-row writes, made from a table's column list ("a, b, c") so
// that a table's columns are written down once: the INSERT and the UPDATE by id of the same
// columns, with SQLite's "?" or PostgreSQL's "$n" parameter marks.

#include <string>

namespace fangan::row_sql {

enum class Marks { Sqlite, Postgres };

/// "INSERT INTO table(a, b) VALUES(?, ?)": the columns are parameters 1..n.
std::string insert(const std::string& table, const std::string& columns, Marks marks);
/// "UPDATE table SET a = ?, b = ? WHERE id = ?": the columns are parameters 1..n, the id n+1.
std::string updateById(const std::string& table, const std::string& columns, Marks marks);
/// How many columns a list names.
int columnCount(const std::string& columns);

}  // namespace fangan::row_sql
