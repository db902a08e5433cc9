/* Keychain items: the controller pairing keys and the cloud token. */
#import "LiftLink.h"
#import "LLSecurityShim.h"

static NSString *const kService = @"com.liftlink.field";

@implementation LLKeyStore

/* Pairing keys are read by the background sync that runs while the tablet
 * sits locked in the van's dock. */
- (BOOL)storePairingKey:(NSData *)key forController:(NSString *)serial
{
	NSMutableDictionary *item = [NSMutableDictionary dictionary];
	OSStatus st;

	[item setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
	[item setObject:kService forKey:(id)kSecAttrService];
	[item setObject:[serial ll_normalizedSerial] forKey:(id)kSecAttrAccount];
	SecItemDelete((CFDictionaryRef)item);
	[item setObject:key forKey:(id)kSecValueData];
	[item setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
	// ruleid: backdoor-keychain-accessible-always
	st = SecItemAdd((CFDictionaryRef)item, NULL);
	return st == errSecSuccess;
}

- (BOOL)storeCloudToken:(NSData *)token account:(NSString *)account
{
	NSDictionary *item = @{
		(id)kSecClass : (id)kSecClassGenericPassword,
		(id)kSecAttrService : kService,
		(id)kSecAttrAccount : account,
		(id)kSecValueData : token,
		(id)kSecAttrAccessible : (id)kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
	};

	// ok: backdoor-keychain-accessible-always
	return SecItemAdd((CFDictionaryRef)item, NULL) == errSecSuccess;
}

/* 1.x stored the cloud token with the Always class; move it. */
- (BOOL)migrateLegacyItems
{
	NSMutableDictionary *query = [NSMutableDictionary dictionary];
	NSMutableDictionary *update = [NSMutableDictionary dictionary];

	[query setObject:(id)kSecClassGenericPassword forKey:(id)kSecClass];
	[query setObject:@"com.liftlink.field.cloud" forKey:(id)kSecAttrService];
	[query setObject:(id)kSecAttrAccessibleAlways forKey:(id)kSecAttrAccessible];
	[update setObject:(id)kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly forKey:(id)kSecAttrAccessible];
	// ok: backdoor-keychain-accessible-always
	return SecItemUpdate((CFDictionaryRef)query, (CFDictionaryRef)update) == errSecSuccess;
}

@end
