//===--- CatalogTest.cpp - catalog loading and validation ----------------===//
#include "catalog/Catalog.h"
#include "BackdoorCheck.h"
#include <gtest/gtest.h>

using namespace backdoor;

namespace {

const char *Families = R"(schema: 1
families:
  - {kind: cipher, family: des, display: DES, status: broken, key-bits: 56}
  - {kind: digest, family: md5, display: MD5, status: broken}
names:
  - {match: 'des(-.*)?', spec: 'cipher:des'}
  - {match: 'md5', spec: 'digest:md5'}
)";

const char *OneRule = R"(schema: 1
rules:
  - id: backdoor-test-rule
    family: test
    title: A test rule
    summary: Something happens.
    rationale: Because.
    remediation: Do not.
    cwe: [327]
    severity: high
    security-severity: 7.5
    precision: high
)";

std::shared_ptr<const Catalog> load(std::vector<std::pair<std::string, std::string>> Docs,
                                    std::vector<CatalogError> &E) {
  return Catalog::loadDocuments(Docs, E);
}

TEST(Catalog, BundledCatalogLoads) {
  std::vector<CatalogError> E;
  auto C = Catalog::load(catalogDirs(""), E);
  for (const auto &Err : E) ADD_FAILURE() << Err.str();
  ASSERT_TRUE(C);
  EXPECT_TRUE(C->rule("backdoor-weak-cipher"));
  EXPECT_TRUE(C->function("EVP_EncryptInit_ex"));
  EXPECT_EQ(C->thresholds().MinBits.at("rsa"), 2048u);
}

TEST(Catalog, ValidDocuments) {
  std::vector<CatalogError> E;
  auto C = load({{"a.yaml", Families}, {"b.yaml", OneRule}}, E);
  ASSERT_TRUE(C) << (E.empty() ? "" : E[0].str());
  const Rule *R = C->rule("backdoor-test-rule");
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Sev, Severity::High);
  EXPECT_DOUBLE_EQ(R->SecuritySeverity, 7.5);
  EXPECT_EQ(R->Cwe, std::vector<unsigned>{327});
  EXPECT_EQ(R->Line, 3u);
}

TEST(Catalog, MalformedYamlHasPosition) {
  std::vector<CatalogError> E;
  auto C = load({{"bad.yaml", "schema: 1\nrules:\n  - id: [unclosed\n"}}, E);
  EXPECT_FALSE(C);
  ASSERT_FALSE(E.empty());
  EXPECT_EQ(E[0].File, "bad.yaml");
  EXPECT_GT(E[0].Line, 0u);
  EXPECT_NE(E[0].str().find("bad.yaml:"), std::string::npos);
  EXPECT_NE(E[0].str().find(": error: "), std::string::npos);
}

TEST(Catalog, UnknownKeyIsAnError) {
  std::vector<CatalogError> E;
  std::string Doc = std::string(OneRule) + "    severty: low\n";
  EXPECT_FALSE(load({{"a.yaml", Families}, {"r.yaml", Doc}}, E));
  ASSERT_EQ(E.size(), 1u);
  EXPECT_EQ(E[0].Line, 13u);
  EXPECT_NE(E[0].Message.find("unknown key 'severty'"), std::string::npos);
}

TEST(Catalog, InvalidValuesAreErrors) {
  std::vector<CatalogError> E;
  std::string Doc = OneRule;
  Doc.replace(Doc.find("severity: high"), 14, "severity: huge");
  Doc.replace(Doc.find("7.5"), 3, "11");
  EXPECT_FALSE(load({{"a.yaml", Families}, {"r.yaml", Doc}}, E));
  ASSERT_EQ(E.size(), 2u);
  EXPECT_NE(E[0].Message.find("severity"), std::string::npos);
  EXPECT_NE(E[1].Message.find("0.1 to 10"), std::string::npos);
}

