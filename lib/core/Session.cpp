//===--- Session.cpp - per translation unit analysis state ---------------===//
#include "core/Session.h"

namespace backdoor {

// clang-tidy runs translation units one after another in a process (the CLI
// forks one process per unit), so one current session is enough.
static std::unique_ptr<AnalysisSession> Current;
static const clang::ASTContext *CurrentCtx = nullptr;
static const Catalog *CurrentCat = nullptr;

void AnalysisSession::invalidate() {
  Current.reset();
  CurrentCtx = nullptr;
  CurrentCat = nullptr;
}

AnalysisSession &AnalysisSession::get(clang::ASTContext &Ctx, std::shared_ptr<const Catalog> Cat) {
  if (!Current || CurrentCtx != &Ctx || CurrentCat != Cat.get()) {
    const Catalog *C = Cat.get();
    Current.reset(new AnalysisSession(Ctx, std::move(Cat)));
    CurrentCtx = &Ctx;
    CurrentCat = C;
  }
  return *Current;
}

AnalysisSession *AnalysisSession::current(const clang::ASTContext &Ctx) {
  return CurrentCtx == &Ctx ? Current.get() : nullptr;
}

} // namespace backdoor
