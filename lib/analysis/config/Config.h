//===--- Config.h - randomness, KDFs, verification, bypasses ----*- C++ -*-===//
//
// The configuration rules that are not TLS:
//  - backdoor-predictable-random: rand(), mt19937 and friends (or a
//    RAND_bytes whose failure is ignored) feeding keys, IVs, nonces, salts,
//    tokens, session ids, passwords or one-time codes;
//  - backdoor-weak-kdf: PBKDF2 iterations, scrypt and Argon2 costs and salt
//    lengths below the catalog's floors, EVP_BytesToKey, passwords stored as
//    one fast hash;
//  - backdoor-unchecked-verification: a signature, MAC or certificate check
//    whose result is discarded or read so that an error counts as success;
//  - backdoor-timing-unsafe-compare: MAC tags compared with memcmp;
//  - backdoor-hidden-bypass: verification skipped when a magic environment
//    variable, input value or compiled-in debug switch says so.
//
//===----------------------------------------------------------------------===//
#ifndef BACKDOOR_CONFIG_H
#define BACKDOOR_CONFIG_H

#include "catalog/Rules.h"
#include "core/Candidate.h"
#include "core/Seed.h"
#include "core/Session.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/Expr.h"
#include <optional>

namespace backdoor {

/// What a crypt(3) setting or crypt_gensalt prefix selects: "$2b$12$salt"
/// (bcrypt, cost 12), "$6$rounds=5000$salt", "$1$salt" (MD5-crypt), "ab"
/// (traditional DES crypt), "$y$..." (yescrypt).
struct CryptScheme {
  std::string Family;           // bcrypt, sha256-crypt, sha512-crypt, md5-crypt, des-crypt,
                                // bsdi-crypt, nt-hash, sun-md5-crypt, yescrypt, gost-yescrypt,
                                // scrypt, sha1-crypt
  std::string Prefix;           // the prefix as written ("$2b$", "$6$", "" for DES)
  std::optional<uint64_t> Cost; // bcrypt's log2 cost or SHA-crypt's rounds, when written
  bool Weak = false;            // a fast, obsolete scheme whatever the cost
  bool HasSalt = false;         // salt characters follow the prefix (a complete setting)
};
/// Parses a setting or prefix; nullopt for text that is neither.
std::optional<CryptScheme> parseCryptSetting(llvm::StringRef S);

/// Candidates of the five rules for a call of a modelled function.
/// backdoor-predictable-random's messages (shared with the link step):
/// \p Gen's output reaches the \p Role argument of \p Callee, or becomes
/// the variable \p Name. With \p Seed (what the unit shows of the
/// generator's seed) the message states it: "32 bits of clock time seed it";
/// \p Sized then names the argument's size ("the 256-bit ").
std::string predictableRoleMessage(llvm::StringRef Gen, ParamRole Role, llvm::StringRef Callee,
                                   const SeedEntropy *Seed = nullptr,
                                   llvm::StringRef Sized = "the ");
std::string predictableNameMessage(llvm::StringRef Gen, llvm::StringRef Name,
                                   const SeedEntropy *Seed = nullptr);

/// backdoor-weak-kdf's message for the integer \p V in a "work-factor" (of
/// \p Algorithm) or "salt-length" role of \p Callee; empty when it is enough.
/// \p HashKey: the call's per-hash PBKDF2 floor key ("pbkdf2-sha256"), used
/// when the profile sets it; \p Display: the parameter as messages name it,
/// when the algorithm's own name is not enough ("SHA-512-crypt round count").
std::string weakKdfValueMessage(const Catalog &Cat, ParamRole Role, llvm::StringRef Algorithm,
                                int64_t V, llvm::StringRef Callee, llvm::StringRef HashKey = "",
                                llvm::StringRef Display = "");

const std::vector<Candidate> &configOfCall(AnalysisSession &S, const clang::CallExpr *CE);
/// The iteration count or salt length an initializer of a key/value
/// parameter struct (OSSL_PARAM's "iter") binds.
const std::vector<Candidate> &configOfParamStruct(AnalysisSession &S,
                                                  const clang::InitListExpr *IL);
/// Candidates found by scanning one function definition of the main file.
const std::vector<Candidate> &configOfFunction(AnalysisSession &S, const clang::FunctionDecl *FD);
/// The same per-body analyses for an Objective-C method.
const std::vector<Candidate> &configOfObjCMethod(AnalysisSession &S,
                                                 const clang::ObjCMethodDecl *MD);

} // namespace backdoor

#endif