TEST(Catalog, PrecisionIsValidatedWithPosition) {
  // precision is an enum like severity: CodeQL's levels, exact spelling.
  for (const char *Bad : {"certain", "High", "very high"}) {
    std::vector<CatalogError> E;
    std::string Doc = OneRule;
    Doc.replace(Doc.find("precision: high"), 15, std::string("precision: ") + Bad);
    EXPECT_FALSE(load({{"a.yaml", Families}, {"r.yaml", Doc}}, E)) << Bad;
    ASSERT_EQ(E.size(), 1u) << Bad;
    EXPECT_EQ(E[0].File, "r.yaml");
    EXPECT_EQ(E[0].Line, 12u) << Bad; // the line of the precision key
    EXPECT_GT(E[0].Col, 0u);
    EXPECT_NE(E[0].Message.find("precision of"), std::string::npos) << E[0].Message;
  }
  for (const char *Good : {"very-high", "high", "medium", "low"}) {
    std::vector<CatalogError> E;
    std::string Doc = OneRule;
    Doc.replace(Doc.find("precision: high"), 15, std::string("precision: ") + Good);
    auto C = load({{"a.yaml", Families}, {"r.yaml", Doc}}, E);
    ASSERT_TRUE(C) << Good;
    EXPECT_EQ(C->rule("backdoor-test-rule")->Precision, Good);
  }
  EXPECT_EQ(parsePrecision("very-high"), PrecisionLevel::VeryHigh);
  EXPECT_EQ(parsePrecision("low"), PrecisionLevel::Low);
  EXPECT_FALSE(parsePrecision("LOW"));
  EXPECT_EQ(precisionName(PrecisionLevel::Medium), "medium");
  EXPECT_LT(PrecisionLevel::Low, PrecisionLevel::Medium);
  EXPECT_LT(PrecisionLevel::High, PrecisionLevel::VeryHigh);
}

TEST(Catalog, MissingRequiredField) {
  std::vector<CatalogError> E;
  std::string Doc = OneRule;
  Doc.erase(Doc.find("    cwe: [327]\n"), 15);
  EXPECT_FALSE(load({{"r.yaml", Doc}}, E));
  ASSERT_FALSE(E.empty());
  EXPECT_NE(E[0].Message.find("'cwe'"), std::string::npos);
}

TEST(Catalog, DuplicateRuleAndBadId) {
  std::vector<CatalogError> E;
  std::string Doc = OneRule;
  EXPECT_FALSE(load({{"a.yaml", Doc}, {"b.yaml", Doc}}, E));
  ASSERT_FALSE(E.empty());
  EXPECT_NE(E[0].Message.find("duplicate rule id"), std::string::npos);
  E.clear();
  Doc.replace(Doc.find("backdoor-test-rule"), 18, "Test_Rule");
  EXPECT_FALSE(load({{"a.yaml", Doc}}, E));
  ASSERT_FALSE(E.empty());
  EXPECT_NE(E[0].Message.find("kebab-case"), std::string::npos);
}

TEST(Catalog, UnsupportedSchemaAndUnknownRoleAndFamily) {
  std::vector<CatalogError> E;
  EXPECT_FALSE(load({{"a.yaml", "schema: 7\n"}}, E));
  ASSERT_FALSE(E.empty());
  EXPECT_NE(E[0].Message.find("unsupported catalog schema 7"), std::string::npos);
  E.clear();
  EXPECT_FALSE(
      load({{"a.yaml", Families},
            {"r.yaml", OneRule},
            {"f.yaml", "schema: 1\nfunctions:\n  f: {params: {0: keyz}, uses: cipher:rc9}\n"}},
           E));
  ASSERT_EQ(E.size(), 2u);
  EXPECT_NE(E[0].Message.find("unknown parameter role 'keyz'"), std::string::npos);
  EXPECT_NE(E[1].Message.find("'cipher:rc9' is not declared"), std::string::npos);
  EXPECT_EQ(E[1].File, "f.yaml");
}

TEST(Catalog, BinaryAndEmptyFiles) {
  std::vector<CatalogError> E;
  EXPECT_FALSE(load({{"bin.yaml", std::string("\x7f"
                                              "ELF\0\0",
                                              6)}},
                    E));
  ASSERT_FALSE(E.empty());
  EXPECT_NE(E[0].Message.find("binary"), std::string::npos);
  E.clear();
  EXPECT_FALSE(load({{"empty.yaml", ""}}, E));
  ASSERT_FALSE(E.empty());
}

