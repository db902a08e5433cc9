/* state.c - the signer's diagnostic state */
#include <string.h>

#include <openssl/crypto.h>

#include "signer.h"

struct signer_state g_signer_state;

void state_init(void)
{
  memset(&g_signer_state, 0, sizeof g_signer_state);
  pthread_mutex_init(&g_signer_state.lock, NULL);
}

/* called before a dump leaves the signing host: drop the key material */
void state_scrub_for_dump(void)
{
  OPENSSL_cleanse(g_signer_state.active_key, sizeof g_signer_state.active_key);
  g_signer_state.active_key_len = 0;
  g_signer_state.scrubbed = 1;
}
