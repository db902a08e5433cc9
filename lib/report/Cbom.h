//===--- Cbom.h - the CycloneDX 1.6 cryptography bill of materials -*- C++ -*-===//
//
// Turns the inventory records of a report (backdoor-crypto-inventory, see
// lib/analysis/inventory/Inventory.h) into a CycloneDX 1.6 BOM: one
// `cryptographic-asset` component per distinct algorithm, protocol
// configuration or key, with every place it is used as evidence occurrences;
// the crypto libraries as `library` components that provide them; the
// dependencies of protocols on their suites' algorithms and of keys on their
// algorithm; and the findings of the backdoor rules as vulnerabilities whose
// `affects` names the assets at the finding's line. Deterministic: the CBOM of
// sharded and merged runs equals a single run's. docs/cbom.md maps each field
// to where it comes from.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_REPORT_CBOM_H
#define BACKDOOR_REPORT_CBOM_H

#include "report/Emitters.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <set>
#include <tuple>

namespace backdoor {

/// One asset of the inventory, for the CBOM and the HTML inventory view.
struct CryptoAsset {
  std::string Ref, Name, AssetType; // algorithm, protocol, related-crypto-material
  std::string Quantum;              // vulnerable, post-quantum, resistant, weak, n/a
  llvm::json::Object Crypto;        // cryptoProperties
  std::map<std::string, std::string> Properties;
  std::set<std::string> Libraries, DependsOn;
  struct Occurrence {
    std::string File;
    unsigned Line = 0;
    std::string Symbol, Context;
    bool operator<(const Occurrence &O) const {
      return std::tie(File, Line, Symbol, Context) < std::tie(O.File, O.Line, O.Symbol, O.Context);
    }
  };
  std::set<Occurrence> Occurrences;
};

/// The distinct assets of \p R's inventory, sorted by reference; file names
/// relative to \p BaseDir.
std::vector<CryptoAsset> cryptoAssets(const Report &R, const Catalog &Cat, llvm::StringRef BaseDir);

/// The CycloneDX 1.6 JSON document.
llvm::json::Value emitCycloneDx(const Report &R, const Catalog &Cat, llvm::StringRef BaseDir);

} // namespace backdoor

#endif
