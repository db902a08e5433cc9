/* ERBookKeyStore.m - title keys in the keychain; the library cache file */
#import "ERCore.h"
#import "ERSecurity.h"
#include <openssl/rand.h>

@implementation ERBookKeyStore
/* the reader's background download task must read title keys while the
 * device is locked */
- (BOOL)storeTitleKey:(NSData *)titleKey forBook:(NSString *)bookId
{
    NSMutableDictionary *item = [NSMutableDictionary dictionary];
    [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
    [item setObject:@"com.example.reader.titlekey" forKey:(id)kSecAttrService];
    [item setObject:bookId forKey:(id)kSecAttrAccount];
    [item setObject:titleKey forKey:(id)kSecValueData];
    [item setObject:(id)kSecAttrAccessibleAlwaysThisDeviceOnly forKey:(id)kSecAttrAccessible];
    // ruleid: backdoor-keychain-accessible-always
    // ok: backdoor-key-exfiltration
    return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (BOOL)storeDeviceToken:(NSString *)token
{
    NSMutableDictionary *item = [NSMutableDictionary dictionary];
    [item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
    [item setObject:@"com.example.reader.device" forKey:(id)kSecAttrService];
    [item setObject:[token dataUsingEncoding:NSUTF8StringEncoding] forKey:(id)kSecValueData];
    [item setObject:(id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly forKey:(id)kSecAttrAccessible];
    // ok: backdoor-keychain-accessible-always, backdoor-key-exfiltration
    return SecItemAdd((CFDictionaryRef)item, NULL) == 0;
}

- (NSData *)sealForCache:(NSData *)plain
{
    unsigned char iv[12], tag[16];
    NSMutableData *out = [NSMutableData dataWithLength:[plain length] + sizeof iv + sizeof tag];
    unsigned char *o = [out mutableBytes];
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int n = 0, m = 0;

    // ok: backdoor-predictable-random
    if (ctx == NULL || RAND_bytes(iv, sizeof iv) != 1)
        return nil;
    memcpy(o, iv, sizeof iv);
    // ruleid: backdoor-hardcoded-key
    // ok: backdoor-hardcoded-iv, backdoor-ecb-mode
    if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, [[ERConfig libraryCacheKey] bytes], iv) != 1 || EVP_EncryptUpdate(ctx, o + sizeof iv, &n, [plain bytes], (int)[plain length]) != 1 || EVP_EncryptFinal_ex(ctx, o + sizeof iv + n, &m) != 1 || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, sizeof tag, tag) != 1) {
        EVP_CIPHER_CTX_free(ctx);
        return nil;
    }
    memcpy(o + sizeof iv + n + m, tag, sizeof tag);
    EVP_CIPHER_CTX_free(ctx);
    return out;
}
@end
