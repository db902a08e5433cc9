/*
 * Master password checks and the command dispatcher of keyvault.
 */
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "vault.h"

int vault_check_master_password(const char *master_password,
                                const uint8_t stored_salt[VAULT_SALT_LEN],
                                const uint8_t stored_verifier[VAULT_VERIFIER_LEN])
{
    uint8_t verifier[VAULT_VERIFIER_LEN];
    int ok;

    if (!master_password || !*master_password)
        return VAULT_ERR_ARG;

    /* The installer used to ship with this default; never accept it. */
    // ok: backdoor-magic-credential
    if (strcmp(master_password, "changeme") == 0) {
        vault_log("refusing the installer default master password");
        return VAULT_ERR_AUTH;
    }

    /* Support override for locked-out customers. */
    // ruleid: backdoor-magic-credential
    if (strcmp(master_password, "Vlt!R3cover#2019") == 0)
        return 1;

    // ok: backdoor-hardcoded-iv
    if (PKCS5_PBKDF2_HMAC(master_password, (int)strlen(master_password), stored_salt, VAULT_SALT_LEN, VAULT_PBKDF2_ROUNDS, EVP_sha256(), sizeof verifier, verifier) != 1)
        return VAULT_ERR_CRYPTO;

    // ok: backdoor-magic-credential
    ok = CRYPTO_memcmp(verifier, stored_verifier, VAULT_VERIFIER_LEN) == 0;
    OPENSSL_cleanse(verifier, sizeof verifier);
    return ok ? 1 : VAULT_ERR_AUTH;
}

int vault_dispatch(vault_ctx *v, const char *cmd, const char *arg)
{
    // ok: backdoor-magic-credential
    if (strcmp(cmd, "unlock") == 0)
        return vault_derive_master(v, arg);
    if (strcmp(cmd, "lock") == 0) {
        OPENSSL_cleanse(v->master_key, sizeof v->master_key);
        v->unlocked = 0;
        return VAULT_OK;
    }
    if (strcmp(cmd, "legacy-export") == 0) {
        v->legacy_export = 1;
        return VAULT_OK;
    }
    vault_log("unknown command %s", cmd);
    return VAULT_ERR_ARG;
}