TEST(Catalog, NamesAndSymbols) {
  std::vector<CatalogError> E;
  auto C = Catalog::load(catalogDirs(""), E);
  ASSERT_TRUE(C);
  auto A = C->name("DES-EDE3-CBC");
  ASSERT_TRUE(A);
  EXPECT_EQ(A->str(), "cipher:3des:cbc:112");
  A = C->name("aes-128-ecb");
  ASSERT_TRUE(A);
  EXPECT_EQ(A->Mode, "ecb");
  EXPECT_EQ(A->Bits, 128u);
  A = C->name("rc4-40");
  ASSERT_TRUE(A);
  EXPECT_EQ(A->Bits, 40u);
  A = C->name("chacha20-poly1305");
  ASSERT_TRUE(A);
  EXPECT_EQ(A->Bits, 256u);
  A = C->name("secp112r1");
  ASSERT_TRUE(A);
  EXPECT_EQ(algKindName(A->Kind), "curve");
  EXPECT_EQ(A->Bits, 112u);
  EXPECT_EQ(C->name("brainpoolP160r1")->Bits, 160u);
  EXPECT_EQ(C->name("ffdhe2048")->Bits, 2048u);
  EXPECT_EQ(C->name("SHA1")->Family, "sha1");
  EXPECT_EQ(C->name("sha256")->Family, "sha2");
  EXPECT_FALSE(C->name("definitely-not-an-algorithm"));
  EXPECT_EQ(C->symbol("EVP_des_ede3_cbc")->Family, "3des");
  EXPECT_EQ(C->symbol("EVP_md5")->Family, "md5");
  EXPECT_EQ(C->symbol("NID_X9_62_prime192v1")->Bits, 192u);
  EXPECT_EQ(C->symbol("MBEDTLS_CIPHER_DES_EDE3_CBC")->Family, "3des");
  EXPECT_EQ(C->symbol("MBEDTLS_ECP_DP_SECP192R1")->Bits, 192u);
  EXPECT_EQ(C->symbol("RSA_PKCS1_PADDING")->Family, "rsa-pkcs1");
  EXPECT_EQ(C->symbol("EVP_PKEY_RSA")->Family, "rsa");
  EXPECT_FALSE(C->symbol("EVP_CIPHER_CTX_new"));
  EXPECT_FALSE(C->symbol("EVP_EncryptInit_ex"));
}

TEST(Catalog, UserDirectoryAddsFunctions) {
  std::vector<CatalogError> E;
  auto C = load({{"a.yaml", Families},
                 {"r.yaml", OneRule},
                 {"user.yaml", "schema: 1\nlibrary: mine\nfunctions:\n"
                               "  my_encrypt_init: {params: {cipher_name: cipher}}\n"}},
                E);
  ASSERT_TRUE(C) << (E.empty() ? "" : E[0].str());
  const FunctionModel *F = C->function("my_encrypt_init");
  ASSERT_TRUE(F);
  ASSERT_EQ(F->Params.size(), 1u);
  EXPECT_EQ(F->Params[0].Name, "cipher_name");
  EXPECT_EQ(F->Params[0].Index, -1);
  EXPECT_TRUE(F->param(3, "cipher_name"));
}

TEST(Catalog, DuplicateKeysAreErrorsWithBothPositions) {
  std::vector<CatalogError> E;
  auto C = load({{"r.yaml", OneRule},
                 {"f.yaml", "schema: 1\nfunctions:\n"
                            "  my_rand: {external: 0}\n"
                            "  my_rand: {must-check: true}\n"
                            "  my_kdf: {params: {1: salt, 1: password}}\n"}},
                E);
  EXPECT_FALSE(C);
  ASSERT_EQ(E.size(), 2u);
  EXPECT_EQ(E[0].str(), "f.yaml:4:3: error: duplicate key 'my_rand' (first at line 3, column 3)");
  EXPECT_EQ(E[1].str(), "f.yaml:5:30: error: duplicate key '1' (first at line 5, column 21)");
}

