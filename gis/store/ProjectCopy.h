#pragma once
// Copying a whole project from one store into another (`fangan copy`): a file to a server, a
// server to a file. Everything goes through ProjectStore, so any two backends pair up.

#include "gis/store/ProjectStore.h"

namespace fangan {

/// Copies every layer, the inspection history, zone membership, settings and the audit log of
/// `from` into the new, empty project `to`, in one transaction of `to` (a failure leaves it
/// empty). Row ids are renumbered in the same order; references follow them. Geometries are
/// copied as WKB unchanged. Audit rows keep their time, user and effective day.
void copyProject(const ProjectStore& from, ProjectStore& to);

}  // namespace fangan
