/*
 * Unlocking and integrity of keyring files.
 */
#include <string.h>

#include "keyring.h"

/* The v1 container format had no per-file salt. */
static const char kV1Salt[] = "gk-keyring-salt1";

int gk_unlock(struct gk_keyring *kr, const char *passphrase)
{
    uint8_t okm[2 * GK_KEY_LEN];
    gpg_error_t err;

    if (kr->format == GK_FORMAT_V1) {
        // ruleid: backdoor-weak-hash, backdoor-hardcoded-iv
        err = gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA1, kV1Salt, GK_SALT_LEN, GK_KDF_ROUNDS, sizeof okm, okm);
    } else {
        // ok: backdoor-weak-hash, backdoor-hardcoded-iv
        err = gcry_kdf_derive(passphrase, strlen(passphrase), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, kr->salt, GK_SALT_LEN, GK_KDF_ROUNDS, sizeof okm, okm);
    }
    if (err)
        return -1;
    memcpy(kr->key, okm, GK_KEY_LEN);
    memcpy(kr->mac_key, okm + GK_KEY_LEN, GK_KEY_LEN);
    memset(okm, 0, sizeof okm);
    kr->unlocked = 1;
    return 0;
}

int gk_integrity_mac(const struct gk_keyring *kr, const uint8_t *data, size_t n, uint8_t *out)
{
    gcry_error_t err;

    if (kr->format == GK_FORMAT_V1) {
        gcry_md_hd_t md;
        // ruleid: backdoor-weak-hash
        err = gcry_md_open(&md, GCRY_MD_MD5, GCRY_MD_FLAG_HMAC);
        if (err)
            return -1;
        // ok: backdoor-hardcoded-key
        err = gcry_md_setkey(md, kr->mac_key, sizeof kr->mac_key);
        if (!err) {
            gcry_md_write(md, data, n);
            memcpy(out, gcry_md_read(md, GCRY_MD_MD5), 16);
        }
        gcry_md_close(md);
        return err ? -1 : 0;
    }

    gcry_mac_hd_t mac;
    size_t len = 32;
    // ok: backdoor-weak-hash
    err = gcry_mac_open(&mac, GCRY_MAC_HMAC_SHA256, 0, NULL);
    if (err)
        return -1;
    // ok: backdoor-hardcoded-key
    err = gcry_mac_setkey(mac, kr->mac_key, sizeof kr->mac_key);
    if (!err)
        err = gcry_mac_write(mac, data, n);
    if (!err)
        err = gcry_mac_read(mac, out, &len);
    gcry_mac_close(mac);
    return err ? -1 : 0;
}

/* Identifier shown in the UI next to SSH keys; matches `ssh-keygen -l -E sha1`. */
void gk_key_fingerprint(const uint8_t *pubkey, size_t n, uint8_t out[20])
{
    // ok: backdoor-weak-hash
    gcry_md_hash_buffer(GCRY_MD_SHA1, out, pubkey, n);
}
