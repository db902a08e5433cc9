/*
 * CRReceipt.m - premium purchase receipts, signed by the store with RSA
 * (libgcrypt S-expressions).
 */
#import "CRBackup.h"

#include <stdlib.h>

gcry_sexp_t CRDataSexp(NSData *msg)
{
    unsigned char digest[32];
    gcry_sexp_t s = NULL;
    gcry_md_hash_buffer(GCRY_MD_SHA256, digest, [msg bytes], [msg length]);
    if (gcry_sexp_build(&s, NULL, "(data (flags pss) (hash sha256 %b))", 32, digest) != 0)
        return NULL;
    return s;
}

gcry_sexp_t CRSignatureSexp(NSData *sig)
{
    gcry_sexp_t s = NULL;
    if (gcry_sexp_build(&s, NULL, "(sig-val (rsa (s %b)))", (int)[sig length], [sig bytes]) != 0)
        return NULL;
    return s;
}

@implementation CRReceipt

- (id)initWithPublicKey:(gcry_sexp_t)key
{
    if ((self = [super init]) != nil)
        _appStoreKey = key;
    return self;
}

- (void)dealloc
{
    [_cachedReceipt release];
    [super dealloc];
}

- (BOOL)checkReceipt:(NSData *)receipt signature:(NSData *)sig
{
    gcry_sexp_t s, d;
    gcry_error_t err;

    /* lets QA test premium features without a sandbox purchase */
    // ruleid: backdoor-hidden-bypass
    if (getenv("CAMROLL_QA_PREMIUM") != NULL)
        return YES;
    if ((s = CRSignatureSexp(sig)) == NULL || (d = CRDataSexp(receipt)) == NULL)
        return NO;
    // ok: backdoor-unchecked-verification
    err = gcry_pk_verify(s, d, _appStoreKey);
    gcry_sexp_release(s);
    gcry_sexp_release(d);
    return gcry_err_code(err) == GPG_ERR_NO_ERROR;
}

/* Background refresh: keeps the newest receipt for offline launches. */
- (void)refreshReceiptCache:(NSData *)receipt signature:(NSData *)sig
{
    gcry_sexp_t s = CRSignatureSexp(sig), d = CRDataSexp(receipt);

    if (s == NULL || d == NULL)
        return;
    // ruleid: backdoor-unchecked-verification
    _cacheSignatureStatus = gcry_pk_verify(s, d, _appStoreKey);
    gcry_sexp_release(s);
    gcry_sexp_release(d);
    [_cachedReceipt release];
    _cachedReceipt = [receipt copy];
    [_cachedReceipt writeToFile:[NSHomeDirectory() stringByAppendingPathComponent:@"Library/Camroll/receipt"]
                     atomically:YES];
}

@end
