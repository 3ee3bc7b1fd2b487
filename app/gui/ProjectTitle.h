#pragma once
// How the window names an open project: a file by its file name, a server project as
// `schema@host` (never with the password, which a location does not hold anyway).

#include <QString>

namespace fangan {
namespace gui {

QString projectTitle(const QString& location);

}  // namespace gui
}  // namespace fangan
