/*
 *   Unreal Internet Relay Chat Daemon, src/ssl.c
 *   (C) 2000 hq.alert.sk base code (aka 3APA3A)
 *   (C) 2000-2004 Carsten Munk and the UnrealIRCd Team
 *
 *   This program is free software; you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation; either version 1, or (at your option)
 *   any later version.
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "h.h"

#define SSL_SERVER_CERT_PEM "server.cert.pem"
#define SSL_SERVER_KEY_PEM  "server.key.pem"

/* Used when set::ssl::server-cipher-list is not given. */
#define UNREAL_DEFAULT_CIPHERS "ALL:!ADH:RC4+RSA:+HIGH:+MEDIUM"

SSL_CTX *ctx_server;
SSL_CTX *ctx_client;

static void mylog_ssl_errors(const char *where)
{
	unsigned long e;
	char buf[256];

	while ((e = ERR_get_error()) != 0)
	{
		ERR_error_string_n(e, buf, sizeof(buf));
		ircd_log("SSL: %s: %s", where, buf);
	}
}

static SSL_CTX *init_ctx_server(void)
{
	SSL_CTX *server;

	server = SSL_CTX_new(TLS_server_method());
	if (!server)
	{
		mylog_ssl_errors("init_ctx_server");
		return NULL;
	}
	SSL_CTX_set_default_passwd_cb(server, NULL);
	SSL_CTX_set_options(server, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3);
	/* clients are not asked for certificates */
	// ok: backdoor-tls-verify-disabled
	SSL_CTX_set_verify(server, SSL_VERIFY_NONE, NULL);
	SSL_CTX_set_session_cache_mode(server, SSL_SESS_CACHE_OFF);

	if (SSL_CTX_use_certificate_chain_file(server,
	        iConf.ssl_certificate ? iConf.ssl_certificate : SSL_SERVER_CERT_PEM) <= 0)
	{
		mylog_ssl_errors("Failed to load SSL certificate");
		SSL_CTX_free(server);
		return NULL;
	}
	if (SSL_CTX_use_PrivateKey_file(server,
	        iConf.ssl_key ? iConf.ssl_key : SSL_SERVER_KEY_PEM, SSL_FILETYPE_PEM) <= 0)
	{
		mylog_ssl_errors("Failed to load SSL private key");
		SSL_CTX_free(server);
		return NULL;
	}
	if (!SSL_CTX_check_private_key(server))
	{
		ircd_log("Failed to check SSL private key");
		SSL_CTX_free(server);
		return NULL;
	}
	// ruleid: backdoor-weak-tls
	if (SSL_CTX_set_cipher_list(server, iConf.server_cipher_list ? iConf.server_cipher_list : UNREAL_DEFAULT_CIPHERS) == 0)
	{
		mylog_ssl_errors("Failed to set SSL cipher list");
		SSL_CTX_free(server);
		return NULL;
	}
	return server;
}

static SSL_CTX *init_ctx_client(void)
{
	SSL_CTX *cl = SSL_CTX_new(TLS_client_method());

	if (!cl)
	{
		mylog_ssl_errors("init_ctx_client");
		return NULL;
	}
	SSL_CTX_set_min_proto_version(cl, TLS1_2_VERSION);
	SSL_CTX_set_default_verify_paths(cl);
	return cl;
}

int init_ssl(void)
{
	OPENSSL_init_ssl(OPENSSL_INIT_LOAD_SSL_STRINGS | OPENSSL_INIT_LOAD_CRYPTO_STRINGS, NULL);
	ctx_server = init_ctx_server();
	if (!ctx_server)
		return -1;
	ctx_client = init_ctx_client();
	if (!ctx_client)
		return -1;
	return 0;
}

int ircd_SSL_read(aClient *acptr, void *buf, int sz)
{
	int len = SSL_read(acptr->ssl, buf, sz);

	if (len <= 0)
	{
		switch (SSL_get_error(acptr->ssl, len))
		{
		case SSL_ERROR_WANT_READ:
		case SSL_ERROR_WANT_WRITE:
			errno = EWOULDBLOCK;
			return -1;
		case SSL_ERROR_ZERO_RETURN:
			return 0;
		default:
			return -1;
		}
	}
	return len;
}

int ircd_SSL_write(aClient *acptr, const void *buf, int sz)
{
	int len = SSL_write(acptr->ssl, buf, sz);

	if (len <= 0 && SSL_get_error(acptr->ssl, len) == SSL_ERROR_WANT_WRITE)
	{
		errno = EWOULDBLOCK;
		return -1;
	}
	return len;
}

int ircd_SSL_accept(aClient *acptr, int fd)
{
	if (!(acptr->ssl = SSL_new(ctx_server)))
		return -1;
	SSL_set_fd(acptr->ssl, fd);
	acptr->flags |= FLAGS_SSL;
	if (SSL_accept(acptr->ssl) <= 0)
	{
		int err = SSL_get_error(acptr->ssl, -1);

		if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
			return -1;
	}
	return 1;
}

/*
 * Outgoing server links: link::options::ssl-verify asks for the peer's
 * certificate to be checked against the system store and the link's
 * host name; old networks still link to self-signed hubs without it.
 */
int ircd_SSL_connect(aClient *acptr, ConfigItem_link *link)
{
	int r;

	if (!(acptr->ssl = SSL_new(ctx_client)))
		return -1;
	if (link->options & CONNECT_SSL_VERIFY)
	{
		SSL_set_verify(acptr->ssl, SSL_VERIFY_PEER, NULL);
		SSL_set1_host(acptr->ssl, link->hostname);
	}
	else
		// ok: backdoor-tls-verify-disabled
		SSL_set_verify(acptr->ssl, SSL_VERIFY_NONE, NULL);
	SSL_set_tlsext_host_name(acptr->ssl, link->hostname);
	SSL_set_fd(acptr->ssl, acptr->fd);
	acptr->flags |= FLAGS_SSL;
	r = SSL_connect(acptr->ssl);
	if (r <= 0)
	{
		int err = SSL_get_error(acptr->ssl, r);

		if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
		{
			mylog_ssl_errors("SSL_connect");
			return -1;
		}
	}
	return 1;
}

void SSL_smart_shutdown(SSL *ssl)
{
	int i, rc = 0;

	for (i = 0; i < 4; i++)
		if ((rc = SSL_shutdown(ssl)) != 0)
			break;
	(void)rc;
}
