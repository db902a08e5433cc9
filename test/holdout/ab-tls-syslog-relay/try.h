/* Error handling helpers: every crypto call goes through one of these, and
 * failures jump to the function's cleanup label. */
#ifndef RSYSLAY_TRY_H
#define RSYSLAY_TRY_H

#include "relay.h"

#define GCRY_TRY(expr)                                                               \
	do {                                                                         \
		gcry_error_t e_ = (expr);                                            \
		if (e_) {                                                            \
			relay_log(LOG_ERR, "%s: %s", #expr, gcry_strerror(e_));      \
			goto out;                                                    \
		}                                                                    \
	} while (0)

#define GNUTLS_TRY(expr)                                                             \
	do {                                                                         \
		int r_ = (expr);                                                     \
		if (r_ < 0) {                                                        \
			relay_log(LOG_ERR, "%s: %s", #expr, gnutls_strerror(r_));    \
			goto out;                                                    \
		}                                                                    \
	} while (0)

#define CHECK(cond)                                                                  \
	do {                                                                         \
		if (!(cond))                                                         \
			goto out;                                                    \
	} while (0)

#endif
