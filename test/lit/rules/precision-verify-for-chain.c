// RUN: %run-both --checks=backdoor-unchecked-verification %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A verification discarded on purpose, (void), and run only for what it
// leaves in its context: the chain it built, returned, or the error it
// recorded, tested (shape 7 of bench/false-shapes.md: DANE chain building).
#include <openssl/evp.h>

typedef struct x509_store_st X509_STORE;
typedef struct stack_st_X509 STACK_X509;
X509_STORE *X509_STORE_new(void);
X509_STORE_CTX *X509_STORE_CTX_new(void);
int X509_STORE_CTX_init(X509_STORE_CTX *ctx, X509_STORE *store, X509 *cert, STACK_X509 *extra);
STACK_X509 *X509_STORE_CTX_get1_chain(X509_STORE_CTX *ctx);
int X509_STORE_CTX_get_error(X509_STORE_CTX *ctx);
X509 *X509_STORE_CTX_get_current_cert(X509_STORE_CTX *ctx);
void X509_STORE_CTX_free(X509_STORE_CTX *ctx);

STACK_X509 *chain_of(X509 *cert, STACK_X509 *extra) {
  X509_STORE *empty = X509_STORE_new();
  X509_STORE_CTX *ctx = X509_STORE_CTX_new();
  X509_STORE_CTX_init(ctx, empty, cert, extra);
  // ok: backdoor-unchecked-verification (only the chain is wanted)
  (void)X509_verify_cert(ctx);
  return X509_STORE_CTX_get1_chain(ctx);
}

X509 *self_signed_of(X509_STORE_CTX *ctx) {
  // ok: backdoor-unchecked-verification (the error is read through the context)
  (void)X509_verify_cert(ctx);
  if (X509_STORE_CTX_get_error(ctx) == 19 || X509_STORE_CTX_get_error(ctx) == 18)
    return X509_STORE_CTX_get_current_cert(ctx);
  return 0;
}

int chain_out(STACK_X509 **chain, X509_STORE_CTX *ctx) {
  // ok: backdoor-unchecked-verification (the chain goes to the caller)
  (void)X509_verify_cert(ctx);
  *chain = X509_STORE_CTX_get1_chain(ctx);
  return *chain ? 0 : -1;
}

// The true versions: ignored without reading anything back, or discarded
// and followed by a decision that does not consult the context.
int accept_peer(X509_STORE_CTX *ctx) {
  // ruleid: backdoor-unchecked-verification
  X509_verify_cert(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: the result of 'X509_verify_cert' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  return 1;
}

int accept_discarded(X509_STORE_CTX *ctx) {
  // ruleid: backdoor-unchecked-verification
  (void)X509_verify_cert(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: the result of 'X509_verify_cert' is ignored, so a forged signature, MAC or certificate is accepted [backdoor-unchecked-verification]
  X509_STORE_CTX_free(ctx);
  return 1;
}
