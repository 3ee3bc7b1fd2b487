#pragma once
// The settings the desktop application keeps between runs (QSettings, organisation "Fangan",
// application "fangan-app"): recently opened projects and the main window's geometry and dock
// layout.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fangan {
namespace gui {

namespace app_settings {

/// How many recent projects the File menu lists.
inline constexpr int kMaxRecentProjects = 8;

/// Recently opened projects, newest first (absolute paths).
QStringList recentProjects();
/// Puts `path` first in the recent projects (removing an older entry of it), keeping at most
/// kMaxRecentProjects.
void addRecentProject(const QString& path);
/// Removes `path` from the recent projects (e.g. it no longer opens).
void removeRecentProject(const QString& path);

/// Saved main window geometry and state (saveGeometry / saveState); empty when none.
QByteArray windowGeometry();
QByteArray windowState();
void saveWindow(const QByteArray& geometry, const QByteArray& state);

}  // namespace app_settings

}  // namespace gui
}  // namespace fangan
