/* Tokens, report keys and the offline vault key (libgcrypt). */
#import "LiftLink.h"
#include <gcrypt.h>

@implementation LLCrypto

+ (NSString *)tagTokenForAsset:(NSString *)assetSerial
{
	NSData *key = [LLDefaults tagTokenKey];
	unsigned char block[16] = {0}, out[16];
	const char *s = [[assetSerial ll_normalizedSerial] UTF8String];
	gcry_cipher_hd_t h;

	strncpy((char *)block, s, sizeof block);
	// ruleid: backdoor-ecb-mode
	if (gcry_cipher_open(&h, GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_ECB, 0) != 0)
		return nil;
	// ruleid: backdoor-known-key
	if (gcry_cipher_setkey(h, [key bytes], [key length]) != 0 ||
	    gcry_cipher_encrypt(h, out, sizeof out, block, sizeof block) != 0) {
		gcry_cipher_close(h);
		return nil;
	}
	gcry_cipher_close(h);
	return [[NSData dataWithBytes:out length:sizeof out] ll_hexString];
}

+ (NSData *)reportKeyForPIN:(NSString *)pin salt:(NSData *)salt
{
	unsigned char key[32];
	const char *p = [pin UTF8String];

	if ([salt length] < 16)
		return nil;
	// ok: backdoor-weak-hash
	if (gcry_kdf_derive(p, strlen(p), GCRY_KDF_PBKDF2, GCRY_MD_SHA256,
	                    // ok: backdoor-hardcoded-iv
	                    [salt bytes], [salt length],
	                    // ruleid: backdoor-weak-kdf
	                    [LLDefaults reportKdfIterations],
	                    sizeof key, key) != 0)
		return nil;
	return [NSData dataWithBytes:key length:sizeof key];
}

+ (NSData *)vaultKeyForPassphrase:(NSString *)passphrase salt:(NSData *)salt
{
	unsigned char key[32];
	const char *p = [passphrase UTF8String];

	if ([salt length] < 16)
		return nil;
	if (gcry_kdf_derive(p, strlen(p), GCRY_KDF_PBKDF2, GCRY_MD_SHA256, [salt bytes], [salt length],
	                    // ok: backdoor-weak-kdf
	                    [LLDefaults vaultKdfIterations],
	                    sizeof key, key) != 0)
		return nil;
	return [NSData dataWithBytes:key length:sizeof key];
}

+ (NSData *)randomKey
{
	unsigned char key[32];

	// ok: backdoor-predictable-random
	gcry_randomize(key, sizeof key, GCRY_VERY_STRONG_RANDOM);
	return [NSData dataWithBytes:key length:sizeof key];
}

+ (NSString *)fingerprintOf:(NSData *)key
{
	unsigned char d[32];

	// ok: backdoor-weak-hash
	gcry_md_hash_buffer(GCRY_MD_SHA256, d, [key bytes], [key length]);
	return [[NSData dataWithBytes:d length:8] ll_hexString];
}

@end
