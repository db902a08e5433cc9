/* ssl2_record.c - SSL 2.0 record layer: MAC-DATA = MD5(SECRET, DATA, SEQUENCE-NUMBER) */
#include <string.h>

#include <openssl/evp.h>

#include "ssl2.h"

int ssl2_compute_mac(const unsigned char *secret, size_t secret_len, const unsigned char *data,
                     size_t n, uint32_t seq, unsigned char mac[16])
{
    unsigned char seqbuf[4] = {(unsigned char)(seq >> 24), (unsigned char)(seq >> 16),
                               (unsigned char)(seq >> 8), (unsigned char)seq};
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    int ok;

    if (md == NULL)
        return -1;
    // ok: backdoor-weak-hash
    ok = EVP_DigestInit_ex(md, EVP_md5(), NULL) == 1 && EVP_DigestUpdate(md, secret, secret_len) == 1 && EVP_DigestUpdate(md, data, n) == 1 && EVP_DigestUpdate(md, seqbuf, sizeof seqbuf) == 1 && EVP_DigestFinal_ex(md, mac, NULL) == 1;
    EVP_MD_CTX_free(md);
    return ok ? 0 : -1;
}

int ssl2_read_record(SSL2Conn *c, unsigned char *rec, size_t rec_len, unsigned char *out, size_t *out_len)
{
    unsigned char mac[16];
    static const unsigned char zero_pad[8];
    int len = 0;
    size_t padding;

    if (rec_len < 16 + 1)
        return -1;
    padding = rec[0];
    if (EVP_DecryptUpdate(c->read_ctx, out, &len, rec + 1, (int)(rec_len - 1)) != 1 || (size_t)len < 16 + padding)
        return -1;
    if (ssl2_compute_mac(c->client_read_key, c->ck->key_len, out + 16, (size_t)len - 16, c->recv_seq++, mac) != 0)
        return -1;
    // ruleid: backdoor-timing-unsafe-compare
    if (memcmp(mac, out, sizeof mac) != 0)
        return -1;
    /* block ciphers pad with zeros */
    // ok: backdoor-timing-unsafe-compare
    if (padding > 0 && memcmp(out + (size_t)len - padding, zero_pad, padding) != 0)
        return -1;
    *out_len = (size_t)len - 16 - padding;
    memmove(out, out + 16, *out_len);
    return 0;
}
