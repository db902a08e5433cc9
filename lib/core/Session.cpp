//===--- Session.cpp - per translation unit analysis state ---------------===//
#include "core/Session.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"

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

bool AnalysisSession::inProjectCode(clang::SourceLocation L) const {
  const clang::SourceManager &SM = Ctx.getSourceManager();
  L = SM.getExpansionLoc(L);
  if (SM.isInMainFile(L)) return true;
  return ProjectHeaders && L.isValid() && !SM.isInSystemHeader(L);
}

AnalysisSession *AnalysisSession::current(const clang::ASTContext &Ctx) {
  return CurrentCtx == &Ctx ? Current.get() : nullptr;
}

} // namespace backdoor
