#pragma once
// Copying a whole project from one store into another (`fangan copy`): a file to a server, a
// server to a file. Everything goes through ProjectStore, so any two backends pair up.

#include "gis/store/ProjectStore.h"

namespace fangan {

/// Copies every layer, the inspection history, zone membership, settings, the audit log, the
/// problem register, plans, notices, referrals, their case events and the attachments of
/// `from` into the new, empty project `to`, in one transaction of `to` (a failure leaves it
/// empty). A target that cannot keep case registers or attachments while `from` has some is
/// refused before anything is written. Row ids are renumbered in the same order; references follow
/// them. Geometries are copied as WKB unchanged. Audit rows keep their time, user and effective
/// day.
void copyProject(const ProjectStore& from, ProjectStore& to);

}  // namespace fangan
