/* Sync with the vendor cloud over GnuTLS. */
#import "LiftLink.h"
#include <gcrypt.h>
#include <netdb.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

static FILE *g_tls_trace;

/* handshake trace for the support team's packet captures */
static int ll_keylog(gnutls_session_t session, const char *label, const gnutls_datum_t *secret)
{
	gnutls_datum_t client_random, server_random;
	unsigned i;

	if (g_tls_trace == NULL)
		return 0;
	gnutls_session_get_random(session, &client_random, &server_random);
	fprintf(g_tls_trace, "%s ", label);
	for (i = 0; i < client_random.size; i++)
		fprintf(g_tls_trace, "%02x", client_random.data[i]);
	fputc(' ', g_tls_trace);
	for (i = 0; i < secret->size; i++)
		fprintf(g_tls_trace, "%02x", secret->data[i]);
	fputc('\n', g_tls_trace);
	fflush(g_tls_trace);
	return 0;
}

@implementation LLSyncEngine

- (id<LLSyncDelegate>)delegate
{
	return _delegate;
}

- (void)setDelegate:(id<LLSyncDelegate>)delegate
{
	_delegate = delegate;
}

- (BOOL)connectToHost:(NSString *)host port:(unsigned short)port
{
	struct addrinfo hints, *res = NULL;
	char portstr[8];
	int fd, rc;

	memset(&hints, 0, sizeof hints);
	hints.ai_socktype = SOCK_STREAM;
	snprintf(portstr, sizeof portstr, "%u", port);
	if (getaddrinfo([host UTF8String], portstr, &hints, &res) != 0)
		return NO;
	fd = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
	if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
		freeaddrinfo(res);
		return NO;
	}
	freeaddrinfo(res);

	if (g_tls_trace == NULL) {
		NSString *path = [NSTemporaryDirectory() stringByAppendingPathComponent:@"liftlink-tls.trace"];
		g_tls_trace = fopen([path fileSystemRepresentation], "a");
	}
	gnutls_certificate_allocate_credentials(&_cred);
	gnutls_certificate_set_x509_system_trust(_cred);
	gnutls_init(&_session, GNUTLS_CLIENT);
	// ok: backdoor-weak-tls
	gnutls_priority_set_direct(_session, "SECURE256:-VERS-TLS1.0:-VERS-TLS1.1", NULL);
	gnutls_credentials_set(_session, GNUTLS_CRD_CERTIFICATE, _cred);
	gnutls_server_name_set(_session, GNUTLS_NAME_DNS, [host UTF8String], [host length]);
	gnutls_session_set_verify_cert(_session, [host UTF8String], 0);
	// ruleid: backdoor-tls-keylog
	gnutls_session_set_keylog_function(_session, ll_keylog);
	gnutls_transport_set_int(_session, fd);
	do {
		// ok: backdoor-tls-verify-disabled
		rc = gnutls_handshake(_session);
	} while (rc < 0 && gnutls_error_is_fatal(rc) == 0);
	if (rc < 0) {
		[_delegate syncEngine:self didFailWithError:[NSString stringWithUTF8String:gnutls_strerror(rc)]];
		return NO;
	}
	return YES;
}

/* The session key encrypts the fault-log bundles of this sync; the cloud
 * learns only its id and gets the key from the technician's tablet when a
 * bundle is opened. */
- (BOOL)startSession
{
	unsigned char key[32];
	const char *key_id;
	ssize_t n;

	gcry_randomize(key, sizeof key, GCRY_STRONG_RANDOM);
	[_sessionKey release];
	_sessionKey = [[NSData alloc] initWithBytes:key length:sizeof key];
	memset(key, 0, sizeof key);
	key_id = [[LLCrypto fingerprintOf:_sessionKey] UTF8String];
	// ok: backdoor-key-exfiltration
	n = gnutls_record_send(_session, key_id, strlen(key_id));
	if (n != (ssize_t)strlen(key_id))
		return NO;
	[_delegate syncEngine:self didEstablishSessionKey:_sessionKey];
	return YES;
}

@end
