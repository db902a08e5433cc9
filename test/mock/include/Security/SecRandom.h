/* Mock of Apple's <Security/SecRandom.h>: Apple's declarations. */
#ifndef MOCK_SECRANDOM_H
#define MOCK_SECRANDOM_H
#include <Security/SecBase.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef const struct __SecRandom *SecRandomRef;
extern const SecRandomRef kSecRandomDefault;
int SecRandomCopyBytes(SecRandomRef rnd, size_t count, void *bytes);
#ifdef __cplusplus
}
#endif
#endif
