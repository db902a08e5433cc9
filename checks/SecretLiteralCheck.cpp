//===--- SecretLiteralCheck.cpp - secret-looking literals ----------------===//
#include "SecretLiteralCheck.h"
#include "analysis/secrets/Secrets.h"
#include "core/Provenance.h"
#include "core/Session.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;
using namespace clang::ast_matchers;
using namespace clang::tidy;

namespace backdoor {

namespace {

/// The bytes of a string literal or a constant byte array initializer.
bool literalBytes(const Expr *E, ASTContext &Ctx, std::string &Bytes, bool &IsString) {
  // std::string temporaries: MaterializeTemporaryExpr, CXXBindTemporaryExpr,
  // functional casts and constructor calls around the literal.
  for (unsigned Guard = 0; E && Guard < 8; ++Guard) {
    E = E->IgnoreParenImpCasts();
    if (const auto *MTE = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MTE->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      E = FC->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E); CC && CC->getNumArgs() >= 1)
      E = CC->getArg(0);
    else
      break;
  }
  if (!E) return false;
  // An Objective-C string object (`NSString *const kToken = @"..."`): its text.
  if (const auto *OS = dyn_cast<ObjCStringLiteral>(E)) E = OS->getString();
  if (const auto *SL = dyn_cast<clang::StringLiteral>(E)) {
    if (SL->getCharByteWidth() != 1) return false;
    Bytes = SL->getString().str();
    IsString = true;
    return true;
  }
  const auto *IL = dyn_cast<InitListExpr>(E);
  if (!IL) return false;
  if (IL->isSyntacticForm() && IL->getSemanticForm()) IL = IL->getSemanticForm();
  // std::array<uint8_t, 32> k = {...}: the aggregate's one array member.
  if (IL->getType()->isRecordType() && IL->getNumInits() == 1)
    if (const auto *Inner = dyn_cast<InitListExpr>(IL->getInit(0)->IgnoreParenImpCasts());
        Inner && Inner->getType()->isArrayType())
      IL = Inner;
  if (IL->getNumInits() == 1)
    if (const auto *SL = dyn_cast<clang::StringLiteral>(IL->getInit(0)->IgnoreParenImpCasts())) {
      Bytes = SL->getString().str();
      IsString = true;
      return true;
    }
  Bytes.clear();
  for (const Expr *I : IL->inits()) {
    Expr::EvalResult R;
    if (I->isValueDependent() || !I->getType()->isIntegerType() || !I->EvaluateAsInt(R, Ctx) ||
        Ctx.getTypeSize(I->getType()) != 8)
      return false;
    Bytes.push_back(char(R.Val.getInt().getExtValue() & 0xff));
  }
  IsString = false;
  return !Bytes.empty();
}

class MacroWatcher : public PPCallbacks {
public:
  MacroWatcher(SecretLiteralCheck &C, const SourceManager &SM) : C(C), SM(SM) {}
  void MacroDefined(const Token &Name, const MacroDirective *MD) override {
    const MacroInfo *MI = MD->getMacroInfo();
    if (!MI || MI->isFunctionLike() || MI->getNumTokens() != 1) return;
    const Token &T = MI->getReplacementToken(0);
    if (!tok::isStringLiteral(T.getKind()) || !T.getLiteralData()) return;
    StringRef Spelling(T.getLiteralData(), T.getLength());
    if (!Spelling.starts_with("\"") || !Spelling.ends_with("\"") || Spelling.contains('\\')) return;
    C.consider(Name.getIdentifierInfo()->getName(), Spelling.drop_front().drop_back(), true,
               T.getLocation(), SM, "macro");
  }

private:
  SecretLiteralCheck &C;
  const SourceManager &SM;
};

} // namespace

