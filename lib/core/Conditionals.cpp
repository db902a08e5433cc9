//===--- Conditionals.cpp - preprocessor switches of the unit ------------===//
#include "core/Conditionals.h"

#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace backdoor {

namespace {

struct Record {
  const SourceManager *SM = nullptr;
  std::vector<ActiveRegion> Regions;
  std::vector<SkippedRegion> Skipped;
};
// One unit is preprocessed at a time (clang-tidy's loop, or one CLI worker).
Record &current() {
  static Record R;
  return R;
}

class Recorder : public PPCallbacks {
public:
  explicit Recorder(Preprocessor &PP) : PP(PP) {}
  ~Recorder() override {
    if (current().SM == &PP.getSourceManager()) current().SM = nullptr;
  }

  void If(SourceLocation Loc, SourceRange Cond, ConditionValueKind V) override {
    Stack.emplace_back();
    // Only defined macros are switches that are on (`#if !defined(TEST)`
    // compiles its branch in because TEST is off).
    std::vector<std::string> Ids = defined(identifiers(Cond));
    begin(Loc, V == CVK_True, V == CVK_True ? Ids : std::vector<std::string>(), Ids);
  }
  void Ifdef(SourceLocation Loc, const Token &Name, const MacroDefinition &MD) override {
    Stack.emplace_back();
    std::vector<std::string> Names;
    if (MD) Names.push_back(PP.getSpelling(Name));
    begin(Loc, bool(MD), Names, Names);
  }
  void Ifndef(SourceLocation Loc, const Token &Name, const MacroDefinition &MD) override {
    Stack.emplace_back();
    std::vector<std::string> Names;
    if (MD) Names.push_back(PP.getSpelling(Name));
    begin(Loc, !MD, {}, Names);
  }
  void Elif(SourceLocation Loc, SourceRange Cond, ConditionValueKind V, SourceLocation) override {
    end(Loc);
    if (Stack.empty()) return;
    // Not evaluated: an earlier branch was taken, and its macros turn this
    // one off.
    std::vector<std::string> Ids = defined(identifiers(Cond));
    begin(Loc, V == CVK_True, V == CVK_True ? Ids : std::vector<std::string>(),
          V == CVK_NotEvaluated ? Stack.back().TakenDefined : Ids);
  }
  void Else(SourceLocation Loc, SourceLocation) override {
    end(Loc);
    if (Stack.empty()) return;
    Chain &C = Stack.back();
    // The #else of `#ifdef DEBUG_NOAUTH`: off because the taken branch's
    // macros are defined.
    begin(Loc, !C.AnyTaken, {}, C.AnyTaken ? C.TakenDefined : std::vector<std::string>());
  }
  void Endif(SourceLocation Loc, SourceLocation) override {
    end(Loc);
    if (!Stack.empty()) Stack.pop_back();
  }

private:
  /// One #if ... #endif: its current branch and what the earlier ones did.
  struct Chain {
    SourceLocation Directive;
    bool Taken = false, Open = false;
    std::vector<std::string> Active;  // a taken branch: the macros it tests
    std::vector<std::string> Defined; // the defined macros its condition tests
    bool AnyTaken = false;
    std::vector<std::string> TakenDefined; // of the taken branch
  };
  Preprocessor &PP;
  std::vector<Chain> Stack;

  void begin(SourceLocation Loc, bool Taken, std::vector<std::string> Active,
             std::vector<std::string> Defined) {
    if (Stack.empty()) return;
    Chain &C = Stack.back();
    C.Directive = Loc;
    C.Taken = Taken;
    C.Open = true;
    C.Active = std::move(Active);
    C.Defined = std::move(Defined);
    if (Taken) {
      C.AnyTaken = true;
      C.TakenDefined = C.Defined;
    }
  }
  void end(SourceLocation Loc) {
    if (Stack.empty() || !Stack.back().Open) return;
    Chain &C = Stack.back();
    C.Open = false;
    if (current().SM != &PP.getSourceManager()) return;
    if (C.Taken && !C.Active.empty()) current().Regions.push_back({C.Directive, Loc, C.Active});
    if (!C.Taken && !C.Defined.empty()) current().Skipped.push_back({C.Directive, Loc, C.Defined});
  }
  std::vector<std::string> defined(const std::vector<std::string> &Ids) {
    std::vector<std::string> Out;
    // Looked up, never added: a macro is an identifier the lexer has seen.
    // (Adding one allocates in clang's identifier table from this code,
    // whose inlined allocator an ASan build poisons differently from the
    // uninstrumented libclang-cpp's.)
    const IdentifierTable &T = PP.getIdentifierTable();
    for (const std::string &Id : Ids) {
      auto It = T.find(Id);
      IdentifierInfo *II = It == T.end() ? nullptr : It->second;
      const MacroInfo *MI = II ? PP.getMacroInfo(II) : nullptr;
      if (!MI) continue;
      // -DDEBUG=0 turns the switch off.
      if (MI->getNumTokens() == 1 && MI->getReplacementToken(0).is(tok::numeric_constant) &&
          PP.getSpelling(MI->getReplacementToken(0)) == "0")
        continue;
      Out.push_back(Id);
    }
    return Out;
  }
  /// The identifiers of a condition (`defined(DEBUG_AUTH) && TEST`).
  std::vector<std::string> identifiers(SourceRange Cond) {
    std::vector<std::string> Out;
    const SourceManager &SM = PP.getSourceManager();
    CharSourceRange R = CharSourceRange::getTokenRange(Cond);
    StringRef Text = Lexer::getSourceText(R, SM, PP.getLangOpts());
    size_t I = 0;
    while (I < Text.size()) {
      if (isalpha(static_cast<unsigned char>(Text[I])) || Text[I] == '_') {
        size_t J = I;
        while (J < Text.size() && (isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_'))
          ++J;
        StringRef Id = Text.slice(I, J);
        if (Id != "defined") Out.push_back(Id.str());
        I = J;
      } else {
        ++I;
      }
    }
    return Out;
  }
};

} // namespace

void recordConditionals(Preprocessor &PP) {
  Record &R = current();
  if (R.SM == &PP.getSourceManager()) return; // another check registered already
  R.SM = &PP.getSourceManager();
  R.Regions.clear();
  R.Skipped.clear();
  PP.addPPCallbacks(std::make_unique<Recorder>(PP));
}

const std::vector<ActiveRegion> &activeRegions(const SourceManager &SM) {
  static const std::vector<ActiveRegion> None;
  return current().SM == &SM ? current().Regions : None;
}

const std::vector<SkippedRegion> &skippedRegions(const SourceManager &SM) {
  static const std::vector<SkippedRegion> None;
  return current().SM == &SM ? current().Skipped : None;
}

} // namespace backdoor
