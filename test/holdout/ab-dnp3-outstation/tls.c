/* TLS: the outstation accepts the master station (IEC 62351-3 profile);
 * the historian uploader is a client of the utility's PI gateway. */
#include <netdb.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "rtu.h"

/* DHE group of the 2015 substation profile (1536-bit safe prime) */
static const unsigned char kDhePrime[] = {
	0xae, 0x59, 0x20, 0x38, 0xf3, 0xd0, 0x2a, 0x49, 0x64, 0xbe, 0x00, 0xdb, 0x3d, 0xed, 0xe6, 0x93,
	0x6f, 0x83, 0x0f, 0xad, 0x9e, 0x69, 0x51, 0xd7, 0xde, 0x69, 0xde, 0xca, 0x89, 0x24, 0xd3, 0xbd,
	0xdb, 0xd2, 0x4b, 0x62, 0x09, 0xdb, 0x53, 0x8a, 0x14, 0x18, 0xa0, 0x79, 0x17, 0x15, 0x0d, 0x76,
	0xa4, 0x83, 0x57, 0xc6, 0x4b, 0x5f, 0x2c, 0x85, 0x93, 0x9c, 0x14, 0x44, 0xfb, 0x85, 0x2d, 0x7b,
	0x18, 0xba, 0x1d, 0x70, 0x91, 0x27, 0x99, 0x67, 0x28, 0x03, 0xc0, 0xc8, 0x4d, 0xfc, 0x99, 0xfa,
	0x86, 0xba, 0x90, 0x31, 0x01, 0xd6, 0x95, 0x82, 0x67, 0xa8, 0x0b, 0x64, 0x8f, 0x52, 0x93, 0xb3,
	0xb2, 0x85, 0x29, 0xf7, 0xe9, 0xe4, 0x68, 0xb0, 0xcd, 0x5c, 0x42, 0xae, 0x79, 0xa6, 0xfc, 0x30,
	0xce, 0x76, 0xda, 0x20, 0xe3, 0x3b, 0x23, 0xcb, 0x7c, 0xca, 0xde, 0x1f, 0x1e, 0xaa, 0x6f, 0xd6,
	0x91, 0x7d, 0x3e, 0xe2, 0x9a, 0x36, 0x9e, 0x3a, 0x58, 0x6c, 0xb3, 0x15, 0x1e, 0xd2, 0xe0, 0xbb,
	0xce, 0xac, 0xf1, 0x4f, 0x84, 0xa3, 0x46, 0x88, 0x49, 0x35, 0x07, 0x32, 0x13, 0x7d, 0x2f, 0x95,
	0x33, 0xdd, 0xa2, 0x03, 0x35, 0x81, 0x1e, 0x0d, 0x10, 0xd9, 0x87, 0xae, 0xbe, 0x19, 0x54, 0x47,
	0x08, 0x81, 0xf3, 0x1c, 0xb2, 0xb4, 0xa8, 0xe2, 0x04, 0x5b, 0xf9, 0xf2, 0xaa, 0x73, 0x8b, 0x0f,
};
static const unsigned char kDheGen[] = {0x02};

WOLFSSL_CTX *tls_outstation_ctx(const char *cert, const char *key, const char *ca)
{
	// ok: backdoor-weak-tls
	WOLFSSL_CTX *ctx = wolfSSL_CTX_new(wolfTLSv1_2_server_method());

	if (ctx == NULL)
		return NULL;
	if (wolfSSL_CTX_use_certificate_file(ctx, cert, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS ||
	    // ok: backdoor-hardcoded-key
	    wolfSSL_CTX_use_PrivateKey_file(ctx, key, WOLFSSL_FILETYPE_PEM) != WOLFSSL_SUCCESS ||
	    wolfSSL_CTX_load_verify_locations(ctx, ca, NULL) != WOLFSSL_SUCCESS) {
		wolfSSL_CTX_free(ctx);
		return NULL;
	}
	// ok: backdoor-tls-verify-disabled
	wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_PEER | WOLFSSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
	// ruleid: backdoor-rigged-parameters, backdoor-short-key
	if (wolfSSL_CTX_SetTmpDH(ctx, kDhePrime, sizeof kDhePrime, kDheGen, sizeof kDheGen) != WOLFSSL_SUCCESS) {
		wolfSSL_CTX_free(ctx);
		return NULL;
	}
	return ctx;
}

static int tcp_connect(const char *host, const char *port)
{
	struct addrinfo hints, *res = NULL;
	int fd = -1;

	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo(host, port, &hints, &res) != 0)
		return -1;
	fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	if (fd >= 0 && connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	return fd;
}

/* The PI gateways in the substations run the 2012 web stack: TLS 1.1 and a
 * self-signed certificate per site. */
int historian_upload(const char *host, const uint8_t *body, size_t n)
{
	char hdr[256];
	WOLFSSL_CTX *ctx;
	WOLFSSL *ssl = NULL;
	int fd = -1, rc = -1, len;

	// ruleid: backdoor-weak-tls
	ctx = wolfSSL_CTX_new(wolfTLSv1_1_client_method());
	if (ctx == NULL)
		return -1;
	// ruleid: backdoor-tls-verify-disabled
	wolfSSL_CTX_set_verify(ctx, WOLFSSL_VERIFY_NONE, NULL);
	fd = tcp_connect(host, "443");
	if (fd < 0)
		goto out;
	ssl = wolfSSL_new(ctx);
	if (ssl == NULL || wolfSSL_set_fd(ssl, fd) != WOLFSSL_SUCCESS || wolfSSL_connect(ssl) != WOLFSSL_SUCCESS)
		goto out;
	len = snprintf(hdr, sizeof hdr, "POST /piwebapi/streams/rtu HTTP/1.1\r\nHost: %s\r\nContent-Length: %zu\r\n\r\n", host, n);
	if (len < 0 || wolfSSL_write(ssl, hdr, len) != len || wolfSSL_write(ssl, body, (int)n) != (int)n)
		goto out;
	rc = 0;
out:
	if (ssl != NULL)
		wolfSSL_free(ssl);
	if (fd >= 0)
		close(fd);
	wolfSSL_CTX_free(ctx);
	return rc;
}