SecretLiteralCheck::SecretLiteralCheck(StringRef Name, ClangTidyContext *Context)
    : BackdoorCheck(Name, Context),
      Ignored(Options.get("IgnoredPaths", DefaultIgnoredPaths).str()) {
  // clang-tidy's OptionsView reads integers only: a value that is not a
  // number gets clang-tidy's configuration diagnostic and the default.
  StringRef MinEntropy = Options.get("MinEntropy", "3.0");
  if (MinEntropy.trim().getAsDouble(Entropy.MinEntropy) || !(Entropy.MinEntropy >= 0)) {
    configurationDiag("invalid configuration value '%0' for option '%1%2'; expected a "
                      "non-negative number")
        << MinEntropy << Name << ".MinEntropy";
    Entropy.MinEntropy = 3.0;
  }
  Entropy.MinLength = Options.get("MinLength", 16u);
}

void SecretLiteralCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  BackdoorCheck::storeOptions(Opts);
  Options.store(Opts, "IgnoredPaths", Ignored.pattern());
  char Buf[32];
  snprintf(Buf, sizeof Buf, "%.1f", Entropy.MinEntropy);
  Options.store(Opts, "MinEntropy", Buf);
  Options.store(Opts, "MinLength", Entropy.MinLength);
}

void SecretLiteralCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                                             Preprocessor *) {
  PP->addPPCallbacks(std::make_unique<MacroWatcher>(*this, SM));
}

void SecretLiteralCheck::registerMatchers(MatchFinder *Finder) {
  // The main file, and the project's headers when a header filter is set
  // (clang-tidy then reports in headers; the CLI sets it to the scanned tree):
  // a key in a header that several units include is as much in the source.
  auto Main = ProjectHeaders ? ast_matchers::internal::Matcher<Decl>(unless(isExpansionInSystemHeader()))
                             : ast_matchers::internal::Matcher<Decl>(isExpansionInMainFile());
  auto MainS = ProjectHeaders ? ast_matchers::internal::Matcher<Stmt>(unless(isExpansionInSystemHeader()))
                              : ast_matchers::internal::Matcher<Stmt>(isExpansionInMainFile());
  Finder->addMatcher(varDecl(Main, hasInitializer(expr().bind("init"))).bind("var"), this);
  Finder->addMatcher(fieldDecl(Main, hasInClassInitializer(expr().bind("init"))).bind("field"),
                     this);
  Finder->addMatcher(binaryOperator(MainS, isAssignmentOperator()).bind("assign"), this);
  Finder->addMatcher(cxxOperatorCallExpr(MainS, hasOverloadedOperatorName("=")).bind("opassign"),
                     this);
  Finder->addMatcher(initListExpr(MainS).bind("pair"), this);
  // A constructor's member initializer (`legacy_secret_("e8ea78a8...")`); the
  // place is checked where it is considered.
  Finder->addMatcher(
      cxxCtorInitializer(isWritten(), forField(fieldDecl().bind("ctorfield"))).bind("ctorinit"),
      this);
}

void SecretLiteralCheck::consider(StringRef Name, StringRef Bytes, bool IsString,
                                  SourceLocation Loc, const SourceManager &SM, const char *How,
                                  llvm::function_ref<bool()> IsPublicKey) {
  SourceLocation File = SM.getFileLoc(Loc);
  if (!(SM.isInMainFile(File) ||
        (ProjectHeaders && !SM.isInSystemHeader(File) && !SM.isWrittenInBuiltinFile(File) &&
         !SM.isWrittenInCommandLineFile(File))) ||
      Ignored.matches(Loc, SM))
    return;
  if (belowMinPrecision(rules::SecretLiteral)) return;
  if (!secretName(Name, catalog())) return;
  std::string Why = secretLiteralReason(Bytes, IsString, Entropy);
  if (Why.empty() || (IsPublicKey && IsPublicKey())) return;
  diag(Loc, "%0 '%1' holds %2, which looks like a real secret; anyone with the source or the "
            "binary has it")
      << How << Name << Why;
}

