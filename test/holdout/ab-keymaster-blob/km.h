/* skm - Keymaster trusted application (key blobs, attestation, operations),
 * built against the PSA Crypto API of the TEE's Mbed TLS. */
#ifndef SKM_KM_H
#define SKM_KM_H

#include <stddef.h>
#include <stdint.h>
#include <psa/crypto.h>

/* Keymaster tag types and tags (keymaster_defs.h) */
#define KM_ENUM        0x10000000u
#define KM_UINT        0x30000000u
#define KM_BYTES       0x90000000u

#define KM_TAG_ALGORITHM        (KM_ENUM | 2)
#define KM_TAG_KEY_SIZE         (KM_UINT | 3)
#define KM_TAG_APPLICATION_ID   (KM_BYTES | 601)
#define KM_TAG_APPLICATION_DATA (KM_BYTES | 700)
#define KM_TAG_NONCE            (KM_BYTES | 1001)
/* vendor tags: encrypted-blob parameters */
#define KM_TAG_EKEY_BLOB_IV      (KM_BYTES | 5000)
#define KM_TAG_EKEY_BLOB_ENC_VER (KM_UINT | 5001)

#define KM_ALGORITHM_RSA 1
#define KM_ALGORITHM_EC  3
#define KM_ALGORITHM_AES 32

#define KM_BLOB_V15 15
#define KM_BLOB_V20 20

#define KM_OK                   0
#define KM_ERROR_UNKNOWN       (-1000)
#define KM_ERROR_INVALID_ARG   (-38)
#define KM_ERROR_UNSUPPORTED   (-6)
#define KM_ERROR_VERIFICATION  (-30)

#define KM_GCM_IV_LEN  12
#define KM_GCM_TAG_LEN 16
#define KM_MAX_PARAMS  32

struct km_param {
	uint32_t tag;
	uint32_t u32;
	const uint8_t *data;
	size_t len;
};

struct km_param_set {
	struct km_param p[KM_MAX_PARAMS];
	size_t n;
};

struct km_buf {
	uint8_t *data;
	size_t len;
	size_t cap;
};

struct km_op {
	uint64_t handle;
	psa_key_id_t key;
	psa_algorithm_t alg;
	uint8_t nonce[KM_GCM_IV_LEN];
	int encrypt;
};

/* km_params.c */
int km_params_parse(const uint8_t *in, size_t n, struct km_param_set *out);
const struct km_param *km_param_find(const struct km_param_set *ps, uint32_t tag);
uint32_t km_param_u32(const struct km_param_set *ps, uint32_t tag, uint32_t dflt);

/* km_rek.c */
int km_rek_init(void);
psa_key_id_t km_rek(void);

/* km_blob.c */
int km_wrap_blob(const struct km_param_set *ps, const uint8_t *key_material, size_t n,
                 struct km_buf *blob);
int km_unwrap_blob(const struct km_param_set *ps, const uint8_t *blob, size_t n,
                   uint8_t *key_material, size_t cap, size_t *key_len);

/* km_attest.c */
int km_attest_init(void);
int km_attest_sign(const uint8_t *tbs_hash, size_t hash_len, int legacy_format, uint8_t *sig,
                   size_t cap, size_t *sig_len);

/* km_legacy.c */
int km_import_wrapped(psa_key_id_t wrapping_key, const uint8_t *wrapped_tk, size_t tk_len,
                      const uint8_t *masked, size_t masked_len, int km_version, uint8_t *out,
                      size_t cap, size_t *out_len);

/* km_ops.c */
int km_generate_key(const struct km_param_set *ps, struct km_buf *blob);
int km_begin(const struct km_param_set *ps, const uint8_t *blob, size_t n, struct km_op *op);

/* km_log.c */
void km_trace(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void km_hex(const uint8_t *in, size_t n, char *out, size_t cap);

/* provided by the TEE OS */
int tee_read_huk(uint8_t out[32]);
int tee_huk_is_blank(void);

#endif