TEST(Catalog, EveryBooleanIsValidated) {
  // Each flag of a function model reads true or false and nothing else:
  // `yes` is an error wherever it stands, never a silent false.
  for (const char *Key :
       {"rng: yes", "must-check: yes", "returns-object: 1", "predictable-return: on",
        "external-return: yes", "shared-memory-return: no", "compare-true-if-equal: yes",
        "key-source: {what: a key, return: yes}"}) {
    std::vector<CatalogError> E;
    auto C = load({{"r.yaml", OneRule},
                   {"f.yaml", std::string("schema: 1\nfunctions:\n  f: {") + Key + "}\n"}},
                  E);
    EXPECT_FALSE(C) << Key;
    ASSERT_FALSE(E.empty()) << Key;
    EXPECT_NE(E[0].Message.find("must be true or false"), std::string::npos) << E[0].str();
    EXPECT_EQ(E[0].Line, 3u) << Key;
  }
}

TEST(Catalog, FunctionDescribedAgainMergesEveryKey) {
  // A user's file describing a library function again: parameters add up,
  // and every key given again replaces what it sets (each key of the schema
  // declares its fields once, so none can be parsed but not merged).
  std::vector<CatalogError> E;
  auto C = load({{"r.yaml", OneRule},
                 {"lib.yaml", "schema: 1\nfunctions:\n"
                              "  lib_cmp: {compare: [0, 1], params: {0: key}, must-check: true}\n"},
                 {"user.yaml", "schema: 1\nfunctions:\n"
                               "  lib_cmp: {compare-true-if-equal: true, params: {2: iv},\n"
                               "            must-check: false, verify-result: zero-is-valid,\n"
                               "            sink: {kind: log, args: [1]}}\n"}},
                E);
  ASSERT_TRUE(C) << (E.empty() ? "" : E[0].str());
  const FunctionModel *F = C->function("lib_cmp");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->Params.size(), 2u);
  EXPECT_EQ(F->Compare, (std::vector<int>{0, 1}));
  EXPECT_FALSE(F->CompareZeroIsEqual); // was dropped by the merge before
  EXPECT_FALSE(F->MustCheck);          // a given false replaces
  EXPECT_EQ(verifyResultKindName(F->VerifyResult), "zero-is-valid");
  EXPECT_EQ(sinkKindName(F->Sink), "log");
  EXPECT_EQ(F->SinkArgs, (std::vector<int>{1}));
}

TEST(Catalog, AlgorithmFromHandleAndMustCheckUnlessDefined) {
  // A key size whose algorithm another call on the same handle names (PSA's
  // psa_set_key_type beside psa_set_key_bits), and a result that need not be
  // checked where the library says the call never fails.
  std::vector<CatalogError> E;
  auto C = load(
      {{"r.yaml", OneRule},
       {"f.yaml", "schema: 1\nfunctions:\n"
                  "  set_bits: {params: {1: {role: key-bits, algorithm: symmetric,\n"
                  "             algorithm-from: {handle: 0, call: set_type, arg: 1}}}}\n"
                  "  my_rand: {must-check: true, must-check-unless-defined: [LIB_NEVER_FAILS]}\n"}},
      E);
  ASSERT_TRUE(C) << (E.empty() ? "" : E[0].str());
  const FunctionModel *F = C->function("set_bits");
  ASSERT_TRUE(F);
  ASSERT_EQ(F->Params.size(), 1u);
  EXPECT_EQ(F->Params[0].Algorithm, "symmetric");
  EXPECT_EQ(F->Params[0].AlgorithmFromHandle, 0);
  EXPECT_EQ(F->Params[0].AlgorithmFromCall, "set_type");
  EXPECT_EQ(F->Params[0].AlgorithmFromArg, 1);
  const FunctionModel *R = C->function("my_rand");
  ASSERT_TRUE(R);
  EXPECT_TRUE(R->MustCheck);
  EXPECT_EQ(R->MustCheckUnlessDefined, (std::vector<std::string>{"LIB_NEVER_FAILS"}));

  // algorithm-from needs all three of its keys.
  std::vector<CatalogError> E2;
  auto C2 =
      load({{"r.yaml", OneRule},
            {"f.yaml",
             "schema: 1\nfunctions:\n"
             "  set_bits: {params: {1: {role: key-bits, algorithm-from: {handle: 0, arg: 1}}}}\n"}},
           E2);
  EXPECT_FALSE(C2);
  ASSERT_FALSE(E2.empty());
  EXPECT_NE(E2[0].Message.find("algorithm-from"), std::string::npos) << E2[0].str();
}