/// Whether the unit hands the constant of \p VD to a library function as a
/// public key (`crypto_box_seal(out, m, n, kPublisherKey)`, a recipient of
/// `EVP_SealInit`): whatever its name says, it is one, and a public key is
/// no secret (backdoor-escrow-wrap reports a key wrapped under it).
static bool passedAsPublicKey(AnalysisSession &S, const VarDecl *VD) {
  if (!S.index().referenced(VD)) return false;
  ProvenanceAnalysis &PA = S.provenance();
  const VarDecl *Canon = VD->getCanonicalDecl();
  for (const auto &[Callee, Calls] : S.index().calls())
    for (const CallExpr *CE : Calls) {
      const FunctionModel *M = PA.model(CE);
      if (!M) continue;
      const FunctionDecl *FD = CE->getDirectCallee();
      for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
        const ParamModel *P = paramFor(*M, FD, I);
        if (!P || (P->Role != ParamRole::PublicKey && P->Role != ParamRole::PublicKeys)) continue;
        for (const Origin &O : PA.of(CE->getArg(I)).Origins)
          if (const auto *N = dyn_cast_or_null<VarDecl>(O.Named);
              N && N->getCanonicalDecl() == Canon)
            return true;
      }
    }
  return false;
}

/// Where a declaration's literal is reported: at the literal, or at the
/// name when the literal starts on a later line (a key's hex continued over
/// lines under `static const char kSigningKeyHex[] =`).
static SourceLocation literalPlace(const NamedDecl *D, const Expr *Init, const SourceManager &SM) {
  SourceLocation Name = SM.getFileLoc(D->getLocation()), Lit = SM.getFileLoc(Init->getBeginLoc());
  if (Name.isValid() && Lit.isValid() && SM.getFileID(Name) == SM.getFileID(Lit) &&
      SM.getSpellingLineNumber(Lit) > SM.getSpellingLineNumber(Name))
    return D->getLocation();
  return Init->getBeginLoc();
}

static std::string declName(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) return DRE->getDecl()->getNameAsString();
  if (const auto *ME = dyn_cast<MemberExpr>(E)) return ME->getMemberDecl()->getNameAsString();
  return "";
}

void SecretLiteralCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = *Result.SourceManager;
  std::string Bytes;
  bool IsString = false;
  if (const auto *VD = Result.Nodes.getNodeAs<VarDecl>("var")) {
    const auto *Init = Result.Nodes.getNodeAs<Expr>("init");
    if (isa<ParmVarDecl>(VD) || !literalBytes(Init, Ctx, Bytes, IsString)) return;
    consider(VD->getName(), Bytes, IsString, literalPlace(VD, Init, SM), SM, "variable",
             [&] { return passedAsPublicKey(session(Ctx), VD); });
    return;
  }
  if (const auto *FD = Result.Nodes.getNodeAs<FieldDecl>("field")) {
    const auto *Init = Result.Nodes.getNodeAs<Expr>("init");
    if (!literalBytes(Init, Ctx, Bytes, IsString)) return;
    consider(FD->getName(), Bytes, IsString, literalPlace(FD, Init, SM), SM, "field");
    return;
  }
  if (const auto *CI = Result.Nodes.getNodeAs<CXXCtorInitializer>("ctorinit")) {
    const auto *FD = Result.Nodes.getNodeAs<FieldDecl>("ctorfield");
    const Expr *Init = CI->getInit();
    if (!FD || !Init || !FD->getDeclName().isIdentifier()) return;
    if (!literalBytes(Init, Ctx, Bytes, IsString)) return;
    // At the literal, not at the member's name the construction starts with.
    const Expr *At = Init->IgnoreParenImpCasts();
    for (const auto *CE = dyn_cast<CXXConstructExpr>(At); CE && CE->getNumArgs() >= 1;
         CE = dyn_cast<CXXConstructExpr>(At))
      At = CE->getArg(0)->IgnoreParenImpCasts();
    if (const auto *PL = dyn_cast<ParenListExpr>(At); PL && PL->getNumExprs() >= 1)
      At = PL->getExpr(0);
    consider(FD->getName(), Bytes, IsString, At->getBeginLoc(), SM, "field");
    return;
  }
  if (const auto *BO = Result.Nodes.getNodeAs<BinaryOperator>("assign")) {
    if (BO->getOpcode() != BO_Assign || !literalBytes(BO->getRHS(), Ctx, Bytes, IsString)) return;
    std::string N = declName(BO->getLHS());
    if (!N.empty()) consider(N, Bytes, IsString, BO->getRHS()->getBeginLoc(), SM, "variable");
    return;
  }
  if (const auto *OC = Result.Nodes.getNodeAs<CXXOperatorCallExpr>("opassign")) {
    if (OC->getNumArgs() != 2 || !literalBytes(OC->getArg(1), Ctx, Bytes, IsString)) return;
    // config["api_secret"] = "..."
    const Expr *L = OC->getArg(0)->IgnoreParenImpCasts();
    std::string N = declName(L);
    if (const auto *Sub = dyn_cast<CXXOperatorCallExpr>(L))
      if (Sub->getOperator() == OO_Subscript && Sub->getNumArgs() == 2) {
        std::string KeyBytes;
        bool KeyIsString = false;
        if (literalBytes(Sub->getArg(1), Ctx, KeyBytes, KeyIsString) && KeyIsString) N = KeyBytes;
      }
    if (!N.empty()) consider(N, Bytes, IsString, OC->getArg(1)->getBeginLoc(), SM, "key");
    return;
  }
  if (const auto *IL = Result.Nodes.getNodeAs<InitListExpr>("pair")) {
    // {"client_secret", "..."}: a key/value pair in a table. The matcher
    // meets a list in one of its forms or both (C's struct initializers only
    // in the semantic one): each list is read once, in its written form.
    if (!IL->isSyntacticForm() && IL->getSyntacticForm()) IL = IL->getSyntacticForm();
    if (!SeenLists.insert(IL).second) return;
    std::string Key;
    bool KeyIsString = false;
    if (IL->getNumInits() == 2 && literalBytes(IL->getInit(0), Ctx, Key, KeyIsString) &&
        KeyIsString && secretName(Key, catalog())) {
      if (literalBytes(IL->getInit(1), Ctx, Bytes, IsString))
        consider(Key, Bytes, IsString, IL->getInit(1)->getBeginLoc(), SM, "key");
      return;
    }
    // Else a record's fields by their names: {"sensor", "<token>"} for
    // {name, api_token}.
    // A struct initializer, also nested in a table of structs (`{"default",
    // {{0xa1, ...}, {...}}, GCRY_CIPHER_AES128}`): each field that is given
    // literal bytes, by the field's name.
    const InitListExpr *Sem = IL->getSemanticForm() ? IL->getSemanticForm() : IL;
    const RecordDecl *RD = Sem->getType()->getAsRecordDecl();
    if (!RD || RD->isUnion() || !RD->getDefinition()) return;
    // std::array and other one-member wrappers: the variable's name counts.
    if (Sem->getNumInits() == 1) return;
    unsigned I = 0;
    for (const FieldDecl *F : RD->getDefinition()->fields()) {
      if (I >= Sem->getNumInits()) break;
      const Expr *Init = Sem->getInit(I++);
      QualType T = F->getType();
      if (!F->getDeclName().isIdentifier() || isa<ImplicitValueInitExpr>(Init) ||
          !(T->isArrayType() || T->isPointerType() || T->isRecordType()))
        continue;
      if (literalBytes(Init, Ctx, Bytes, IsString))
        consider(F->getName(), Bytes, IsString, Init->getBeginLoc(), SM, "field");
    }
  }
}

} // namespace backdoor
