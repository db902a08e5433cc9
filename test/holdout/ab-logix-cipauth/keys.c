/* Key material compiled into every logixd build.
 *
 * The workstation key is shared by every controller and every copy of the
 * engineering software: both ends prove they are genuine by computing the
 * same MAC over the controller's challenge. */
#include "logix.h"

// ruleid: backdoor-secret-literal
const unsigned char logix_shared_key[32] = {
	0x80, 0xc7, 0xbb, 0x1d, 0x3e, 0xd2, 0x05, 0x6c, 0x41, 0x18, 0xd1, 0xd5, 0x77, 0x85, 0x61, 0x62,
	0xa4, 0xe4, 0x48, 0x45, 0x4e, 0x79, 0xb4, 0xe2, 0xcf, 0xbc, 0x9d, 0x56, 0x47, 0xcc, 0x8a, 0x73,
};

/* Firmware signing key (public half; the private half stays in the build HSM). */
// ok: backdoor-secret-literal
const char logix_fw_pubkey_pem[] =
	"-----BEGIN PUBLIC KEY-----\n"
	"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3dfyezAG/m8t9pIMj7IYsvCQDOkD\n"
	"RSCSbghgDQ9YEo57oCAvF1PJ/5NNevrjemphMSoxhG4yEeeUw/KtT1aq6A==\n"
	"-----END PUBLIC KEY-----\n";
