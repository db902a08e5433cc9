//===--- Profile.h - policy profiles (rules/profiles/*.yaml) ----*- C++ -*-===//
//
// A policy profile is catalog data: the thresholds (key sizes, digest sizes,
// post-quantum parameter sets, password-hashing work factors), algorithm
// verdicts (an algorithm family's status), the rules it switches on, and the
// post-quantum migration targets its messages name. `default` applies when no
// profile is named; `--profile NAME` (CLI) or the global option
// `BackdoorScanProfile` (plugin) selects another one, by name (a file
// profiles/NAME.yaml of a catalog directory) or by path (your own YAML).
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CATALOG_PROFILE_H
#define BACKDOOR_CATALOG_PROFILE_H

#include "catalog/Catalog.h"
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace backdoor {

struct Profile {
  std::string Name, File, Description;
  /// Rules the profile switches on (off-by-default rules such as
  /// backdoor-quantum-vulnerable).
  std::vector<std::string> Enable;
  /// Migration targets named by backdoor-quantum-vulnerable.
  std::string KemTarget = "ML-KEM-768", SignatureTarget = "ML-DSA-65";
  bool enables(llvm::StringRef Rule) const;
};

/// The profile file a name or path denotes: a path (with '/' or ending in
/// .yaml) as given, else profiles/NAME.yaml in the last catalog directory
/// that has one. Empty when none exists.
std::string findProfile(const std::vector<std::string> &Dirs, llvm::StringRef NameOrPath);

/// The names of the profiles of the catalog directories (for messages).
std::vector<std::string> profileNames(const std::vector<std::string> &Dirs);

/// The catalog of \p Dirs with the profile \p NameOrPath applied ("" means
/// `default`, which may be missing). One per process and combination. On error
/// returns null and fills \p Errors (`file:line:col:` for malformed YAML).
std::shared_ptr<const Catalog> getProfiledCatalog(const std::vector<std::string> &Dirs,
                                                  llvm::StringRef NameOrPath,
                                                  std::vector<CatalogError> &Errors);

/// Applies a profile document to a freshly loaded catalog (unit tests).
bool applyProfileText(Catalog &Cat, const std::string &File, const std::string &Text,
                      std::vector<CatalogError> &Errors);

} // namespace backdoor

#endif
