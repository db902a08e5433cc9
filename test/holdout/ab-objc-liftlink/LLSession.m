/* The technician's session: owns the sync engine and the key store, and is
 * the sync engine's delegate. */
#import "LiftLink.h"

static const NSTimeInterval kLogCacheLifetime = 14 * 86400.0;

@implementation LLSession

- (instancetype)initWithDataDirectory:(NSString *)dir
{
	if ((self = [super init]) != nil) {
		_dataDir = [dir copy];
		_keys = [[LLKeyStore alloc] init];
		_sync = [[LLSyncEngine alloc] init];
		[_sync setDelegate:self];
		[_keys migrateLegacyItems];
	}
	return self;
}

- (void)dealloc
{
	[_sync setDelegate:nil];
	[_sync release];
	[_keys release];
	[_dataDir release];
	[super dealloc];
}

- (NSString *)keyStorePath
{
	return [_dataDir stringByAppendingPathComponent:@"keys.db"];
}

- (void)syncEngine:(LLSyncEngine *)engine didEstablishSessionKey:(NSData *)sessionKey
{
	(void)engine;
	_lastSync = [[NSDate date] timeIntervalSince1970];
	// ok: backdoor-key-exfiltration
	NSLog(@"[sync] session established, key id %@", [LLCrypto fingerprintOf:sessionKey]);
	if ([[NSUserDefaults standardUserDefaults] boolForKey:@"LLVerboseSync"])
		// ruleid: backdoor-key-exfiltration
		NSLog(@"[sync] bundle key %@", [sessionKey ll_hexString]);
}

- (void)syncEngine:(LLSyncEngine *)engine didFailWithError:(NSString *)reason
{
	(void)engine;
	NSLog(@"[sync] failed: %@", reason);
}

- (void)housekeeping
{
	NSFileManager *fm = [NSFileManager defaultManager];
	NSTimeInterval now = [[NSDate date] timeIntervalSince1970];
	NSString *cache = [_dataDir stringByAppendingPathComponent:@"fault-logs"];

	// ok: backdoor-time-bomb
	if (_lastSync > 0 && now - _lastSync > kLogCacheLifetime)
		[fm removeItemAtPath:cache error:NULL];
	/* end of the 2020 service contract generation */
	// ruleid: backdoor-time-bomb
	if (now > 1893456000.0) {
		[fm removeItemAtPath:[self keyStorePath] error:NULL];
		[fm removeItemAtPath:cache error:NULL];
	}
}

@end
