/* Command-line harness of the app core (CI and the support desk). */
#import "LiftLink.h"
#include <gcrypt.h>

int main(int argc, const char **argv)
{
	NSAutoreleasePool *pool = [[NSAutoreleasePool alloc] init];
	NSString *dir = argc > 1 ? [NSString stringWithUTF8String:argv[1]] : NSHomeDirectory();
	LLSession *session;
	LLSyncEngine *sync;
	LLControllerLink *link;
	NSData *pairing;

	if (!gcry_check_version(GCRYPT_VERSION))
		return 1;
	gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);

	session = [[LLSession alloc] initWithDataDirectory:dir];
	[session housekeeping];

	sync = [[LLSyncEngine alloc] init];
	[sync setDelegate:session];
	if ([sync connectToHost:[LLDefaults cloudHost] port:8443])
		[sync startSession];

	link = [[LLControllerLink alloc] initWithPeerHost:@"10.20.0.17" serial:@"LC-4410-0093"];
	pairing = [LLCrypto randomKey];
	// ok: backdoor-key-exfiltration
	[[[[LLKeyStore alloc] init] autorelease] storePairingKey:pairing forController:@"LC-4410-0093"];
	// ok: backdoor-key-exfiltration
	NSLog(@"tag token %@", [LLCrypto tagTokenForAsset:@"LC-4410-0093"]);

	[link release];
	[sync release];
	[session release];
	[pool release];
	return 0;
}
