//===--- Conditionals.cpp - preprocessor switches of the unit ------------===//
#include "core/Conditionals.h"

#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"

using namespace clang;

namespace backdoor {

namespace {

struct Record {
  const SourceManager *SM = nullptr;
  std::vector<ActiveRegion> Regions;
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
    open(Loc, V == CVK_True ? identifiers(Cond) : std::vector<std::string>());
  }
  void Ifdef(SourceLocation Loc, const Token &Name, const MacroDefinition &MD) override {
    std::vector<std::string> Names;
    if (MD) Names.push_back(PP.getSpelling(Name));
    open(Loc, Names);
  }
  void Ifndef(SourceLocation Loc, const Token &, const MacroDefinition &) override {
    open(Loc, {});
  }
  void Elif(SourceLocation Loc, SourceRange Cond, ConditionValueKind V,
            SourceLocation) override {
    close(Loc);
    open(Loc, V == CVK_True ? identifiers(Cond) : std::vector<std::string>());
  }
  void Else(SourceLocation Loc, SourceLocation) override {
    close(Loc);
    open(Loc, {});
  }
  void Endif(SourceLocation Loc, SourceLocation) override {
    close(Loc);
    if (!Stack.empty()) Stack.pop_back();
  }

private:
  Preprocessor &PP;
  std::vector<ActiveRegion> Stack;

  void open(SourceLocation Loc, std::vector<std::string> Names) {
    ActiveRegion R;
    R.Directive = Loc;
    R.Macros = std::move(Names);
    // #elif and #else replace the region of the same #if on the stack.
    if (!Stack.empty() && Stack.back().End.isValid()) Stack.pop_back();
    Stack.push_back(std::move(R));
  }
  void close(SourceLocation Loc) {
    if (Stack.empty()) return;
    ActiveRegion &R = Stack.back();
    if (R.End.isValid()) return;
    R.End = Loc;
    if (!R.Macros.empty() && current().SM == &PP.getSourceManager())
      current().Regions.push_back(R);
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
        while (J < Text.size() && (isalnum(static_cast<unsigned char>(Text[J])) || Text[J] == '_')) ++J;
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
  PP.addPPCallbacks(std::make_unique<Recorder>(PP));
}

const std::vector<ActiveRegion> &activeRegions(const SourceManager &SM) {
  static const std::vector<ActiveRegion> None;
  return current().SM == &SM ? current().Regions : None;
}

} // namespace backdoor