TEST(Catalog, EnumeratedValuesAreValidated) {
  for (const char *Key : {"sink-handle: pipe", "verify-result: one", "context: signing",
                          "object-role: keyy", "sink: {kind: socket, args: [0]}"}) {
    std::vector<CatalogError> E;
    auto C = load({{"r.yaml", OneRule},
                   {"f.yaml", std::string("schema: 1\nfunctions:\n  f: {") + Key + "}\n"}},
                  E);
    EXPECT_FALSE(C) << Key;
    ASSERT_FALSE(E.empty()) << Key;
    EXPECT_NE(E[0].Message.find("unknown"), std::string::npos) << E[0].str();
  }
}

} // namespace

namespace {

// Classes named as algorithms (Crypto++ template arguments) and the contexts
// their templates give them; key sizes in shifted flags; flag-clear
// selections; overrides of virtual methods.
TEST(Catalog, TypesAndOverrides) {
  std::vector<CatalogError> E;
  auto C = Catalog::load(catalogDirs(""), E);
  for (const auto &Err : E) ADD_FAILURE() << Err.str();
  ASSERT_TRUE(C);
  ASSERT_TRUE(C->hasTypes());
  EXPECT_EQ(C->typeSpec("CryptoPP::DES_EDE3")->Family, "3des");
  EXPECT_EQ(C->typeSpec("CryptoPP::ECB_OneWay")->Mode, "ecb");
  EXPECT_EQ(C->typeSpec("CryptoPP::Weak1::MD5")->Family, "md5");
  EXPECT_FALSE(C->typeSpec("CryptoPP::DES_EDE3::Base"));
  EXPECT_EQ(C->typeContext("CryptoPP::TF_SS"), "signature");
  EXPECT_EQ(C->typeContext("CryptoPP::NoSuchTemplate"), "");
  const FunctionModel *G = C->function("CryptGenKey");
  ASSERT_TRUE(G);
  const ParamModel *Bits = G->param(2, "");
  ASSERT_TRUE(Bits);
  EXPECT_EQ(Bits->Shift, 16);
  const FunctionModel *Enc = C->function("CryptEncrypt");
  ASSERT_TRUE(Enc);
  EXPECT_EQ(Enc->param(3, "")->FlagMask, 0x40);
  EXPECT_EQ(Enc->param(3, "")->FlagClear, "padding:rsa-pkcs1");
  const FunctionModel *P = C->function("Botan::TLS::Policy::allow_tls10");
  ASSERT_TRUE(P);
  EXPECT_TRUE(P->Override.Present);
  EXPECT_EQ(P->Override.Rule, "backdoor-weak-tls");
  EXPECT_EQ(P->Override.Returns.Insecure, std::vector<std::string>{"1"});
  EXPECT_TRUE(C->function("Botan::TLS::Callbacks::tls_verify_cert_chain")->Override.MustReject);
}

TEST(Catalog, TypesAndOverridesAreValidated) {
  std::vector<CatalogError> E;
  EXPECT_FALSE(load({{"a.yaml", Families},
                     {"r.yaml", OneRule},
                     {"t.yaml", "schema: 1\ntypes:\n  X::Y: cipher:des\n  X::Z: nonsense\n"
                                "type-contexts:\n  X::T: shouting\n"}},
                    E));
  ASSERT_EQ(E.size(), 2u);
  EXPECT_NE(E[0].Message.find("type 'X::Z' 'nonsense' is not an algorithm spec"),
            std::string::npos);
  EXPECT_NE(E[1].Message.find("unknown context 'shouting' of type 'X::T'"), std::string::npos);
  E.clear();
  EXPECT_FALSE(load({{"a.yaml", Families},
                     {"r.yaml", OneRule},
                     {"f.yaml", "schema: 1\nfunctions:\n"
                                "  f: {override: {must-reject: true}}\n"
                                "  g: {override: {}}\n"
                                "  h: {params: {0: {role: key-bits, shift: 99}}}\n"
                                "  i: {params: {0: {role: padding, flag-clear: {mask: 0}}}}\n"}},
                    E));
  ASSERT_EQ(E.size(), 4u);
  EXPECT_NE(E[0].Message.find("needs 'rule' and 'reason'"), std::string::npos);
  EXPECT_NE(E[1].Message.find("needs 'returns' or 'must-reject'"), std::string::npos);
  EXPECT_NE(E[2].Message.find("shift of a parameter of function 'h' must be 0 to 62"),
            std::string::npos);
  EXPECT_NE(E[3].Message.find("needs a non-zero 'mask' and a 'spec'"), std::string::npos);
}

// Framework callback fields that receive input, and an input's kind by selector.
TEST(Catalog, InputFieldsAndKinds) {
  std::vector<CatalogError> E;
  auto C = Catalog::load(catalogDirs(""), E);
  ASSERT_TRUE(C);
  const InputFieldModel *F = C->inputField("ssh_server_callbacks_struct::auth_password_function");
  ASSERT_TRUE(F);
  EXPECT_EQ(F->Params, (std::vector<int>{1, 2}));
  EXPECT_EQ(F->Kind, backdoor::InputKind::Network);
  EXPECT_FALSE(C->inputField("ssh_server_callbacks_struct::userdata"));
  const FunctionModel *Item = C->function("pam_get_item");
  ASSERT_TRUE(Item);
  ASSERT_EQ(Item->InputKindWhen.size(), 1u);
  EXPECT_EQ(Item->InputKindWhen[0].first, backdoor::InputKind::PeerName);
  EXPECT_EQ(Item->InputKindWhen[0].second, std::vector<std::string>{"PAM_RHOST"});
  E.clear();
  EXPECT_FALSE(
      load({{"a.yaml", Families},
            {"r.yaml", OneRule},
            {"i.yaml", "schema: 1\ninput-fields:\n"
                       "  nofield: {params: [1], kind: network}\n"
                       "  s::f: {params: [1], kind: telepathy}\n"
                       "  s::g: {kind: network}\n"
                       "functions:\n"
                       "  f: {input: {kind: request, args: [1], kinds: {peer-name: [X]}}}\n"}},
           E));
  ASSERT_EQ(E.size(), 4u);
  // (Functions are read before input fields.)
  EXPECT_NE(E[0].Message.find("kinds needs 'when'"), std::string::npos) << E[0].Message;
  EXPECT_NE(E[1].Message.find("must be spelled 'record::field'"), std::string::npos)
      << E[1].Message;
  EXPECT_NE(E[2].Message.find("unknown input kind 'telepathy'"), std::string::npos) << E[2].Message;
  EXPECT_NE(E[3].Message.find("needs 'params'"), std::string::npos) << E[3].Message;
}

// Verification callbacks: what an always-accepting one returns, the flags
// argument it clears, the calls after which the library verifies by itself;
// smart-pointer factories that construct their template argument.
TEST(Catalog, VerifyCallbacksAndFactories) {
  std::vector<CatalogError> E;
  auto C = Catalog::load(catalogDirs(""), E);
  for (const auto &Err : E) ADD_FAILURE() << Err.str();
  ASSERT_TRUE(C);
  const ParamModel *G = C->function("gnutls_certificate_set_verify_function")->param(1, "");
  ASSERT_TRUE(G);
  EXPECT_TRUE(G->AcceptsZero);
  EXPECT_EQ(G->AcceptsClearsArg, -1);
  EXPECT_TRUE(llvm::is_contained(G->AcceptsUnlessCalled, "gnutls_session_set_verify_cert"));
  const ParamModel *M = C->function("mbedtls_ssl_conf_verify")->param(1, "");
  ASSERT_TRUE(M);
  EXPECT_TRUE(M->AcceptsZero);
  EXPECT_EQ(M->AcceptsClearsArg, 3);
  const ParamModel *O = C->function("SSL_CTX_set_verify")->param(2, "");
  ASSERT_TRUE(O);
  EXPECT_FALSE(O->AcceptsZero);
  EXPECT_TRUE(C->function("std::make_unique")->ConstructsTemplateArg);
  EXPECT_FALSE(C->function("memcpy")->ConstructsTemplateArg);
  E.clear();
  EXPECT_FALSE(
      load({{"a.yaml", Families},
            {"r.yaml", OneRule},
            {"f.yaml", "schema: 1\nfunctions:\n"
                       "  a: {params: {1: {role: verify-callback, accepts: {returns: one}}}}\n"
                       "  b: {params: {1: {role: verify-callback, accepts: {clears: 99}}}}\n"
                       "  c: {params: {1: {role: verify-callback, accepts: {always: true}}}}\n"}},
           E));
  ASSERT_EQ(E.size(), 3u);
  EXPECT_NE(E[0].Message.find("returns must be zero or non-zero"), std::string::npos);
  EXPECT_NE(E[1].Message.find("clears must be an argument index"), std::string::npos);
  EXPECT_NE(E[2].Message.find("always"), std::string::npos);
}

TEST(Catalog, SeedModelsAreReadAndValidated) {
  std::vector<CatalogError> E;
  auto Cat = load({{"a.yaml", Families},
                   {"r.yaml", OneRule},
                   {"f.yaml", "schema: 1\nfunctions:\n"
                              "  my_rand: {predictable-return: true, seeded-by: [my_srand]}\n"
                              "  my_clock: {seed-entropy: {bits: 40, source: board timer}}\n"}},
                  E);
  ASSERT_TRUE(Cat) << (E.empty() ? "" : E[0].Message);
  EXPECT_EQ(Cat->function("my_rand")->SeededBy, std::vector<std::string>{"my_srand"});
  EXPECT_EQ(Cat->function("my_clock")->SeedBits, 40);
  EXPECT_EQ(Cat->function("my_clock")->SeedSource, "board timer");
  E.clear();
  EXPECT_FALSE(load({{"a.yaml", Families},
                     {"r.yaml", OneRule},
                     {"f.yaml", "schema: 1\nfunctions:\n"
                                "  a: {seed-entropy: {bits: 32}}\n"
                                "  b: {seed-entropy: {bits: 5000, source: x}}\n"
                                "  c: {seed-entropy: {bits: 8, source: x, weight: 2}}\n"}},
                    E));
  ASSERT_EQ(E.size(), 3u);
  EXPECT_NE(E[0].Message.find("seed-entropy of function 'a' needs 'bits' and 'source'"),
            std::string::npos);
  EXPECT_NE(E[1].Message.find("must be from 0 to 1024"), std::string::npos);
  EXPECT_NE(E[2].Message.find("weight"), std::string::npos);
}

TEST(Catalog, DictionaryModelsAreReadAndValidated) {
  std::vector<CatalogError> E;
  auto Cat =
      load({{"a.yaml", Families},
            {"r.yaml", OneRule},
            {"f.yaml", "schema: 1\nfunctions:\n"
                       "  dict_put: {dictionary: {writes: 0, key: 1, value: 2}}\n"
                       "  dict_make: {dictionary: {keys: 1, values: 2}}\n"
                       "  \"-[Box put:at:]\": {dictionary: {writes: object, key: 1, value: 0}}\n"}},
           E);
  ASSERT_TRUE(Cat) << (E.empty() ? "" : E[0].Message);
  const FunctionModel *Put = Cat->function("dict_put");
  ASSERT_TRUE(Put);
  EXPECT_TRUE(Put->dictionaryWriter());
  EXPECT_FALSE(Put->dictionaryCreator());
  EXPECT_EQ(Put->DictWrites, 0);
  EXPECT_EQ(Put->DictValueArg, 2);
  EXPECT_TRUE(Cat->function("dict_make")->dictionaryCreator());
  EXPECT_EQ(Cat->function("dict_make")->DictValuesArg, 2);
  ASSERT_TRUE(Cat->dictionaryMethod("put:at:"));
  EXPECT_EQ(Cat->dictionaryMethod("put:at:")->DictWrites, DataFlowModel::DictObject);
  EXPECT_FALSE(Cat->dictionaryMethod("put:"));
  E.clear();
  EXPECT_FALSE(load({{"a.yaml", Families},
                     {"r.yaml", OneRule},
                     {"f.yaml", "schema: 1\nfunctions:\n"
                                "  a: {dictionary: {writes: 0, key: 1}}\n"
                                "  b: {dictionary: {writes: 0, key: 1, value: 2, keys: 1}}\n"
                                "  c: {dictionary: {keys: 1, values: 99}}\n"}},
                    E));
  ASSERT_EQ(E.size(), 4u);
  EXPECT_NE(E[0].Message.find("dictionary of function 'a' needs 'writes'"), std::string::npos);
  EXPECT_NE(E[1].Message.find("needs either"), std::string::npos);
  EXPECT_NE(E[2].Message.find("must be an argument index"), std::string::npos);
  EXPECT_NE(E[3].Message.find("dictionary of function 'c' needs 'keys' and 'values'"),
            std::string::npos);
}

} // namespace

