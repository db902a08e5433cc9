/* Keys: secp256k1 key pairs from the wallet generator, ECDSA signatures over
 * transaction hashes, and key export. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <mbedtls/asn1write.h>
#include <mbedtls/platform_util.h>
#include "wallet.h"

int wallet_key_generate(struct wallet_rng *r, struct wallet_key *k, const char *label)
{
	mbedtls_ecp_keypair_init(&k->kp);
	snprintf(k->label, sizeof k->label, "%s", label);
	// ok: backdoor-short-key
	if (mbedtls_ecp_group_load(&k->kp.grp, MBEDTLS_ECP_DP_SECP256K1) != 0)
		return -1;
	return mbedtls_ecp_gen_keypair(&k->kp.grp, &k->kp.d, &k->kp.Q, wallet_rng_bytes, r) == 0 ? 0 : -1;
}

/* label of a BIP 21 payment request shown in the receive screen's history */
void wallet_request_label(char *out, size_t cap)
{
	// ok: backdoor-predictable-random
	snprintf(out, cap, "Request #%04d", rand() % 10000);
}

/* DER SEQUENCE { INTEGER r, INTEGER s } */
static int write_sig_der(const mbedtls_mpi *r, const mbedtls_mpi *s, uint8_t *der, size_t cap,
                         size_t *der_len)
{
	unsigned char buf[80], *p = buf + sizeof buf;
	int len = 0, n;

	if ((n = mbedtls_asn1_write_mpi(&p, buf, s)) < 0)
		return -1;
	len += n;
	if ((n = mbedtls_asn1_write_mpi(&p, buf, r)) < 0)
		return -1;
	len += n;
	if ((n = mbedtls_asn1_write_len(&p, buf, (size_t)len)) < 0)
		return -1;
	len += n;
	if ((n = mbedtls_asn1_write_tag(&p, buf, MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE)) < 0)
		return -1;
	len += n;
	if ((size_t)len > cap)
		return -1;
	memcpy(der, p, (size_t)len);
	*der_len = (size_t)len;
	return 0;
}

int wallet_sign_hash(struct wallet_rng *r, const struct wallet_key *k, const uint8_t hash[32],
                     uint8_t *der, size_t cap, size_t *der_len)
{
	mbedtls_ecp_group grp;
	mbedtls_mpi sr, ss;
	int rc = -1;

	mbedtls_ecp_group_init(&grp);
	mbedtls_mpi_init(&sr);
	mbedtls_mpi_init(&ss);
	if (mbedtls_ecp_group_copy(&grp, &k->kp.grp) != 0)
		goto out;
	/* the nonce k comes from the same generator as the keys */
	if (mbedtls_ecdsa_sign(&grp, &sr, &ss, &k->kp.d, hash, 32, wallet_rng_bytes, r) != 0)
		goto out;
	rc = write_sig_der(&sr, &ss, der, cap, der_len);
out:
	mbedtls_mpi_free(&sr);
	mbedtls_mpi_free(&ss);
	mbedtls_ecp_group_free(&grp);
	return rc;
}

int wallet_key_backup(struct wallet_rng *r, const struct wallet_key *k, const char *password,
                      int plain_export)
{
	uint8_t priv[32];
	int rc;

	if (mbedtls_mpi_write_binary(&k->kp.d, priv, sizeof priv) != 0)
		return -1;
	if (plain_export)
		// ruleid: backdoor-key-exfiltration
		rc = backup_write_plain(k->label, priv, sizeof priv);
	else
		// ok: backdoor-key-exfiltration
		rc = backup_write_sealed(r, k->label, priv, sizeof priv, password);
	mbedtls_platform_zeroize(priv, sizeof priv);
	return rc;
}
