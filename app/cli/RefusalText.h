#pragma once
// The words for a lifecycle refusal (gis/patrol/Refusal.h). The source text is Chinese and goes
// through QCoreApplication::translate (context "Refusal"): the app, which loads a translator,
// shows it in the interface language; the command line, which loads none, prints the Chinese.
// Compiled into both the command line and the app (app/CMakeLists.txt).

#include <QString>

#include "gis/cases/CaseRefusal.h"
#include "gis/patrol/Refusal.h"
#include "gis/store/ProjectStore.h"

namespace fangan {

/// The message for `refusal`, naming its grade or result ("C级危房未完成工程措施，不得销号…").
QString refusalText(const Refusal& refusal);

/// The message for a refused referral step (docs/rules.md#referral) by its code, followed by
/// the code in brackets; codes it does not know keep the engine's Chinese message.
QString referralRefusalText(const CaseRefusal& refusal);
/// The message for a stale edit (docs/rules.md#row-versions): "此房屋已被 USER 于 TIME 修改",
/// TIME in local time to the second; without an audit row, that someone else changed it.
QString staleEditText(const StaleEdit& stale);

}  // namespace fangan