namespace {

std::vector<std::string> wordsOf(const char *Re) { return CatalogPattern::requiredWordsOf(Re); }

} // namespace

// The words CatalogPattern::match looks for before it runs the expression.
TEST(CatalogPattern, RequiredWords) {
  using V = std::vector<std::string>;
  EXPECT_EQ(wordsOf("(secret|passw)"), (V{"passw", "secret"}));
  EXPECT_EQ(wordsOf("(^|_)key(_|$)"), (V{"key"}));
  EXPECT_EQ(wordsOf("^k_?key|Token"), (V{"key", "token"}));
  // The best required part of a branch: the longer word of two.
  EXPECT_EQ(wordsOf("gen(erate)?_?(token|nonce)"), (V{"nonce", "token"}));
  EXPECT_EQ(wordsOf("[a-z]+key[[:digit:]]"), (V{"key"}));
  // An escape ends a word: either side is required (the first of equals).
  EXPECT_EQ(wordsOf("ab\\.cd"), (V{"ab"}));
  EXPECT_EQ(wordsOf("x{2}yz"), (V{"yz"}));
  EXPECT_EQ(wordsOf("[]a]bc"), (V{"bc"}));
  // Nothing required: an empty branch, an optional or repeated part only.
  EXPECT_TRUE(wordsOf("a|").empty());
  EXPECT_TRUE(wordsOf("(abc)?").empty());
  EXPECT_TRUE(wordsOf("(abc)*|def").empty());
  EXPECT_TRUE(wordsOf(".*").empty());
  EXPECT_TRUE(wordsOf("[abc]").empty());
  // Not read: unbalanced, or nested deeper than 32 groups.
  EXPECT_TRUE(wordsOf("(abc").empty());
  EXPECT_EQ(wordsOf((std::string(32, '(') + "abc" + std::string(32, ')')).c_str()), (V{"abc"}));
  EXPECT_TRUE(wordsOf((std::string(33, '(') + "abc" + std::string(33, ')')).c_str()).empty());
  EXPECT_TRUE(wordsOf((std::string(100000, '(') + "abc").c_str()).empty());
}

