//===--- Emitters.h - text, JSON and SARIF reports --------------*- C++ -*-===//
#ifndef BACKDOOR_EMITTERS_H
#define BACKDOOR_EMITTERS_H

#include "catalog/Catalog.h"
#include "report/Finding.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

namespace backdoor {

struct Report {
  std::vector<Finding> Findings;
  std::vector<ToolError> Errors;
  unsigned FilesScanned = 0;
  unsigned FromCache = 0; // of FilesScanned, served by the result cache
  /// Problems of the gate's input (suppressions, baseline): SARIF notifications.
  std::vector<FindingNote> Warnings;
  std::string AutomationId;    // SARIF runAutomationDetails.id
  bool OmitSuppressed = false; // upload mode: code scanning would reopen them
  /// The cryptography inventory: backdoor-crypto-inventory records, the data
  /// of the CycloneDX CBOM (report/Cbom.h); never findings.
  std::vector<Finding> Inventory;
  /// Crypto libraries the compile database reveals, with their versions ("" unknown).
  std::map<std::string, std::string> Libraries;
  /// Each scanned unit's facts for the link step (core/Summary.h); written
  /// into JSON reports only when WriteFacts (shards, for `merge`).
  std::vector<llvm::json::Value> Facts;
  bool WriteFacts = false;
};

/// Moves the inventory records among \p R's findings into R.Inventory.
void splitInventory(Report &R);

/// \p P made absolute, without `.` and `..`.
std::string absolutePath(llvm::StringRef P);
/// \p File relative to \p Root ("src/a.c"), or absolute when outside it.
std::string relativeTo(llvm::StringRef File, llvm::StringRef Root);

/// Sorts findings by file, line, column, rule and removes exact duplicates
/// (a header finding seen from several translation units).
void normalize(Report &R);

/// clang-style text: `file:line:col: warning: message [rule]`, the source line
/// and a caret, then notes; tool errors as `file:line:col: error:`.
void emitText(llvm::raw_ostream &OS, const Report &R, const Catalog &Cat, bool Color);
llvm::json::Value emitJson(const Report &R, const Catalog &Cat);
/// GitHub code scanning's published limits for one SARIF run.
constexpr size_t SarifMaxResults = 25000;
constexpr size_t SarifMaxRelatedLocations = 1000;
constexpr size_t SarifMaxFlowLocations = 10000;
constexpr size_t SarifMaxUploadBytes = 10u << 20; // gzip-compressed
constexpr llvm::StringLiteral SarifResultsLimitName = "code scanning's limit per run";

/// SARIF 2.1.0; URIs relative to BaseDir (under the SRCROOT base id) when inside it.
/// At most \p MaxResults results; the rest are counted in \p Dropped and named
/// in a notification that gives \p Limit as the reason.
llvm::json::Value emitSarif(const Report &R, const Catalog &Cat, llvm::StringRef BaseDir,
                            size_t MaxResults = SarifMaxResults, size_t *Dropped = nullptr,
                            llvm::StringRef Limit = SarifResultsLimitName);
/// The SARIF text, within both of code scanning's limits: results per run and
/// the compressed size of the upload (\p MaxCompressedBytes). When it has to
/// leave results out, \p Warning says how many and why.
std::string sarifWithinLimits(const Report &R, const Catalog &Cat, llvm::StringRef BaseDir,
                              size_t MaxCompressedBytes, std::string &Warning);

/// One self-contained HTML page: no network fetch, findings grouped by rule
/// and severity with their source line and flow, filters by rule, severity
/// and path (also from the URL fragment: #rule=...&severity=...&path=...).
/// Scanned code is untrusted: the data travels as JSON with every '<', '>'
/// and '&' escaped, the page renders it with textContent only, and a
/// Content-Security-Policy allows no script but the page's own (by hash).
std::string emitHtml(const Report &R, const Catalog &Cat, llvm::StringRef BaseDir);

/// A finding's precision: its rule's, or low when the tool is unsure of it
/// (Finding::Uncertainty).
PrecisionLevel findingPrecision(const Finding &F, const Catalog &Cat);
/// Leaves out the findings below \p Min (--min-precision).
void filterPrecision(Report &R, const Catalog &Cat, PrecisionLevel Min);
/// A SARIF result's rank (0-100): security-severity x 10, weighted by the
/// precision (very-high 1, high 0.9, medium 0.7, low 0.5).
double sarifRank(double SecuritySeverity, PrecisionLevel P);

/// A one-paragraph summary line for the end of a run.
std::string summary(const Report &R, const Catalog &Cat);

/// Serialization of one unit's results between a worker and the parent.
llvm::json::Value toJson(const Finding &F);
llvm::json::Value toJson(const ToolError &E);
/// Strict readers: false, with what is wrong in \p Why, for a record that is
/// not as toJson writes it (a missing or mistyped field).
bool fromJson(const llvm::json::Value &V, Finding &F, std::string *Why = nullptr);
bool fromJson(const llvm::json::Value &V, ToolError &E, std::string *Why = nullptr);
/// Appends the entries of \p O's "findings" and "errors" lists, all or none:
/// false, with the first bad record named in \p Why, when either list is
/// missing or any record is malformed.
bool readResults(const llvm::json::Object &O, std::vector<Finding> &Findings,
                 std::vector<ToolError> &Errors, std::string *Why = nullptr);
/// Appends a JSON report's "inventory" records and "libraries" to \p R.
void readInventory(const llvm::json::Object &O, Report &R);

/// A stable fingerprint of a finding: rule + normalized source line.
std::string lineHash(const Finding &F);

/// Untrusted text for a terminal: printable ASCII and tabs, the rest escaped.
std::string printable(llvm::StringRef S);
/// "Use of X" -> "Use of X." : SARIF messages are full sentences.
std::string sentence(llvm::StringRef Message);

} // namespace backdoor

#endif
