// S/MIME: verification of signed mail, sealing outgoing mail, the key
// transport of the 2009 client and Outlook 2003's SHA-1 signatures.
#import "MXMail.h"

#include <openssl/cms.h>
#include <openssl/pkcs7.h>
#include <openssl/rsa.h>

static NSData *bio_contents(BIO *b)
{
    char *p = NULL;
    long n = BIO_get_mem_data(b, &p);
    return n > 0 ? [NSData dataWithBytes:p length:(NSUInteger)n] : [NSData data];
}

@implementation MXSmime

- (id)initWithTrustStore:(X509_STORE *)store
{
    if ((self = [super init]) != nil)
        _store = store;
    return self;
}

- (BOOL)verifyLegacySigned:(NSData *)der content:(NSData **)content
{
    const unsigned char *p = [der bytes];
    PKCS7 *p7 = d2i_PKCS7(NULL, &p, (long)[der length]);
    BIO *out = BIO_new(BIO_s_mem());
    BOOL ok = NO;

    // ruleid: backdoor-unchecked-verification
    if (p7 != NULL && PKCS7_verify(p7, NULL, _store, NULL, out, 0)) {
        *content = bio_contents(out);
        ok = YES;
    }
    PKCS7_free(p7);
    BIO_free(out);
    return ok;
}

- (BOOL)verifySigned:(NSData *)der content:(NSData **)content
{
    const unsigned char *p = [der bytes];
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(NULL, &p, (long)[der length]);
    BIO *out = BIO_new(BIO_s_mem());
    // ok: backdoor-unchecked-verification
    BOOL ok = cms != NULL && CMS_verify(cms, NULL, _store, NULL, out, 0) == 1;

    if (ok)
        *content = bio_contents(out);
    CMS_ContentInfo_free(cms);
    BIO_free(out);
    return ok;
}

- (NSData *)sealMessage:(NSData *)body forRecipient:(X509 *)recipient
{
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_PKEY *pubs[2];
    unsigned char *ek[2];
    int ekl[2], n = 0, fin = 0;
    unsigned char iv[EVP_MAX_IV_LENGTH];
    NSMutableData *out = [NSMutableData dataWithLength:[body length] + 32];

    pubs[0] = X509_get0_pubkey(recipient);
    pubs[1] = [MXCompliance archiveKey];
    ek[0] = OPENSSL_malloc(EVP_PKEY_get_size(pubs[0]));
    ek[1] = OPENSSL_malloc(EVP_PKEY_get_size(pubs[1]));
    // ruleid: backdoor-escrow-wrap
    // ok: backdoor-hardcoded-iv, backdoor-null-cipher, backdoor-weak-cipher
    if (EVP_SealInit(ctx, EVP_aes_256_cbc(), ek, ekl, iv, pubs, 2) != 2 ||
        EVP_SealUpdate(ctx, [out mutableBytes], &n, [body bytes], (int)[body length]) != 1 ||
        EVP_SealFinal(ctx, (unsigned char *)[out mutableBytes] + n, &fin) != 1)
        out = nil;
    else
        [out setLength:(NSUInteger)(n + fin)];
    OPENSSL_free(ek[0]);
    OPENSSL_free(ek[1]);
    EVP_PKEY_free(pubs[1]);
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

- (NSData *)wrapKeyForOldClient:(NSData *)key recipient:(EVP_PKEY *)pub
{
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(pub, NULL);
    unsigned char buf[1024];
    size_t len = sizeof buf;
    NSData *wrapped = nil;

    if (pctx != NULL && EVP_PKEY_encrypt_init(pctx) == 1) {
        // ruleid: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
        // ok: backdoor-escrow-wrap
        if (EVP_PKEY_encrypt(pctx, buf, &len, [key bytes], [key length]) == 1)
            wrapped = [NSData dataWithBytes:buf length:len];
    }
    EVP_PKEY_CTX_free(pctx);
    return wrapped;
}

- (NSData *)signOutlook2003:(NSData *)body key:(EVP_PKEY *)key
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    unsigned char sig[512];
    size_t len = sizeof sig;
    NSData *out = nil;

    EVP_PKEY_CTX *pctx = NULL;

    // ruleid: backdoor-weak-hash
    if (EVP_DigestSignInit(md, &pctx, EVP_sha1(), NULL, key) == 1) {
        // ok: backdoor-rsa-without-oaep
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING);
        if (EVP_DigestSign(md, sig, &len, [body bytes], [body length]) == 1)
            out = [NSData dataWithBytes:sig length:len];
    }
    EVP_MD_CTX_free(md);
    return out;
}

@end