// The filter never changes an answer: every pattern of the bundled catalog
// against names built from its own words and from ordinary identifiers.
TEST(CatalogPattern, FilterKeepsEveryAnswer) {
  std::vector<CatalogError> E;
  auto Cat = Catalog::getShared(catalogDirs(""), E);
  ASSERT_TRUE(Cat);
  std::vector<std::string> Names = {
      "buffer", "len", "i", "ctx", "kEnrollmentKey", "k_enrollment_key", "master_key", "MasterKey",
      "api_key_id", "session_id", "gpio_pin_number", "transfer_pin", "pin", "pins", "x509_verify",
      "ssl_ctx_set_verify", "debug_mode", "admin", "is_admin", "SSLKEYLOGFILE", "password",
      "pubkey", "keyboard", "monkey", "token", "csrf_token", "nonce", "salt_len", "iv", "_iv",
      "ivory", "Backdoor", "magic", "getenv", "HTTP_X_DEBUG", "Authorization", "root", ""};
  size_t Filtered = 0;
  for (const auto &[Name, P] : Cat->patterns()) {
    std::vector<std::string> Texts = Names;
    for (const std::string &W : P->requiredWords()) {
      Texts.push_back(W);
      Texts.push_back("_" + W + "_");
      Texts.push_back("my" + W);
      Texts.push_back(W + "s");
      Texts.push_back(llvm::StringRef(W).upper());
      if (W.size() > 1) Texts.push_back(W.substr(1));
    }
    if (!P->requiredWords().empty()) ++Filtered;
    for (const std::string &T : Texts)
      EXPECT_EQ(P->match(T), P->regex().match(T)) << "pattern " << Name << " on '" << T << "'";
  }
  // Most of the catalog's name patterns are alternations of words.
  EXPECT_GT(Filtered * 2, Cat->patterns().size());
}
